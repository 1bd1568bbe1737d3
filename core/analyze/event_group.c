/* SPDX-License-Identifier: MIT */
/* event_group.c — the group a "next meeting" entry belongs to.
 *
 * "Next meeting" is what the minutes say, and all a calendar would show: in
 * a secretary's calendar holding several groups' dates it says nothing of
 * whose meeting it is.  The minutes' title names the group ("Minutes of the
 * Planning Committee"), so the entry is titled "Planning Committee: next
 * meeting". */
#include "event_group.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

enum { MAX_GROUP_WORDS = 6, WORD_BYTES = 32 };

typedef struct word {
    const char *s;
    size_t n;
    char lw[WORD_BYTES]; /* lower-case ASCII copy */
} word;

static int letter(unsigned char c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80 || c == '\'' || c == '-' || c == '&';
}

/* The words of S (letters, apostrophes, hyphens), at most MAX. */
static int words_of(const char *s, word *w, int max)
{
    int n = 0;
    while (*s && n < max) {
        while (*s && !(letter((unsigned char)*s) && !strchr("'-&", *s)))
            s++; /* a word opens with a letter: "2018-10-04" is none */
        const char *a = s;
        while (*s && letter((unsigned char)*s))
            s++;
        if (s == a)
            break;
        w[n].s = a;
        w[n].n = (size_t)(s - a);
        size_t k = 0;
        for (const char *p = a; p < s && k + 1 < WORD_BYTES; p++)
            w[n].lw[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        w[n].lw[k] = '\0';
        n++;
    }
    return n;
}

static int in(const char *w, int list)
{
    return mn_lx_has(mn_lx(), list, w);
}

int mn_event_next_only(const char *summary, size_t *at)
{
    word w[8];
    int n = summary ? words_of(summary, w, 8) : 0, k = 0;
    /* "Date of next meeting": a field's label over its date */
    while (k < n && (in(w[k].lw, MN_LX_WHEN_HEADERS) || in(w[k].lw, MN_LX_OF_WORDS)))
        k++;
    const mn_lx_entry *d = k < n ? mn_lx_find(mn_lx(), MN_LX_DIRECTIONS, w[k].s, w[k].n) : NULL;
    if (!d || d->value != 1 || k + 2 != n || !mn_lx_find(mn_lx(), MN_LX_OCCASIONS, w[k + 1].s, w[k + 1].n))
        return 0;
    *at = (size_t)(w[k].s - summary);
    return 1;
}

/* Whether the lower-case word is a body that meets ("committee", "team"),
 * not a word for the meeting or its people. */
static int body(const char *w)
{
    return in(w, MN_LX_DECISION_BODIES) && !in(w, MN_LX_DOCUMENT_WORDS) && !in(w, MN_LX_OCCASIONS);
}

char *mn_event_group_name(const char *title)
{
    word w[24], kept[24];
    int n = title ? words_of(title, w, 24) : 0, m = 0;
    for (int k = 0; k < n; k++) {
        if (in(w[k].lw, MN_LX_DOCUMENT_WORDS)) {
            if (m)
                break; /* "Board minutes — 12 May": the name ends there */
            continue;
        }
        if (!m && (in(w[k].lw, MN_LX_OF_WORDS) || in(w[k].lw, MN_LX_ARTICLES)))
            continue; /* "Minutes of the …" */
        kept[m++] = w[k];
    }
    if (m == 0 || m > MAX_GROUP_WORDS || !body(kept[m - 1].lw))
        return NULL;
    int caps = 1; /* written in capitals: set as a title */
    for (int k = 0; k < m; k++)
        for (size_t i = 0; i < kept[k].n; i++)
            caps &= !(kept[k].s[i] >= 'a' && kept[k].s[i] <= 'z');
    size_t len = (size_t)(kept[m - 1].s + kept[m - 1].n - kept[0].s);
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    memcpy(out, kept[0].s, len);
    out[len] = '\0';
    for (size_t i = 1; caps && i < len; i++)
        if (out[i] >= 'A' && out[i] <= 'Z' && letter((unsigned char)out[i - 1]))
            out[i] = (char)(out[i] + 32);
    return out;
}
