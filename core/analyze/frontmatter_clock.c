/* SPDX-License-Identifier: MIT */
/* frontmatter_clock.c — the meeting's clock as the minutes tell it in their
 * text: "The Chair called the meeting to order at 7:04 p.m." (the start),
 * "The meeting closed at 8.50pm.", "Adjourned at 11:52 ET." (the end).
 * Boards, councils and clubs record both as a habit; the title block often
 * gives only the start, or nothing (frontmatter.h).
 *
 * The words come from the lexicon (meeting-clock); "at" (or a time lead
 * of the lexicon: "à", "a las"), "@" or ":" and the
 * time follow, perhaps after a few words of the same sentence ("called to
 * order by the chair at 18:04").  The first start counts, and the first end
 * after it (the last end when no start is written).  The text never
 * replaces a time the title block or the properties gave: it adds the end
 * to a start without one, and the zone written beside the same clock.  The
 * start it tells is not the meeting's when the title block gives one: the
 * minutes that say "called to order at 7:04" nearly always give the
 * scheduled start (7:00) above, which is the meeting's.  When nothing
 * gives a time, the start it tells ("was scheduled for 21:30 UTC", "called
 * to order at 7:03 p.m.") is the best there is.  The paragraphs stay as
 * they were. */
#include <stdlib.h>
#include <string.h>

#include "frontmatter.h"
#include "lexicon.h"
#include "textscan.h"
#include "xmlutil.h"

/* Words between the clock words and "at" ("called to order by Chair Ana
 * Ruiz at"). */
#define MN_CLOCK_GAP_WORDS 8

typedef struct mn_clock_found {
    int start, end; /* minutes since midnight, -1 when not found */
    int end_after;  /* the end was found after the start */
    char zone[40];  /* the zone written with the first of them, or "" */
    size_t paras;   /* paragraphs read */
    char *place;    /* the place the start's sentence names, or NULL */
    char *held;     /* a paragraph ending on "at", waiting for its time */
    mn_date_order order;
} mn_clock_found;

/* "at 7:04 p.m.", "@ 15:04", ": 9.41pm" at s, perhaps after a few words of
 * the same sentence: the time read into t.  Returns 1 when found. */
static int mn_clock_at(const char *s, mn_fm_time *t, const char **after)
{
    for (int words = 0; *s && words <= MN_CLOCK_GAP_WORDS; words++) {
        s += mn_ts_skip_space(s);
        size_t k = mn_ts_prefix(s, "at", 1);
        if (!k)
            k = mn_ts_prefix(s, "for", 1); /* "was scheduled for 21:30 UTC" */
        /* the language's own leads: "lève la séance à 22 h 15", "se
         * levanta la sesión a las 21:05" */
        for (const char *const *l = mn_lx_words(mn_lx(), MN_LX_TIME_LEADS); !k && *l; l++)
            k = mn_ts_prefix(s, *l, 1);
        if (!k && (*s == '@' || *s == ':'))
            k = 1;
        /* "Adjourned 10:14 AM PDT.": the time right after the words */
        if (!k && words == 0 && *s >= '0' && *s <= '9') {
            size_t tk = mn_fm_parse_time(s, t);
            if (tk && t->end < 0 && (s[tk] == '\0' || s[tk] == '.' || s[tk] == ' ' || s[tk] == ',')) {
                *after = s + tk;
                return 1;
            }
        }
        if (k) {
            const char *v = s + k;
            v += mn_ts_skip_space(v);
            size_t tk = mn_fm_parse_time(v, t);
            if (tk && t->end < 0) {
                *after = v + tk;
                return 1;
            }
        }
        /* the next word, not past the sentence's end */
        while (*s && *s != ' ') {
            if ((*s == '.' || *s == ';') && (s[1] == ' ' || s[1] == '\0'))
                return 0;
            s++;
        }
    }
    return 0;
}

/* "Al ser las 20:05 horas, el presidente levanta la sesión", "…, siendo
 * las 20:40 horas, se levanta la sesión": the time before the clock words
 * at text + i, after a lead of the lexicon's clock-leads-before that opens
 * the sentence or a clause (after ", ").  Into t; 1 when found. */
static int mn_clock_before(const char *text, size_t i, mn_fm_time *t)
{
    size_t from = i;
    while (from > 0 && !((text[from - 1] == '.' || text[from - 1] == ';') && text[from] == ' '))
        from--;
    int found = 0;
    for (size_t p = from; p < i; p++) {
        size_t q = p + mn_ts_skip_space(text + p);
        if (!(q == 0 || (q >= 2 && text[q - 1] == ' ' && (text[q - 2] == ',' || text[q - 2] == '.' ||
                                                          text[q - 2] == ';'))) || q >= i)
            continue;
        const mn_lx_entry *e = mn_ts_entry_at(MN_LX_CLOCK_LEADS_BEFORE, text + q, i - q);
        size_t k = e ? strlen(e->w) : 0;
        mn_fm_time tm;
        if (k && text[q + k] == ' ' && mn_fm_parse_time(text + q + k + 1, &tm) && tm.end < 0) {
            *t = tm;
            found = 1;
        }
        p = q;
    }
    return found;
}

/* Paragraphs of the body's opening read for how the meeting was held. */
#define MN_CLOCK_HOW_PARAS 12

/* Looks for the clock words in one paragraph's folded text. */
static void mn_clock_text(const char *text, mn_clock_found *f)
{
    for (size_t i = 0; text[i]; i++) {
        if (!mn_fm_word_start(text, i))
            continue;
        const mn_lx_entry *words; /* the few entries text + i may start with */
        size_t count;
        const unsigned *at = mn_ts_candidates(MN_LX_MEETING_CLOCK, text + i, &words, &count);
        for (size_t c = 0; c < count; c++) {
            size_t w = at[c];
            size_t k = mn_ts_prefix(text + i, words[w].w, 1);
            mn_fm_time t;
            const char *after = NULL;
            if (!k || (!mn_clock_at(text + i + k, &t, &after) && !mn_clock_before(text, i, &t)))
                continue;
            int start = strcmp(words[w].means, "start") == 0;
            if (start && f->start < 0) {
                f->start = t.start;
                /* "called to order at 5:32 p.m. in the Community Room" */
                f->place = mn_fm_sentence_place(after, f->order);
            } else if (!start && (!f->end_after || f->start < 0)) {
                f->end = t.start;
                f->end_after = f->start >= 0;
            } else {
                continue;
            }
            if (!f->zone[0])
                memcpy(f->zone, t.zone, sizeof f->zone);
            i += k;
            break;
        }
    }
}

/* Whether text ends on the word "at" ("… the meeting was adjourned at"):
 * hard-wrapped text whose next line, read as a paragraph of its own,
 * holds the time ("8:26 p.m. Eastern."). */
static int mn_clock_ends_at(const char *text)
{
    size_t n = strlen(text);
    return n >= 3 && text[n - 3] == ' ' && mn_ts_prefix(text + n - 2, "at", 1) == 2;
}

/* One paragraph's text, joined to the one held before it. */
static void mn_clock_para(char *text, mn_clock_found *f)
{
    char *joined = NULL;
    if (f->held) {
        size_t a = strlen(f->held), b = strlen(text);
        joined = malloc(a + b + 2);
        if (joined) {
            memcpy(joined, f->held, a);
            joined[a] = ' ';
            memcpy(joined + a + 1, text, b + 1);
        }
        free(f->held);
        f->held = NULL;
    }
    if (mn_clock_ends_at(text))
        f->held = strdup(text); /* read with the next paragraph */
    else
        mn_clock_text(joined ? joined : text, f);
    free(joined);
}

/* The paragraphs and list items of the body, in order (tables are data,
 * not the minutes' account of the meeting). */
static void mn_clock_walk(mn_fm *fm, const xmlNode *n, mn_clock_found *f)
{
    for (const xmlNode *c = mn_child(n, NULL); c; c = mn_next(c, NULL)) {
        if (mn_is(c, "p") || mn_is(c, "item")) {
            char *text = mn_ts_inline_folded(c);
            if (text)
                mn_clock_para(text, f);
            if (text && f->paras++ < MN_CLOCK_HOW_PARAS) {
                mn_fm_print before = mn_fm_print_of(&fm->text);
                mn_fm_sentence_how(fm, text); /* "The meeting was held by telephone." */
                mn_fm_source_mark(fm, &fm->text, before, mn_ts_line(c), text);
                mn_fm_remote_words(fm, text, mn_ts_line(c)); /* "…, with a video bridge" */
            }
            free(text);
        }
        if (mn_is(c, "section") || mn_is(c, "list") || mn_is(c, "item"))
            mn_clock_walk(fm, c, f);
    }
}

/* The time meta will be written from (as mn_fm_write picks it). */
static mn_fm_info *mn_clock_source(mn_fm *fm)
{
    return fm->auth.has_time ? &fm->auth : fm->text.has_time ? &fm->text
           : fm->weak.has_time ? &fm->weak : NULL;
}

void mn_fm_clock(mn_fm *fm, xmlNodePtr body)
{
    mn_clock_found f = {.start = -1, .end = -1, .order = fm->order};
    mn_clock_walk(fm, body, &f);
    if (f.held) /* the last paragraph ends on "at" */
        mn_clock_text(f.held, &f);
    free(f.held);
    if (f.place && !fm->auth.place && !fm->text.place && !fm->weak.place && !fm->text.mode)
        fm->weak.place = f.place;
    else
        free(f.place);
    mn_fm_info *src = mn_clock_source(fm);
    if (src && src->end < 0 && f.end > src->start)
        src->end = f.end; /* later the same day */
    if (src && !src->zone[0] && f.zone[0] && (f.start == src->start || f.end == src->end))
        memcpy(src->zone, f.zone, sizeof src->zone); /* "Adjourned at 22:48 UTC" */
    if (src || f.start < 0)
        return;
    /* Nothing above gave the time: the start the text tells is the best
     * there is ("The meeting was scheduled for 21:30 UTC", "called the
     * meeting to order at 7:03 p.m."), with the end after it. */
    mn_fm_info *t = &fm->weak;
    t->has_time = 1;
    t->start = f.start;
    t->end = f.end > f.start ? f.end : -1;
    memcpy(t->zone, f.zone, sizeof t->zone);
}
