/* SPDX-License-Identifier: MIT */
/* annexes.c — the annexes pass: the participants, out of the body into
 * `participants` (docs/INTERNALS.md).  The agenda is the agenda pass's
 * (agenda.c), which runs before: sections whose heading names an agenda are
 * left alone here.
 *
 * Participants: a section whose heading is an annex/appendix
 * about participants/attendance or just "Participants", "Attendance",
 * "Present"…; its table rows are `Surname<TAB>Given` persons and role rows (a
 * label with an empty second cell, or one cell spanning the row) that open
 * groups; its lines and list items are "Label: A, B" groups or names.
 * Anywhere in the body, "Present: A, B (Chair), C", "Apologies:",
 * "Regrets:" lines give labelled groups and "Chair:", "Scribe:" lines give
 * roles; so do the reader's chair/scribe/participant/regrets properties.
 * A free-written name is split into given and family name only when that is
 * clear: two words, "Given Family".  What a pass cannot place stays in the
 * body: an annex section is removed only when all of it was used. */
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "lexicon.h"
#include "passes.h"
#include "textscan.h"
#include "xmlutil.h"

typedef struct mn_role {
    char *name;
    char *role;
    char *label; /* group label when the person is not listed anywhere */
    struct mn_role *next;
} mn_role;

/* "Chair:", "Scribe:" lines taken at most; later ones stay in the body as
 * they are (each is matched against every person listed). */
#define MN_MAX_ROLES 64

typedef struct mn_annexes {
    mn_job *job;
    xmlDocPtr doc;
    xmlNodePtr participants; /* unlinked until the end; owned here until linked */
    mn_role *roles, **roles_tail;
    size_t n_roles;
    xmlNodePtr role_groups[MN_MAX_ROLES];
    size_t n_role_groups;
} mn_annexes;

enum mn_annex_kind { MN_ANNEX_NONE, MN_ANNEX_AGENDA, MN_ANNEX_PARTICIPANTS };

/* ---- recognising the headings ---------------------------------------------- */

/* Whether the LEN bytes at s are a word of LIST (ASCII case ignored). */
static int mn_in_list(const char *s, size_t len, int list)
{
    return mn_lx_find(mn_lx(), list, s, len) != NULL;
}

static int mn_has_any_word(const char *s, int list)
{
    for (const char *const *words = mn_lx_words(mn_lx(), list); *words; words++)
        if (mn_ts_has_word(s, *words))
            return 1;
    return 0;
}

static enum mn_annex_kind mn_annex_kind(const xmlNode *section)
{
    char *t = mn_ts_inline_folded(mn_child(section, "heading"));
    if (!t)
        return MN_ANNEX_NONE;
    size_t len = strlen(t);
    if (len && t[len - 1] == ':')
        len--;
    int annex = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_ANNEX_WORDS); *w && !annex; w++)
        annex = mn_ts_prefix(t, *w, 1) != 0;
    enum mn_annex_kind k = MN_ANNEX_NONE;
    if (mn_agenda_heading(section))
        k = MN_ANNEX_AGENDA;
    else if (mn_in_list(t, len, MN_LX_PARTICIPANT_TITLES) ||
             (annex && mn_has_any_word(t, MN_LX_PARTICIPANT_WORDS)))
        k = MN_ANNEX_PARTICIPANTS;
    free(t);
    return k;
}

/* ---- people ------------------------------------------------------------------------ */

static xmlNodePtr mn_new(mn_annexes *ax, const char *name)
{
    xmlNodePtr root = xmlDocGetRootElement(ax->doc);
    return xmlNewDocNode(ax->doc, root ? root->ns : NULL, BAD_CAST name, NULL);
}


static xmlNodePtr mn_group(mn_annexes *ax, const char *label)
{
    if (!ax->participants && !(ax->participants = mn_new(ax, "participants")))
        return NULL;
    xmlNodePtr g = mn_add(ax->participants, "group", NULL);
    if (g && label && *label)
        mn_set_attr(g, "label", label);
    return g;
}

/* "Given Family" split when clear: two words, each a capitalised word or an
 * initial, the family name at least two letters. */
static void mn_split_name(const char *name, xmlNodePtr person)
{
    const char *sp = strchr(name, ' ');
    if (!sp || strchr(sp + 1, ' ') || !mn_ts_starts_upper(name) || !mn_ts_starts_upper(sp + 1))
        return;
    for (const char *p = name; *p; p++)
        if ((*p >= '0' && *p <= '9') || strchr("()/@&,;:", *p))
            return;
    if (strlen(sp + 1) < 2 || sp[strlen(sp) - 1] == '.')
        return;
    char given[128];
    size_t k = (size_t)(sp - name);
    if (k >= sizeof given)
        return;
    memcpy(given, name, k);
    given[k] = '\0';
    mn_set_attr(person, "family", sp + 1);
    mn_set_attr(person, "given", given);
}

/* The role a role word ("Chair", "minutes taken by") gives, or NULL. */
static const char *mn_role_word(const char *s, size_t len)
{
    const mn_lx_entry *e = mn_lx_find(mn_lx(), MN_LX_PERSON_ROLES, s, len);
    return e ? e->means : NULL;
}

/* Whether a folded piece reads as a person's name. */
static int mn_name_like(const char *s)
{
    size_t len = strlen(s);
    if (len < 2 || len > 80 || !mn_ts_starts_upper(s) || mn_in_list(s, len, MN_LX_NOT_NAMES))
        return 0;
    for (const char *p = s; *p; p++)
        if ((*p >= '0' && *p <= '9') || strchr(":;!?\"", *p))
            return 0;
    return mn_ts_word_count(s) <= 6;
}

/* Adds a person written as "Name" or "Name (Role)" / "Name (Organisation)". */
static xmlNodePtr mn_person_text(xmlNodePtr group, const char *text)
{
    char *copy = strdup(text), *name = copy;
    if (!copy)
        return NULL;
    const char *role = NULL;
    char *affiliation = NULL, *folded = NULL;
    char *open = strrchr(copy, '(');
    size_t len = strlen(copy);
    if (open && open > copy && len > 0 && copy[len - 1] == ')') {
        copy[len - 1] = '\0';
        role = mn_role_word(open + 1, strlen(open + 1));
        if (!role)
            affiliation = open + 1;
        *open = '\0';
        folded = mn_ts_fold(copy, strlen(copy));
        name = folded ? folded : copy;
    }
    xmlNodePtr person = mn_add(group, "person", name);
    if (person) {
        mn_split_name(name, person);
        if (role)
            mn_set_attr(person, "role", role);
        if (affiliation && *affiliation)
            mn_set_attr(person, "affiliation", affiliation);
    }
    free(folded);
    free(copy);
    return person;
}

/* Splits a list of names ("A, B (Chair) and C") into pieces; returns how
 * many, 0 when one does not read as a name.  Pieces are malloc'd. */
static size_t mn_split_names(const char *value, char **pieces, size_t max)
{
    size_t n = 0, and_len = 0;
    const char *p = value;
    const char *const *ands = mn_lx_words(mn_lx(), MN_LX_AND_WORDS);
    while (*p && n < max) {
        size_t len = strcspn(p, ",;&");
        const char *and = NULL;
        for (const char *q = p; q < p + len && !and; q++)
            for (const char *const *a = ands; *a && !and && q[0] == ' '; a++) {
                size_t k = mn_ts_prefix(q + 1, *a, 0);
                if (k && q[1 + k] == ' ')
                    and = q, and_len = k + 2; /* " and " */
            }
        if (and)
            len = (size_t)(and - p);
        pieces[n] = mn_ts_fold(p, len);
        if (!pieces[n])
            break;
        if (*pieces[n]) {
            char *paren = strchr(pieces[n], '(');
            size_t head = paren ? (size_t)(paren - pieces[n]) : strlen(pieces[n]);
            char *name = mn_ts_fold(pieces[n], head);
            int ok = name && mn_name_like(name);
            free(name);
            if (!ok) {
                for (size_t i = 0; i <= n; i++)
                    free(pieces[i]);
                return 0;
            }
            n++;
        } else {
            free(pieces[n]);
        }
        p += len;
        p += and ? and_len : (*p != '\0');
    }
    if (*p) { /* too many names to take apart: leave the line alone */
        for (size_t i = 0; i < n; i++)
            free(pieces[i]);
        return 0;
    }
    return n;
}

static void mn_add_role(mn_annexes *ax, const char *name, const char *role, const char *label)
{
    mn_role *r = calloc(1, sizeof *r);
    if (!r)
        return;
    r->name = strdup(name);
    r->role = strdup(role);
    r->label = strdup(label);
    *ax->roles_tail = r;
    ax->roles_tail = &r->next;
    ax->n_roles++;
}

/* "Label: A, B (Chair), C".  ANY_LABEL accepts any short label (inside a
 * participants section).  Returns 1 when the line was taken. */
static int mn_people_line(mn_annexes *ax, const char *text, int any_label, xmlNodePtr *pending,
                          xmlNodePtr next)
{
    const char *colon = strchr(text, ':');
    if (!colon || colon == text)
        return 0;
    size_t klen = (size_t)(colon - text);
    char *label = mn_ts_fold(text, klen);
    const char *role = label ? mn_role_word(label, strlen(label)) : NULL;
    int group = label && (mn_in_list(label, strlen(label), MN_LX_GROUP_LABELS) ||
                          (any_label && mn_ts_word_count(label) <= 8 && mn_ts_starts_upper(label)));
    const char *value = colon + 1 + mn_ts_skip_space(colon + 1);
    int taken = 0;
    if ((role || group) && !*value && mn_is(next, "list") && group) {
        *pending = mn_group(ax, label); /* "Present:" over a list of names */
        taken = *pending != NULL;
    } else if ((role || group) && *value && !(role && ax->n_roles >= MN_MAX_ROLES)) {
        char *pieces[200];
        size_t n = mn_split_names(value, pieces, 200);
        xmlNodePtr g = n && !role ? mn_group(ax, label) : NULL;
        for (size_t i = 0; i < n; i++) {
            if (role)
                mn_add_role(ax, pieces[i], role, label);
            else if (g)
                mn_person_text(g, pieces[i]);
            free(pieces[i]);
        }
        taken = n > 0;
    }
    free(label);
    return taken;
}

/* ---- the participants section ------------------------------------------------------- */

typedef struct mn_cells {
    char *text[8];
    size_t count;  /* cells read (at most 8) */
    size_t filled; /* non-empty ones */
    int span;      /* the first cell spans two columns or more */
} mn_cells;

static void mn_cells_read(const xmlNode *row, mn_cells *c)
{
    memset(c, 0, sizeof *c);
    for (xmlNodePtr cell = mn_child(row, "cell"); cell && c->count < 8; cell = mn_next(cell, "cell")) {
        if (c->count == 0) {
            char *span = mn_attr(cell, "colspan");
            c->span = span && atoi(span) > 1;
            xmlFree(span);
        }
        c->text[c->count] = mn_ts_inline_folded(cell);
        if (c->text[c->count] && *c->text[c->count])
            c->filled++;
        c->count++;
    }
}

static void mn_cells_free(mn_cells *c)
{
    for (size_t i = 0; i < c->count; i++)
        free(c->text[i]);
}

static int mn_header_row(const mn_cells *c, int *given_first)
{
    for (size_t i = 0; i < c->count; i++)
        if (c->text[i] && *c->text[i] && !mn_in_list(c->text[i], strlen(c->text[i]), MN_LX_NAME_HEADERS))
            return 0;
    *given_first = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_GIVEN_FIRST_HEADERS); c->text[0] && *w; w++)
        *given_first |= mn_ts_prefix(c->text[0], *w, 1) != 0;
    return c->filled > 0;
}

static void mn_person_cells(xmlNodePtr group, const mn_cells *c, int given_first)
{
    const char *family = c->text[given_first ? 1 : 0], *given = c->text[given_first ? 0 : 1];
    size_t size = strlen(given) + strlen(family) + 2;
    for (size_t i = 2; i < c->count; i++)
        size += strlen(c->text[i]) + 2;
    char *buf = malloc(size);
    if (!buf)
        return;
    snprintf(buf, size, "%s%s%s", given, *given && *family ? " " : "", family);
    xmlNodePtr person = mn_add(group, "person", buf);
    if (person && *family)
        mn_set_attr(person, "family", family);
    if (person && *given)
        mn_set_attr(person, "given", given);
    buf[0] = '\0'; /* now the other cells, as the affiliation */
    for (size_t i = 2; i < c->count; i++)
        if (*c->text[i])
            snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", *buf ? ", " : "", c->text[i]);
    if (person && *buf)
        mn_set_attr(person, "affiliation", buf);
    free(buf);
}

static void mn_people_table(mn_annexes *ax, xmlNodePtr table, xmlNodePtr *group)
{
    int given_first = 0, first = 1;
    for (xmlNodePtr row = mn_child(table, "row"); row; row = mn_next(row, "row")) {
        mn_cells c;
        mn_cells_read(row, &c);
        int ok = c.count > 0;
        for (size_t i = 0; i < c.count; i++)
            ok = ok && c.text[i];
        if (ok && c.filled > 0 && !(first && mn_header_row(&c, &given_first))) {
            if (c.span || c.count == 1 || (c.filled == 1 && *c.text[0] && !*c.text[1]))
                *group = mn_group(ax, c.text[0]);
            else if (*group || (*group = mn_group(ax, NULL)))
                mn_person_cells(*group, &c, given_first);
        }
        first = 0;
        mn_cells_free(&c);
    }
}

static void mn_people_list(mn_annexes *ax, xmlNodePtr list, xmlNodePtr *group)
{
    for (xmlNodePtr it = mn_child(list, "item"); it; it = mn_next(it, "item")) {
        char *text = mn_ts_inline_folded(it);
        if (text && *text && (*group || (*group = mn_group(ax, NULL))))
            mn_person_text(*group, text);
        free(text);
        for (xmlNodePtr sub = mn_child(it, "list"); sub; sub = mn_next(sub, "list"))
            mn_people_list(ax, sub, group);
    }
}

/* A line of the participants section: "Surname<TAB>Given", a role line, a
 * "Label: names" line, a "Label:" over a list, or a name.  Returns 1 when
 * it was used. */
static int mn_people_para(mn_annexes *ax, xmlNodePtr p, xmlNodePtr *group)
{
    char *raw = mn_ts_inline_text(p);
    char *text = raw ? mn_ts_fold(raw, strlen(raw)) : NULL;
    int used = 0;
    xmlNodePtr next = mn_next(p, NULL);
    char *tab = raw ? strchr(raw + mn_ts_skip_space(raw), '\t') : NULL;
    if (!text || !*text) {
        used = text != NULL;
    } else if (tab) {
        mn_cells c = {0};
        c.text[0] = mn_ts_fold(raw, (size_t)(tab - raw));
        c.text[1] = mn_ts_fold(tab + 1, strlen(tab + 1));
        c.count = 2;
        if (c.text[0] && c.text[1]) {
            if (!*c.text[1])
                *group = mn_group(ax, c.text[0]);
            else if (*group || (*group = mn_group(ax, NULL)))
                mn_person_cells(*group, &c, 0);
            used = 1;
        }
        mn_cells_free(&c);
    } else if (mn_people_line(ax, text, 1, group, next)) {
        used = 1;
    } else if (text[strlen(text) - 1] == ':' || mn_is(next, "list") || mn_is(next, "table")) {
        text[strlen(text) - (text[strlen(text) - 1] == ':')] = '\0';
        *group = mn_group(ax, text);
        used = 1;
    } else if (mn_name_like(text) && (*group || (*group = mn_group(ax, NULL)))) {
        mn_person_text(*group, text);
        used = 1;
    }
    free(raw);
    free(text);
    return used;
}

/* Takes the participants out of section; returns 1 when all of it was used. */
static int mn_take_people(mn_annexes *ax, xmlNodePtr section)
{
    xmlNodePtr group = NULL;
    int all = 1, any = 0;
    for (xmlNodePtr c = mn_next(mn_child(section, "heading"), NULL), next; c; c = next) {
        next = mn_next(c, NULL);
        int used = 1;
        if (mn_is(c, "table"))
            mn_people_table(ax, c, &group);
        else if (mn_is(c, "list"))
            mn_people_list(ax, c, &group);
        else if (mn_is(c, "p"))
            used = mn_people_para(ax, c, &group);
        else if (mn_is(c, "section") && mn_annex_kind(c) == MN_ANNEX_NONE) {
            char *label = mn_ts_inline_folded(mn_child(c, "heading"));
            group = mn_group(ax, label);
            free(label);
            used = mn_take_people(ax, c);
        } else
            used = 0;
        if (used)
            mn_ts_drop(c);
        all = all && used;
        any = any || used;
    }
    return all && any; /* an empty section keeps its heading */
}

/* ---- the walk ------------------------------------------------------------------------- */

static void mn_walk(mn_annexes *ax, xmlNodePtr parent)
{
    xmlNodePtr pending = NULL; /* a "Present:" line's group, over the list that follows */
    for (xmlNodePtr c = mn_child(parent, NULL), next; c; c = next) {
        next = mn_next(c, NULL);
        const char *name = mn_ts_name(c);
        if (pending && name && strcmp(name, "list") == 0) {
            mn_people_list(ax, c, &pending);
            mn_ts_drop(c);
            pending = NULL;
            continue;
        }
        pending = NULL;
        if (name && strcmp(name, "section") == 0) {
            enum mn_annex_kind k = mn_annex_kind(c);
            int all = k == MN_ANNEX_PARTICIPANTS ? mn_take_people(ax, c)
                      : k == MN_ANNEX_AGENDA       ? 0 /* the agenda pass's */
                                                   : (mn_walk(ax, c), 0);
            if (all)
                mn_ts_drop(c);
        } else if (name && strcmp(name, "p") == 0) {
            char *text = mn_ts_inline_folded(c);
            if (text && mn_people_line(ax, text, 0, &pending, next))
                mn_ts_drop(c);
            free(text);
        }
    }
}

/* ---- properties and roles --------------------------------------------------------------- */

/* The label of the group made from property PROP ("participant"). */
static const char *mn_prop_label(const char *prop)
{
    size_t n;
    const mn_lx_entry *e = mn_lx_entries(mn_lx(), MN_LX_PROPERTY_GROUPS, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].means, prop) == 0)
            return e[i].w;
    return prop; /* not reached: the lexicon's loader requires every meaning */
}

static void mn_props(mn_annexes *ax, xmlNodePtr meta)
{
    xmlNodePtr participants = NULL, regrets = NULL;
    for (xmlNodePtr c = mn_child(meta, "prop"), next; c; c = next) {
        next = mn_next(c, "prop");
        char *name = mn_attr(c, "name");
        char *value = mn_text_folded(c);
        int used = 1;
        if (!name || !value || !*value)
            used = 0;
        else if ((strcmp(name, "chair") == 0 || strcmp(name, "scribe") == 0) &&
                 ax->n_roles < MN_MAX_ROLES)
            mn_add_role(ax, value, name, mn_prop_label(name));
        else if (strcmp(name, "participant") == 0 &&
                 (participants || (participants = mn_group(ax, mn_prop_label(name)))))
            mn_person_text(participants, value);
        else if (strcmp(name, "regrets") == 0 && (regrets || (regrets = mn_group(ax, mn_prop_label(name)))))
            mn_person_text(regrets, value);
        else
            used = 0;
        if (used)
            mn_ts_drop(c);
        xmlFree(name);
        free(value);
    }
}

/* A person's text as this pass wrote it: one text node, already folded. */
static const char *mn_person_name(const xmlNode *p)
{
    const xmlNode *t = p->children;
    return t && t->type == XML_TEXT_NODE && !t->next && t->content ? (const char *)t->content : "";
}

static xmlNodePtr mn_find_person(xmlNodePtr participants, const char *name)
{
    for (xmlNodePtr g = mn_child(participants, "group"); g; g = mn_next(g, "group"))
        for (xmlNodePtr p = mn_child(g, "person"); p; p = mn_next(p, "person"))
            if (strcasecmp(mn_person_name(p), name) == 0)
                return p;
    return NULL;
}

/* The group LABEL made for people named only by role lines ("Chair: X"
 * where X is listed nowhere), made on first use. */
static xmlNodePtr mn_role_group(mn_annexes *ax, const char *label)
{
    for (size_t i = 0; i < ax->n_role_groups; i++)
        if (mn_attr_is(ax->role_groups[i], "label", label))
            return ax->role_groups[i];
    xmlNodePtr g = mn_group(ax, label);
    if (g && ax->n_role_groups < MN_MAX_ROLES)
        ax->role_groups[ax->n_role_groups++] = g;
    return g;
}

/* "Chair: X" sets X's role where X is listed, else lists X under "Chair". */
static void mn_apply_roles(mn_annexes *ax)
{
    for (mn_role *r = ax->roles; r; r = r->next) {
        if (!r->name || !r->role || !r->label)
            continue;
        char *paren = strchr(r->name, '(');
        char *bare = mn_ts_fold(r->name, paren ? (size_t)(paren - r->name) : strlen(r->name));
        xmlNodePtr person = bare && ax->participants ? mn_find_person(ax->participants, bare) : NULL;
        if (person) {
            if (!xmlHasProp(person, BAD_CAST "role"))
                mn_set_attr(person, "role", r->role);
        } else {
            xmlNodePtr g = mn_role_group(ax, r->label);
            xmlNodePtr added = g ? mn_person_text(g, r->name) : NULL;
            if (added && !xmlHasProp(added, BAD_CAST "role"))
                mn_set_attr(added, "role", r->role);
        }
        free(bare);
    }
}

static void mn_free_roles(mn_annexes *ax)
{
    for (mn_role *r = ax->roles, *next; r; r = next) {
        next = r->next;
        free(r->name);
        free(r->role);
        free(r->label);
        free(r);
    }
}

int mn_pass_annexes(xmlDocPtr doc, mn_job *job)
{
    xmlNodePtr body = mn_body(doc);
    if (!body)
        return 0;
    mn_annexes ax = {.job = job, .doc = doc};
    ax.roles_tail = &ax.roles;
    mn_props(&ax, mn_meta(doc));
    mn_walk(&ax, body);
    mn_apply_roles(&ax);
    mn_free_roles(&ax);
    if (ax.participants && mn_child(ax.participants, "group"))
        xmlAddPrevSibling(body, ax.participants);
    else if (ax.participants)
        xmlFreeNode(ax.participants);
    return 0;
}
