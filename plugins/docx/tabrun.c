/* SPDX-License-Identifier: MIT */
/* tabrun.c — body paragraphs holding a TAB after text.  Typists align with
 * TABs what Word would make a table, a list or a heading, and the run of
 * such paragraphs is kept until it ends to decide, line by line, what each
 * one is by what its first cell (the text before the first TAB) holds:
 *  - an arrow, typed or a symbol-font glyph, or a symbol-font glyph with no
 *    bullet's shape: an action line, "→ text" (the actions pass reads it as
 *    the text and Markdown readers give it);
 *  - a bullet, typed or a symbol-font glyph (•, –, o, ▪): a bullet item;
 *  - a number typed by hand ("1.", "2)", "2.1"): a heading when the text is
 *    a short title ("1.⇥Attendees:"; "1.⇥Attendees: Ana, Bo" gives the
 *    heading and the names below it), an item when short lines follow each
 *    other, else the paragraph as written (numbered prose, "1.⇥The meeting
 *    opened…", as the text reader gives it);
 *  - a field label ("Chair:⇥Ana Ruiz"): the field, the TAB a space;
 *  - anything else: consecutive lines are a table split on the TABs (the
 *    annex's Surname⇥Given rows), a line alone is a line ("Minutes⇥9 March
 *    2026⇥3 pm" is a title line with a date and a time, not a table). */
#include <stdlib.h>
#include <string.h>

#include "docx.h"

enum docx_row_kind { DOCX_ROW_PLAIN, DOCX_ROW_ACTION, DOCX_ROW_BULLET, DOCX_ROW_NUMBER, DOCX_ROW_LABEL,
                     DOCX_ROW_GROUP };

typedef struct docx_rowinfo {
    enum docx_row_kind kind;
    docx_pos tab, after;  /* the first cell ends at tab; its text starts at after */
    int depth;            /* NUMBER: the label's level */
    int title;            /* NUMBER: the text reads as a heading */
    size_t field;         /* NUMBER: bytes of a "Label:" starting the text, or 0 */
    char label[32];       /* NUMBER: the number as typed */
} docx_rowinfo;

#define DOCX_REST 512

/* A heading's text: at most ten words, no closing punctuation, and a colon
 * only as the end of a leading label. */
static int docx_title_text(const char *t, size_t *field)
{
    size_t n = strlen(t), words = 0;
    *field = 0;
    if (n == 0 || n >= DOCX_REST - 1 || strchr(".!?,;", t[n - 1]))
        return 0;
    for (size_t i = 0; i < n; i++)
        words += t[i] != ' ' && (i == 0 || t[i - 1] == ' ');
    size_t label = docx_field_label(t, n, 1);
    if (label && label < n) {
        *field = label;
        return 1; /* "Attendees: Ana, Bo": the label is the heading */
    }
    return words <= 10 && (!strchr(t, ':') || label == n);
}

/* "Venue –⇥Town Hall": a label closed by a dash instead of a colon, as
 * people type it before a TAB.  One word only: "Ana Ruiz –⇥Acme" is a
 * name and its organisation, a row of a list. */
static int docx_dash_label(const char *cell, size_t n)
{
    static const char *const dashes[] = {" \xE2\x80\x93", " \xE2\x80\x94", " -", NULL};
    for (const char *const *d = dashes; *d; d++) {
        size_t dl = strlen(*d);
        if (n <= dl || n - dl >= 60 || memcmp(cell + n - dl, *d, dl) != 0 || memchr(cell, ' ', n - dl))
            continue;
        char with[64];
        memcpy(with, cell, n - dl);
        with[n - dl] = ':';
        return docx_field_label(with, n - dl + 1, 1) == n - dl + 1;
    }
    return 0;
}

static void docx_row_info(const docx_para *p, docx_rowinfo *ri)
{
    memset(ri, 0, sizeof *ri);
    if (p->group_row) {
        ri->kind = DOCX_ROW_GROUP;
        return;
    }
    if (!docx_para_tab_cut(p, &ri->tab, &ri->after))
        return;
    char cell[64], rest[DOCX_REST];
    size_t n = docx_para_copy(p, (docx_pos){0, 0}, ri->tab, cell, sizeof cell), len;
    unsigned cp = docx_utf8_next(cell, n, &len);
    int one = n > 0 && len == n;
    /* a symbol font's glyph is an action mark when it is an arrow or has
     * no bullet's shape; Symbol's F0B7 (•) and Wingdings' squares are the
     * bullets Word lists are typed with */
    if (one && (docx_arrow_cp(cp) || (p->lead_glyph && !docx_bullet_cp(cp)))) {
        ri->kind = DOCX_ROW_ACTION;
    } else if (one && docx_bullet_cp(cp)) {
        ri->kind = DOCX_ROW_BULLET;
    } else if (n < sizeof ri->label && docx_number_label(cell, n, &ri->depth)) {
        ri->kind = DOCX_ROW_NUMBER;
        memcpy(ri->label, cell, n + 1);
        docx_para_copy(p, ri->after, docx_para_end(p), rest, sizeof rest);
        ri->title = docx_title_text(rest, &ri->field);
    } else if (n > 0 && (docx_field_label(cell, n, 1) == n || docx_dash_label(cell, n))) {
        ri->kind = DOCX_ROW_LABEL;
    }
}

/* ---- emitting ------------------------------------------------------------------ */

static int docx_oom_rc(docx_ctx *c)
{
    return mn_job_error(c->r->job, MN_EX_SOFTWARE, 0, "out of memory");
}

/* A block of TYPE holding P's content (no settling: the run is being
 * emitted), then P's text boxes. */
static int docx_row_block(docx_ctx *c, mn_node_type type, const mn_node_attrs *a, const docx_para *p)
{
    int rc = docx_close_lists(c);
    if (rc == 0)
        rc = docx_open_block(c->r->b, type, a);
    if (rc == 0)
        rc = docx_emit_inlines(c->r, p, 0);
    if (rc == 0)
        rc = mn_builder_close(c->r->b, type);
    docx_emitted(c, type, a);
    return rc ? rc : docx_boxes(c, p);
}

static int docx_rows_table(docx_ctx *c, size_t from, size_t to)
{
    mn_builder *b = c->r->b;
    int rc = docx_close_lists(c);
    if (rc == 0)
        rc = mn_builder_open(b, MN_NODE_TABLE, NULL);
    for (size_t i = from; i < to && rc == 0; i++) {
        rc = mn_builder_open(b, MN_NODE_ROW, NULL);
        if (rc == 0)
            rc = mn_builder_open(b, MN_NODE_CELL, NULL);
        if (rc == 0)
            rc = docx_emit_inlines(c->r, &c->rows[i], 1);
        if (rc == 0 && c->rows[i].group_row) { /* the role row "MAG Members⇥" would be */
            rc = mn_builder_close(b, MN_NODE_CELL);
            if (rc == 0)
                rc = mn_builder_open(b, MN_NODE_CELL, NULL);
        }
        if (rc == 0)
            rc = mn_builder_close(b, MN_NODE_ROW);
    }
    if (rc == 0)
        rc = mn_builder_close(b, MN_NODE_TABLE);
    docx_emitted(c, MN_NODE_TABLE, NULL);
    for (size_t i = from; i < to && rc == 0; i++) /* text boxes anchored in rows */
        rc = docx_boxes(c, &c->rows[i]);
    return rc;
}

/* "Chair:⇥Ana Ruiz": the label, a space, the value. */
static int docx_row_field(docx_ctx *c, docx_para *p, const docx_rowinfo *ri)
{
    docx_para value;
    if (docx_para_split(p, ri->after, &value) != 0) {
        docx_para_free(&value);
        return docx_oom_rc(c);
    }
    mn_builder *b = c->r->b;
    int rc = docx_close_lists(c);
    if (rc == 0)
        rc = mn_builder_open(b, MN_NODE_PARA, NULL);
    if (rc == 0)
        rc = docx_emit_inlines(c->r, p, 0);
    if (rc == 0)
        rc = mn_builder_text(b, " ", 1);
    if (rc == 0)
        rc = docx_emit_inlines(c->r, &value, 0);
    if (rc == 0)
        rc = mn_builder_close(b, MN_NODE_PARA);
    docx_emitted(c, MN_NODE_PARA, NULL);
    docx_para_free(&value);
    return rc ? rc : docx_boxes(c, p);
}

/* "1.⇥Attendees:": a heading labelled "1."; with "Attendees: Ana, Bo" the
 * names follow as a paragraph. */
static int docx_row_heading(docx_ctx *c, docx_para *p, const docx_rowinfo *ri)
{
    if (docx_para_drop_head(p, ri->after) != 0)
        return docx_oom_rc(c);
    docx_para value = {0};
    if (ri->field) {
        docx_pos at = docx_para_skip_blank(p, (docx_pos){0, 0});
        /* the label is at the start of the text: find its end by bytes */
        size_t left = ri->field;
        while (at.seg < p->n && p->segs[at.seg].kind == DOCX_SEG_TEXT && left >= p->segs[at.seg].len - at.off) {
            left -= p->segs[at.seg].len - at.off;
            at = (docx_pos){at.seg + 1, 0};
        }
        at.off += left;
        if (docx_para_split(p, at, &value) != 0) {
            docx_para_free(&value);
            return docx_oom_rc(c);
        }
    }
    int level = ri->depth < 1 ? 1 : ri->depth > 9 ? 9 : ri->depth;
    mn_node_attrs a = {.level = level, .label = ri->label};
    int rc = docx_row_block(c, MN_NODE_HEADING, &a, p);
    if (rc == 0 && ri->field)
        rc = docx_row_block(c, MN_NODE_PARA, &(mn_node_attrs){0}, &value);
    docx_para_free(&value);
    return rc;
}

static int docx_row_item(docx_ctx *c, docx_para *p, const docx_rowinfo *ri, int ordered)
{
    if (docx_para_drop_head(p, ri->after) != 0)
        return docx_oom_rc(c);
    docx_label label = {{0}, !ordered};
    if (ordered)
        memcpy(label.text, ri->label, sizeof ri->label);
    int rc = docx_open_item(c, 0, &label, NULL);
    docx_emitted(c, MN_NODE_ITEM, NULL);
    if (rc == 0)
        rc = docx_emit_inlines(c->r, p, 0);
    return rc ? rc : docx_boxes(c, p);
}

static int docx_row_action(docx_ctx *c, docx_para *p, const docx_rowinfo *ri)
{
    if (docx_para_drop_head(p, ri->after) != 0 || docx_para_prefix(p, "\xE2\x86\x92 ") != 0)
        return docx_oom_rc(c);
    return docx_row_block(c, MN_NODE_PARA, &(mn_node_attrs){0}, p);
}

/* "Board Meeting Minutes⇥9 March 2026⇥3 pm" opening the body: the title
 * block a template lays out with a table, laid out with TABs.  It becomes
 * what a title table gives (layout.c): the title in the Title style and
 * the date and time on one line with " | " between them.  Only at the very
 * top (under letterhead lines at most: docx_row_top), when the first cell
 * has no digit and the rest has some. */
static int docx_row_title(docx_ctx *c, docx_para *p, const docx_rowinfo *ri)
{
    char first[160], rest[160];
    size_t n = docx_para_copy(p, (docx_pos){0, 0}, ri->tab, first, sizeof first);
    docx_para_copy(p, ri->after, docx_para_end(p), rest, sizeof rest);
    int words = 0;
    for (size_t i = 0; i < n; i++)
        words += first[i] != ' ' && (i == 0 || first[i - 1] == ' ');
    if (c->r->in_header || n == 0 || n >= sizeof first - 1 || words > 12 ||
        strpbrk(first, "0123456789:") || strchr(".;,", first[n - 1]) || !strpbrk(rest, "0123456789"))
        return 0;
    docx_para info;
    if (docx_para_split(p, ri->after, &info) != 0 || docx_para_squeeze_tabs(&info) != 0 ||
        docx_para_replace_tabs(&info, " | ") != 0) {
        docx_para_free(&info);
        return docx_oom_rc(c);
    }
    int rc = docx_row_block(c, MN_NODE_PARA, &(mn_node_attrs){.style = "Title"}, p);
    if (rc == 0)
        rc = docx_row_block(c, MN_NODE_PARA, &(mn_node_attrs){0}, &info);
    docx_para_free(&info);
    return rc ? rc : 1;
}

/* A line alone: its TABs kept (one for a run of them), as the text reader
 * keeps them. */
static int docx_row_line(docx_ctx *c, docx_para *p)
{
    docx_para_squeeze_tabs(p);
    return docx_row_block(c, MN_NODE_PARA, &(mn_node_attrs){0}, p);
}

static int docx_short_number(const docx_rowinfo *ri)
{
    return ri->kind == DOCX_ROW_NUMBER && ri->title && !ri->field;
}

/* Whether row I may be the title line: the run opens the body and only
 * letterhead lines (bold names, GROUP rows) come before it; the first of
 * them, when it reads as a name, is the organisation ("HARBOURSIDE ROWING
 * CLUB" over "Committee Minutes⇥4 March 2026⇥7.30 pm"). */
static int docx_row_top(const docx_rowinfo *info, size_t i, int top)
{
    for (size_t k = 0; k < i && top; k++)
        top = info[k].kind == DOCX_ROW_GROUP;
    return top;
}

static int docx_row_letterhead(docx_ctx *c)
{
    char name[96];
    size_t n = docx_para_copy(&c->rows[0], (docx_pos){0, 0}, docx_para_end(&c->rows[0]), name, sizeof name);
    if (c->r->organisation || n == 0 || n >= sizeof name - 1 || !docx_org_name(name, n))
        return 0;
    c->r->organisation = 1;
    return mn_builder_property(c->r->b, "organisation", name, 0);
}

int docx_rows_letterhead(docx_ctx *c)
{
    if (c->r->body_blocks > 0 || c->nrows == 0)
        return 0;
    for (size_t k = 0; k < c->nrows; k++)
        if (!c->rows[k].group_row)
            return 0;
    return docx_row_letterhead(c);
}

static int docx_row_emit(docx_ctx *c, docx_rowinfo *info, size_t i, int top)
{
    docx_para *p = &c->rows[i];
    const docx_rowinfo *ri = &info[i];
    switch (ri->kind) {
    case DOCX_ROW_ACTION:
        return docx_row_action(c, p, ri);
    case DOCX_ROW_BULLET:
        return docx_row_item(c, p, ri, 0);
    case DOCX_ROW_LABEL:
        return docx_row_field(c, p, ri);
    case DOCX_ROW_NUMBER:
        if (docx_short_number(ri) &&
            ((i > 0 && docx_short_number(&info[i - 1])) || (i + 1 < c->nrows && docx_short_number(&info[i + 1]))))
            return docx_row_item(c, p, ri, 1); /* short numbered lines one after another: a list */
        if (ri->title)
            return docx_row_heading(c, p, ri);
        return docx_row_line(c, p);
    case DOCX_ROW_GROUP:
        return docx_row_block(c, MN_NODE_PARA, &(mn_node_attrs){.style = p->hint}, p);
    case DOCX_ROW_PLAIN:
        break;
    }
    int rc = docx_row_top(info, i, top) ? docx_row_title(c, p, ri) : 0;
    if (rc == 1)
        return i > 0 ? docx_row_letterhead(c) : 0;
    return rc ? rc : docx_row_line(c, p);
}

int docx_rows_flush(docx_ctx *c)
{
    if (c->nrows == 0)
        return 0;
    docx_rowinfo *info = malloc(c->nrows * sizeof *info);
    if (!info)
        return docx_oom_rc(c);
    for (size_t i = 0; i < c->nrows; i++)
        docx_row_info(&c->rows[i], &info[i]);
    int rc = 0, top = c->r->body_blocks == 0; /* the run opens the body */
    for (size_t i = 0; i < c->nrows && rc == 0;) {
        /* plain rows with the group labels among and before them; labels
         * after the last row are the text that follows the table */
        size_t j = i, end = i, plain = 0;
        while (j < c->nrows && (info[j].kind == DOCX_ROW_PLAIN || info[j].kind == DOCX_ROW_GROUP)) {
            if (info[j].kind == DOCX_ROW_PLAIN) {
                plain++;
                end = j + 1;
            }
            j++;
        }
        if (plain >= 2) {
            rc = docx_rows_table(c, i, end);
            i = end;
        } else {
            rc = docx_row_emit(c, info, i++, top);
        }
    }
    if (rc == 0)
        rc = docx_close_lists(c);
    free(info);
    for (size_t i = 0; i < c->nrows; i++)
        docx_para_free(&c->rows[i]);
    c->nrows = 0;
    return rc;
}

int docx_rows_add(docx_ctx *c, docx_para *p)
{
    if (c->nrows == c->rcap) {
        size_t cap = c->rcap ? c->rcap * 2 : 16;
        docx_para *v = realloc(c->rows, cap * sizeof *v);
        if (!v)
            return docx_oom_rc(c);
        c->rows = v;
        c->rcap = cap;
    }
    c->held += p->nboxes;
    c->rows[c->nrows++] = *p; /* the row owns the content now */
    memset(p, 0, sizeof *p);
    return 0;
}

int docx_glyph_line(docx_ctx *c, docx_para *p)
{
    if (!p->lead_glyph)
        return 0;
    docx_pos at = {0, 0};
    while (at.seg < p->n && p->segs[at.seg].kind == DOCX_SEG_TEXT && at.off < p->segs[at.seg].len &&
           p->segs[at.seg].text[at.off] == ' ')
        at.off++;
    if (at.seg >= p->n || p->segs[at.seg].kind != DOCX_SEG_TEXT || at.off >= p->segs[at.seg].len ||
        p->segs[at.seg].text[at.off] != '\t')
        return 0;
    docx_rowinfo ri = {.kind = DOCX_ROW_ACTION, .after = docx_para_skip_blank(p, at)};
    int rc = docx_rows_flush(c);
    if (rc == 0)
        rc = docx_row_action(c, p, &ri);
    return rc ? rc : 1;
}

int docx_group_label(const docx_para *p)
{
    if (p->nboxes || p->lead_glyph)
        return 0;
    size_t len = 0, words = 0;
    int after_space = 1;
    char last = 0;
    for (size_t i = 0; i < p->n; i++) {
        const docx_seg *s = &p->segs[i];
        if (s->kind != DOCX_SEG_TEXT)
            return 0; /* breaks, notes: more than a label */
        for (size_t k = 0; k < s->len; k++) {
            char ch = s->text[k];
            if (ch == '\t' || ch == ':')
                return 0;
            if (ch == ' ') {
                after_space = 1;
                continue;
            }
            if (!(s->fmt & DOCX_STRONG))
                return 0; /* group labels stand out: bold all through */
            words += after_space;
            after_space = 0;
            last = ch;
            len++;
        }
    }
    return len > 1 && len <= 80 && words <= 8 && !strchr(".;,!?", last);
}

int docx_rows_hold(docx_ctx *c, docx_para *p, const char *hint)
{
    p->group_row = 1;
    p->hint = hint;
    return docx_rows_add(c, p);
}
