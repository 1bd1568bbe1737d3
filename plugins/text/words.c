/* SPDX-License-Identifier: MIT */
/* words.c — the words of the text, to decide what a hyphen at the end of a
 * line was: part of a compound the writer typed ("co-" / "organize") or a
 * word the typesetter broke ("docu-" / "ment").  The text itself is the
 * best witness: "co-organize" written whole elsewhere keeps its hyphen,
 * "document" written whole elsewhere loses it.
 *
 * An open-addressing set of (pointer, length) spans into the lines, keyed
 * by a case-folded hash: built once, in linear time, on the first hyphen
 * that needs it.  Only words whose first two letters begin some word
 * broken at a hyphen (at a line end, or at a cell's end in a table laid
 * out with spaces) go in: the only words ever asked about. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"

typedef struct mn_span {
    const char *s;
    size_t len;
} mn_span;

struct mn_text_words {
    mn_span *slot;
    size_t mask;
    unsigned char start[256][32]; /* bit set: a broken word starts with these two bytes */
};

static int mn_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static unsigned char mn_fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

static uint64_t mn_word_hash(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ mn_fold((unsigned char)s[i])) * 1099511628211ull;
    return h;
}

/* Bytes of the word at s[i..len): letters with single hyphens inside. */
static size_t mn_word_len(const char *s, size_t len, size_t i)
{
    size_t j = i;
    while (j < len) {
        if (mn_word_byte((unsigned char)s[j]))
            j++;
        else if (s[j] == '-' && j > i && j + 1 < len && mn_word_byte((unsigned char)s[j + 1]))
            j++;
        else
            break;
    }
    return j - i;
}

static void mn_words_add(mn_text_words *w, const char *s, size_t len)
{
    size_t k = (size_t)mn_word_hash(s, len) & w->mask;
    while (w->slot[k].s) {
        if (w->slot[k].len == len && strncasecmp(w->slot[k].s, s, len) == 0)
            return;
        k = (k + 1) & w->mask;
    }
    w->slot[k] = (mn_span){s, len};
}

static int mn_words_wanted(const mn_text_words *w, const char *s)
{
    unsigned char a = mn_fold((unsigned char)s[0]), b = mn_fold((unsigned char)s[1]);
    return (w->start[a][b / 8] >> (b % 8)) & 1;
}

/* Notes the first two bytes of every word that ends in a hyphen at the end
 * of a line or before a gap of two spaces (a cell's end). */
static void mn_words_broken(const mn_text_line *lines, size_t count, mn_text_words *w)
{
    for (size_t k = 0; k < count; k++) {
        const mn_text_line *l = &lines[k];
        for (size_t i = 2; i < l->len || i == l->len; i++) {
            if (l->s[i - 1] != '-' || (i < l->len && !(l->s[i] == ' ' && i + 1 < l->len &&
                                                         l->s[i + 1] == ' ')))
                continue;
            size_t j = i - 1;
            while (j > 0 && mn_word_byte((unsigned char)l->s[j - 1]))
                j--;
            if (i - 1 - j >= 2) {
                unsigned char a = mn_fold((unsigned char)l->s[j]);
                unsigned char b = mn_fold((unsigned char)l->s[j + 1]);
                w->start[a][b / 8] |= (unsigned char)(1u << (b % 8));
            }
            if (i == l->len)
                break;
        }
    }
}

typedef struct mn_spans {
    mn_span *v;
    size_t n, cap;
} mn_spans;

static int mn_spans_push(mn_spans *a, const char *s, size_t len)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 64;
        mn_span *grown = realloc(a->v, cap * sizeof *grown);
        if (!grown)
            return -1;
        a->v = grown;
        a->cap = cap;
    }
    a->v[a->n++] = (mn_span){s, len};
    return 0;
}

/* The words of every line that could be asked about, in one pass. */
static int mn_words_each(const mn_text_line *lines, size_t count, const mn_text_words *w,
                         mn_spans *out)
{
    for (size_t k = 0; k < count; k++) {
        const mn_text_line *l = &lines[k];
        for (size_t i = 0; i < l->len;) {
            if (!mn_word_byte((unsigned char)l->s[i])) {
                i++;
            } else if (i + 1 < l->len && mn_words_wanted(w, l->s + i)) {
                size_t m = mn_word_len(l->s, l->len, i);
                if (m >= 2 && mn_spans_push(out, l->s + i, m))
                    return -1;
                i += m;
            } else {
                while (i < l->len && (mn_word_byte((unsigned char)l->s[i]) || l->s[i] == '-'))
                    i++; /* a word nobody will ask about */
            }
        }
    }
    return 0;
}

mn_text_words *mn_text_words_new(const mn_text_line *lines, size_t count)
{
    mn_text_words *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    mn_words_broken(lines, count, w);
    mn_spans words = {0};
    size_t cap = 16;
    if (mn_words_each(lines, count, w, &words) == 0) {
        while (cap < 2 * words.n + 2)
            cap *= 2;
        w->slot = calloc(cap, sizeof *w->slot);
    }
    if (!w->slot) {
        free(words.v);
        free(w);
        return NULL;
    }
    w->mask = cap - 1;
    for (size_t i = 0; i < words.n; i++)
        mn_words_add(w, words.v[i].s, words.v[i].len);
    free(words.v);
    return w;
}

int mn_text_words_has(const mn_text_words *w, const char *s, size_t len)
{
    if (len < 2 || !mn_words_wanted(w, s))
        return 0;
    size_t k = (size_t)mn_word_hash(s, len) & w->mask;
    while (w->slot[k].s) {
        if (w->slot[k].len == len && strncasecmp(w->slot[k].s, s, len) == 0)
            return 1;
        k = (k + 1) & w->mask;
    }
    return 0;
}

void mn_text_words_free(mn_text_words *w)
{
    if (w)
        free(w->slot);
    free(w);
}
