/* SPDX-License-Identifier: MIT */
/* frontmatter_when.c — the meeting's date, time and zone as written. */
#include "frontmatter_when.h"

#include <ctype.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "lexicon.h"
#include "textscan.h"

/* A month or weekday name or abbreviation from LIST (an abbreviation with
 * its optional '.'); returns bytes, *value its number. */
static size_t mn_calendar_word(const char *s, int list, int *value)
{
    size_t n;
    const mn_lx_entry *e = mn_lx_entries(mn_lx(), list, &n);
    for (size_t i = 0; i < n; i++) {
        size_t k = mn_ts_prefix(s, e[i].w, 1);
        if (k) {
            *value = e[i].value;
            return k + (s[k] == '.' && (e[i].flags & MN_LX_ABBR));
        }
    }
    return 0;
}

static size_t mn_month(const char *s, int *month)
{
    return mn_calendar_word(s, MN_LX_MONTHS, month);
}

static size_t mn_weekday_name(const char *s, int *wd)
{
    return mn_calendar_word(s, MN_LX_WEEKDAYS, wd);
}

/* The first word of LIST at s (a word boundary after it): its bytes, or 0. */
static size_t mn_word_of(const char *s, int list)
{
    size_t k = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), list); *w && !k; w++)
        k = mn_ts_prefix(s, *w, 1);
    return k;
}

/* Up to MAX digits, exactly when EXACT; returns bytes (0 when none). */
static size_t mn_digits(const char *s, size_t max, int exact, int *value)
{
    size_t i = 0;
    int v = 0;
    while (isdigit((unsigned char)s[i]) && i < max)
        v = v * 10 + (s[i++] - '0');
    if (i == 0 || isdigit((unsigned char)s[i]) || (exact && i != max))
        return 0;
    *value = v;
    return i;
}

/* A day of the month with an optional ordinal suffix. */
static size_t mn_day(const char *s, int *day)
{
    size_t i = mn_digits(s, 2, 0, day);
    if (!i)
        return 0;
    size_t k = mn_word_of(s + i, MN_LX_ORDINAL_SUFFIXES);
    if (k)
        return i + k;
    return mn_ts_word_at(s + i) ? 0 : i;
}

/* "–17" after a day (a range): the bytes, so the first day is kept. */
static size_t mn_day_range(const char *s)
{
    size_t i = mn_ts_skip_space(s), k = mn_ts_dash(s + i);
    if (!k && i > 0)
        k = mn_word_of(s + i, MN_LX_RANGE_WORDS);
    if (!k)
        return 0;
    i += k;
    i += mn_ts_skip_space(s + i);
    int end;
    size_t d = mn_day(s + i, &end);
    return d && end >= 1 && end <= 31 ? i + d : 0;
}

/* ", 2025", " 2025" or " de 2025" (the of-words) after a day or month; 0
 * when no year follows. */
static size_t mn_year_after(const char *s, int *year)
{
    size_t i = 0;
    if (s[i] == ',')
        i++;
    size_t sp = mn_ts_skip_space(s + i);
    if (sp == 0 && i == 0)
        return 0;
    i += sp;
    size_t of = i > 0 ? mn_word_of(s + i, MN_LX_OF_WORDS) : 0;
    if (of && mn_ts_space(s + i + of))
        i += of + mn_ts_skip_space(s + i + of);
    size_t k = mn_digits(s + i, 4, 1, year);
    if (!k || mn_ts_word_at(s + i + k) || *year < 1900 || *year > 2199)
        return 0;
    return i + k;
}

static size_t mn_date_day_month(const char *s, mn_fm_date *d)
{
    size_t i = mn_day(s, &d->day);
    if (!i)
        return 0;
    i += mn_day_range(s + i);
    size_t sp = mn_ts_skip_space(s + i);
    if (!sp)
        return 0;
    i += sp;
    size_t of = mn_word_of(s + i, MN_LX_OF_WORDS);
    if (of && mn_ts_space(s + i + of))
        i += of + mn_ts_skip_space(s + i + of);
    size_t m = mn_month(s + i, &d->month);
    if (!m)
        return 0;
    i += m;
    return i + mn_year_after(s + i, &d->year);
}

static size_t mn_date_month_day(const char *s, mn_fm_date *d)
{
    size_t i = mn_month(s, &d->month);
    if (!i)
        return 0;
    size_t sp = mn_ts_skip_space(s + i);
    if (!sp)
        return 0;
    i += sp;
    size_t k = mn_day(s + i, &d->day);
    if (!k)
        return 0;
    i += k;
    i += mn_day_range(s + i);
    return i + mn_year_after(s + i, &d->year);
}

static size_t mn_date_numeric(const char *s, mn_date_order order, mn_fm_date *d)
{
    int a, b, c;
    size_t i = mn_digits(s, 4, 1, &a);
    if (i) { /* 2025-11-18, 2025/11/18 */
        char sep = s[i];
        if ((sep != '-' && sep != '/') || !mn_digits(s + i + 1, 2, 1, &b) || s[i + 3] != sep ||
            !mn_digits(s + i + 4, 2, 1, &c))
            return 0;
        d->year = a, d->month = b, d->day = c;
        return i + 6;
    }
    i = mn_digits(s, 2, 0, &a);
    if (!i || (s[i] != '/' && s[i] != '.' && s[i] != '-'))
        return 0;
    char sep = s[i];
    size_t j = mn_digits(s + i + 1, 2, 0, &b);
    if (!j || s[i + 1 + j] != sep)
        return 0;
    size_t k = mn_digits(s + i + 2 + j, 4, 1, &c);
    /* "23/05/22", as forms and Word users write it; with dots or dashes
     * it could be a version ("1.2.25") */
    if (!k && sep == '/' && (k = mn_digits(s + i + 2 + j, 2, 1, &c)))
        c += c < 70 ? 2000 : 1900;
    if (!k)
        return 0;
    int mdy = b > 12 || (a <= 12 && order == MN_ORDER_MDY);
    d->ambiguous = a <= 12 && b <= 12 && a != b;
    d->year = c;
    d->month = mdy ? a : b;
    d->day = mdy ? b : a;
    return i + 2 + j + k;
}

size_t mn_fm_parse_date(const char *s, mn_date_order order, mn_fm_date *d)
{
    memset(d, 0, sizeof *d);
    size_t i = 0;
    int wd = 0;
    size_t w = mn_weekday_name(s, &wd);
    if (w) {
        i = w;
        if (s[i] == ',')
            i++;
        size_t sp = mn_ts_skip_space(s + i);
        if (!sp)
            return 0;
        i += sp;
    }
    size_t k = mn_date_numeric(s + i, order, d);
    if (!k)
        k = mn_date_day_month(s + i, d);
    if (!k) {
        memset(d, 0, sizeof *d);
        k = mn_date_month_day(s + i, d);
    }
    if (!k || mn_ts_word_at(s + i + k) ||
        !mn_fm_valid_date(d->year ? d->year : 2000, d->month, d->day)) {
        memset(d, 0, sizeof *d);
        return 0;
    }
    d->weekday = wd;
    return i + k;
}

/* ---- times ------------------------------------------------------------------- */

/* "am", "pm", "a.m.", "p.m." after a clock: returns bytes, *pm 0/1. */
static size_t mn_meridiem(const char *s, int *pm)
{
    size_t sp = mn_ts_skip_space(s), n;
    const char *p = s + sp;
    const mn_lx_entry *forms = mn_lx_entries(mn_lx(), MN_LX_MERIDIEM, &n);
    for (size_t i = 0; i < n; i++) {
        size_t k = mn_ts_prefix(p, forms[i].w, 1);
        if (k) {
            *pm = strcmp(forms[i].means, "pm") == 0;
            return sp + k;
        }
    }
    return 0;
}

/* The hour letter after an hour, as French and Spanish write times:
 * "14h30", "14 h 30" (glued or set apart on both sides), "9 h", "9h".
 * Returns the bytes after the hour (0 when none); *m the minutes, *has_min
 * whether they were written. */
static size_t mn_hour_letter(const char *s, int *m, int *has_min)
{
    size_t i = mn_ts_skip_space(s);
    if (s[i] != 'h' && s[i] != 'H')
        return 0;
    size_t j = i + 1, sp = mn_ts_skip_space(s + j);
    if ((sp > 0) == (i > 0) && mn_digits(s + j + sp, 2, 1, m)) {
        *has_min = 1;
        return j + sp + 2;
    }
    if (mn_ts_word_at(s + j))
        return 0; /* "10 heures" is the lexicon's hours word, "10 hours" a duration */
    *has_min = 0;
    return j;
}

/* A clock time; *bare when only an hour was written (no minutes, no am/pm,
 * no hour letter), which is accepted only when BARE_OK.  Returns bytes, *min
 * the minutes. */
static size_t mn_clock(const char *s, int bare_ok, int *min, int *bare, int *meridiem)
{
    int h, m = 0, pm = -1;
    size_t i = mn_digits(s, 2, 0, &h);
    if (!i)
        return 0;
    int has_min = 0, dotted = 0;
    size_t lettered = mn_hour_letter(s + i, &m, &has_min);
    if (s[i] == ':' && mn_digits(s + i + 1, 2, 1, &m)) {
        i += 3;
        has_min = 1;
    } else if (lettered) {
        i += lettered;
    } else if (s[i] == '.' && mn_digits(s + i + 1, 2, 1, &m)) {
        i += 3; /* "3.45 pm", as British minutes write it */
        has_min = dotted = 1;
    }
    size_t k = mn_meridiem(s + i, &pm);
    i += k;
    if (!k)
        pm = -1;
    if (dotted && pm < 0)
        return 0; /* "2.10" without am/pm is a number, not a time */
    if (mn_ts_word_at(s + i) || m > 59)
        return 0;
    *bare = !has_min && pm < 0 && !lettered;
    if (*bare && !bare_ok)
        return 0;
    if (pm >= 0 && (h < 1 || h > 12))
        return 0;
    if (pm < 0 && h > 23)
        return 0;
    if (pm >= 0)
        h = h % 12 + (pm ? 12 : 0);
    *meridiem = pm;
    *min = h * 60 + m;
    return i;
}

/* "–", " to " between the two times of a range: bytes up to the second. */
static size_t mn_range_sep(const char *s)
{
    size_t i = mn_ts_skip_space(s), k = mn_ts_dash(s + i);
    if (!k) {
        k = mn_word_of(s + i, MN_LX_RANGE_WORDS);
        if (k && !mn_ts_space(s + i + k))
            k = 0;
    }
    if (!k)
        return 0;
    i += k;
    return i + mn_ts_skip_space(s + i);
}

/* "–12:30", " to 12:30": the end of a range; returns bytes. */
static size_t mn_time_end(const char *s, int *end, int *meridiem)
{
    size_t i = mn_range_sep(s);
    if (!i)
        return 0;
    int bare;
    size_t c = mn_clock(s + i, 0, end, &bare, meridiem);
    return c ? i + c : 0;
}

/* A 24-hour time in four digits, "0930", "1400", with an optional "hrs"
 * after it: bytes, *min the minutes. */
static size_t mn_hhmm(const char *s, int *min)
{
    int v;
    size_t i = mn_digits(s, 4, 1, &v);
    if (!i || isdigit((unsigned char)s[i]) || v / 100 > 23 || v % 100 > 59)
        return 0;
    size_t sp = mn_ts_skip_space(s + i), k = mn_word_of(s + i + sp, MN_LX_CLOCK_SUFFIXES);
    if (k)
        i += sp + k;
    else if (mn_ts_word_at(s + i))
        return 0;
    *min = v / 100 * 60 + v % 100;
    return i;
}

/* A meeting's zone abbreviation at s, written in capitals as the lexicon
 * has it ("CET", not "cet"): its bytes, or 0. */
static size_t mn_zone_abbrev(const char *s)
{
    for (const char *const *a = mn_lx_words(mn_lx(), MN_LX_MEETING_ZONES); *a; a++) {
        size_t n = strlen(*a);
        if (strncmp(s, *a, n) == 0 && !mn_ts_word_at(s + n))
            return n;
    }
    return 0;
}

/* A name of UTC followed by an offset ("UTC+1", "GMT-05:00", "UTC−3"):
 * its bytes, or 0. */
static size_t mn_utc_offset(const char *s)
{
    for (const char *const *u = mn_lx_words(mn_lx(), MN_LX_UTC_NAMES); *u; u++) {
        size_t n = strlen(*u);
        if (strncmp(s, *u, n) != 0 || !(s[n] == '+' || mn_ts_dash(s + n)))
            continue;
        size_t sign = s[n] == '+' ? 1 : mn_ts_dash(s + n);
        int h, m;
        size_t d = mn_digits(s + n + sign, 2, 0, &h);
        if (!d)
            continue;
        size_t k = n + sign + d;
        if (s[k] == ':' && mn_digits(s + k + 1, 2, 1, &m))
            k += 3;
        return k;
    }
    return 0;
}

/* A zone named in words ("Eastern", "Pacific Time", "Central European
 * Summer Time", "Geneva time"), as boards and councils write it after the
 * meeting's time: the longest of the lexicon's zone-phrases at s, its
 * bytes, or 0.  Only read after a time, where a region word names its
 * zone. */
static size_t mn_zone_phrase(const char *s)
{
    size_t count, best = 0;
    const mn_lx_entry *e = mn_lx_entries(mn_lx(), MN_LX_ZONE_PHRASES, &count);
    for (size_t i = 0; i < count; i++)
        if (e[i].len > best && mn_ts_prefix(s, e[i].w, 1) == e[i].len && mn_ts_starts_upper(s))
            best = e[i].len;
    return best;
}

size_t mn_fm_parse_zone(const char *s, char *zone, size_t zsize)
{
    size_t k = mn_utc_offset(s);
    if (!k)
        k = mn_zone_abbrev(s);
    if (!k)
        k = mn_zone_phrase(s);
    if (!k) { /* Area/Location, as in the tz database */
        static const char *const areas[] = {"Africa/", "America/", "Antarctica/", "Asia/",
                                            "Atlantic/", "Australia/", "Europe/", "Indian/",
                                            "Pacific/", "Etc/", NULL};
        for (const char *const *a = areas; *a && !k; a++)
            if (strncmp(s, *a, strlen(*a)) == 0) {
                size_t i = strlen(*a);
                while (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '/' ||
                       s[i] == '+' || s[i] == '-')
                    i++;
                k = i > strlen(*a) + 1 ? i : 0;
            }
    }
    if (!k || k >= zsize)
        return 0;
    memcpy(zone, s, k);
    zone[k] = '\0';
    return k;
}

/* The zone after a time at s + i, if any, into t: the bytes up to its end. */
/* Bytes of a place's name at s: capitalised words (and the small words
 * between them: "Ciudad de México") up to a separator or a bracket. */
static size_t mn_city(const char *s)
{
    if (!mn_ts_starts_upper(s))
        return 0;
    size_t i = 0, words = 0;
    while (s[i] && !strchr(",;()/", s[i]) && !((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7) &&
           words < 6) {
        if (isdigit((unsigned char)s[i]))
            return 0;
        if (s[i] == ' ')
            words++;
        i += mn_ts_char_len(s + i);
    }
    while (i && s[i - 1] == ' ')
        i--;
    return i;
}

/* One part of a local-time note: "UTC-3" (into zone), or a lead of the
 * lexicon's local-time-leads and a place ("hora de Argentina", "heure de
 * Genève").  Its bytes, or 0. */
static size_t mn_local_part(const char *s, char *zone, size_t zsize)
{
    size_t k = mn_utc_offset(s);
    if (k) {
        snprintf(zone, zsize, "%.*s", (int)k, s);
        return k;
    }
    const mn_lx_entry *e = mn_ts_entry_at(MN_LX_LOCAL_TIME_LEADS, s, strlen(s));
    size_t n = e ? strlen(e->w) : 0;
    size_t c = n && s[n] == ' ' ? mn_city(s + n + 1) : 0;
    return c ? n + 1 + c : 0;
}

/* "(hora de Argentina, UTC-3)", "(UTC-5, hora de Bogotá)", "horas de
 * Santiago (UTC-4)", "(heure de Genève, UTC+2)": the place's local time
 * named beside its UTC offset, as minutes read across countries write it;
 * the offset is the zone.  Bytes read at s, or 0 (no offset, no zone). */
static size_t mn_local_time(const char *s, char *zone, size_t zsize)
{
    size_t i = 0;
    int paren = s[i] == '(';
    i += paren;
    zone[0] = '\0';
    for (int parts = 0; parts < 2; parts++) {
        size_t k = mn_local_part(s + i, zone + strlen(zone), zsize - strlen(zone));
        if (!k)
            return 0;
        i += k;
        if (zone[0])
            break;
        if (s[i] == ',' && s[i + 1] == ' ' && paren)
            i += 2;
        else if (!paren && s[i] == ' ' && s[i + 1] == '(') /* "horas de Santiago (UTC-4)" */
            i += 2, paren = 1;
        else
            return 0;
    }
    if (!zone[0])
        return 0;
    if (paren && s[i] == ',' && s[i + 1] == ' ') { /* "(UTC-5, hora de Bogotá)" */
        char rest[8];
        size_t k = mn_local_part(s + i + 2, rest, sizeof rest);
        i = k ? i + 2 + k : i;
    }
    if (paren && s[i++] != ')')
        return 0;
    return i;
}

static size_t mn_time_zone(const char *s, size_t i, mn_fm_time *t)
{
    size_t sp = mn_ts_skip_space(s + i);
    const char *z = s + i + sp;
    size_t paren = *z == '(';
    size_t zk = mn_fm_parse_zone(z + paren, t->zone, sizeof t->zone);
    if (zk && (!paren || z[1 + zk] == ')'))
        return i + sp + paren + zk + paren;
    size_t lk = sp ? mn_local_time(z, t->zone, sizeof t->zone) : 0;
    if (lk)
        return i + sp + lk;
    t->zone[0] = '\0';
    return i;
}

size_t mn_fm_parse_time_hhmm(const char *s, mn_fm_time *t)
{
    memset(t, 0, sizeof *t);
    t->end = -1;
    size_t i = mn_hhmm(s, &t->start);
    if (!i)
        return 0;
    size_t r = mn_range_sep(s + i), k = r ? mn_hhmm(s + i + r, &t->end) : 0;
    if (k)
        i += r + k;
    else
        t->end = -1;
    return mn_time_zone(s, i, t);
}

/* The same time in a second zone after a zoned one, as groups spread over
 * zones write it: " (17:00–18:00 CEST)", " / 13:00 ET": its bytes, or 0. */
static size_t mn_parse_time_once(const char *s, mn_fm_time *t);

static size_t mn_time_conversion(const char *s)
{
    size_t i = mn_ts_skip_space(s);
    /* "…; 09:00 a 11:00 en Ciudad de México": a semicolon opens one too */
    char sep = s[i];
    int paren = sep == '(', slash = sep == '/' || sep == ';';
    if (!paren && !slash)
        return 0;
    i += 1 + mn_ts_skip_space(s + i + 1);
    for (;;) {
        mn_fm_time other;
        size_t k = mn_parse_time_once(s + i, &other);
        if (!k && paren && (k = mn_utc_offset(s + i)) != 0)
            other.zone[0] = 'Z'; /* "09:30 ICT (UTC+7)": the offset of the same zone */
        if (!k) { /* "(noon Pacific)" */
            int v;
            size_t w = mn_calendar_word(s + i, MN_LX_CLOCK_WORDS, &v);
            size_t sp = w ? mn_ts_skip_space(s + i + w) : 0;
            k = w ? mn_fm_parse_zone(s + i + w + sp, other.zone, sizeof other.zone) : 0;
            k = k ? w + sp + k : 0;
        }
        if (k && !other.zone[0]) {
            /* "(15 h à Paris, 14 h à Dakar)", "(11:00 Ciudad de México ·
             * 13:00 Buenos Aires)": the same time in a city's clock */
            size_t sp = mn_ts_skip_space(s + i + k);
            const mn_lx_entry *lead = mn_ts_entry_at(MN_LX_PLACE_LEADS, s + i + k + sp, strlen(s + i + k + sp));
            size_t ln = lead ? strlen(lead->w) + 1 : 0;
            size_t c = mn_city(s + i + k + sp + ln);
            k = c && sp ? k + sp + ln + c : 0;
            other.zone[0] = c ? 'C' : '\0';
        }
        if (!k || !other.zone[0])
            return 0;
        i += k;
        size_t sp = mn_ts_skip_space(s + i);
        if ((unsigned char)s[i + sp] == 0xC2 && (unsigned char)s[i + sp + 1] == 0xB7) {
            i += sp + 2 + mn_ts_skip_space(s + i + sp + 2); /* " · " between cities */
            continue;
        }
        /* "(17:00 CEST, 11:00 EDT)", "/ 12:00 Eastern / 17:00 UTC": a zone
         * after another */
        if (paren ? (s[i + sp] != ',' && s[i + sp] != ';' && s[i + sp] != '/') : s[i + sp] != sep)
            break;
        i += sp + 1 + mn_ts_skip_space(s + i + sp + 1);
    }
    if (paren)
        i += mn_ts_skip_space(s + i);
    if (paren) {
        if (s[i] != ')')
            return 0;
        i++;
    }
    return i;
}

/* "de " before a range's first time ("de 9h30 à 12h", "de 17:00 a
 * 21:00", "from 9 to 11am"): the lexicon's time leads, when a digit
 * follows; their bytes, or 0. */
static size_t mn_range_lead(const char *s)
{
    for (const char *const *l = mn_lx_words(mn_lx(), MN_LX_TIME_LEADS); *l; l++) {
        size_t k = mn_ts_prefix(s, *l, 1), sp = k ? mn_ts_skip_space(s + k) : 0;
        if (sp && isdigit((unsigned char)s[k + sp]))
            return k + sp;
    }
    return 0;
}

/* One time, its end and its zone; a lead before it is taken only with an
 * end ("de 9h30 à 12h"). */
static size_t mn_parse_time_once(const char *s, mn_fm_time *t)
{
    memset(t, 0, sizeof *t);
    t->end = -1;
    int bare, mer1, mer2 = -1, end = -1;
    size_t lead = mn_range_lead(s);
    size_t i = mn_clock(s + lead, 1, &t->start, &bare, &mer1);
    if (!i)
        return 0;
    if (lead && !mn_time_end(s + lead + i, &end, &mer2))
        return 0;
    i += lead;
    size_t k = mn_time_end(s + i, &end, &mer2);
    if (bare && !(k && mer2 >= 0))
        return 0; /* "10" alone is no time; "10–11am" is */
    if (bare && mer2 == 1 && t->start + 12 * 60 <= end)
        t->start += 12 * 60;
    if (k) {
        i += k;
        t->end = end;
    }
    return mn_time_zone(s, i, t);
}

/* "UTC 17:00", "**UTC 17:00**" under a "Date/Time" heading: the zone
 * written before a time that names none, as some groups' meeting
 * templates put it.  Its bytes, or 0. */
static size_t mn_zone_first(const char *s, mn_fm_time *t)
{
    char zone[sizeof t->zone];
    size_t z = *s >= 'A' && *s <= 'Z' ? mn_fm_parse_zone(s, zone, sizeof zone) : 0;
    if (!z || s[z] != ' ')
        return 0;
    size_t k = mn_parse_time_once(s + z + 1, t);
    if (!k || t->zone[0])
        return 0;
    memcpy(t->zone, zone, sizeof zone);
    return z + 1 + k;
}

size_t mn_fm_parse_time(const char *s, mn_fm_time *t)
{
    size_t i = mn_parse_time_once(s, t);
    if (!i)
        i = mn_zone_first(s, t);
    size_t c = i && t->zone[0] ? mn_time_conversion(s + i) : 0;
    t->converted = c > 0;
    return i + c;
}

/* ---- calendar ------------------------------------------------------------------ */

int mn_fm_valid_date(int year, int month, int day)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days[month - 1])
        return 0;
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

int mn_fm_weekday(int year, int month, int day)
{
    /* Sakamoto's method: 0 is Sunday. */
    static const int offsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (month < 3)
        year--;
    int w = (year + year / 4 - year / 100 + year / 400 + offsets[month - 1] + day) % 7;
    return w == 0 ? 7 : w;
}
