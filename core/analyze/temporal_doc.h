/* SPDX-License-Identifier: MIT */
/* temporal_doc.h — what the temporal and events passes share about the
 * document: the reference date and zone, and the text of a block with the
 * nodes it came from. */
#ifndef MN_TEMPORAL_DOC_H
#define MN_TEMPORAL_DOC_H

#include <libxml/tree.h>

#include "minutes/minutes.h"
#include "temporal_resolve.h"

/* The reference: --reference-date, else meta/date; the zone of meta/time.
 * With WARN, an unusable option or zone is a warning.  ref->have is 0 when
 * there is no reference date. */
void mn_tdoc_reference(xmlDocPtr doc, mn_job *job, mn_tref *ref, int warn);
/* The reference inside one meeting of a digest (digest.c): when section n
 * carries its meeting's date="YYYY-MM-DD", *part is outer with that date
 * (zone and hours stay the title block's) and 1 is returned, else 0. */
int mn_tdoc_part_reference(const xmlNode *n, const mn_tref *outer, mn_tref *part);
/* The reference that governs node n: its nearest digest meeting's (filled
 * into *part), else outer. */
const mn_tref *mn_tdoc_reference_at(const xmlNode *n, const mn_tref *outer, mn_tref *part);

/* A piece of a block's text: a text node, or a date element (whose text is
 * not scanned again). */
typedef struct mn_tseg {
    xmlNodePtr node;
    size_t start, end;
} mn_tseg;

/* The inline text of one block (p, item, heading, cell, note, action,
 * decision, agenda item): text of em/strong/link/date descendants, "\n" for
 * br and in place of nested blocks.  Owns text and segs. */
typedef struct mn_tblock {
    char *text;
    size_t len, cap;
    mn_tseg *segs;
    size_t nseg, segcap;
} mn_tblock;

/* Whether an element's name, as mn_ts_name gives it (may be NULL), is one
 * whose content is inline text (a block above), or an inline element (em,
 * strong, link, date, br). */
int mn_tdoc_block_name(const char *name);
int mn_tdoc_inline_name(const char *name);
/* Fills b from block, into a b that was filled before or zeroed, reusing
 * its memory: one mn_tblock serves a whole pass.  Returns 0, or -1 when
 * memory ran out. */
int mn_tblock_fill(const xmlNode *block, mn_tblock *b);
void mn_tblock_free(mn_tblock *b);
/* A source line for diagnostics: n's, or its nearest ancestor's. */
unsigned mn_tdoc_line(const xmlNode *n);

#endif
