/* SPDX-License-Identifier: MIT */
/* tz_zone.c — zone names to offsets, and local time to UTC (IANA zones
 * through libical, loaded on demand: tz_ical.c).  The abbreviations and
 * phrases, and the choices where one is ambiguous, are the lexicon's
 * zone-abbreviations and zone-phrases (lexicons/en.xml). */
#include "tz_zone.h"
#include "lexicon.h"
#include "temporal_cal.h"
#include "tz_ical.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int mn_tz_fixed(int minutes, mn_tz *out)
{
    if (minutes < -14 * 60 || minutes > 14 * 60)
        return 0;
    memset(out, 0, sizeof *out);
    out->kind = MN_TZ_FIXED;
    out->offset = minutes;
    return 1;
}

/* A zones entry: its IANA zone, else its fixed offset. */
static int set_entry(const mn_lx_entry *e, mn_tz *out)
{
    const char *iana = e->means;
    int offset = e->value;
    if (iana) {
        memset(out, 0, sizeof *out);
        out->kind = MN_TZ_IANA;
        snprintf(out->name, sizeof out->name, "%s", iana);
        return 1;
    }
    return mn_tz_fixed(offset, out);
}

int mn_tz_abbrev(const char *word, size_t len, mn_tz *out)
{
    const mn_lx_entry *e = mn_lx_find(mn_lx(), MN_LX_ZONE_ABBREVIATIONS, word, len);
    return e ? set_entry(e, out) : 0;
}

/* Number of words of P matched by WORDS, or 0. */
static int phrase_match(const char *p, const char *const *words, int count)
{
    int used = 0;
    while (*p) {
        size_t n = strcspn(p, " ");
        if (used >= count || strlen(words[used]) != n || strncasecmp(words[used], p, n) != 0)
            return 0;
        used++;
        p += n;
        if (*p == ' ')
            p++;
    }
    return used;
}

int mn_tz_phrase(const char *const *words, int count, mn_tz *out)
{
    int best = 0;
    size_t n;
    const mn_lx_entry *phrases = mn_lx_entries(mn_lx(), MN_LX_ZONE_PHRASES, &n);
    for (size_t i = 0; i < n; i++) {
        int used = phrase_match(phrases[i].w, words, count);
        if (used > best && set_entry(&phrases[i], out))
            best = used;
    }
    return best;
}

int mn_tz_iana(const char *name, size_t len, mn_tz *out)
{
    char buf[64];
    if (len == 0 || len >= sizeof buf || !memchr(name, '/', len))
        return 0;
    memcpy(buf, name, len);
    buf[len] = '\0';
    if (!mn_ical_zone_exists(buf))
        return 0;
    memset(out, 0, sizeof *out);
    out->kind = MN_TZ_IANA;
    memcpy(out->name, buf, len + 1);
    return 1;
}

/* "+2", "-05:00", "+0530" after UTC/GMT or alone; *p advances. */
static int parse_offset(const char *p, int *minutes)
{
    int sign = *p == '+' ? 1 : *p == '-' ? -1 : 0;
    if (!sign)
        return 0;
    p++;
    int h = 0, m = 0, n = 0;
    while (p[n] >= '0' && p[n] <= '9' && n < 4)
        n++;
    if (n == 0 || (p[n] >= '0' && p[n] <= '9'))
        return 0;
    if (n <= 2) {
        h = atoi(p);
        if (p[n] == ':' && p[n + 1] >= '0' && p[n + 1] <= '9' && p[n + 2] >= '0' && p[n + 2] <= '9' &&
            p[n + 3] == '\0')
            m = (p[n + 1] - '0') * 10 + (p[n + 2] - '0');
        else if (p[n] != '\0')
            return 0;
    } else if (n == 4 && p[4] == '\0') {
        h = (p[0] - '0') * 10 + (p[1] - '0');
        m = (p[2] - '0') * 10 + (p[3] - '0');
    } else {
        return 0;
    }
    if (h > 14 || m > 59)
        return 0;
    *minutes = sign * (h * 60 + m);
    return 1;
}

/* A zone named in words that are all the phrase ("Eastern", "Pacific
 * Time", "Central European Time"): the meeting's zone as its title block
 * writes it.  BUF is modified (split into words). */
static int whole_phrase(char *buf, mn_tz *out)
{
    const char *words[8];
    int count = 0;
    for (char *p = buf; *p && count < 8;) {
        while (*p == ' ')
            *p++ = '\0';
        if (!*p)
            break;
        words[count++] = p;
        while (*p && *p != ' ')
            p++;
    }
    mn_tz z;
    if (count == 0 || mn_tz_phrase(words, count, &z) != count)
        return 0;
    *out = z;
    return 1;
}

int mn_tz_parse(const char *text, mn_tz *out)
{
    if (!text)
        return 0;
    while (*text == ' ')
        text++;
    size_t len = strlen(text);
    while (len && text[len - 1] == ' ')
        len--;
    char buf[64];
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, text, len);
    buf[len] = '\0';
    int minutes;
    for (const char *const *u = mn_lx_words(mn_lx(), MN_LX_UTC_NAMES); *u; u++) {
        size_t k = strlen(*u);
        if (strncasecmp(buf, *u, k) == 0 && buf[k] && parse_offset(buf + k + (buf[k] == ' '), &minutes))
            return mn_tz_fixed(minutes, out);
    }
    if (parse_offset(buf, &minutes))
        return mn_tz_fixed(minutes, out);
    if (mn_tz_abbrev(buf, len, out))
        return 1;
    return mn_tz_iana(buf, len, out) || whole_phrase(buf, out);
}

static void fixed_to_utc(int offset, int y, int m, int d, int h, int mi, int utc[5])
{
    long minutes = mn_cal_days(y, m, d) * 1440L + h * 60L + mi - offset;
    long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
    long rest = minutes - days * 1440;
    mn_ymd date = mn_cal_from_days(days);
    utc[0] = date.y;
    utc[1] = date.m;
    utc[2] = date.d;
    utc[3] = (int)(rest / 60);
    utc[4] = (int)(rest % 60);
}

int mn_tz_to_utc(const mn_tz *z, int y, int m, int d, int h, int mi, int utc[5])
{
    if (z->kind == MN_TZ_FIXED) {
        fixed_to_utc(z->offset, y, m, d, h, mi, utc);
        return 1;
    }
    if (z->kind != MN_TZ_IANA)
        return 0;
    int offset;
    if (!mn_ical_zone_offset(z->name, y, m, d, h, mi, &offset))
        return 0;
    fixed_to_utc(offset / 60, y, m, d, h, mi, utc);
    return 1;
}
