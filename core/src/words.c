/* SPDX-License-Identifier: MIT */
/* words.c — the fixed words a writer prints, in the document's language
 * (minutes/words.h): the lexicon's "output-labels", "months" and
 * "weekdays" lists, and the date, time and page patterns they hold.
 *
 * An mn_words is the lexicon itself, seen through the public API: writers
 * use public headers only (issue 20), and the lexicon's layout is its own
 * business (lexicon.h's lookups are all this file uses). */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "context.h"
#include "job.h"
#include "lexicon.h"
#include "minutes/doc.h"
#include "minutes/words.h"

static const mn_lexicon *mn_words_lx(const mn_words *w)
{
    return (const mn_lexicon *)(const void *)w;
}

const mn_words *mn_words_of(mn_job *job, const char *lang)
{
    if (!job || !job->ctx || !lang) /* a job made without a context has no lexicons */
        return NULL;
    const mn_lexicon *lx = mn_context_lexicon_of(job->ctx, lang, NULL);
    return (const mn_words *)(const void *)lx;
}

const char *mn_words_lang(const mn_words *w)
{
    return w ? mn_lexicon_lang(mn_words_lx(w)) : NULL;
}

const char *mn_words_label(const mn_words *w, const char *key)
{
    if (!w || !key)
        return NULL;
    size_t n;
    const mn_lx_entry *e = mn_lx_entries(mn_words_lx(w), MN_LX_OUTPUT_LABELS, &n);
    for (size_t i = 0; i < n; i++)
        if (e[i].means && strcmp(e[i].means, key) == 0)
            return e[i].w;
    return NULL;
}

/* The first full (not abbreviated) word of LIST whose value is V: the
 * lexicon lists the written form before its unaccented and short ones. */
static const char *mn_words_named(const mn_words *w, int list, int v)
{
    if (!w)
        return NULL;
    size_t n;
    const mn_lx_entry *e = mn_lx_entries(mn_words_lx(w), list, &n);
    for (size_t i = 0; i < n; i++)
        if (e[i].value == v && !(e[i].flags & MN_LX_ABBR))
            return e[i].w;
    return NULL;
}

const char *mn_words_month(const mn_words *w, int month)
{
    return month >= 1 && month <= 12 ? mn_words_named(w, MN_LX_MONTHS, month) : NULL;
}

const char *mn_words_weekday(const mn_words *w, int weekday)
{
    /* the lexicon counts weekdays from 1, Monday */
    return weekday >= 0 && weekday <= 6 ? mn_words_named(w, MN_LX_WEEKDAYS, weekday + 1) : NULL;
}

/* The values a pattern's {NAME} may stand for; NULL: not given. */
typedef struct mn_words_vars {
    const char *weekday, *day, *month, *year, *h, *hh, *mm, *page, *pages;
} mn_words_vars;

static const char *mn_words_var(const mn_words_vars *v, const char *name, size_t len)
{
    static const struct {
        const char *name;
        size_t off;
    } names[] = {
        {"weekday", offsetof(mn_words_vars, weekday)}, {"day", offsetof(mn_words_vars, day)},
        {"month", offsetof(mn_words_vars, month)},     {"year", offsetof(mn_words_vars, year)},
        {"H", offsetof(mn_words_vars, h)},             {"HH", offsetof(mn_words_vars, hh)},
        {"MM", offsetof(mn_words_vars, mm)},           {"page", offsetof(mn_words_vars, page)},
        {"pages", offsetof(mn_words_vars, pages)},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i].name) == len && memcmp(names[i].name, name, len) == 0)
            return *(const char *const *)(const void *)((const char *)v + names[i].off);
    return NULL;
}

/* PATTERN with each {NAME} replaced by its value, into BUF; a name without
 * a value is dropped, with a space after it, so a pattern with {weekday}
 * also serves a date written without one. */
static char *mn_words_expand(const char *pattern, const mn_words_vars *v, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    for (const char *p = pattern; *p && len + 1 < size;) {
        const char *close = *p == '{' ? strchr(p, '}') : NULL;
        if (!close) {
            buf[len++] = *p++;
            continue;
        }
        const char *val = mn_words_var(v, p + 1, (size_t)(close - p - 1));
        p = close + 1;
        if (!val) {
            while (*p == ',' || *p == ' ')
                p++;
            continue;
        }
        int n = snprintf(buf + len, size - len, "%s", val);
        len = n < 0 ? len : (size_t)n >= size - len ? size - 1 : len + (size_t)n;
    }
    buf[len] = '\0';
    return buf;
}

char *mn_words_date(const mn_words *w, int y, int m, int d, int weekday, char *buf, size_t size)
{
    if (!size)
        return NULL;
    buf[0] = '\0';
    const char *pattern = mn_words_label(w, weekday ? "date-weekday-format" : "date-format");
    if (!pattern || d < 1 || d > mn_date_month_days(y, m))
        return NULL;
    char day[32], one[16], year[16];
    snprintf(one, sizeof one, "%d", d);
    mn_words_vars dv = {.day = one};
    const char *first = d == 1 ? mn_words_label(w, "first-day") : NULL;
    if (first)
        mn_words_expand(first, &dv, day, sizeof day);
    else
        snprintf(day, sizeof day, "%s", one);
    snprintf(year, sizeof year, "%d", y);
    mn_words_vars v = {.day = day, .month = mn_words_month(w, m), .year = year,
                       .weekday = weekday ? mn_words_weekday(w, mn_date_weekday(y, m, d)) : NULL};
    return mn_words_expand(pattern, &v, buf, size);
}

char *mn_words_time(const mn_words *w, int hh, int mm, char *buf, size_t size)
{
    if (!size)
        return NULL;
    buf[0] = '\0';
    const char *pattern = mn_words_label(w, "time-format");
    if (!pattern || hh < 0 || hh > 23 || mm < 0 || mm > 59)
        return NULL;
    char h[4], h2[4], m2[4];
    snprintf(h, sizeof h, "%d", hh);
    snprintf(h2, sizeof h2, "%02d", hh);
    snprintf(m2, sizeof m2, "%02d", mm);
    mn_words_vars v = {.h = h, .hh = h2, .mm = m2};
    return mn_words_expand(pattern, &v, buf, size);
}

char *mn_words_page(const mn_words *w, int page, int pages, char *buf, size_t size)
{
    if (!size)
        return NULL;
    buf[0] = '\0';
    const char *pattern = mn_words_label(w, "page-of");
    if (!pattern)
        return NULL;
    char a[16], b[16];
    snprintf(a, sizeof a, "%d", page);
    snprintf(b, sizeof b, "%d", pages);
    mn_words_vars v = {.page = a, .pages = b};
    return mn_words_expand(pattern, &v, buf, size);
}
