/* SPDX-License-Identifier: MIT */
/* temporal.c — the temporal pass: wraps every temporal expression in the
 * text of body and agenda in a `date` element (docs/INTERNALS.md §2–3).
 *
 * Each block's inline text is scanned as one string, so a sentence's tense
 * and a preposition in a neighbouring text node count as context, but an
 * expression is only tagged when it lies inside one text node: a `date`
 * never crosses an element boundary (it may sit inside a `link`). */
#include "doclang.h"
#include "passes.h"
#include "temporal_doc.h"
#include "temporal_lex.h"
#include "temporal_scan.h"
#include "textscan.h"
#include "xmlutil.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct found {
    mn_tmatch *m;
    size_t n, cap;
    int oom;
} found;

static int collect(const mn_tmatch *m, void *user)
{
    found *f = user;
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 8;
        mn_tmatch *g = realloc(f->m, cap * sizeof *g);
        if (!g) {
            f->oom = 1;
            return 1;
        }
        f->m = g;
        f->cap = cap;
    }
    f->m[f->n++] = *m;
    return 0;
}

typedef struct tagger {
    mn_job *job;
    mn_tscan_opts opts;
    unsigned warnings; /* given so far; a flood is cut short */
    mn_tblock b;       /* the current block's text, its memory reused */
    found f;           /* the current text's matches, the same */
    mn_ttok *btoks;    /* the block's tokens, when they fit (BLOCK_TOKENS) */
} tagger;

/* A block of at most this many tokens is lexed once for all its text nodes
 * (a longer one is lexed piece by piece, in bounded memory). */
enum { BLOCK_TOKENS = MN_TSCAN_WINDOW };

/* One document with thousands of bad dates needs no thousands of warnings. */
enum { MAX_WARNINGS = 100 };

static void warn(tagger *tg, const char *name, unsigned line, const char *fmt, ...) MN_PRINTF(4, 5);

static void warn(tagger *tg, const char *name, unsigned line, const char *fmt, ...)
{
    if (++tg->warnings > MAX_WARNINGS)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mn_job_warning(tg->job, name, line, "%s", msg);
}

static const char *const weekday_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};

/* Warns about what the reader should check; returns whether to tag it. */
static int review(tagger *tg, const mn_tmatch *m, const char *words, unsigned line)
{
    if (!m->resolved) {
        warn(tg, "unresolved-date", line, "date \"%s\": %s; left as text", words, m->res.error);
        return 0;
    }
    if (m->res.conflict)
        warn(tg, "weekday-mismatch", line, "date \"%s\": %.10s is a %s, not a %s; no event made", words,
                    m->res.value, weekday_names[m->res.wday_real],
                    weekday_names[m->res.wday_written]);
    if (m->res.assumed_utc)
        warn(tg, "time-zone", line, "time \"%s\" has no time zone and the meeting gives none; read as UTC", words);
    return 1;
}

static xmlNodePtr make_date(xmlNodePtr before, const mn_tmatch *m, const char *words)
{
    xmlNodePtr d = mn_add_before(before, "date", words);
    if (!d)
        return NULL;
    /* a new element: xmlNewProp, as there is no attribute to replace */
    xmlNewProp(d, BAD_CAST "value", BAD_CAST m->res.value);
    if (m->res.end[0])
        xmlNewProp(d, BAD_CAST "end", BAD_CAST m->res.end);
    xmlNewProp(d, BAD_CAST "precision", BAD_CAST mn_tprec_name(m->res.precision));
    if (!m->res.certain)
        xmlNewProp(d, BAD_CAST "certain", BAD_CAST "false");
    if (m->res.year_inferred)
        xmlNewProp(d, BAD_CAST "year-inferred", BAD_CAST "true");
    d->line = before->line;
    return d;
}

/* Links a new text node before `before` by hand: xmlAddPrevSibling would
 * merge it into `before` when that is a text node too. */
static int add_text_before(xmlNodePtr before, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    xmlNodePtr t = xmlNewDocTextLen(before->doc, BAD_CAST s, (int)n);
    if (!t)
        return -1;
    t->line = before->line;
    t->parent = before->parent;
    t->prev = before->prev;
    t->next = before;
    if (before->prev)
        before->prev->next = t;
    else if (before->parent)
        before->parent->children = t;
    before->prev = t;
    return 0;
}

/* Replaces text node `node` (whose text starts at block offset `base`) by
 * text and `date` elements for the matches in f. */
static int split(tagger *tg, xmlNodePtr node, size_t base, const found *f)
{
    const char *s = (const char *)node->content;
    size_t len = strlen(s);
    unsigned line = mn_tdoc_line(node);
    size_t pos = 0;
    int tagged = 0;
    for (size_t i = 0; i < f->n; i++) {
        const mn_tmatch *m = &f->m[i];
        /* The scan gives the node's matches in order, apart, inside it; one
         * that is not (an overlap, a span out of the node) is left as text
         * rather than made into a negative length. */
        if (m->start < base + pos || m->end < m->start || m->end - base > len)
            continue;
        size_t ms = m->start - base, me = m->end - base;
        char *words = strndup(s + ms, me - ms);
        if (!words)
            return -1;
        if (review(tg, m, words, line)) {
            if (add_text_before(node, s + pos, ms - pos) || !make_date(node, m, words)) {
                free(words);
                return -1;
            }
            pos = me;
            tagged = 1;
        }
        free(words);
    }
    if (!tagged)
        return 0;
    if (add_text_before(node, s + pos, len - pos))
        return -1;
    xmlUnlinkNode(node);
    xmlFreeNode(node);
    return 0;
}

static int tag_block(tagger *tg, xmlNodePtr block)
{
    mn_tblock *b = &tg->b;
    if (mn_tblock_fill(block, b))
        return -1;
    /* lexed once when it fits; past 8 bytes a token it hardly ever does */
    size_t next = 0, ntoks = 0;
    int whole = 0;
    if (tg->btoks && b->len <= 8 * BLOCK_TOKENS) {
        ntoks = mn_tlex(b->text, b->len, 0, tg->btoks, BLOCK_TOKENS, &next);
        whole = next >= b->len;
    }
    if (!whole && !tg->opts.window) /* one window for all texts lexed alone */
        tg->opts.window = malloc(MN_TSCAN_WINDOW * sizeof *tg->opts.window);
    int rc = 0;
    for (size_t i = 0; i < b->nseg && rc == 0; i++) {
        const mn_tseg *seg = &b->segs[i];
        if (seg->node->type != XML_TEXT_NODE || seg->end == seg->start)
            continue;
        tg->f.n = 0;
        if (whole)
            rc = mn_tscan_lexed(&tg->opts, b->text, b->len, tg->btoks, ntoks, seg->start, seg->end,
                                collect, &tg->f);
        else
            rc = mn_tscan(&tg->opts, b->text, b->len, seg->start, seg->end, collect, &tg->f);
        if (rc == 0 && tg->f.n)
            rc = split(tg, seg->node, seg->start, &tg->f);
    }
    return rc;
}

static int walk_part(tagger *tg, xmlNodePtr n);

static int walk(tagger *tg, xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = mn_ts_name(c);
        if (mn_tdoc_inline_name(name))
            continue;
        if (mn_tdoc_block_name(name) && tag_block(tg, c))
            return -1;
        if (walk_part(tg, c))
            return -1;
    }
    return 0;
}

/* One meeting of a digest resolves its dates against its own date. */
static int walk_part(tagger *tg, xmlNodePtr n)
{
    mn_tref part;
    const mn_tref *outer = tg->opts.ref;
    if (!mn_tdoc_part_reference(n, outer, &part))
        return walk(tg, n);
    tg->opts.ref = &part;
    int rc = walk(tg, n);
    tg->opts.ref = outer;
    return rc;
}

/* The option as given (an unusable value warns and leaves numeric dates as
 * text); without it, the order the document's language implies. */
static int date_order(xmlDocPtr doc, mn_job *job)
{
    const char *o = mn_job_option(job, "date-order");
    if (!o) {
        int d = mn_doc_date_order(doc, job);
        return d == 'd' ? MN_ORDER_DMY : d == 'm' ? MN_ORDER_MDY : MN_ORDER_NONE;
    }
    if (strcmp(o, "dmy") == 0)
        return MN_ORDER_DMY;
    if (strcmp(o, "mdy") == 0)
        return MN_ORDER_MDY;
    mn_job_warning(job, "option", 0,
                   "date order '%s' is neither dmy nor mdy; numeric dates are left as text", o);
    return MN_ORDER_NONE;
}

int mn_pass_temporal(xmlDocPtr doc, mn_job *job)
{
    mn_tref ref;
    mn_tdoc_reference(doc, job, &ref, 1);
    tagger tg;
    memset(&tg, 0, sizeof tg);
    tg.job = job;
    /* the events pass reads deadlines from the text again, with the date in place */
    tg.opts = (mn_tscan_opts){&ref, date_order(doc, job), NULL, 1};
    /* no more memory than a scan of one text takes: without it, each text
     * is lexed alone (and the window made when first needed) */
    tg.btoks = malloc(BLOCK_TOKENS * sizeof *tg.btoks);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr parts[] = {mn_child(root, "agenda"), mn_body(doc)};
    int rc = 0;
    for (size_t i = 0; i < 2 && rc == 0; i++)
        if (parts[i])
            rc = walk(&tg, parts[i]);
    free(tg.opts.window);
    free(tg.btoks);
    mn_tblock_free(&tg.b);
    free(tg.f.m);
    if (rc)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory while tagging dates");
    if (tg.warnings > MAX_WARNINGS)
        mn_job_warning(job, "unresolved-date", 0,
                       "%u more warnings about dates not shown", tg.warnings - MAX_WARNINGS);
    return 0;
}
