/* SPDX-License-Identifier: MIT */
/* frontmatter_line.c — one front-matter line: "date | time | place" in any
 * order of its parts, and "Date:", "Time:", "Location:" lines
 * (frontmatter.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontmatter.h"
#include "lexicon.h"
#include "place.h"
#include "textscan.h"

/* ---- one line: a "date | time | place" line --------------------------------- */

/* Overwrites work[from, to) with separators; a span the date and time
 * parsers gave is taken only as far as it lies inside the LEN bytes. */
static void mn_fm_blank(char *work, size_t len, size_t from, size_t to)
{
    if (to > len)
        to = len;
    if (from < to)
        memset(work + from, '|', to - from);
}

/* "(Tuesday)" after a date: the weekday said again. */
static int mn_fm_weekday_aside(const char *seg)
{
    size_t n = strlen(seg);
    return n > 2 && seg[0] == '(' && seg[n - 1] == ')' &&
           mn_lx_find(mn_lx(), MN_LX_WEEKDAYS, seg + 1, n - 2) != NULL;
}

/* "back room of the Drovers Inn": a place in lower case, read as a place
 * would be when it started with a capital. */
static int mn_fm_lower_place(const char *seg)
{
    if (!islower((unsigned char)seg[0]) || mn_ts_word_count(seg) < 2)
        return 0;
    char *copy = strdup(seg);
    if (!copy)
        return 0;
    copy[0] = (char)toupper((unsigned char)copy[0]);
    int like = mn_place_like(copy);
    free(copy);
    return like;
}

/* Bytes of the icons at s and the spaces after them ("📅 ", "📍 ", "⏰",
 * U+FE0F): what emoji field lines put before each part, no place. */
static size_t mn_fm_icons(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, k;
    for (;;) {
        if (u[i] == 0xF0 && u[i + 1] == 0x9F && u[i + 2] && u[i + 3])
            k = 4; /* U+1F000..U+1FFFF: pictographs */
        else if (u[i] == 0xE2 && u[i + 1] >= 0x8C && u[i + 1] <= 0x9E && u[i + 2])
            k = 3; /* U+2300..U+27BF: technical symbols, dingbats */
        else if (u[i] == 0xEF && u[i + 1] == 0xB8 && u[i + 2] == 0x8F)
            k = 3; /* the emoji variation selector */
        else if (u[i] == ' ' && i > 0)
            k = 1;
        else
            return i;
        i += k;
    }
}

/* Collects the place segments of LINE outside the spans [a0,a1) and [b0,b1)
 * into *place (", " between).  A segment in lower case that only says how
 * the meeting was held ("videoconference", "by teleconference") names no
 * place: *mode gets what it says, when MODE is not NULL.  Returns 0 when a
 * segment is neither empty, connectors only, place-like nor such a mode. */
static int mn_fm_place(const char *line, size_t a0, size_t a1, size_t b0, size_t b1,
                       char **place, const char **mode)
{
    size_t len = strlen(line);
    char *work = strdup(line);
    if (!work)
        return 0;
    mn_fm_blank(work, len, a0, a1);
    mn_fm_blank(work, len, b0, b1);
    /* beside both a date and a time, what is left is the place */
    int when = a1 > a0 && b1 > b0;
    /* where the date or time starts: a word before it that only says how
     * ("Teleconference, 16:00 UTC") names the kind of meeting, no place */
    size_t first = a1 > a0 ? a0 : len;
    if (b1 > b0 && b0 < first)
        first = b0;
    char out[512] = "";
    int ok = 1;
    for (size_t i = 0; ok;) {
        size_t j = i;
        while (j < len && !mn_place_separator(work + j, j > 0 && work[j - 1] == ' '))
            j++;
        char *seg = mn_ts_fold(work + i, j - i);
        if (!seg) {
            ok = 0;
            break;
        }
        const char *p = mn_place_strip_lead(seg + mn_fm_icons(seg));
        /* ", in the school library": after its lead, "the" opens a place
         * written in lower case */
        int the_place = p != seg && strncmp(p, "the ", 4) == 0 && mn_ts_word_count(p) <= 6 &&
                        !strpbrk(p, "0123456789");
        if (mn_fm_weekday_aside(p)) {
            /* nothing: the date gave it */
        } else if (*p && !mn_place_connectors_only(p) && mode && !*out &&
                   (!mn_ts_starts_upper(p) || j <= first) && mn_place_mode_only(p)) {
            *mode = mn_place_mode(p);
        } else if (*p && !mn_place_connectors_only(p)) {
            if (!(mn_place_like(p) || mn_place_mode_only(p) || the_place || (when && mn_fm_lower_place(p))) ||
                strlen(out) + strlen(p) + 3 > sizeof out)
                ok = 0;
            else
                snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", *out ? ", " : "", p);
        }
        free(seg);
        if (j >= len)
            break;
        i = j + mn_place_separator(work + j, j > 0 && work[j - 1] == ' ');
    }
    free(work);
    if (ok && *out)
        mn_fm_set(place, out);
    return ok;
}

int mn_fm_read_place(const char *line, mn_fm_info *info)
{
    /* A line of capitals is a heading ("CALL TO ORDER"), one with a colon
     * a field of its own ("Original: English"). */
    int lower = 0;
    for (const char *c = line; *c && !lower; c++)
        lower = islower((unsigned char)*c);
    char *place = NULL;
    if (info->place || !lower || strchr(line, ':') || strlen(line) > 200 ||
        !mn_fm_place(line, 0, 0, 0, 0, &place, NULL) || !place)
        return 0;
    info->place = place;
    info->seen |= MN_FM_PLACE;
    return 1;
}

int mn_fm_word_start(const char *line, size_t i)
{
    return i == 0 || (((unsigned char)line[i] & 0xC0) != 0x80 && !mn_ts_word_before(line, line + i));
}

/* Reads a line made of a date, a time and a place (any may be missing, but
 * not both date and time) into info.  Returns 1 when the whole line was
 * understood. */
int mn_fm_read_when(mn_fm *fm, const char *line, unsigned lineno, mn_fm_info *info)
{
    size_t len = strlen(line), d0 = 0, d1 = 0, t0 = 0, t1 = 0;
    mn_fm_date date = {0};
    mn_fm_time time = {0};
    if (len > 200)
        return 0;
    for (size_t i = 0; i < len && d1 == 0; i++)
        if (mn_fm_word_start(line, i) && (d1 = mn_fm_parse_date(line + i, fm->order, &date)))
            d0 = i, d1 += i;
    for (size_t i = 0; i < len && t1 == 0; i++) {
        if (i >= d0 && i < d1)
            continue;
        if (mn_fm_word_start(line, i) &&
            ((t1 = mn_fm_parse_time(line + i, &time)) ||
             (fm->time_field && (t1 = mn_fm_parse_time_hhmm(line + i, &time)) &&
              (info->seen |= MN_FM_KEEP)))) {
            t0 = i, t1 += i;
            if (d1 > d0 && t0 < d0 && t1 > d0)
                t0 = t1 = 0; /* overlaps the date */
        }
    }
    if (d1 == d0 && t1 == t0)
        return 0;
    char *place = NULL;
    const char *mode = NULL;
    if (!mn_fm_place(line, d0, d1, t0, t1, &place, &mode))
        return 0;
    if (mode && !place && !info->place) {
        info->mode = mode;
        info->seen |= MN_FM_KEEP; /* meta gives back no "by teleconference" */
    }
    if (d1 > d0) {
        /* A second date line used to replace the first without a word. */
        if (info->has_date &&
            (info->date.year != date.year || info->date.month != date.month || info->date.day != date.day))
            mn_job_warning(fm->job, "meeting-date", lineno,
                           "a second meeting date, %04d-%02d-%02d, replaces %04d-%02d-%02d",
                           date.year, date.month, date.day, info->date.year, info->date.month, info->date.day);
        info->seen |= MN_FM_DATE;
        info->has_date = 1;
        info->date = date;
        info->date_line = lineno;
    }
    if (t1 > t0) {
        if (time.converted)
            info->seen |= MN_FM_KEEP; /* meta holds one zone: the line says more */
        info->seen |= MN_FM_TIME;
        info->has_time = 1;
        info->start = time.start;
        info->end = time.end;
        memcpy(info->zone, time.zone, sizeof info->zone);
    }
    if (place && info->place_field) {
        /* "Location: Pacifico Yokohama" over "Session 1 - …, Room G304":
         * the labelled place is the meeting's; the line keeps its room */
        info->seen |= MN_FM_KEEP;
        free(place);
    } else if (place) {
        info->seen |= MN_FM_PLACE;
        free(info->place);
        info->place = place;
    }
    return 1;
}

/* ---- one line: "Date: …", "Time: …", "Location: …" ---------------------------- */

enum mn_fm_key { MN_KEY_WHEN = 1, MN_KEY_TIME, MN_KEY_PLACE, MN_KEY_TITLE, MN_KEY_SUBTITLE };

/* A meeting-fields meaning as the key it gives. */
static enum mn_fm_key mn_fm_key_of(const char *means)
{
    static const char *const names[] = {"", "when", "time", "place", "title", "subtitle"};
    for (int k = MN_KEY_WHEN; k <= MN_KEY_SUBTITLE; k++)
        if (strcmp(means, names[k]) == 0)
            return (enum mn_fm_key)k;
    return 0;
}

/* Bytes of what ends a key at s: a colon, as people type it also ":-"
 * ("Date:- 23/05/22"), or a dash between spaces ("Venue – Staff room",
 * "Time - 3 pm"); 0 when none. */
static size_t mn_fm_key_end(const char *s, int after_space)
{
    if (*s == ':')
        return s[1] == '-' && (s[2] == ' ' || s[2] == '\0') ? 2 : 1;
    size_t d = mn_ts_dash(s);
    return d && after_space && (mn_ts_space(s + d) || s[d] == '\0') ? d : 0;
}

/* "Date:", "**Date:**", "Date :", "Venue –" at the start of line: the key,
 * and *value set to what follows. */
static enum mn_fm_key mn_fm_key(const char *line, const char **value)
{
    size_t i = strspn(line, "*_"), count;
    const mn_lx_entry *keys = mn_lx_entries(mn_lx(), MN_LX_MEETING_FIELDS, &count);
    for (size_t k = 0; k < count; k++) {
        size_t n = mn_ts_prefix(line + i, keys[k].w, 1);
        if (!n)
            continue;
        size_t j = i + n;
        j += strspn(line + j, "*_ ");
        size_t e = mn_fm_key_end(line + j, j > i + n);
        if (!e)
            continue;
        j += e;
        j += strspn(line + j, "*_ ");
        *value = line + j;
        return mn_fm_key_of(keys[k].means);
    }
    return 0;
}

int mn_fm_is_key(const char *line)
{
    const char *rest;
    return mn_fm_key(line, &rest) != 0;
}

/* "Webex, details at https://…", "Zoom (https://…)": the place is what
 * comes before the part with the link (a link alone stays the value);
 * "WebEx (details sent to the list on 11 May)": a platform's name before
 * a note in brackets is the place. */
static int mn_fm_place_without_link(char *value)
{
    char *paren = strstr(value, " (");
    if (paren && !memchr(value, ' ', (size_t)(paren - value)) &&
        mn_lx_find(mn_lx(), MN_LX_ONLINE_WORDS, value, (size_t)(paren - value)) &&
        mn_ts_word_count(paren + 1) >= 3) { /* a note, not "Teleconference (GoToMeeting)" */
        *paren = '\0';
        return 1;
    }
    /* "Pacifico Yokohama (Session 1: Room G304; Session 2: Room G318)":
     * rooms by session, a note of fields on the place before it */
    char *close = paren ? strchr(paren, ')') : NULL;
    if (paren && close && !close[1] && (memchr(paren, ':', (size_t)(close - paren)) ||
                                         memchr(paren, ';', (size_t)(close - paren)))) {
        *paren = '\0';
        return 1;
    }
    char *url = strstr(value, "://");
    if (!url)
        return 0;
    char *cut = NULL;
    for (char *p = value; p < url; p++)
        if (*p == ',' || *p == '(' || *p == ';' || *p == '<')
            cut = p;
    if (!cut)
        return 0;
    while (cut > value && cut[-1] == ' ')
        cut--;
    if (cut == value)
        return 0;
    *cut = '\0';
    return 1;
}

/* "**Meetecho:** <https://…>", "Zoom: https://…": a platform's name as
 * the label of its link is where the meeting was held.  The line stays
 * (its link is no meta's).  Returns 1 when the line was one. */
static int mn_fm_platform_line(const char *line, mn_fm_info *info)
{
    const char *p = line + strspn(line, "*_");
    size_t n = strcspn(p, ":");
    if (!p[n] || n == 0 || n > 30)
        return 0;
    size_t w = n;
    while (w && (p[w - 1] == '*' || p[w - 1] == '_' || p[w - 1] == ' '))
        w--;
    const char *v = p + n + 1;
    v += strspn(v, "*_ <");
    if (!w || memchr(p, ' ', w) || !mn_lx_find(mn_lx(), MN_LX_ONLINE_WORDS, p, w) ||
        !(strncmp(v, "http://", 7) == 0 || strncmp(v, "https://", 8) == 0))
        return 0;
    if (!info->place) {
        info->place = strndup(p, w);
        info->seen |= MN_FM_PLACE | MN_FM_KEEP;
    }
    return 1;
}

/* The first time in a "Time:" field's value whose other words are not
 * understood: into info (its line kept).  Returns 1 when found. */
static int mn_fm_time_in(const char *value, mn_fm_info *info)
{
    for (size_t i = 0; value[i]; i++) {
        mn_fm_time t, other;
        size_t k = mn_fm_word_start(value, i) ? mn_fm_parse_time(value + i, &t) : 0;
        if (!k)
            continue;
        /* a second time the field does not explain ("14:00 UTC (10:00
         * maybe)") leaves the field unread */
        for (size_t j = i + k; value[j]; j++)
            if (mn_fm_word_start(value, j) && mn_fm_parse_time(value + j, &other))
                return 0;
        info->has_time = 1, info->start = t.start, info->end = t.end;
        memcpy(info->zone, t.zone, sizeof info->zone);
        info->seen |= MN_FM_TIME | MN_FM_KEEP;
        return 1;
    }
    return 0;
}

int mn_fm_read_key(mn_fm *fm, const char *line, unsigned lineno, mn_fm_info *info)
{
    const char *rest = NULL;
    enum mn_fm_key key = mn_fm_key(line, &rest);
    if (!key)
        return mn_fm_platform_line(line, info);
    if (!*rest)
        return 1; /* "Date:" with nothing after it: an empty field */
    char *value = strdup(rest);
    if (!value)
        return -1;
    size_t vlen = strlen(value);
    if (vlen > 1 && value[vlen - 1] == '.' && key != MN_KEY_TITLE && key != MN_KEY_SUBTITLE)
        value[vlen - 1] = '\0';
    int rc = 1;
    switch (key) {
    case MN_KEY_WHEN:
    case MN_KEY_TIME:
        fm->time_field = 1; /* "Time: 0930": a number here is a time */
        rc = mn_fm_read_when(fm, value, lineno, info);
        fm->time_field = 0;
        /* "Hours: 09:00–17:00 CDT both days", "Meeting time: Tuesdays
         * 8:00–9:00 PT, bi-weekly": the time the field gives, the rest kept */
        if (!rc && key == MN_KEY_TIME && mn_fm_time_in(value, info))
            rc = 1;
        if (!rc && !fm->quiet) {
            mn_job_warning(fm->job, "meeting-date", lineno, "cannot read the meeting's %s in \"%s\"",
                           key == MN_KEY_TIME ? "time" : "date", line);
            rc = -1;
        }
        break;
    case MN_KEY_PLACE:
        if (mn_fm_place_without_link(value))
            info->seen |= MN_FM_KEEP; /* the note or link stays in the text */
        mn_fm_set(&info->place, value);
        info->place_field = 1;
        info->seen |= MN_FM_PLACE;
        break;
    case MN_KEY_TITLE: {
        /* a mail's "Subject: [core-team] Minutes of …": the list's tag off */
        const char *v = value;
        if (*v == '[' && strchr(v, ']') && strchr(v, ']')[1] == ' ')
            v = strchr(v, ']') + 2;
        mn_fm_set(&info->title, v);
        info->seen |= MN_FM_TITLE;
        break;
    }
    case MN_KEY_SUBTITLE:
        mn_fm_set(&info->subtitle, value);
        info->seen |= MN_FM_SUBTITLE;
        break;
    }
    free(value);
    return rc;
}
