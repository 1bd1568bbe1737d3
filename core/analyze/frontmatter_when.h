/* SPDX-License-Identifier: MIT */
/* frontmatter_when.h — reading the meeting's date, time and zone as they
 * are written in a front-matter line (private to the frontmatter*.c files
 * and their tests; the place is place.h's).  Pure string functions: no
 * tree, no diagnostics. */
#ifndef MN_FRONTMATTER_WHEN_H
#define MN_FRONTMATTER_WHEN_H

#include <stddef.h>

/* Order of the fields of an all-numeric date such as 03/04/2026. */
typedef enum mn_date_order { MN_ORDER_DMY = 0, MN_ORDER_MDY, MN_ORDER_YMD } mn_date_order;

typedef struct mn_fm_date {
    int year, month, day; /* year 0 when not written */
    int weekday;          /* as written: 1 Monday .. 7 Sunday; 0 when not written */
    int ambiguous;        /* numeric date whose order could be read both ways */
} mn_fm_date;

typedef struct mn_fm_time {
    int start, end; /* minutes after midnight; end -1 when not written */
    char zone[40];  /* "UTC", "CET", "UTC+1", "Europe/Brussels"; "" when not written */
    int converted;  /* the same time in a second zone followed ("(17:00 CEST)") */
} mn_fm_time;

/* Parses a date at the start of s: "18 November 2025", "18th Nov. 2025",
 * "November 18, 2025", "2025-11-18", "18/11/2025" (by ORDER), with an
 * optional weekday before it ("Tuesday, 18 November 2025") and an optional
 * range after the day ("15–17 December 2025": the first day is taken).
 * The year may be missing.  Returns the bytes read, or 0 (also for an
 * impossible date such as 31 April). */
size_t mn_fm_parse_date(const char *s, mn_date_order order, mn_fm_date *d);

/* Parses a time at the start of s: "11:00", "3 pm", "10:00–12:30",
 * "10am to 12pm", each with an optional zone after it ("UTC", "CET",
 * "UTC+01:00", "(GMT)", "Europe/Brussels").  Returns the bytes read, or 0. */
size_t mn_fm_parse_time(const char *s, mn_fm_time *t);

/* Parses a time in four digits, as a "Time:" field may give it: "0930",
 * "1400 hrs", "from 0930 to 1015" (the range, and a zone, as above).  Only
 * where a number is known to be a time: "2022" would read as 20:22. */
size_t mn_fm_parse_time_hhmm(const char *s, mn_fm_time *t);
/* Parses a zone name at the start of s into ZONE (size ZSIZE).  Returns the
 * bytes read, or 0. */
size_t mn_fm_parse_zone(const char *s, char *zone, size_t zsize);

/* The date in the file name of PATH ("2026-03-04.md", "260304_TC_12.md";
 * frontmatter_file.c): 1 and *out set when there is one. */
int mn_fm_file_date(const char *path, mn_fm_date *out);
/* Day of the week of a date: 1 Monday .. 7 Sunday. */
int mn_fm_weekday(int year, int month, int day);

/* Whether a (year, month, day) exists. */
int mn_fm_valid_date(int year, int month, int day);

#endif
