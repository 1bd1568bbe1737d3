/* SPDX-License-Identifier: MIT */
/* speakers_text.c — the words of a whole document, for the speakers pass.
 *
 * Every pair of words separated by one space, the second capitalised (or a
 * name particle: "de", "van"), is counted twice over: as the pair ("Paul
 * Okonkwo") and as its first word standing before a name ("Bram" of "Bram
 * de Groot").  Punctuation between two words breaks the pair, so the
 * speaker's own "Hana: Right, …" never counts for "Hana".  One pass over
 * the text, one open-addressing table. */
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

static void mn_st_count(mn_spk_text *t, const char *s, size_t len)
{
    mn_spk_slot *slot = mn_st_find(t, s, len);
    if (!slot->s)
        *slot = (mn_spk_slot){s, len, 0};
    slot->count++;
}

/* ---- reading ---------------------------------------------------------------- */

typedef struct mn_st_buf {
    char *s;
    size_t len, cap;
    int failed;
} mn_st_buf;

static void mn_st_add(mn_st_buf *b, const char *s, size_t len)
{
    if (b->failed)
        return;
    if (b->len + len + 2 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + len + 2)
            cap *= 2;
        char *grown = realloc(b->s, cap);
        if (!grown) {
            b->failed = 1;
            return;
        }
        b->s = grown;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, len);
    b->len += len;
    b->s[b->len++] = '\n';
    b->s[b->len] = '\0';
}

static void mn_st_collect(const xmlNode *n, mn_st_buf *b)
{
    for (const xmlNode *c = n->children; c && !b->failed; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            char *folded = mn_ts_fold((const char *)c->content, strlen((const char *)c->content));
            if (!folded) {
                b->failed = 1;
                return;
            }
            mn_st_add(b, folded, strlen(folded));
            free(folded);
        } else if (c->type == XML_ELEMENT_NODE) {
            mn_st_collect(c, b);
        }
    }
}

/* Calls COUNT for each pair and each first word of a pair; returns how many
 * pairs there are (T may be NULL: only counting). */
static size_t mn_st_pairs(const char *s, size_t len, mn_spk_text *t)
{
    size_t pairs = 0, prev = 0, prev_len = 0;
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
        if (have_prev && (mn_ts_starts_upper(s + i) || mn_st_particle(s + i, j - i))) {
            pairs++;
            if (t) {
                mn_st_count(t, s + prev, prev_len);
                mn_st_count(t, s + prev, j - prev);
            }
        }
        prev = i;
        prev_len = j - i;
        have_prev = mn_ts_starts_upper(s + i);
        i = j;
    }
    return pairs;
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
    size_t pairs = b.s ? mn_st_pairs(b.s, b.len, NULL) : 0, cap = 16;
    while (cap < 4 * pairs + 4)
        cap *= 2;
    t->slot = calloc(cap, sizeof *t->slot);
    if (!t->slot)
        return -1;
    t->mask = cap - 1;
    if (b.s)
        mn_st_pairs(b.s, b.len, t);
    return 0;
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
