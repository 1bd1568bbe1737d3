/* SPDX-License-Identifier: MIT */
/* style.c — reads and checks house style files (docs/STYLE-FILE.md).
 *
 * The grammar, line by line:
 *   line    = blank / comment / setting
 *   comment = *WSP "#" *CHAR             (only at the start of a line:
 *                                          "#1f4e79" is a value)
 *   setting = *WSP key *WSP "=" *WSP value *WSP
 *   key     = a known key (mn_style_keys) or "label." a known label
 *   value   = bare text, or "…" with \" and \\ inside
 * Every key at most once; every value checked by its key's rule.  The file
 * is UTF-8, at most 64 KiB; a value at most 500 bytes. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "minutes/style.h"
#include "utf8.h"

#define STYLE_MAX_FILE (64 * 1024)
#define STYLE_MAX_VALUE 500
#define STYLE_MAX_LOGO (1024 * 1024)

static const char *const keys[] = {"organisation", "logo",         "accent", "font.body",
                                   "font.heading", "font.mono",    "footer", "label.*",
                                   NULL};

/* What a writer prints as a heading or a word of its own. */
static const char *const labels[] = {
    "contents", "agenda",   "participants", "actions",  "upcoming", "action",
    "decision", "note",     "owner",        "due",      "status",   "open",
    "done",     "carried",  "date",         "what",     "where",    "section",
    "deadline", "tentative", "presenter",   "vote",     "moved",    "seconded",
    "source",   "meetings", "minutes",      "next-dates", "open-actions", "failed",
    /* the handout's: its registers, the dates' type column, a decision's outcome */
    "decisions", "action-register", "type", "event", "outcome", "passed", "meeting-minutes", NULL};

typedef struct setting {
    char *key, *value;
    unsigned line;
} setting;

struct mn_style {
    setting *v;
    size_t n;
    unsigned char *logo;
    size_t logo_size;
    const char *logo_type;
};

const char *const *mn_style_keys(void)
{
    return keys;
}

const char *const *mn_style_labels(void)
{
    return labels;
}

void mn_style_free(mn_style *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        free(s->v[i].key);
        free(s->v[i].value);
    }
    free(s->v);
    free(s->logo);
    free(s);
}

const char *mn_style_get(const mn_style *s, const char *key)
{
    for (size_t i = 0; s && key && i < s->n; i++)
        if (strcmp(s->v[i].key, key) == 0)
            return s->v[i].value;
    return NULL;
}

const unsigned char *mn_style_logo(const mn_style *s, size_t *size, const char **media_type)
{
    if (!s || !s->logo)
        return NULL;
    if (size)
        *size = s->logo_size;
    if (media_type)
        *media_type = s->logo_type;
    return s->logo;
}

static int utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned cp;
    for (size_t i = 0, n; i < len; i += n)
        if (!(n = mn_utf8_seq(p + i, len - i, &cp)))
            return 0;
    return 1;
}

/* ---- errors ------------------------------------------------------------------------ */

typedef struct reader {
    const char *name, *base_dir;
    char **error;
    unsigned line;
} reader;

static int fail(const reader *r, const char *fmt, ...) MN_PRINTF(2, 3);

static int fail(const reader *r, const char *fmt, ...)
{
    char *msg = NULL, *full = NULL;
    va_list ap;
    va_start(ap, fmt);
    int n = vasprintf(&msg, fmt, ap);
    va_end(ap);
    if (n < 0)
        msg = NULL;
    if (r->line)
        n = asprintf(&full, "%s:%u: %s", r->name, r->line, msg ? msg : "out of memory");
    else
        n = asprintf(&full, "%s: %s", r->name, msg ? msg : "out of memory");
    free(msg);
    if (r->error)
        *r->error = n < 0 ? NULL : full;
    else if (n >= 0)
        free(full);
    return -1;
}

/* ---- value rules ------------------------------------------------------------------- */

static int hex(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* #rgb or #rrggbb into 0..255 channels. */
static int parse_colour(const char *v, int rgb[3])
{
    size_t n = strlen(v);
    if (v[0] != '#' || (n != 4 && n != 7))
        return -1;
    for (size_t i = 1; i < n; i++)
        if (hex((unsigned char)v[i]) < 0)
            return -1;
    for (int c = 0; c < 3; c++)
        rgb[c] = n == 4 ? hex(v[1 + c]) * 17 : hex(v[1 + 2 * c]) * 16 + hex(v[2 + 2 * c]);
    return 0;
}

static double channel(int c)
{
    double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

/* WCAG 2 contrast of a colour against white. */
static double contrast_on_white(const int rgb[3])
{
    double l = 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    return 1.05 / (l + 0.05);
}

static int check_accent(const reader *r, const char *v)
{
    int rgb[3];
    if (parse_colour(v, rgb) != 0)
        return fail(r, "accent: expected a colour as #rgb or #rrggbb, not '%s'", v);
    double c = contrast_on_white(rgb);
    /* Writers set headings and links in the accent on white: WCAG AA asks
     * 4.5:1 for text. */
    if (c < 4.5)
        return fail(r, "accent: %s has a contrast of %.1f:1 on white; text needs at least 4.5:1 "
                       "(choose a darker colour)", v, c);
    return 0;
}

/* A fontconfig family name: letters, digits, spaces and - _ . only (no
 * pattern syntax, nothing a stylesheet could take for code). */
static int check_font(const reader *r, const char *key, const char *v)
{
    for (const unsigned char *p = (const unsigned char *)v; *p; p++)
        if (!(*p >= 0x80 || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9') || *p == ' ' || *p == '-' || *p == '_' || *p == '.'))
            return fail(r, "%s: '%s' is not a font family name (letters, digits, spaces, - _ .)",
                        key, v);
    return 0;
}

static int known_label(const char *name)
{
    for (const char *const *l = labels; *l; l++)
        if (strcmp(*l, name) == 0)
            return 1;
    return 0;
}

static int known_key(const char *key)
{
    if (strncmp(key, "label.", 6) == 0)
        return known_label(key + 6);
    for (const char *const *k = keys; *k; k++)
        if (strcmp(*k, key) == 0 && strcmp(*k, "label.*") != 0)
            return 1;
    return 0;
}

/* ---- the logo ---------------------------------------------------------------------- */

static int read_file(const char *path, unsigned char **data, size_t *size, size_t max)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return errno ? errno : EIO;
    struct stat st;
    if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(fp);
        return EISDIR;
    }
    if ((unsigned long long)st.st_size > max) {
        fclose(fp);
        return EFBIG;
    }
    *data = malloc((size_t)st.st_size + 1);
    *size = *data ? fread(*data, 1, (size_t)st.st_size, fp) : 0;
    int err = !*data ? ENOMEM : ferror(fp) ? EIO : 0;
    fclose(fp);
    if (*data)
        (*data)[*size] = '\0';
    return err;
}

static const char *logo_type(const unsigned char *d, size_t n)
{
    static const unsigned char png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (n >= sizeof png && memcmp(d, png, sizeof png) == 0)
        return "image/png";
    if (utf8_valid((const char *)d, n) && memmem(d, n, "<svg", 4))
        return "image/svg+xml";
    return NULL;
}

static int load_logo(const reader *r, mn_style *s, const char *v)
{
    char *path = NULL;
    if (v[0] == '/' || !r->base_dir || !*r->base_dir)
        path = strdup(v);
    else if (asprintf(&path, "%s/%s", r->base_dir, v) < 0)
        path = NULL;
    if (!path)
        return fail(r, "out of memory");
    int err = read_file(path, &s->logo, &s->logo_size, STYLE_MAX_LOGO);
    if (err == EFBIG)
        fail(r, "logo: %s is larger than %d KiB", path, STYLE_MAX_LOGO / 1024);
    else if (err == EISDIR)
        fail(r, "logo: %s is not a regular file", path);
    else if (err)
        fail(r, "logo: cannot read %s: %s", path, strerror(err));
    else if (!(s->logo_type = logo_type(s->logo, s->logo_size)))
        fail(r, "logo: %s is neither a PNG nor an SVG image", path);
    free(path);
    return err || !s->logo_type ? -1 : 0;
}

/* ---- lines ------------------------------------------------------------------------- */

static int check_value(const reader *r, mn_style *s, const char *key, const char *v)
{
    if (!*v)
        return fail(r, "%s: empty value", key);
    if (strlen(v) > STYLE_MAX_VALUE)
        return fail(r, "%s: value longer than %d bytes", key, STYLE_MAX_VALUE);
    for (const unsigned char *p = (const unsigned char *)v; *p; p++)
        if (*p < 0x20 || *p == 0x7f)
            return fail(r, "%s: control character in the value", key);
    if (strcmp(key, "accent") == 0)
        return check_accent(r, v);
    if (strncmp(key, "font.", 5) == 0)
        return check_font(r, key, v);
    if (strcmp(key, "logo") == 0)
        return load_logo(r, s, v);
    return 0;
}

static int add_setting(const reader *r, mn_style *s, const char *key, const char *value)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->v[i].key, key) == 0)
            return fail(r, "'%s' is set twice (first on line %u)", key, s->v[i].line);
    setting *grown = realloc(s->v, (s->n + 1) * sizeof *grown);
    if (!grown)
        return fail(r, "out of memory");
    s->v = grown;
    setting *e = &s->v[s->n];
    e->key = strdup(key);
    e->value = strdup(value);
    e->line = r->line;
    if (!e->key || !e->value) {
        free(e->key);
        free(e->value);
        return fail(r, "out of memory");
    }
    s->n++;
    return 0;
}

static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

/* A quoted value into OUT (room for END - P bytes); returns 0 or -1. */
static int unquote(const reader *r, const char *p, const char *end, char *out)
{
    size_t o = 0;
    for (p++; p < end && *p != '"'; p++) {
        if (*p == '\\' && p + 1 < end && (p[1] == '"' || p[1] == '\\'))
            p++;
        else if (*p == '\\')
            return fail(r, "only \\\" and \\\\ may follow a backslash in a quoted value");
        out[o++] = *p;
    }
    if (p >= end)
        return fail(r, "unterminated quoted value");
    if (skip_ws(p + 1, end) != end)
        return fail(r, "text after the closing quote");
    out[o] = '\0';
    return 0;
}

static int parse_line(const reader *r, mn_style *s, const char *p, const char *end)
{
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    p = skip_ws(p, end);
    if (p == end || *p == '#')
        return 0;
    const char *k = p;
    while (p < end && (*p == '.' || *p == '-' || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
        p++;
    const char *kend = p;
    p = skip_ws(p, end);
    if (kend == k || p == end || *p != '=')
        return fail(r, "expected KEY = VALUE (keys are lower case: organisation, logo, accent, "
                       "font.body, font.heading, font.mono, footer, label.NAME)");
    char key[64];
    if ((size_t)(kend - k) >= sizeof key || (snprintf(key, sizeof key, "%.*s", (int)(kend - k), k), !known_key(key)))
        return fail(r, "unknown key '%.*s' (see docs/STYLE-FILE.md for the keys and labels)",
                    (int)(kend - k), k);
    p = skip_ws(p + 1, end);
    char *value = malloc((size_t)(end - p) + 1);
    if (!value)
        return fail(r, "out of memory");
    int rc = 0;
    if (p < end && *p == '"')
        rc = unquote(r, p, end, value);
    else
        snprintf(value, (size_t)(end - p) + 1, "%.*s", (int)(end - p), p);
    if (rc == 0)
        rc = check_value(r, s, key, value);
    if (rc == 0)
        rc = add_setting(r, s, key, value);
    free(value);
    return rc;
}

mn_style *mn_style_parse(const char *text, size_t len, const char *name, const char *base_dir,
                         char **error)
{
    reader r = {.name = name ? name : "style", .base_dir = base_dir, .error = error};
    if (error)
        *error = NULL;
    if (len > STYLE_MAX_FILE) {
        fail(&r, "larger than %d KiB: not a style file", STYLE_MAX_FILE / 1024);
        return NULL;
    }
    if (!utf8_valid(text, len) || memchr(text, '\0', len)) {
        fail(&r, "not UTF-8 text");
        return NULL;
    }
    mn_style *s = calloc(1, sizeof *s);
    if (!s) {
        fail(&r, "out of memory");
        return NULL;
    }
    const char *p = text, *end = text + len;
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        r.line++;
        if (parse_line(&r, s, p, eol) != 0) {
            mn_style_free(s);
            return NULL;
        }
        p = nl ? nl + 1 : end;
    }
    return s;
}

mn_style *mn_style_load(const char *path, char **error)
{
    reader r = {.name = path, .error = error};
    unsigned char *data = NULL;
    size_t size = 0;
    if (error)
        *error = NULL;
    int err = read_file(path, &data, &size, STYLE_MAX_FILE);
    if (err) {
        free(data);
        if (err == EFBIG)
            fail(&r, "larger than %d KiB: not a style file", STYLE_MAX_FILE / 1024);
        else
            fail(&r, "cannot read the style file: %s", strerror(err == EISDIR ? EISDIR : err));
        return NULL;
    }
    char *dir = strdup(path);
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (slash)
        *(slash == dir ? slash + 1 : slash) = '\0';
    mn_style *s = mn_style_parse((const char *)data, size, path, slash ? dir : NULL, error);
    free(dir);
    free(data);
    return s;
}
