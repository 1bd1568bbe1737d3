/* SPDX-License-Identifier: MIT */
/* event_recur.h — the recurrence a calendar entry's sentence states (private
 * to core/analyze/, for the events pass): "every other Thursday", "weekly on
 * Mondays", "fortnightly", "the last Wednesday of each month", as an RFC 5545
 * RRULE value ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH").  The entry's date is the
 * first occurrence; the rule says how it goes on.  The words are the
 * lexicon's recurrence-words, every-words, alternate-words, units, ordinals
 * and weekdays. */
#ifndef MN_EVENT_RECUR_H
#define MN_EVENT_RECUR_H

#include <stddef.h>

/* The recurrence stated in text[s, e), for an occasion whose first day is
 * on WEEKDAY (1 Monday .. 7 Sunday; 0 unknown: a rule that needs the day
 * then gives none).  Returns a new string (free()), or NULL when the text
 * states none. */
char *mn_event_recurrence(const char *text, size_t s, size_t e, int weekday);

#endif
