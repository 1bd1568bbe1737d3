/* SPDX-License-Identifier: MIT */
/* temporal_kind.h — whether a tagged date goes into the calendar, and as
 * what.  One rule for the events pass and the corpus test. */
#ifndef MN_TEMPORAL_KIND_H
#define MN_TEMPORAL_KIND_H

#include "temporal_resolve.h"

enum mn_tkind {
    MN_TKIND_NONE = 0, /* too coarse (month, year) or its weekday is wrong */
    MN_TKIND_PAST,     /* before the reference date: a fact, not an event */
    MN_TKIND_EVENT,
    MN_TKIND_DEADLINE
};

/* The kind of a date with this precision, value and end (xs:date or UTC
 * xs:dateTime; end may be NULL).  Without a reference date nothing is past. */
int mn_tkind(int precision, const char *value, const char *end, int conflict, int deadline,
             const mn_tref *ref);
/* The precision named by a `date/@precision` value (0 when unknown). */
int mn_tprec_parse(const char *name);
const char *mn_tkind_name(int kind);

#endif
