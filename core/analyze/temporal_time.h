/* SPDX-License-Identifier: MIT */
/* temporal_time.h — clock times, time ranges and zones in the grammar. */
#ifndef MN_TEMPORAL_TIME_H
#define MN_TEMPORAL_TIME_H

#include "temporal_parse.h"

/* A zone at token i: UTC/GMT with an optional offset ("UTC+2", "GMT-05:00"),
 * "Z" glued to a time, an abbreviation in capitals (CET, PDT), a phrase
 * ("Eastern Time", "Geneva time"), an IANA name (Europe/Zurich), or any of
 * these in parentheses.  Returns the tokens used, 0 when none. */
int mn_ttime_zone(const mn_tparser *p, int i, mn_tz *zone);

/* A time or a time range with its zone at token i ("14:00 UTC", "2.30 pm",
 * "10:00–12:30 CET", "10-11am", "noon").  AND_OK lets "and" join a range
 * (after "between").  Sets x->t1, x->t2, x->zone, x->has_zone.  Returns the
 * end token or 0. */
int mn_ttime_at(const mn_tparser *p, int i, int and_ok, mn_tx *x);

/* The same for a time right after a date, where a range of four-digit
 * clocks is one too ("23/05/22 from 0930 to 1015"); alone, "1990-2005" is
 * years. */
int mn_ttime_after_date(const mn_tparser *p, int i, int and_ok, mn_tx *x);

/* A lone four-digit clock with a leading zero right after a date and a
 * comma ("Monday 18 May 2026, 0930"), as operations and services minutes
 * write the hour: no year or amount is written so.  Returns the end token
 * or 0. */
int mn_ttime_zero_led(const mn_tparser *p, int i, mn_tx *x);

#endif
