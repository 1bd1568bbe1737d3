/* SPDX-License-Identifier: MIT */
/* temporal_resolve.h — turns a parsed expression into dates against a
 * reference date: year inference by tense (as HeidelTime), relative
 * expressions, parts of months and years, weekday checks, and times
 * converted to UTC. */
#ifndef MN_TEMPORAL_RESOLVE_H
#define MN_TEMPORAL_RESOLVE_H

#include "temporal_parse.h"

typedef struct mn_tref {
    int have;    /* a reference date is known */
    mn_ymd date; /* the meeting's date, or --reference-date */
    mn_tz zone;  /* the meeting's zone, for times written without one */
    int have_time; /* the meeting's hours are known: */
    int t1, t2;    /* its start and end, minutes after midnight (t2 -1: no end) */
} mn_tref;

enum mn_tprec { MN_PREC_TIME = 1, MN_PREC_DAY, MN_PREC_WEEK, MN_PREC_MONTH, MN_PREC_YEAR };

typedef struct mn_tres {
    char value[24];    /* xs:date or xs:dateTime in UTC */
    char end[24];      /* "" when not a range */
    int precision;     /* enum mn_tprec */
    int certain;
    int year_inferred; /* a year came from the reference date */
    int conflict;      /* the written weekday is not the date's */
    int wday_written, wday_real;
    int assumed_utc;   /* a time with no zone anywhere: read as UTC */
    mn_ymd local;      /* the (first) day, local time: continuations take it */
    const char *error; /* why it could not be resolved (static), or NULL */
} mn_tres;

/* Tense of the sentence around an expression. */
enum { MN_TENSE_PAST = -1, MN_TENSE_NONE = 0, MN_TENSE_FUTURE = 1 };

/* Resolves x.  Returns 1, or 0 with out->error set. */
int mn_tresolve(const mn_tx *x, const mn_tref *ref, int tense, mn_tres *out);

/* "day", "week", … for a precision. */
const char *mn_tprec_name(int precision);

#endif
