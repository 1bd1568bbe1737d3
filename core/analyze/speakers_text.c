/* SPDX-License-Identifier: MIT */
/* speakers_text.c — the words of a whole document, for the speakers pass.
 *
 * Every pair of words separated by one space, the second capitalised (or a
 * name particle: "de", "van"), is counted twice over: as the pair ("Paul
 * Okonkwo") and as its first word standing before a name ("Bram" of "Bram
 * de Groot").  Punctuation between two words breaks the pair, so the
 * speaker's own "Hana: Right, …" never counts for "Hana".  One pass over
 * the text, folded as it is copied, and one open-addressing table that
 * grows as it fills. */
#include "speakers_text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "textscan.h"

struct mn_spk_slot {
    const char *s;
    size_t len;
    size_t count;
};

static int mn_st_word_byte(unsigned char c)
{
    return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '-' || c == '\'';
}

static int mn_st_particle(const char *s, size_t len)
{
    return mn_lx_find(mn_lx(), MN_LX_NAME_PARTICLES, s, len) != NULL;
}

static uint64_t mn_st_hash(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static mn_spk_slot *mn_st_find(const mn_spk_text *t, const char *s, size_t len)
{
    size_t k = (size_t)mn_st_hash(s, len) & t->mask;
    while (t->slot[k].s && !(t->slot[k].len == len && memcmp(t->slot[k].s, s, len) == 0))
        k = (k + 1) & t->mask;
    return &t->slot[k];
}

/* Doubles the table; returns 0, or -1 when out of memory. */
static int mn_st_grow(mn_spk_text *t)
{
    size_t cap = t->slot ? (t->mask + 1) * 2 : 256;
    mn_spk_text grown = {t->buf, calloc(cap, sizeof *t->slot), cap - 1, 0};
    if (!grown.slot)
        return -1;
    for (size_t i = 0; t->slot && i <= t->mask; i++)
        if (t->slot[i].s)
            *mn_st_find(&grown, t->slot[i].s, t->slot[i].len) = t->slot[i];
    grown.used = t->used;
    free(t->slot);
    *t = grown;
    return 0;
}

/* Counts the LEN bytes at s; returns 0, or -1 when out of memory. */
static int mn_st_count(mn_spk_text *t, const char *s, size_t len)
{
    if (2 * (t->used + 1) > t->mask + 1 && mn_st_grow(t) != 0)
        return -1; /* kept at most half full: probes stay short */
    mn_spk_slot *slot = mn_st_find(t, s, len);
    if (!slot->s) {
        *slot = (mn_spk_slot){s, len, 0};
        t->used++;
    }
    slot->count++;
    return 0;
}

/* ---- reading ---------------------------------------------------------------- */

typedef struct mn_st_buf {
    char *s;
    size_t len, cap;
    int failed;
} mn_st_buf;

/* Room for LEN more bytes, a '\n' and a NUL; 0, or -1 when out of memory. */
static int mn_st_reserve(mn_st_buf *b, size_t len)
{
    if (b->failed)
        return -1;
    if (b->len + len + 2 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + len + 2)
            cap *= 2;
        char *grown = realloc(b->s, cap);
        if (!grown) {
            b->failed = 1;
            return -1;
        }
        b->s = grown;
        b->cap = cap;
    }
    return 0;
}

/* Appends s, its white space folded by mn_ts_fold_into, and a '\n': the
 * text nodes are folded straight into the buffer, never copied alone. */
static void mn_st_add_folded(mn_st_buf *b, const char *s)
{
    size_t len = strlen(s);
    if (mn_st_reserve(b, len) != 0)
        return;
    size_t o = mn_ts_fold_into(b->s + b->len, s, len);
    b->s[b->len + o] = '\n';
    b->s[b->len + o + 1] = '\0';
    b->len += o + 1;
}

static void mn_st_collect(const xmlNode *n, mn_st_buf *b)
{
    for (const xmlNode *c = n->children; c && !b->failed; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content)
            mn_st_add_folded(b, (const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE)
            mn_st_collect(c, b);
    }
}

/* Counts each pair and each first word of a pair in T; returns 0, or -1
 * when out of memory. */
static int mn_st_pairs(const char *s, size_t len, mn_spk_text *t)
{
    size_t prev = 0, prev_len = 0;
    int have_prev = 0;
    for (size_t i = 0; i < len;) {
        if (!mn_st_word_byte((unsigned char)s[i])) {
            /* Only one space keeps a pair together. */
            have_prev = have_prev && s[i] == ' ' && i + 1 < len &&
                        mn_st_word_byte((unsigned char)s[i + 1]) && i == prev + prev_len;
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && mn_st_word_byte((unsigned char)s[j]))
            j++;
        if (have_prev && (mn_ts_starts_upper(s + i) || mn_st_particle(s + i, j - i)) &&
            (mn_st_count(t, s + prev, prev_len) != 0 || mn_st_count(t, s + prev, j - prev) != 0))
            return -1;
        prev = i;
        prev_len = j - i;
        have_prev = mn_ts_starts_upper(s + i);
        i = j;
    }
    return 0;
}

int mn_spk_text_read(mn_spk_text *t, const xmlNode *root)
{
    memset(t, 0, sizeof *t);
    mn_st_buf b = {0};
    if (root)
        mn_st_collect(root, &b);
    if (b.failed) {
        free(b.s);
        return -1;
    }
    t->buf = b.s;
    if (mn_st_grow(t) != 0)
        return -1;
    return b.s ? mn_st_pairs(b.s, b.len, t) : 0;
}

int mn_spk_named_elsewhere(const mn_spk_text *t, const char *name)
{
    if (!t->slot)
        return 0;
    const char *space = strchr(name, ' ');
    if (!space)
        return mn_st_find(t, name, strlen(name))->count >= 1;
    const char *second = strchr(space + 1, ' ');
    size_t len = second ? (size_t)(second - name) : strlen(name);
    return mn_st_find(t, name, len)->count >= 2;
}

void mn_spk_text_free(mn_spk_text *t)
{
    free(t->buf);
    free(t->slot);
    memset(t, 0, sizeof *t);
}
