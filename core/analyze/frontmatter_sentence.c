/* SPDX-License-Identifier: MIT */
/* frontmatter_sentence.c — the meeting's date, time and place told in the
 * opening sentence, as councils, clubs and charities write it: "Minutes of
 * the Parish Council Meeting held on Tuesday 11th December 2012 in the
 * Reading Room, Kirkby Wold, commencing at 7.30pm." (frontmatter.h).
 *
 * After the lexicon's words (meeting-held: "held on", "took place at"), in
 * the same sentence: the first date, the first time, and the place after
 * "in" or "at" (place-leads) — the segments up to the sentence's end that
 * read as a place, without a time or a date, as written ("the Reading
 * Room, Kirkby Wold", "the Boardroom, Calder Mill, and by Zoom").  Only
 * what the lines above left open is filled, and the sentence stays in the
 * body: it says more than meta can give back. */
#include <stdlib.h>
#include <string.h>

#include "frontmatter.h"
#include "lexicon.h"
#include "place.h"
#include "textscan.h"

/* Where the held words start in s (at a word start), or NULL; *len their
 * bytes. */
static const char *mn_fs_lead(const char *s, size_t *len)
{
    for (size_t i = 0; s[i]; i++) {
        if (!mn_fm_word_start(s, i))
            continue;
        for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_MEETING_HELD); *w; w++)
            if ((*len = mn_ts_prefix(s + i, *w, 1)) != 0)
                return s + i;
    }
    return NULL;
}

/* The sentence's end: the first ". " or the string's end (a stop inside
 * "7.30", "p.m." or "St." followed by a capital is no end: the stop must
 * follow a word of three letters or more, or a digit). */
static size_t mn_fs_sentence(const char *s)
{
    size_t i = 0;
    for (; s[i]; i++)
        if (s[i] == '.' && (s[i + 1] == ' ' || !s[i + 1]) && i >= 3 &&
            mn_ts_word_at(s + i - 1) && mn_ts_word_at(s + i - 2) && mn_ts_word_at(s + i - 3) &&
            !(s[i - 1] == 'm' && s[i - 2] == '.'))
            return i;
    return i;
}

/* Whether the folded segment holds a date or a time at a word start. */
static int mn_fs_has_when(const char *seg, mn_date_order order)
{
    for (size_t i = 0; seg[i]; i++) {
        mn_fm_date d;
        mn_fm_time t;
        if (mn_fm_word_start(seg, i) &&
            (mn_fm_parse_date(seg + i, order, &d) || mn_fm_parse_time(seg + i, &t)))
            return 1;
    }
    return 0;
}

/* The place after "in" or "at" in s[0, n): segments up to the first that
 * is no place.  Returns a malloc'd place or NULL. */
static char *mn_fs_place(const char *s, size_t n, mn_date_order order)
{
    char out[256] = "";
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        char *seg = mn_ts_fold(s + i, j - i);
        if (!seg)
            break;
        const char *p = seg;
        if (!*out) { /* the first segment starts with its lead */
            const char *q = mn_place_strip_lead(seg);
            p = q == seg ? NULL : q;
        }
        /* "the Reading Room"; ", and online", ", and by Zoom" */
        int like = p && *p &&
                   ((strncmp(p, "the ", 4) == 0 && mn_ts_starts_upper(p + 4)) || mn_place_like(p) ||
                    (*out && strncmp(p, "and ", 4) == 0 && strcmp(mn_place_mode(p), "online") == 0));
        int ok = like && !mn_fs_has_when(p, order) && strlen(out) + strlen(p) + 3 < sizeof out;
        if (ok)
            strcat(strcat(out, *out ? ", " : ""), p);
        free(seg);
        if (!ok)
            break;
        i = j + 1;
    }
    return *out ? strdup(out) : NULL;
}

/* The place: after each "in"/"at" past the lead (the first that gives
 * one). */
static char *mn_fs_find_place(const char *s, size_t n, mn_date_order order)
{
    for (size_t i = 1; i < n; i++) {
        if (s[i - 1] != ' ' || !(mn_ts_prefix(s + i, "in", 1) || mn_ts_prefix(s + i, "at", 1)))
            continue;
        char *place = mn_fs_place(s + i, n - i, order);
        if (place)
            return place;
    }
    return NULL;
}

int mn_fm_held_sentence(const char *text)
{
    size_t k;
    return text && mn_fs_lead(text, &k) != NULL;
}

/* The sentence's start before the held words at lead: after the last
 * sentence's end before it (as mn_fs_sentence finds ends), or the text's
 * start ("Minutes of Feb 4, 2021 6:30 PM -- held on Zoom" tells its date
 * before the words). */
static const char *mn_fs_sentence_start(const char *text, const char *lead)
{
    const char *start = text;
    for (const char *p = text; p < lead;) {
        size_t e = mn_fs_sentence(p);
        if (p + e >= lead)
            break;
        p += e + 1;
        start = p + mn_ts_skip_space(p);
    }
    return start;
}

/* The platform a sentence names, capitalised ("via Zoom", "(Zoom)",
 * "on Microsoft Teams"), with a capitalised word before it that says
 * nothing of where ("Microsoft", "Google"): malloc'd, or NULL. */
static char *mn_fs_platform(const char *s, size_t n)
{
    const mn_lexicon *lx = mn_lx();
    size_t prev = n, prev_len = 0;
    for (size_t i = 0; i < n;) {
        if (!mn_fm_word_start(s, i) || !mn_ts_word_at(s + i)) {
            i++;
            continue;
        }
        size_t w = 0;
        while (i + w < n && mn_ts_word_at(s + i + w))
            w += mn_ts_char_len(s + i + w);
        if (mn_ts_starts_upper(s + i) && mn_lx_find(lx, MN_LX_ONLINE_WORDS, s + i, w)) {
            size_t from = i;
            if (prev < i && prev + prev_len + 1 == i && mn_ts_starts_upper(s + prev) &&
                mn_lx_find(lx, MN_LX_LOCATION_NEUTRAL_WORDS, s + prev, prev_len))
                from = prev;
            return mn_ts_fold(s + from, i + w - from);
        }
        prev = i, prev_len = w;
        i += w;
    }
    return NULL;
}

/* "held via videoconference on …", "held on Zoom": how, or where, right
 * after the held words, before the date. */
static void mn_fs_how(mn_fm *fm, const char *lead, size_t n)
{
    mn_fm_info *t = &fm->text;
    if (t->place || t->mode)
        return;
    char *place = mn_fs_place(lead, n, fm->order);
    if (place) {
        t->place = place;
        return;
    }
    size_t k;
    if (!mn_fs_lead(lead, &k))
        return;
    size_t end = k;
    while (end < n && lead[end] != ',' && !(lead[end] == ' ' && (mn_ts_prefix(lead + end + 1, "on", 1) ||
                                                               mn_ts_prefix(lead + end + 1, "at", 1))))
        if (lead[end++] == ')')
            break; /* "Held by teleconference (Zoom) under the Executive Order …" */
    char *seg = mn_ts_fold(lead + k, end - k);
    if (seg && *seg && !mn_ts_starts_upper(seg) && mn_place_mode_only(seg))
        t->mode = mn_place_mode(seg);
    free(seg);
    /* "held in person at …": the word after the lead that keeps it from
     * leading a place (place-lead-exceptions) says the meeting met */
    seg = !t->mode ? mn_ts_fold(lead + k, end - k) : NULL;
    if (seg && mn_lx_has(mn_lx(), MN_LX_PLACE_LEAD_EXCEPTIONS, seg))
        t->mode = "in-person";
    free(seg);
    if (t->mode && !t->place)
        t->place = mn_fs_platform(lead, n); /* "…, hosted by the Secretary via Zoom" */
    /* "held in person at the Larimer Square offices …": the place after how */
    if (t->mode && !t->place && end < n)
        t->place = mn_fs_find_place(lead + end, n - end, fm->order);
}

/* The first date and the first time outside it in s[from, n) into what
 * fm->text leaves open. */
static void mn_fs_when(mn_fm *fm, const char *s, size_t from, size_t n, unsigned lineno)
{
    mn_fm_info *t = &fm->text;
    size_t d0 = 0, d1 = 0;
    for (size_t i = from; i < n && !t->has_date; i++) {
        mn_fm_date d;
        size_t dk = mn_fm_word_start(s, i) ? mn_fm_parse_date(s + i, fm->order, &d) : 0;
        if (dk && d.year) {
            t->has_date = 1, t->date = d, t->date_line = lineno;
            d0 = i, d1 = i + dk;
        }
    }
    for (size_t i = from; i < n && !t->has_time; i++) {
        mn_fm_time tm;
        if ((i < d0 || i >= d1) && mn_fm_word_start(s, i) && mn_fm_parse_time(s + i, &tm)) {
            t->has_time = 1, t->start = tm.start, t->end = tm.end;
            memcpy(t->zone, tm.zone, sizeof t->zone);
        }
    }
}

char *mn_fm_sentence_place(const char *s, mn_date_order order)
{
    return mn_fs_find_place(s, mn_fs_sentence(s), order);
}

char *mn_fm_title_before_held(const char *text)
{
    size_t k;
    const char *lead = text ? mn_fs_lead(text, &k) : NULL;
    if (!lead || lead == text)
        return NULL;
    char *named = mn_ts_fold(text, (size_t)(lead - text));
    /* "The meeting was held …" is a sentence, not a title over one */
    for (const char *const *v = mn_lx_words(mn_lx(), MN_LX_PLACE_VERBS); named && *v; v++)
        if (mn_ts_has_word(named, *v))
            *named = '\0';
    if (named && !*named) {
        free(named);
        named = NULL;
    }
    return named;
}

void mn_fm_sentence_how(mn_fm *fm, const char *text)
{
    size_t k;
    const char *lead = text ? mn_fs_lead(text, &k) : NULL;
    if (!lead || fm->text.place || fm->text.mode)
        return;
    const char *s = mn_fs_sentence_start(text, lead);
    /* "The meeting was held …", not "The next meeting will be held …" */
    char *before = mn_ts_fold(s, (size_t)(lead - s));
    size_t n = before ? strlen(before) : 0;
    int meeting = n >= 11 && mn_ts_equal(before + n - 11, 11, "meeting was") &&
                  (n == 11 || before[n - 12] == ' ');
    free(before);
    if (meeting)
        mn_fs_how(fm, lead, k + mn_fs_sentence(lead + k));
}

void mn_fm_sentence_when(mn_fm *fm, const char *text, unsigned lineno)
{
    size_t k;
    const char *lead = text ? mn_fs_lead(text, &k) : NULL;
    if (!lead)
        return;
    const char *s = mn_fs_sentence_start(text, lead);
    size_t before = (size_t)(lead - s), n = before + k + mn_fs_sentence(lead + k);
    mn_fs_how(fm, lead, n - before);
    /* after the held words first; then what the sentence says before them */
    mn_fs_when(fm, s, before + k, n, lineno);
    mn_fs_when(fm, s, 0, before, lineno);
    if (!fm->text.place)
        fm->text.place = mn_fs_find_place(lead + k, n - before - k, fm->order);
}
