/* SPDX-License-Identifier: MIT */
/* md_render.c — md4c's parse events turned into builder calls.
 *
 * Opens are queued until the first text arrives, for two reasons: md4c gives
 * blocks no source position, but text points into the source, so a node
 * learns its line only from its first text; and a heading's leading number
 * ("## 1. Updates") must be known before the heading is opened.
 *
 * Block quotes and thematic breaks have no counterpart in the generic tree:
 * their content simply flows on.  Raw HTML blocks are read for what they
 * hold (md_html.c): consecutive ones are read together while a <table> in
 * them is open, since a blank line inside a table ends md4c's block.  Lists nested deeper than
 * MN_MD_MAX_LIST_DEPTH and spans deeper than MN_MD_MAX_SPAN_DEPTH are
 * flattened so that hostile nesting never reaches the builder or the passes.
 *
 * Scribe-style minutes put one field per line with no blank line between
 * ("Present: …" / "Regrets: …" / "ACTION: …"); Markdown joins them into one
 * paragraph, so a paragraph is split where a line break is followed by such
 * a field line (mn_md_is_field_line), giving the passes one `p` per field. */
#include "md.h"

#include <md4c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MD_BREAK_NONE, MD_BREAK_SOFT, MD_BREAK_HARD };
enum { MD_SPAN_NONE, MD_SPAN_OPENED, MD_SPAN_SUPPRESS, MD_SPAN_IMAGE };

typedef struct md_pending {
    mn_node_type type;
    mn_node_attrs attrs;
    char *owned;      /* label or href the attrs point to */
    int detect_label; /* a heading: its number comes from its first text */
} md_pending;

typedef struct md_list {
    unsigned next; /* number of the next item (ordered lists) */
    char delim;    /* '.' or ')' */
    int ordered;
    int opened;    /* handed to the builder (not flattened) */
} md_list;

typedef struct md_span {
    unsigned char kind; /* MD_SPAN_* */
    unsigned char type; /* md4c's MD_SPANTYPE */
} md_span;

typedef struct md_render {
    const mn_md_source *src;
    mn_job *job;
    mn_builder *b;
    int keep_struck;
    md_pending *pend;
    size_t npend, pend_cap;
    md_list *lists;
    size_t nlists, lists_cap;
    md_span *spans;       /* the md4c spans open */
    size_t nspans, spans_cap;
    unsigned open_lists, open_spans, flow_depth;
    int in_heading, in_code, in_thead, in_image;
    int suppress;     /* > 0: text is left out (HTML blocks, struck text) */
    int after_struck; /* struck text was just left out */
    int last_space;   /* the last text written ended with a space */
    int break_pending;
    int flat_pending; /* a flattened item or paragraph starts at the next text */
    char flat_label[16];
    size_t last_end;  /* source offset just past the last text */
    unsigned line;
    char *html;          /* raw HTML blocks not read yet */
    size_t html_len, html_cap;
    unsigned html_line;  /* where they start */
    int in_html;         /* inside an HTML block */
    int warned_depth;
    int status;
} md_render;

static int md_fail(md_render *r, int rc)
{
    if (rc && !r->status) {
        r->status = rc;
        if (!mn_job_status(r->job))
            mn_job_error(r->job, rc, r->line, "Markdown reader: out of memory");
    }
    return r->status;
}

static int md_grow(void **buf, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap * 2 : 16;
    void *p = realloc(*buf, n * elem);
    if (!p)
        return MN_EX_SOFTWARE;
    *buf = p;
    *cap = n;
    return 0;
}

/* ---- queued opens --------------------------------------------------------------- */

static int md_queue(md_render *r, mn_node_type type, const mn_node_attrs *attrs, char *owned)
{
    if (md_grow((void **)&r->pend, &r->pend_cap, r->npend + 1, sizeof *r->pend)) {
        free(owned);
        return md_fail(r, MN_EX_SOFTWARE);
    }
    md_pending *p = &r->pend[r->npend++];
    *p = (md_pending){.type = type, .owned = owned};
    if (attrs)
        p->attrs = *attrs;
    return 0;
}

static int md_flush(md_render *r)
{
    if (r->npend == 0)
        return r->status;
    mn_builder_set_line(r->b, r->line);
    for (size_t i = 0; i < r->npend; i++) {
        if (!r->status)
            md_fail(r, mn_builder_open(r->b, r->pend[i].type, &r->pend[i].attrs));
        free(r->pend[i].owned);
    }
    r->npend = 0;
    return r->status;
}

static int md_close(md_render *r, mn_node_type type)
{
    r->break_pending = MD_BREAK_NONE;
    if (md_flush(r))
        return r->status;
    return md_fail(r, mn_builder_close(r->b, type));
}

static int md_text_out(md_render *r, const char *text, size_t len)
{
    if (md_flush(r))
        return r->status;
    if (len)
        r->last_space = text[len - 1] == ' ';
    return md_fail(r, mn_builder_text(r->b, text, len));
}

/* ---- positions ---------------------------------------------------------------------- */

static int md_in_source(const md_render *r, const char *p)
{
    return p >= r->src->data && p <= r->src->data + r->src->size;
}

static void md_note_position(md_render *r, const char *text, size_t len)
{
    if (!md_in_source(r, text))
        return;
    size_t off = (size_t)(text - r->src->data);
    r->line = mn_md_source_line(r->src, off);
    r->last_end = off + len;
}

/* Whether the source line after the one the last text came from is a field
 * line (see the file comment). */
static int md_next_line_is_field(const md_render *r)
{
    const char *d = r->src->data;
    size_t i = r->last_end, n = r->src->size;
    while (i < n && d[i] != '\n' && d[i] != '\r')
        i++;
    if (i < n && d[i] == '\r')
        i++;
    if (i < n && d[i] == '\n')
        i++;
    return i < n && mn_md_is_field_line(d + i, n - i);
}

/* A pending line break is settled when what follows is known. */
static int md_settle_break(md_render *r)
{
    int brk = r->break_pending;
    r->break_pending = MD_BREAK_NONE;
    if (brk == MD_BREAK_NONE)
        return r->status;
    int splittable = r->flow_depth == 0 && r->open_spans == 0 && !r->in_heading && !r->in_code;
    if (splittable && md_next_line_is_field(r)) {
        if (md_fail(r, mn_builder_close(r->b, MN_NODE_PARA)))
            return r->status;
        return md_queue(r, MN_NODE_PARA, NULL, NULL);
    }
    if (brk == MD_BREAK_HARD)
        return md_fail(r, mn_builder_break(r->b));
    return md_text_out(r, " ", 1);
}

static void md_end_spans(md_render *r);

/* ---- blocks --------------------------------------------------------------------------- */

static int md_enter_list(md_render *r, int ordered, unsigned start, char delim)
{
    if (md_grow((void **)&r->lists, &r->lists_cap, r->nlists + 1, sizeof *r->lists))
        return md_fail(r, MN_EX_SOFTWARE);
    int opened = r->open_lists < MN_MD_MAX_LIST_DEPTH;
    r->lists[r->nlists++] = (md_list){start, delim, ordered, opened};
    if (!opened) {
        if (!r->warned_depth)
            mn_job_warning(r->job, "flattened-nesting", r->line,
                           "lists nested deeper than %d levels flattened",
                           MN_MD_MAX_LIST_DEPTH);
        r->warned_depth = 1;
        return 0;
    }
    r->open_lists++;
    mn_node_attrs a = {.ordered = ordered};
    return md_queue(r, MN_NODE_LIST, &a, NULL);
}

static int md_leave_list(md_render *r)
{
    md_list *l = &r->lists[--r->nlists];
    if (!l->opened)
        return 0;
    r->open_lists--;
    return md_close(r, MN_NODE_LIST);
}

static int md_enter_item(md_render *r)
{
    md_list *l = &r->lists[r->nlists - 1];
    char label[16] = "";
    if (l->ordered)
        snprintf(label, sizeof label, "%u%c", l->next++, l->delim);
    if (!l->opened) {
        /* Flattened: the item continues the deepest real one after a break. */
        r->flat_pending = 1;
        memcpy(r->flat_label, label, sizeof label);
        return 0;
    }
    char *owned = label[0] ? strdup(label) : NULL;
    if (label[0] && !owned)
        return md_fail(r, MN_EX_SOFTWARE);
    r->flow_depth++;
    mn_node_attrs a = {.label = owned};
    return md_queue(r, MN_NODE_ITEM, &a, owned);
}

static int md_leave_item(md_render *r)
{
    if (!r->lists[r->nlists - 1].opened)
        return 0;
    r->flow_depth--;
    return md_close(r, MN_NODE_ITEM);
}

static int md_flattened(const md_render *r)
{
    return r->nlists > 0 && !r->lists[r->nlists - 1].opened;
}

static int md_enter_para(md_render *r, const char *style)
{
    if (md_flattened(r)) {
        r->flat_pending = 1;
        r->flat_label[0] = '\0';
        return 0;
    }
    mn_node_attrs a = {.style = style};
    return md_queue(r, MN_NODE_PARA, &a, NULL);
}

static int md_leave_para(md_render *r)
{
    if (md_flattened(r)) {
        r->break_pending = MD_BREAK_NONE;
        return 0;
    }
    return md_close(r, MN_NODE_PARA);
}

static int md_enter_heading(md_render *r, const MD_BLOCK_H_DETAIL *d)
{
    mn_node_attrs a = {.level = (int)d->level};
    if (md_queue(r, MN_NODE_HEADING, &a, NULL))
        return r->status;
    r->pend[r->npend - 1].detect_label = 1;
    r->in_heading = 1;
    return 0;
}

/* Whether the HTML gathered so far leaves a <table> open. */
static int md_html_table_open(const md_render *r)
{
    long open = 0;
    for (size_t i = 0; i + 6 < r->html_len; i++) {
        if (r->html[i] != '<')
            continue;
        int closing = r->html[i + 1] == '/';
        if (strncasecmp(r->html + i + 1 + closing, "table", 5) == 0)
            open += closing ? -1 : 1;
    }
    return open > 0;
}

/* Reads the HTML gathered (see the file comment). */
static int md_html_flush(md_render *r)
{
    if (r->html_len == 0 || r->status)
        return r->status;
    size_t len = r->html_len;
    r->html_len = 0;
    if (md_flush(r))
        return r->status;
    return md_fail(r, mn_md_html(r->job, r->b, r->html, len, r->html_line));
}

static int md_enter_html(md_render *r)
{
    r->suppress++;
    r->in_html = 1;
    return 0;
}

static int md_leave_html(md_render *r)
{
    r->suppress--;
    r->in_html = 0;
    return md_html_table_open(r) ? r->status : md_html_flush(r);
}

static int md_html_gather(md_render *r, const char *text, size_t len)
{
    if (r->html_len == 0 && md_in_source(r, text))
        r->html_line = mn_md_source_line(r->src, (size_t)(text - r->src->data));
    if (r->html_len + len + 1 > r->html_cap) {
        size_t cap = r->html_cap ? r->html_cap : 256;
        while (cap < r->html_len + len + 1)
            cap *= 2;
        char *grown = realloc(r->html, cap);
        if (!grown)
            return md_fail(r, MN_EX_SOFTWARE);
        r->html = grown;
        r->html_cap = cap;
    }
    memcpy(r->html + r->html_len, text, len);
    r->html_len += len;
    return 0;
}

static int md_enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    md_render *r = ud;
    md_end_spans(r);
    if (type != MD_BLOCK_HTML && md_html_flush(r))
        return r->status;
    switch (type) {
    case MD_BLOCK_UL:
        return md_enter_list(r, 0, 0, 0);
    case MD_BLOCK_OL: {
        const MD_BLOCK_OL_DETAIL *d = detail;
        return md_enter_list(r, 1, d->start, d->mark_delimiter);
    }
    case MD_BLOCK_LI:
        return md_enter_item(r);
    case MD_BLOCK_H:
        return md_enter_heading(r, detail);
    case MD_BLOCK_CODE:
        r->in_code = 1;
        return md_enter_para(r, "code");
    case MD_BLOCK_HTML:
        return md_enter_html(r);
    case MD_BLOCK_P:
        return md_enter_para(r, NULL);
    case MD_BLOCK_TABLE:
        return md_queue(r, MN_NODE_TABLE, NULL, NULL);
    case MD_BLOCK_THEAD:
        r->in_thead = 1;
        return 0;
    case MD_BLOCK_TR: {
        mn_node_attrs a = {.style = r->in_thead ? "header" : NULL};
        return md_queue(r, MN_NODE_ROW, &a, NULL);
    }
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        r->flow_depth++;
        return md_queue(r, MN_NODE_CELL, NULL, NULL);
    default: /* document, quote, thematic break, tbody: no node of their own */
        return 0;
    }
}

static int md_leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    md_render *r = ud;
    (void)detail;
    md_end_spans(r);
    if (type != MD_BLOCK_HTML && md_html_flush(r))
        return r->status;
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        return md_leave_list(r);
    case MD_BLOCK_LI:
        return md_leave_item(r);
    case MD_BLOCK_H:
        r->in_heading = 0;
        return md_close(r, MN_NODE_HEADING);
    case MD_BLOCK_CODE:
        r->in_code = 0;
        return md_leave_para(r);
    case MD_BLOCK_HTML:
        return md_leave_html(r);
    case MD_BLOCK_P:
        return md_leave_para(r);
    case MD_BLOCK_TABLE:
        return md_close(r, MN_NODE_TABLE);
    case MD_BLOCK_THEAD:
        r->in_thead = 0;
        return 0;
    case MD_BLOCK_TR:
        return md_close(r, MN_NODE_ROW);
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        r->flow_depth--;
        return md_close(r, MN_NODE_CELL);
    default:
        return 0;
    }
}

/* ---- spans ----------------------------------------------------------------------------- */

/* An md4c attribute (text with entity substrings) as a new string.  The
 * most it grows is a NUL (1 byte) becoming U+FFFD (3 bytes); an entity is
 * never shorter than its UTF-8. */
static char *md_attribute(const MD_ATTRIBUTE *a)
{
    char *out = malloc((size_t)a->size * 3 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; a->size && a->substr_offsets[i] < a->size; i++) {
        const char *s = a->text + a->substr_offsets[i];
        size_t n = a->substr_offsets[i + 1] - a->substr_offsets[i];
        size_t dec = 0;
        if (a->substr_types[i] == MD_TEXT_ENTITY)
            dec = mn_md_decode_entity(s, n, out + o);
        else if (a->substr_types[i] == MD_TEXT_NULLCHAR)
            dec = mn_utf8_encode(0xFFFD, out + o);
        if (dec == 0) {
            memcpy(out + o, s, n);
            dec = n;
        }
        o += dec;
    }
    out[o] = '\0';
    return out;
}

static mn_node_type md_node_for_span(MD_SPANTYPE type)
{
    return type == MD_SPAN_EM ? MN_NODE_EM : type == MD_SPAN_STRONG ? MN_NODE_STRONG : MN_NODE_LINK;
}

static int md_open_span(md_render *r, MD_SPANTYPE type, void *detail)
{
    mn_node_type t = md_node_for_span(type);
    char *href = NULL;
    if (t == MN_NODE_LINK && !(href = md_attribute(&((MD_SPAN_A_DETAIL *)detail)->href)))
        return md_fail(r, MN_EX_SOFTWARE);
    mn_node_attrs a = {.href = href};
    r->open_spans++;
    return md_queue(r, t, &a, href);
}

static int md_span_kind(const md_render *r, MD_SPANTYPE type)
{
    if (type == MD_SPAN_DEL && !r->keep_struck)
        return MD_SPAN_SUPPRESS;
    if (type == MD_SPAN_IMG)
        return MD_SPAN_IMAGE;
    int markup = type == MD_SPAN_EM || type == MD_SPAN_STRONG || type == MD_SPAN_A;
    if (markup && !r->suppress && !r->in_image && r->open_spans < MN_MD_MAX_SPAN_DEPTH)
        return MD_SPAN_OPENED;
    return MD_SPAN_NONE;
}

static int md_enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
    md_render *r = ud;
    if (!r->suppress && md_settle_break(r))
        return r->status;
    if (md_grow((void **)&r->spans, &r->spans_cap, r->nspans + 1, sizeof *r->spans))
        return md_fail(r, MN_EX_SOFTWARE);
    int kind = md_span_kind(r, type);
    r->spans[r->nspans++] = (md_span){(unsigned char)kind, (unsigned char)type};
    if (kind == MD_SPAN_SUPPRESS)
        r->suppress++;
    else if (kind == MD_SPAN_IMAGE)
        r->in_image++;
    else if (kind == MD_SPAN_OPENED)
        return md_open_span(r, type, detail);
    return 0;
}

/* Takes back what opening the innermost span did to the state. */
static md_span md_pop_span(md_render *r)
{
    md_span sp = r->spans[--r->nspans];
    if (sp.kind == MD_SPAN_SUPPRESS) {
        r->suppress--;
        r->after_struck = 1;
    } else if (sp.kind == MD_SPAN_IMAGE) {
        r->in_image--;
    } else if (sp.kind == MD_SPAN_OPENED) {
        r->open_spans--;
    }
    return sp;
}

/* md4c 0.4.8 can leave a span it never entered (an emphasis opener taken
 * into a permissive autolink: "( http://x.or*b( h&://x.or*b"), so a leave
 * must match the innermost span, and no span outlives its block. */
static int md_leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
    md_render *r = ud;
    (void)detail;
    if (r->nspans == 0 || r->spans[r->nspans - 1].type != (unsigned char)type)
        return 0;
    if (md_pop_span(r).kind != MD_SPAN_OPENED || md_flush(r))
        return r->status;
    return md_fail(r, mn_builder_close(r->b, md_node_for_span(type)));
}

static void md_end_spans(md_render *r)
{
    while (r->nspans)
        md_pop_span(r);
}

/* ---- text ------------------------------------------------------------------------------- */

/* Whether a block is queued: nothing has been written into it yet. */
static int md_block_pending(const md_render *r)
{
    for (size_t i = 0; i < r->npend; i++)
        if (r->pend[i].type < MN_NODE_EM)
            return 1;
    return 0;
}

/* A heading's number, taken from its first text (see the file comment). */
static size_t md_take_heading_label(md_render *r, MD_TEXTTYPE type, const char *text, size_t len)
{
    for (size_t i = 0; i < r->npend; i++) {
        md_pending *p = &r->pend[i];
        if (!p->detect_label)
            continue;
        p->detect_label = 0;
        size_t n = type == MD_TEXT_NORMAL ? mn_md_heading_label(text, len) : 0;
        if (n == 0 || !(p->owned = strndup(text, n)))
            return 0;
        p->attrs.label = p->owned;
        while (n < len && (text[n] == ' ' || text[n] == '\t'))
            n++;
        return n;
    }
    return 0;
}

/* A flattened item or paragraph: a break, then the item's number. */
static int md_flat_start(md_render *r)
{
    r->flat_pending = 0;
    if (md_flush(r) || md_fail(r, mn_builder_break(r->b)))
        return r->status;
    if (!r->flat_label[0])
        return 0;
    md_text_out(r, r->flat_label, strlen(r->flat_label));
    return md_text_out(r, " ", 1);
}

/* Code-block text: its newlines become line breaks (the last one is dropped
 * when the block closes). */
static int md_code_text(md_render *r, const char *text, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n')
            continue;
        if (i > start && (md_settle_break(r) || md_text_out(r, text + start, i - start)))
            return r->status;
        if (i < len) {
            /* An empty line of code keeps its own break. */
            if (md_settle_break(r))
                return r->status;
            r->break_pending = MD_BREAK_HARD;
        }
        start = i + 1;
    }
    return r->status;
}

static int md_inline_html(md_render *r, const char *text, size_t len)
{
    /* <br>, <br/>, <br /> are line breaks; other inline tags are dropped and
     * the text between them kept. */
    if (len >= 4 && strncasecmp(text, "<br", 3) == 0 &&
        (text[3] == '>' || text[3] == '/' || text[3] == ' '))
        r->break_pending = MD_BREAK_HARD;
    return 0;
}

static int md_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *ud)
{
    md_render *r = ud;
    size_t len = size;
    if (r->suppress)
        return r->in_html && type == MD_TEXT_HTML ? md_html_gather(r, text, len) : 0;
    if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
        if (r->break_pending != MD_BREAK_HARD)
            r->break_pending = type == MD_TEXT_BR ? MD_BREAK_HARD : MD_BREAK_SOFT;
        return 0;
    }
    if (type == MD_TEXT_HTML)
        return md_inline_html(r, text, len);
    /* Settled before the position moves on: a split looks at the line after
     * the previous text. */
    if (md_settle_break(r))
        return r->status;
    md_note_position(r, text, len);
    if (r->flat_pending && md_flat_start(r))
        return r->status;
    if (r->in_code)
        return md_code_text(r, text, len);
    char buf[8];
    if (type == MD_TEXT_NULLCHAR)
        return md_text_out(r, "\xEF\xBF\xBD", 3);
    if (type == MD_TEXT_ENTITY) {
        size_t n = mn_md_decode_entity(text, len, buf);
        return n ? md_text_out(r, buf, n) : md_text_out(r, text, len);
    }
    size_t skip = md_take_heading_label(r, type, text, len);
    /* Text after left-out words ("on ~~15~~ 16 March") loses the space that
     * separated them, when a space or the start of a block precedes. */
    if (r->after_struck && (r->last_space || md_block_pending(r)))
        while (skip < len && text[skip] == ' ')
            skip++;
    r->after_struck = 0;
    return md_text_out(r, text + skip, len - skip);
}

/* ---- entry ------------------------------------------------------------------------------- */

int mn_md_render(const mn_md_source *src, size_t start, mn_job *job, mn_builder *b,
                 int keep_struck)
{
    if (start > src->size) /* past the end: nothing is left, not SIZE_MAX bytes */
        start = src->size;
    if (src->size - start > (size_t)(MD_SIZE)-1)
        return mn_job_error(job, MN_EX_DATAERR, 0, "Markdown input too large");
    md_render r = {.src = src, .job = job, .b = b, .keep_struck = keep_struck,
                   .line = mn_md_source_line(src, start), .last_end = start};
    MD_PARSER parser = {
        .abi_version = 0,
        .flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS,
        .enter_block = md_enter_block,
        .leave_block = md_leave_block,
        .enter_span = md_enter_span,
        .leave_span = md_leave_span,
        .text = md_text,
    };
    int rc = md_parse(src->data + start, (MD_SIZE)(src->size - start), &parser, &r);
    if (rc == 0 && !md_html_flush(&r))
        md_flush(&r);
    else if (!r.status)
        md_fail(&r, MN_EX_SOFTWARE); /* md4c's own failure: out of memory */
    for (size_t i = 0; i < r.npend; i++)
        free(r.pend[i].owned);
    free(r.pend);
    free(r.lists);
    free(r.spans);
    free(r.html);
    return r.status;
}
