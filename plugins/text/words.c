/* words.c — the words of the text, to decide what a hyphen at the end of a
 * line was: part of a compound the writer typed ("co-" / "organize") or a
 * word the typesetter broke ("docu-" / "ment").  The text itself is the
 * best witness: "co-organize" written whole elsewhere keeps its hyphen,
 * "document" written whole elsewhere loses it.
 *
 * An open-addressing set of (pointer, length) spans into the lines, keyed
 * by a case-folded hash: built once, in linear time, on the first hyphen
 * that needs it. */
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

/* Counts the words of every line, adding them to W when it is given. */
static size_t mn_words_each(const mn_text_line *lines, size_t count, mn_text_words *w)
{
    size_t n = 0;
    for (size_t k = 0; k < count; k++) {
        const mn_text_line *l = &lines[k];
        for (size_t i = 0; i < l->len;) {
            size_t m = mn_word_byte((unsigned char)l->s[i]) ? mn_word_len(l->s, l->len, i) : 0;
            if (m == 0) {
                i++;
                continue;
            }
            if (w)
                mn_words_add(w, l->s + i, m);
            n++;
            i += m;
        }
    }
    return n;
}

mn_text_words *mn_text_words_new(const mn_text_line *lines, size_t count)
{
    size_t n = mn_words_each(lines, count, NULL), cap = 16;
    while (cap < 2 * n + 2)
        cap *= 2;
    mn_text_words *w = malloc(sizeof *w);
    if (!w)
        return NULL;
    w->slot = calloc(cap, sizeof *w->slot);
    if (!w->slot) {
        free(w);
        return NULL;
    }
    w->mask = cap - 1;
    mn_words_each(lines, count, w);
    return w;
}

int mn_text_words_has(const mn_text_words *w, const char *s, size_t len)
{
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
