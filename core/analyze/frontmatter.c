/* SPDX-License-Identifier: MIT */
/* frontmatter.c — the front-matter pass: the meeting's title, subtitle, date,
 * time, zone and place, into meta (docs/INTERNALS.md).
 *
 * Three sources, in order of trust: properties a reader marked authoritative
 * (Markdown front matter), what the leading lines of the text say, and other
 * properties (DOCX core properties), which only fill what the text leaves
 * open.  The leading lines are the paragraphs before the first heading, list,
 * table or numbered heading-like line: a title, a subtitle right after it, a
 * "date | time | place" line in any order of those parts, and "Date:",
 * "Time:", "Location:" lines.  A paragraph is consumed (removed from body)
 * only when every one of its lines was understood, so nothing is lost.
 *
 * Nothing the author wrote is lost to an authoritative property either.  A
 * leading block (a "# Title" heading, a title-like paragraph, a DOCX
 * Title/Subtitle paragraph, a date/time/place line) whose value says the same
 * as the authoritative one (titles compared ignoring ASCII case and white
 * space; dates, times and places by value) is consumed.  One that disagrees
 * stays in the body as it was written, with these exceptions and details:
 *  - a differing title becomes the subtitle when neither the authoritative
 *    properties nor the text give one (the author's heading is then shown
 *    under the front matter's title); otherwise it stays in the body;
 *  - a text subtitle belongs to the text's title: when that title stays in
 *    the body, its subtitle stays with it (and is not the meta subtitle)
 *    unless it says the same as the authoritative subtitle;
 *  - a date, time (or zone) or place that disagrees keeps its whole
 *    paragraph in the body, with a warning; the authoritative value is the
 *    one written into meta;
 *  - a text value that only says less (a date without its year, a time
 *    without end or zone) agrees.
 * A paragraph that held several of these lines stays whole when any one of
 * them disagrees. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doclang.h"
#include "frontmatter_when.h"
#include "lexicon.h"
#include "passes.h"
#include "textscan.h"
#include "xmlutil.h"

/* How many leading blocks may hold front matter. */
#define MN_FM_MAX_BLOCKS 12

/* The fields a leading block gave. */
enum { MN_FM_TITLE = 1, MN_FM_SUBTITLE = 2, MN_FM_DATE = 4, MN_FM_TIME = 8, MN_FM_PLACE = 16 };

typedef struct mn_fm_info {
    unsigned seen; /* MN_FM_* fields read (for the text: by the current block) */
    char *title, *subtitle, *place, *url;
    int has_date;
    mn_fm_date date;
    unsigned date_line;
    int has_time;
    int start, end;
    char zone[40];
} mn_fm_info;

typedef struct mn_fm {
    mn_job *job;
    mn_date_order order;
    int order_known; /* from --date-order or the document's language */
    mn_fm_info text, auth, weak;
    int title_last;  /* the last thing consumed was the title */
    int text_seen;   /* a leading paragraph was not front matter */
    /* the leading blocks read as front matter, removed once they are
     * compared with the authoritative properties (mn_fm_settle) */
    struct {
        xmlNodePtr node;
        unsigned fields;
    } blocks[MN_FM_MAX_BLOCKS + 1];
    size_t nblocks;
} mn_fm;

static void mn_fm_info_free(mn_fm_info *i)
{
    free(i->title);
    free(i->subtitle);
    free(i->place);
    free(i->url);
    memset(i, 0, sizeof *i);
}

static void mn_fm_set(char **field, const char *value)
{
    free(*field);
    *field = value ? strdup(value) : NULL;
}

/* ---- one line: a "date | time | place" line --------------------------------- */

static int mn_fm_only_connectors(const char *seg)
{
    for (const char *p = seg; *p;) {
        size_t n = strcspn(p, " ");
        if (!mn_lx_find(mn_lx(), MN_LX_PLACE_CONNECTORS, p, n))
            return 0;
        p += n + (p[n] == ' ');
    }
    return 1;
}

/* Whether a folded segment reads as a place ("Online", "Brussels and
 * online", "Room 4") rather than part of a sentence or title. */
static int mn_fm_place_like(const char *seg)
{
    if (!mn_ts_starts_upper(seg) && !(seg[0] >= '0' && seg[0] <= '9'))
        return 0;
    if (mn_ts_word_count(seg) > 8)
        return 0;
    const mn_lexicon *lx = mn_lx();
    for (const char *const *v = mn_lx_words(lx, MN_LX_PLACE_VERBS); *v; v++)
        if (mn_ts_has_word(seg, *v))
            return 0;
    const char *last = strrchr(seg, ' ');
    last = last ? last + 1 : seg;
    return !mn_lx_has(lx, MN_LX_PLACE_TRAILING, last);
}

/* Leading "at ", "in ", "held in " taken off a place, unless what follows
 * says it is no place ("in person"). */
static const char *mn_fm_place_start(const char *seg)
{
    const mn_lexicon *lx = mn_lx();
    const char *const *exceptions = mn_lx_words(lx, MN_LX_PLACE_LEAD_EXCEPTIONS);
    for (const char *const *l = mn_lx_words(lx, MN_LX_PLACE_LEADS); *l; l++) {
        size_t k = mn_ts_prefix(seg, *l, 0);
        if (!k || seg[k] != ' ')
            continue;
        k++;
        int no_place = 0;
        for (const char *const *x = exceptions; *x && !no_place; x++)
            no_place = mn_ts_prefix(seg + k, *x, 1) != 0;
        if (!no_place)
            return seg + k;
    }
    return seg;
}

/* Separators between the parts of a line: | , ; · • and spaced dashes.
 * Returns the bytes of the separator at s, or 0. */
static size_t mn_fm_separator(const char *s, int after_space)
{
    if (*s == '|' || *s == ',' || *s == ';')
        return 1;
    if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xB7)
        return 2;
    if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xA2)
        return 3;
    size_t d = mn_ts_dash(s);
    return d && after_space && mn_ts_space(s + d) ? d : 0;
}

/* Overwrites work[from, to) with separators; a span the date and time
 * parsers gave is taken only as far as it lies inside the LEN bytes. */
static void mn_fm_blank(char *work, size_t len, size_t from, size_t to)
{
    if (to > len)
        to = len;
    if (from < to)
        memset(work + from, '|', to - from);
}

/* Collects the place segments of LINE outside the spans [a0,a1) and [b0,b1)
 * into *place (", " between).  Returns 0 when a segment is neither empty,
 * connectors only, nor place-like. */
static int mn_fm_place(const char *line, size_t a0, size_t a1, size_t b0, size_t b1,
                       char **place)
{
    size_t len = strlen(line);
    char *work = strdup(line);
    if (!work)
        return 0;
    mn_fm_blank(work, len, a0, a1);
    mn_fm_blank(work, len, b0, b1);
    char out[512] = "";
    int ok = 1;
    for (size_t i = 0; ok;) {
        size_t j = i;
        while (j < len && !mn_fm_separator(work + j, j > 0 && work[j - 1] == ' '))
            j++;
        char *seg = mn_ts_fold(work + i, j - i);
        if (!seg) {
            ok = 0;
            break;
        }
        const char *p = mn_fm_place_start(seg);
        if (*p && !mn_fm_only_connectors(p)) {
            if (!mn_fm_place_like(p) || strlen(out) + strlen(p) + 3 > sizeof out)
                ok = 0;
            else
                snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", *out ? ", " : "", p);
        }
        free(seg);
        if (j >= len)
            break;
        i = j + mn_fm_separator(work + j, j > 0 && work[j - 1] == ' ');
    }
    free(work);
    if (ok && *out)
        mn_fm_set(place, out);
    return ok;
}

static int mn_fm_word_start(const char *line, size_t i)
{
    return i == 0 || (((unsigned char)line[i] & 0xC0) != 0x80 && !mn_ts_word_before(line, line + i));
}

/* Reads a line made of a date, a time and a place (any may be missing, but
 * not both date and time) into info.  Returns 1 when the whole line was
 * understood. */
static int mn_fm_read_when(mn_fm *fm, const char *line, unsigned lineno, mn_fm_info *info)
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
        if (mn_fm_word_start(line, i) && (t1 = mn_fm_parse_time(line + i, &time))) {
            t0 = i, t1 += i;
            if (d1 > d0 && t0 < d0 && t1 > d0)
                t0 = t1 = 0; /* overlaps the date */
        }
    }
    if (d1 == d0 && t1 == t0)
        return 0;
    char *place = NULL;
    if (!mn_fm_place(line, d0, d1, t0, t1, &place))
        return 0;
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
        info->seen |= MN_FM_TIME;
        info->has_time = 1;
        info->start = time.start;
        info->end = time.end;
        memcpy(info->zone, time.zone, sizeof info->zone);
    }
    if (place) {
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

/* "Date:", "**Date:**", "Date :" at the start of line: the key, and *value
 * set to what follows. */
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
        if (line[j] != ':')
            continue;
        j++;
        j += strspn(line + j, "*_ ");
        *value = line + j;
        return mn_fm_key_of(keys[k].means);
    }
    return 0;
}

static int mn_fm_read_key(mn_fm *fm, const char *line, unsigned lineno, mn_fm_info *info)
{
    const char *rest = NULL;
    enum mn_fm_key key = mn_fm_key(line, &rest);
    if (!key)
        return 0;
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
        if (!mn_fm_read_when(fm, value, lineno, info)) {
            mn_job_warning(fm->job, "meeting-date", lineno, "cannot read the meeting's %s in \"%s\"",
                           key == MN_KEY_TIME ? "time" : "date", line);
            rc = -1;
        }
        break;
    case MN_KEY_PLACE:
        mn_fm_set(&info->place, value);
        info->seen |= MN_FM_PLACE;
        break;
    case MN_KEY_TITLE:
        mn_fm_set(&info->title, value);
        info->seen |= MN_FM_TITLE;
        break;
    case MN_KEY_SUBTITLE:
        mn_fm_set(&info->subtitle, value);
        info->seen |= MN_FM_SUBTITLE;
        break;
    }
    free(value);
    return rc;
}

/* ---- leading paragraphs ------------------------------------------------------------ */

/* Whether s has at least two letters or digits ("D", "." are no titles). */
static int mn_fm_wordy(const char *s)
{
    int n = 0;
    for (const char *p = s; *p && n < 2; p += mn_ts_char_len(p))
        n += mn_ts_word_at(p);
    return n >= 2;
}

static int mn_fm_title_like(const char *line, size_t max)
{
    size_t len = strlen(line);
    if (len == 0 || len > max || !mn_fm_wordy(line))
        return 0;
    char last = line[len - 1];
    if (last == '.' || last == ':' || last == ';' || last == ',')
        return 0;
    for (const char *const *a = mn_lx_words(mn_lx(), MN_LX_ACTION_ARROWS); *a; a++)
        if (strncmp(line, *a, strlen(*a)) == 0)
            return 0; /* an action line */
    return 1;
}

/* Whether a paragraph begins the body proper: a numbered heading-like line
 * or an annex heading, where front matter ends. */
static int mn_fm_body_starts(const char *first)
{
    mn_label l;
    if (mn_ts_label(first, &l))
        return 1;
    for (const char *const *a = mn_lx_words(mn_lx(), MN_LX_ANNEX_WORDS); *a; a++)
        if (mn_ts_prefix(first, *a, 1))
            return 1;
    return 0;
}

/* Classifies every line of one paragraph into tmp; returns 1 when all of
 * them are front matter. */
static int mn_fm_paragraph(mn_fm *fm, char **lines, size_t n, unsigned lineno, mn_fm_info *tmp,
                           int *title_last, int last_block)
{
    for (size_t i = 0; i < n; i++) {
        const char *line = lines[i];
        if (!*line)
            continue;
        int k = mn_fm_read_key(fm, line, lineno, tmp);
        if (k < 0)
            return 0;
        /* A line ending in a full stop is a sentence, not a "date | place" line. */
        int sentence = line[strlen(line) - 1] == '.';
        if (k > 0 || (!sentence && !tmp->has_date && !tmp->has_time &&
                      mn_fm_read_when(fm, line, lineno, tmp))) {
            *title_last = 0;
            continue;
        }
        /* A paragraph with nothing after it is the text itself, not its title. */
        if (last_block) {
            return 0;
        } else if (!tmp->title && !fm->text_seen && mn_fm_title_like(line, 200)) {
            tmp->title = strdup(line);
            tmp->seen |= MN_FM_TITLE;
            *title_last = 1;
        } else if (tmp->title && !tmp->subtitle && *title_last && mn_fm_title_like(line, 150)) {
            tmp->subtitle = strdup(line);
            tmp->seen |= MN_FM_SUBTITLE;
            *title_last = 0;
        } else {
            return 0;
        }
    }
    return 1;
}

static void mn_fm_info_move(mn_fm_info *to, mn_fm_info *from)
{
    mn_fm_info_free(to);
    *to = *from;
    memset(from, 0, sizeof *from);
}

static mn_fm_info mn_fm_info_copy(const mn_fm_info *i)
{
    mn_fm_info c = *i;
    c.title = i->title ? strdup(i->title) : NULL;
    c.subtitle = i->subtitle ? strdup(i->subtitle) : NULL;
    c.place = i->place ? strdup(i->place) : NULL;
    c.url = i->url ? strdup(i->url) : NULL;
    return c;
}

/* Splits a paragraph's inline text into folded lines. */
static size_t mn_fm_lines(const xmlNode *p, char **lines, size_t max)
{
    char *raw = mn_ts_inline_text(p);
    size_t n = 0;
    for (char *s = raw; s && n < max;) {
        char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        lines[n++] = mn_ts_fold(s, len);
        if (!nl)
            break;
        s = nl + 1;
    }
    free(raw);
    return n;
}

/* Notes that block n gave FIELDS; mn_fm_settle decides whether it goes. */
static void mn_fm_block(mn_fm *fm, xmlNodePtr n, unsigned fields)
{
    if (fm->nblocks < sizeof fm->blocks / sizeof fm->blocks[0]) {
        fm->blocks[fm->nblocks].node = n;
        fm->blocks[fm->nblocks++].fields = fields;
    }
}

/* Tries one leading paragraph; returns 1 when it was read as front matter. */
static int mn_fm_try(mn_fm *fm, xmlNodePtr p)
{
    char *lines[16];
    size_t n = mn_fm_lines(p, lines, 16);
    mn_fm_info tmp = mn_fm_info_copy(&fm->text);
    tmp.seen = 0;
    int title_last = fm->title_last, ok = n > 0;
    for (size_t i = 0; i < n; i++)
        ok = ok && lines[i];
    if (ok)
        ok = mn_fm_paragraph(fm, lines, n, mn_ts_line(p), &tmp, &title_last,
                             mn_next(p, NULL) == NULL);
    if (ok) {
        mn_fm_block(fm, p, tmp.seen);
        mn_fm_info_move(&fm->text, &tmp);
        fm->title_last = title_last;
    } else {
        mn_fm_info_free(&tmp);
        fm->text_seen = 1;
        fm->title_last = 0;
    }
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    return ok;
}

static int mn_fm_style_is(const xmlNode *n, const char *style)
{
    char *s = mn_attr(n, "style");
    int is = s && strcasecmp(s, style) == 0;
    xmlFree(s);
    return is;
}

/* A leading heading is the document's title when it carries no number and
 * the next heading is below it (Markdown's "# Title" over "## 1. …"). */
static int mn_fm_title_heading(const xmlNode *h)
{
    if (!mn_next(h, NULL))
        return 0; /* a heading over nothing */
    char *text = mn_ts_inline_folded(h);
    int wordy = text && mn_fm_wordy(text);
    mn_label l;
    int labelled = text && mn_ts_label(text, &l);
    free(text);
    if (!wordy)
        return 0;
    if (mn_fm_style_is(h, "Title"))
        return 1;
    char *n = mn_attr(h, "n");
    int numbered = (n && *n) || labelled;
    xmlFree(n);
    char *lv = mn_attr(h, "level");
    int level = lv ? atoi(lv) : 1;
    xmlFree(lv);
    int ok = !numbered;
    const xmlNode *o = mn_next(h, NULL);
    while (o && !mn_is(o, "h"))
        o = mn_next(o, NULL);
    if (ok && o) {
        char *ol = mn_attr(o, "level");
        ok = (ol ? atoi(ol) : 1) > level;
        xmlFree(ol);
    }
    return ok;
}

/* Styled title and subtitle paragraphs (DOCX "Title", "Subtitle"). */
static int mn_fm_styled(mn_fm *fm, xmlNodePtr p)
{
    char **field = mn_fm_style_is(p, "Title")      ? &fm->text.title
                   : mn_fm_style_is(p, "Subtitle") ? &fm->text.subtitle
                                                   : NULL;
    if (!field || *field)
        return 0;
    char *text = mn_ts_inline_folded(p);
    if (!text || !mn_fm_wordy(text)) {
        free(text);
        return 0;
    }
    *field = text;
    fm->title_last = field == &fm->text.title;
    mn_fm_block(fm, p, fm->title_last ? MN_FM_TITLE : MN_FM_SUBTITLE);
    return 1;
}

static void mn_fm_scan(mn_fm *fm, xmlNodePtr body)
{
    xmlNodePtr c = mn_child(body, NULL), next;
    if (mn_is(c, "h") && mn_fm_title_heading(c)) {
        fm->text.title = mn_ts_inline_folded(c);
        fm->title_last = 1;
        mn_fm_block(fm, c, MN_FM_TITLE);
        c = mn_next(c, NULL);
    }
    for (int seen = 0; c && seen < MN_FM_MAX_BLOCKS; c = next, seen++) {
        next = mn_next(c, NULL);
        /* Plain text's rule headings (h style="rule") are leading lines as
         * their paragraphs were before the reader set them apart. */
        if (!mn_is(c, "p") && !(mn_is(c, "h") && mn_fm_style_is(c, "rule")))
            break;
        char *first = mn_ts_inline_folded(c);
        int stop = !first || mn_fm_body_starts(first);
        free(first);
        if (stop)
            break;
        if (!mn_fm_styled(fm, c))
            mn_fm_try(fm, c);
    }
}

/* ---- properties ---------------------------------------------------------------------- */

static void mn_fm_prop(mn_fm *fm, const char *name, const char *value, unsigned line,
                       mn_fm_info *info)
{
    if (strcmp(name, "title") == 0 || strcmp(name, "subtitle") == 0) {
        /* document properties often hold junk ("." or a template's name) */
        if (info == &fm->weak && !mn_fm_wordy(value))
            return;
        mn_fm_set(strcmp(name, "title") == 0 ? &info->title : &info->subtitle, value);
    } else if (strcmp(name, "location") == 0) {
        mn_fm_set(&info->place, value);
    } else if (strcmp(name, "url") == 0) {
        mn_fm_set(&info->url, value);
    } else if (strcmp(name, "timezone") == 0) {
        if (strlen(value) < sizeof info->zone && !strchr(value, ' '))
            strcpy(info->zone, value);
        else
            mn_job_warning(fm->job, "property", line, "ignoring the time zone property \"%s\"", value);
    } else {
        mn_fm_info tmp = {0};
        int ok = mn_fm_read_when(fm, value, line, &tmp) && !tmp.place &&
                 (strcmp(name, "date") == 0 ? tmp.has_date : tmp.has_time);
        if (ok && tmp.has_date) {
            info->has_date = 1, info->date = tmp.date, info->date_line = line;
        }
        if (ok && tmp.has_time) {
            info->has_time = 1, info->start = tmp.start, info->end = tmp.end;
            if (tmp.zone[0])
                memcpy(info->zone, tmp.zone, sizeof info->zone);
        }
        if (!ok)
            mn_job_warning(fm->job, "property", line, "cannot read the %s property \"%s\"", name, value);
        mn_fm_info_free(&tmp);
    }
}

static const char *const mn_fm_prop_names[] = {"title", "subtitle", "date", "time", "timezone",
                                               "location", "url", NULL};

static void mn_fm_props(mn_fm *fm, xmlNodePtr meta)
{
    for (xmlNodePtr c = mn_child(meta, "prop"), next; c; c = next) {
        next = mn_next(c, "prop");
        char *name = mn_attr(c, "name");
        int mine = 0;
        for (const char *const *k = mn_fm_prop_names; name && *k && !mine; k++)
            mine = strcmp(name, *k) == 0;
        if (mine) {
            char *value = mn_text_folded(c);
            char *auth = mn_attr(c, "authoritative");
            int strong = auth && (strcmp(auth, "1") == 0 || strcmp(auth, "true") == 0);
            if (value && *value)
                mn_fm_prop(fm, name, value, mn_ts_line(c), strong ? &fm->auth : &fm->weak);
            free(value);
            xmlFree(auth);
            mn_ts_drop(c);
        }
        xmlFree(name);
    }
}

/* ---- the text against the authoritative properties ------------------------------ */

/* Whether two texts say the same, ignoring ASCII case and white space. */
static int mn_fm_same(const char *a, const char *b)
{
    for (;;) {
        for (size_t k; (k = mn_ts_space(a));)
            a += k;
        for (size_t k; (k = mn_ts_space(b));)
            b += k;
        if (!*a || !*b)
            return !*a && !*b;
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
        a++, b++;
    }
}

/* Whether the text's date says nothing the authoritative one does not. */
static int mn_fm_same_date(const mn_fm_date *text, const mn_fm_date *auth)
{
    return text->month == auth->month && text->day == auth->day &&
           (text->year == 0 || text->year == auth->year);
}

/* The same for the time and zone (the zone may come from a "timezone"
 * property alone). */
static int mn_fm_same_time(const mn_fm *fm)
{
    const mn_fm_info *t = &fm->text, *a = &fm->auth;
    if (a->has_time && (t->start != a->start || (t->end >= 0 && t->end != a->end)))
        return 0;
    return !t->zone[0] || !a->zone[0] || strcasecmp(t->zone, a->zone) == 0;
}

/* The fields in which the text disagrees with the authoritative properties. */
static unsigned mn_fm_conflicts(const mn_fm *fm)
{
    const mn_fm_info *t = &fm->text, *a = &fm->auth;
    unsigned bad = 0;
    if (t->title && a->title && !mn_fm_same(t->title, a->title))
        bad |= MN_FM_TITLE;
    if (t->subtitle && a->subtitle && !mn_fm_same(t->subtitle, a->subtitle))
        bad |= MN_FM_SUBTITLE;
    if (t->has_date && a->has_date && !mn_fm_same_date(&t->date, &a->date))
        bad |= MN_FM_DATE;
    if (t->has_time && !mn_fm_same_time(fm))
        bad |= MN_FM_TIME;
    if (t->place && a->place && !mn_fm_same(t->place, a->place))
        bad |= MN_FM_PLACE;
    return bad;
}

static void mn_fm_date_text(const mn_fm_date *d, char *buf, size_t size)
{
    if (d->year)
        snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
    else
        snprintf(buf, size, "--%02d-%02d", d->month, d->day);
}

static void mn_fm_warn_conflict(mn_fm *fm, unsigned field, unsigned line)
{
    const mn_fm_info *t = &fm->text, *a = &fm->auth;
    char tv[16], av[16];
    if (field == MN_FM_DATE) {
        mn_fm_date_text(&t->date, tv, sizeof tv);
        mn_fm_date_text(&a->date, av, sizeof av);
        mn_job_warning(fm->job, "front-matter-mismatch", t->date_line ? t->date_line : line,
                       "the text's meeting date %s disagrees with the front matter's %s; "
                       "the line stays in the text", tv, av);
    } else if (field == MN_FM_TIME) {
        mn_job_warning(fm->job, "front-matter-mismatch", line,
                       "the text's meeting time disagrees with the front matter's; "
                       "the line stays in the text");
    } else {
        mn_job_warning(fm->job, "front-matter-mismatch", line,
                       "the text's meeting place \"%s\" disagrees with the front matter's \"%s\"; "
                       "the line stays in the text", t->place, a->place);
    }
}

/* Compares what the leading blocks said with the authoritative properties,
 * moves or drops the text's title and subtitle by the rules in the header,
 * and removes the blocks that agree (the others stay in the body). */
static void mn_fm_settle(mn_fm *fm)
{
    mn_fm_info *t = &fm->text;
    unsigned bad = mn_fm_conflicts(fm);
    if ((bad & MN_FM_TITLE) && !t->subtitle && !fm->auth.subtitle) {
        t->subtitle = t->title; /* the author's heading, under the front matter's title */
        t->title = NULL;
        bad &= ~(unsigned)MN_FM_TITLE;
    } else if ((bad & MN_FM_TITLE) && t->subtitle) {
        if (!fm->auth.subtitle || !mn_fm_same(t->subtitle, fm->auth.subtitle))
            bad |= MN_FM_SUBTITLE;
        free(t->subtitle); /* the kept title's subtitle, not the meeting's */
        t->subtitle = NULL;
    }
    if ((bad & MN_FM_TIME) && fm->auth.has_time)
        t->zone[0] = '\0'; /* the zone of the text's time, not of the front matter's */
    unsigned warned = 0;
    for (size_t i = 0; i < fm->nblocks; i++) {
        unsigned clash = fm->blocks[i].fields & bad;
        for (unsigned f = MN_FM_DATE; f <= MN_FM_PLACE; f <<= 1)
            if (clash & f & ~warned) {
                mn_fm_warn_conflict(fm, f, mn_ts_line(fm->blocks[i].node));
                warned |= f;
            }
        if (!clash)
            mn_ts_drop(fm->blocks[i].node);
    }
    fm->nblocks = 0;
}

/* ---- writing meta ---------------------------------------------------------------------- */

#define MN_PICK(field) (fm->auth.field ? fm->auth.field : fm->text.field ? fm->text.field : fm->weak.field)

static const mn_fm_info *mn_fm_pick_date(const mn_fm *fm)
{
    return fm->auth.has_date ? &fm->auth : fm->text.has_date ? &fm->text
           : fm->weak.has_date ? &fm->weak : NULL;
}

static const mn_fm_info *mn_fm_pick_time(const mn_fm *fm)
{
    return fm->auth.has_time ? &fm->auth : fm->text.has_time ? &fm->text
           : fm->weak.has_time ? &fm->weak : NULL;
}

static const char *mn_fm_pick_zone(const mn_fm *fm)
{
    return fm->auth.zone[0] ? fm->auth.zone : fm->text.zone[0] ? fm->text.zone : fm->weak.zone;
}

/* The year of the reference date option, or 0. */
static int mn_fm_reference_year(mn_job *job)
{
    const char *ref = mn_job_option(job, "reference-date");
    int y = 0;
    return ref && sscanf(ref, "%4d-", &y) == 1 ? y : 0;
}

static const char *const mn_weekday_names[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};

static void mn_fm_write_date(mn_fm *fm, xmlNodePtr meta, const mn_fm_info *src)
{
    mn_fm_date d = src->date;
    if (d.year == 0)
        d.year = mn_fm_reference_year(fm->job);
    if (d.year == 0 || !mn_fm_valid_date(d.year, d.month, d.day)) {
        mn_job_warning(fm->job, "meeting-date", src->date_line,
                       "the meeting date has no year; give --reference-date to set it");
        return;
    }
    if (d.ambiguous && !fm->order_known)
        mn_job_warning(fm->job, "ambiguous-date", src->date_line,
                       "read the numeric meeting date as %04d-%02d-%02d; --date-order sets the order",
                       d.year, d.month, d.day);
    int wd = mn_fm_weekday(d.year, d.month, d.day);
    if (d.weekday && d.weekday != wd)
        mn_job_warning(fm->job, "weekday-mismatch", src->date_line,
                       "the meeting date %04d-%02d-%02d is a %s, not a %s",
                       d.year, d.month, d.day, mn_weekday_names[wd], mn_weekday_names[d.weekday]);
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    mn_add(meta, "date", buf);
}

static void mn_fm_write_time(mn_fm *fm, xmlNodePtr meta)
{
    const mn_fm_info *src = mn_fm_pick_time(fm);
    if (!src)
        return;
    xmlNodePtr t = mn_add(meta, "time", NULL);
    char buf[8];
    snprintf(buf, sizeof buf, "%02d:%02d", src->start / 60 % 24, src->start % 60);
    mn_set_attr(t, "start", buf);
    if (src->end >= 0) {
        snprintf(buf, sizeof buf, "%02d:%02d", src->end / 60 % 24, src->end % 60);
        mn_set_attr(t, "end", buf);
    }
    const char *zone = mn_fm_pick_zone(fm);
    if (*zone)
        mn_set_attr(t, "zone", zone);
}

static void mn_fm_write(mn_fm *fm, xmlNodePtr meta)
{
    if (MN_PICK(title))
        mn_add(meta, "title", MN_PICK(title));
    if (MN_PICK(subtitle))
        mn_add(meta, "subtitle", MN_PICK(subtitle));
    const mn_fm_info *date = mn_fm_pick_date(fm);
    if (date)
        mn_fm_write_date(fm, meta, date);
    mn_fm_write_time(fm, meta);
    const char *place = MN_PICK(place);
    if (place) {
        xmlNodePtr loc = mn_add(meta, "location", place);
        mn_set_attr(loc, "mode", mn_fm_location_mode(place));
    }
    if (MN_PICK(url))
        mn_add(meta, "url", MN_PICK(url));
}

/* Day first unless the option or the document's language says otherwise. */
static mn_date_order mn_fm_order(xmlDocPtr doc, const mn_job *job)
{
    switch (mn_doc_date_order(doc, job)) {
    case 'm':
        return MN_ORDER_MDY;
    case 'y':
        return MN_ORDER_YMD;
    default:
        return MN_ORDER_DMY;
    }
}

int mn_pass_frontmatter(xmlDocPtr doc, mn_job *job)
{
    xmlNodePtr meta = mn_meta(doc), body = mn_body(doc);
    if (!meta || !body)
        return 0;
    mn_fm fm = {.job = job, .order = mn_fm_order(doc, job), .order_known = mn_doc_date_order(doc, job) != 0};
    mn_fm_props(&fm, meta);
    mn_fm_scan(&fm, body);
    /* A title that names the meeting's date ("Minutes of 3 March 2026") gives
     * the date when no line or property does. */
    if (!fm.text.has_date && !fm.auth.has_date && fm.text.title) {
        for (size_t i = 0; fm.text.title[i] && !fm.text.has_date; i++) {
            mn_fm_date d;
            if (mn_fm_word_start(fm.text.title, i) &&
                mn_fm_parse_date(fm.text.title + i, fm.order, &d) && d.year) {
                fm.text.has_date = 1;
                fm.text.date = d;
            }
        }
    }
    mn_fm_settle(&fm);
    mn_fm_write(&fm, meta);
    mn_fm_info_free(&fm.text);
    mn_fm_info_free(&fm.auth);
    mn_fm_info_free(&fm.weak);
    return 0;
}
