/* SPDX-License-Identifier: MIT */
/* dates.c — xs:date and xs:dateTime values as a handout prints them, and the
 * PDF creation date.  Month names never come from the C locale, since a
 * handout must not change with the machine that printed it: English ones
 * here, another language's from its lexicon (minutes/words.h). */
#include "pdf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const months[] = {"January", "February", "March",     "April",
                                     "May",     "June",     "July",      "August",
                                     "September", "October", "November", "December"};
static const char *const weekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};

typedef struct when {
    int y, m, d;
    int has_time, hh, mm;
    char zone[16]; /* "UTC", "UTC+01:00", or "" */
} when;

/* An xs:date or xs:dateTime, read by the one parser (minutes/doc.h).  A
 * day written with a zone is no date a handout can print as a day: it is
 * printed as written.  A zone is shown as written: "UTC", "UTC+01:00". */
static int parse_when(const char *v, when *w)
{
    mn_datetime t;
    memset(w, 0, sizeof *w);
    size_t len = v ? strlen(v) : 0;
    if (!v || mn_datetime_parse(v, len, &t) != 0 || (!t.has_time && t.has_zone))
        return -1;
    *w = (when){.y = t.year, .m = t.month, .d = t.day, .has_time = t.has_time,
                .hh = t.hour, .mm = t.minute};
    if (t.has_zone)
        snprintf(w->zone, sizeof w->zone, "UTC%s", v[len - 1] == 'Z' ? "" : v + len - 6);
    return 0;
}

static int weekday(int y, int m, int d)
{
    return mn_date_weekday(y, m, d);
}

static int days_in_month(int y, int m)
{
    return mn_date_month_days(y, m);
}

/* "HH:MM" (the canonical clock), or 0. */
static int clock_of(const char *s, int *hh, int *mm)
{
    if (!s || strlen(s) < 5 || s[2] != ':')
        return 0;
    for (int i = 0; i < 5; i++)
        if (i != 2 && (s[i] < '0' || s[i] > '9'))
            return 0;
    *hh = (s[0] - '0') * 10 + (s[1] - '0');
    *mm = (s[3] - '0') * 10 + (s[4] - '0');
    return 1;
}

static void month_name(int m, int shrt, char *buf, size_t size)
{
    snprintf(buf, size, "%.*s", shrt ? 3 : 15, months[m - 1]); /* "September" is 9 */
}

/* ", 14 h 30 UTC": a time after a date, written LOCAL's way. */
static void local_clock(const mn_words *local, int hh, int mm, const char *zone, char *buf,
                        size_t size)
{
    char t[32];
    mn_words_time(local, hh, mm, t, sizeof t);
    snprintf(buf, size, "%s%s%s", t, *zone ? " " : "", zone);
}

/* A date in another language than English: its own pattern and names
 * ("mardi 10 mars 2026", "martes, 10 de marzo de 2026"), a time after a
 * comma. */
static void local_date(const mn_words *local, const when *w, int wday, char *buf, size_t size)
{
    mn_words_date(local, w->y, w->m, w->d, wday, buf, size);
    size_t n = strlen(buf);
    if (w->has_time && n + 2 < size) {
        memcpy(buf + n, ", ", 3);
        local_clock(local, w->hh, w->mm, w->zone, buf + n + 2, size - n - 2);
    }
}

int pdf_format_date(const mn_words *local, const char *value, int shrt, int wday, char *buf,
                    size_t size)
{
    when w;
    if (parse_when(value, &w) < 0) {
        snprintf(buf, size, "%s", value ? value : "");
        return -1;
    }
    if (local) {
        local_date(local, &w, wday, buf, size);
        return 0;
    }
    char mon[16], wd[16] = "";
    month_name(w.m, shrt, mon, sizeof mon);
    if (wday)
        snprintf(wd, sizeof wd, shrt ? "%.3s " : "%s, ", weekdays[weekday(w.y, w.m, w.d)]);
    int n = snprintf(buf, size, "%s%d %s %d", wd, w.d, mon, w.y);
    if (w.has_time && n >= 0 && (size_t)n < size)
        snprintf(buf + n, size - (size_t)n, ", %02d:%02d%s%s", w.hh, w.mm, *w.zone ? " " : "",
                 w.zone);
    return 0;
}

/* A range in another language than English: "10–12 mars 2026", "10 mars
 * 2026, 14 h 30–16 h UTC", else both ends in full. */
static void local_range(const mn_words *local, const when *a, const when *b, char *buf,
                        size_t size)
{
    const char *dash = "\xe2\x80\x93"; /* en dash */
    char x[96], y[96];
    if (!a->has_time && !b->has_time && a->y == b->y && a->m == b->m) {
        mn_words_date(local, b->y, b->m, b->d, 0, y, sizeof y);
        snprintf(buf, size, "%d%s%s", a->d, dash, y);
        return;
    }
    if (a->has_time && b->has_time && a->y == b->y && a->m == b->m && a->d == b->d &&
        strcmp(a->zone, b->zone) == 0) {
        mn_words_date(local, a->y, a->m, a->d, 1, x, sizeof x);
        char t[32];
        mn_words_time(local, a->hh, a->mm, t, sizeof t);
        local_clock(local, b->hh, b->mm, b->zone, y, sizeof y);
        snprintf(buf, size, "%s, %s%s%s", x, t, dash, y);
        return;
    }
    local_date(local, a, 0, x, sizeof x);
    local_date(local, b, 0, y, sizeof y);
    snprintf(buf, size, "%s %s %s", x, dash, y);
}

void pdf_format_range(const mn_words *local, const char *start, const char *end, char *buf,
                      size_t size)
{
    when a, b;
    if (!end || !*end || strcmp(start, end) == 0 || parse_when(start, &a) < 0 ||
        parse_when(end, &b) < 0) {
        pdf_format_date(local, start, 1, 1, buf, size);
        return;
    }
    if (local) {
        local_range(local, &a, &b, buf, size);
        return;
    }
    char mon[16];
    month_name(b.m, 1, mon, sizeof mon);
    const char *dash = "\xe2\x80\x93"; /* en dash */
    if (!a.has_time && !b.has_time && a.y == b.y && a.m == b.m) {
        if (a.d == 1 && b.d == days_in_month(b.y, b.m)) /* "in December" */
            snprintf(buf, size, "%s %d", months[b.m - 1], b.y);
        else
            snprintf(buf, size, "%d%s%d %s %d", a.d, dash, b.d, mon, b.y);
        return;
    }
    if (a.has_time && b.has_time && a.y == b.y && a.m == b.m && a.d == b.d &&
        strcmp(a.zone, b.zone) == 0) {
        char day[64];
        snprintf(day, sizeof day, "%.10s", start);
        pdf_format_date(NULL, day, 1, 1, buf, size);
        size_t n = strlen(buf);
        snprintf(buf + n, size - n, ", %02d:%02d%s%02d:%02d%s%s", a.hh, a.mm, dash, b.hh, b.mm,
                 *b.zone ? " " : "", b.zone);
        return;
    }
    char x[64], y[64];
    pdf_format_date(NULL, start, 1, 0, x, sizeof x);
    pdf_format_date(NULL, end, 1, 0, y, sizeof y);
    snprintf(buf, size, "%s %s %s", x, dash, y);
}

const char *pdf_format_clock(const mn_words *local, const char *clock, char *buf, size_t size)
{
    int hh, mm;
    if (!local || !clock_of(clock, &hh, &mm) ||
        !mn_words_time(local, hh, mm, buf, size))
        return clock;
    return buf;
}

int pdf_creation_date(const char *epoch, const char *date, const char *time, char *buf,
                      size_t size)
{
    buf[0] = '\0';
    int status = 0;
    if (epoch && *epoch) {
        char *end;
        errno = 0;
        long long v = strtoll(epoch, &end, 10);
        struct tm tm;
        time_t t = (time_t)v;
        if (errno == 0 && *end == '\0' && v >= 0 && v <= 253402300799LL &&
            gmtime_r(&t, &tm)) {
            strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
            return 1;
        }
        status = -1; /* not a number of seconds: fall back to the document */
    }
    when w;
    if (!date || parse_when(date, &w) < 0)
        return status;
    int hh = 0, mm = 0;
    int utc = clock_of(time, &hh, &mm) && hh < 24 && mm < 60;
    /* The start time counts only when the meeting was held in UTC; another
     * zone's offset is not known here, and a date alone is still true. */
    if (utc)
        snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:00Z", w.y, w.m, w.d, hh, mm);
    else
        snprintf(buf, size, "%04d-%02d-%02dT00:00:00", w.y, w.m, w.d);
    return status;
}
