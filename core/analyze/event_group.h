/* SPDX-License-Identifier: MIT */
/* event_group.h — which group a "next meeting" entry is of (event_group.c). */
#ifndef MN_EVENT_GROUP_H
#define MN_EVENT_GROUP_H

#include <stddef.h>

/* Whether SUMMARY only says "next meeting" ("Next meeting", "NEXT CALL",
 * "Date of next meeting"): an entry that names no group; *AT is where its
 * "next" starts. */
int mn_event_next_only(const char *summary, size_t *at);

/* The group a meeting TITLE names ("Minutes of the Full Governing Body
 * Meeting", "PLANNING COMMITTEE", "Marketing Team minutes"): its words
 * without the document's words, ending in a body ("committee", "board",
 * "team"), capitalised as a title when written in capitals; a new string
 * (free()), or NULL when the title names none ("Formal Meeting Minutes"). */
char *mn_event_group_name(const char *title);

#endif
