/* SPDX-License-Identifier: MIT */
/* event_place.h — the place a calendar entry's sentence names (private to
 * core/analyze/, for the events pass): "in New York", "at the Drovers
 * Inn", "in Room 4.2", "at 14 Orchard Rise", "in the school library",
 * "hosted by Pinegrove Labs in Sunnyvale", "via Zoom".  The events pass
 * writes it as the event's `location`; writers show it, never look for it
 * again.  The words are the lexicon's place-nouns, not-places and
 * online-words; a place segment's own test (a "Location:" value) is
 * place.c's, the people pass's. */
#ifndef MN_EVENT_PLACE_H
#define MN_EVENT_PLACE_H

#include <stddef.h>

/* The place named in the sentence text[s, e) for the date at text[ds, de):
 * the one nearest after the date, else nearest before it; a physical place
 * before an online one ("in the Boardroom, Calder Mill and by Zoom").
 * Returns a new string (free()), or NULL when the sentence names none. */
char *mn_event_place(const char *text, size_t s, size_t e, size_t ds, size_t de);

/* Whether the sentence text[s, e) says the occasion is where the meeting
 * was ("same place", "usual venue"). */
int mn_event_same_place(const char *text, size_t s, size_t e);

#endif
