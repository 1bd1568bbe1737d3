/* SPDX-License-Identifier: MIT */
/* temporal_parse.c — the grammar of dates, ranges and relative expressions.
 *
 * Every rule is a function (p, i, x) that returns the token after what it
 * matched, or 0.  mn_tparse_at tries them all and keeps the longest match,
 * so "last week of November" beats "last week" and "15–17 December 2025"
 * beats "17 December 2025". */
#include "temporal_parse.h"
#include "temporal_time.h"
#include "temporal_words.h"

#include <string.h>

#include "lexicon.h"

typedef const mn_tparser P;

static void tx_init(mn_tx *x)
{
    memset(x, 0, sizeof *x);
    x->wday = x->wday_b = -1;
    x->t1 = x->t2 = -1;
}

/* [Weekday[,]] at i: tokens used (0 when none), *wday set or left alone. */
static int weekday_prefix(P *p, int i, int *wday)
{
    int k = mn_tw_weekday(p, i, wday);
    if (k && mn_tw_punct(p, i + k, ','))
        k++;
    return k;
}

/* [,|of] year at j ("10 de marzo de 2026"): the end token (j when none). */
static int year_suffix(P *p, int j, int *year)
{
    int k = mn_tw_punct(p, j, ',') || mn_tw_in(p, j, MN_LX_OF_WORDS) ? j + 1 : j;
    if (mn_tw_year(p, k, year))
        return k + 1;
    return j;
}

/* [Weekday[,]] [the] DAY [of] MONTH [[,] YEAR] — "Wednesday, 19 November". */
static int r_dm(P *p, int i, mn_ymd *a, int *wday)
{
    int j = i + weekday_prefix(p, i, wday);
    if (mn_tw_in(p, j, MN_LX_ARTICLES))
        j++;
    int d, m, k = mn_tw_day(p, j, &d);
    if (!k)
        return 0;
    j += k;
    if (mn_tw_in(p, j, MN_LX_OF_WORDS))
        j++;
    if (!(k = mn_tw_month(p, j, &m)))
        return 0;
    a->d = d;
    a->m = m;
    a->y = 0;
    return year_suffix(p, j + k, &a->y);
}

/* [Weekday[,]] MONTH [the] DAY [[,] YEAR] — "December 1, 2025". */
static int r_md(P *p, int i, mn_ymd *a, int *wday)
{
    int j = i + weekday_prefix(p, i, wday);
    int d, m, k = mn_tw_month(p, j, &m);
    if (!k)
        return 0;
    j += k;
    if (mn_tw_in(p, j, MN_LX_ARTICLES))
        j++;
    if (!(k = mn_tw_day(p, j, &d)))
        return 0;
    /* "December 10:00" or "May 2.5" is not a day */
    if ((mn_tw_punct(p, j + k, ':') || mn_tw_punct(p, j + k, '.')) && mn_tw_adjacent(p, j + k) &&
        mn_tw_num(p, j + k + 1))
        return 0;
    a->d = d;
    a->m = m;
    a->y = 0;
    return year_suffix(p, j + k, &a->y);
}

/* A single written day, either order. */
static int r_day(P *p, int i, mn_ymd *a, int *wday)
{
    mn_ymd b = {0, 0, 0};
    int wa = -1, wb = -1;
    int ea = r_dm(p, i, a, &wa), eb = r_md(p, i, &b, &wb);
    if (eb > ea) {
        *a = b;
        *wday = wb;
        return eb;
    }
    *wday = wa;
    return ea;
}

static int digits_are(P *p, int i, int digits)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    return t && t->type == MN_TT_NUM && t->digits == digits;
}

/* T14:00[:00](Z|+01:00) after an ISO date. */
static int iso_time(P *p, int j, mn_tx *x)
{
    if (!mn_tw_word(p, j, "t") || !mn_tw_adjacent(p, j) || !digits_are(p, j + 1, 2) ||
        !mn_tw_adjacent(p, j + 1) || !mn_tw_punct(p, j + 2, ':') || !digits_are(p, j + 3, 2))
        return j;
    int h = p->t[j + 1].num, m = p->t[j + 3].num, k = j + 4;
    if (h > 23 || m > 59)
        return j;
    if (mn_tw_punct(p, k, ':') && mn_tw_adjacent(p, k) && digits_are(p, k + 1, 2))
        k += 2;
    x->t1 = h * 60 + m;
    if (mn_tw_word(p, k, "z") && mn_tw_adjacent(p, k)) {
        x->has_zone = mn_tz_fixed(0, &x->zone);
        return k + 1;
    }
    int sign = mn_tw_punct(p, k, '+') ? 1 : mn_tw_punct(p, k, '-') ? -1 : 0;
    if (sign && mn_tw_adjacent(p, k) && digits_are(p, k + 1, 2) && mn_tw_punct(p, k + 2, ':') &&
        digits_are(p, k + 3, 2)) {
        x->has_zone = mn_tz_fixed(sign * (p->t[k + 1].num * 60 + p->t[k + 3].num), &x->zone);
        return k + 4;
    }
    return k;
}

/* 2025-11-26, 2025-11-26T14:00:00Z */
static int r_iso(P *p, int i, mn_tx *x)
{
    if (!digits_are(p, i, 4) || !mn_tw_punct(p, i + 1, '-') || !mn_tw_adjacent(p, i + 1) ||
        !digits_are(p, i + 2, 2) || !mn_tw_adjacent(p, i + 2) || !mn_tw_punct(p, i + 3, '-') ||
        !mn_tw_adjacent(p, i + 3) || !digits_are(p, i + 4, 2) || !mn_tw_adjacent(p, i + 4))
        return 0;
    int y = p->t[i].num, m = p->t[i + 2].num, d = p->t[i + 4].num;
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    x->a = (mn_ymd){y, m, d};
    return iso_time(p, i + 5, x);
}

static int day_month(P *p, int a, int b, int y, mn_tx *x);

/* 12/03/2026, 12.03.2026, 12-03-2026, 12/03/26: read with --date-order. */
static int r_numeric(P *p, int i, mn_tx *x)
{
    int wd = -1, k = weekday_prefix(p, i, &wd);
    if (k) {
        int e = r_numeric(p, i + k, x);
        if (e)
            x->wday = wd;
        return e;
    }
    const mn_ttok *a = mn_tw_tok(p, i), *b = mn_tw_tok(p, i + 2), *c = mn_tw_tok(p, i + 4);
    if (!a || !b || !c || a->type != MN_TT_NUM || b->type != MN_TT_NUM || c->type != MN_TT_NUM ||
        a->digits > 2 || b->digits > 2)
        return 0;
    char sep = p->t[i + 1].type == MN_TT_PUNCT ? p->t[i + 1].w[0] : 0;
    if (!strchr("/.-", sep) || !sep || !mn_tw_punct(p, i + 3, sep))
        return 0;
    for (int k = i + 1; k <= i + 4; k++)
        if (!mn_tw_adjacent(p, k))
            return 0;
    int y = c->num;
    if (c->digits == 2 && sep == '/')
        y += 2000;
    else if (c->digits != 4 || y < 1900 || y > 2199)
        return 0;
    return day_month(p, a->num, b->num, y, x) ? i + 5 : 0;
}

/* The day and month of "A/B" in the document's order, except that a number
 * above 12 is the day whatever the order ("23/05/22" in an en-US file).
 * Returns 0 when neither reading is a date. */
static int day_month(P *p, int a, int b, int y, mn_tx *x)
{
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12))
        return 0;
    int order = a > 12 ? MN_ORDER_DMY : b > 12 ? MN_ORDER_MDY : p->order;
    if (order == MN_ORDER_NONE) {
        x->numeric = 2;
        x->a = (mn_ymd){y ? y : 2000, 1, 1};
        return 1;
    }
    x->numeric = 1;
    x->a = order == MN_ORDER_DMY ? (mn_ymd){y, b, a} : (mn_ymd){y, a, b};
    return 1;
}

/* Two numbers of one or two digits at *j and *j + 2 joined by SEP with no
 * space, after a weekday (*wd, else -1) or a short-date lead: the start
 * of a day and month written short ("Thursday 2/15", "by 20.12.").  1 with
 * *j, *a and *b set; 0 otherwise. */
static int short_numbers(P *p, int i, char sep, int *j, int *wd, const mn_ttok **a, const mn_ttok **b)
{
    int k = weekday_prefix(p, i, wd);
    if (!k && !mn_tw_prev_in(p, i, MN_LX_SHORT_DATE_LEADS))
        return 0;
    *j = i + k;
    *a = mn_tw_tok(p, *j);
    *b = mn_tw_tok(p, *j + 2);
    return *a && *b && (*a)->type == MN_TT_NUM && (*b)->type == MN_TT_NUM && (*a)->digits <= 2 &&
           (*b)->digits <= 2 && mn_tw_punct(p, *j + 1, sep) && mn_tw_adjacent(p, *j + 1) &&
           mn_tw_adjacent(p, *j + 2);
}

/* "Thursday 2/15", "on 2/22", "starting 22/2": a day and month with no
 * year, read only after a weekday or a short-date lead (alone, "1/2" is a
 * fraction, "24/7" a habit); the year is inferred. */
static int r_numeric_short(P *p, int i, mn_tx *x)
{
    int wd = -1, j;
    const mn_ttok *a, *b;
    if (!short_numbers(p, i, '/', &j, &wd, &a, &b))
        return 0;
    if ((mn_tw_punct(p, j + 3, '/') || mn_tw_punct(p, j + 3, '.')) && mn_tw_adjacent(p, j + 3) &&
        mn_tw_tok(p, j + 4) && p->t[j + 4].type == MN_TT_NUM)
        return 0; /* "2/15/2024", "2/15.5": not this rule's */
    if (!day_month(p, a->num, b->num, 0, x) || x->numeric == 2)
        return 0;
    if (j > i)
        x->wday = wd;
    return j + 3;
}

/* "by 20.12.", "Friday 03.04.": a day and month written the Central and
 * Northern European way, each number closed by a dot, no year.  Day first
 * always (nobody writes the month first this way); read only after a
 * weekday or a short-date lead; a one-digit month needs a day above 12 ("by
 * 3.4." is a decimal closing a sentence), and so does any day in a
 * month-first document.  The year is inferred. */
static int r_numeric_dotted(P *p, int i, mn_tx *x)
{
    int wd = -1, j;
    const mn_ttok *a, *b;
    if (!short_numbers(p, i, '.', &j, &wd, &a, &b) || !mn_tw_punct(p, j + 3, '.') ||
        !mn_tw_adjacent(p, j + 3))
        return 0;
    if (a->num < 1 || a->num > 31 || b->num < 1 || b->num > 12 || (b->digits < 2 && a->num <= 12) ||
        (p->order == MN_ORDER_MDY && a->num <= 12))
        return 0;
    x->numeric = 1;
    x->a = (mn_ymd){0, b->num, a->num};
    if (j > i)
        x->wday = wd;
    return j + 3;
}

static int day_range_conn(P *p, int i, int between)
{
    return mn_tw_punct(p, i, '-') || mn_tw_in(p, i, MN_LX_RANGE_WORDS) ||
           (between && mn_tw_in(p, i, MN_LX_AND_WORDS));
}

static int after_between(P *p, int i)
{
    return mn_tw_prev_in(p, i, MN_LX_BETWEEN_WORDS);
}

/* [Weekday] DAY – [Weekday] DAY MONTH [YEAR]: "15 to 17 December 2025", "15–17 December". */
static int r_day_range(P *p, int i, mn_tx *x)
{
    int wa = -1, d;
    int j = i + weekday_prefix(p, i, &wa);
    int k = mn_tw_day(p, j, &d);
    if (!k || !day_range_conn(p, j + k, after_between(p, i)))
        return 0;
    int e = r_dm(p, j + k + 1, &x->b, &x->wday_b);
    if (!e)
        return 0;
    x->a = (mn_ymd){x->b.y, x->b.m, d};
    x->wday = wa;
    x->has_b = 1;
    return e;
}

/* MONTH DAY – DAY [, YEAR]: "December 15–17, 2025". */
static int r_md_range(P *p, int i, mn_tx *x)
{
    int m, d1, d2, wa = -1;
    int j = i + weekday_prefix(p, i, &wa);
    int k = mn_tw_month(p, j, &m);
    if (!k)
        return 0;
    j += k;
    if (!(k = mn_tw_day(p, j, &d1)) || !day_range_conn(p, j + k, after_between(p, i)))
        return 0;
    j += k + 1;
    if (!(k = mn_tw_day(p, j, &d2)))
        return 0;
    x->a = (mn_ymd){0, m, d1};
    int e = year_suffix(p, j + k, &x->a.y);
    x->b = (mn_ymd){x->a.y, m, d2};
    x->wday = wa;
    x->has_b = 1;
    return e;
}

/* DAY MONTH – DAY MONTH [YEAR]: "15 December – 2 January", either order. */
static int r_full_range(P *p, int i, mn_tx *x)
{
    int e = r_day(p, i, &x->a, &x->wday);
    if (!e || !day_range_conn(p, e, after_between(p, i)))
        return 0;
    int e2 = r_day(p, e + 1, &x->b, &x->wday_b);
    if (!e2)
        return 0;
    x->has_b = 1;
    return e2;
}

/* MONTH [YEAR] – MONTH [YEAR]: "from December to February", "March–May 2026". */
static int r_month_range(P *p, int i, mn_tx *x)
{
    int m1, m2, k = mn_tw_month(p, i, &m1);
    if (!k)
        return 0;
    int j = year_suffix(p, i + k, &x->a.y);
    if (!day_range_conn(p, j, after_between(p, i)) || !(k = mn_tw_month(p, j + 1, &m2)))
        return 0;
    x->a.m = m1;
    x->b.m = m2;
    x->has_b = 1;
    return year_suffix(p, j + 1 + k, &x->b.y);
}

/* Whether a units entry at token i means UNIT ("day"). */
static int unit_is(P *p, int i, const char *unit)
{
    const char *m = mn_tw_means(p, i, MN_LX_UNITS);
    return m && strcmp(m, unit) == 0;
}

/* today, tonight, tomorrow, yesterday, the day after tomorrow. */
static int r_deictic(P *p, int i, mn_tx *x)
{
    int j = i;
    x->form = MN_TX_DAYS;
    const mn_lx_entry *shift = NULL, *day;
    if (mn_tw_in(p, j, MN_LX_ARTICLES) && unit_is(p, j + 1, "day") &&
        (shift = mn_tw_entry(p, j + 2, MN_LX_DAY_SHIFTS))) {
        /* the day after tomorrow, the day before yesterday */
        day = mn_tw_entry(p, j + 3, MN_LX_DEICTIC_WORDS);
        if (day && day->value == shift->value) {
            x->n = day->value + shift->value;
            return j + 4;
        }
        return 0;
    }
    if (!(day = mn_tw_entry(p, j, MN_LX_DEICTIC_WORDS)))
        return 0;
    x->n = day->value;
    return j + 1;
}

/* next, last, this (and "the coming", "the previous"): *dir, the tokens. */
static int direction(P *p, int i, int *dir)
{
    const mn_lx_entry *e = mn_tw_entry(p, i, MN_LX_DIRECTIONS);
    if (!e)
        return 0;
    const mn_ttok *prev = i > 0 && p->t[i - 1].type == MN_TT_WORD ? &p->t[i - 1] : NULL;
    if (!mn_lx_after_ok(e, prev ? prev->w : NULL))
        return 0;
    *dir = e->value;
    return 1;
}

/* Whether a direction at token i needs the article before it ("the coming"). */
static int needs_article(P *p, int i)
{
    const mn_lx_entry *e = mn_tw_entry(p, i, MN_LX_DIRECTIONS);
    return e && e->after;
}

static int period_unit(P *p, int i)
{
    const char *m = mn_tw_means(p, i, MN_LX_UNITS);
    if (!m)
        return MN_UNIT_NONE;
    return strcmp(m, "week") == 0 ? MN_UNIT_WEEK : strcmp(m, "month") == 0 ? MN_UNIT_MONTH
           : strcmp(m, "year") == 0                                        ? MN_UNIT_YEAR
                                                                           : MN_UNIT_NONE;
}

/* next Monday, this Friday, last Tuesday, Monday, Monday next week. */
static int r_weekday(P *p, int i, mn_tx *x)
{
    int dir = 0, j = i, wd;
    if (mn_tw_in(p, j, MN_LX_ARTICLES) && needs_article(p, j + 1))
        j++;
    j += direction(p, j, &dir);
    int said = j != i;
    if (!mn_tw_weekday_name(p, j) || !mn_tw_weekday(p, j, &wd) ||
        (j > i && mn_tw_in(p, i, MN_LX_ARTICLES) && j == i + 1))
        return 0;
    x->form = MN_TX_WEEKDAY;
    x->wday = wd;
    x->dir = dir;
    x->bare = !said;
    j++;
    int d2 = 0, k;
    if (x->bare && (k = direction(p, j, &d2)) && period_unit(p, j + k) == MN_UNIT_WEEK) {
        x->unit = MN_UNIT_WEEK;
        x->n = d2;
        x->bare = 0;
        return j + k + 1;
    }
    return j;
}

/* in two weeks, in 3 days, within 10 days, two weeks from now, in a fortnight. */
static int r_in(P *p, int i, mn_tx *x)
{
    const char *in = mn_tw_means(p, i, MN_LX_IN_WORDS);
    int within = in && strcmp(in, "within") == 0;
    int j = i + (in != NULL), n, k;
    const mn_lx_entry *span = mn_tw_in(p, j, MN_LX_INDEFINITE_ARTICLES)
                                  ? mn_tw_entry(p, j + 1, MN_LX_DAY_PERIODS)
                                  : NULL;
    if (span) { /* in a fortnight */
        n = span->value;
        k = 2;
        x->form = MN_TX_DAYS;
    } else {
        if (!(k = mn_tw_count(p, j, &n)) || n > 366)
            return 0;
        const char *u = mn_tw_means(p, j + k, MN_LX_UNITS);
        if (!u)
            u = mn_tw_means(p, j + k, MN_LX_UNIT_PLURALS);
        if (u && !strcmp(u, "day"))
            x->form = MN_TX_DAYS;
        else if (u && !strcmp(u, "week"))
            x->form = MN_TX_WEEKS;
        else if (u && !strcmp(u, "month"))
            x->form = MN_TX_MONTHS;
        else
            return 0;
        k++;
    }
    j += k;
    if (j - k == i) { /* no "in": needs "from now" or "from today" */
        if (!mn_tw_in(p, j, MN_LX_FROM_WORDS) || !mn_tw_in(p, j + 1, MN_LX_NOW_WORDS))
            return 0;
        j += 2;
    }
    x->n = n;
    x->deadline = within;
    x->vague = x->form != MN_TX_DAYS || n >= 7;
    return j;
}

/* next week, this month, last year, this weekend, later this month. */
static int r_period(P *p, int i, mn_tx *x)
{
    int j = i, later = 0;
    const mn_lx_entry *l = mn_tw_entry(p, j, MN_LX_LATER_WORDS);
    if (l) { /* later this month */
        later = l->value;
        j++;
        const mn_lx_entry *d = mn_tw_entry(p, j, MN_LX_DIRECTIONS);
        if (!d || d->value != 0 || d->after)
            return 0;
    }
    if (mn_tw_in(p, j, MN_LX_ARTICLES) && !later)
        j++;
    int dir, k = direction(p, j, &dir);
    if (!k)
        return 0;
    j += k;
    int unit = period_unit(p, j);
    if (mn_tw_in(p, j, MN_LX_WEEKEND_WORDS) && !later) {
        x->form = MN_TX_WEEK;
        x->part = MN_PART_WEEKEND;
        x->n = dir;
        return j + 1;
    }
    if (!unit)
        return 0;
    if (later) {
        x->form = MN_TX_LATER;
        x->unit = unit;
        x->n = later;
        return j + 1;
    }
    x->form = unit == MN_UNIT_WEEK ? MN_TX_WEEK : unit == MN_UNIT_MONTH ? MN_TX_MONTH : MN_TX_YEAR;
    x->n = dir;
    return j + 1;
}

/* The period a modifier applies to: MONTH [YEAR], YEAR, (this|next|last)
 * week|month|year, "month", "the month" (the reference month). */
static int part_target(P *p, int j, mn_tx *x)
{
    int m, k = mn_tw_month(p, j, &m);
    if (k) {
        x->form = MN_TX_DATE;
        x->a.m = m;
        x->bare = 1;
        return year_suffix(p, j + k, &x->a.y);
    }
    if (mn_tw_year(p, j, &x->a.y)) {
        x->form = MN_TX_DATE;
        return j + 1;
    }
    int dir = 0;
    if (mn_tw_in(p, j, MN_LX_ARTICLES))
        j++;
    else
        j += direction(p, j, &dir);
    int unit = period_unit(p, j);
    if (!unit)
        return 0;
    x->form = unit == MN_UNIT_WEEK ? MN_TX_WEEK : unit == MN_UNIT_MONTH ? MN_TX_MONTH : MN_TX_YEAR;
    x->n = dir;
    return j + 1;
}

/* A part's meaning (part-adjectives, part-nouns) as MN_PART_*. */
static int part_of(const char *means)
{
    return !strcmp(means, "early") ? MN_PART_EARLY : !strcmp(means, "late") ? MN_PART_LATE
           : !strcmp(means, "mid")   ? MN_PART_MID
           : !strcmp(means, "end")   ? MN_PART_END
                                     : MN_PART_BEGIN;
}

/* early|mid|late|beginning of|end of|end-|first week of|second half of … */
static int part_words(P *p, int i, int *part)
{
    int j = i, n;
    if (mn_tw_in(p, j, MN_LX_ARTICLES))
        j++;
    int hyphen = mn_tw_punct(p, j + 1, '-') && mn_tw_adjacent(p, j + 1);
    /* the noun first: "finales de mes" is "the end of the month", "finales
     * de mayo" the same, while "finales" alone is an adjective */
    const char *m = mn_tw_means(p, j, MN_LX_PART_NOUNS);
    if (m && (hyphen || mn_tw_in(p, j + 1, MN_LX_OF_WORDS))) { /* end of May, end-November */
        *part = part_of(m);
        return j + 2;
    }
    m = mn_tw_means(p, j, MN_LX_PART_ADJECTIVES);
    if (m) { /* early December, mid-2026 */
        *part = part_of(m);
        return j + 1 + hyphen;
    }
    int k = mn_tw_ordinal(p, j, &n);
    if (!k)
        return 0;
    j += k;
    if (!mn_tw_in(p, j + 1, MN_LX_OF_WORDS))
        return 0;
    const char *fraction = mn_tw_means(p, j, MN_LX_YEAR_FRACTIONS);
    if (unit_is(p, j, "week")) {
        *part = n < 0 ? MN_PART_WEEKLAST : MN_PART_WEEK1 + n - 1;
        return j + 2;
    }
    if (fraction && !strcmp(fraction, "half") && (n == 1 || n == 2)) {
        *part = n == 1 ? MN_PART_H1 : MN_PART_H2;
        return j + 2;
    }
    if (fraction && !strcmp(fraction, "quarter") && n >= 1 && n <= 4) {
        *part = MN_PART_Q1 + n - 1;
        return j + 2;
    }
    return 0;
}

static int r_part(P *p, int i, mn_tx *x)
{
    int part, j = part_words(p, i, &part);
    if (!j)
        return 0;
    int e = part_target(p, j, x);
    if (!e)
        return 0;
    int on_year = x->form == MN_TX_YEAR || (x->form == MN_TX_DATE && x->a.m == 0);
    int on_week = x->form == MN_TX_WEEK;
    if ((part >= MN_PART_Q1 && part <= MN_PART_Q4 && !on_year) ||
        (part >= MN_PART_WEEK1 && part <= MN_PART_WEEKLAST && (on_year || on_week)) ||
        (on_week && part != MN_PART_END && part != MN_PART_BEGIN))
        return 0;
    x->part = part;
    x->vague = part < MN_PART_Q1 || part > MN_PART_Q4;
    return e;
}

/* Q1 2026 */
static int r_quarter(P *p, int i, mn_tx *x)
{
    const mn_ttok *q = mn_tw_tok(p, i), *n = mn_tw_tok(p, i + 1);
    if (!q || !n || !mn_tw_in(p, i, MN_LX_QUARTER_ABBREVIATIONS) || !q->upper || n->type != MN_TT_NUM ||
        n->num < 1 || n->num > 4 || n->digits != 1 || !mn_tw_adjacent(p, i + 1))
        return 0;
    int j = i + 2 + mn_tw_in(p, i + 2, MN_LX_OF_WORDS);
    if (!mn_tw_year(p, j, &x->a.y))
        return 0;
    x->part = MN_PART_Q1 + n->num - 1;
    return j + 1;
}

/* [next|last|this] MONTH [YEAR]: "in December", "December 2025", "next May". */
static int r_month(P *p, int i, mn_tx *x)
{
    int dir = 0, k = direction(p, i, &dir), m;
    int j = i + k;
    int used = mn_tw_month(p, j, &m);
    if (!used || !p->t[j].cap || p->t[j].len < 3)
        return 0;
    int e = year_suffix(p, j + used, &x->a.y);
    const mn_lx_entry *month = mn_tw_month_entry(p, j);
    int abbrev = (month->flags & MN_LX_ABBR) != 0;
    /* March and May are verbs, April, June and August names as well */
    int verbish = (month->flags & MN_LX_NOT_ALONE) != 0;
    if (e == j + used && !k && ((abbrev || verbish) && !mn_tw_prev_in(p, i, MN_LX_PERIOD_PREPOSITIONS)))
        return 0;
    if (abbrev && e == j + used)
        return 0;
    x->a.m = m;
    x->dir = dir;
    x->bare = !k;
    return e;
}

/* "in 2026", "by 2027", "the year 2026": a year alone only after a
 * preposition, so "IGF 2025" and "2026 focus topics" stay text. */
static int r_year(P *p, int i, mn_tx *x)
{
    int j = i;
    if (mn_tw_in(p, i, MN_LX_ARTICLES) && unit_is(p, i + 1, "year"))
        j += 2;
    else if (!mn_tw_prev_in(p, i, MN_LX_YEAR_PREPOSITIONS))
        return 0;
    if (!mn_tw_year(p, j, &x->a.y))
        return 0;
    return j + 1;
}

/* A range or a single day: the calendar rules. */
static int r_calendar(P *p, int i, mn_tx *x)
{
    mn_tx c;
    int best = 0;
    int (*const rules[])(P *, int, mn_tx *) = {r_day_range, r_md_range, r_full_range,
                                               r_month_range, r_iso, r_numeric, r_numeric_short,
                                               r_numeric_dotted};
    for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        tx_init(&c);
        int e = rules[r](p, i, &c);
        if (e > best && mn_tw_right_ok(p, e)) {
            best = e;
            *x = c;
        }
    }
    tx_init(&c);
    int e = r_day(p, i, &c.a, &c.wday);
    if (e > best && mn_tw_right_ok(p, e)) {
        best = e;
        *x = c;
    }
    return best;
}

/* Whether x names a day (or days), so that a time may follow it. */
static int names_days(const mn_tx *x)
{
    return x->t1 < 0 && x->numeric != 2 &&
           ((x->form == MN_TX_DATE && x->a.d && x->part == MN_PART_NONE) ||
            (x->form == MN_TX_DAYS && !x->vague) || x->form == MN_TX_WEEKDAY);
}

/* DATE [,] [at|from|between|a las] TIME, or DATE (TIME). */
static int with_time(P *p, int e, mn_tx *x)
{
    int j = e + mn_tw_punct(p, e, ',');
    mn_tx t = *x;
    if (mn_tw_punct(p, j, '(')) {
        int k = mn_ttime_at(p, j + 1, 0, &t);
        if (k && mn_tw_punct(p, k, ')')) {
            *x = t;
            return k + 1;
        }
        return e;
    }
    /* a lead may be two words: "a las 14:30" */
    int leads = mn_tw_phrase(p, j, MN_LX_TIME_LEADS);
    int same = mn_tw_phrase(p, j + leads, MN_LX_SAME_TIME_PHRASES);
    if (same) { /* "4 February, same time": the meeting's hours, resolved with it */
        x->same_time = 1;
        return j + leads + same;
    }
    int between = mn_tw_in(p, j, MN_LX_BETWEEN_WORDS);
    int lead = between ? 1 : leads;
    j += lead;
    /* four-digit clocks only after a lead: "5 May, 1200-1500 people" */
    int k = lead ? mn_ttime_after_date(p, j, between, &t) : mn_ttime_at(p, j, between, &t);
    if (!k && !lead && j > e)
        k = mn_ttime_zero_led(p, j, &t); /* "18 May 2026, 0930" */
    if (k && mn_tw_right_ok(p, k)) {
        *x = t;
        return k;
    }
    return e;
}

/* TIME [,] [on] DATE: "14:00 UTC on 1 December". */
static int r_time_first(P *p, int i, mn_tx *x)
{
    mn_tx t;
    tx_init(&t);
    int k = mn_ttime_at(p, i, after_between(p, i), &t);
    if (!k)
        return 0;
    k += mn_tw_punct(p, k, ',');
    k += mn_tw_in(p, k, MN_LX_DATE_LEADS);
    mn_tx d;
    tx_init(&d);
    int e = r_calendar(p, k, &d);
    if (!e) {
        tx_init(&d);
        e = r_deictic(p, k, &d);
        if (!e)
            e = r_weekday(p, k, &d);
    }
    if (!e || !names_days(&d))
        return 0;
    d.t1 = t.t1;
    d.t2 = t.t2;
    d.has_zone = t.has_zone;
    d.zone = t.zone;
    *x = d;
    return e;
}

/* The rules, in the order they are tried, and the classes of token each may
 * start with (a rule returns 0 at any other token, so it need not run). */
typedef struct rule {
    int (*fn)(P *, int, mn_tx *);
    unsigned short starts;
} rule;

enum {
    /* a day, a month, a weekday (prefix, abbreviated too) or "the 1st of …" */
    S_CALENDAR = MN_TC_NUM | MN_TC_MONTH | MN_TC_WEEKDAY | MN_TC_WDABBR | MN_TC_THE,
    S_ANY = S_CALENDAR | MN_TC_DEICTIC | MN_TC_DIR | MN_TC_LATER | MN_TC_IN | MN_TC_COUNT |
            MN_TC_PART | MN_TC_ORDINAL | MN_TC_Q | MN_TC_CLOCK,
    /* what a rule may read after a leading "the": the 1st, the coming, the
     * end of, the first week of, the day after, the year 2026 */
    S_AFTER_THE = MN_TC_NUM | MN_TC_DIR | MN_TC_PART | MN_TC_ORDINAL | MN_TC_DAY_YEAR
};

static const rule rules[] = {
    {r_calendar, S_CALENDAR},
    {r_deictic, MN_TC_THE | MN_TC_DEICTIC},
    {r_weekday, MN_TC_THE | MN_TC_DIR | MN_TC_WEEKDAY},
    {r_in, MN_TC_IN | MN_TC_COUNT | MN_TC_NUM},
    {r_period, MN_TC_LATER | MN_TC_THE | MN_TC_DIR},
    {r_part, MN_TC_THE | MN_TC_PART | MN_TC_ORDINAL | MN_TC_NUM},
    {r_quarter, MN_TC_Q},
    {r_month, MN_TC_DIR | MN_TC_MONTH},
    {r_year, MN_TC_THE | MN_TC_NUM},
    {r_time_first, MN_TC_CLOCK | MN_TC_NUM},
};

int mn_tparse_at(const mn_tparser *p, int i, mn_tx *out)
{
    /* most tokens start nothing: tell so before any call */
    if (i < 0 || i >= p->n || !(p->t[i].cls & S_ANY))
        return 0;
    const mn_ttok *t = &p->t[i];
    if (t->cls == MN_TC_THE && (i + 1 >= p->n || !(p->t[i + 1].cls & S_AFTER_THE)))
        return 0; /* the commonest word: no rule wants it before anything else */
    if (!mn_tw_left_ok(p, i))
        return 0;
    int best = 0;
    mn_tx x;
    for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        if (!(rules[r].starts & t->cls))
            continue;
        tx_init(&x);
        int e = rules[r].fn(p, i, &x);
        if (e && names_days(&x))
            e = with_time(p, e, &x);
        if (e > best && mn_tw_right_ok(p, e)) {
            best = e;
            *out = x;
        }
    }
    if (best) {
        out->s = i;
        out->e = best;
    }
    return best;
}

int mn_tparse_time_at(const mn_tparser *p, int i, mn_tx *out)
{
    tx_init(out);
    int e = mn_ttime_at(p, i, 0, out);
    if (!e || !mn_tw_right_ok(p, e))
        return 0;
    out->form = MN_TX_TIME;
    out->s = i;
    out->e = e;
    return e;
}
