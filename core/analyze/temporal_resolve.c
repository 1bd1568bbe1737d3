/* SPDX-License-Identifier: MIT */
/* temporal_resolve.c — from written fields to dates.
 *
 * A year-less date takes the year that puts it nearest the reference date,
 * unless the sentence's tense says otherwise: in the past it is the latest
 * occurrence on or before the reference, in the future the first on or after
 * it (HeidelTime's rule for news-style documents, which minutes are).  Parts
 * of periods are fixed spans: early = days 1–10, mid = 11–20, late = 21–end,
 * the last week of a month = its last seven days, end of a week = Friday. */
#include "temporal_resolve.h"

#include <stdio.h>
#include <string.h>

typedef struct span {
    mn_ymd a, b;
    int has_b;
    int prec;
    int vague;
    int inferred;
} span;

static long days_of(mn_ymd d)
{
    return mn_cal_days(d.y, d.m, d.d);
}

static mn_ymd add_days(mn_ymd d, long n)
{
    return mn_cal_from_days(days_of(d) + n);
}

static int fail(mn_tres *out, const char *why)
{
    out->error = why;
    return 0;
}

/* The year for month m (and day d, 0 for the whole month).  With a tense
 * the year rolls by month, as in HeidelTime: in the past a month after the
 * reference month is last year's, in the future a month before it is next
 * year's, and the reference month itself stays in the reference year (so
 * "was extended to 28 November" in minutes of 18 November is this year's).
 * "next"/"last" (dir) move strictly forward or back.  Otherwise the
 * candidate nearest the reference wins, a tie going to the future.  A
 * candidate that is no real date (29 February) is skipped. */
static int infer_year(int m, int d, const mn_tref *ref, int tense, int dir)
{
    int ry = ref->date.y, rm = ref->date.m;
    if (!dir && tense) {
        int y = tense < 0 ? (m > rm ? ry - 1 : ry) : (m < rm ? ry + 1 : ry);
        if (!d || mn_cal_valid(y, m, d))
            return y;
    }
    long r = d ? days_of(ref->date) : (long)ry * 12 + rm - 1;
    int best = 0;
    long best_dist = 0;
    for (int y = ry - 1; y <= ry + 1; y++) {
        if (d && !mn_cal_valid(y, m, d))
            continue;
        long dist = (d ? mn_cal_days(y, m, d) : (long)y * 12 + m - 1) - r;
        if ((dir > 0 && dist <= 0) || (dir < 0 && dist >= 0))
            continue;
        long a = dist < 0 ? -dist : dist, b = best_dist < 0 ? -best_dist : best_dist;
        if (!best || a < b || (a == b && dist > best_dist)) /* a tie goes to the future */
            best = y, best_dist = dist;
    }
    return best;
}

static void whole_month(span *s, int y, int m)
{
    s->a = (mn_ymd){y, m, 1};
    s->b = (mn_ymd){y, m, mn_cal_month_days(y, m)};
    s->has_b = 1;
    s->prec = MN_PREC_MONTH;
}

static void day_span(span *s, mn_ymd a, mn_ymd b, int prec)
{
    s->a = a;
    s->b = b;
    s->has_b = days_of(a) != days_of(b);
    s->prec = prec;
}

static int month_part(span *s, int part, int y, int m)
{
    int last = mn_cal_month_days(y, m);
    mn_ymd first = {y, m, 1}, end = {y, m, last};
    switch (part) {
    case MN_PART_EARLY: day_span(s, first, (mn_ymd){y, m, 10}, MN_PREC_WEEK); break;
    case MN_PART_MID: day_span(s, (mn_ymd){y, m, 11}, (mn_ymd){y, m, 20}, MN_PREC_WEEK); break;
    case MN_PART_LATE: day_span(s, (mn_ymd){y, m, 21}, end, MN_PREC_WEEK); break;
    case MN_PART_BEGIN: day_span(s, first, first, MN_PREC_DAY); break;
    case MN_PART_END: day_span(s, end, end, MN_PREC_DAY); break;
    case MN_PART_WEEKLAST: day_span(s, (mn_ymd){y, m, last - 6}, end, MN_PREC_WEEK); break;
    case MN_PART_H1: day_span(s, first, (mn_ymd){y, m, 15}, MN_PREC_WEEK); break;
    case MN_PART_H2: day_span(s, (mn_ymd){y, m, 16}, end, MN_PREC_WEEK); break;
    default:
        if (part >= MN_PART_WEEK1 && part <= MN_PART_WEEK5) {
            int n = part - MN_PART_WEEK1, d1 = 7 * n + 1, d2 = d1 + 6;
            if (d1 > last)
                return 0;
            day_span(s, (mn_ymd){y, m, d1}, (mn_ymd){y, m, d2 > last ? last : d2}, MN_PREC_WEEK);
            break;
        }
        whole_month(s, y, m);
    }
    s->vague = part != MN_PART_NONE;
    return 1;
}

static void year_part(span *s, int part, int y)
{
    int m1 = 1, m2 = 12, prec = MN_PREC_MONTH;
    switch (part) {
    case MN_PART_EARLY: m2 = 4; break;
    case MN_PART_MID: m1 = 5; m2 = 8; break;
    case MN_PART_LATE: m1 = 9; break;
    case MN_PART_H1: m2 = 6; break;
    case MN_PART_H2: m1 = 7; break;
    case MN_PART_BEGIN: day_span(s, (mn_ymd){y, 1, 1}, (mn_ymd){y, 1, 1}, MN_PREC_DAY); s->vague = 1; return;
    case MN_PART_END: day_span(s, (mn_ymd){y, 12, 31}, (mn_ymd){y, 12, 31}, MN_PREC_DAY); s->vague = 1; return;
    case MN_PART_NONE: prec = MN_PREC_YEAR; break;
    default:
        if (part >= MN_PART_Q1 && part <= MN_PART_Q4) {
            m1 = 3 * (part - MN_PART_Q1) + 1;
            m2 = m1 + 2;
        }
    }
    day_span(s, (mn_ymd){y, m1, 1}, (mn_ymd){y, m2, mn_cal_month_days(y, m2)}, prec);
    s->vague = part != MN_PART_NONE && (part < MN_PART_Q1 || part > MN_PART_Q4);
}

static mn_ymd monday_of(mn_ymd d)
{
    return add_days(d, -mn_cal_weekday(d.y, d.m, d.d));
}

static void week_part(span *s, int part, mn_ymd monday)
{
    if (part == MN_PART_END)
        day_span(s, add_days(monday, 4), add_days(monday, 4), MN_PREC_DAY);
    else if (part == MN_PART_BEGIN)
        day_span(s, monday, monday, MN_PREC_DAY);
    else if (part == MN_PART_WEEKEND)
        day_span(s, add_days(monday, 5), add_days(monday, 6), MN_PREC_DAY);
    else
        day_span(s, monday, add_days(monday, 6), MN_PREC_WEEK);
    s->vague = part == MN_PART_END || part == MN_PART_BEGIN;
}

/* Months, month ranges and whole years. */
static int resolve_period(const mn_tx *x, const mn_tref *ref, int tense, span *s, mn_tres *out)
{
    mn_ymd a = x->a, b = x->b;
    if (a.m == 0) {
        year_part(s, x->part, a.y);
        return 1;
    }
    if (!a.y && !(x->has_b && b.y)) {
        if (!ref->have)
            return fail(out, "no reference date to infer its year");
        a.y = x->dir == 0 && !x->bare ? ref->date.y : infer_year(a.m, 0, ref, tense, x->dir);
        s->inferred = 1;
    }
    if (x->has_b) {
        /* one end's written year gives the other's: that is not inferred */
        if (!a.y)
            a.y = b.m < a.m ? b.y - 1 : b.y;
        if (!b.y)
            b.y = b.m < a.m ? a.y + 1 : a.y;
        day_span(s, (mn_ymd){a.y, a.m, 1}, (mn_ymd){b.y, b.m, mn_cal_month_days(b.y, b.m)},
                 MN_PREC_MONTH);
        return 1;
    }
    if (!month_part(s, x->part, a.y, a.m))
        return fail(out, "the month has no such week");
    return 1;
}

/* A written day or range of days. */
static int resolve_days(const mn_tx *x, const mn_tref *ref, int tense, span *s, mn_tres *out)
{
    mn_ymd a = x->a, b = x->has_b ? x->b : x->a;
    if (!a.y && !(x->has_b && b.y)) {
        if (!ref->have)
            return fail(out, "no reference date to infer its year");
        a.y = infer_year(a.m, a.d, ref, tense, 0);
        if (!a.y)
            return fail(out, "no such date near the reference date");
        s->inferred = 1;
    }
    if (!x->has_b)
        b = a;
    else {
        if (!a.y)
            a.y = a.m > b.m ? b.y - 1 : b.y;
        if (!b.y) /* "15 December – 2 January"; "17 to 15 December" stays wrong */
            b.y = b.m < a.m ? a.y + 1 : a.y;
    }
    if (!mn_cal_valid(a.y, a.m, a.d) || !mn_cal_valid(b.y, b.m, b.d))
        return fail(out, "no such date");
    if (days_of(b) < days_of(a))
        return fail(out, "the range ends before it starts");
    day_span(s, a, b, MN_PREC_DAY);
    return 1;
}

/* "next Wednesday" said on a Tuesday is next week's (as Duckling reads it):
 * the first one after the reference, a week later if that is this week's.
 * "last Tuesday" is simply the latest before the reference. */
static mn_ymd weekday_from(mn_ymd ref, int wday, int dir, int next_week)
{
    int now = mn_cal_weekday(ref.y, ref.m, ref.d);
    if (dir > 0) {
        mn_ymd d = add_days(ref, (wday - now + 6) % 7 + 1);
        return next_week && days_of(monday_of(d)) == days_of(monday_of(ref)) ? add_days(d, 7) : d;
    }
    if (dir < 0)
        return add_days(ref, -((now - wday + 6) % 7 + 1));
    return add_days(monday_of(ref), wday);
}

static int resolve_relative(const mn_tx *x, const mn_tref *ref, int tense, span *s)
{
    mn_ymd r = ref->date, d;
    switch (x->form) {
    case MN_TX_DAYS: d = add_days(r, x->n); day_span(s, d, d, MN_PREC_DAY); break;
    case MN_TX_WEEKS: d = add_days(r, 7L * x->n); day_span(s, d, d, MN_PREC_DAY); break;
    case MN_TX_MONTHS: d = mn_cal_add_months(r, x->n); day_span(s, d, d, MN_PREC_DAY); break;
    case MN_TX_WEEK: week_part(s, x->part, add_days(monday_of(r), 7L * x->n)); return 1;
    case MN_TX_MONTH:
        d = mn_cal_add_months((mn_ymd){r.y, r.m, 1}, x->n);
        return month_part(s, x->part, d.y, d.m);
    case MN_TX_YEAR: year_part(s, x->part, r.y + x->n); return 1;
    case MN_TX_WEEKDAY:
        if (x->unit == MN_UNIT_WEEK)
            d = add_days(monday_of(r), 7L * x->n + x->wday);
        else
            d = weekday_from(r, x->wday, x->bare ? (tense < 0 ? -1 : 1) : x->dir, !x->bare);
        day_span(s, d, d, MN_PREC_DAY);
        break;
    default: return 0;
    }
    return 1;
}

/* later this week|month|year, earlier this …: the rest (or the past part) of it. */
static int resolve_later(const mn_tx *x, const mn_tref *ref, span *s, mn_tres *out)
{
    mn_ymd r = ref->date, first, last;
    int prec = MN_PREC_WEEK;
    if (x->unit == MN_UNIT_WEEK) {
        first = monday_of(r);
        last = add_days(first, 6);
    } else if (x->unit == MN_UNIT_MONTH) {
        first = (mn_ymd){r.y, r.m, 1};
        last = (mn_ymd){r.y, r.m, mn_cal_month_days(r.y, r.m)};
    } else {
        first = (mn_ymd){r.y, 1, 1};
        last = (mn_ymd){r.y, 12, 31};
        prec = MN_PREC_MONTH;
    }
    mn_ymd a = x->n > 0 ? add_days(r, 1) : first, b = x->n > 0 ? last : add_days(r, -1);
    if (days_of(b) < days_of(a))
        return fail(out, "nothing is left of that period");
    day_span(s, a, b, prec);
    s->vague = 1;
    return 1;
}

static void format_time(char *out, size_t size, const int u[5])
{
    if (size >= 21 && u[3] >= 0 && u[3] <= 99 && u[4] >= 0 && u[4] <= 99) {
        mn_cal_format(out, size, u[0], u[1], u[2]);
        if (out[10] == '\0') { /* the date took its 10 characters */
            char *t = out + 10;
            t[0] = 'T';
            t[1] = (char)('0' + u[3] / 10);
            t[2] = (char)('0' + u[3] % 10);
            t[3] = ':';
            t[4] = (char)('0' + u[4] / 10);
            t[5] = (char)('0' + u[4] % 10);
            memcpy(t + 6, ":00Z", 5);
            return;
        }
    }
    snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:00Z", u[0], u[1], u[2], u[3], u[4]);
}

static int to_utc(const mn_tz *zone, mn_ymd day, int minutes, int u[5])
{
    if (minutes >= 24 * 60) {
        day = add_days(day, 1);
        minutes -= 24 * 60;
    }
    return mn_tz_to_utc(zone, day.y, day.m, day.d, minutes / 60, minutes % 60, u);
}

static int apply_times(const mn_tx *x, const mn_tref *ref, const span *s, mn_tres *out)
{
    mn_tz zone = x->has_zone ? x->zone : ref->zone;
    if (zone.kind == MN_TZ_NONE) {
        mn_tz_fixed(0, &zone);
        out->assumed_utc = 1;
    }
    int u[5];
    if (!to_utc(&zone, s->a, x->t1, u))
        return fail(out, "unknown time zone");
    format_time(out->value, sizeof out->value, u);
    if (x->t2 >= 0 || s->has_b) {
        mn_ymd day = s->has_b ? s->b : s->a;
        int t2 = x->t2 >= 0 ? x->t2 : x->t1;
        if (!s->has_b && t2 <= x->t1)
            day = add_days(day, 1);
        if (!to_utc(&zone, day, t2, u))
            return fail(out, "unknown time zone");
        format_time(out->end, sizeof out->end, u);
    }
    out->precision = MN_PREC_TIME;
    return 1;
}

static void check_weekday(const mn_tx *x, const span *s, mn_tres *out)
{
    const mn_ymd *days[2] = {&s->a, &s->b};
    int written[2] = {x->wday, x->wday_b};
    for (int k = 0; k < 2; k++) {
        if (written[k] < 0 || x->form != MN_TX_DATE || (k == 1 && !s->has_b))
            continue;
        int real = mn_cal_weekday(days[k]->y, days[k]->m, days[k]->d);
        if (real != written[k] && !out->conflict) {
            out->conflict = 1;
            out->wday_written = written[k];
            out->wday_real = real;
        }
    }
}

static int resolve_span(const mn_tx *x, const mn_tref *ref, int tense, span *s, mn_tres *out)
{
    if (x->numeric == 2)
        return fail(out, "a numeric date needs --date-order=dmy or mdy");
    if (x->form == MN_TX_DATE)
        return x->a.d ? resolve_days(x, ref, tense, s, out) : resolve_period(x, ref, tense, s, out);
    if (!ref->have)
        return fail(out, "no reference date for a relative date");
    if (x->form == MN_TX_LATER)
        return resolve_later(x, ref, s, out);
    return resolve_relative(x, ref, tense, s) || fail(out, "cannot resolve");
}

int mn_tresolve(const mn_tx *in, const mn_tref *ref, int tense, mn_tres *out)
{
    memset(out, 0, sizeof *out);
    mn_tx same;
    const mn_tx *x = in;
    if (in->same_time && in->t1 < 0 && ref->have_time) {
        same = *in; /* the meeting's hours in the meeting's zone */
        same.t1 = ref->t1;
        same.t2 = ref->t2;
        same.has_zone = 0;
        x = &same;
    }
    span s;
    memset(&s, 0, sizeof s);
    if (!resolve_span(x, ref, tense, &s, out))
        return 0;
    out->local = s.a;
    out->year_inferred = s.inferred;
    check_weekday(x, &s, out);
    out->precision = s.prec;
    if (x->t1 >= 0) {
        if (s.prec != MN_PREC_DAY)
            return fail(out, "a time needs a day");
        if (!apply_times(x, ref, &s, out))
            return 0;
    } else {
        mn_cal_format(out->value, sizeof out->value, s.a.y, s.a.m, s.a.d);
        if (s.has_b)
            mn_cal_format(out->end, sizeof out->end, s.b.y, s.b.m, s.b.d);
    }
    out->certain = !(x->vague || s.vague || out->conflict || s.prec == MN_PREC_WEEK ||
                     s.prec == MN_PREC_MONTH || s.prec == MN_PREC_YEAR);
    return 1;
}

const char *mn_tprec_name(int precision)
{
    static const char *const names[] = {"", "time", "day", "week", "month", "year"};
    return precision >= 1 && precision <= 5 ? names[precision] : "day";
}
