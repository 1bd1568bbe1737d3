/* SPDX-License-Identifier: MIT */
/* people_walk.h — where people are written in the tree (private to
 * core/analyze/): label lines ("Present: A, B", "**Chair:** C", "Scribe :
 * D"), a label over a list, a table or lines of one name each, list items
 * that are labels or groups ("Team members: a, b"), tables with a Name
 * column, and the whole of a participants section. */
#ifndef MN_PEOPLE_WALK_H
#define MN_PEOPLE_WALK_H

#include <libxml/tree.h>

#include "people.h"

/* Reads people from block c of the body (a p, list or table outside a
 * participants section) and what it heads; removes what it used.  TOP: c
 * comes before the body's first section (the title block's place).
 * Returns the next block to look at. */
xmlNodePtr mn_people_block(mn_people *pp, xmlNodePtr c, int top);

/* Whether a section heading names a participants section ("Attendees",
 * "👥 Attendees", "Present", "Annex 2: List of Participants"). */
int mn_people_heading(const xmlNode *section);

/* Takes the people out of a participants section; returns 1 when all of it
 * was used (the caller then removes the section). */
int mn_people_section(mn_people *pp, xmlNodePtr section);

/* Bytes of an absence lead opening TEXT (folded) with the spaces and
 * colon after it ("Apologies were received from "), or 0. */
size_t mn_absence_lead(const char *text);

#endif
