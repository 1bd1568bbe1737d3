/* SPDX-License-Identifier: MIT */
/* temporal_doc.c — reference date and block text for the temporal passes. */
#include "temporal_doc.h"
#include "temporal_scan.h"
#include "textscan.h"
#include "xmlutil.h"

#include <stdlib.h>
#include <string.h>

/* meta/time's START or END ("11:00") as minutes after midnight. */
static int clock_minutes(const xmlNode *time, const char *name, int *minutes)
{
    char *v = time ? mn_attr(time, name) : NULL;
    int ok = v && strlen(v) == 5 && v[0] >= '0' && v[0] <= '2' && v[1] >= '0' && v[1] <= '9' &&
             v[2] == ':' && v[3] >= '0' && v[3] <= '5' && v[4] >= '0' && v[4] <= '9';
    if (ok)
        *minutes = ((v[0] - '0') * 10 + v[1] - '0') * 60 + (v[3] - '0') * 10 + v[4] - '0';
    xmlFree(v);
    return ok && *minutes <= 24 * 60;
}

/* Blocks read for a meeting's date when the title block gives none. */
enum { DATE_LINE_BLOCKS = 8 };

/* The first day written with its year in N's text (N may be NULL). */
static int written_day_in(const xmlNode *n, mn_ymd *day)
{
    char *text = n ? mn_text_folded(n) : NULL;
    int found = text && mn_tscan_written_day(text, strlen(text), day, NULL);
    free(text);
    return found;
}

/* The first day written with its year in the first *LEFT blocks under N,
 * in document order. */
static int written_day_under(const xmlNode *n, int *left, mn_ymd *day)
{
    for (const xmlNode *c = n ? n->children : NULL; c && *left > 0; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (mn_tdoc_block_name(mn_ts_name(c))) {
            --*left;
            if (written_day_in(c, day))
                return 1;
        } else if (written_day_under(c, left, day)) {
            return 1;
        }
    }
    return 0;
}

/* A meeting whose title block was not read still has its date at the top:
 * "Minutes of the meeting held on Tuesday 14th July 2015", "Date: 12/05/22"
 * — the first day written with its year in the title, the subtitle or the
 * first blocks of the body. */
static int date_at_top(xmlDocPtr doc, mn_ymd *day)
{
    xmlNodePtr meta = mn_meta(doc);
    if (written_day_in(mn_child(meta, "title"), day) || written_day_in(mn_child(meta, "subtitle"), day))
        return 1;
    int left = DATE_LINE_BLOCKS;
    return written_day_under(mn_body(doc), &left, day);
}

void mn_tdoc_reference(xmlDocPtr doc, mn_job *job, mn_tref *ref, int warn)
{
    memset(ref, 0, sizeof *ref);
    const char *opt = mn_job_option(job, "reference-date");
    if (opt && mn_cal_parse(opt, &ref->date) && strlen(opt) == 10)
        ref->have = 1;
    else if (opt && warn)
        mn_job_warning(job, "option", 0, "reference date '%s' is not a date (YYYY-MM-DD); ignored", opt);
    xmlNodePtr meta = mn_meta(doc);
    if (!ref->have) {
        char *date = mn_text_folded(mn_child(meta, "date"));
        if (date && mn_cal_parse(date, &ref->date) && strlen(date) == 10)
            ref->have = 1;
        free(date);
    }
    if (!ref->have && !opt)
        ref->have = date_at_top(doc, &ref->date);
    xmlNodePtr time = mn_child(meta, "time");
    ref->t2 = -1;
    ref->have_time = clock_minutes(time, "start", &ref->t1);
    if (ref->have_time && !clock_minutes(time, "end", &ref->t2))
        ref->t2 = -1;
    char *zone = mn_attr(time, "zone");
    if (zone && !mn_tz_parse(zone, &ref->zone) && warn)
        mn_job_warning(job, "time-zone", 0,
                       "meeting time zone '%s' is unknown; times without a zone are read as UTC",
                       zone);
    xmlFree(zone);
}

int mn_tdoc_part_reference(const xmlNode *n, const mn_tref *outer, mn_tref *part)
{
    char *date = mn_is(n, "section") ? mn_attr(n, "date") : NULL;
    mn_ymd day;
    int ok = date && strlen(date) == 10 && mn_cal_parse(date, &day);
    xmlFree(date);
    if (!ok)
        return 0;
    *part = *outer;
    part->have = 1;
    part->date = day;
    return 1;
}

const mn_tref *mn_tdoc_reference_at(const xmlNode *n, const mn_tref *outer, mn_tref *part)
{
    for (const xmlNode *a = n; a && a->type == XML_ELEMENT_NODE; a = a->parent)
        if (mn_tdoc_part_reference(a, outer, part))
            return part;
    return outer;
}

static const char *const block_names[] = {"p", "item", "heading", "cell", "note", "action",
                                          "decision", NULL};
static const char *const inline_names[] = {"em", "strong", "link", "date", "br", NULL};

int mn_tdoc_block_name(const char *name)
{
    return mn_ts_name_in(name, block_names);
}

int mn_tdoc_inline_name(const char *name)
{
    return mn_ts_name_in(name, inline_names);
}

static int append(mn_tblock *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *t = realloc(b->text, cap);
        if (!t)
            return -1;
        b->text = t;
        b->cap = cap;
    }
    memcpy(b->text + b->len, s, n);
    b->len += n;
    b->text[b->len] = '\0';
    return 0;
}

static int add_seg(mn_tblock *b, xmlNodePtr node, size_t start)
{
    if (b->nseg == b->segcap) {
        size_t cap = b->segcap ? b->segcap * 2 : 16;
        mn_tseg *s = realloc(b->segs, cap * sizeof *s);
        if (!s)
            return -1;
        b->segs = s;
        b->segcap = cap;
    }
    b->segs[b->nseg++] = (mn_tseg){node, start, b->len};
    return 0;
}

static int walk(const xmlNode *parent, mn_tblock *b)
{
    for (xmlNodePtr c = parent->children; c; c = c->next) {
        size_t start = b->len;
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            const char *s = c->content ? (const char *)c->content : "";
            if (append(b, s, strlen(s)) || add_seg(b, c, start))
                return -1;
            continue;
        }
        const char *name = mn_ts_name(c);
        if (name && strcmp(name, "br") == 0) {
            if (append(b, "\n", 1))
                return -1;
        } else if (name && strcmp(name, "date") == 0) {
            char *s = mn_text(c);
            int bad = append(b, s ? s : "", s ? strlen(s) : 0) || add_seg(b, c, start);
            xmlFree(s);
            if (bad)
                return -1;
        } else if (mn_ts_name_in(name, inline_names)) {
            if (walk(c, b))
                return -1;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (append(b, "\n", 1))
                return -1; /* a nested block ends the sentence */
        }
    }
    return 0;
}

int mn_tblock_fill(const xmlNode *block, mn_tblock *b)
{
    b->len = 0;
    b->nseg = 0;
    if (append(b, "", 0) || walk(block, b)) {
        mn_tblock_free(b);
        return -1;
    }
    return 0;
}

void mn_tblock_free(mn_tblock *b)
{
    free(b->text);
    free(b->segs);
    memset(b, 0, sizeof *b);
}

unsigned mn_tdoc_line(const xmlNode *n)
{
    for (; n && n->type != XML_DOCUMENT_NODE; n = n->parent) {
        long line = xmlGetLineNo(n);
        if (line > 0)
            return (unsigned)line;
    }
    return 0;
}
