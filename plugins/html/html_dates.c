/* SPDX-License-Identifier: MIT */
/* html_dates.c — the document's dates for people ("18 November 2025") and
 * for machines (<time datetime>, HTML's own date, week and month strings). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

static const char *const months[] = {"January", "February", "March",     "April",
                                     "May",     "June",     "July",      "August",
                                     "September", "October", "November", "December"};
static const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/* The one xs:date/xs:dateTime reader (minutes/doc.h), held to what a
 * <time datetime> can say: a date without a zone, a time in UTC. */
int hdate_parse(const char *s, hdate *d)
{
    if (!s || mn_datetime_parse(s, strlen(s), d) != 0)
        return -1;
    if (d->has_time ? !d->has_zone || d->zone_minutes != 0 || d->hour > 23 : d->has_zone) {
        memset(d, 0, sizeof *d);
        return -1;
    }
    return 0;
}

static int weekday(int y, int m, int d)
{
    return mn_date_weekday(y, m, d);
}

/* Text built in a buffer, cut as snprintf cuts it.  Dates are written for
 * every action and date of a long document: by hand, they cost a tenth of
 * what snprintf's format parsing does. */
typedef struct sbuf {
    char *buf;
    size_t size, len;
} sbuf;

static void put_mem(sbuf *b, const char *s, size_t n)
{
    if (b->len + 1 >= b->size)
        return;
    if (n > b->size - 1 - b->len)
        n = b->size - 1 - b->len;
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

static void put_str(sbuf *b, const char *s)
{
    put_mem(b, s, strlen(s));
}

/* N in decimal, at least WIDTH digits (zeros before). */
static void put_int(sbuf *b, int n, int width)
{
    char digits[16];
    int i = sizeof digits, neg = n < 0;
    unsigned u = neg ? 0u - (unsigned)n : (unsigned)n;
    do {
        digits[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u || (int)sizeof digits - i < width);
    if (neg)
        digits[--i] = '-';
    put_mem(b, digits + i, sizeof digits - i);
}

static sbuf sbuf_on(char *buf, size_t size)
{
    if (size)
        buf[0] = '\0';
    return (sbuf){buf, size, 0};
}

char *hdate_format(const hdate *d, int shrt, char *buf, size_t size)
{
    sbuf b = sbuf_on(buf, size);
    if (shrt) {
        put_str(&b, weekdays[weekday(d->year, d->month, d->day)]);
        put_mem(&b, " ", 1);
        put_int(&b, d->day, 1);
        put_mem(&b, " ", 1);
        put_mem(&b, months[d->month - 1], 3);
    } else {
        put_int(&b, d->day, 1);
        put_mem(&b, " ", 1);
        put_str(&b, months[d->month - 1]);
    }
    put_mem(&b, " ", 1);
    put_int(&b, d->year, 1);
    if (d->has_time) {
        put_mem(&b, ", ", 2);
        put_int(&b, d->hour, 2);
        put_mem(&b, ":", 1);
        put_int(&b, d->minute, 2);
        put_mem(&b, " UTC", 4);
    }
    return buf;
}

char *hdate_format_in(const mn_words *local, const hdate *d, int shrt, int weekday, char *buf,
                      size_t size)
{
    if (!local)
        return hdate_format(d, shrt, buf, size);
    if (!mn_words_date(local, d->year, d->month, d->day, weekday, buf, size))
        return hdate_format(d, shrt, buf, size);
    size_t n = strlen(buf);
    if (d->has_time && n + 2 < size) {
        char t[32];
        mn_words_time(local, d->hour, d->minute, t, sizeof t);
        snprintf(buf + n, size - n, ", %s UTC", t);
    }
    return buf;
}

const char *hdate_clock(const mn_words *local, const char *clock, char *buf, size_t size)
{
    int ok = local && clock && strlen(clock) >= 5 && clock[2] == ':';
    for (int i = 0; ok && i < 5; i++)
        ok = i == 2 || (clock[i] >= '0' && clock[i] <= '9');
    if (!ok)
        return clock;
    int hh = (clock[0] - '0') * 10 + clock[1] - '0', mm = (clock[3] - '0') * 10 + clock[4] - '0';
    return mn_words_time(local, hh, mm, buf, size) ? buf : clock;
}

char *hdate_format_range(const mn_words *local, const hdate *a, const hdate *b, char *buf,
                         size_t size)
{
    char x[96], y[96];
    if (local) {
        /* "10–12 mars 2026", else both ends in full */
        if (!a->has_time && !b->has_time && a->year == b->year && a->month == b->month)
            snprintf(buf, size, "%d\u2013%s", a->day, hdate_format_in(local, b, 0, 0, y, sizeof y));
        else
            snprintf(buf, size, "%s \u2013 %s", hdate_format_in(local, a, 0, 0, x, sizeof x),
                     hdate_format_in(local, b, 0, 0, y, sizeof y));
        return buf;
    }
    if (!a->has_time && !b->has_time && a->year == b->year && a->month == b->month)
        snprintf(buf, size, "%d\u2013%s", a->day, hdate_format(b, 0, y, sizeof y));
    else if (!a->has_time && !b->has_time && a->year == b->year)
        snprintf(buf, size, "%d %s \u2013 %s", a->day, months[a->month - 1],
                 hdate_format(b, 0, y, sizeof y));
    else
        snprintf(buf, size, "%s \u2013 %s", hdate_format(a, 0, x, sizeof x),
                 hdate_format(b, 0, y, sizeof y));
    return buf;
}

static int is_leap(int y)
{
    return mn_date_month_days(y, 2) == 29;
}

/* 53 when the year begins on a Thursday, or on a Wednesday in a leap year. */
static int weeks_in(int y)
{
    int jan1 = weekday(y, 1, 1);
    return jan1 == 3 || (is_leap(y) && jan1 == 2) ? 53 : 52;
}

/* ISO 8601 week of a day: the week with the year's first Thursday is 1. */
static void iso_week(int y, int m, int d, int *wy, int *wn)
{
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int ordinal = before[m - 1] + d + (is_leap(y) && m > 2);
    int w = (ordinal - (weekday(y, m, d) + 1) + 10) / 7;
    *wy = y;
    *wn = w;
    if (w < 1) {
        *wy = y - 1;
        *wn = weeks_in(y - 1);
    } else if (w > weeks_in(y)) {
        *wy = y + 1;
        *wn = 1;
    }
}

char *hdate_machine(const char *value, const char *precision, char *buf, size_t size)
{
    hdate d;
    if (!precision || hdate_parse(value, &d) != 0) {
        sbuf b = sbuf_on(buf, size);
        put_str(&b, value ? value : "");
        return buf;
    }
    sbuf b = sbuf_on(buf, size);
    if (strcmp(precision, "week") == 0) {
        int wy, wn;
        iso_week(d.year, d.month, d.day, &wy, &wn);
        put_int(&b, wy, 4);
        put_mem(&b, "-W", 2);
        put_int(&b, wn, 2);
    } else if (strcmp(precision, "month") == 0) {
        put_int(&b, d.year, 4);
        put_mem(&b, "-", 1);
        put_int(&b, d.month, 2);
    } else if (strcmp(precision, "year") == 0) {
        put_int(&b, d.year, 4);
    } else {
        put_str(&b, value);
    }
    return buf;
}

void hdate_time(ho *h, const mn_words *local, const char *value, int shrt)
{
    hdate d;
    char buf[96];
    if (hdate_parse(value, &d) != 0) {
        ho_text(h, value);
        return;
    }
    ho_str(h, "<time");
    ho_attr_pair(h, "datetime", value);
    ho_str(h, ">");
    ho_text(h, hdate_format_in(local, &d, shrt, shrt, buf, sizeof buf));
    ho_str(h, "</time>");
}

/* ---- recurrence --------------------------------------------------------------------- */

static const char *day_name(const char *code)
{
    static const char *const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    for (int i = 0; i < 7; i++)
        if (strcmp(code, codes[i]) == 0)
            return names[i];
    return NULL;
}

typedef struct rrule {
    const char *unit; /* "day", "week", … */
    int interval, count;
    char days[160];
    char until[64];
} rrule;

static int rrule_part(rrule *r, const char *key, const char *val)
{
    static const char *const freqs[][2] = {
        {"DAILY", "day"}, {"WEEKLY", "week"}, {"MONTHLY", "month"}, {"YEARLY", "year"}};
    if (strcmp(key, "FREQ") == 0) {
        for (size_t i = 0; i < 4; i++)
            if (strcmp(val, freqs[i][0]) == 0)
                r->unit = freqs[i][1];
        return r->unit ? 0 : -1;
    }
    if (strcmp(key, "INTERVAL") == 0 || strcmp(key, "COUNT") == 0) {
        char *end;
        long v = strtol(val, &end, 10);
        if (*end || v < 1 || v > 1000)
            return -1;
        *(strcmp(key, "COUNT") == 0 ? &r->count : &r->interval) = (int)v;
        return 0;
    }
    if (strcmp(key, "UNTIL") == 0) {
        hdate d;
        char iso[32];
        if (strlen(val) < 8)
            return -1;
        snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", val, val + 4, val + 6);
        if (hdate_parse(iso, &d) != 0)
            return -1;
        d.has_time = 0;
        hdate_format(&d, 0, r->until, sizeof r->until);
        return 0;
    }
    if (strcmp(key, "BYDAY") == 0) {
        char copy[64], *save = NULL;
        snprintf(copy, sizeof copy, "%s", val);
        for (char *c = strtok_r(copy, ",", &save); c; c = strtok_r(NULL, ",", &save)) {
            const char *name = day_name(c);
            if (!name)
                return -1;
            size_t n = strlen(r->days);
            snprintf(r->days + n, sizeof r->days - n, "%s%s", n ? ", " : "", name);
        }
        return 0;
    }
    return strcmp(key, "WKST") == 0 ? 0 : -1;
}

char *hdate_rrule_text(const char *text)
{
    rrule r = {.interval = 1};
    char copy[256], *save = NULL;
    if (!text || strlen(text) >= sizeof copy)
        return NULL;
    strcpy(copy, text);
    for (char *part = strtok_r(copy, ";", &save); part; part = strtok_r(NULL, ";", &save)) {
        char *eq = strchr(part, '=');
        if (!eq)
            return NULL;
        *eq = '\0';
        if (rrule_part(&r, part, eq + 1) != 0)
            return NULL;
    }
    if (!r.unit)
        return NULL;
    char *out = NULL;
    char every[64];
    if (r.interval == 1)
        snprintf(every, sizeof every, "every %s", r.unit);
    else if (r.interval == 2)
        snprintf(every, sizeof every, "every other %s", r.unit);
    else
        snprintf(every, sizeof every, "every %d %ss", r.interval, r.unit);
    char tail[128] = "";
    if (r.count)
        snprintf(tail, sizeof tail, ", %d times", r.count);
    else if (r.until[0])
        snprintf(tail, sizeof tail, ", until %s", r.until);
    if (asprintf(&out, "%s%s%s%s", every, r.days[0] ? " on " : "", r.days, tail) < 0)
        return NULL;
    return out;
}
