/* SPDX-License-Identifier: MIT */
/* temporal_cal.c — calendar arithmetic (H. Hinnant's civil-from-days; the
 * days-from-civil direction, month lengths and the xs:date reader are the
 * public ones of minutes/doc.h). */
#include "temporal_cal.h"

#include <stdio.h>
#include <string.h>

#include "minutes/doc.h"

long mn_cal_days(int y, int m, int d)
{
    return mn_date_days(y, m, d);
}

mn_ymd mn_cal_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    mn_ymd r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(yoe + era * 400 + (r.m <= 2));
    return r;
}

int mn_cal_weekday(int y, int m, int d)
{
    return mn_date_weekday(y, m, d);
}

int mn_cal_month_days(int y, int m)
{
    return mn_date_month_days(y, m);
}

int mn_cal_valid(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= mn_cal_month_days(y, m);
}

mn_ymd mn_cal_add_months(mn_ymd date, int months)
{
    long total = (long)date.y * 12 + (date.m - 1) + months;
    mn_ymd r = {(int)(total / 12), (int)(total % 12) + 1, date.d};
    int len = mn_cal_month_days(r.y, r.m);
    if (r.d > len)
        r.d = len;
    return r;
}

/* Writes v as exactly n digits (0 <= v < 10^n). */
static void put_digits(char *out, int v, int n)
{
    for (int i = n - 1; i >= 0; i--, v /= 10)
        out[i] = (char)('0' + v % 10);
}

void mn_cal_format(char *out, size_t size, int y, int m, int d)
{
    /* a date this tagger makes, written by hand: snprintf costs more than
     * the rest of resolving it */
    if (size >= 11 && y >= 0 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99) {
        put_digits(out, y, 4);
        out[4] = '-';
        put_digits(out + 5, m, 2);
        out[7] = '-';
        put_digits(out + 8, d, 2);
        out[10] = '\0';
        return;
    }
    snprintf(out, size, "%04d-%02d-%02d", y, m, d);
}

int mn_cal_parse(const char *t, mn_ymd *out)
{
    mn_datetime when;
    if (!t || mn_datetime_parse(t, strlen(t), &when) != 0)
        return 0;
    out->y = when.year;
    out->m = when.month;
    out->d = when.day;
    return 1;
}
