/* SPDX-License-Identifier: MIT */
/* tz_zone.c — zone names to offsets, and local time to UTC (IANA zones
 * through libical, loaded on demand: tz_ical.c).
 *
 * Choices where an abbreviation is ambiguous (minutes are international, so
 * the reading most likely in a UN/IGF-style document wins):
 *   IST = India (+05:30), BST = British Summer Time (+01:00),
 *   CST/CDT = US Central (-06:00/-05:00), AST = Atlantic (-04:00),
 *   GST = Gulf (+04:00).  Writers who mean otherwise can give an offset
 *   ("UTC+8") or an IANA name. */
#include "tz_zone.h"
#include "temporal_cal.h"
#include "tz_ical.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct abbrev {
    const char *name;
    int offset;       /* minutes east of UTC, for fixed ones */
    const char *iana; /* generic names follow the zone's rules */
} abbrev;

static const abbrev abbrevs[] = {
    {"utc", 0, NULL},     {"gmt", 0, NULL},     {"z", 0, NULL},        {"ut", 0, NULL},
    {"wet", 0, NULL},     {"west", 60, NULL},   {"bst", 60, NULL},     {"cet", 60, NULL},
    {"cest", 120, NULL},  {"met", 60, NULL},    {"mest", 120, NULL},   {"eet", 120, NULL},
    {"eest", 180, NULL},  {"msk", 180, NULL},   {"wat", 60, NULL},     {"cat", 120, NULL},
    {"eat", 180, NULL},   {"sast", 120, NULL},  {"gst", 240, NULL},    {"pkt", 300, NULL},
    {"ist", 330, NULL},   {"npt", 345, NULL},   {"ict", 420, NULL},    {"wib", 420, NULL},
    {"sgt", 480, NULL},   {"hkt", 480, NULL},   {"pht", 480, NULL},    {"awst", 480, NULL},
    {"jst", 540, NULL},   {"kst", 540, NULL},   {"acst", 570, NULL},   {"acdt", 630, NULL},
    {"aest", 600, NULL},  {"aedt", 660, NULL},  {"nzst", 720, NULL},   {"nzdt", 780, NULL},
    {"brt", -180, NULL},  {"art", -180, NULL},  {"nst", -210, NULL},   {"ndt", -150, NULL},
    {"ast", -240, NULL},  {"adt", -180, NULL},  {"est", -300, NULL},   {"edt", -240, NULL},
    {"cst", -360, NULL},  {"cdt", -300, NULL},  {"mst", -420, NULL},   {"mdt", -360, NULL},
    {"pst", -480, NULL},  {"pdt", -420, NULL},  {"akst", -540, NULL},  {"akdt", -480, NULL},
    {"hst", -600, NULL},  {"et", 0, "America/New_York"}, {"ct", 0, "America/Chicago"},
    {"mt", 0, "America/Denver"}, {"pt", 0, "America/Los_Angeles"},
};

typedef struct phrase {
    const char *words; /* space separated, lowercase */
    int offset;
    const char *iana;
} phrase;

static const phrase phrases[] = {
    {"central european summer time", 120, NULL},
    {"central european time", 60, NULL},
    {"eastern european summer time", 180, NULL},
    {"eastern european time", 120, NULL},
    {"british summer time", 60, NULL},
    {"greenwich mean time", 0, NULL},
    {"coordinated universal time", 0, NULL},
    {"eastern standard time", -300, NULL},
    {"eastern daylight time", -240, NULL},
    {"central standard time", -360, NULL},
    {"central daylight time", -300, NULL},
    {"mountain standard time", -420, NULL},
    {"mountain daylight time", -360, NULL},
    {"pacific standard time", -480, NULL},
    {"pacific daylight time", -420, NULL},
    {"eastern time", 0, "America/New_York"},
    {"central time", 0, "America/Chicago"},
    {"mountain time", 0, "America/Denver"},
    {"pacific time", 0, "America/Los_Angeles"},
    {"geneva time", 0, "Europe/Zurich"},
    {"new york time", 0, "America/New_York"},
    {"paris time", 0, "Europe/Paris"},
    {"brussels time", 0, "Europe/Brussels"},
    {"london time", 0, "Europe/London"},
    {"berlin time", 0, "Europe/Berlin"},
    {"vienna time", 0, "Europe/Vienna"},
    {"nairobi time", 0, "Africa/Nairobi"},
    {"riyadh time", 0, "Asia/Riyadh"},
    {"tokyo time", 0, "Asia/Tokyo"},
    {"washington time", 0, "America/New_York"},
};

int mn_tz_fixed(int minutes, mn_tz *out)
{
    if (minutes < -14 * 60 || minutes > 14 * 60)
        return 0;
    memset(out, 0, sizeof *out);
    out->kind = MN_TZ_FIXED;
    out->offset = minutes;
    return 1;
}

static int set_entry(int offset, const char *iana, mn_tz *out)
{
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
    for (size_t i = 0; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
        if (strlen(abbrevs[i].name) == len && strncasecmp(abbrevs[i].name, word, len) == 0)
            return set_entry(abbrevs[i].offset, abbrevs[i].iana, out);
    return 0;
}

/* Number of words of P matched by WORDS, or 0. */
static int phrase_match(const char *p, const char *const *words, int count)
{
    int used = 0;
    while (*p) {
        size_t n = strcspn(p, " ");
        if (used >= count || strlen(words[used]) != n || strncmp(words[used], p, n) != 0)
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
    for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++) {
        int used = phrase_match(phrases[i].words, words, count);
        if (used > best && set_entry(phrases[i].offset, phrases[i].iana, out))
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
    if ((strncasecmp(buf, "utc", 3) == 0 || strncasecmp(buf, "gmt", 3) == 0) && buf[3] &&
        parse_offset(buf + 3 + (buf[3] == ' '), &minutes))
        return mn_tz_fixed(minutes, out);
    if (parse_offset(buf, &minutes))
        return mn_tz_fixed(minutes, out);
    if (mn_tz_abbrev(buf, len, out))
        return 1;
    return mn_tz_iana(buf, len, out);
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
