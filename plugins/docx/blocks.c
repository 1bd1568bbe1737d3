/* SPDX-License-Identifier: MIT */
/* blocks.c — block structure: paragraphs become headings (outline level
 * from the paragraph or its style), list items (numbered paragraphs, with
 * the label Word shows), or paragraphs; consecutive body paragraphs with
 * tabs become a table split on the tabs, as the plain-text reader does with
 * TAB lines; Word tables keep their spans.  Empty paragraphs separate
 * nothing: a blank line inside a list or a table of tab rows is a page-break
 * artefact, as in the text form. */
#include <stdlib.h>
#include <string.h>

#include "docx.h"

typedef struct docx_pinfo {
    const docx_style *style;
    int outline;        /* 0..8 for headings, else -1 */
    enum docx_style_kind kind;
    int num_id, ilvl;   /* num_id -1: not numbered */
    int mark_change;    /* the paragraph mark is tracked: 1 inserted, 2 deleted */
} docx_pinfo;

static void docx_pinfo_get(docx_reader *r, const xmlNode *p, docx_pinfo *pi)
{
    memset(pi, 0, sizeof *pi);
    xmlNodePtr ppr = docx_wchild(p, "pPr");
    char *sid = docx_wval(ppr, "pStyle");
    pi->style = docx_style_get(r->styles, sid);
    xmlFree(sid);
    if (!pi->style)
        pi->style = docx_style_default(r->styles, 'p');
    int direct = docx_wval_int(ppr, "outlineLvl", -1);
    pi->outline = direct >= 0 ? (direct <= 8 ? direct : -1) : docx_style_outline(r->styles, pi->style);
    pi->kind = docx_style_kind(r->styles, pi->style);
    int style_num, style_ilvl;
    docx_style_numpr(r->styles, pi->style, &style_num, &style_ilvl);
    xmlNodePtr numpr = docx_wchild(ppr, "numPr");
    pi->num_id = docx_wval_int(numpr, "numId", style_num);
    pi->ilvl = docx_wval_int(numpr, "ilvl", style_ilvl);
    if (pi->num_id > 0 && pi->ilvl < 0 && pi->style)
        pi->ilvl = docx_numbering_style_level(r->numbering, pi->num_id, pi->style->id);
    if (pi->ilvl < 0)
        pi->ilvl = 0;
    xmlNodePtr mark = docx_wchild(ppr, "rPr");
    pi->mark_change = docx_wchild(mark, "del") ? 2 : docx_wchild(mark, "ins") ? 1 : 0;
}

/* The style name passed on as a hint: Title and Subtitle by their role,
 * others by name unless they are the default paragraph style. */
static const char *docx_hint(const docx_pinfo *pi)
{
    if (pi->kind == DOCX_KIND_TITLE)
        return "Title";
    if (pi->kind == DOCX_KIND_SUBTITLE)
        return "Subtitle";
    if (!pi->style || pi->style->is_default)
        return NULL;
    return pi->style->name ? pi->style->name : pi->style->id;
}

/* Opens a block and gives the Title and Subtitle paragraphs docx_hint names
 * the builder role that says what they are (plugin.h: mn_block_role), so
 * that the passes can read the role instead of Word's style names. */
int docx_open_block(mn_builder *b, mn_node_type type, const mn_node_attrs *a)
{
    int rc = mn_builder_open(b, type, a);
    const char *hint = a ? a->style : NULL;
    if (rc || !hint)
        return rc;
    if (strcmp(hint, "Title") == 0)
        return mn_builder_role(b, MN_BLOCK_ROLE_TITLE);
    if (strcmp(hint, "Subtitle") == 0)
        return mn_builder_role(b, MN_BLOCK_ROLE_SUBTITLE);
    return 0;
}

/* ---- lists ------------------------------------------------------------------ */

int docx_close_lists(docx_ctx *c)
{
    int rc = 0;
    for (; c->depth > 0 && rc == 0; c->depth--)
        rc = mn_builder_close(c->r->b, MN_NODE_LIST);
    c->depth = 0;
    return rc;
}

int docx_open_item(docx_ctx *c, int ilvl, const docx_label *label, const char *style)
{
    mn_builder *b = c->r->b;
    int rc = 0;
    while (rc == 0 && c->depth > 0 && c->lvl[c->depth - 1] > ilvl) {
        rc = mn_builder_close(b, MN_NODE_LIST);
        c->depth--;
    }
    if (rc == 0 && c->depth > 0 && (c->lvl[c->depth - 1] == ilvl || c->depth == DOCX_LIST_DEPTH)) {
        rc = mn_builder_close(b, MN_NODE_ITEM);
    } else if (rc == 0) {
        mn_node_attrs la = {.ordered = !label->bullet};
        rc = mn_builder_open(b, MN_NODE_LIST, &la);
        c->lvl[c->depth++] = ilvl;
    }
    /* bullets carry no label: n is the number as shown, and the text and
     * Markdown readers give none for bullets either */
    mn_node_attrs ia = {.label = label->bullet ? NULL : label->text, .style = style};
    return rc ? rc : mn_builder_open(b, MN_NODE_ITEM, &ia);
}

/* Flushes pending rows and closes lists before a block of another kind. */
static int docx_settle(docx_ctx *c, int keep_lists)
{
    int rc = docx_rows_flush(c);
    if (rc == 0 && !keep_lists)
        rc = docx_close_lists(c);
    return rc;
}

/* ---- paragraphs -------------------------------------------------------------- */

int docx_boxes(docx_ctx *c, const docx_para *p)
{
    int rc = 0;
    for (size_t k = 0; k < p->nboxes && rc == 0; k++)
        rc = docx_blocks(c->r, p->boxes[k], DOCX_FLOW);
    return rc;
}

static int docx_emit_block(docx_ctx *c, mn_node_type type, const mn_node_attrs *a, const docx_para *p)
{
    int rc = docx_settle(c, 0);
    if (rc == 0)
        rc = docx_open_block(c->r->b, type, a);
    if (rc == 0)
        rc = docx_emit_inlines(c->r, p, 0);
    if (rc == 0)
        rc = mn_builder_close(c->r->b, type);
    docx_emitted(c, type, a);
    return rc ? rc : docx_boxes(c, p);
}

static int docx_is_arrow(const char *label)
{
    return strcmp(label, "\xE2\x86\x92") == 0; /* → */
}

static int docx_numbered(docx_ctx *c, const docx_pinfo *pi, docx_para *p, const docx_label *label)
{
    if (label->bullet && docx_is_arrow(label->text)) {
        /* an arrow bullet marks an action line, written "→ …" in text */
        if (docx_para_prefix(p, "\xE2\x86\x92 ") != 0)
            return mn_job_error(c->r->job, MN_EX_SOFTWARE, 0, "out of memory");
        mn_node_attrs a = {.style = docx_hint(pi)};
        return docx_emit_block(c, MN_NODE_PARA, &a, p);
    }
    int rc = docx_settle(c, 1);
    docx_emitted(c, MN_NODE_ITEM, NULL);
    if (rc == 0)
        rc = docx_open_item(c, pi->ilvl, label, docx_hint(pi));
    if (rc == 0)
        rc = docx_emit_inlines(c->r, p, 0);
    return rc ? rc : docx_boxes(c, p);
}

/* Whether a paragraph is gone once tracked changes are applied: its mark is
 * deleted (or, rejecting, inserted) and no text of it is left. */
static int docx_vanished(const docx_reader *r, const docx_pinfo *pi, const docx_para *p)
{
    if (docx_para_has_text(p) || p->nboxes)
        return 0;
    return (pi->mark_change == 2 && r->track == DOCX_TRACK_ACCEPT) ||
           (pi->mark_change == 1 && r->track == DOCX_TRACK_REJECT);
}

static int docx_has_notes(const docx_para *p)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->segs[i].kind == DOCX_SEG_NOTE)
            return 1;
    return 0;
}

/* Whether the line after break segment I starts with a field label
 * ("…<br>Venue: Town Hall"). */
static int docx_field_line(const docx_para *p, size_t i)
{
    char line[64];
    size_t n = docx_para_copy(p, (docx_pos){i + 1, 0}, docx_para_end(p), line, sizeof line);
    return docx_field_label(line, n, 1) != 0;
}

/* A paragraph of fields typed one per line: each labelled line starts a
 * paragraph of its own, as each value is its own field.  The lines are
 * emitted where they are (no copy: linear in the paragraph). */
static int docx_emit_fields(docx_ctx *c, const mn_node_attrs *a, docx_para *p)
{
    int rc = docx_settle(c, 0);
    size_t from = 0;
    for (size_t i = 0; i <= p->n && rc == 0; i++) {
        if (i < p->n && !(p->segs[i].kind == DOCX_SEG_BREAK && docx_field_line(p, i)))
            continue;
        /* segments [from, i) are one paragraph; the break at i goes */
        size_t k = from;
        while (k < i && p->segs[k].kind == DOCX_SEG_BREAK)
            k++;
        if (k == i) {
            from = i + 1; /* nothing before the label but breaks */
            continue;
        }
        rc = docx_open_block(c->r->b, MN_NODE_PARA, a);
        if (rc == 0)
            rc = docx_emit_range(c->r, p, from, i, 0);
        if (rc == 0)
            rc = mn_builder_close(c->r->b, MN_NODE_PARA);
        docx_emitted(c, MN_NODE_PARA, a);
        from = i + 1;
    }
    return rc ? rc : docx_boxes(c, p);
}

/* The end of a bold first line followed by more text: the index of its
 * break segment, else 0.  Blank segments may be plain. */
static size_t docx_bold_line_end(const docx_para *p)
{
    size_t i = 0;
    for (; i < p->n && p->segs[i].kind != DOCX_SEG_BREAK; i++) {
        const docx_seg *s = &p->segs[i];
        if (s->kind != DOCX_SEG_TEXT)
            return 0;
        for (size_t k = 0; k < s->len && !(s->fmt & DOCX_STRONG); k++)
            if (!strchr(" \t", s->text[k]))
                return 0;
    }
    if (i == 0 || i >= p->n)
        return 0;
    char rest[8];
    return docx_para_copy(p, (docx_pos){i + 1, 0}, docx_para_end(p), rest, sizeof rest) > 0 ? i : 0;
}

/* "<b>3) Boat repairs</b><br>The coxed four…": a minute's heading typed as
 * a bold numbered line, the minute after a line break in the same
 * paragraph.  The heading goes out labelled, the rest as a paragraph. */
static int docx_bold_heading(docx_ctx *c, const mn_node_attrs *a, docx_para *p)
{
    size_t brk = docx_bold_line_end(p);
    char line[160];
    size_t n = brk ? docx_para_copy(p, (docx_pos){0, 0}, (docx_pos){brk, 0}, line, sizeof line) : 0;
    size_t cut = strcspn(line, " \t");
    int depth;
    if (n == 0 || n >= sizeof line - 1 || cut >= 16 || cut == n || !docx_number_label(line, cut, &depth))
        return 0;
    char label[16];
    memcpy(label, line, cut);
    label[cut] = '\0';
    const char *title = line + cut + strspn(line + cut, " \t");
    size_t words = 0;
    for (size_t i = 0; title[i]; i++)
        words += title[i] != ' ' && (i == 0 || title[i - 1] == ' ');
    if (words > 10 || strpbrk(title, ":") || strchr(".!?,;", line[n - 1]))
        return 0;
    docx_pos at = docx_para_skip_blank(p, (docx_pos){0, 0});
    size_t left = cut; /* the label's bytes, then the blanks after it */
    while (at.seg < brk && left >= p->segs[at.seg].len - at.off) {
        left -= p->segs[at.seg].len - at.off;
        at = (docx_pos){at.seg + 1, 0};
    }
    at.off += left;
    docx_para tail;
    if (docx_para_split(p, (docx_pos){brk, 0}, &tail) != 0 || docx_para_drop_head(p, docx_para_skip_blank(p, at)) != 0) {
        docx_para_free(&tail);
        return mn_job_error(c->r->job, MN_EX_SOFTWARE, 0, "out of memory");
    }
    mn_node_attrs h = {.level = depth < 1 ? 1 : depth > 9 ? 9 : depth, .label = label};
    int rc = docx_emit_block(c, MN_NODE_HEADING, &h, p);
    if (rc == 0)
        rc = docx_emit_fields(c, a, &tail);
    docx_para_free(&tail);
    return rc ? rc : 1;
}

static int docx_classify(docx_ctx *c, const docx_pinfo *pi, docx_para *p)
{
    docx_reader *r = c->r;
    int has_text = docx_para_has_text(p);
    docx_label label = {{0}, 0};
    int numbered = pi->num_id > 0 && docx_numbering_next(r->numbering, pi->num_id, pi->ilvl, &label) == 0 &&
                   label.text[0];
    if (c->where == DOCX_BODY && pi->outline >= 0) {
        if (!has_text)
            return docx_boxes(c, p);
        mn_node_attrs a = {.level = pi->outline + 1, .label = numbered ? label.text : NULL,
                           .style = docx_hint(pi)};
        return docx_emit_block(c, MN_NODE_HEADING, &a, p);
    }
    if (numbered && has_text)
        return docx_numbered(c, pi, p, &label);
    int body = c->where == DOCX_BODY && pi->kind == DOCX_KIND_BODY;
    if (body && has_text && docx_para_has_tab(p)) {
        int rc = docx_close_lists(c);
        docx_para_trim_cells(p);
        return rc ? rc : docx_rows_add(c, p);
    }
    int glyph = body && has_text ? docx_glyph_line(c, p) : 0;
    if (glyph)
        return glyph == 1 ? 0 : glyph;
    if (!has_text && !docx_has_notes(p))
        return docx_boxes(c, p); /* a blank line: separates nothing */
    mn_node_attrs a = {.style = docx_hint(pi)};
    if (body && docx_group_label(p))
        return docx_rows_hold(c, p, a.style); /* it may label the TAB rows that follow */
    if (pi->kind == DOCX_KIND_TITLE && c->where == DOCX_BODY) {
        int rc = docx_rows_letterhead(c); /* a bold name line over the Title */
        if (rc)
            return rc;
    }
    int head = body ? docx_bold_heading(c, &a, p) : 0;
    if (head)
        return head == 1 ? 0 : head;
    if (body)
        return docx_emit_fields(c, &a, p);
    return docx_emit_block(c, MN_NODE_PARA, &a, p);
}

static int docx_paragraph(docx_ctx *c, const xmlNode *w_p)
{
    docx_reader *r = c->r;
    if (w_p == r->skip_para)
        return 0; /* the letterhead's organisation, given as a property */
    r->para_no++;
    mn_builder_set_line(r->b, r->para_no);
    docx_pinfo pi;
    docx_pinfo_get(r, w_p, &pi);
    docx_para p;
    int rc = docx_collect(r, w_p, &p);
    if (rc == 0 && c->where == DOCX_BODY)
        docx_note_opening(r, &p);
    /* a header line with a page number ("Page 1 of 3") is layout */
    if (rc == 0 && !(r->in_header && r->page_field) && !docx_vanished(r, &pi, &p))
        rc = docx_classify(c, &pi, &p);
    docx_para_free(&p);
    return rc;
}

/* ---- tables ---------------------------------------------------------------- */

static int docx_grid_cell(docx_grid *g, docx_cell cell)
{
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 32;
        docx_cell *v = realloc(g->cells, cap * sizeof *v);
        if (!v)
            return -1;
        g->cells = v;
        g->cap = cap;
    }
    g->cells[g->n++] = cell;
    return 0;
}

static int docx_grid_row(docx_grid *g)
{
    if (g->nrows + 1 >= g->rcap) {
        size_t cap = g->rcap ? g->rcap * 2 : 16;
        size_t *v = realloc(g->row_start, cap * sizeof *v);
        if (!v)
            return -1;
        g->row_start = v;
        g->rcap = cap;
    }
    g->row_start[g->nrows++] = g->n;
    g->row_start[g->nrows] = g->n;
    return 0;
}

static int docx_merge_kind(const xmlNode *tc)
{
    xmlNodePtr vm = docx_wchild(docx_wchild(tc, "tcPr"), "vMerge");
    if (!vm)
        return 0;
    char *v = docx_wattr(vm, "val");
    int kind = v && strcmp(v, "restart") == 0 ? 1 : 2;
    xmlFree(v);
    return kind;
}

/* Cells of a row, through content controls and custom XML around them. */
static int docx_row_cells(docx_grid *g, const xmlNode *parent, long *col)
{
    for (const xmlNode *c = parent->children; c; c = c->next) {
        if (docx_w(c, "tc")) {
            long span = docx_wval_int(docx_wchild(c, "tcPr"), "gridSpan", 1);
            span = span < 1 ? 1 : span > 1000 ? 1000 : span;
            if (docx_grid_cell(g, (docx_cell){.tc = c, .col = *col, .span = span,
                                              .merge = docx_merge_kind(c), .rowspan = 1}) != 0)
                return -1;
            *col += span;
        } else if (docx_w(c, "sdt") || docx_w(c, "customXml") || docx_w(c, "sdtContent")) {
            if (docx_row_cells(g, c, col) != 0)
                return -1;
        }
    }
    return 0;
}

static int docx_row_shows(const docx_reader *r, const xmlNode *tr)
{
    xmlNodePtr trpr = docx_wchild(tr, "trPr");
    if (docx_wchild(trpr, "del"))
        return r->track != DOCX_TRACK_ACCEPT;
    if (docx_wchild(trpr, "ins"))
        return r->track != DOCX_TRACK_REJECT;
    return 1;
}

static int docx_grid_rows(docx_reader *r, docx_grid *g, const xmlNode *parent)
{
    for (const xmlNode *c = parent->children; c; c = c->next) {
        if (docx_w(c, "tr")) {
            xmlNodePtr trpr = docx_wchild(c, "trPr");
            if (docx_wchild(trpr, "del") || docx_wchild(trpr, "ins"))
                r->changes++;
            if (!docx_row_shows(r, c))
                continue;
            long col = docx_wval_int(trpr, "gridBefore", 0);
            col = col < 0 ? 0 : col > 1000 ? 1000 : col;
            if (docx_grid_row(g) != 0 || docx_row_cells(g, c, &col) != 0)
                return -1;
            g->row_start[g->nrows] = g->n;
        } else if (docx_w(c, "sdt") || docx_w(c, "customXml") || docx_w(c, "sdtContent")) {
            if (docx_grid_rows(r, g, c) != 0)
                return -1;
        }
    }
    return 0;
}

/* A cell that continues a vertical merge joins the cell above it at the
 * same column; the origin's rowspan grows by one. */
static void docx_grid_merge(docx_grid *g)
{
    for (size_t row = 1; row < g->nrows; row++) {
        /* cells are in column order in both rows: walk them side by side */
        size_t k = g->row_start[row - 1], above_end = g->row_start[row];
        for (size_t i = g->row_start[row]; i < g->row_start[row + 1]; i++) {
            docx_cell *cell = &g->cells[i];
            while (k < above_end && g->cells[k].col < cell->col)
                k++;
            if (cell->merge != 2 || k == above_end)
                continue;
            const docx_cell *above = &g->cells[k];
            if (above->col != cell->col || !above->merge)
                continue;
            size_t origin = above->skip ? above->origin : k;
            g->cells[origin].rowspan++;
            cell->skip = 1;
            cell->origin = origin;
        }
    }
}

static int docx_emit_grid(docx_reader *r, const docx_grid *g)
{
    mn_builder *b = r->b;
    int rc = mn_builder_open(b, MN_NODE_TABLE, NULL);
    for (size_t row = 0; row < g->nrows && rc == 0; row++) {
        rc = mn_builder_open(b, MN_NODE_ROW, NULL);
        for (size_t i = g->row_start[row]; i < g->row_start[row + 1] && rc == 0; i++) {
            const docx_cell *cell = &g->cells[i];
            if (cell->skip)
                continue;
            mn_node_attrs a = {.colspan = (int)cell->span, .rowspan = cell->rowspan};
            rc = mn_builder_open(b, MN_NODE_CELL, &a);
            if (rc == 0)
                rc = docx_blocks(r, cell->tc, DOCX_FLOW);
            if (rc == 0)
                rc = mn_builder_close(b, MN_NODE_CELL);
        }
        if (rc == 0)
            rc = mn_builder_close(b, MN_NODE_ROW);
    }
    return rc ? rc : mn_builder_close(b, MN_NODE_TABLE);
}

static int docx_table(docx_ctx *c, const xmlNode *tbl)
{
    int rc = docx_settle(c, 0);
    if (rc)
        return rc;
    docx_grid g = {0};
    if (docx_grid_rows(c->r, &g, tbl) != 0) {
        free(g.cells);
        free(g.row_start);
        return mn_job_error(c->r->job, MN_EX_SOFTWARE, 0, "out of memory");
    }
    docx_grid_merge(&g);
    int layout = 0;
    if (g.nrows)
        rc = docx_layout_table(c, tbl, &g, &layout);
    if (rc == 0 && g.nrows && !layout)
        rc = docx_emit_grid(c->r, &g);
    if (g.nrows)
        docx_emitted(c, MN_NODE_TABLE, NULL);
    free(g.cells);
    free(g.row_start);
    return rc;
}

/* ---- a cell's paragraphs, for layout.c ------------------------------------------- */

typedef struct docx_pvec {
    docx_para *v;
    size_t n, cap;
} docx_pvec;

static int docx_pvec_walk(docx_ctx *c, const xmlNode *parent, docx_pvec *out)
{
    docx_reader *r = c->r;
    int rc = 0;
    for (const xmlNode *n = parent->children; n && rc == 0; n = n->next) {
        if (docx_w(n, "sdt") && docx_placeholder(n))
            continue;
        if (docx_block_wrapper(n)) {
            rc = docx_pvec_walk(c, n, out);
            continue;
        }
        if (!docx_w(n, "p"))
            continue;
        r->para_no++;
        mn_builder_set_line(r->b, r->para_no);
        docx_pinfo pi;
        docx_pinfo_get(r, n, &pi);
        docx_label label;
        if (pi.num_id > 0)
            docx_numbering_next(r->numbering, pi.num_id, pi.ilvl, &label); /* keeps the counters right */
        docx_para p;
        rc = docx_collect(r, n, &p);
        int keep = rc == 0 && !docx_vanished(r, &pi, &p) && (docx_para_has_text(&p) || p.nboxes || docx_has_notes(&p));
        if (keep && out->n == out->cap) {
            size_t cap = out->cap ? out->cap * 2 : 8;
            docx_para *v = realloc(out->v, cap * sizeof *v);
            if (!v)
                rc = mn_job_error(r->job, MN_EX_SOFTWARE, 0, "out of memory");
            else
                out->v = v, out->cap = cap;
        }
        if (keep && rc == 0)
            out->v[out->n++] = p;
        else
            docx_para_free(&p);
    }
    return rc;
}

int docx_cell_paras(docx_ctx *c, const xmlNode *tc, docx_para **out, size_t *n)
{
    docx_pvec vec = {0};
    int rc = docx_pvec_walk(c, tc, &vec);
    if (rc) {
        docx_paras_free(vec.v, vec.n);
        free(vec.v);
        vec.v = NULL;
        vec.n = 0;
    }
    *out = vec.v;
    *n = vec.n;
    return rc;
}

void docx_paras_free(docx_para *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        docx_para_free(&v[i]);
}

/* ---- containers -------------------------------------------------------------- */

int docx_block_wrapper(const xmlNode *n)
{
    return docx_w(n, "sdt") || docx_w(n, "sdtContent") || docx_w(n, "customXml") || docx_w(n, "ins") ||
           docx_w(n, "moveTo") || docx_w(n, "del") || docx_w(n, "moveFrom");
}

static int docx_block_children(docx_ctx *c, const xmlNode *parent)
{
    int rc = 0;
    for (const xmlNode *n = parent->children; n && rc == 0; n = n->next)
        rc = docx_block(c, n);
    return rc ? rc : c->r->status;
}

int docx_placeholder(const xmlNode *sdt)
{
    return docx_toggle(docx_wchild(sdt, "sdtPr"), "showingPlcHdr") == 1;
}

int docx_block(docx_ctx *c, const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (docx_w(n, "sdt") && docx_placeholder(n))
        return 0; /* a content control still showing its prompt */
    if (docx_w(n, "p"))
        return docx_paragraph(c, n);
    if (docx_w(n, "tbl"))
        return docx_table(c, n);
    if (docx_block_wrapper(n))
        return docx_block_children(c, n); /* their paragraphs count */
    if (docx_local(n, "AlternateContent")) {
        const xmlNode *branch = docx_alternate(n);
        return branch ? docx_block_children(c, branch) : 0;
    }
    if (docx_w(n, "altChunk") && !c->r->warned_chunk) {
        /* an imported HTML, RTF or DOCX chunk Word has not converted yet */
        mn_job_warning(c->r->job, "unsupported-content", c->r->para_no,
                       "embedded alternative content (w:altChunk) is not read");
        c->r->warned_chunk = 1;
    }
    return 0;
}

void docx_blocks_begin(docx_ctx *c, docx_reader *r, enum docx_where where)
{
    memset(c, 0, sizeof *c);
    c->r = r;
    c->where = where;
}

int docx_blocks_end(docx_ctx *c)
{
    int rc = docx_settle(c, 0);
    for (size_t i = 0; i < c->nrows; i++)
        docx_para_free(&c->rows[i]);
    free(c->rows);
    c->rows = NULL;
    c->nrows = c->rcap = 0;
    return rc;
}

int docx_blocks(docx_reader *r, const xmlNode *container, enum docx_where where)
{
    docx_ctx c;
    docx_blocks_begin(&c, r, where);
    int rc = docx_block_children(&c, container);
    int rc2 = docx_blocks_end(&c);
    return rc ? rc : rc2;
}
