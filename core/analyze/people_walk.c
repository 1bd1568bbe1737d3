/* SPDX-License-Identifier: MIT */
/* people_walk.c — where people are written in the tree (people_walk.h).
 *
 * A label line is "Label: value" (also "Label : value" from a definition
 * list, "Label:- value", "Label – value"), as a paragraph's line, a list
 * item or a two-cell table row.  A label alone opens what follows: a list
 * (one person per item, or labelled sub-groups), a table of people, or
 * paragraphs of one name each (an indented block in plain text).  Tables
 * of people are known by their header row (Name, Surname, Organization…);
 * a participants section's headerless rows are Surname⇥Given, the order
 * told by the header, else by which cells hold common given names, and a
 * row that contradicts the table's order the same way (the seed's chair). */
#include "people_walk.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "people_name.h"
#include "textscan.h"
#include "xmlutil.h"

/* What a label alone opens for the blocks after it. */
typedef struct mn_open {
    enum mn_people_label_kind kind;
    char *label;
    const char *role;
} mn_open;

static void mn_open_clear(mn_open *o)
{
    free(o->label);
    memset(o, 0, sizeof *o);
}

/* ---- one label line --------------------------------------------------------------- */

/* Finds the label of LINE: its bytes in *len and the value after the
 * separator in *value.  Returns 0 when the line has no label, 1 for a
 * colon, 2 for a dash (a label only when it is a known one). */
static int mn_label_split(const char *line, size_t *len, const char **value)
{
    const char *colon = strchr(line, ':');
    if (colon && colon > line && colon - line <= 80) {
        *len = (size_t)(colon - line);
        const char *v = colon + 1;
        v += strspn(v, "*_ ");
        if (*v == '-' && (v[1] == ' ' || !v[1]))
            v += 1 + strspn(v + 1, " ");
        *value = v;
        return 1;
    }
    /* "Venue – Room 4": a spaced dash after a short label */
    for (const char *p = line; *p && p - line <= 40; p++) {
        size_t d;
        if (p > line && p[0] == ' ' && (d = mn_ts_dash(p + 1)) && p[1 + d] == ' ') {
            *len = (size_t)(p - line);
            *value = p + 2 + d;
            return 2;
        }
    }
    return 0;
}

/* A line: not about people; its people taken (the line goes); a label
 * alone; its people taken but not all of it was people (the line stays). */
enum { MN_LINE_NO = 0, MN_LINE_TAKEN, MN_LINE_OPEN, MN_LINE_KEPT };

/* Where a line is: in a participants section (any short label is a
 * group's, nicknames are names), at the top of the body (before the first
 * section, where the title block's role lines are).  Elsewhere a role line
 * ("Chair: Ana Ruiz - elected unopposed") is minutes content: it gives a
 * listed person the role and stays. */
enum { MN_AT_SECTION = 1, MN_AT_TOP = 2 };

/* Whether a label inside a participants section is a group's ("MAG
 * Members", "Team members"): short, capitalised, no sentence. */
static int mn_any_label(const char *s, size_t len)
{
    char *f = mn_ts_fold(s, len);
    int ok = f && *f && (mn_ts_starts_upper(f) || (*f >= '0' && *f <= '9')) &&
             mn_ts_word_count(f) <= 6 && !strpbrk(f, ".!?;,");
    free(f);
    return ok;
}

/* One line: a group ("Present: A, B"), a role line ("Chair: C"), or a
 * label alone (o is then set); WHERE is MN_AT_*. */
static int mn_people_line(mn_people *pp, const char *line, unsigned where, mn_open *o)
{
    int in_section = (where & MN_AT_SECTION) != 0;
    size_t len;
    const char *value;
    int sep = mn_label_split(line, &len, &value);
    if (!sep)
        return MN_LINE_NO;
    const char *role = NULL;
    char *label = NULL;
    enum mn_people_label_kind kind = mn_people_label(line, len, &role, &label);
    if (!kind && in_section && sep == 1 && mn_any_label(line, len)) {
        kind = MN_PL_GROUP;
        label = mn_ts_fold(line, len);
        if (label && *label && label[strlen(label) - 1] == '*')
            label[strcspn(label, "*")] = '\0';
    }
    unsigned flags = in_section ? MN_NAME_NICKS : 0;
    int rc = MN_LINE_NO;
    if (kind == MN_PL_ROLE && role && strcmp(role, "presenter") == 0) {
        free(label); /* "Presenter: Ana" under a topic is the topic's, not a role */
        return MN_LINE_NO;
    }
    if (kind && !*value) {
        mn_open_clear(o);
        o->kind = kind, o->label = label, o->role = role;
        return MN_LINE_OPEN;
    }
    if (kind == MN_PL_GROUP) {
        size_t n = strlen(value);
        int none = mn_lx_find(mn_lx(), MN_LX_NOT_NAMES, value, n - (n && value[n - 1] == '.')) != NULL;
        if (none) {
            rc = MN_LINE_NO; /* "Regrets: none": no group; the line stays */
        } else {
            int complete = 0;
            xmlNodePtr g = mn_people_group(pp, label, role);
            if (g && mn_people_list(pp, g, value, flags, 0, &complete) > 0)
                rc = complete ? MN_LINE_TAKEN : MN_LINE_KEPT; /* the rest stays in the text */
            else if (g)
                mn_ts_drop(g);
        }
    } else if (kind == MN_PL_ROLE && label) {
        int known_only = !(where & (MN_AT_SECTION | MN_AT_TOP));
        if (mn_people_role_line(pp, label, role, value, flags, known_only))
            rc = known_only ? MN_LINE_NO : MN_LINE_TAKEN;
    }
    free(label);
    return rc;
}

/* ---- tables --------------------------------------------------------------------------- */

#define MN_MAX_COLS 10

typedef struct mn_row {
    char *text[MN_MAX_COLS];
    size_t count, filled;
    int span; /* the first cell spans two columns or more */
} mn_row;

static void mn_row_read(const xmlNode *row, mn_row *r)
{
    memset(r, 0, sizeof *r);
    for (xmlNodePtr c = mn_child(row, "cell"); c && r->count < MN_MAX_COLS; c = mn_next(c, "cell")) {
        if (r->count == 0) {
            char *span = mn_attr(c, "colspan");
            r->span = span && atoi(span) > 1;
            xmlFree(span);
        }
        char *t = mn_ts_inline_folded(c);
        r->text[r->count++] = t ? t : strdup("");
        r->filled += t && *t;
    }
}

static void mn_row_free(mn_row *r)
{
    for (size_t i = 0; i < r->count; i++)
        free(r->text[i]);
}

/* The columns of a header row of people ("Name | Organization"): each
 * cell's meaning, or 0 when this is no such header. */
static int mn_people_header(const mn_row *r, const char **cols)
{
    int name = 0;
    for (size_t i = 0; i < r->count; i++) {
        cols[i] = NULL;
        char *t = r->text[i];
        if (!t || !*t)
            continue;
        size_t n = strlen(t);
        while (n && (t[n - 1] == ':' || t[n - 1] == ' '))
            n--;
        const mn_lx_entry *e = mn_lx_find(mn_lx(), MN_LX_PEOPLE_COLUMNS, t, n);
        if (!e)
            return 0;
        cols[i] = e->means;
        name |= strcmp(e->means, "name") == 0 || strcmp(e->means, "family") == 0;
    }
    return name;
}

static const char *mn_col(const mn_row *r, const char **cols, const char *what)
{
    for (size_t i = 0; i < r->count; i++)
        if (cols[i] && strcmp(cols[i], what) == 0 && r->text[i] && *r->text[i])
            return r->text[i];
    return NULL;
}

/* The key printed with an attendance table ("Key: P = present, A =
 * apologies accepted, X = absent without apologies"): each code and what
 * it means (an attendance-values meaning). */
typedef struct mn_att_key {
    char code[8][4];
    const char *means[8];
    size_t n;
} mn_att_key;

/* The groups an attendance column makes, one per label. */
typedef struct mn_att_groups {
    xmlNodePtr group[8];
    char *label[8];
    size_t n;
    mn_att_key key;
} mn_att_groups;

/* One piece of a key, "P = present": its code and meaning into KEY. */
static void mn_att_key_piece(const char *s, size_t len, mn_att_key *key)
{
    const char *eq = memchr(s, '=', len);
    if (!eq || key->n >= 8)
        return;
    size_t c0 = strspn(s, " "), c1 = (size_t)(eq - s);
    while (c1 > c0 && s[c1 - 1] == ' ')
        c1--;
    const char *m = eq + 1 + strspn(eq + 1, " ");
    size_t w = 0;
    while (m + w < s + len && isalpha((unsigned char)m[w]))
        w++;
    const mn_lx_entry *e = w ? mn_lx_find(mn_lx(), MN_LX_ATTENDANCE_VALUES, m, w) : NULL;
    if (!e || c1 <= c0 || c1 - c0 > 3)
        return;
    memcpy(key->code[key->n], s + c0, c1 - c0);
    key->code[key->n][c1 - c0] = '\0';
    key->means[key->n++] = e->means;
}

/* The element before n, or NULL. */
static const xmlNode *mn_prev_block(const xmlNode *n)
{
    for (n = n->prev; n && n->type != XML_ELEMENT_NODE; n = n->prev)
        ;
    return n;
}

/* Reads a key from paragraph P (NULL or no key: KEY stays empty). */
static void mn_att_key_read(const xmlNode *p, mn_att_key *key)
{
    char *t = mn_is(p, "p") ? mn_ts_inline_folded(p) : NULL;
    if (!t)
        return;
    const char *s = t, *colon = strchr(t, ':');
    if (colon && colon - t <= 20 && !memchr(t, '=', (size_t)(colon - t)))
        s = colon + 1;
    mn_att_key k = {0};
    for (const char *end; *s; s = *end ? end + 1 : end) {
        end = s + strcspn(s, ",;");
        mn_att_key_piece(s, (size_t)(end - s), &k);
    }
    if (k.n >= 2)
        *key = k;
    free(t);
}

/* What VALUE means by the table's key, or NULL. */
static const char *mn_att_key_means(const mn_att_key *key, const char *value)
{
    for (size_t i = 0; i < key->n; i++)
        if (strcmp(key->code[i], value) == 0)
            return key->means[i];
    return NULL;
}

/* The label of an attendance value: the value when it is a group label
 * ("Apologies"), else the present or absent label its first word gives
 * ("Yes", "No – annual leave"); the rest of the value goes to *rest. */
static char *mn_att_label(const char *value, const mn_att_key *key, const char **role,
                          const char **rest)
{
    char *clean = NULL;
    *rest = NULL;
    const char *means = mn_att_key_means(key, value);
    if (!means && mn_people_label(value, strlen(value), role, &clean) == MN_PL_GROUP)
        return clean;
    free(clean);
    size_t w = 0;
    while (value[w] && value[w] != ' ' && value[w] != ',' && !mn_ts_dash(value + w))
        w++;
    const mn_lx_entry *e = means ? NULL : mn_lx_find(mn_lx(), MN_LX_ATTENDANCE_VALUES, value, w);
    if (e)
        means = e->means;
    if (!means)
        return NULL;
    size_t n;
    const mn_lx_entry *labels = mn_lx_entries(mn_lx(), MN_LX_ATTENDANCE_LABELS, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(labels[i].means, means) == 0) {
            const char *r = value + w;
            r += strspn(r, " ,");
            r += mn_ts_dash(r);
            r += strspn(r, " ");
            *rest = *r ? r : NULL;
            *role = NULL;
            return strdup(labels[i].w);
        }
    return NULL;
}

/* The group of a row whose table has an attendance column. */
static xmlNodePtr mn_att_group(mn_people *pp, mn_att_groups *ag, const char *value,
                               xmlNodePtr fallback, const char **rest)
{
    const char *role = NULL;
    char *label = value ? mn_att_label(value, &ag->key, &role, rest) : NULL;
    if (!value)
        *rest = NULL;
    if (!label) {
        *rest = value; /* "Voting member": a status, not attendance; kept as a note */
        return fallback;
    }
    for (size_t i = 0; i < ag->n; i++)
        if (strcmp(ag->label[i], label) == 0) {
            free(label);
            return ag->group[i];
        }
    if (ag->n >= 8) {
        free(label);
        return fallback;
    }
    ag->group[ag->n] = mn_people_group(pp, label, role);
    ag->label[ag->n] = label;
    return ag->group[ag->n++];
}

/* Adds TEXT to n's note as it is (not taken apart at its commas). */
static void mn_whole_note(mn_name *n, const char *text)
{
    size_t size = strlen(text) + (n->note ? strlen(n->note) + 2 : 0) + 1;
    char *note = malloc(size);
    if (!note)
        return;
    snprintf(note, size, "%s%s%s", n->note ? n->note : "", n->note ? ", " : "", text);
    free(n->note);
    n->note = note;
}

/* A cell of a column that is neither organisation nor role ("Notes",
 * "Category": "Co-opted", "joined late (chair)"): a role it names counts,
 * the rest is a note, never the organisation. */
static void mn_other_note(mn_name *n, const char *text)
{
    char *had = n->affiliation;
    n->affiliation = NULL;
    mn_name_note(n, text);
    if (n->affiliation) {
        mn_whole_note(n, n->affiliation);
        free(n->affiliation);
    }
    n->affiliation = had;
}

/* A person from one row of a table whose columns are known. */
static void mn_column_person(mn_people *pp, xmlNodePtr g, const mn_row *r, const char **cols,
                             const char *att_rest)
{
    const char *name = mn_col(r, cols, "name"), *family = mn_col(r, cols, "family");
    const char *given = mn_col(r, cols, "given");
    mn_name n = {0};
    if (name) {
        if (mn_name_read(name, MN_NAME_ONE_PER_LINE, &n) != 1)
            return;
    } else if (family || given) {
        size_t size = (family ? strlen(family) : 0) + (given ? strlen(given) : 0) + 2;
        if (!(n.name = malloc(size)))
            return;
        snprintf(n.name, size, "%s%s%s", given ? given : "", given && family ? " " : "",
                 family ? family : "");
        n.given = given ? strdup(given) : NULL;
        n.family = family ? strdup(family) : NULL;
    } else {
        return;
    }
    /* the organisation column first: a country before it is then a note */
    const char *org = mn_col(r, cols, "affiliation");
    if (org && *org && !n.affiliation)
        n.affiliation = strdup(org);
    for (size_t i = 0; i < r->count; i++) {
        const char *t = r->text[i];
        if (!cols[i] || !t || !*t || t == org)
            continue;
        if (strcmp(cols[i], "affiliation") == 0 && !n.affiliation)
            n.affiliation = strdup(t);
        else if (strcmp(cols[i], "country") == 0 && !org && !n.affiliation)
            n.affiliation = strdup(t); /* a delegate's country, when no organisation is named */
        else if (strcmp(cols[i], "country") == 0)
            mn_whole_note(&n, t); /* "Korea, Republic of" is one country */
        else if (strcmp(cols[i], "affiliation") == 0)
            mn_name_note(&n, t);
        else if (strcmp(cols[i], "handle") == 0 && !n.handle && t[0] == '@')
            n.handle = strdup(t);
        else if (strcmp(cols[i], "other") == 0)
            mn_other_note(&n, t);
        else if (strcmp(cols[i], "role") == 0 || strcmp(cols[i], "abbreviation") == 0 ||
                 strcmp(cols[i], "handle") == 0)
            mn_name_note(&n, t); /* "Head of Marketing (chair)", "TIC" */
    }
    if (att_rest)
        mn_name_note(&n, att_rest);
    mn_people_add_name(pp, g, &n);
    mn_name_free(&n);
}

/* A table whose header row names its columns.  Returns 1 when it was one. */
static int mn_people_columns(mn_people *pp, xmlNodePtr table, xmlNodePtr group)
{
    xmlNodePtr row = mn_child(table, "row");
    mn_row head;
    const char *cols[MN_MAX_COLS] = {0};
    if (!row)
        return 0;
    mn_row_read(row, &head);
    int ok = mn_people_header(&head, cols);
    mn_row_free(&head);
    if (!ok)
        return 0;
    mn_att_groups ag = {0};
    mn_att_key_read(mn_next(table, NULL), &ag.key); /* printed under the table, */
    if (!ag.key.n)
        mn_att_key_read(mn_prev_block(table), &ag.key); /* or over it */
    for (row = mn_next(row, "row"); row; row = mn_next(row, "row")) {
        mn_row r;
        const char *rest = NULL;
        mn_row_read(row, &r);
        if (r.text[0] && r.text[0][0] && (r.count == 1 || r.span || r.filled == 1)) {
            group = mn_people_group(pp, r.text[0], NULL); /* a role row: "PSG Chair" */
            mn_row_free(&r);
            continue;
        }
        if (!group)
            group = mn_people_group(pp, NULL, NULL);
        xmlNodePtr g = mn_att_group(pp, &ag, mn_col(&r, cols, "attendance"), group, &rest);
        mn_column_person(pp, g, &r, cols, rest);
        mn_row_free(&r);
    }
    for (size_t i = 0; i < ag.n; i++)
        free(ag.label[i]);
    return 1;
}

/* Rows of two cells "Label | value" read as label lines; returns 1 when
 * every row was one and was taken. */
static int mn_label_rows(mn_people *pp, xmlNodePtr table, unsigned where)
{
    int all = 1, any = 0;
    for (xmlNodePtr row = mn_child(table, "row"); row; row = mn_next(row, "row")) {
        mn_row r;
        mn_row_read(row, &r);
        int taken = 0;
        if (r.count == 2 && r.text[0] && *r.text[0] && r.text[1]) {
            size_t n = strlen(r.text[0]);
            char *line = malloc(n + strlen(r.text[1]) + 3);
            if (line) {
                size_t k = n && r.text[0][n - 1] == ':' ? n - 1 : n;
                memcpy(line, r.text[0], k);
                strcpy(line + k, ": ");
                strcat(line, r.text[1]);
                mn_open o = {0};
                taken = mn_people_line(pp, line, where, &o) == MN_LINE_TAKEN;
                mn_open_clear(&o);
                free(line);
            }
        }
        mn_row_free(&r);
        all &= taken;
        any |= taken;
    }
    return all && any;
}

/* ---- a participants section's own rows (Surname⇥Given) ----------------------------------- */

/* How a headerless table or TAB lines write names: +1 given name first, -1
 * family name first, by which cells hold common given names. */
typedef struct mn_order {
    int given_first;
    int tab_rows; /* the section writes its people as TAB lines */
} mn_order;

static int mn_is_given_cell(const char *s)
{
    size_t w = strcspn(s, " ");
    return *s && mn_name_is_given(s, w);
}

static void mn_order_count(const char *a, const char *b, int *votes)
{
    int ga = mn_is_given_cell(a), gb = mn_is_given_cell(b);
    if (ga && !gb)
        (*votes)++;
    else if (gb && !ga)
        (*votes)--;
}

/* A person from cells A and B in the section's order; a row whose cells
 * say the other order (a given name where the family name should be, and
 * none where the given name should) is read the other way. */
static void mn_cells_person(mn_people *pp, xmlNodePtr group, const mn_order *o, const char *a,
                            const char *b, const char *affiliation)
{
    int given_first = o->given_first;
    int ga = mn_is_given_cell(a), gb = mn_is_given_cell(b);
    if (!given_first && ga && !gb)
        given_first = 1;
    else if (given_first && gb && !ga)
        given_first = 0;
    const char *given = given_first ? a : b, *family = given_first ? b : a;
    mn_people_add_parts(pp, group, family, given, affiliation, NULL);
}

/* The TAB row of a paragraph: its first two folded cells, and the others
 * joined by ", " in *rest ("" when none; each malloc'd). */
static int mn_tab_cells(const char *raw, char **a, char **b, char **rest)
{
    const char *tab = strchr(raw + mn_ts_skip_space(raw), '\t');
    *a = *b = *rest = NULL;
    if (!tab)
        return 0;
    const char *tab2 = strchr(tab + 1, '\t');
    *a = mn_ts_fold(raw, (size_t)(tab - raw));
    *b = mn_ts_fold(tab + 1, tab2 ? (size_t)(tab2 - tab - 1) : strlen(tab + 1));
    *rest = tab2 ? mn_ts_fold(tab2 + 1, strlen(tab2 + 1)) : strdup("");
    for (char *p = *rest; p && *p; p++)
        if (*p == '\t')
            *p = ','; /* further cells: "Thailand\tMinistry" */
    return 1;
}

/* Whether n is a paragraph holding a TAB row. */
static int mn_is_tab_row(const xmlNode *n)
{
    if (!mn_is(n, "p"))
        return 0;
    char *raw = mn_ts_inline_text(n);
    int tab = raw && strchr(raw + mn_ts_skip_space(raw), '\t') != NULL;
    free(raw);
    return tab;
}

/* The order of the section's headerless rows and TAB lines: a header row
 * says so ("First name | Surname"), else the given names in them. */
static void mn_section_order(xmlNodePtr section, mn_order *o)
{
    int votes = 0;
    for (xmlNodePtr c = mn_child(section, NULL); c; c = mn_next(c, NULL)) {
        if (mn_is(c, "table")) {
            for (xmlNodePtr row = mn_child(c, "row"); row; row = mn_next(row, "row")) {
                mn_row r;
                mn_row_read(row, &r);
                const char *cols[MN_MAX_COLS] = {0};
                if (row == mn_child(c, "row") && mn_people_header(&r, cols) && cols[0]) {
                    mn_row_free(&r);
                    o->given_first = strcmp(cols[0], "given") == 0;
                    return;
                }
                if (r.count >= 2 && r.filled >= 2)
                    mn_order_count(r.text[0], r.text[1], &votes);
                mn_row_free(&r);
            }
        } else if (mn_is(c, "p")) {
            char *raw = mn_ts_inline_text(c), *a = NULL, *b = NULL, *rest = NULL;
            if (raw && mn_tab_cells(raw, &a, &b, &rest) && a && b && *a && *b) {
                mn_order_count(a, b, &votes);
                o->tab_rows++;
            }
            free(a);
            free(b);
            free(rest);
            free(raw);
        }
    }
    o->given_first = votes > 0;
}

/* Whether CELL is the initials of NAME ("OP" for "Owen Pritchard", "A-MB"
 * for "Anne-Marie Bell"): its capitals are the first letters of the
 * name's words in order. */
static int mn_initials_of(const char *cell, const char *name)
{
    size_t letters = 0;
    const char *w = name;
    for (const char *c = cell; *c; c++) {
        if (*c == '-' || *c == '.')
            continue;
        if (!isupper((unsigned char)*c))
            return 0;
        while (*w && !isalpha((unsigned char)*w))
            w++;
        if (toupper((unsigned char)*w) != *c)
            return 0;
        letters++;
        while (*w && *w != ' ' && *w != '-')
            w++;
    }
    return letters >= 2;
}

/* Whether a headerless row holds a whole name in its first cell ("Owen
 * Pritchard | OP | Harrowgate | Project Manager"), not a family name
 * beside a given one: the second cell is the name's initials, or the
 * first cell starts with a given name and the second is none. */
static int mn_whole_name_row(const mn_row *r)
{
    const char *a = r->text[0], *b = r->text[1];
    if (!strchr(a, ' '))
        return 0;
    return mn_initials_of(b, a) || (mn_is_given_cell(a) && *b && !mn_is_given_cell(b));
}

/* The columns of a whole-name row: the name, its initials, then the
 * organisation and what else is written (a job, "on Teams"). */
static void mn_whole_name_cols(const mn_row *r, const char **cols)
{
    int org = 0;
    cols[0] = "name";
    for (size_t i = 1; i < r->count && i < MN_MAX_COLS; i++) {
        if (mn_initials_of(r->text[i], r->text[0]))
            cols[i] = "abbreviation";
        else if (*r->text[i] && !org++)
            cols[i] = "affiliation";
        else
            cols[i] = "role";
    }
}

/* A headerless table of a participants section: Surname | Given rows,
 * with role rows (a label over an empty cell, or one cell across the row)
 * that open groups; cells after the second are the affiliation. */
static void mn_section_rows(mn_people *pp, xmlNodePtr table, xmlNodePtr *group, const mn_order *o,
                            const char *label)
{
    int first = 1;
    for (xmlNodePtr row = mn_child(table, "row"); row; row = mn_next(row, "row"), first = 0) {
        mn_row r;
        const char *cols[MN_MAX_COLS] = {0};
        mn_row_read(row, &r);
        if (r.filled == 0 || (first && mn_people_header(&r, cols))) {
            mn_row_free(&r);
            continue;
        }
        if (r.span || r.count == 1 || (r.filled == 1 && *r.text[0] && !*r.text[1])) {
            *group = mn_people_group(pp, r.text[0], NULL);
        } else if (mn_whole_name_row(&r) && (*group || (*group = mn_people_group(pp, label, NULL)))) {
            mn_whole_name_cols(&r, cols);
            mn_column_person(pp, *group, &r, cols, NULL);
        } else if (*group || (*group = mn_people_group(pp, label, NULL))) {
            char aff[512] = "";
            for (size_t i = 2; i < r.count; i++)
                if (*r.text[i] && strlen(aff) + strlen(r.text[i]) + 3 < sizeof aff)
                    snprintf(aff + strlen(aff), sizeof aff - strlen(aff), "%s%s", *aff ? ", " : "",
                             r.text[i]);
            mn_cells_person(pp, *group, o, r.text[0], r.text[1], aff);
        }
        mn_row_free(&r);
    }
}

/* ---- lists -------------------------------------------------------------------------------- */

static int mn_people_items(mn_people *pp, xmlNodePtr list, xmlNodePtr *group, const mn_open *o,
                           int in_section);

/* One item of a list of people: a label line (a sub-group, a role), a
 * label over a nested list, or a person. */
static int mn_people_item(mn_people *pp, xmlNodePtr it, xmlNodePtr *group, const mn_open *o,
                          int in_section)
{
    char *text = mn_ts_inline_folded(it);
    xmlNodePtr sub = mn_child(it, "list");
    mn_open inner = {0};
    unsigned where = in_section || o ? MN_AT_SECTION : 0;
    int used = 0, line = text && *text ? mn_people_line(pp, text, where, &inner) : MN_LINE_NO;
    if (line == MN_LINE_TAKEN) {
        used = 1;
    } else if (line == MN_LINE_OPEN && sub) {
        xmlNodePtr g = inner.kind == MN_PL_GROUP ? mn_people_group(pp, inner.label, inner.role) : NULL;
        used = mn_people_items(pp, sub, &g, &inner, 1);
        sub = NULL;
    } else if (line == MN_LINE_NO && text && *text && o && o->kind == MN_PL_ROLE) {
        used = mn_people_role_line(pp, o->label, o->role, text, MN_NAME_ONE_PER_LINE, 0);
    } else if (line == MN_LINE_NO && text && *text && (in_section || o)) {
        if (!*group)
            *group = mn_people_group(pp, o ? o->label : NULL, o ? o->role : NULL);
        used = mn_people_add(pp, *group, text, MN_NAME_ONE_PER_LINE | MN_NAME_NICKS) != NULL;
    }
    if (used && sub)
        used = mn_people_items(pp, sub, group, o, in_section);
    mn_open_clear(&inner);
    free(text);
    return used;
}

/* The items of a list of people; used items are removed.  Returns 1 when
 * all were used. */
static int mn_people_items(mn_people *pp, xmlNodePtr list, xmlNodePtr *group, const mn_open *o,
                           int in_section)
{
    int all = 1;
    for (xmlNodePtr it = mn_child(list, "item"), next; it; it = next) {
        next = mn_next(it, "item");
        if (mn_people_item(pp, it, group, o, in_section))
            mn_ts_drop(it);
        else
            all = 0;
    }
    return all;
}

/* ---- the blocks after a label alone --------------------------------------------------------- */

/* The text after a bullet typed by hand at the start of a line: Word's
 * Symbol-font bullet (U+F0B7, U+F0A7 in the private use area, which the
 * DOCX reader may show as an arrow), "•", "·", "▪", "-" or "*", then a
 * space or a tab.  Word users who do not use list styles type attendance
 * lists this way; under a label over people an arrow marks a name, not a
 * task. */
static const char *mn_after_bullet(const char *s)
{
    static const char *const bullets[] = {"\xEF\x82\xB7", "\xEF\x82\xA7", "\xE2\x80\xA2",
                                          "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x86\x92", "-", "*", NULL};
    for (const char *const *b = bullets; *b; b++) {
        size_t k = strlen(*b);
        if (strncmp(s, *b, k) == 0 && (s[k] == ' ' || s[k] == '\t'))
            return s + k + strspn(s + k, " \t");
    }
    return s;
}

/* "Two members of the public", "3 parishioners": a count of people among
 * the names, no one's name. */
static int mn_head_count(const char *t)
{
    size_t w = 0;
    while (t[w] && t[w] != ' ')
        w++;
    if (!w || !t[w] || !islower((unsigned char)t[w + 1]))
        return 0;
    if (strspn(t, "0123456789") == w)
        return 1;
    return mn_lx_find(mn_lx(), MN_LX_COUNT_WORDS, t, w) != NULL;
}

/* A count line among typed name lines stays in the text as a line of the
 * attendance: its typed bullet (which the DOCX reader may give as an
 * arrow, an action's mark) comes off. */
static void mn_unbullet(xmlNodePtr p)
{
    xmlNodePtr t = p->children;
    if (!t || t->type != XML_TEXT_NODE || !t->content)
        return;
    const char *raw = (const char *)t->content;
    const char *from = raw + strspn(raw, " \t");
    const char *after = mn_after_bullet(from);
    if (after != from) {
        char *rest = strdup(after);
        if (rest)
            xmlNodeSetContent(t, BAD_CAST rest);
        free(rest);
    }
}

/* Whether s starts with a name title and a space ("Dr ", "Mr. "). */
static int mn_titled_piece(const char *s)
{
    s += strspn(s, " ");
    size_t w = strcspn(s, " ");
    size_t k = w && s[w - 1] == '.' ? w - 1 : w;
    return s[w] == ' ' && k && mn_lx_find(mn_lx(), MN_LX_NAME_TITLES, s, k) != NULL;
}

/* A name line that lists several people, each with a title ("Ms Priya
 * Raman, Mr Callum Greig"): a comma there parts people, not a name from
 * its organisation. */
static int mn_titled_list(const char *text)
{
    int pieces = 0;
    for (const char *s = text;; s++) {
        if (!mn_titled_piece(s))
            return 0;
        pieces++;
        s = strchr(s, ',');
        if (!s)
            break;
    }
    return pieces >= 2;
}

/* The lines of RAW joined when each but the last ends with a comma (a
 * list of names wrapped in the PDF's or the typist's lines), else RAW;
 * malloc'd. */
static char *mn_join_wrapped(const char *raw)
{
    char *out = strdup(raw);
    if (!out)
        return NULL;
    for (char *nl = strchr(out, '\n'); nl; nl = strchr(nl + 1, '\n')) {
        char *end = nl;
        while (end > out && end[-1] == ' ')
            end--;
        if (end == out || end[-1] != ',')
            return out; /* the caller sees the newline: not one entry */
    }
    for (char *p = out; *p; p++)
        if (*p == '\n')
            *p = ' ';
    return out;
}

/* Paragraphs of one name each after "Directors Present:"; returns the
 * first block that is not one. */
static xmlNodePtr mn_name_lines(mn_people *pp, xmlNodePtr c, const mn_open *o)
{
    xmlNodePtr group = NULL;
    for (xmlNodePtr next; c && mn_is(c, "p"); c = next) {
        next = mn_next(c, NULL);
        char *inline_raw = mn_ts_inline_text(c);
        char *raw = inline_raw ? mn_join_wrapped(inline_raw) : NULL;
        free(inline_raw);
        const char *line = raw ? mn_after_bullet(raw + strspn(raw, " \t")) : NULL;
        char *text = line && !strchr(line, '\n') ? mn_ts_fold(line, strlen(line)) : NULL;
        free(raw);
        const char *role;
        mn_name n;
        int titled = text && o->kind == MN_PL_GROUP && mn_titled_list(text);
        /* the next label ("Trustees Absent:") ends the block */
        int person = text && *text && text[strlen(text) - 1] != ':' &&
                     !mn_people_label(text, strlen(text), &role, NULL) &&
                     (titled || mn_name_read(text, MN_NAME_ONE_PER_LINE, &n) == 1);
        if (person && !titled)
            mn_name_free(&n);
        if (person && titled) {
            if (!group)
                group = mn_people_group(pp, o->label, o->role);
            person = group && mn_people_list(pp, group, text, 0, 1, NULL) > 0;
            free(text);
            if (!person)
                break;
            mn_ts_drop(c);
            continue;
        }
        if (!person && text && group && mn_head_count(text)) {
            free(text);
            mn_unbullet(c);
            continue;
        }
        if (person && o->kind == MN_PL_ROLE)
            person = mn_people_role_line(pp, o->label, o->role, text, MN_NAME_ONE_PER_LINE, 0);
        else if (person && (group || (group = mn_people_group(pp, o->label, o->role))))
            person = mn_people_add(pp, group, text, MN_NAME_ONE_PER_LINE) != NULL;
        free(text);
        if (!person)
            break;
        mn_ts_drop(c);
    }
    return c;
}

/* What a label alone opens: a list, a table of people, lines of names.
 * Returns the next block to look at. */
static xmlNodePtr mn_after_label(mn_people *pp, xmlNodePtr c, const mn_open *o)
{
    if (mn_is(c, "list")) {
        xmlNodePtr group = NULL, next = mn_next(c, NULL);
        mn_people_items(pp, c, &group, o, 0);
        if (!mn_child(c, "item"))
            mn_ts_drop(c);
        return next;
    }
    if (mn_is(c, "table") && o->kind == MN_PL_GROUP) {
        xmlNodePtr next = mn_next(c, NULL);
        xmlNodePtr g = mn_people_group(pp, o->label, o->role);
        if (mn_people_columns(pp, c, g))
            mn_ts_drop(c);
        return next;
    }
    return mn_name_lines(pp, c, o);
}

/* ---- blocks of the body ---------------------------------------------------------------------- */

/* Splits a paragraph's inline text into folded lines (malloc'd). */
static size_t mn_lines(const xmlNode *p, char **lines, size_t max)
{
    char *raw = mn_ts_inline_text(p);
    size_t n = 0;
    for (char *s = raw; s && n < max;) {
        char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        char *l = mn_ts_fold(s, len);
        if (l && *l)
            lines[n++] = l;
        else
            free(l);
        if (!nl)
            break;
        s = nl + 1;
    }
    free(raw);
    return n;
}

/* Whether s starts a field: a people label and a colon ("Notes: …"). */
static int mn_field_at(const char *s)
{
    s += strspn(s, "*_ ");
    const char *colon = strchr(s, ':'), *role;
    return colon && colon - s <= 40 && mn_people_label(s, (size_t)(colon - s), &role, NULL);
}

/* Whether block c starts with a people field ("Chair: …"). */
static int mn_field_block(xmlNodePtr c)
{
    if (!mn_is(c, "p"))
        return 0;
    char *t = mn_ts_inline_folded(c);
    int field = t && mn_field_at(t);
    free(t);
    return field;
}

/* Splits the lines that hold several fields ("Chair: Ana Ruiz. Notes: Bo
 * Chen", "Facilitator: @ana · Notes: @bo") at the separator before each
 * field; returns the new count. */
static size_t mn_split_fields(char **lines, size_t n, size_t max)
{
    for (size_t i = 0; i < n && n < max; i++) {
        char *l = lines[i];
        for (char *p = l + 1; *p; p++) {
            size_t sep = 0;
            if ((p[0] == '.' || p[0] == ';' || p[0] == '|') && p[1] == ' ')
                sep = 2;
            else if (p[0] == ' ' && ((unsigned char)p[1] == 0xC2 && (unsigned char)p[2] == 0xB7))
                sep = 3; /* " ·" */
            else if (p[0] == ' ' && p[1] == '|')
                sep = 2;
            if (!sep || !mn_field_at(p + sep))
                continue;
            char *rest = mn_ts_fold(p + sep, strlen(p + sep));
            if (!rest)
                break;
            p[p[0] == '.' ? 1 : 0] = '\0'; /* "Ana Ruiz." keeps no stop: trimmed by the name reader */
            memmove(lines + i + 2, lines + i + 1, (n - i - 1) * sizeof *lines);
            lines[i + 1] = rest;
            n++;
            break;
        }
    }
    return n;
}

/* A paragraph: its label lines; a label alone at its end opens what
 * follows.  Returns the next block; *dropped says whether p was used and
 * removed. */
static xmlNodePtr mn_people_para(mn_people *pp, xmlNodePtr p, unsigned where, int *dropped)
{
    char *lines[24];
    size_t n = mn_split_fields(lines, mn_lines(p, lines, 16), 24), taken = 0;
    mn_open o = {0};
    int open = 0;
    for (size_t i = 0; i < n; i++) {
        int rc = mn_people_line(pp, lines[i], where, &o);
        taken += rc == MN_LINE_TAKEN;
        open = rc == MN_LINE_OPEN && i + 1 == n;
    }
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    xmlNodePtr next = mn_next(p, NULL), after = next;
    size_t before = mn_people_taken(pp);
    if (open && next)
        after = mn_after_label(pp, next, &o);
    /* a label alone stays when what follows it is neither people nor
     * another field: an empty field ("Guests:" over "Chair: …" or at the
     * end of its section) goes */
    int used_after = open && (mn_people_taken(pp) > before || !next || mn_field_block(next));
    *dropped = n && taken + (size_t)open == n && (!open || used_after || taken);
    if (*dropped)
        mn_ts_drop(p);
    mn_open_clear(&o);
    return after;
}

/* Whether the LEN bytes at s are "Given Family (GFY)": two words or more
 * and, in brackets, capitals that start with the first word's initial
 * and hold the last word's. */
static int mn_initialled_entry(const char *s, size_t len)
{
    while (len && s[len - 1] == ' ')
        len--;
    if (len < 8 || s[len - 1] != ')')
        return 0;
    const char *open = s + len - 1;
    while (open > s && *open != '(')
        open--;
    size_t code = (size_t)(s + len - 1 - (open + 1));
    if (open == s || code < 2 || code > 4)
        return 0;
    for (size_t i = 0; i < code; i++)
        if (!isupper((unsigned char)open[1 + i]))
            return 0;
    const char *end = open;
    while (end > s && end[-1] == ' ')
        end--;
    const char *last = end;
    while (last > s && last[-1] != ' ')
        last--;
    if (last == s || !isupper((unsigned char)*s) || !isupper((unsigned char)*last))
        return 0;
    return open[1] == *s && memchr(open + 1, *last, code) != NULL;
}

/* A roster written as one unlabelled line at the top, every entry a name
 * with its own initials ("Ana Ruiz (ARZ), Bo Chen (BCN), …"), as standards
 * committees' notes open: the people present.  Returns 1 when taken. */
static int mn_initials_roster(mn_people *pp, xmlNodePtr p)
{
    char *t = mn_ts_inline_folded(p);
    if (!t)
        return 0;
    size_t entries = 0, given = 0;
    int all = 1;
    for (const char *s = t, *end; all; s = end + 1) {
        end = strchr(s, ',');
        if (!end)
            end = s + strlen(s);
        s += strspn(s, " ");
        all = mn_initialled_entry(s, (size_t)(end - s));
        entries += (size_t)all;
        given += all && mn_name_is_given(s, strcspn(s, " ")); /* not "Audit Committee (AC)" */
        if (!*end)
            break;
    }
    int taken = all && entries >= 3 && 2 * given >= entries &&
                mn_people_list(pp, NULL, t, 0, 1, NULL) == entries;
    free(t);
    return taken;
}

/* A label alone on its line without a colon ("Present", "Regrets",
 * "Chair", as W3C's generated minutes set them) over a paragraph that is
 * all people: read as the line "Label: names".  Returns 1 when taken,
 * *resume then the block after the names. */
static int mn_bare_label_over(mn_people *pp, xmlNodePtr p, unsigned where, xmlNodePtr *resume)
{
    xmlNodePtr next = mn_next(p, NULL);
    if (!mn_is(next, "p"))
        return 0;
    char *label = mn_ts_inline_folded(p), *names = mn_ts_inline_folded(next);
    const char *role;
    int taken = 0;
    if (label && names && *names && !strchr(label, ':') && !strchr(names, ':') &&
        mn_people_label(label, strlen(label), &role, NULL)) {
        size_t size = strlen(label) + strlen(names) + 3;
        char *line = malloc(size);
        if (line) {
            snprintf(line, size, "%s: %s", label, names);
            mn_open o = {0};
            taken = mn_people_line(pp, line, where, &o) == MN_LINE_TAKEN;
            mn_open_clear(&o);
            free(line);
        }
    }
    free(label);
    free(names);
    if (taken) {
        *resume = mn_next(next, NULL);
        mn_ts_drop(next);
    }
    return taken;
}

xmlNodePtr mn_people_block(mn_people *pp, xmlNodePtr c, int top)
{
    unsigned where = top ? MN_AT_TOP : 0;
    xmlNodePtr next = mn_next(c, NULL);
    int dropped;
    if (mn_is(c, "p") && top && mn_initials_roster(pp, c)) {
        mn_ts_drop(c);
        return next;
    }
    if (mn_is(c, "p") && top && next && mn_bare_label_over(pp, c, where, &next)) {
        mn_ts_drop(c);
        return next;
    }
    if (mn_is(c, "p"))
        return mn_people_para(pp, c, where, &dropped);
    if (mn_is(c, "list")) {
        xmlNodePtr group = NULL;
        for (xmlNodePtr it = mn_child(c, "item"), nit; it; it = nit) {
            nit = mn_next(it, "item");
            char *text = mn_ts_inline_folded(it);
            mn_open o = {0};
            int rc = text && *text ? mn_people_line(pp, text, where, &o) : MN_LINE_NO;
            if (rc == MN_LINE_OPEN && mn_child(it, "list")) {
                group = o.kind == MN_PL_GROUP ? mn_people_group(pp, o.label, o.role) : NULL;
                rc = mn_people_items(pp, mn_child(it, "list"), &group, &o, 1) ? MN_LINE_TAKEN : MN_LINE_NO;
            }
            if (rc == MN_LINE_TAKEN)
                mn_ts_drop(it);
            mn_open_clear(&o);
            free(text);
        }
        if (!mn_child(c, "item"))
            mn_ts_drop(c);
    } else if (mn_is(c, "table")) {
        if (mn_people_columns(pp, c, NULL) || mn_label_rows(pp, c, where))
            mn_ts_drop(c);
    }
    return next;
}

/* ---- a participants section ---------------------------------------------------------------------- */

int mn_people_heading(const xmlNode *section)
{
    char *t = mn_ts_inline_folded(mn_child(section, "heading"));
    const char *role;
    int kind = t ? mn_people_label(t, strlen(t), &role, NULL) : MN_PL_NONE;
    free(t);
    return kind == MN_PL_GROUP;
}

/* A TAB line of a participants section: a person, or a role row
 * ("MAG Members⇥"); among TAB lines, a line without one that is a label
 * ("Chair", "Experts attending remotely").  Returns 1 when it was one. */
static int mn_section_tab_line(mn_people *pp, xmlNodePtr p, const char *raw, xmlNodePtr *group,
                               const mn_order *o, const char *label)
{
    char *a, *b, *rest;
    int used = 0;
    if (mn_tab_cells(raw, &a, &b, &rest) && a && b && rest) {
        if (!*b)
            *group = mn_people_group(pp, a, NULL);
        else if (*group || (*group = mn_people_group(pp, label, NULL)))
            mn_cells_person(pp, *group, o, a, b, rest);
        used = 1;
    } else if (o->tab_rows && !strchr(raw, '\t')) {
        char *text = mn_ts_fold(raw, strlen(raw));
        const char *role;
        if (text && mn_any_label(text, strlen(text)) &&
            (mn_people_label(text, strlen(text), &role, NULL) || mn_is_tab_row(mn_next(p, NULL)))) {
            *group = mn_people_group(pp, text, NULL);
            used = 1;
        }
        free(text);
    }
    free(a);
    free(b);
    free(rest);
    return used;
}

/* "Staff" or "**PSG Chair**" over a list or a table: the label of what
 * follows, and of the rows after it until the next label.  Returns 1 when
 * it was one; *resume is then the block after what it took. */
static int mn_section_label_over(mn_people *pp, xmlNodePtr p, xmlNodePtr *group,
                                 const mn_order *o, xmlNodePtr *resume)
{
    char *text = mn_ts_inline_folded(p);
    xmlNodePtr next = mn_next(p, NULL);
    if (!text || !*text || strchr(text, ':') || !mn_any_label(text, strlen(text)) ||
        !(mn_is(next, "list") || mn_is(next, "table"))) {
        free(text);
        return 0;
    }
    mn_open open = {.kind = MN_PL_GROUP, .label = text};
    *group = mn_people_group(pp, text, NULL);
    *resume = mn_next(next, NULL);
    int all = mn_is(next, "list") ? mn_people_items(pp, next, group, &open, 1) : 1;
    if (mn_is(next, "table") && !mn_people_columns(pp, next, *group))
        mn_section_rows(pp, next, group, o, text);
    if (all)
        mn_ts_drop(next);
    free(text);
    return 1;
}

/* Bytes of an absence lead opening TEXT ("Apologies were received from",
 * "Se sont excusés :"), with the spaces and colon after it, or 0: a
 * council's minute under its "Apologies" heading tells the names in a
 * sentence. */
size_t mn_absence_lead(const char *text)
{
    size_t len = strlen(text), n;
    const mn_lexicon *lx = mn_lx();
    const unsigned *ix = mn_lx_candidates(lx, MN_LX_ABSENCE_LEADS, text, len, &n);
    size_t all;
    const mn_lx_entry *e = mn_lx_entries(lx, MN_LX_ABSENCE_LEADS, &all);
    for (size_t k = 0; k < n; k++) {
        size_t w = strlen(e[ix[k]].w);
        if (w < len && mn_lx_fold_equal(text, e[ix[k]].w, w) && strchr(" :", text[w])) {
            w += strspn(text + w, " :");
            return w < len ? w : 0;
        }
    }
    return 0;
}

/* Bytes of the sentence of names at s: to a full stop after a word of
 * four letters or more or a bracket ("Cllr Hugh Tennant (work
 * commitments). RESOLVED: …"), not one after an initial or a title
 * ("Cllr H. Tennant", "Mrs. Ode"). */
static size_t mn_names_sentence_len(const char *s)
{
    for (const char *p = s; (p = strstr(p, ". ")) != NULL; p++) {
        const char *w = p;
        while (w > s && isalpha((unsigned char)w[-1]))
            w--;
        if (p[-1] == ')' || (p - w >= 4 && !mn_lx_has_len(mn_lx(), MN_LX_NAME_TITLES, w, (size_t)(p - w))))
            return (size_t)(p - s) + 1;
    }
    return strlen(s);
}

/* A paragraph of a participants section: a TAB line, label lines, a label
 * over what follows, a list of names, one name.  Returns 1 when it was
 * used and is still there, -1 when it was used and removed (*resume is
 * then the next block), 0 when unused. */
static int mn_section_para(mn_people *pp, xmlNodePtr p, xmlNodePtr *group, const mn_order *o,
                           const char *label, xmlNodePtr *resume)
{
    char *raw = mn_ts_inline_text(p);
    *resume = mn_next(p, NULL);
    if (!raw)
        return 0;
    int used = mn_section_tab_line(pp, p, raw, group, o, label);
    free(raw);
    if (used)
        return 1;
    int dropped = 0;
    xmlNodePtr after = mn_next(p, NULL);
    *resume = mn_people_para(pp, p, MN_AT_SECTION, &dropped);
    if (dropped)
        return -1;
    if (*resume != after)
        return 0; /* it opened what follows and took that */
    if (mn_section_label_over(pp, p, group, o, resume))
        return 1;
    char *text = mn_ts_inline_folded(p);
    size_t lead = text ? mn_absence_lead(text) : 0;
    if (lead) { /* the names after the lead, to the sentence's end */
        size_t n = lead + mn_names_sentence_len(text + lead);
        while (n > lead && (text[n - 1] == '.' || text[n - 1] == ' '))
            n--;
        memmove(text, text + lead, n - lead);
        text[n - lead] = '\0';
    }
    if (text && *text) {
        if (!*group)
            *group = mn_people_group(pp, label, NULL);
        unsigned flags = MN_NAME_NICKS | (strchr(text, ',') || lead ? 0 : MN_NAME_ONE_PER_LINE);
        used = mn_people_list(pp, *group, text, flags, 1, NULL) > 0;
    }
    free(text);
    /* a sentence is a minute of the meeting: it stays in the body */
    return lead ? 0 : used;
}

/* NESTED: a sub-section of a participants section, whose heading is its
 * group's label whatever it says ("MAG Members"). */
static int mn_section(mn_people *pp, xmlNodePtr section, int nested)
{
    char *heading = mn_ts_inline_folded(mn_child(section, "heading"));
    const char *role = NULL;
    char *label = NULL;
    if (heading && mn_people_label(heading, strlen(heading), &role, &label) != MN_PL_GROUP)
        role = NULL;
    if (!label && nested && heading)
        label = strdup(heading);
    free(heading);
    mn_order order = {0};
    mn_section_order(section, &order);
    xmlNodePtr group = NULL;
    int any = 0;
    xmlNodePtr c = mn_next(mn_child(section, "heading"), NULL);
    while (c) {
        xmlNodePtr next = mn_next(c, NULL), resume = next;
        int used = 0;
        if (mn_is(c, "table")) {
            if (!mn_people_columns(pp, c, group ? group : (group = mn_people_group(pp, label, role))))
                mn_section_rows(pp, c, &group, &order, label);
            used = 1;
        } else if (mn_is(c, "list")) {
            mn_open o = {.kind = MN_PL_GROUP, .label = label, .role = role};
            used = mn_people_items(pp, c, &group, &o, 1);
            any = any || !mn_child(c, "item");
        } else if (mn_is(c, "p")) {
            used = mn_section_para(pp, c, &group, &order, label, &resume);
        } else if (mn_is(c, "section")) {
            used = mn_section(pp, c, 1);
        }
        if (used > 0)
            mn_ts_drop(c);
        any = any || used != 0;
        c = resume;
    }
    free(label);
    /* all of it used: nothing left under the heading */
    return any && !mn_next(mn_child(section, "heading"), NULL);
}

int mn_people_section(mn_people *pp, xmlNodePtr section)
{
    return mn_section(pp, section, 0);
}
