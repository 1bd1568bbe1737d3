/* SPDX-License-Identifier: MIT */
/* lexicon_compiled.c — a bundled lexicon's compiled tables (lexicon_data.h,
 * "the compiled form") made into the lexicon the passes read.
 *
 * The compiled tables are offsets and indexes, so that they stay in
 * read-only, shared pages and cost nothing for a language no document is
 * read in.  The passes are handed pointers (mn_lx_entry, the NULL-ended
 * word arrays, mn_lx_word), so a lexicon gets them made here, in one block,
 * when it is first read (lexicon.c, mn_lx_ready): the entries point into
 * the compiled string pool, and the hash and prefix tables are read in
 * place.  The language guess asks each bundled lexicon whether a word is a
 * function word: mn_lxc_has answers from the compiled tables, so a language
 * only guessed at makes nothing. */
#include <stdlib.h>
#include <string.h>

#include "lexicon_data.h"

static const char *mn_lxc_string(const mn_lx_compiled *c, uint32_t off)
{
    return off == MN_LX_NO_STRING ? NULL : c->strings + off;
}

/* The block's arrays, each of a size that keeps the next one aligned. */
typedef struct mn_lxc_block {
    mn_lx_word *words;
    mn_lx_entry *entries;
    const char **list_words; /* every list's words, each list NULL-ended */
    const char **keys;
    size_t *lens;
} mn_lxc_block;

/* The block's bytes: its arrays back to back, in mn_lxc_layout's order
 * (counted, not measured from a null pointer, which is undefined). */
static size_t mn_lxc_size(const mn_lx_compiled *c)
{
    size_t n = c->n_entries, nw = c->n_words;
    return nw * sizeof(mn_lx_word) + n * sizeof(mn_lx_entry) + (n + MN_LX_COUNT) * sizeof(const char *) +
           nw * sizeof(const char *) + nw * sizeof(size_t);
}

static void mn_lxc_layout(const mn_lx_compiled *c, char *p, mn_lxc_block *b)
{
    size_t n = c->n_entries, nw = c->n_words;
    b->words = (mn_lx_word *)p;
    b->entries = (mn_lx_entry *)(b->words + nw);
    b->list_words = (const char **)(b->entries + n);
    b->keys = b->list_words + n + MN_LX_COUNT;
    b->lens = (size_t *)(b->keys + nw);
}

void *mn_lxc_block_new(const mn_lx_compiled *c, mn_lx_tables *t)
{
    mn_lxc_block b;
    /* malloc, not calloc: the block's pages are first written when the
     * lexicon is first read, and a language only guessed at never is */
    char *p = malloc(mn_lxc_size(c));
    if (!p)
        return NULL;
    mn_lxc_layout(c, p, &b);
    const char **wp = b.list_words;
    for (int l = 0; l < MN_LX_COUNT; l++) {
        const mn_lx_clist *cl = &c->lists[l];
        mn_lx_list_data *d = &t->lists[l];
        d->entries = b.entries + cl->entries;
        d->n = cl->n;
        d->words = wp;
        wp += cl->n + 1;
        d->slots = c->ints + cl->slots;
        d->mask = cl->mask;
        d->first = c->ints + cl->first;
        d->order = c->ints + cl->order;
        d->first_mask = cl->first_mask;
    }
    t->words = b.words;
    t->word_keys = b.keys;
    t->word_lens = b.lens;
    t->n_words = c->n_words;
    t->word_slots = c->ints + c->word_slots;
    t->words_mask = c->words_mask;
    return p;
}

static void mn_lxc_entries(const mn_lx_compiled *c, mn_lx_entry *entries)
{
    for (uint32_t i = 0; i < c->n_entries; i++) {
        const mn_lx_centry *ce = &c->entries[i];
        entries[i] = (mn_lx_entry){
            .w = c->strings + ce->w,
            .len = ce->len,
            .value = ce->value,
            .means = mn_lxc_string(c, ce->means),
            .after = mn_lxc_string(c, ce->after),
            .flags = ce->flags,
            .list = ce->list,
            .same_word = ce->same_word ? &entries[ce->same_word - 1] : NULL,
        };
    }
}

void mn_lxc_fill(const mn_lx_compiled *c, void *block)
{
    mn_lxc_block b;
    mn_lxc_layout(c, block, &b);
    mn_lxc_entries(c, b.entries);
    const char **wp = b.list_words;
    for (int l = 0; l < MN_LX_COUNT; l++) {
        const mn_lx_clist *cl = &c->lists[l];
        for (uint32_t i = 0; i < cl->n; i++)
            *wp++ = b.entries[cl->entries + i].w;
        *wp++ = NULL;
    }
    for (uint32_t k = 0; k < c->n_words; k++) {
        const mn_lx_cword *cw = &c->words[k];
        memcpy(b.words[k].in, cw->in, sizeof cw->in);
        b.words[k].first = &b.entries[cw->first];
        b.keys[k] = c->strings + cw->key;
        b.lens[k] = cw->len;
    }
}

int mn_lxc_has(const mn_lx_compiled *c, int list, const char *s, size_t len)
{
    const mn_lx_clist *cl = &c->lists[list];
    const unsigned *slots = c->ints + cl->slots;
    for (size_t i = mn_lx_hash(s, len) & cl->mask; slots[i]; i = (i + 1) & cl->mask) {
        const mn_lx_centry *e = &c->entries[cl->entries + slots[i] - 1];
        if (mn_lx_same(c->strings + e->w, e->len, s, len))
            return 1;
    }
    return 0;
}
