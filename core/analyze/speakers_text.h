/* SPDX-License-Identifier: MIT */
/* speakers_text.h — the words of a whole document, for the speakers pass:
 * which words stand before another name ("Bram" in "Bram de Groot") and
 * how often a pair of names appears ("Paul Okonkwo"). */
#ifndef MN_SPEAKERS_TEXT_H
#define MN_SPEAKERS_TEXT_H

#include <libxml/tree.h>
#include <stddef.h>

typedef struct mn_spk_slot mn_spk_slot;

typedef struct mn_spk_text {
    char *buf;         /* the text nodes, white space folded, '\n' between */
    mn_spk_slot *slot; /* open addressing: words and word pairs, counted */
    size_t mask;
    size_t used;       /* slots taken */
} mn_spk_text;

/* Reads the text under ROOT.  Returns 0, or -1 when out of memory. */
int mn_spk_text_read(mn_spk_text *t, const xmlNode *root);

/* Whether the text names NAME (folded) beyond a line of its own: a one-word
 * name stands before another name somewhere ("Bram" in "Bram de Groot"), a
 * longer one's first two words appear twice or more. */
int mn_spk_named_elsewhere(const mn_spk_text *t, const char *name);

void mn_spk_text_free(mn_spk_text *t);

#endif
