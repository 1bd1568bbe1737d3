/* SPDX-License-Identifier: MIT */
/* icslint.c — the checker described in icslint.h.  It reads the bytes
 * itself rather than through libical, since libical unfolds, unescapes and
 * forgives before a caller can see what was written. */
#include "icslint.h"

#include <libical/ical.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_DEPTH 8
#define MAX_UIDS 4096
#define MAX_TZIDS 32

static void problem(icslint *l, unsigned line, const char *fmt, ...)
{
    l->problems++;
    if (l->len + 2 >= sizeof l->text)
        return;
    int n = snprintf(l->text + l->len, sizeof l->text - l->len, "line %u: ", line);
    if (n > 0)
        l->len = l->len + (size_t)n < sizeof l->text ? l->len + (size_t)n : sizeof l->text - 1;
    va_list ap;
    va_start(ap, fmt);
    n = vsnprintf(l->text + l->len, sizeof l->text - l->len, fmt, ap);
    va_end(ap);
    if (n > 0)
        l->len = l->len + (size_t)n < sizeof l->text ? l->len + (size_t)n : sizeof l->text - 1;
    if (l->len + 1 < sizeof l->text) {
        l->text[l->len++] = '\n';
        l->text[l->len] = '\0';
    }
}

/* ---- bytes -------------------------------------------------------------------- */

/* Whether S[0..N) is well-formed UTF-8 (no overlongs, surrogates or
 * sequences cut short). */
static int utf8_valid(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        size_t k;
        unsigned min;
        unsigned cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            k = 1, min = 0x80, cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            k = 2, min = 0x800, cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            k = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return 0;
        }
        if (i + k >= n) /* cut short */
            return 0;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k + 1;
    }
    return 1;
}

/* ---- logical lines ---------------------------------------------------------------- */

typedef struct cline {
    unsigned line;      /* physical line where it starts */
    char name[64];      /* upper case */
    char params[512];   /* ";A=B;C=D" as written (upper-cased names not needed) */
    char *value;        /* points into the logical line */
} cline;

/* Splits LOGICAL into name, parameters and value.  Returns 0 or -1. */
static int split_line(char *logical, cline *cl)
{
    size_t i = 0;
    while (logical[i] && (logical[i] == '-' || (logical[i] >= 'A' && logical[i] <= 'Z') ||
                          (logical[i] >= 'a' && logical[i] <= 'z') ||
                          (logical[i] >= '0' && logical[i] <= '9')))
        i++;
    if (i == 0 || i >= sizeof cl->name)
        return -1;
    for (size_t k = 0; k < i; k++)
        cl->name[k] = (char)((logical[k] >= 'a' && logical[k] <= 'z') ? logical[k] - 32 : logical[k]);
    cl->name[i] = '\0';
    size_t p = i;
    int quoted = 0;
    while (logical[p] && (quoted || logical[p] != ':')) {
        if (logical[p] == '"')
            quoted = !quoted;
        p++;
    }
    if (logical[p] != ':' || (p > i && logical[i] != ';') || p - i >= sizeof cl->params)
        return -1;
    memcpy(cl->params, logical + i, p - i);
    cl->params[p - i] = '\0';
    cl->value = logical + p + 1;
    return 0;
}

/* The value of parameter NAME in PARAMS (case-insensitive name), copied to
 * OUT, or NULL. */
static const char *param(const char *params, const char *name, char *out, size_t size)
{
    size_t n = strlen(name);
    for (const char *p = params; (p = strchr(p, ';')) != NULL; p++) {
        if (strncasecmp(p + 1, name, n) == 0 && p[1 + n] == '=') {
            const char *v = p + 2 + n, *end = v;
            while (*end && *end != ';')
                end++;
            size_t len = (size_t)(end - v) < size - 1 ? (size_t)(end - v) : size - 1;
            memcpy(out, v, len);
            out[len] = '\0';
            if (len >= 2 && out[0] == '"') {
                memmove(out, out + 1, len - 2);
                out[len - 2] = '\0';
            }
            return out;
        }
    }
    return NULL;
}

/* ---- values --------------------------------------------------------------------------- */

static const char *const text_props[] = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT",
                                         "NAME", "X-WR-CALNAME", "X-WR-CALDESC", "UID", "PRODID",
                                         "TZNAME", "RELATED-TO", "CATEGORIES", "RESOURCES", NULL};

static int in_list(const char *name, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(name, list[i]) == 0)
            return 1;
    return 0;
}

static void check_value_bytes(icslint *l, const cline *cl)
{
    for (const unsigned char *v = (const unsigned char *)cl->value; *v; v++)
        if ((*v < 0x20 && *v != '\t') || *v == 0x7F) {
            problem(l, cl->line, "%s: control character 0x%02X in the value", cl->name, *v);
            return;
        }
}

/* RFC 5545 3.3.11: in TEXT, \ ; , and newlines are escaped; a list
 * (CATEGORIES, RESOURCES) separates its values with bare commas. */
static void check_text(icslint *l, const cline *cl)
{
    int list = strcmp(cl->name, "CATEGORIES") == 0 || strcmp(cl->name, "RESOURCES") == 0;
    for (const char *v = cl->value; *v; v++) {
        if (*v == '\\') {
            if (!v[1] || !strchr("\\;,nN", v[1])) {
                problem(l, cl->line, "%s: backslash not followed by \\ ; , or n", cl->name);
                return;
            }
            v++;
        } else if (*v == ';' || (*v == ',' && !list)) {
            problem(l, cl->line, "%s: unescaped '%c' in TEXT", cl->name, *v);
            return;
        }
    }
}

/* ---- dates ---------------------------------------------------------------------------- */

typedef struct when {
    int set;
    int is_date, utc;
    char tzid[64];
    char digits[16]; /* YYYYMMDD or YYYYMMDDTHHMMSS: comparable as text */
    unsigned line;
} when;

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int real_day(const char *s)
{
    int y = atoi((char[5]){s[0], s[1], s[2], s[3], 0});
    int m = (s[4] - '0') * 10 + (s[5] - '0'), d = (s[6] - '0') * 10 + (s[7] - '0');
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m >= 1 && m <= 12 && d >= 1 && d <= (m == 2 && leap ? 29 : days[m - 1]);
}

/* Reads a DATE or DATE-TIME property, checking its value against VALUE=. */
static void read_when(icslint *l, const cline *cl, when *w)
{
    char type[32] = "", tz[64] = "";
    const char *v = cl->value;
    size_t n = strlen(v);
    memset(w, 0, sizeof *w);
    w->set = 1;
    w->line = cl->line;
    w->is_date = param(cl->params, "VALUE", type, sizeof type) && strcasecmp(type, "DATE") == 0;
    if (param(cl->params, "TZID", tz, sizeof tz))
        snprintf(w->tzid, sizeof w->tzid, "%s", tz);
    if (w->is_date) {
        if (n != 8 || !all_digits(v, 8) || !real_day(v))
            problem(l, cl->line, "%s;VALUE=DATE: \"%s\" is not a DATE", cl->name, v);
        if (w->tzid[0])
            problem(l, cl->line, "%s: a DATE has no TZID", cl->name);
    } else {
        int ok = (n == 15 || (n == 16 && v[15] == 'Z')) && all_digits(v, 8) && v[8] == 'T' &&
                 all_digits(v + 9, 6) && real_day(v);
        if (!ok)
            problem(l, cl->line, "%s: \"%s\" is not a DATE-TIME (a DATE needs VALUE=DATE)", cl->name, v);
        w->utc = n == 16;
        if (w->utc && w->tzid[0])
            problem(l, cl->line, "%s: a UTC time has no TZID", cl->name);
    }
    snprintf(w->digits, sizeof w->digits, "%.15s", v);
}

/* ---- components ----------------------------------------------------------------------- */

typedef struct comp {
    char name[32];
    unsigned line;
    int uid, dtstamp, version, prodid, action, trigger, description, duration;
    char action_value[32];
    char uid_value[256];
    when dtstart, dtend, due, stamp;
} comp;

typedef struct state {
    comp stack[MAX_DEPTH];
    int depth;
    char *uids[MAX_UIDS];
    size_t n_uids;
    char tzids[MAX_TZIDS][64];
    size_t n_tzids;
    char used_tz[MAX_TZIDS][64];
    unsigned used_tz_line[MAX_TZIDS];
    size_t n_used_tz;
} state;

static void note_tz(state *s, const when *w)
{
    if (w->set && w->tzid[0] && s->n_used_tz < MAX_TZIDS) {
        size_t n = strnlen(w->tzid, sizeof s->used_tz[0] - 1);
        memcpy(s->used_tz[s->n_used_tz], w->tzid, n);
        s->used_tz[s->n_used_tz][n] = '\0';
        s->used_tz_line[s->n_used_tz++] = w->line;
    }
}

/* DTSTART and its end (DTEND or DUE) must be of one type and in order. */
static void check_span(icslint *l, const comp *c, const when *end, const char *end_name)
{
    const when *start = &c->dtstart;
    if (!start->set || !end->set)
        return;
    if (start->is_date != end->is_date) {
        problem(l, end->line, "%s: DTSTART is a %s but %s is a %s", c->name,
                start->is_date ? "DATE" : "DATE-TIME", end_name, end->is_date ? "DATE" : "DATE-TIME");
        return;
    }
    if (start->utc != end->utc || strcmp(start->tzid, end->tzid) != 0)
        return; /* different zones: not comparable as text */
    int cmp = strcmp(end->digits, start->digits);
    if (strcmp(end_name, "DUE") == 0 ? cmp < 0 : cmp <= 0)
        problem(l, end->line, "%s: %s %s is not after DTSTART %s", c->name, end_name, end->digits,
                start->digits);
}

static void end_entry(icslint *l, state *s, const comp *c)
{
    if (c->uid != 1)
        problem(l, c->line, "%s has %d UID properties (needs exactly one)", c->name, c->uid);
    if (c->dtstamp != 1)
        problem(l, c->line, "%s has %d DTSTAMP properties (needs exactly one)", c->name, c->dtstamp);
    if (c->stamp.set && (c->stamp.is_date || !c->stamp.utc))
        problem(l, c->stamp.line, "DTSTAMP must be a UTC DATE-TIME");
    if (c->dtend.set && c->duration)
        problem(l, c->line, "%s has both DTEND and DURATION", c->name);
    if (c->dtend.set && !c->dtstart.set)
        problem(l, c->line, "%s has DTEND but no DTSTART", c->name);
    if (strcmp(c->name, "VEVENT") == 0 && !c->dtstart.set)
        problem(l, c->line, "VEVENT has no DTSTART");
    check_span(l, c, &c->dtend, "DTEND");
    check_span(l, c, &c->due, "DUE");
    note_tz(s, &c->dtstart);
    note_tz(s, &c->dtend);
    note_tz(s, &c->due);
    if (c->uid == 1) {
        for (size_t i = 0; i < s->n_uids; i++)
            if (strcmp(s->uids[i], c->uid_value) == 0) {
                problem(l, c->line, "UID %s is used twice", c->uid_value);
                return;
            }
        if (s->n_uids < MAX_UIDS)
            s->uids[s->n_uids++] = strdup(c->uid_value);
    }
}

static void end_component(icslint *l, state *s, const comp *c)
{
    if (!strcmp(c->name, "VEVENT") || !strcmp(c->name, "VTODO") || !strcmp(c->name, "VJOURNAL"))
        end_entry(l, s, c);
    if (!strcmp(c->name, "VALARM")) {
        if (c->action != 1 || c->trigger != 1)
            problem(l, c->line, "VALARM needs one ACTION and one TRIGGER");
        if (!strcasecmp(c->action_value, "DISPLAY") && c->description != 1)
            problem(l, c->line, "VALARM with ACTION:DISPLAY needs a DESCRIPTION");
    }
    if (!strcmp(c->name, "VCALENDAR")) {
        if (c->version != 1 || c->prodid != 1)
            problem(l, c->line, "VCALENDAR needs one VERSION:2.0 and one PRODID");
    }
}

static void property(icslint *l, state *s, comp *c, const cline *cl)
{
    const char *n = cl->name;
    if (!strcmp(n, "UID")) {
        c->uid++;
        snprintf(c->uid_value, sizeof c->uid_value, "%s", cl->value);
    } else if (!strcmp(n, "DTSTAMP")) {
        c->dtstamp++;
        read_when(l, cl, &c->stamp);
    } else if (!strcmp(n, "DTSTART") && strcmp(c->name, "STANDARD") && strcmp(c->name, "DAYLIGHT")) {
        read_when(l, cl, &c->dtstart);
    } else if (!strcmp(n, "DTEND")) {
        read_when(l, cl, &c->dtend);
    } else if (!strcmp(n, "DUE")) {
        read_when(l, cl, &c->due);
    } else if (!strcmp(n, "DURATION")) {
        c->duration++;
    } else if (!strcmp(n, "VERSION")) {
        c->version += strcmp(cl->value, "2.0") == 0 ? 1 : 100;
    } else if (!strcmp(n, "PRODID")) {
        c->prodid++;
    } else if (!strcmp(n, "ACTION")) {
        c->action++;
        snprintf(c->action_value, sizeof c->action_value, "%s", cl->value);
    } else if (!strcmp(n, "TRIGGER")) {
        c->trigger++;
    } else if (!strcmp(n, "DESCRIPTION")) {
        c->description++;
    } else if (!strcmp(n, "TZID") && !strcmp(c->name, "VTIMEZONE") && s->n_tzids < MAX_TZIDS) {
        snprintf(s->tzids[s->n_tzids++], 64, "%s", cl->value);
    }
}

static void content_line(icslint *l, state *s, char *logical, unsigned line)
{
    cline cl = {.line = line};
    if (split_line(logical, &cl) != 0) {
        problem(l, line, "not a content line: \"%.40s\"", logical);
        return;
    }
    check_value_bytes(l, &cl);
    if (in_list(cl.name, text_props))
        check_text(l, &cl);
    if (!strcmp(cl.name, "BEGIN")) {
        if (s->depth == 0 && strcmp(cl.value, "VCALENDAR") != 0)
            problem(l, line, "the outermost component is %s, not VCALENDAR", cl.value);
        if (s->depth == MAX_DEPTH) {
            problem(l, line, "components nested too deep");
            return;
        }
        comp *c = &s->stack[s->depth++];
        memset(c, 0, sizeof *c);
        snprintf(c->name, sizeof c->name, "%s", cl.value);
        c->line = line;
    } else if (!strcmp(cl.name, "END")) {
        if (s->depth == 0 || strcmp(s->stack[s->depth - 1].name, cl.value) != 0) {
            problem(l, line, "END:%s does not close the open component", cl.value);
            return;
        }
        end_component(l, s, &s->stack[--s->depth]);
    } else if (s->depth == 0) {
        problem(l, line, "%s outside any component", cl.name);
    } else {
        property(l, s, &s->stack[s->depth - 1], &cl);
    }
}

/* ---- physical lines ---------------------------------------------------------------------- */

static void physical_line(icslint *l, const char *p, size_t n, unsigned line)
{
    if (n > 75)
        problem(l, line, "%zu octets (at most 75)", n);
    if (!utf8_valid((const unsigned char *)p, n))
        problem(l, line, "not UTF-8 on its own (folded inside a character?)");
}

static void finish(icslint *l, state *s, unsigned line)
{
    if (s->depth != 0)
        problem(l, line, "%s is not closed", s->stack[s->depth - 1].name);
    for (size_t i = 0; i < s->n_used_tz; i++) {
        int found = 0;
        for (size_t k = 0; k < s->n_tzids; k++)
            found |= strcmp(s->used_tz[i], s->tzids[k]) == 0;
        if (!found)
            problem(l, s->used_tz_line[i], "TZID=%s names no VTIMEZONE", s->used_tz[i]);
    }
    for (size_t i = 0; i < s->n_uids; i++)
        free(s->uids[i]);
}

int icslint_check(const char *data, size_t len, icslint *l)
{
    memset(l, 0, sizeof *l);
    state *s = calloc(1, sizeof *s);
    char *logical = malloc(len + 1);
    size_t ll = 0;
    unsigned line = 0, start_line = 0;
    if (!s || !logical) {
        free(s);
        free(logical);
        problem(l, 0, "out of memory");
        return l->problems;
    }
    if (len == 0)
        problem(l, 0, "empty");
    if (!utf8_valid((const unsigned char *)data, len))
        problem(l, 0, "the calendar is not UTF-8");
    for (size_t i = 0; i < len;) {
        line++;
        size_t e = i;
        while (e < len && data[e] != '\r' && data[e] != '\n')
            e++;
        if (e == len)
            problem(l, line, "the last line has no CRLF");
        else if (data[e] == '\n')
            problem(l, line, "bare LF (lines end with CRLF)");
        else if (e + 1 >= len || data[e + 1] != '\n')
            problem(l, line, "bare CR (lines end with CRLF)");
        physical_line(l, data + i, e - i, line);
        if (e > i && (data[i] == ' ' || data[i] == '\t')) {
            if (line == 1)
                problem(l, line, "the first line is a continuation");
            memcpy(logical + ll, data + i + 1, e - i - 1);
            ll += e - i - 1;
        } else {
            if (ll) {
                logical[ll] = '\0';
                content_line(l, s, logical, start_line);
            }
            ll = 0;
            start_line = line;
            memcpy(logical, data + i, e - i);
            ll = e - i;
            if (e == i)
                problem(l, line, "empty line");
        }
        i = e < len && data[e] == '\r' && e + 1 < len && data[e + 1] == '\n' ? e + 2 : e + 1;
    }
    if (ll) {
        logical[ll] = '\0';
        content_line(l, s, logical, start_line);
    }
    finish(l, s, line);
    free(s);
    free(logical);
    return l->problems;
}

/* ---- libical ----------------------------------------------------------------------------- */

static void libical_errors(icslint *l, icalcomponent *c)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
        problem(l, 0, "libical: %s: %s", icalcomponent_kind_to_string(icalcomponent_isa(c)),
                icalproperty_get_xlicerror(p));
    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
         s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        libical_errors(l, s);
}

int icslint_libical(const char *data, icslint *l)
{
    memset(l, 0, sizeof *l);
    icalcomponent *c = icalparser_parse_string(data);
    if (!c || icalcomponent_isa(c) != ICAL_VCALENDAR_COMPONENT) {
        problem(l, 0, "libical does not parse it as one VCALENDAR");
        if (c)
            icalcomponent_free(c);
        return l->problems;
    }
    icalrestriction_check(c);
    libical_errors(l, c);
    icalcomponent_free(c);
    return l->problems;
}
