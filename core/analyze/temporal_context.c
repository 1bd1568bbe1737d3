/* SPDX-License-Identifier: MIT */
/* temporal_context.c — sentence bounds, tense cues and deadline markers. */
#include "temporal_context.h"
#include "temporal_resolve.h"

#include <stdlib.h>
#include <string.h>

static int is_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The ASCII word that ends just before offset `at` (skipping non-letters),
 * lowercased into w; returns its start, or (size_t)-1 when none is left in
 * [lo, at) (also when at is not past lo: the marker search's `at` can end
 * up before the sentence start it found). */
static size_t word_before(const char *t, size_t lo, size_t at, char *w, size_t size)
{
    size_t e = at;
    while (e > lo && !is_alpha((unsigned char)t[e - 1]))
        e--;
    if (e <= lo)
        return (size_t)-1;
    size_t s = e;
    while (s > lo && (is_alpha((unsigned char)t[s - 1]) || t[s - 1] == '\''))
        s--;
    size_t n = e - s < size - 1 ? e - s : size - 1;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(t[s + i] >= 'A' && t[s + i] <= 'Z' ? t[s + i] + 32 : t[s + i]);
    w[n] = '\0';
    return s;
}

/* The word starting at or after `at`, before hi; returns its end or (size_t)-1. */
static size_t word_after(const char *t, size_t at, size_t hi, char *w, size_t size)
{
    size_t s = at;
    while (s < hi && !is_alpha((unsigned char)t[s]))
        s++;
    if (s >= hi)
        return (size_t)-1;
    size_t e = s;
    while (e < hi && (is_alpha((unsigned char)t[e]) || t[e] == '\''))
        e++;
    size_t n = e - s < size - 1 ? e - s : size - 1;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(t[s + i] >= 'A' && t[s + i] <= 'Z' ? t[s + i] + 32 : t[s + i]);
    w[n] = '\0';
    return e;
}

static int in_list(const char *w, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

/* A full stop at t[i] ends a sentence unless it closes an abbreviation or
 * the next word starts in lower case. */
static int ends_sentence(const char *t, size_t len, size_t i)
{
    static const char *const abbrevs[] = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "vs",
                                          "etc", "eg", "ie", "jan", "feb", "mar", "apr", "jun",
                                          "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                          "approx", "cf", "al", "fig", "nr", NULL};
    char c = t[i];
    if (c == '\n')
        return 1;
    if (c != '.' && c != '!' && c != '?')
        return 0;
    if (i + 1 < len && !is_space((unsigned char)t[i + 1]))
        return 0;
    size_t j = i + 1;
    while (j < len && is_space((unsigned char)t[j]))
        j++;
    if (j < len && t[j] >= 'a' && t[j] <= 'z')
        return 0;
    if (c == '.') {
        char w[8];
        size_t s = word_before(t, i >= 8 ? i - 8 : 0, i, w, sizeof w);
        /* "10 a.m. We" ends a sentence; "Dec. 1" and "U.S. delegates" do not */
        int meridiem = strcmp(w, "m") == 0 && i >= 3 && t[i - 2] == '.' &&
                       (t[i - 3] == 'a' || t[i - 3] == 'p' || t[i - 3] == 'A' || t[i - 3] == 'P');
        if (s != (size_t)-1 && s + strlen(w) == i && !meridiem &&
            (strlen(w) == 1 || in_list(w, abbrevs)))
            return 0;
    }
    return 1;
}

/* Text without a full stop is no sentence: past this many bytes on either
 * side of the expression the search stops (at a space, so that no word and
 * no UTF-8 character is cut), which keeps every look-up bounded. */
enum { SENTENCE_REACH = 600 };

void mn_tctx_sentence(const char *t, size_t len, size_t start, size_t end, size_t *s, size_t *e)
{
    /* start <= end <= len from here on, so that len - end and the bounds
     * below cannot wrap (and *s <= *e). */
    if (end > len)
        end = len;
    if (start > end)
        start = end;
    size_t lo = start > SENTENCE_REACH ? start - SENTENCE_REACH : 0;
    size_t hi = len - end > SENTENCE_REACH ? end + SENTENCE_REACH : len;
    size_t a = start;
    while (a > lo && !ends_sentence(t, len, a - 1))
        a--;
    if (a == lo && lo > 0)
        while (a < start && !is_space((unsigned char)t[a]))
            a++;
    size_t b = end;
    while (b < hi && !ends_sentence(t, len, b))
        b++;
    if (b == hi && hi < len)
        while (b > end && !is_space((unsigned char)t[b]))
            b--;
    else if (b < len && t[b] != '\n')
        b++; /* keep the full stop */
    while (a < b && is_space((unsigned char)t[a]))
        a++;
    while (b > a && is_space((unsigned char)t[b - 1]))
        b--;
    *s = a;
    *e = b;
}

/* Tense cues, sorted for bsearch: F future, P past, N present (no cue for
 * the year, but it stops the search). */
typedef struct cue_word {
    const char *w;
    char tense;
} cue_word;

static const cue_word cues[] = {
    {"ago", 'P'},       {"aims", 'F'},      {"already", 'P'},   {"am", 'N'},
    {"are", 'N'},       {"asked", 'F'},     {"be", 'F'},        {"been", 'P'},
    {"came", 'P'},      {"can", 'F'},       {"could", 'F'},     {"deadline", 'F'},
    {"did", 'P'},       {"due", 'F'},       {"encouraged", 'F'}, {"expected", 'F'},
    {"forthcoming", 'F'}, {"going", 'F'},   {"had", 'P'},       {"held", 'P'},
    {"intend", 'F'},    {"intends", 'F'},   {"invited", 'F'},   {"is", 'N'},
    {"last", 'P'},      {"ll", 'F'},        {"may", 'F'},       {"met", 'P'},
    {"might", 'F'},     {"must", 'F'},      {"need", 'F'},      {"needs", 'F'},
    {"next", 'F'},      {"plan", 'F'},      {"planned", 'F'},   {"plans", 'F'},
    {"previously", 'P'}, {"recently", 'P'}, {"reminded", 'F'},  {"requested", 'F'},
    {"scheduled", 'F'}, {"shall", 'F'},     {"should", 'F'},    {"soon", 'F'},
    {"tentatively", 'F'}, {"took", 'P'},    {"upcoming", 'F'},  {"was", 'P'},
    {"went", 'P'},      {"were", 'P'},      {"will", 'F'},      {"would", 'F'},
};

static int cue_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const cue_word *)elem)->w);
}

/* The tense a word signals (PREV is the word before it), or 2 for none. */
static int cue(const char *w, const char *prev)
{
    const cue_word *c = bsearch(w, cues, sizeof cues / sizeof cues[0], sizeof cues[0], cue_cmp);
    if (!c)
        return 2;
    if (strcmp(w, "held") == 0 && strcmp(prev, "be") == 0)
        return MN_TENSE_FUTURE; /* "to be held", "will be held" */
    return c->tense == 'P' ? MN_TENSE_PAST : c->tense == 'F' ? MN_TENSE_FUTURE : MN_TENSE_NONE;
}

/* The nearest cue decides; one farther than this many words is another
 * clause's. */
enum { TENSE_REACH = 30 };

/* The word before offset `at` in the same sentence (lower-cased into w), or
 * (size_t)-1 when a sentence end or the start of the text comes first. */
static size_t prev_in_sentence(const char *t, size_t len, size_t at, char *w, size_t size)
{
    size_t e = at;
    while (e > 0 && !is_alpha((unsigned char)t[e - 1])) {
        if (ends_sentence(t, len, e - 1))
            return (size_t)-1;
        e--;
    }
    return e == 0 ? (size_t)-1 : word_before(t, 0, e, w, size);
}

/* The end of the word after `at` in the same sentence, or (size_t)-1. */
static size_t next_in_sentence(const char *t, size_t len, size_t at, char *w, size_t size)
{
    size_t s = at;
    while (s < len && !is_alpha((unsigned char)t[s])) {
        if (ends_sentence(t, len, s))
            return (size_t)-1;
        s++;
    }
    return s >= len ? (size_t)-1 : word_after(t, s, len, w, size);
}

int mn_tctx_tense(const char *t, size_t len, size_t start, size_t end)
{
    char w[24], prev[24];
    /* backwards: each word's predecessor is the next word looked at */
    size_t at = prev_in_sentence(t, len, start, w, sizeof w);
    for (int n = 0; n < TENSE_REACH && at != (size_t)-1; n++) {
        size_t before = prev_in_sentence(t, len, at, prev, sizeof prev);
        if (before == (size_t)-1)
            prev[0] = '\0';
        int c = cue(w, prev);
        if (c != 2)
            return c;
        at = before;
        memcpy(w, prev, sizeof w);
    }
    at = end;
    prev[0] = '\0';
    for (int n = 0; n < TENSE_REACH && (at = next_in_sentence(t, len, at, w, sizeof w)) != (size_t)-1; n++) {
        int c = cue(w, prev);
        if (c != 2)
            return c;
        strcpy(prev, w);
    }
    return MN_TENSE_NONE;
}

int mn_tctx_deadline(const char *t, size_t len, size_t start, size_t end)
{
    static const char *const single[] = {"by", "until", "till", "til", "before", "due",
                                         "deadline", NULL};
    char w[24], w2[24], w3[24];
    if (end >= start + 6 && strncmp(t + start, "within", 6) == 0)
        return 1;
    /* only spaces and ":" or "," may stand between the marker and the date */
    size_t at = start;
    while (at > 0 && (is_space((unsigned char)t[at - 1]) || t[at - 1] == ':' || t[at - 1] == ','))
        at--;
    if (at == 0 || !is_alpha((unsigned char)t[at - 1]))
        return 0;
    /* markers are in the expression's own sentence, just before it */
    size_t lo = start > 64 ? start - 64 : 0;
    for (size_t i = start; i > lo; i--)
        if (ends_sentence(t, len, i - 1)) {
            lo = i;
            break;
        }
    size_t s1 = word_before(t, lo, at, w, sizeof w);
    if (s1 == (size_t)-1)
        return 0;
    if (in_list(w, single))
        return 1;
    size_t s2 = word_before(t, lo, s1, w2, sizeof w2);
    if (s2 == (size_t)-1)
        return 0;
    if (strcmp(w, "to") == 0 && strcmp(w2, "prior") == 0)
        return 1;
    static const char *const closing[] = {"deadline", "due", "before", "close", "closes",
                                          "closing", NULL};
    if ((strcmp(w, "on") == 0 || strcmp(w, "is") == 0 || strcmp(w, "of") == 0) &&
        in_list(w2, closing))
        return 1;
    size_t s3 = word_before(t, lo, s2, w3, sizeof w3);
    if (strcmp(w, "than") == 0 && strcmp(w2, "later") == 0 && s3 != (size_t)-1 &&
        (strcmp(w3, "no") == 0 || strcmp(w3, "not") == 0))
        return 1;
    /* "the deadline was extended to 28 November" */
    if (strcmp(w2, "deadline") == 0 || (s3 != (size_t)-1 && strcmp(w3, "deadline") == 0))
        return 1;
    if (s3 != (size_t)-1 && word_before(t, lo, s3, w3, sizeof w3) != (size_t)-1 &&
        strcmp(w3, "deadline") == 0)
        return 1;
    return 0;
}
