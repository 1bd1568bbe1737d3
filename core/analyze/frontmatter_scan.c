/* SPDX-License-Identifier: MIT */
/* frontmatter_scan.c — the leading blocks of the body: a title heading, a
 * styled Title/Subtitle, and the paragraphs before the first heading, list,
 * table or numbered heading-like line — a title, a subtitle right after it,
 * "date | time | place" lines and "Date:" lines (frontmatter.h).  A
 * paragraph is taken only when every one of its lines was understood. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "frontmatter.h"
#include "lexicon.h"
#include "people.h"
#include "place.h"
#include "textscan.h"
#include "xmlutil.h"


static void mn_fm_zone_statement(mn_fm *fm, const char *text);
static void mn_fm_hours_sentence(mn_fm *fm, const char *text);

/* Whether s has at least two letters or digits ("D", "." are no titles). */
int mn_fm_wordy(const char *s)
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
    const char *word = strrchr(line, ' ');
    word = word ? word + 1 : line;
    /* "Larchmont Foundation, Inc.": the stop of an organisation's suffix */
    int suffix = last == '.' && mn_lx_has(mn_lx(), MN_LX_ORGANISATION_WORDS, word);
    if ((last == '.' && !suffix) || last == ':' || last == ';' || last == ',')
        return 0;
    for (const char *const *a = mn_lx_words(mn_lx(), MN_LX_ACTION_ARROWS); *a; a++)
        if (strncmp(line, *a, strlen(*a)) == 0)
            return 0; /* an action line */
    /* "Chair: …", "Present: …" are people, never the title */
    const char *colon = strchr(line, ':'), *role;
    return !colon || !mn_people_label(line, (size_t)(colon - line), &role, NULL);
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

/* A line ending in a full stop is a sentence, not a "date | place" line;
 * the stop of "6:30 p.m." is the time's. */
static int mn_fm_sentence(const char *line)
{
    size_t n = strlen(line);
    if (!n || line[n - 1] != '.')
        return 0;
    size_t count;
    const mn_lx_entry *forms = mn_lx_entries(mn_lx(), MN_LX_MERIDIEM, &count);
    for (size_t i = 0; i < count; i++) {
        size_t k = strlen(forms[i].w);
        if (k >= n || forms[i].w[k - 1] != '.' || strcasecmp(line + n - k, forms[i].w) != 0)
            continue;
        size_t at = n - k;
        if (line[at - 1] == ' ' && at > 1)
            at--;
        if (isdigit((unsigned char)line[at - 1]))
            return 0; /* "6:30 p.m." */
    }
    /* "2200 Harmon Ave.", "Acme Inc.": an abbreviation's stop, in a line
     * with separators (a sentence has none) */
    size_t w = n - 1;
    while (w > 0 && line[w - 1] != ' ')
        w--;
    if (n - 1 - w >= 2 && n - 1 - w <= 4 && isupper((unsigned char)line[w]) && strpbrk(line, "|,;"))
        return 0;
    return 1;
}

/* "Next meeting: Thursday, 18 October 2018 10am": a label over a date is a
 * field, never a subtitle, nor the author's heading under a front matter's
 * title (it stays in the body for the passes after). */
static int mn_fm_field_with_date(const mn_fm *fm, const char *line)
{
    const char *colon = strchr(line, ':');
    if (!colon)
        return 0;
    for (const char *s = colon + 1; *s; s++) {
        mn_fm_date d;
        if (mn_fm_word_start(line, (size_t)(s - line)) && mn_fm_parse_date(s, fm->order, &d))
            return 1;
    }
    return 0;
}

/* Whether line is a title that carries the meeting's date: "<name> —
 * <date>" and nothing after the date, or a date beside words that name a
 * document ("November 29, 2017 Meeting Notes", "2026-03-04 Steering call"),
 * never a place. */
static int mn_fm_title_dash_date(mn_fm *fm, const char *line)
{
    mn_fm_info scratch = {0};
    int doc = mn_fm_read_when(fm, line, 0, &scratch) && scratch.has_date && !scratch.has_time &&
              scratch.place && mn_fm_names_document(scratch.place);
    mn_fm_info_free(&scratch);
    if (doc)
        return mn_fm_title_like(line, 200);
    /* "Minutes of 21 January 2021" (no field, no held sentence) */
    int plain = !strchr(line, ':') && !mn_fm_held_sentence(line) && mn_fm_names_document(line);
    for (size_t i = 0; line[i] && plain; i++) {
        mn_fm_date d;
        if (mn_fm_word_start(line, i) && mn_fm_parse_date(line + i, fm->order, &d) && d.year)
            return mn_fm_title_like(line, 200);
    }
    for (size_t i = 1; line[0] && line[i]; i++) {
        if (line[i - 1] != ' ')
            continue;
        size_t d = mn_ts_dash(line + i);
        if (d == 1 && line[i + 1] == '-')
            d = 2;
        if (!d || line[i + d] != ' ')
            continue;
        const char *v = line + i + d + 1;
        mn_fm_date date;
        size_t k = mn_fm_parse_date(v, fm->order, &date);
        if (k && date.year && v[k] == '\0')
            return mn_fm_title_like(line, 200) && mn_fm_wordy(line);
    }
    return 0;
}

/* The first date with its year in line, into *d: 1 when found. */
static int mn_fm_line_date(const mn_fm *fm, const char *line, mn_fm_date *d)
{
    for (size_t i = 0; line[i]; i++)
        if (mn_fm_word_start(line, i) && mn_fm_parse_date(line + i, fm->order, d) && d->year)
            return 1;
    return 0;
}

/* Classifies every line of one paragraph into tmp; returns 1 when all of
 * them are front matter. */
static int mn_fm_paragraph(mn_fm *fm, char **lines, size_t n, unsigned lineno, mn_fm_info *tmp,
                           int *title_last, int last_block, int letterhead)
{
    int when_last = fm->when_last;
    for (size_t i = 0; i < n; i++) {
        const char *line = lines[i];
        if (!*line)
            continue;
        /* "Board Meeting — 4 March 2026": the first line is the title
         * that carries the date (frontmatter.c reads it from the title) */
        if (!tmp->title && !fm->text_seen && !tmp->has_date && mn_fm_title_dash_date(fm, line)) {
            tmp->title = strdup(line);
            tmp->seen |= MN_FM_TITLE;
            *title_last = 1;
            continue;
        }
        int k = mn_fm_read_key(fm, line, lineno, tmp);
        if (k < 0)
            return 0;
        /* "held on … at … in …" is the opening sentence's to read */
        int sentence = mn_fm_sentence(line) || mn_fm_held_sentence(line);
        if (k > 0 || (!sentence && !tmp->has_date && !tmp->has_time &&
                      mn_fm_read_when(fm, line, lineno, tmp))) {
            *title_last = 0;
            when_last = k == 0;
            continue;
        }
        /* the place on its own line under the date and time */
        if (when_last && !sentence && mn_fm_read_place(line, tmp)) {
            when_last = 0;
            continue;
        }
        when_last = 0;
        /* A paragraph with nothing after it is the text itself, not its
         * title; a letterhead's address or register number never is. */
        if (last_block || letterhead || mn_fm_held_sentence(line)) {
            return 0;
        } else if (!tmp->title && !fm->text_seen && mn_fm_title_like(line, 200) &&
                   !(fm->auth.title && mn_fm_field_with_date(fm, line))) {
            tmp->title = strdup(line);
            tmp->seen |= MN_FM_TITLE;
            *title_last = 1;
        } else if (tmp->title && !tmp->subtitle && *title_last && mn_fm_title_like(line, 150) &&
                   !mn_fm_field_with_date(fm, line)) {
            tmp->subtitle = strdup(line);
            tmp->seen |= MN_FM_SUBTITLE;
            *title_last = 0;
        } else if (tmp->title && !tmp->has_date && !fm->text_seen && mn_fm_title_dash_date(fm, line) &&
                   mn_fm_line_date(fm, line, &tmp->date)) {
            /* "Procès-verbal de la séance du mardi 6 octobre 2020" under
             * the title and its subtitle: the line that names the
             * document and its date gives the date, and stays */
            tmp->has_date = 1;
            tmp->date_line = lineno;
            tmp->seen |= MN_FM_DATE | MN_FM_KEEP;
        } else {
            return 0;
        }
    }
    fm->when_last = when_last;
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
    c.org = i->org ? strdup(i->org) : NULL;
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

/* The fields of fm->text that changed since BEFORE came from node n (the
 * -v account, frontmatter_source.c). */
static void mn_fm_mark(mn_fm *fm, mn_fm_print before, const xmlNode *n)
{
    if (!mn_job_verbose(fm->job))
        return;
    char *text = mn_ts_inline_folded(n);
    mn_fm_source_mark(fm, &fm->text, before, mn_ts_line(n), text);
    free(text);
}

static int mn_fm_style_is(const xmlNode *n, const char *style)
{
    char *s = mn_attr(n, "style");
    int is = s && strcasecmp(s, style) == 0;
    xmlFree(s);
    return is;
}

/* Whether the reader said what block n is for (block-role="title" or
 * "subtitle", docs/INTERNALS.md): the passes read roles, never a source
 * format's style names ("Title" is Word's word for it). */
static int mn_fm_role_is(const xmlNode *n, const char *role)
{
    char *r = mn_attr(n, "block-role");
    int is = r && strcmp(r, role) == 0;
    xmlFree(r);
    return is;
}

/* Tries one leading paragraph; returns 1 when it was read as front matter. */
static int mn_fm_try(mn_fm *fm, xmlNodePtr p)
{
    char *lines[16];
    size_t n = mn_fm_lines(p, lines, 16);
    mn_fm_info tmp = mn_fm_info_copy(&fm->text);
    tmp.seen = 0;
    int title_last = fm->title_last, ok = n > 0;
    /* The page header's lines (DOCX: the header's style) come first: a
     * letterhead, whose lines other than a date are no front matter and
     * leave the title to the body's first lines. */
    int letterhead = mn_fm_style_is(p, "Header");
    /* links ("Agenda · IRC log") are no place under the date line */
    if (mn_child(p, "link"))
        fm->when_last = 0;
    for (size_t i = 0; i < n; i++) {
        ok = ok && lines[i];
        mn_fm_remote_words(fm, lines[i], mn_ts_line(p));
    }
    /* a letterhead's address or phone line: it stays, and the title is
     * looked for below it */
    int contact = ok && !letterhead && mn_fm_letterhead(fm, lines, n);
    if (contact) {
        mn_fm_info_free(&tmp);
        for (size_t i = 0; i < n; i++)
            free(lines[i]);
        return 0;
    }
    if (ok)
        ok = mn_fm_paragraph(fm, lines, n, mn_ts_line(p), &tmp, &title_last,
                             mn_next(p, NULL) == NULL, letterhead);
    if (ok) {
        mn_fm_block(fm, p, tmp.seen);
        mn_fm_info_move(&fm->text, &tmp);
        fm->title_last = title_last;
    } else if (letterhead) {
        mn_fm_info_free(&tmp);
    } else {
        mn_fm_info_free(&tmp);
        char *text = mn_ts_inline_folded(p);
        /* "MINUTES OF THE MEETING OF FULL COUNCIL held on …": the words
         * before the held ones are the title; the sentence stays */
        char *named = !fm->text.title && !fm->text_seen ? mn_fm_title_before_held(text) : NULL;
        if (named && mn_fm_title_like(named, 200) && mn_fm_names_document(named))
            fm->text.title = named;
        else
            free(named);
        mn_fm_sentence_when(fm, text, mn_ts_line(p));
        if (text) {
            mn_fm_zone_statement(fm, text);
            mn_fm_host_statement(fm, text);
            mn_fm_hours_sentence(fm, text);
        }
        free(text);
        fm->text_seen = 1;
        fm->title_last = 0;
        fm->when_last = 0;
    }
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    return ok;
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
    if (mn_fm_role_is(h, "title"))
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

/* A title read from an unstyled line gives way to a Title-styled paragraph
 * after it (a letterhead's line, a register number above the template's
 * title): its paragraph stays in the body.  Not when that paragraph gave
 * more than the title, or a subtitle followed it. */
static void mn_fm_title_gives_way(mn_fm *fm)
{
    if (!fm->text.title || fm->title_styled || fm->text.subtitle)
        return;
    for (size_t i = 0; i < fm->nblocks; i++)
        if (fm->blocks[i].fields & MN_FM_TITLE) {
            if (fm->blocks[i].fields != MN_FM_TITLE)
                return;
            memmove(&fm->blocks[i], &fm->blocks[i + 1], (fm->nblocks - i - 1) * sizeof fm->blocks[0]);
            fm->nblocks--;
            free(fm->text.title);
            fm->text.title = NULL;
            return;
        }
}

/* Styled title and subtitle paragraphs (DOCX "Title", "Subtitle"). */
static int mn_fm_styled(mn_fm *fm, xmlNodePtr p)
{
    int title = mn_fm_role_is(p, "title");
    if (title)
        mn_fm_title_gives_way(fm);
    char **field = title                           ? &fm->text.title
                   : mn_fm_role_is(p, "subtitle") ? &fm->text.subtitle
                                                   : NULL;
    if (!field || *field)
        return 0;
    char *text = mn_ts_inline_folded(p);
    if (!text || !mn_fm_wordy(text)) {
        free(text);
        return 0;
    }
    /* "23–25 February 2016 | 10:00–18:00 CET | Maison des Congrès du Lac,
     * Geneva" set in the Subtitle style: a date line for all its style,
     * read as the leading lines are */
    mn_fm_info scratch = {0};
    int when = field == &fm->text.subtitle && mn_fm_read_when(fm, text, 0, &scratch) &&
               scratch.has_date && (scratch.has_time || scratch.place) &&
               !(scratch.place && mn_fm_names_document(scratch.place)); /* "Meeting notes — June 11" */
    mn_fm_info_free(&scratch);
    if (when) {
        free(text);
        return 0;
    }
    *field = text;
    fm->title_last = field == &fm->text.title;
    fm->title_styled |= fm->title_last;
    fm->when_last = 0;
    mn_fm_block(fm, p, fm->title_last ? MN_FM_TITLE : MN_FM_SUBTITLE);
    return 1;
}

/* "Meeting #41, Zoom": a title-block item naming the meeting, then after
 * its last comma only the platform it met on (a capitalised word that
 * says how): the platform is the place.  The item stays. */
static void mn_fm_item_platform(mn_fm *fm, const char *line)
{
    const char *comma = strrchr(line, ',');
    if (fm->text.place || !comma || comma[1] != ' ')
        return;
    const char *p = comma + 2;
    char *before = mn_ts_fold(line, (size_t)(comma - line));
    if (before && mn_fm_names_document(before) && mn_ts_starts_upper(p) && mn_ts_word_count(p) <= 3 &&
        mn_place_mode_only(p))
        fm->text.place = strdup(p);
    free(before);
}

/* A list of labelled items in the leading blocks ("- Meeting date: …",
 * "* Time: 15:00 UTC", "- **Location:** Zoom"), as Markdown minutes write
 * their title block: each item that is such a field is read and leaves the
 * list (the whole list when every item was one); the others stay. */
static void mn_fm_list(mn_fm *fm, xmlNodePtr list)
{
    size_t items = 0, taken = 0, first = fm->nblocks;
    for (xmlNodePtr it = mn_child(list, "item"); it; it = mn_next(it, "item"))
        items++;
    if (!items || fm->text_seen || fm->nblocks + items > MN_FM_MAX_BLOCKS)
        return;
    unsigned all = 0;
    for (xmlNodePtr it = mn_child(list, "item"); it; it = mn_next(it, "item")) {
        char *lines[2];
        size_t n = mn_fm_lines(it, lines, 2);
        mn_fm_remote_words(fm, n ? lines[0] : NULL, mn_ts_line(it));
        mn_fm_print before = mn_fm_print_of(&fm->text);
        if (n == 1 && lines[0] && !mn_child(it, "list")) {
            mn_fm_info tmp = mn_fm_info_copy(&fm->text);
            tmp.seen = 0;
            if (mn_fm_read_key(fm, lines[0], mn_ts_line(it), &tmp) > 0 && tmp.seen) {
                mn_fm_block(fm, it, tmp.seen);
                all |= tmp.seen;
                mn_fm_info_move(&fm->text, &tmp);
                mn_fm_mark(fm, before, it);
                taken++;
            } else {
                mn_fm_info_free(&tmp);
                mn_fm_item_platform(fm, lines[0]);
                mn_fm_mark(fm, before, it);
            }
        }
        for (size_t i = 0; i < n; i++)
            free(lines[i]);
    }
    if (taken && taken == items) { /* the list goes with its items */
        fm->nblocks = first;
        mn_fm_block(fm, list, all);
    }
}

/* Field lines later in the preamble, below the participants' table or
 * list ("Times: 10:00–16:00 EDT", "Location: …"): each fills what the
 * leading blocks left open; the line stays where it is. */
/* "Times are EEST (UTC+3), 10:00–17:30.", "All times in UTC. Day 1:
 * 10:00–17:00.": a sentence that gives the zone of the minutes' times; the
 * first time after it in the paragraph is the meeting's when none was
 * given.  Fills what fm->text leaves open. */
static void mn_fm_zone_statement(mn_fm *fm, const char *text)
{
    mn_fm_info *t = &fm->text;
    for (size_t i = 0; text[i]; i++) {
        if (i && !(text[i - 1] == ' ' && i >= 2 && (text[i - 2] == '.' || text[i - 2] == ':')))
            continue; /* a sentence's start */
        size_t k = 0;
        for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_ZONE_STATEMENTS); *w && !k; w++)
            k = mn_ts_prefix(text + i, *w, 1);
        if (!k)
            continue;
        const char *z = text + i + k;
        z += mn_ts_skip_space(z);
        char zone[40];
        size_t zk = mn_fm_parse_zone(z, zone, sizeof zone);
        if (!zk)
            return;
        for (const char *p = z + zk; *p && !t->has_time; p++) {
            mn_fm_time tm;
            if (mn_fm_word_start(text, (size_t)(p - text)) && mn_fm_parse_time(p, &tm) && tm.end >= 0) {
                t->has_time = 1, t->start = tm.start, t->end = tm.end;
                memcpy(t->zone, tm.zone, sizeof t->zone);
            }
        }
        if (t->has_time && !t->zone[0])
            memcpy(t->zone, zone, sizeof zone);
        return;
    }
}

/* "Day 2 of 3. Hosted by Bluestem Systems, Austin. 9:30–17:00 Central.":
 * a sentence of the title block that is only the meeting's hours, a range
 * with its zone, fills the time fm->text leaves open. */
static void mn_fm_hours_sentence(mn_fm *fm, const char *text)
{
    mn_fm_info *t = &fm->text;
    for (size_t i = 0; text[i] && !t->has_time; i++) {
        if (i && !(text[i - 1] == ' ' && i >= 2 && text[i - 2] == '.'))
            continue; /* a sentence's start */
        mn_fm_time tm;
        size_t k = mn_fm_parse_time(text + i, &tm);
        if (!k || tm.end < 0 || !(text[i + k] == '\0' || (text[i + k] == '.' && (!text[i + k + 1] || text[i + k + 1] == ' '))))
            continue;
        t->has_time = 1, t->start = tm.start, t->end = tm.end;
        memcpy(t->zone, tm.zone, sizeof t->zone);
    }
}

/* A row of a title table ("Time | 09:00–17:30 CEST") as the field line it
 * stands for, or NULL. */
static char *mn_fm_row_line(const xmlNode *row)
{
    const xmlNode *k = mn_child(row, "cell"), *v = k ? mn_next(k, "cell") : NULL;
    if (!v || mn_next(v, "cell"))
        return NULL;
    char *key = mn_ts_inline_folded(k), *value = mn_ts_inline_folded(v), *line = NULL;
    size_t kn = key ? strlen(key) : 0;
    if (key && value && kn && kn < 40 && !strchr(key, ':') && !strchr(value, '\n')) {
        line = malloc(kn + strlen(value) + 3);
        if (line)
            sprintf(line, "%s: %s", key, value);
    }
    free(key);
    free(value);
    return line;
}

/* Reads one field line into what fm->text leaves open. */
static void mn_fm_fill(mn_fm *fm, const char *line, unsigned lineno)
{
    mn_fm_info tmp = {0};
    tmp.end = -1;
    int k = mn_fm_read_key(fm, line, lineno, &tmp);
    mn_fm_info *t = &fm->text;
    if (k > 0 && tmp.has_time && !t->has_time) {
        t->has_time = 1, t->start = tmp.start, t->end = tmp.end;
        memcpy(t->zone, tmp.zone, sizeof t->zone);
    }
    if (k > 0 && tmp.has_date && !t->has_date)
        t->has_date = 1, t->date = tmp.date, t->date_line = tmp.date_line;
    if (k > 0 && tmp.place && !t->place) {
        t->place = tmp.place;
        tmp.place = NULL;
    }
    mn_fm_info_free(&tmp);
}

/* The rows of a title table ("Date | 2026-05-14", "Venue | …"), as a
 * Word template lays the title block out. */
static void mn_fm_table(mn_fm *fm, const xmlNode *table)
{
    int rows = 0;
    for (const xmlNode *r = mn_child(table, "row"); r && rows < MN_FM_MAX_BLOCKS; r = mn_next(r, "row"), rows++) {
        char *line = mn_fm_row_line(r);
        mn_fm_print before = mn_fm_print_of(&fm->text);
        if (line)
            mn_fm_fill(fm, line, mn_ts_line(r));
        mn_fm_source_mark(fm, &fm->text, before, mn_ts_line(r), line);
        free(line);
    }
}

static void mn_fm_preamble(mn_fm *fm, xmlNodePtr first)
{
    int paras = 0;
    for (xmlNodePtr c = first; c && paras < MN_FM_MAX_BLOCKS; c = mn_next(c, NULL)) {
        if (mn_is(c, "h") || mn_is(c, "section"))
            break;
        if (mn_is(c, "table") && paras++ == 0)
            mn_fm_table(fm, c);
        if (!mn_is(c, "p"))
            continue;
        paras++;
        char *lines[2];
        size_t n = mn_fm_lines(c, lines, 2);
        for (size_t i = 0; i < n; i++)
            mn_fm_remote_words(fm, lines[i], mn_ts_line(c));
        if (n == 1 && lines[0]) {
            mn_fm_print before = mn_fm_print_of(&fm->text);
            mn_fm_fill(fm, lines[0], mn_ts_line(c));
            mn_fm_zone_statement(fm, lines[0]);
            mn_fm_host_statement(fm, lines[0]);
            mn_fm_source_mark(fm, &fm->text, before, mn_ts_line(c), lines[0]);
        }
        for (size_t i = 0; i < n; i++)
            free(lines[i]);
    }
}

/* Whether heading h opens a section of the title block: a meeting field
 * ("## Date/Time", "## Location") or the lexicon's title-block-headings
 * ("## Links").  *field is set for a field, whose lines are its values. */
static int mn_fm_field_heading(const xmlNode *h, int *field)
{
    char *text = mn_ts_inline_folded(h);
    size_t n = text ? strlen(text) : 0;
    while (n && (text[n - 1] == ':' || text[n - 1] == ' '))
        text[--n] = '\0';
    char *line = n && n < 40 ? malloc(n + 3) : NULL;
    int is = 0;
    if (line) {
        sprintf(line, "%s: ", text);
        *field = mn_fm_is_key(line);
        is = *field || mn_lx_has(mn_lx(), MN_LX_TITLE_BLOCK_HEADINGS, text);
    }
    free(line);
    free(text);
    return is;
}

/* One line of a title-block section, into what fm->text leaves open: the
 * heading's field ("Date/Time" over "UTC 17:00") or the line's own. */
static void mn_fm_section_line(mn_fm *fm, const xmlNode *h, int field, const char *line, unsigned lineno)
{
    char *key = field ? mn_ts_inline_folded(h) : NULL;
    size_t kn = key ? strcspn(key, ":") : 0;
    char *joined = key ? malloc(kn + strlen(line) + 3) : NULL;
    if (joined)
        sprintf(joined, "%.*s: %s", (int)kn, key, line);
    fm->quiet = 1; /* "Or in your local time:" under "## Date/Time" */
    mn_fm_print before = mn_fm_print_of(&fm->text);
    mn_fm_fill(fm, joined ? joined : line, lineno);
    mn_fm_source_mark(fm, &fm->text, before, lineno, joined ? joined : line);
    fm->quiet = 0;
    mn_fm_remote_words(fm, line, lineno);
    free(joined);
    free(key);
}

/* Markdown minutes whose title block goes on in sections under the title
 * ("## Date/Time" over "**UTC 17:00**", "## Links" over "* Zoom: …"):
 * each paragraph line and list item of such a section fills what the
 * title block left open; everything stays in the body.  Returns the node
 * after the section. */
static xmlNodePtr mn_fm_field_section(mn_fm *fm, xmlNodePtr h, int field)
{
    xmlNodePtr c = mn_next(h, NULL);
    for (int blocks = 0; c && !mn_is(c, "h") && blocks < MN_FM_MAX_BLOCKS; c = mn_next(c, NULL), blocks++) {
        int list = mn_is(c, "list");
        if (!list && !mn_is(c, "p"))
            continue;
        xmlNodePtr first = list ? mn_child(c, "item") : c;
        for (xmlNodePtr it = first; it; it = list ? mn_next(it, "item") : NULL) {
            char *lines[4];
            size_t n = mn_fm_lines(it, lines, 4);
            for (size_t i = 0; i < n; i++)
                if (lines[i])
                    mn_fm_section_line(fm, h, field, lines[i], mn_ts_line(it));
            for (size_t i = 0; i < n; i++)
                free(lines[i]);
        }
    }
    return c;
}

void mn_fm_scan(mn_fm *fm, xmlNodePtr body)
{
    xmlNodePtr c = mn_child(body, NULL), next;
    if (mn_is(c, "h") && mn_fm_title_heading(c)) {
        mn_fm_print before = mn_fm_print_of(&fm->text);
        fm->text.title = mn_ts_inline_folded(c);
        mn_fm_mark(fm, before, c);
        fm->title_last = 1;
        fm->title_styled = 1;
        mn_fm_block(fm, c, MN_FM_TITLE);
        c = mn_next(c, NULL);
        /* "# Kestrel Sailing Club" over "## Committee Meeting — 8 March
         * 2026": the heading under the title names the meeting */
        char *sub = mn_is(c, "h") && mn_next(c, NULL) ? mn_ts_inline_folded(c) : NULL;
        /* "# Concejo Municipal de …" over "## Acta de la Sesión Ordinaria
         * N.º 62-2021": a heading that names the document, no numbered
         * item's, is the subtitle, and the opening sentence under it is
         * still the title block's */
        mn_label l;
        if (sub && (mn_fm_title_dash_date(fm, sub) ||
                    (mn_fm_names_document(sub) && !mn_ts_label(sub, &l) && mn_fm_title_like(sub, 150)))) {
            fm->text.subtitle = sub;
            sub = NULL;
            mn_fm_block(fm, c, MN_FM_SUBTITLE);
            c = mn_next(c, NULL);
        }
        free(sub);
    }
    for (int seen = 0; c && seen < MN_FM_MAX_BLOCKS; c = next, seen++) {
        next = mn_next(c, NULL);
        mn_fm_print before = mn_fm_print_of(&fm->text);
        /* Plain text's rule headings (h style="rule") are leading lines as
         * their paragraphs were before the reader set them apart. */
        if (mn_is(c, "list")) {
            mn_fm_list(fm, c);
            mn_fm_preamble(fm, next);
            break;
        }
        int field;
        if (mn_is(c, "h") && !fm->text_seen && fm->text.title && mn_fm_field_heading(c, &field)) {
            next = mn_fm_field_section(fm, c, field);
            continue;
        }
        if (!mn_is(c, "p") && !(mn_is(c, "h") && mn_fm_style_is(c, "rule"))) {
            mn_fm_preamble(fm, c);
            break;
        }
        char *first = mn_ts_inline_folded(c);
        int stop = !first || mn_fm_body_starts(first);
        free(first);
        if (stop)
            break;
        if (!mn_fm_styled(fm, c))
            mn_fm_try(fm, c);
        mn_fm_mark(fm, before, c);
    }
}
