/* SPDX-License-Identifier: MIT */
/* tz_zone.h — time zones for the temporal tagger: abbreviations, offsets and
 * IANA names, and conversion of a local wall-clock time to UTC.
 *
 * Abbreviations that name an offset (CET, CEST, EST, EDT, PST, PDT, …) are
 * fixed offsets: "10:00 CET" is 09:00Z even in July, because the writer said
 * CET.  Generic names that do not say standard or daylight time ("ET",
 * "Eastern Time", "Geneva time") and IANA names ("Europe/Zurich") are zones
 * whose offset on the day comes from libical's zone data.  Ambiguous
 * abbreviations resolve as documented in tz_zone.c (IST is India, BST is
 * British Summer Time, CST is US Central). */
#ifndef MN_TZ_ZONE_H
#define MN_TZ_ZONE_H

#include <stddef.h>

enum { MN_TZ_NONE = 0, MN_TZ_FIXED, MN_TZ_IANA };

typedef struct mn_tz {
    int kind;
    int offset;    /* MN_TZ_FIXED: minutes east of UTC */
    char name[64]; /* MN_TZ_IANA: the zone's IANA name */
} mn_tz;

/* A fixed offset in minutes east of UTC (|minutes| <= 14 hours). */
int mn_tz_fixed(int minutes, mn_tz *out);
/* An abbreviation ("UTC", "CET", "PDT", "ET"), compared case-insensitively;
 * the caller decides whether the text's case makes it an abbreviation.
 * Returns 1 when known. */
int mn_tz_abbrev(const char *word, size_t len, mn_tz *out);
/* The longest zone phrase at the start of WORDS (lowercase: "eastern time",
 * "central european summer time", "geneva time").  Returns the number of
 * words it uses, 0 when none. */
int mn_tz_phrase(const char *const *words, int count, mn_tz *out);
/* An IANA name ("Europe/Zurich") that libical knows.  Returns 1 when known. */
int mn_tz_iana(const char *name, size_t len, mn_tz *out);
/* A zone as written in metadata: abbreviation, "UTC+2", "GMT-05:00",
 * "+02:00" or an IANA name.  Returns 1 when understood. */
int mn_tz_parse(const char *text, mn_tz *out);

/* Converts the wall-clock time y-m-d h:mi in zone z to UTC, written to
 * utc[0..4] as year, month, day, hour, minute.  Returns 1, or 0 when the
 * zone cannot be used. */
int mn_tz_to_utc(const mn_tz *z, int y, int m, int d, int h, int mi, int utc[5]);

#endif
