/* SPDX-License-Identifier: MIT */
/* build.c — the canonical document as a flow of boxes: title block, body
 * sections with their paragraphs, lists, actions and footnotes.  The agenda,
 * the upcoming dates and the participants are in annex.c, tables in
 * table.c. */
#include "pdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIST_INDENT 14.0 /* each list level */
#define BULLET_HANG 11.0
#define LABEL_GAP 6.0    /* between a number and its text */
#define BAR 2.5          /* accent bar of an action box */
#define BOX_PAD 8.0

static const char *const bullets[] = {"\xe2\x80\xa2", "\xe2\x80\x93", "\xe2\x97\xa6"}; /* • – ◦ */

/* ---- Small helpers ---------------------------------------------------------- */

void pdf_build_rich(pdf_build *bd, pdf_rich *r)
{
    pdf_rich_init(r);
    r->resolve = pdf_build_resolve;
    r->resolve_data = bd;
    r->link_color = bd->st->link;
    r->st = bd->st;
}

double pdf_build_measure(pdf_build *bd, pdf_font font, const char *text)
{
    /* Labels repeat ("1.", "•", "4.1"): each is laid out once per font. */
    char *key = g_strdup_printf("%d\x1f%s", (int)font, text);
    if (!bd->widths)
        bd->widths = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    double *known = g_hash_table_lookup(bd->widths, key);
    if (known) {
        g_free(key);
        return *known;
    }
    if (!bd->scratch)
        bd->scratch = pango_layout_new(bd->st->ctx);
    pango_layout_set_font_description(bd->scratch, bd->st->font[font]);
    pango_layout_set_attributes(bd->scratch, NULL);
    pango_layout_set_width(bd->scratch, -1);
    pango_layout_set_text(bd->scratch, text, -1);
    PangoRectangle logical;
    pango_layout_get_extents(bd->scratch, NULL, &logical);
    double *w = g_new(double, 1);
    *w = logical.width / (double)PANGO_SCALE;
    g_hash_table_insert(bd->widths, key, w);
    return *w;
}

void pdf_build_label(const char *n, char *buf, size_t size)
{
    /* Numbers arrive as written, "1" or "1." or "4.1" or "a)": a bare
     * number or letter gets its period, a compound one stays as it is. */
    size_t len = strlen(n);
    int bare = len > 0 && len < size - 1 && !strpbrk(n, ".)]:");
    snprintf(buf, size, "%s%s", n, bare ? "." : "");
}

/* The element with id ID, or NULL: N, its following siblings and what
 * they hold. */
static const mn_node *find_id(const mn_node *n, const char *id)
{
    for (const mn_node *c = n; c; c = mn_node_next_of(c, MN_KIND_ANY)) {
        if (pdf_attr_is(c, "id", id))
            return c;
        const mn_node *f = find_id(mn_node_child(c, MN_KIND_ANY), id);
        if (f)
            return f;
    }
    return NULL;
}

/* An id of the body and its element; ORDER (document order) decides
 * between equal ids: the first is the one found. */
struct pdf_id {
    const char *id; /* borrowed from the document: an index of pointers */
    const mn_node *n;
    unsigned order;
};

static int add_id(pdf_build *bd, size_t *cap, const mn_node *n)
{
    const char *id = mn_node_attr(n, "id");
    if (!id)
        return 0;
    if (bd->nids == *cap) {
        size_t c = *cap ? 2 * *cap : 256;
        struct pdf_id *v = realloc(bd->ids, c * sizeof *v);
        if (!v)
            return -1;
        bd->ids = v;
        *cap = c;
    }
    bd->ids[bd->nids] = (struct pdf_id){id, n, (unsigned)bd->nids};
    bd->nids++;
    return 0;
}

/* N, its following siblings and what they hold (the body, then events). */
static int collect_ids(pdf_build *bd, size_t *cap, const mn_node *n)
{
    for (; n; n = mn_node_next_of(n, MN_KIND_ANY))
        if (add_id(bd, cap, n) < 0 || collect_ids(bd, cap, mn_node_child(n, MN_KIND_ANY)) < 0)
            return -1;
    return 0;
}

static int cmp_id(const void *a, const void *b)
{
    const struct pdf_id *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->order > y->order) - (x->order < y->order);
}

static void free_ids(pdf_build *bd)
{
    free(bd->ids);
    bd->ids = NULL;
    bd->nids = 0;
}

/* Sorts the body's ids, the first of equal ones kept.  Returns 0, or -1
 * when memory runs out (then find_id walks the tree each time). */
static int index_ids(pdf_build *bd)
{
    size_t cap = 0;
    if (collect_ids(bd, &cap, pdf_doc_part(bd->doc, MN_KIND_BODY)) < 0) {
        free_ids(bd);
        return -1;
    }
    qsort(bd->ids, bd->nids, sizeof *bd->ids, cmp_id);
    size_t kept = 0;
    for (size_t i = 0; i < bd->nids; i++) {
        if (kept && strcmp(bd->ids[kept - 1].id, bd->ids[i].id) == 0)
            continue;
        bd->ids[kept++] = bd->ids[i];
    }
    bd->nids = kept;
    struct pdf_id *fit = kept ? realloc(bd->ids, kept * sizeof *fit) : NULL;
    if (fit)
        bd->ids = fit;
    return 0;
}

static const mn_node *lookup_id(const pdf_build *bd, const char *id)
{
    size_t lo = 0, hi = bd->nids;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(bd->ids[mid].id, id);
        if (c == 0)
            return bd->ids[mid].n;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const char *pdf_build_resolve(void *data, const char *id)
{
    pdf_build *bd = data;
    if (!bd->ids_state)
        bd->ids_state = index_ids(bd) < 0 ? -1 : 1;
    const mn_node *n = bd->ids_state > 0 ? lookup_id(bd, id) : find_id(pdf_doc_part(bd->doc, MN_KIND_BODY), id);
    while (n && !mn_node_is(n, MN_KIND_SECTION))
        n = mn_node_parent(n);
    const char *sid = n ? mn_node_attr(n, "id") : NULL;
    if (!sid)
        return NULL;
    snprintf(bd->resolved, sizeof bd->resolved, "%s", sid);
    /* The label is the number of the nearest numbered section. */
    const mn_node *numbered = n;
    while (numbered && !(mn_node_is(numbered, MN_KIND_SECTION) && mn_node_attr(numbered, "n")))
        numbered = mn_node_parent(numbered);
    const char *num = numbered ? mn_node_attr(numbered, "n") : NULL;
    snprintf(bd->resolved_label, sizeof bd->resolved_label, "%s", num ? num : "");
    return bd->resolved;
}

/* Adds R as the box's text and sets the box height from it. */
static pdf_part *set_text(pdf_build *bd, pdf_box *b, pdf_font font, pdf_rich *r, double hang)
{
    pdf_part *p = pdf_box_text(b, bd->st, font, r, b->w, hang, 0, 0);
    if (p)
        b->h = pdf_part_height(p);
    else
        bd->flow->oom = 1;
    pdf_rich_fini(r);
    return p;
}

/* Adds R as the text of flow box B: as one part, or, when it is too long
 * for one layout, as pieces in B and the boxes after it (pieces.c). */
static void set_flow_text(pdf_build *bd, pdf_box *b, pdf_font font, pdf_rich *r, double hang)
{
    if (!pdf_text_is_long(r) || r->oom) {
        set_text(bd, b, font, r, hang);
        return;
    }
    pdf_box_long_text(bd, b, font, r, hang);
    pdf_rich_fini(r);
}

/* ---- Footnotes ---------------------------------------------------------------- */

/* Fills B with footnote NOTE under the next number. */
static void note_box(pdf_build *bd, const mn_node *note, pdf_box *b)
{
    char label[24];
    snprintf(label, sizeof label, "%d\t", bd->next_note++);
    b->x = bd->st->left;
    b->w = pdf_body_width(bd->st);
    b->tag = "Note";
    b->after = 3;
    pdf_rich r;
    pdf_build_rich(bd, &r);
    pdf_rich_add(&r, label, 0);
    pdf_rich_flow(&r, note, 1);
    pdf_rich_trim(&r);
    pdf_part *p = set_text(bd, b, PDF_F_SMALL, &r, 12.0);
    if (p)
        p->breakable = 1;
}

static void add_note(pdf_build *bd, const mn_node *note, pdf_rich *r, pdf_box *owner)
{
    if (r)
        pdf_rich_marker(r, bd->next_note);
    pdf_box *nb = pdf_flow_add_note(bd->flow);
    if (!nb)
        return;
    size_t index = bd->flow->nnote - 1;
    note_box(bd, note, nb);
    /* A note too long for the foot of a page is set in the flow instead,
     * right after the text that refers to it. */
    nb->inline_note = nb->h > 0.3 * (bd->st->bottom - bd->st->top);
    if (pdf_notes_push(owner ? &owner->notes : &bd->pending,
                       owner ? &owner->nnotes : &bd->npending, (int)index) < 0)
        bd->flow->oom = 1;
}

int pdf_notes_push(int **notes, size_t *n, int index)
{
    int *a = realloc(*notes, (*n + 1) * sizeof *a);
    if (!a)
        return -1;
    *notes = a;
    a[(*n)++] = index;
    return 0;
}

void pdf_build_notes_after(pdf_build *bd, const mn_node *n, pdf_rich *r, pdf_box *b)
{
    for (const mn_node *s = mn_node_next_of(n, MN_KIND_ANY); s && mn_node_is(s, MN_KIND_NOTE); s = mn_node_next_of(s, MN_KIND_ANY))
        add_note(bd, s, r, b);
}

void pdf_build_notes_in(pdf_build *bd, const mn_node *n, pdf_rich *r, pdf_box *b)
{
    for (const mn_node *c = mn_node_child(n, MN_KIND_NOTE); c; c = mn_node_next_of(c, MN_KIND_NOTE))
        add_note(bd, c, r, b);
}

/* Whether a <note> was taken by the text block before it. */
static int note_taken(const mn_node *note)
{
    for (const mn_node *p = mn_node_prev(note); p; p = mn_node_prev(p)) {
        if (!mn_node_is(p, MN_KIND_ANY) || mn_node_is(p, MN_KIND_NOTE))
            continue;
        return mn_node_is(p, MN_KIND_P) || mn_node_is(p, MN_KIND_ACTION) || mn_node_is(p, MN_KIND_DECISION) ||
               mn_node_is(p, MN_KIND_HEADING);
    }
    return 0;
}

/* A note with no text before it to carry its marker: a numbered small
 * paragraph where it stands. */
static void loose_note(pdf_build *bd, const mn_node *note)
{
    pdf_box *b = pdf_flow_add(bd->flow);
    if (b)
        note_box(bd, note, b);
}

/* ---- Blocks -------------------------------------------------------------------- */

static void emit_blocks(pdf_build *bd, const mn_node *parent, double x, double w, int depth);

static void emit_para(pdf_build *bd, const mn_node *p, double x, double w)
{
    pdf_box *b = pdf_flow_add(bd->flow);
    if (!b)
        return;
    b->x = x;
    b->w = w;
    b->tag = "P";
    b->after = 6;
    pdf_rich r;
    pdf_build_rich(bd, &r);
    pdf_rich_inline(&r, p);
    pdf_build_notes_after(bd, p, &r, b);
    set_flow_text(bd, b, PDF_F_BODY, &r, 0);
}


/* "ACTION · Owner: MAG members · Due: 21 November 2025" */
/* Appends "   ·   WORD: " with WORD the label NAME of the house style, else
 * FALLBACK. */
static void field_label(pdf_rich *r, const char *name, const char *fallback)
{
    pdf_rich_add(r, "   \xc2\xb7   ", 0);
    pdf_rich_add(r, pdf_label(r->st, name, fallback), 0);
    pdf_rich_add(r, pdf_colon(r->st), 0);
    pdf_rich_add(r, " ", 0);
}

static void action_label(const mn_node *a, int decision, pdf_rich *r)
{
    /* A house style's word is set in capitals like the default one. */
    const char *word = pdf_label(r->st, decision ? "decision" : "action", NULL);
    char *upper = word ? g_utf8_strup(word, -1) : NULL;
    pdf_rich_add(r, upper ? upper : decision ? "DECISION" : "ACTION", 0);
    g_free(upper);
    const char *owner = mn_node_attr(a, "owner");
    const char *due = mn_node_attr(a, "due");
    if (owner && *owner) {
        field_label(r, "owner", "Owner");
        pdf_rich_add(r, owner, 1);
    }
    if (due && *due) {
        char when[96];
        pdf_format_date(r->st ? r->st->dates : NULL, due, 0, 0, when, sizeof when);
        field_label(r, "due", "Due");
        pdf_rich_add(r, when, 0);
    }
}

/* Adds R (consumed) as a part of B at (dx, y), width W; returns its bottom. */
static double add_part(pdf_build *bd, pdf_box *b, pdf_rich *r, double dx, double w,
                       double hang, double y)
{
    pdf_part *p = pdf_box_text(b, bd->st, PDF_F_BODY, r, w, hang, dx, y);
    pdf_rich_fini(r);
    if (!p) {
        bd->flow->oom = 1;
        return y;
    }
    return y + pdf_part_height(p);
}

static void emit_para(pdf_build *bd, const mn_node *p, double x, double w);
static void emit_action(pdf_build *bd, const mn_node *a, double x, double w);

/* How far to indent what is nested in a block of width W: BY, unless that
 * would leave less than a third of the text block (lists nested a hundred
 * deep stay readable and inside the margins; they stop stepping right). */
static double indent(const pdf_build *bd, double w, double by)
{
    return w - by >= pdf_body_width(bd->st) / 3 ? by : 0;
}

/* The label of the K-th item (from 1) of a list at LEVEL: its number as
 * written, else a number when NUMBERED, else the level's bullet. */
static void item_label(const mn_node *item, int level, int k, int numbered, char *buf,
                       size_t size)
{
    const char *n = mn_node_attr(item, "n");
    if (n)
        pdf_build_label(n, buf, size);
    else if (numbered)
        snprintf(buf, size, "%d.", k);
    else
        snprintf(buf, size, "%s", bullets[(level - 1) % 3]);
}

/* One hanging indent for a whole list, so its texts line up. */
static double list_hang(pdf_build *bd, const mn_node *list, int level, int numbered)
{
    double hang = BULLET_HANG;
    int k = 1;
    for (const mn_node *it = mn_node_child(list, MN_KIND_ITEM); it; it = mn_node_next_of(it, MN_KIND_ITEM), k++) {
        char label[64];
        item_label(it, level, k, numbered, label, sizeof label);
        double lw = pdf_build_measure(bd, PDF_F_BODY, label) + LABEL_GAP;
        hang = lw > hang ? lw : hang;
    }
    return hang;
}

/* The blocks nested in a list item, under its text. */
static void emit_item_blocks(pdf_build *bd, const mn_node *item, double x, double w, int level)
{
    for (const mn_node *c = mn_node_child(item, MN_KIND_ANY); c; c = mn_node_next_of(c, MN_KIND_ANY)) {
        if (mn_node_is(c, MN_KIND_LIST))
            pdf_build_list(bd, c, x, w, level + 1, 0);
        else if (mn_node_is(c, MN_KIND_TABLE))
            pdf_build_table(bd, c, x, w);
        else if (mn_node_is(c, MN_KIND_ACTION) || mn_node_is(c, MN_KIND_DECISION))
            emit_action(bd, c, x, w);
        else if (mn_node_is(c, MN_KIND_P))
            emit_para(bd, c, x, w);
    }
}

static void emit_item(pdf_build *bd, const mn_node *item, const char *label, double hang,
                      double x, double w, int level, double before)
{
    pdf_box *b = pdf_flow_add(bd->flow);
    if (!b)
        return;
    b->x = x;
    b->w = w;
    b->tag = "LI";
    b->before = before;
    b->after = 2.5;
    pdf_rich r;
    pdf_build_rich(bd, &r);
    pdf_rich_add(&r, label, 0);
    pdf_rich_add(&r, "\t", 0);
    pdf_rich_inline(&r, item);
    pdf_rich_trim(&r);
    pdf_build_notes_in(bd, item, &r, b);
    set_flow_text(bd, b, PDF_F_BODY, &r, hang);
    double in = indent(bd, w, hang);
    emit_item_blocks(bd, item, x + in, w - in, level);
}

void pdf_build_list(pdf_build *bd, const mn_node *list, double x, double w, int level,
                    int numbered)
{
    size_t first = bd->flow->n;
    double hang = list_hang(bd, list, level, numbered);
    int k = 1;
    pdf_flow_group_begin(bd->flow, "L");
    for (const mn_node *it = mn_node_child(list, MN_KIND_ITEM); it; it = mn_node_next_of(it, MN_KIND_ITEM), k++) {
        char label[64];
        item_label(it, level, k, numbered, label, sizeof label);
        /* Set on the first item as it is made: the pager may take a box
         * as soon as the next one is added. */
        emit_item(bd, it, label, hang, x, w, level, k == 1 && level == 1 ? 2 : 0);
    }
    if (bd->flow->n > first)
        pdf_flow_box(bd->flow, bd->flow->n - 1)->after = level == 1 ? 7 : 2.5;
    pdf_flow_group_end(bd->flow);
}

/* Lists, tables and actions nested in an action, as more text of its box
 * (so that the shading holds them): one part per item, indented by level.
 * Returns the height reached. */
static double nested_parts(pdf_build *bd, pdf_box *b, const mn_node *parent, double dx,
                           double w, double y, int level)
{
    for (const mn_node *c = mn_node_child(parent, MN_KIND_ANY); c && !bd->flow->oom; c = mn_node_next_of(c, MN_KIND_ANY)) {
        if (mn_node_is(c, MN_KIND_LIST)) {
            double hang = list_hang(bd, c, level, 0);
            int k = 1;
            for (const mn_node *it = mn_node_child(c, MN_KIND_ITEM); it; it = mn_node_next_of(it, MN_KIND_ITEM), k++) {
                char label[64];
                item_label(it, level, k, 0, label, sizeof label);
                pdf_rich r;
                pdf_build_rich(bd, &r);
                pdf_rich_add(&r, label, 0);
                pdf_rich_add(&r, "\t", 0);
                pdf_rich_inline(&r, it);
                pdf_rich_trim(&r);
                pdf_build_notes_in(bd, it, &r, b);
                y = add_part(bd, b, &r, dx, w, hang, y + 2);
                double in = indent(bd, w, hang);
                y = nested_parts(bd, b, it, dx + in, w - in, y, level + 1);
            }
        } else if (mn_node_is(c, MN_KIND_TABLE)) {
            for (const mn_node *row = mn_node_child(c, MN_KIND_ROW); row; row = mn_node_next_of(row, MN_KIND_ROW)) {
                pdf_rich r;
                pdf_build_rich(bd, &r);
                for (const mn_node *k = mn_node_child(row, MN_KIND_CELL); k; k = mn_node_next_of(k, MN_KIND_CELL)) {
                    pdf_rich_inline(&r, k);
                    pdf_rich_trim(&r);
                    if (mn_node_next_of(k, MN_KIND_CELL))
                        pdf_rich_add(&r, " \xc2\xb7 ", 0);
                    pdf_build_notes_in(bd, k, &r, b);
                }
                y = add_part(bd, b, &r, dx, w, 0, y + 2);
            }
        } else if (mn_node_is(c, MN_KIND_ACTION) || mn_node_is(c, MN_KIND_DECISION)) {
            pdf_rich r;
            pdf_build_rich(bd, &r);
            action_label(c, mn_node_is(c, MN_KIND_DECISION), &r);
            pdf_rich_attr(&r, pango_attr_weight_new(PANGO_WEIGHT_BOLD), 0);
            pdf_rich_add(&r, pdf_colon(bd->st), 0);
            pdf_rich_add(&r, " ", 0);
            pdf_rich_inline(&r, c);
            pdf_rich_trim(&r);
            pdf_build_notes_in(bd, c, &r, b);
            y = add_part(bd, b, &r, dx, w, 0, y + 3);
            double in = indent(bd, w, BULLET_HANG);
            y = nested_parts(bd, b, c, dx + in, w - in, y, level + 1);
        }
    }
    return y;
}

static void emit_action(pdf_build *bd, const mn_node *a, double x, double w)
{
    int decision = mn_node_is(a, MN_KIND_DECISION);
    pdf_box *b = pdf_flow_add(bd->flow);
    if (!b)
        return;
    b->deco = decision ? PDF_D_DECISION : PDF_D_ACTION;
    b->x = x;
    b->w = w;
    b->pad_top = 5;
    b->pad_bottom = 6;
    b->before = 3;
    b->after = 9;
    b->tag = "Div";
    double inner = w - BAR - 2 * BOX_PAD;
    pdf_rich r;
    pdf_build_rich(bd, &r);
    action_label(a, decision, &r);
    pdf_part *label = pdf_box_text(b, bd->st, PDF_F_LABEL, &r, inner, 0, BAR + BOX_PAD, 0);
    pdf_rich_fini(&r);
    if (!label) {
        bd->flow->oom = 1;
        return;
    }
    label->color = decision ? bd->st->decision : bd->st->accent;
    label->glue = 1;
    label->breakable = 0;
    label->tag = "Lbl";
    double top = pdf_part_height(label) + 2;
    pdf_build_rich(bd, &r);
    pdf_rich_inline(&r, a);
    pdf_rich_trim(&r);
    pdf_build_notes_in(bd, a, &r, b);
    pdf_build_notes_after(bd, a, &r, b);
    double y = add_part(bd, b, &r, BAR + BOX_PAD, inner, 0, top);
    b->h = nested_parts(bd, b, a, BAR + BOX_PAD, inner, y, 1);
}

pdf_box *pdf_build_heading(pdf_build *bd, int level, const char *label, const mn_node *inl,
                           const char *plain, const char *id)
{
    static const pdf_font fonts[] = {PDF_F_H1, PDF_F_H2, PDF_F_H3};
    /* The document title is the H1; sections nest below it. */
    static const char *const tags[] = {"H2", "H3", "H4"};
    static const double before[] = {15, 11, 8}, after[] = {6, 4, 3};
    int k = level < 1 ? 0 : level > 3 ? 2 : level - 1;
    pdf_box *b = pdf_flow_add(bd->flow);
    if (!b)
        return NULL;
    b->x = bd->st->left;
    b->w = pdf_body_width(bd->st);
    b->tag = tags[k];
    b->before = before[k];
    b->after = after[k];
    b->keep_next = 1;
    b->outline_level = level;
    pdf_rich r;
    pdf_build_rich(bd, &r);
    double hang = 0;
    if (label && *label) {
        hang = pdf_build_measure(bd, fonts[k], label) + 7;
        if (hang < 22)
            hang = 22;
        pdf_rich_add(&r, label, 0);
        pdf_rich_add(&r, "\t", 0);
    }
    if (inl)
        pdf_rich_inline(&r, inl);
    else
        pdf_rich_add(&r, plain, 1);
    pdf_rich_trim(&r);
    /* The outline shows the heading as printed, number first. */
    const char *text = r.text ? r.text : "";
    b->outline_title = strdup(text);
    if (b->outline_title)
        for (char *t = strchr(b->outline_title, '\t'); t; t = strchr(t, '\t'))
            *t = ' ';
    b->dest = id ? strdup(id) : NULL;
    if (inl)
        pdf_build_notes_after(bd, inl, &r, b);
    pdf_part *p = set_text(bd, b, fonts[k], &r, hang);
    if (p && k < 2)
        p->color = bd->st->accent;
    return b;
}

static void emit_section(pdf_build *bd, const mn_node *sec, int depth)
{
    const mn_node *h = mn_node_child(sec, MN_KIND_HEADING);
    const char *n = mn_node_attr(sec, "n");
    const char *id = mn_node_attr(sec, "id");
    char label[64] = "";
    if (n)
        pdf_build_label(n, label, sizeof label);
    pdf_flow_group_begin(bd->flow, "Sect");
    if (h || n)
        pdf_build_heading(bd, depth, label, h, "", id);
    emit_blocks(bd, sec, bd->st->left, pdf_body_width(bd->st), depth);
    pdf_flow_group_end(bd->flow);
}

static void emit_blocks(pdf_build *bd, const mn_node *parent, double x, double w, int depth)
{
    for (const mn_node *c = mn_node_child(parent, MN_KIND_ANY); c && !bd->flow->oom; c = mn_node_next_of(c, MN_KIND_ANY)) {
        if (mn_node_is(c, MN_KIND_P))
            emit_para(bd, c, x, w);
        else if (mn_node_is(c, MN_KIND_LIST))
            pdf_build_list(bd, c, x, w, 1, 0);
        else if (mn_node_is(c, MN_KIND_TABLE))
            pdf_build_table(bd, c, x, w);
        else if (mn_node_is(c, MN_KIND_ACTION) || mn_node_is(c, MN_KIND_DECISION))
            emit_action(bd, c, x, w);
        else if (mn_node_is(c, MN_KIND_NOTE) && !note_taken(c))
            loose_note(bd, c);
        else if (mn_node_is(c, MN_KIND_SECTION))
            emit_section(bd, c, depth + 1);
    }
}

/* ---- Title block ------------------------------------------------------------------ */

static void meta_line(const mn_node *meta, pdf_rich *r)
{
    const char *sep = "   \xc2\xb7   ";
    int any = 0;
    char *date = mn_node_text_folded(mn_node_child(meta, MN_KIND_DATE));
    if (date && *date) {
        char buf[96];
        pdf_format_date(r->st ? r->st->dates : NULL, date, 0, 1, buf, sizeof buf);
        pdf_rich_add(r, buf, 0);
        any = 1;
    }
    free(date);
    const mn_node *t = mn_node_child(meta, MN_KIND_TIME);
    const char *start = mn_node_attr(t, "start"), *end = mn_node_attr(t, "end"), *zone = mn_node_attr(t, "zone");
    const mn_words *local = r->st ? r->st->dates : NULL;
    char clock[32];
    if (start) {
        pdf_rich_add(r, any ? sep : "", 0);
        pdf_rich_add(r, pdf_format_clock(local, start, clock, sizeof clock), 1);
        if (end) {
            pdf_rich_add(r, "\xe2\x80\x93", 0); /* en dash */
            pdf_rich_add(r, pdf_format_clock(local, end, clock, sizeof clock), 1);
        }
        if (zone) {
            pdf_rich_add(r, " ", 0);
            pdf_rich_add(r, zone, 1);
        }
        any = 1;
    }
    char *place = mn_node_text_folded(mn_node_child(meta, MN_KIND_LOCATION));
    if (place && *place) {
        pdf_rich_add(r, any ? sep : "", 0);
        pdf_rich_add(r, place, 0);
    }
    free(place);
}

static double stack(pdf_build *bd, pdf_box *b, pdf_font font, pdf_rich *r, double y,
                    pdf_rgb color, const char *tag)
{
    pdf_rich_trim(r);
    if (r->len == 0) {
        pdf_rich_fini(r);
        return y;
    }
    pdf_part *p = pdf_box_text(b, bd->st, font, r, b->w, 0, 0, y);
    pdf_rich_fini(r);
    if (!p) {
        bd->flow->oom = 1;
        return y;
    }
    p->color = color;
    p->breakable = 0;
    p->tag = tag;
    return y + pdf_part_height(p);
}

static void emit_title(pdf_build *bd, const mn_node *meta, const char *title)
{
    pdf_box *b = pdf_flow_add(bd->flow);
    if (!b)
        return;
    b->deco = PDF_D_RULE;
    b->x = bd->st->left;
    b->w = pdf_body_width(bd->st);
    b->pad_bottom = 9;
    b->after = 14;
    b->keep_together = 1;
    b->tag = "Div";
    pdf_rich r;
    pdf_build_rich(bd, &r);
    pdf_rich_add(&r, title, 1);
    double y = stack(bd, b, PDF_F_TITLE, &r, 0, bd->st->accent, "H1");
    pdf_build_rich(bd, &r);
    const mn_node *sub = mn_node_child(meta, MN_KIND_SUBTITLE);
    if (sub)
        pdf_rich_inline(&r, sub);
    y = stack(bd, b, PDF_F_SUBTITLE, &r, y + 3, bd->st->ink, "P");
    pdf_build_rich(bd, &r);
    meta_line(meta, &r);
    y = stack(bd, b, PDF_F_META, &r, y + 5, bd->st->muted, "P");
    b->h = y;
}

char *pdf_build_title_text(const mn_doc *doc)
{
    const mn_node *meta = pdf_meta(doc);
    char *t = mn_node_text_folded(mn_node_child(meta, MN_KIND_TITLE));
    if (t && *t)
        return t;
    free(t);
    return strdup("Minutes");
}

int pdf_build_document(pdf_build *bd)
{
    const mn_node *root = mn_doc_root(bd->doc);
    const mn_node *meta = pdf_meta(bd->doc);
    bd->next_note = 1;
    char *title = pdf_build_title_text(bd->doc);
    if (!title)
        return -1;
    emit_title(bd, meta, title);
    free(title);
    pdf_build_agenda(bd, mn_node_child(root, MN_KIND_AGENDA));
    const mn_node *body = pdf_doc_part(bd->doc, MN_KIND_BODY);
    emit_blocks(bd, body, bd->st->left, pdf_body_width(bd->st), 0);
    pdf_build_decisions(bd, body);
    pdf_build_register(bd, body);
    pdf_build_events(bd, mn_node_child(root, MN_KIND_EVENTS));
    pdf_build_participants(bd, mn_node_child(root, MN_KIND_PARTICIPANTS));
    return bd->flow->oom ? -1 : 0;
}

void pdf_build_fini(pdf_build *bd)
{
    free(bd->pending);
    free_ids(bd);
    bd->ids_state = 0;
    bd->pending = NULL;
    bd->npending = 0;
    if (bd->scratch)
        g_object_unref(bd->scratch);
    bd->scratch = NULL;
    if (bd->widths)
        g_hash_table_destroy(bd->widths);
    bd->widths = NULL;
}
