/* SPDX-License-Identifier: MIT */
/* agenda.h — what the agenda pass (agenda.c) tells the other passes. */
#ifndef MN_AGENDA_H
#define MN_AGENDA_H

#include <libxml/tree.h>

/* Whether SECTION's heading names an agenda: "Agenda", "Order of business",
 * or an annex about the agenda ("Annex 1: Meeting Agenda").  The annexes
 * pass leaves such sections to the agenda pass. */
int mn_agenda_heading(const xmlNode *section);

#endif
