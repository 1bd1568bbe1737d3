/* SPDX-License-Identifier: MIT */
/* layout.c — Word tables that lay out a form rather than hold data.  Word's
 * minutes templates put everything in tables: the title block ("Team
 * Meeting" | "12 May 2026 / 10 AM / Room 4"), label/value fields
 * ("Facilitator:" | "Ana Ruiz", two or four columns, or labels over values),
 * an agenda item ("Agenda item:" | text | "Presenter:" | name).  Only this
 * reader sees Word's hints (a "Layout table" description, no borders, no
 * header row), so it decides, and hands the passes the shapes the other
 * formats give:
 *  - a field becomes a labelled paragraph, the label in strong as a
 *    Markdown bold label is ("**Facilitator:** Ana Ruiz"); a value of
 *    several short lines (attendees one per line) becomes a list under the
 *    label, longer ones paragraphs; an empty label under a field continues
 *    its value ("Attendees:" | "Ana" over "" | "Bo");
 *  - an agenda item's label ("Agenda item", "Agenda topic", "Topic") makes
 *    its value a heading, the other fields of the row (presenter, time)
 *    follow it as fields;
 *  - the title block at the top of the body becomes a paragraph in the
 *    Title style (as a Word title is), its date, time and place one line
 *    with " | " between them, as text minutes write them;
 *  - a one-column layout table is a frame: its content is read in place.
 * A table whose rows are not all fields is data and stays a table: action
 * registers ("Action items" | "Person responsible" | "Deadline") and
 * decision lists are read from tables by the passes. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx.h"

#define LT_MAX_CELLS 400   /* a form is small; past this a table is data */
#define LT_MAX_VALUES 16

typedef struct lt_cell {
    const xmlNode *tc;
    docx_peek pk;
    int label;
} lt_cell;

enum lt_kind { LT_EMPTY, LT_FIELD, LT_SINGLE, LT_OTHER };
enum lt_item_kind { LT_PAIR, LT_BLOCKS, LT_TITLE };

typedef struct lt_item {
    enum lt_item_kind kind;
    const lt_cell *label;                  /* PAIR: NULL for a value without one */
    const lt_cell *values[LT_MAX_VALUES];  /* PAIR: value cells; TITLE: [0] title, [1] info */
    size_t nvalues;
    size_t col;                            /* PAIR: which pair of its row */
    size_t row;
} lt_item;

typedef struct lt_table {
    docx_ctx *c;
    lt_cell *cells;
    const docx_grid *g;
    enum lt_kind *kinds;
    int hint;      /* Word marks it as layout */
    int colon;     /* some label ends with a colon */
    lt_item *items;
    size_t nitems;
} lt_table;

/* ---- Word's hints ----------------------------------------------------------------- */

static int lt_contains(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (; s && *s; s++)
        if (strncasecmp(s, word, n) == 0)
            return 1;
    return 0;
}

static int lt_none(const xmlNode *border)
{
    char *v = docx_wattr(border, "val");
    int none = v && (strcmp(v, "none") == 0 || strcmp(v, "nil") == 0);
    xmlFree(v);
    return none;
}

/* A described "Layout table", or no borders on any side and no header row. */
static int lt_hint(const xmlNode *tbl)
{
    xmlNodePtr pr = docx_wchild(tbl, "tblPr");
    char *desc = docx_wval(pr, "tblDescription"), *cap = docx_wval(pr, "tblCaption");
    int layout = lt_contains(desc, "layout") || lt_contains(cap, "layout");
    xmlFree(desc);
    xmlFree(cap);
    if (layout || !pr)
        return layout;
    xmlNodePtr borders = docx_wchild(pr, "tblBorders");
    static const char *const sides[][2] = {{"top", NULL},     {"bottom", NULL},  {"left", "start"},
                                           {"right", "end"},  {"insideH", NULL}, {"insideV", NULL}};
    int borderless = borders != NULL;
    for (size_t i = 0; i < 6 && borderless; i++) {
        xmlNodePtr b = docx_wchild(borders, sides[i][0]);
        if (!b && sides[i][1])
            b = docx_wchild(borders, sides[i][1]);
        borderless = b && lt_none(b);
    }
    xmlNodePtr look = docx_wchild(pr, "tblLook");
    char *first = docx_wattr(look, "firstRow"), *val = docx_wattr(look, "val");
    int header = first ? (strcmp(first, "1") == 0 || strcmp(first, "true") == 0)
                       : val && (strtoul(val, NULL, 16) & 0x20u);
    xmlFree(first);
    xmlFree(val);
    return borderless && !header;
}

/* ---- cells and rows ------------------------------------------------------------------ */

static int lt_words(const char *s)
{
    int n = 0;
    for (size_t i = 0; s[i]; i++)
        n += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    return n;
}

/* A label cell: one short line ending with a colon ("Note taker:"), or,
 * in a table Word marks as layout, one bold short line ("Facilitator"). */
static int lt_is_label(const docx_peek *pk, int hint)
{
    if (!pk->any || pk->complex || pk->cut || pk->paras != 1 || pk->len > 50 || strpbrk(pk->text, "\t\n"))
        return 0;
    if (docx_field_label(pk->text, pk->len, 0) == pk->len)
        return 1;
    if (!hint || pk->plain || strchr(".!?,;:", pk->text[pk->len - 1]))
        return 0;
    char with[64]; /* the label with the colon the cell's border stood for */
    memcpy(with, pk->text, pk->len);
    with[pk->len] = ':';
    return docx_field_label(with, pk->len + 1, 0) == pk->len + 1;
}

static size_t lt_row_cells(const lt_table *t, size_t row, const lt_cell **out, size_t max)
{
    size_t n = 0;
    for (size_t i = t->g->row_start[row]; i < t->g->row_start[row + 1] && n < max; i++)
        if (!t->g->cells[i].skip)
            out[n++] = &t->cells[i];
    return n;
}

static enum lt_kind lt_row_kind(const lt_table *t, size_t row)
{
    const lt_cell *v[64];
    size_t n = lt_row_cells(t, row, v, 64), full = 0, labels = 0;
    for (size_t i = 0; i < n; i++)
        full += v[i]->pk.any;
    if (full == 0)
        return LT_EMPTY;
    if (n % 2 && !v[n - 1]->pk.any)
        n--; /* a trailing empty cell */
    int field = n >= 2 && n % 2 == 0;
    for (size_t k = 0; field && k < n; k += 2) {
        const lt_cell *l = v[k], *val = v[k + 1];
        field = !val->label && !val->pk.complex && !l->pk.complex && (l->label || !l->pk.any);
        labels += l->label;
    }
    if (field && labels)
        return LT_FIELD;
    if (field && row > 0)
        return LT_FIELD; /* a continuation row: values under the labels above */
    if (full == 1) {
        for (size_t i = 0; i < n; i++)
            if (v[i]->pk.any && !v[i]->pk.complex)
                return LT_SINGLE;
    }
    return LT_OTHER;
}

/* ---- items, in the order they are emitted ------------------------------------------------ */

static lt_item *lt_new_item(lt_table *t, enum lt_item_kind kind, size_t row)
{
    lt_item *it = &t->items[t->nitems++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->row = row;
    return it;
}

static void lt_add_value(lt_item *it, const lt_cell *v)
{
    if (v->pk.any && it->nvalues < LT_MAX_VALUES)
        it->values[it->nvalues++] = v;
}

/* The field above at pair COL that an unlabelled value continues. */
static lt_item *lt_above(lt_table *t, size_t col, size_t row)
{
    for (size_t i = t->nitems; i-- > 0;)
        if (t->items[i].kind == LT_PAIR && t->items[i].col == col && t->items[i].row < row && t->items[i].label)
            return &t->items[i];
    return NULL;
}

static int lt_agenda_label(const char *name);
static void lt_name(const lt_cell *label, char *out, size_t max);

static int lt_agenda_cell(const lt_cell *label)
{
    char name[64];
    lt_name(label, name, sizeof name);
    return lt_agenda_label(name);
}

/* The fields of a row; an agenda item's comes first, as it becomes the
 * heading the others (time allotted, presenter) belong under. */
static void lt_field_items(lt_table *t, size_t row)
{
    const lt_cell *v[64];
    size_t n = lt_row_cells(t, row, v, 64);
    for (size_t k = 0; k + 1 < n; k += 2)
        if (v[k]->label && v[k + 1]->pk.any && lt_agenda_cell(v[k])) {
            lt_item *it = lt_new_item(t, LT_PAIR, row);
            it->label = v[k];
            it->col = k / 2;
            lt_add_value(it, v[k + 1]);
        }
    for (size_t k = 0; k + 1 < n; k += 2) {
        const lt_cell *l = v[k], *val = v[k + 1];
        if (l->label && val->pk.any && lt_agenda_cell(l))
            continue;
        if (l->label) {
            lt_item *it = lt_new_item(t, LT_PAIR, row);
            it->label = l;
            it->col = k / 2;
            lt_add_value(it, val);
        } else if (val->pk.any) {
            lt_item *it = lt_above(t, k / 2, row);
            if (!it) {
                it = lt_new_item(t, LT_PAIR, row);
                it->col = k / 2;
            }
            lt_add_value(it, val);
        }
    }
}

/* Labels over values: "Date:" | "Time:" / "12 May" | "10:00". */
static int lt_vertical(lt_table *t)
{
    size_t rows[2], nr = 0;
    for (size_t r = 0; r < t->g->nrows; r++)
        if (t->kinds[r] != LT_EMPTY) {
            if (nr == 2)
                return 0;
            rows[nr++] = r;
        }
    const lt_cell *a[64], *b[64];
    size_t na = nr == 2 ? lt_row_cells(t, rows[0], a, 64) : 0, nb = na ? lt_row_cells(t, rows[1], b, 64) : 0;
    if (na < 2 || na != nb)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (!a[i]->label || docx_field_label(a[i]->pk.text, a[i]->pk.len, 0) != a[i]->pk.len || b[i]->label ||
            b[i]->pk.complex)
            return 0;
    for (size_t i = 0; i < na; i++) {
        lt_item *it = lt_new_item(t, LT_PAIR, rows[0]);
        it->label = a[i];
        it->col = i;
        lt_add_value(it, b[i]);
    }
    return 1;
}

/* A title: one or two short lines, not a field label ("Date:"), no
 * closing full stop.  Titles are bold, so a bold line Word's hints would
 * read as a label may be one: the caller asks more of it. */
static int lt_title_cell(const lt_cell *cell)
{
    const docx_peek *pk = &cell->pk;
    if (!pk->any || pk->complex || pk->paras > 2 || pk->len > 160 ||
        docx_field_label(pk->text, pk->len, 0) == pk->len)
        return 0;
    size_t first = strcspn(pk->text, "\n");
    char last = pk->text[first - 1];
    return first > 1 && !strchr(".:;,", last) && lt_words(pk->text) <= 16;
}

/* The title block at the top of the body: a row "title | date, time,
 * place", or a layout table whose first row is one title cell. */
static int lt_title(lt_table *t, int layout)
{
    const docx_reader *r = t->c->r;
    if (t->c->where != DOCX_BODY || r->in_header || r->body_blocks > 0)
        return 0;
    size_t first = 0;
    while (first < t->g->nrows && t->kinds[first] == LT_EMPTY)
        first++;
    if (first == t->g->nrows)
        return 0;
    const lt_cell *v[64], *full[2];
    size_t n = lt_row_cells(t, first, v, 64), nfull = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i]->pk.any && nfull < 2)
            full[nfull++] = v[i];
    int alone = 1; /* no other row says anything */
    for (size_t row = first + 1; row < t->g->nrows; row++)
        alone &= t->kinds[row] == LT_EMPTY;
    if (t->kinds[first] == LT_SINGLE && (layout || (alone && t->hint)) && lt_title_cell(full[0])) {
        lt_item *it = lt_new_item(t, LT_TITLE, first);
        it->values[it->nvalues++] = full[0];
        return 1;
    }
    /* "Team Meeting" | "12 May 2026 …": a bold title looks like a label,
     * and then its neighbour must hold the date or time */
    if (alone && n == 2 && nfull == 2 && !full[1]->label && !full[1]->pk.complex && lt_title_cell(full[0]) &&
        (!full[0]->label || strpbrk(full[1]->pk.text, "0123456789"))) {
        lt_item *it = lt_new_item(t, LT_TITLE, first);
        it->values[0] = full[0];
        it->values[1] = full[1];
        it->nvalues = 2;
        return 1;
    }
    return 0;
}

/* Whether T is a layout table; its items are made when it is. */
static int lt_decide(lt_table *t)
{
    size_t fields = 0, singles = 0, others = 0;
    for (size_t r = 0; r < t->g->nrows; r++) {
        t->kinds[r] = lt_row_kind(t, r);
        fields += t->kinds[r] == LT_FIELD;
        singles += t->kinds[r] == LT_SINGLE;
        others += t->kinds[r] == LT_OTHER;
    }
    int layout = others == 0 && fields > 0 && (t->hint || t->colon);
    int frame = others == 0 && fields == 0 && singles > 0 && t->hint;
    size_t from = 0;
    if (lt_title(t, layout || frame)) {
        from = t->items[0].row + 1;
        if (t->items[0].nvalues == 2)
            return 1;
    } else if (!layout && !frame) {
        return lt_vertical(t);
    }
    for (size_t r = from; r < t->g->nrows; r++) {
        if (t->kinds[r] == LT_FIELD) {
            lt_field_items(t, r);
        } else if (t->kinds[r] == LT_SINGLE) {
            const lt_cell *v[64];
            size_t n = lt_row_cells(t, r, v, 64);
            for (size_t i = 0; i < n; i++)
                if (v[i]->pk.any)
                    lt_new_item(t, LT_BLOCKS, r)->values[0] = v[i];
        }
    }
    return 1;
}

/* ---- emitting ---------------------------------------------------------------------------- */

static int lt_oom(lt_table *t)
{
    return mn_job_error(t->c->r->job, MN_EX_SOFTWARE, 0, "out of memory");
}

/* A value's paragraphs, and its lines: a line is a paragraph's segments
 * between breaks, emitted in place (no copy, so linear in the text). */
typedef struct lt_line {
    const docx_para *p;
    size_t from, to;
} lt_line;

typedef struct lt_value {
    docx_para *paras;
    size_t npara;
    lt_line *lines;
    size_t nlines;
} lt_value;

static void lt_value_free(lt_value *v)
{
    docx_paras_free(v->paras, v->npara);
    free(v->paras);
    free(v->lines);
    memset(v, 0, sizeof *v);
}

static int lt_has_text(const lt_line *l)
{
    for (size_t i = l->from; i < l->to; i++) {
        const docx_seg *s = &l->p->segs[i];
        if (s->kind == DOCX_SEG_NOTE)
            return 1;
        for (size_t k = 0; s->kind == DOCX_SEG_TEXT && k < s->len; k++)
            if (!strchr(" \t", s->text[k]))
                return 1;
    }
    return 0;
}

static int lt_add_line(lt_value *v, size_t *cap, lt_line line)
{
    if (!lt_has_text(&line))
        return 0;
    if (v->nlines == *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        lt_line *nl = realloc(v->lines, nc * sizeof *nl);
        if (!nl)
            return -1;
        v->lines = nl;
        *cap = nc;
    }
    v->lines[v->nlines++] = line;
    return 0;
}

/* The paragraphs of CELLS (appended to one vector) and their lines. */
static int lt_value_read(lt_table *t, const lt_cell *const *cells, size_t ncells, lt_value *out)
{
    memset(out, 0, sizeof *out);
    size_t pcap = 0, lcap = 0;
    for (size_t k = 0; k < ncells; k++) {
        docx_para *v;
        size_t nv;
        int rc = docx_cell_paras(t->c, cells[k]->tc, &v, &nv);
        if (rc)
            return rc;
        if (out->npara + nv > pcap) {
            size_t nc = (out->npara + nv) * 2;
            docx_para *np = realloc(out->paras, nc * sizeof *np);
            if (!np) {
                docx_paras_free(v, nv);
                free(v);
                return lt_oom(t);
            }
            out->paras = np;
            pcap = nc;
        }
        memcpy(out->paras + out->npara, v, nv * sizeof *v);
        out->npara += nv;
        free(v);
    }
    for (size_t i = 0; i < out->npara; i++) {
        const docx_para *p = &out->paras[i];
        size_t from = 0;
        for (size_t j = 0; j <= p->n; j++)
            if (j == p->n || p->segs[j].kind == DOCX_SEG_BREAK) {
                if (lt_add_line(out, &lcap, (lt_line){p, from, j}) != 0)
                    return lt_oom(t);
                from = j + 1;
            }
    }
    return 0;
}

static size_t lt_text(const lt_line *l, char *buf, size_t max)
{
    return docx_para_copy(l->p, (docx_pos){l->from, 0}, (docx_pos){l->to, 0}, buf, max);
}

static int lt_inlines(lt_table *t, const lt_line *l)
{
    return docx_emit_range(t->c->r, l->p, l->from, l->to, 0);
}

/* The label as a field name: its closing colon, dash or spaces taken off. */
static void lt_name(const lt_cell *label, char *out, size_t max)
{
    size_t n = label->pk.len < max - 1 ? label->pk.len : max - 1;
    memcpy(out, label->pk.text, n);
    for (;;) {
        if (n && strchr(" :-\t", out[n - 1]))
            n--;
        else if (n >= 3 && (unsigned char)out[n - 3] == 0xE2 && (unsigned char)out[n - 2] == 0x80 &&
                 ((unsigned char)out[n - 1] == 0x93 || (unsigned char)out[n - 1] == 0x94))
            n -= 3; /* – — */
        else
            break;
    }
    out[n] = '\0';
}


/* Labels that name an agenda item in Word's templates; the value is the
 * item's title.  ("Agenda:" alone lists the items: it is a field.) */
static int lt_agenda_label(const char *name)
{
    static const char *const labels[] = {"agenda item", "agenda topic", "topic", "item", "discussion item",
                                         "subject", NULL};
    for (const char *const *l = labels; *l; l++)
        if (strcasecmp(name, *l) == 0)
            return 1;
    return 0;
}


static int lt_label_open(lt_table *t, const char *name)
{
    mn_builder *b = t->c->r->b;
    int rc = mn_builder_open(b, MN_NODE_PARA, NULL);
    if (rc == 0)
        rc = mn_builder_open(b, MN_NODE_STRONG, NULL);
    if (rc == 0)
        rc = mn_builder_text(b, name, strlen(name));
    if (rc == 0)
        rc = mn_builder_text(b, ":", 1);
    return rc ? rc : mn_builder_close(b, MN_NODE_STRONG);
}


static int lt_block(lt_table *t, mn_node_type type, const mn_node_attrs *a, const lt_line *l)
{
    mn_builder *b = t->c->r->b;
    int rc = docx_open_block(b, type, a);
    if (rc == 0)
        rc = lt_inlines(t, l);
    return rc ? rc : mn_builder_close(b, type);
}

/* Several short lines (names, one per line) make a list under the label. */
static int lt_short_lines(const lt_line *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char buf[200];
        size_t len = lt_text(&v[i], buf, sizeof buf);
        if (len == 0 || len >= sizeof buf - 1 || buf[len - 1] == '.' || lt_words(buf) > 8)
            return 0;
    }
    return 1;
}

static int lt_field(lt_table *t, const char *name, const lt_line *v, size_t n)
{
    mn_builder *b = t->c->r->b;
    int rc = name ? lt_label_open(t, name) : 0;
    int list = name && n > 1 && lt_short_lines(v, n);
    size_t i = 0;
    if (rc == 0 && name && n >= 1 && !list) {
        rc = mn_builder_text(b, " ", 1); /* "Facilitator: Ana Ruiz" */
        if (rc == 0)
            rc = lt_inlines(t, &v[i++]);
    }
    if (rc == 0 && name)
        rc = mn_builder_close(b, MN_NODE_PARA);
    if (rc == 0 && list) {
        rc = mn_builder_open(b, MN_NODE_LIST, NULL);
        for (; i < n && rc == 0; i++) {
            rc = mn_builder_open(b, MN_NODE_ITEM, NULL);
            if (rc == 0)
                rc = lt_inlines(t, &v[i]);
            if (rc == 0)
                rc = mn_builder_close(b, MN_NODE_ITEM);
        }
        if (rc == 0)
            rc = mn_builder_close(b, MN_NODE_LIST);
    }
    for (; i < n && rc == 0; i++)
        rc = lt_block(t, MN_NODE_PARA, &(mn_node_attrs){0}, &v[i]);
    return rc;
}

static int lt_boxes(lt_table *t, const lt_value *v)
{
    int rc = 0;
    for (size_t i = 0; i < v->npara && rc == 0; i++)
        rc = docx_boxes(t->c, &v->paras[i]);
    return rc;
}

static int lt_pair(lt_table *t, const lt_item *it)
{
    lt_value v;
    int rc = lt_value_read(t, it->values, it->nvalues, &v);
    char name[64] = "";
    if (it->label)
        lt_name(it->label, name, sizeof name);
    if (rc == 0 && it->label && v.nlines > 0 && lt_agenda_label(name)) {
        mn_node_attrs a = {.level = 1};
        rc = lt_block(t, MN_NODE_HEADING, &a, &v.lines[0]);
        docx_emitted(t->c, MN_NODE_HEADING, &a);
        if (rc == 0)
            rc = lt_field(t, NULL, v.lines + 1, v.nlines - 1);
    } else if (rc == 0) {
        rc = lt_field(t, it->label ? name : NULL, v.lines, v.nlines);
    }
    if (rc == 0)
        rc = lt_boxes(t, &v);
    lt_value_free(&v);
    return rc;
}

/* The info lines of a title block: labelled ones ("Date: …") stay fields,
 * the others go on one line with " | " between them. */
static int lt_info(lt_table *t, const lt_line *v, size_t n)
{
    mn_builder *b = t->c->r->b;
    int rc = 0, open = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        char buf[64];
        size_t len = lt_text(&v[i], buf, sizeof buf);
        if (docx_field_label(buf, len, 1)) {
            rc = lt_block(t, MN_NODE_PARA, &(mn_node_attrs){0}, &v[i]);
            continue;
        }
        if (!open)
            rc = mn_builder_open(b, MN_NODE_PARA, NULL);
        else
            rc = mn_builder_text(b, " | ", 3);
        open = 1;
        if (rc == 0)
            rc = lt_inlines(t, &v[i]);
    }
    return rc == 0 && open ? mn_builder_close(b, MN_NODE_PARA) : rc;
}

static int lt_title_emit(lt_table *t, const lt_item *it)
{
    lt_value title, info = {0};
    int rc = lt_value_read(t, it->values, 1, &title);
    if (rc == 0 && it->nvalues > 1)
        rc = lt_value_read(t, it->values + 1, 1, &info);
    if (rc == 0 && title.nlines > 0) {
        char buf[DOCX_OPENING_LINE];
        lt_text(&title.lines[0], buf, sizeof buf);
        docx_note_opening_text(t->c->r, buf);
        rc = lt_block(t, MN_NODE_PARA, &(mn_node_attrs){.style = "Title"}, &title.lines[0]);
    }
    if (rc == 0 && title.nlines > 1)
        rc = lt_info(t, title.lines + 1, title.nlines - 1);
    if (rc == 0)
        rc = lt_info(t, info.lines, info.nlines);
    if (rc == 0)
        rc = lt_boxes(t, &title);
    if (rc == 0)
        rc = lt_boxes(t, &info);
    lt_value_free(&title);
    lt_value_free(&info);
    return rc;
}

static int lt_emit(lt_table *t)
{
    int rc = 0;
    for (size_t i = 0; i < t->nitems && rc == 0; i++) {
        const lt_item *it = &t->items[i];
        if (it->kind == LT_TITLE)
            rc = lt_title_emit(t, it);
        else if (it->kind == LT_PAIR)
            rc = lt_pair(t, it);
        else
            rc = docx_blocks(t->c->r, it->values[0]->tc, DOCX_BODY);
    }
    return rc;
}

int docx_layout_table(docx_ctx *c, const xmlNode *tbl, const docx_grid *g, int *handled)
{
    *handled = 0;
    if (c->where != DOCX_BODY || g->n == 0 || g->n > LT_MAX_CELLS || g->nrows == 0)
        return 0;
    lt_table t = {.c = c, .g = g, .hint = lt_hint(tbl)};
    t.cells = calloc(g->n, sizeof *t.cells);
    t.kinds = calloc(g->nrows, sizeof *t.kinds);
    t.items = calloc(g->n + 1, sizeof *t.items);
    int rc = 0;
    if (!t.cells || !t.kinds || !t.items)
        rc = lt_oom(&t);
    for (size_t i = 0; i < g->n && rc == 0; i++) {
        lt_cell *cell = &t.cells[i];
        cell->tc = g->cells[i].tc;
        if (g->cells[i].skip)
            continue;
        docx_peek_cell(c->r, cell->tc, &cell->pk);
        cell->label = lt_is_label(&cell->pk, t.hint);
        t.colon |= cell->label && docx_field_label(cell->pk.text, cell->pk.len, 0) == cell->pk.len;
    }
    if (rc == 0 && lt_decide(&t)) {
        *handled = 1;
        rc = lt_emit(&t);
    }
    /* the table counts as the top of the body either way (blocks.c) */
    free(t.cells);
    free(t.kinds);
    free(t.items);
    return rc;
}
