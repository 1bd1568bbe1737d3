/* SPDX-License-Identifier: MIT */
/* frontmatter_settle.c — what the leading blocks said against the
 * authoritative properties, by the rules in frontmatter.c's header
 * (frontmatter.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "frontmatter.h"
#include "textscan.h"

/* Whether two texts say the same, ignoring ASCII case and white space. */
static int mn_fm_same(const char *a, const char *b)
{
    for (;;) {
        for (size_t k; (k = mn_ts_space(a));)
            a += k;
        for (size_t k; (k = mn_ts_space(b));)
            b += k;
        if (!*a || !*b)
            return !*a && !*b;
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
        a++, b++;
    }
}

/* Whether the text's date says nothing the authoritative one does not. */
static int mn_fm_same_date(const mn_fm_date *text, const mn_fm_date *auth)
{
    return text->month == auth->month && text->day == auth->day &&
           (text->year == 0 || text->year == auth->year);
}

/* The same for the time and zone (the zone may come from a "timezone"
 * property alone). */
static int mn_fm_same_time(const mn_fm *fm)
{
    const mn_fm_info *t = &fm->text, *a = &fm->auth;
    if (a->has_time && (t->start != a->start || (t->end >= 0 && t->end != a->end)))
        return 0;
    return !t->zone[0] || !a->zone[0] || strcasecmp(t->zone, a->zone) == 0;
}

/* The fields in which the text disagrees with the authoritative properties. */
static unsigned mn_fm_conflicts(const mn_fm *fm)
{
    const mn_fm_info *t = &fm->text, *a = &fm->auth;
    unsigned bad = 0;
    if (t->title && a->title && !mn_fm_same(t->title, a->title))
        bad |= MN_FM_TITLE;
    if (t->subtitle && a->subtitle && !mn_fm_same(t->subtitle, a->subtitle))
        bad |= MN_FM_SUBTITLE;
    if (t->has_date && a->has_date && !mn_fm_same_date(&t->date, &a->date))
        bad |= MN_FM_DATE;
    if (t->has_time && !mn_fm_same_time(fm))
        bad |= MN_FM_TIME;
    if (t->place && a->place && !mn_fm_same(t->place, a->place))
        bad |= MN_FM_PLACE;
    return bad;
}

static void mn_fm_date_text(const mn_fm_date *d, char *buf, size_t size)
{
    if (d->year)
        snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
    else
        snprintf(buf, size, "--%02d-%02d", d->month, d->day);
}

static void mn_fm_warn_conflict(mn_fm *fm, unsigned field, unsigned line)
{
    const mn_fm_info *t = &fm->text, *a = &fm->auth;
    char tv[16], av[16];
    if (field == MN_FM_DATE) {
        mn_fm_date_text(&t->date, tv, sizeof tv);
        mn_fm_date_text(&a->date, av, sizeof av);
        mn_job_warning(fm->job, "front-matter-mismatch", t->date_line ? t->date_line : line,
                       "the text's meeting date %s disagrees with the front matter's %s; "
                       "the line stays in the text", tv, av);
    } else if (field == MN_FM_TIME) {
        mn_job_warning(fm->job, "front-matter-mismatch", line,
                       "the text's meeting time disagrees with the front matter's; "
                       "the line stays in the text");
    } else {
        mn_job_warning(fm->job, "front-matter-mismatch", line,
                       "the text's meeting place \"%s\" disagrees with the front matter's \"%s\"; "
                       "the line stays in the text", t->place, a->place);
    }
}

/* Compares what the leading blocks said with the authoritative properties,
 * moves or drops the text's title and subtitle by the rules in the header,
 * and removes the blocks that agree (the others stay in the body). */
void mn_fm_settle(mn_fm *fm)
{
    mn_fm_info *t = &fm->text;
    unsigned bad = mn_fm_conflicts(fm);
    if ((bad & MN_FM_TITLE) && !t->subtitle && !fm->auth.subtitle) {
        t->subtitle = t->title; /* the author's heading, under the front matter's title */
        t->title = NULL;
        bad &= ~(unsigned)MN_FM_TITLE;
    } else if ((bad & MN_FM_TITLE) && t->subtitle) {
        if (!fm->auth.subtitle || !mn_fm_same(t->subtitle, fm->auth.subtitle))
            bad |= MN_FM_SUBTITLE;
        free(t->subtitle); /* the kept title's subtitle, not the meeting's */
        t->subtitle = NULL;
    }
    if ((bad & MN_FM_TIME) && fm->auth.has_time)
        t->zone[0] = '\0'; /* the zone of the text's time, not of the front matter's */
    unsigned warned = 0;
    for (size_t i = 0; i < fm->nblocks; i++) {
        unsigned clash = fm->blocks[i].fields & bad;
        for (unsigned f = MN_FM_DATE; f <= MN_FM_PLACE; f <<= 1)
            if (clash & f & ~warned) {
                mn_fm_warn_conflict(fm, f, mn_ts_line(fm->blocks[i].node));
                warned |= f;
            }
        if (!clash && !(fm->blocks[i].fields & MN_FM_KEEP))
            mn_ts_drop(fm->blocks[i].node);
    }
    fm->nblocks = 0;
}

