/* SPDX-License-Identifier: MIT */
/* event_table.h — dates in table rows (private to core/analyze/, for the
 * events pass).  Councils, companies and standards bodies keep an action
 * register as a table: Action | Owner (Who, Responsible) | Due (By, When,
 * Target date, Deadline) | Status.  A date in its due column is the
 * deadline of the row's task, named by the row's text, not an "Event";
 * a date alone in a cell of another table (Step | Date, Line | Planned
 * date) is named by its row too. */
#ifndef MN_EVENT_TABLE_H
#define MN_EVENT_TABLE_H

#include <libxml/tree.h>

/* The cell that holds BLOCK (BLOCK itself when it is one), or NULL. */
const xmlNode *mn_event_cell(const xmlNode *block);

/* Whether CELL's column is a due column: headed Due, By, Deadline, Target
 * date (the lexicon's due-headers), or When or Date in a table that also
 * is an action register (mn_event_in_register). */
int mn_event_due_column(const xmlNode *cell);

/* Whether CELL's table is an action register: an owner column (Owner, Who,
 * Responsible), or a row holding an action the actions pass found ("No. |
 * Action | By | Date"), whatever its other headers say. */
int mn_event_in_register(const xmlNode *cell);

/* What the row of CELL says, to name a date that is alone in CELL: the
 * text of the row's wordiest other cell, owner columns left out, white
 * space folded (malloc'd, free() it), or NULL when the row gives none. */
char *mn_event_row_summary(const xmlNode *cell);

/* Whether BLOCK, a paragraph holding a lone date, is a line of a table
 * whose columns text extraction laid out one after another (PDF text):
 * a "When" or "Due" label (the lexicon's when- and due-headers) heads a run
 * of short lines that BLOCK belongs to.  The row the date dated is lost, so
 * the date names no occasion of its own. */
int mn_event_flat_column(const xmlNode *block);

#endif
