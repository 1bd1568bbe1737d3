/* SPDX-License-Identifier: MIT */
/* temporal_cal.h — proleptic Gregorian calendar arithmetic for the temporal
 * tagger: day numbers, weekdays, month lengths, ISO text.  Pure functions. */
#ifndef MN_TEMPORAL_CAL_H
#define MN_TEMPORAL_CAL_H

#include <stddef.h>

typedef struct mn_ymd {
    int y, m, d; /* a field is 0 when unknown */
} mn_ymd;

/* Days since 1970-01-01 of a valid date (negative before). */
long mn_cal_days(int y, int m, int d);
/* The date of a day number. */
mn_ymd mn_cal_from_days(long days);
/* Weekday of a date, 0 = Monday … 6 = Sunday. */
int mn_cal_weekday(int y, int m, int d);
int mn_cal_month_days(int y, int m);
/* Whether y-m-d is a real date (year 1..9999). */
int mn_cal_valid(int y, int m, int d);
/* Adds months to y-m (d kept, clamped to the month's length). */
mn_ymd mn_cal_add_months(mn_ymd date, int months);
/* Writes "YYYY-MM-DD" into out (at least 11 bytes). */
void mn_cal_format(char *out, size_t size, int y, int m, int d);
/* The day of an xs:date or xs:dateTime ("2025-11-18", "…T14:00:00Z"),
 * read by mn_datetime_parse.  Returns 1 on success. */
int mn_cal_parse(const char *text, mn_ymd *out);

#endif
