/* SPDX-License-Identifier: MIT */
/* registers.c — action registers and decision lists: tables whose header
 * row names their columns ("Action | Owner | Due | Status", "# | Action |
 * Owner | Status", "Action items | Person responsible | Deadline", "Decision
 * | Owner"), in Markdown, HTML in Markdown and Word alike.
 *
 * A header cell is one of the lexicon's register-columns (its emphasis and
 * a trailing colon aside).  A table is a register when its header names an
 * action (or decision) column and at least one other known column.  What a
 * column holds then settles what it is where the header word is ambiguous:
 * "By" and "When" are a due date when their cells are dates and an owner
 * when they are names; an "Action" column of initials beside a "Notes"
 * column is who acts on the notes ("Item | Notes | Action" minutes tables);
 * an "Action" column of numbers beside a "Description" is the reference.
 *
 * Each data row with text in the action column becomes an action in that
 * cell (the cell keeps its place; its content moves into the action) with
 * the row's owner, status and number; a date in the due column is the
 * action's due date, wrapped as the temporal pass would wrap it, and later
 * made the action's deadline (due.c), never an event of its own. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "doclang.h"
#include "lexicon.h"
#include "temporal_doc.h"
#include "temporal_parse.h"
#include "temporal_scan.h"
#include "textscan.h"
#include "xmlutil.h"

/* What a column holds. */
enum mn_col { MN_COL_NONE, MN_COL_ACTION, MN_COL_OWNER, MN_COL_DUE, MN_COL_STATUS, MN_COL_REF, MN_COL_DECISION, MN_COL_TEXT,
              MN_COL_OTHER, /* known ("Date", "Made by"), but no property of the row */
              MN_COL_TASK /* "What": the action column beside an owner and a due column */ };

enum { MN_MAX_COLS = 16 };

/* The marker left on a register's table while the pass runs. */
#define MN_REGISTER_ATTR "mn-register"

typedef struct mn_register {
    xmlNodePtr table, header;
    size_t ncols;
    enum mn_col col[MN_MAX_COLS];
    int by_or_when[MN_MAX_COLS]; /* the header word may be an owner or a due date */
    int plain_date[MN_MAX_COLS]; /* the header is "Date": raised, settled or due */
    int owner_required;          /* only rows that name who acts are actions */
    mn_tref ref;                 /* the meeting's date, for due dates */
    int order;                   /* MN_ORDER_* of the due column's numeric dates */
} mn_register;

/* The cells of ROW, in order, at most MN_MAX_COLS. */
static size_t mn_cells(xmlNodePtr row, xmlNodePtr *cells)
{
    size_t n = 0;
    for (xmlNodePtr c = mn_child(row, "cell"); c && n < MN_MAX_COLS; c = mn_next(c, "cell"))
        cells[n++] = c;
    return n;
}

/* A header cell's words: folded, emphasis, '*' and a trailing ':' gone. */
static char *mn_header_text(xmlNodePtr cell)
{
    char *t = mn_text_folded(cell);
    if (!t)
        return NULL;
    size_t n = strlen(t);
    while (n > 0 && strchr(":*_ ", t[n - 1]))
        t[--n] = '\0';
    size_t s = strspn(t, "*_ ");
    memmove(t, t + s, n - s + 1);
    return t;
}

static enum mn_col mn_col_of(const char *means)
{
    static const struct {
        const char *means;
        enum mn_col col;
    } map[] = {{"action", MN_COL_ACTION}, {"owner", MN_COL_OWNER}, {"due", MN_COL_DUE},
               {"status", MN_COL_STATUS}, {"ref", MN_COL_REF},     {"decision", MN_COL_DECISION},
               {"text", MN_COL_TEXT},     {"other", MN_COL_OTHER},
               {"task", MN_COL_TASK}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(means, map[i].means) == 0)
            return map[i].col;
    return MN_COL_NONE;
}

static int mn_dates_column(const mn_register *r, size_t col);
/* What the cells of one column hold: how many are filled, names,
 * references, text of four words or more, dates. */
typedef struct mn_colstats {
    size_t filled, names, refs, long_text, dates;
} mn_colstats;

static void mn_col_stats(const mn_register *r, size_t col, mn_colstats *st);

/* "What" is the action column when the header also names who acts and a due
 * date that is no bare "When" ("Who | What | By when"); beside "When" and
 * "Who" alone it is a schedule's or an agenda's column.  Returns 1 when a
 * "What" column became the action column. */
static int mn_settle_task(mn_register *r)
{
    int owner = 0, due = 0, main = 0;
    for (size_t i = 0; i < r->ncols; i++) {
        owner |= r->col[i] == MN_COL_OWNER;
        due |= r->col[i] == MN_COL_DUE && (!r->by_or_when[i] || mn_dates_column(r, i));
        main |= r->col[i] == MN_COL_ACTION;
    }
    int take = owner && due && !main, taken = 0;
    for (size_t i = 0; i < r->ncols; i++)
        if (r->col[i] == MN_COL_TASK) {
            r->col[i] = take && !taken ? MN_COL_ACTION : MN_COL_OTHER;
            taken |= take;
        }
    return taken;
}

/* A table under a heading over actions ("Follow-up items") whose header
 * names when or who but no action column ("Item | Staff | Due"): the
 * column of sentences is the action, a column of names beside it who acts.
 * HEAD holds the header's cells, short labels all.  Returns 1 when an
 * action column was found. */
static int mn_settle_untitled(mn_register *r, xmlNodePtr *head)
{
    size_t text_col = MN_MAX_COLS, best = 0, names_col = MN_MAX_COLS;
    int owner = 0, due = 0;
    for (size_t i = 0; i < r->ncols; i++) {
        char *h = mn_text_folded(head[i]);
        size_t words = h ? mn_ts_word_count(h) : 0;
        free(h);
        if (words > 3)
            return 0;
        owner |= r->col[i] == MN_COL_OWNER;
        due |= r->col[i] == MN_COL_DUE;
    }
    if (!owner && !due)
        return 0;
    for (size_t i = 0; i < r->ncols; i++) {
        if (r->col[i] == MN_COL_OWNER || r->col[i] == MN_COL_DUE || r->col[i] == MN_COL_STATUS)
            continue;
        mn_colstats st;
        mn_col_stats(r, i, &st);
        if (st.filled && 2 * st.long_text >= st.filled && st.long_text > best)
            best = st.long_text, text_col = i;
        else if (r->col[i] == MN_COL_NONE && st.filled && 2 * st.names > st.filled && names_col == MN_MAX_COLS)
            names_col = i;
    }
    if (text_col == MN_MAX_COLS)
        return 0;
    r->col[text_col] = MN_COL_ACTION;
    if (!owner && names_col != MN_MAX_COLS && names_col != text_col)
        r->col[names_col] = MN_COL_OWNER;
    return 1;
}

/* Reads the header row: the columns it names.  Returns whether the table is
 * a register. */
static int mn_read_header(mn_register *r, xmlNodePtr row)
{
    xmlNodePtr cells[MN_MAX_COLS];
    r->ncols = mn_cells(row, cells);
    size_t known = 0, main = 0;
    for (size_t i = 0; i < r->ncols; i++) {
        char *h = mn_header_text(cells[i]);
        const mn_lx_entry *e = h && *h ? mn_lx_find(mn_lx(), MN_LX_REGISTER_COLUMNS, h, strlen(h)) : NULL;
        r->col[i] = e ? mn_col_of(e->means) : MN_COL_NONE;
        r->by_or_when[i] = e && e->after == NULL && strcmp(e->means, "due") == 0 &&
                           (mn_ts_equal(h, strlen(h), "by") || mn_ts_equal(h, strlen(h), "when"));
        r->plain_date[i] = e && h && mn_ts_equal(h, strlen(h), "date");
        free(h);
        known += r->col[i] != MN_COL_NONE;
        main += r->col[i] == MN_COL_ACTION || r->col[i] == MN_COL_DECISION;
    }
    r->header = row;
    main += mn_settle_task(r);
    if (!main && known >= 1 && mn_in_action_section(r->table))
        main += mn_settle_untitled(r, cells);
    return main > 0 && known >= 2;
}

/* ---- what the cells hold -------------------------------------------------------- */

/* Whether TEXT is a short reference: "12", "C21/44", "TC/098", "A1". */
static int mn_ref_like(const char *t)
{
    size_t n = strlen(t), digits = 0;
    for (size_t i = 0; i < n; i++)
        digits += isdigit((unsigned char)t[i]) != 0;
    return n && n <= 10 && digits && !strchr(t, ' ');
}

/* Whether the scanner finds a date in TEXT that covers most of it. */
static int mn_date_like(const mn_register *r, const char *text);
static int mn_scan_date(const mn_register *r, const char *text, mn_tmatch *out);
static int mn_due_order(const mn_register *r, size_t col);

/* Whether TEXT has a letter (a byte of a UTF-8 sequence counts): a name
 * has one, "01/07/26" none. */
static int mn_has_letter(const char *t)
{
    for (; *t; t++)
        if (isalpha((unsigned char)*t) || (unsigned char)*t >= 0x80)
            return 1;
    return 0;
}

static void mn_col_stats(const mn_register *r, size_t col, mn_colstats *st)
{
    memset(st, 0, sizeof *st);
    for (xmlNodePtr row = mn_next(r->header, "row"); row; row = mn_next(row, "row")) {
        xmlNodePtr cells[MN_MAX_COLS];
        if (mn_cells(row, cells) <= col)
            continue;
        char *t = mn_text_folded(cells[col]);
        if (t && *t && mn_ts_word_at(t)) {
            st->filled++;
            size_t words = mn_ts_word_count(t);
            int date = mn_date_like(r, t);
            /* "29 March 2019" has a capital, but is a day, not a name */
            st->names += words <= 4 && !date && mn_has_letter(t) && mn_owner_names(t, strlen(t), 0);
            st->refs += mn_ref_like(t);
            st->long_text += words >= 4;
            st->dates += date;
        }
        free(t);
    }
}

/* Whether most cells of column COL are dates: a "By"
 * or "When" column that gives when, not who ("Who | What | By"). */
static int mn_dates_column(const mn_register *r, size_t col)
{
    mn_colstats st;
    mn_col_stats(r, col, &st);
    return st.dates > 0 && 2 * st.dates > st.filled;
}

/* Whether every filled cell of column COL is a day after the meeting's
 * (or a state, "Done"):
 * a "Date" column of an action register that says when each is due
 * ("No. | Action | By | Date"), not when it was raised. */
static int mn_upcoming_column(const mn_register *r, size_t col)
{
    size_t filled = 0;
    char today[16];
    if (!r->ref.have)
        return 0;
    snprintf(today, sizeof today, "%04d-%02d-%02d", r->ref.date.y, r->ref.date.m, r->ref.date.d);
    for (xmlNodePtr row = mn_next(r->header, "row"); row; row = mn_next(row, "row")) {
        xmlNodePtr cells[MN_MAX_COLS];
        char *t = mn_cells(row, cells) > col ? mn_text_folded(cells[col]) : NULL;
        mn_tmatch m;
        int ok = !t || !mn_ts_word_at(t) || mn_status_cell(t) != MN_AST_NONE ||
                 (mn_date_like(r, t) && mn_scan_date(r, t, &m) && strncmp(m.res.value, today, 10) > 0);
        filled += t && mn_ts_word_at(t);
        free(t);
        if (!ok)
            return 0;
    }
    return filled > 0;
}

/* A register with no due column whose "Date" column holds days after the
 * meeting: that column is when the actions are due. */
static void mn_settle_date(mn_register *r)
{
    int action = 0;
    for (size_t i = 0; i < r->ncols; i++) {
        if (r->col[i] == MN_COL_DUE)
            return;
        action |= r->col[i] == MN_COL_ACTION;
    }
    for (size_t i = 0; i < r->ncols && action; i++) {
        mn_register dated = *r;
        dated.order = mn_due_order(r, i); /* "03/06/22" reads with the column's order */
        if (r->plain_date[i] && r->col[i] == MN_COL_OTHER && mn_upcoming_column(&dated, i)) {
            r->col[i] = MN_COL_DUE;
            return;
        }
    }
}

/* Settles ambiguous columns by what their cells hold. */
static void mn_settle_columns(mn_register *r)
{
    mn_colstats st[MN_MAX_COLS];
    size_t text_col = MN_MAX_COLS, best = 0;
    for (size_t i = 0; i < r->ncols; i++) {
        mn_col_stats(r, i, &st[i]);
        if (st[i].long_text > best)
            best = st[i].long_text, text_col = i;
    }
    for (size_t i = 0; i < r->ncols; i++) {
        const mn_colstats *s = &st[i];
        if (!s->filled)
            continue;
        if (r->by_or_when[i] && s->names > s->dates)
            r->col[i] = MN_COL_OWNER;
        if (r->col[i] == MN_COL_ACTION && text_col != MN_MAX_COLS && text_col != i && !s->long_text) {
            /* the action column holds who ("Item | Notes | Action") or the
             * number ("Action | Description | Responsible") */
            if (s->names == s->filled &&
                (r->col[text_col] == MN_COL_NONE || r->col[text_col] == MN_COL_TEXT)) {
                r->col[i] = MN_COL_OWNER, r->col[text_col] = MN_COL_ACTION;
                r->owner_required = 1;
            }
            else if (s->refs == s->filled)
                r->col[i] = MN_COL_REF, r->col[text_col] = MN_COL_ACTION;
        }
    }
}

/* ---- due dates ------------------------------------------------------------------- */

typedef struct mn_first_date {
    mn_tmatch m;
    int found;
} mn_first_date;

static int mn_take_first(const mn_tmatch *m, void *user)
{
    mn_first_date *f = user;
    if (m->resolved && !f->found) {
        f->m = *m;
        f->found = 1;
    }
    return 0;
}

/* The first resolved date in TEXT, read with the register's order. */
static int mn_scan_date(const mn_register *r, const char *text, mn_tmatch *out)
{
    mn_tscan_opts o = {&r->ref, r->order, NULL, 1};
    mn_first_date f;
    memset(&f, 0, sizeof f);
    size_t len = strlen(text);
    if (mn_tscan(&o, text, len, 0, len, mn_take_first, &f) != 0 || !f.found)
        return 0;
    *out = f.m;
    return 1;
}

static int mn_date_like(const mn_register *r, const char *text)
{
    mn_tmatch m;
    return mn_scan_date(r, text, &m) && 2 * (m.end - m.start) >= strlen(text);
}

/* The order of the due column's numeric dates: a first number above 12
 * says day first, a second one month first; else the job's --date-order
 * (the scanner reads none without one). */
static int mn_due_order(const mn_register *r, size_t col)
{
    int dmy = 0, mdy = 0;
    for (xmlNodePtr row = mn_next(r->header, "row"); row; row = mn_next(row, "row")) {
        xmlNodePtr cells[MN_MAX_COLS];
        if (mn_cells(row, cells) <= col)
            continue;
        char *t = mn_text_folded(cells[col]);
        int a = 0, b = 0;
        char sep = 0;
        if (t && sscanf(t, "%d%c%d", &a, &sep, &b) == 3 && (sep == '/' || sep == '.')) {
            dmy |= a > 12 && b <= 12;
            mdy |= b > 12 && a <= 12;
        }
        free(t);
    }
    return dmy && !mdy ? MN_ORDER_DMY : mdy && !dmy ? MN_ORDER_MDY : r->order;
}

/* The one text node with words below EL (through em, strong, link), or
 * NULL when there are none or several. */
static xmlNodePtr mn_only_text(xmlNodePtr el)
{
    xmlNodePtr found = NULL;
    for (xmlNodePtr c = el->children; c; c = c->next) {
        xmlNodePtr t = NULL;
        if (c->type == XML_TEXT_NODE && c->content && mn_ts_word_at((const char *)c->content +
                                                                    mn_ts_skip_space((const char *)c->content)))
            t = c;
        else if (c->type == XML_ELEMENT_NODE && !mn_ts_is_block(c) && !mn_is(c, "date"))
            t = mn_only_text(c);
        if (t && found)
            return NULL;
        if (t)
            found = t;
    }
    return found;
}

/* Splits text node T around M's span into text, a `date` element with M's
 * value, and text (T keeps what follows); the new date element, or NULL. */
static xmlNodePtr mn_wrap_date(xmlNodePtr t, const mn_tmatch *m)
{
    const char *s = (const char *)t->content;
    xmlNodePtr date = mn_add_before(t, "date", NULL);
    char *tail = strdup(s + m->end);
    if (!date || !tail) {
        free(tail);
        return NULL;
    }
    xmlNodeAddContentLen(date, BAD_CAST(s + m->start), (int)(m->end - m->start));
    xmlNewProp(date, BAD_CAST "value", BAD_CAST m->res.value);
    xmlNewProp(date, BAD_CAST "precision", BAD_CAST mn_tprec_name(m->res.precision));
    if (m->res.year_inferred)
        xmlNewProp(date, BAD_CAST "year-inferred", BAD_CAST "true");
    date->line = t->line;
    if (m->start) {
        /* merged into a text node before the date if there is one: text is text */
        xmlNodePtr before = xmlNewDocTextLen(t->doc, BAD_CAST s, (int)m->start);
        if (before && !xmlAddPrevSibling(date, before))
            xmlFreeNode(before);
    }
    if (*tail) {
        xmlNodeSetContent(t, BAD_CAST tail);
    } else {
        xmlUnlinkNode(t);
        xmlFreeNode(t);
    }
    free(tail);
    return date;
}

/* The due date of a row's due cell: a day (or a time) the scanner reads in
 * its text, wrapped in place as the temporal pass would wrap it; VALUE gets
 * its xs:date or xs:dateTime. */
static int mn_due_of(const mn_register *r, xmlNodePtr cell, char *value, size_t size)
{
    if (mn_ts_has_descendant(cell, "date"))
        return 0; /* tagged already: the due pass reads it */
    xmlNodePtr t = mn_only_text(cell);
    mn_tmatch m;
    if (!t || !mn_scan_date(r, (const char *)t->content, &m) || m.res.end[0] ||
        (m.res.precision != MN_PREC_DAY && m.res.precision != MN_PREC_TIME) ||
        strlen(m.res.value) >= size)
        return 0;
    strcpy(value, m.res.value);
    mn_wrap_date(t, &m);
    return 1;
}

/* ---- rows ------------------------------------------------------------------------ */

/* A cell's text when it names an owner: not empty, not a dash or "TBD". */
static char *mn_owner_cell(xmlNodePtr cell)
{
    char *t = cell ? mn_text_folded(cell) : NULL;
    if (!t)
        return NULL;
    mn_owner_tidy(t);
    const mn_lexicon *lx = mn_lx();
    int none = !*t || !mn_ts_word_at(t) || mn_ts_word_count(t) > 8 ||
               (mn_lx_has(lx, MN_LX_NOT_NAMES, t) && !mn_lx_has(lx, MN_LX_NAME_GLUE, t));
    if (none) {
        free(t);
        return NULL;
    }
    return t;
}

static void mn_register_row(mn_register *r, xmlNodePtr row)
{
    xmlNodePtr cells[MN_MAX_COLS], by[MN_COL_OTHER + 1] = {NULL};
    size_t n = mn_cells(row, cells);
    for (size_t i = 0; i < n && i < r->ncols; i++)
        if (!by[r->col[i]])
            by[r->col[i]] = cells[i];
    xmlNodePtr main = by[MN_COL_ACTION] ? by[MN_COL_ACTION] : by[MN_COL_DECISION];
    if (!main || mn_ts_is_empty(main) || mn_child(main, "action") || mn_child(main, "decision"))
        return;
    char *text = mn_ts_inline_folded(main);
    int words = text && mn_ts_word_at(text);
    free(text);
    if (!words)
        return;
    if (!by[MN_COL_ACTION]) {
        /* a row of a decision list: agreed, unless its text says otherwise */
        char *said = mn_ts_inline_folded(main);
        xmlNodePtr d = said ? mn_act_make(main, "decision") : NULL;
        if (d)
            mn_decision_describe(d, said, MN_DKIND_CONSENSUS);
        free(said);
        return;
    }
    char *owner = mn_owner_cell(by[MN_COL_OWNER]);
    if (!owner && r->owner_required)
        return; /* a row of minutes that gives nobody anything to do */
    char *st = by[MN_COL_STATUS] ? mn_text_folded(by[MN_COL_STATUS]) : NULL;
    char *ref = by[MN_COL_REF] ? mn_text_folded(by[MN_COL_REF]) : NULL;
    char *body = mn_ts_inline_folded(main);
    enum mn_astatus status = st ? mn_status_cell(st) : MN_AST_NONE;
    if (!status && body)
        status = mn_status_tail(body);
    char due[32] = "";
    if (by[MN_COL_DUE])
        mn_due_of(r, by[MN_COL_DUE], due, sizeof due);
    xmlNodePtr a = mn_act_make(main, "action");
    if (a) {
        mn_act_set(a, owner, status, ref && *ref && mn_ts_word_at(ref) ? ref : NULL);
        if (*due)
            mn_set_attr(a, "due", due);
    }
    free(owner);
    free(st);
    free(ref);
    free(body);
}

static int mn_register_table(xmlNodePtr table, const mn_tref *ref, int order, mn_register *r)
{
    memset(r, 0, sizeof *r);
    xmlNodePtr head = mn_child(table, "row");
    r->table = table;
    r->ref = *ref;
    r->order = order;
    if (!head || !mn_read_header(r, head))
        return 0;
    mn_settle_columns(r);
    mn_settle_date(r);
    for (size_t i = 0; i < r->ncols; i++)
        if (r->col[i] == MN_COL_DUE)
            r->order = mn_due_order(r, i);
    for (xmlNodePtr row = mn_next(head, "row"); row; row = mn_next(row, "row"))
        mn_register_row(r, row);
    xmlSetProp(table, BAD_CAST MN_REGISTER_ATTR, BAD_CAST "1");
    return 1;
}

/* Whether the cells of a row read as R's columns say: a task of two words
 * or more in the action column, names or nothing in the owner column, a
 * date or nothing in the due column.  A table of another kind that
 * follows a register ("20 min | Website relaunch | Aoife") is no part of it. */
static int mn_row_fits(const mn_register *r, xmlNodePtr *cells)
{
    int fits = 1, task = 0;
    for (size_t i = 0; i < r->ncols && fits; i++) {
        char *t = mn_text_folded(cells[i]);
        int empty = !t || !mn_ts_word_at(t);
        if (r->col[i] == MN_COL_ACTION)
            task = !empty && mn_ts_word_count(t) >= 2 && !isdigit((unsigned char)t[0]);
        else if (r->col[i] == MN_COL_OWNER)
            fits = empty || mn_owner_names(t, strlen(t), 0);
        else if (r->col[i] == MN_COL_DUE)
            fits = empty || mn_date_like(r, t);
        free(t);
    }
    return fits && task;
}

/* The table that carries register R on after a page break: the next
 * element after R's table, past at most two short paragraphs (a page's
 * running header, a cell's last line cut off by the break), with no header
 * of its own and as many cells in its first row as R has columns.  PDF text
 * and documents pasted from one split a long register this way. */
static xmlNodePtr mn_continuation(const mn_register *r, xmlNodePtr after)
{
    int paras = 0;
    for (xmlNodePtr c = after->next; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (mn_is(c, "p") && ++paras <= 2) {
            char *t = mn_text_folded(c);
            size_t words = t ? mn_ts_word_count(t) : 0;
            free(t);
            if (words <= 12)
                continue;
            return NULL;
        }
        if (!mn_is(c, "table"))
            return NULL;
        xmlNodePtr first = mn_child(c, "row"), cells[MN_MAX_COLS];
        mn_register own;
        memset(&own, 0, sizeof own);
        own.ref = r->ref;
        own.table = c;
        if (!first || mn_cells(first, cells) != r->ncols || mn_read_header(&own, first) ||
            !mn_row_fits(r, cells))
            return NULL;
        return c;
    }
    return NULL;
}

/* Reads the rows of the tables that carry register R on. */
static void mn_register_continued(mn_register *r)
{
    for (xmlNodePtr t = mn_continuation(r, r->table); t; t = mn_continuation(r, t)) {
        for (xmlNodePtr row = mn_child(t, "row"); row; row = mn_next(row, "row"))
            mn_register_row(r, row);
        xmlSetProp(t, BAD_CAST MN_REGISTER_ATTR, BAD_CAST "1");
    }
}

static size_t mn_walk_tables(xmlNodePtr n, const mn_tref *ref, int order)
{
    size_t found = 0;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || xmlHasProp(c, BAD_CAST MN_REGISTER_ATTR))
            continue;
        mn_register r;
        if (mn_is(c, "table") && mn_register_table(c, ref, order, &r)) {
            mn_register_continued(&r);
            found++;
            continue;
        }
        found += mn_walk_tables(c, ref, order);
    }
    return found;
}

size_t mn_registers(xmlNodePtr body, mn_job *job)
{
    mn_tref ref;
    mn_tdoc_reference(body->doc, job, &ref, 0);
    /* the order the temporal pass reads numeric dates with: the option, the
     * document's own habit, else its language's ("01/07/2020" in Irish
     * minutes is the first of July) */
    int d = mn_doc_date_order(body->doc, job);
    int order = d == 'd' ? MN_ORDER_DMY : d == 'm' ? MN_ORDER_MDY : MN_ORDER_NONE;
    return mn_walk_tables(body, &ref, order);
}

int mn_in_register(const xmlNode *el)
{
    for (const xmlNode *p = el; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (mn_is(p, "table") && xmlHasProp(p, BAD_CAST MN_REGISTER_ATTR))
            return 1;
    return 0;
}

void mn_registers_done(xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (mn_is(c, "table"))
            xmlUnsetProp(c, BAD_CAST MN_REGISTER_ATTR);
        mn_registers_done(c);
    }
}
