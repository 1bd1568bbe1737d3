/* SPDX-License-Identifier: MIT */
/* datetime.c — the project's one reader of xs:date and xs:dateTime
 * (minutes/doc.h), and the calendar facts it checks them with.  The
 * temporal pass reads its own values back through it (temporal_cal.c), the
 * writers read the document's. */
#include "minutes/doc.h"

#include <string.h>

int mn_date_month_days(int y, int m)
{
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return len[m - 1];
}

/* H. Hinnant's days-from-civil. */
long mn_date_days(int y, int m, int d)
{
    long yy = (long)y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int mn_date_weekday(int y, int m, int d)
{
    long w = (mn_date_days(y, m, d) + 3) % 7; /* 1970-01-01 was a Thursday (3) */
    return (int)(w < 0 ? w + 7 : w);
}

/* ---- the parser ------------------------------------------------------------------------ */

typedef struct cursor {
    const char *s, *end;
} cursor;

/* Reads exactly N digits. */
static int digits(cursor *c, int n, int *out)
{
    int v = 0;
    if (c->end - c->s < n)
        return -1;
    for (int i = 0; i < n; i++) {
        if (c->s[i] < '0' || c->s[i] > '9')
            return -1;
        v = v * 10 + (c->s[i] - '0');
    }
    c->s += n;
    *out = v;
    return 0;
}

static int expect(cursor *c, char ch)
{
    if (c->s >= c->end || *c->s != ch)
        return -1;
    c->s++;
    return 0;
}

static int at_end(const cursor *c)
{
    return c->s == c->end;
}

/* YYYY-MM-DD, a real day. */
static int read_date(cursor *c, mn_datetime *t)
{
    if (digits(c, 4, &t->year) || expect(c, '-') || digits(c, 2, &t->month) || expect(c, '-') ||
        digits(c, 2, &t->day))
        return -1;
    if (t->year < 1 || t->day < 1 || t->day > mn_date_month_days(t->year, t->month))
        return -1;
    return 0;
}

/* hh:mm:ss[.f+]; 24:00:00 is the only hour 24. */
static int read_time(cursor *c, mn_datetime *t)
{
    int frac = 0;
    if (digits(c, 2, &t->hour) || expect(c, ':') || digits(c, 2, &t->minute) || expect(c, ':') ||
        digits(c, 2, &t->second))
        return -1;
    if (c->s < c->end && *c->s == '.') {
        c->s++;
        const char *from = c->s;
        while (c->s < c->end && *c->s >= '0' && *c->s <= '9') {
            frac |= *c->s != '0';
            c->s++;
        }
        if (c->s == from)
            return -1;
    }
    if (t->minute > 59 || t->second > 59 || t->hour > 24)
        return -1;
    if (t->hour == 24 && (t->minute || t->second || frac))
        return -1;
    t->has_time = 1;
    return 0;
}

/* Z, or +hh:mm / -hh:mm up to 14:00. */
static int read_zone(cursor *c, mn_datetime *t)
{
    if (at_end(c))
        return 0;
    if (*c->s == 'Z') {
        c->s++;
        t->has_zone = 1;
        return 0;
    }
    int sign = *c->s == '+' ? 1 : *c->s == '-' ? -1 : 0, hh, mm;
    if (!sign)
        return -1;
    c->s++;
    if (digits(c, 2, &hh) || expect(c, ':') || digits(c, 2, &mm) || mm > 59 ||
        hh * 60 + mm > 14 * 60)
        return -1;
    t->has_zone = 1;
    t->zone_minutes = sign * (hh * 60 + mm);
    return 0;
}

int mn_datetime_parse(const char *s, size_t len, mn_datetime *out)
{
    mn_datetime t;
    memset(&t, 0, sizeof t);
    cursor c = {s, s ? s + len : NULL};
    int ok = s && read_date(&c, &t) == 0;
    if (ok && !at_end(&c) && *c.s == 'T')
        ok = expect(&c, 'T') == 0 && read_time(&c, &t) == 0;
    ok = ok && read_zone(&c, &t) == 0 && at_end(&c);
    if (!ok)
        memset(&t, 0, sizeof t);
    *out = t;
    return ok ? 0 : -1;
}
