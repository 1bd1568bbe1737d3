/* SPDX-License-Identifier: MIT */
/* event_clock.h — a clock written apart from its day (private to
 * core/analyze/, for the events pass). */
#ifndef MN_EVENT_CLOCK_H
#define MN_EVENT_CLOCK_H

#include <stddef.h>

#include "temporal_resolve.h"

/* The first clock time (or range, with its zone) in text[from, to) — the
 * rest of the block that holds an all-day date DAY ("YYYY-MM-DD") —
 * resolved on DAY in REF's zone when it writes none: "Season opens Sunday
 * 2 April; first gun 11:00", "Reliability ride, Sunday 7 March. Sign-on
 * from 08:30".  Fills OUT (value, end) and returns 1, or returns 0 when no
 * clock is written there. */
int mn_event_clock_after(const char *text, size_t from, size_t to, const char *day,
                         const mn_tref *ref, mn_tres *out);

#endif
