/* SPDX-License-Identifier: MIT */
/* people.c — the participants under construction (people.h): labels over
 * people, groups, lists of names split at their top level, role lines kept
 * and applied at the end to the person they name. */
#include "people.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "people_name.h"
#include "textscan.h"
#include "xmlutil.h"

/* Role lines kept at most; later ones stay in the body as they are. */
#define MN_MAX_ROLES 64

typedef struct mn_role_line {
    char *text;       /* one entry of the line, as written */
    const char *role; /* the label's role */
    char *label;
    int shared;       /* one of several people the line names */
    int known_only;   /* adds no one who is not listed elsewhere */
    unsigned flags;
} mn_role_line;

struct mn_people {
    xmlDocPtr doc;
    mn_job *job;
    xmlNodePtr participants; /* unlinked until placed */
    mn_role_line roles[MN_MAX_ROLES];
    size_t n_roles;
};

mn_people *mn_people_new(xmlDocPtr doc, mn_job *job)
{
    mn_people *pp = calloc(1, sizeof *pp);
    if (pp) {
        pp->doc = doc;
        pp->job = job;
    }
    return pp;
}

void mn_people_free(mn_people *pp)
{
    if (!pp)
        return;
    for (size_t i = 0; i < pp->n_roles; i++) {
        free(pp->roles[i].text);
        free(pp->roles[i].label);
    }
    if (pp->participants)
        xmlFreeNode(pp->participants);
    free(pp);
}

/* ---- labels ----------------------------------------------------------------- */

/* Bytes of a symbol at s that decorates a label: an emoji or pictograph,
 * a variation selector, ASCII punctuation ("**", "#", "-"). */
static size_t mn_label_symbol(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80)
        return u[0] && !isalnum(u[0]) && u[0] != '(' ? 1 : 0;
    if (u[0] == 0xF0) /* U+10000 and above: emoji */
        return 4;
    if (u[0] == 0xEF && u[1] == 0xB8 && u[2] == 0x8F) /* U+FE0F */
        return 3;
    if (u[0] == 0xE2 && u[1] >= 0x80 && u[1] <= 0xBF) /* U+2000..U+2FFF */
        return 3;
    return 0;
}

/* The label without its decorations: leading symbols, a trailing ":",
 * ":-", " –", and unless KEEP_NOTES a bracketed note ("(19 members)",
 * "(s)"). */
static char *mn_label_clean(const char *s, size_t len, int keep_notes)
{
    char *f = mn_ts_fold(s, len);
    if (!f)
        return NULL;
    size_t start = 0, k, n = strlen(f);
    while ((k = mn_label_symbol(f + start)) != 0 && start + k <= n)
        start += k;
    start += mn_ts_skip_space(f + start);
    for (int changed = 1; changed && n > start;) {
        changed = 0;
        while (n > start && strchr(":*_ -", f[n - 1]))
            n--, changed = 1;
        if (n >= start + 3 && mn_ts_dash(f + n - 3) == 3) {
            n -= 3; /* a dash after the label: "Venue –" */
            changed = 1;
        } else if (!keep_notes && n > start + 1 && f[n - 1] == ')') {
            size_t o = n - 1;
            while (o > start && f[o] != '(')
                o--;
            if (f[o] == '(' && o > start)
                n = o, changed = 1;
        }
    }
    char *clean = mn_ts_fold(f + start, n > start ? n - start : 0);
    free(f);
    return clean;
}

/* Whether the label ends with a group label ("Directors Present"): its
 * last one to three words, after at most five words. */
static int mn_label_ends_group(const char *s)
{
    size_t words = mn_ts_word_count(s);
    if (words < 2 || words > 8)
        return 0;
    const char *p = s + strlen(s);
    for (size_t w = 0; w < 3 && w + 1 < words; w++) {
        while (p > s && p[-1] != ' ')
            p--;
        if (mn_lx_find(mn_lx(), MN_LX_GROUP_LABEL_TAILS, p, strlen(p)))
            return 1;
        if (p > s)
            p--;
    }
    return 0;
}

enum mn_people_label_kind mn_people_label(const char *s, size_t len, const char **role,
                                          char **clean)
{
    *role = NULL;
    if (clean)
        *clean = NULL;
    char *c = mn_label_clean(s, len, 0);
    if (!c)
        return MN_PL_NONE;
    size_t n = strlen(c);
    enum mn_people_label_kind kind = MN_PL_NONE;
    if (n && n <= 60 && (mn_lx_find(mn_lx(), MN_LX_GROUP_LABELS, c, n) || mn_label_ends_group(c))) {
        kind = MN_PL_GROUP;
        *role = mn_role_of(c, n);
    } else if (n && (*role = mn_role_of(c, n)) != NULL) {
        kind = MN_PL_ROLE;
    }
    if (kind && clean)
        *clean = mn_label_clean(s, len, 1); /* as written: "Members present (non-voting)" */
    free(c);
    return kind;
}

/* ---- groups and persons ----------------------------------------------------------- */

static xmlNodePtr mn_people_root(mn_people *pp)
{
    if (!pp->participants) {
        xmlNodePtr root = xmlDocGetRootElement(pp->doc);
        pp->participants =
            xmlNewDocNode(pp->doc, root ? root->ns : NULL, BAD_CAST "participants", NULL);
    }
    return pp->participants;
}

/* The role a group's label gives its people: the whole label's, else its
 * last word's or last two words' ("PSG Chair", "MAG Vice-Chairs"). */
static const char *mn_label_role(const char *label)
{
    /* "Past MAG Chairs", "Former chair": not this meeting's */
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_PAST_ROLE_WORDS); *w; w++)
        if (mn_ts_has_word(label, *w))
            return NULL;
    const char *role = mn_role_of(label, strlen(label));
    const char *p = label + strlen(label);
    for (int w = 0; !role && w < 2; w++) {
        while (p > label && p[-1] != ' ')
            p--;
        if (p == label)
            break;
        role = mn_role_of(p, strlen(p));
        p--;
    }
    return role;
}

xmlNodePtr mn_people_group(mn_people *pp, const char *label, const char *role)
{
    if (!role && label)
        role = mn_label_role(label);
    xmlNodePtr root = mn_people_root(pp);
    xmlNodePtr g = root ? mn_add(root, "group", NULL) : NULL;
    if (g && label && *label)
        mn_set_attr(g, "label", label);
    if (g && role && strcmp(role, "none") != 0)
        mn_set_attr(g, "role", role);
    return g;
}

size_t mn_people_taken(const mn_people *pp)
{
    size_t n = pp->n_roles;
    for (xmlNodePtr g = pp->participants ? mn_child(pp->participants, "group") : NULL; g;
         g = mn_next(g, "group"))
        for (xmlNodePtr p = mn_child(g, "person"); p; p = mn_next(p, "person"))
            n++;
    return n;
}

static xmlNodePtr mn_people_put(xmlNodePtr group, const mn_name *n)
{
    xmlNodePtr person = mn_add(group, "person", n->name);
    if (!person)
        return NULL;
    if (n->family)
        mn_set_attr(person, "family", n->family);
    if (n->given)
        mn_set_attr(person, "given", n->given);
    if (n->role)
        mn_set_attr(person, "role", n->role);
    if (n->affiliation)
        mn_set_attr(person, "affiliation", n->affiliation);
    if (n->handle)
        mn_set_attr(person, "handle", n->handle);
    if (n->note)
        mn_set_attr(person, "note", n->note);
    return person;
}

xmlNodePtr mn_people_add_name(mn_people *pp, xmlNodePtr group, const mn_name *n)
{
    (void)pp;
    return group && n->name ? mn_people_put(group, n) : NULL;
}

xmlNodePtr mn_people_add(mn_people *pp, xmlNodePtr group, const char *text, unsigned flags)
{
    (void)pp;
    mn_name n;
    xmlNodePtr person = NULL;
    if (group && mn_name_read(text, flags, &n) == 1)
        person = mn_people_put(group, &n);
    mn_name_free(&n);
    return person;
}

xmlNodePtr mn_people_add_parts(mn_people *pp, xmlNodePtr group, const char *family,
                               const char *given, const char *affiliation, const char *role)
{
    (void)pp;
    size_t size = strlen(given) + strlen(family) + 2;
    char *name = malloc(size);
    if (!name || !group) {
        free(name);
        return NULL;
    }
    snprintf(name, size, "%s%s%s", given, *given && *family ? " " : "", family);
    mn_name n = {.name = name,
                 .family = *family ? (char *)family : NULL,
                 .given = *given ? (char *)given : NULL,
                 .role = role,
                 .affiliation = affiliation && *affiliation ? (char *)affiliation : NULL};
    xmlNodePtr person = mn_people_put(group, &n);
    free(name);
    return person;
}

/* ---- lists of names ----------------------------------------------------------------- */

typedef struct mn_pieces {
    char *text[200];
    size_t n;
    int overflow;
} mn_pieces;

static void mn_pieces_free(mn_pieces *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->text[i]);
    p->n = 0;
}

static void mn_pieces_add(mn_pieces *p, const char *s, size_t len)
{
    if (p->n >= sizeof p->text / sizeof p->text[0]) {
        p->overflow = 1;
        return;
    }
    char *t = mn_ts_fold(s, len);
    if (t && *t)
        p->text[p->n++] = t;
    else
        free(t);
}

/* " and " or " & " at s (s at a space): its bytes, or 0. */
static size_t mn_and_at(const char *s)
{
    if (s[0] != ' ')
        return 0;
    if (s[1] == '&' && s[2] == ' ')
        return 3;
    for (const char *const *a = mn_lx_words(mn_lx(), MN_LX_AND_WORDS); *a; a++) {
        size_t k = mn_ts_prefix(s + 1, *a, 1);
        if (k && s[1 + k] == ' ')
            return k + 2;
    }
    return 0;
}

/* Splits s at the top level (outside brackets) at SEPS, and at " and "
 * when AND is set. */
static void mn_split_top(const char *s, const char *seps, int and, mn_pieces *out)
{
    int depth = 0;
    const char *start = s;
    for (const char *p = s; *p; p++) {
        if (*p == '(' || *p == '[')
            depth++;
        else if ((*p == ')' || *p == ']') && depth > 0)
            depth--;
        size_t k = 0;
        if (depth == 0 && strchr(seps, *p))
            k = 1;
        else if (depth == 0 && and)
            k = mn_and_at(p);
        if (k) {
            mn_pieces_add(out, start, (size_t)(p - start));
            start = p + k;
            p += k - 1;
        }
    }
    mn_pieces_add(out, start, strlen(start));
}

/* A piece that starts with "and " (an Oxford comma's last name). */
static const char *mn_after_and(const char *s)
{
    for (const char *const *a = mn_lx_words(mn_lx(), MN_LX_AND_WORDS); *a; a++) {
        size_t k = mn_ts_prefix(s, *a, 1);
        if (k && s[k] == ' ')
            return s + k + 1;
    }
    return s;
}

/* The bytes of a plural title and its space at the start of T ("Cllrs "),
 * or 0: the title of every name after it, no one's own. */
static size_t mn_plural_title(const char *t)
{
    size_t k = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_NAME_PLURAL_TITLES); *w && !k; w++)
        k = mn_ts_prefix(t, *w, 1);
    /* "members from units 104 and 302" is no title over names */
    return k && t[k] == ' ' && mn_ts_starts_upper(t + k + 1) ? k + 1 : 0;
}

/* Whether piece T is an office and no one: a person role or job words only
 * ("President", "Hon. Sec", "Chief Executive"). */
static int mn_office_piece(const char *t)
{
    if (mn_lx_find(mn_lx(), MN_LX_PERSON_ROLES, t, strlen(t)))
        return 1;
    size_t words = 0;
    for (const char *w = t; *w;) {
        size_t k = strcspn(w, " ");
        char word[32];
        if (!k || k >= sizeof word)
            return 0;
        memcpy(word, w, k);
        word[k] = '\0';
        for (char *c = word; *c; c++)
            *c = (char)tolower((unsigned char)*c);
        if (!mn_lx_has(mn_lx(), MN_LX_JOB_WORDS, word))
            return 0;
        words++;
        w += k + (w[k] == ' ');
    }
    return words > 0 && words <= 3;
}

/* "Rosa Delgado, President": an office after a name, split from it at the
 * comma, is that person's, as "(President)" would be. */
static void mn_offices_join(mn_pieces *p)
{
    size_t out = 0;
    for (size_t i = 0; i < p->n; i++) {
        char *joined = NULL;
        size_t len = out > 0 ? strlen(p->text[out - 1]) + strlen(p->text[i]) + 4 : 0;
        if (out > 0 && mn_office_piece(p->text[i]) && !mn_office_piece(p->text[out - 1]) &&
            !strchr(p->text[out - 1], '('))
            joined = malloc(len);
        if (joined) {
            snprintf(joined, len, "%s (%s)", p->text[out - 1], p->text[i]);
            free(p->text[out - 1]);
            free(p->text[i]);
            p->text[out - 1] = joined;
        } else {
            p->text[out++] = p->text[i];
        }
    }
    p->n = out;
}

/* "Steph Morton (SM), Harrowgate – Health & Safety Advisor": one person
 * with the organisation and office after a comma, the two set apart by a
 * spaced dash; its "&" joins no names.  Whether value reads so: one comma
 * at the top level, a spaced dash after it and none before. */
static int mn_one_with_office(const char *value)
{
    int depth = 0, commas = 0, dash_before = 0, dash_after = 0;
    for (const char *p = value; *p; p++) {
        depth += (*p == '(') - (*p == ')' && depth > 0);
        if (depth)
            continue;
        commas += *p == ',';
        size_t d = *p == ' ' ? mn_ts_dash(p + 1) : 0;
        if (d && p[1 + d] == ' ')
            *(commas ? &dash_after : &dash_before) = 1;
    }
    return commas == 1 && dash_after && !dash_before;
}

/* The entries of a list of people: at semicolons when it has them (each
 * then one person, or a plural title over several: "Cllrs A and B"), else
 * at commas and "and". */
static void mn_entries(const char *value, mn_pieces *out, unsigned *flags)
{
    int depth = 0, semi = 0;
    for (const char *p = value; *p; p++) {
        depth += (*p == '(') - (*p == ')' && depth > 0);
        semi |= depth == 0 && *p == ';';
    }
    if (!semi && mn_one_with_office(value)) {
        *flags |= MN_NAME_ONE_PER_LINE;
        mn_pieces_add(out, value, strlen(value));
        return;
    }
    if (!semi) {
        /* "Cllrs P. Ash and A. Sen" */
        mn_split_top(value + mn_plural_title(value), ",", 1, out);
        mn_offices_join(out);
        return;
    }
    mn_pieces top = {0};
    mn_split_top(value, ";", 0, &top);
    *flags |= MN_NAME_ONE_PER_LINE;
    for (size_t i = 0; i < top.n; i++) {
        const char *t = top.text[i];
        size_t k = mn_plural_title(t);
        if (k)
            mn_split_top(t + k, ",", 1, out); /* "Cllrs B. Ashworth, R. Dhillon and W. Youngman" */
        else
            mn_pieces_add(out, t, strlen(t));
    }
    out->overflow |= top.overflow;
    mn_pieces_free(&top);
}

size_t mn_people_list(mn_people *pp, xmlNodePtr group, const char *value, unsigned flags, int all,
                      int *complete)
{
    mn_pieces e = {0};
    mn_entries(value, &e, &flags);
    mn_name *names = e.n && !e.overflow ? calloc(e.n, sizeof *names) : NULL;
    size_t ok = 0;
    for (size_t i = 0; names && i < e.n; i++)
        ok += mn_name_read(mn_after_and(e.text[i]), flags, &names[i]) == 1;
    /* a list of people: all of it when ALL, else at least half (the rest
     * "7 members of the public", "and 18 others") */
    int take = names && ok > 0 && (all ? ok == e.n : 2 * ok >= e.n);
    size_t added = 0;
    for (size_t i = 0; names && i < e.n; i++) {
        if (take && names[i].name && (group || (group = mn_people_group(pp, NULL, NULL))))
            added += mn_people_put(group, &names[i]) != NULL;
        mn_name_free(&names[i]);
    }
    free(names);
    if (complete)
        *complete = take && ok == e.n;
    mn_pieces_free(&e);
    return added;
}

int mn_people_role_line(mn_people *pp, const char *label, const char *role, const char *value,
                        unsigned flags, int known_only)
{
    mn_pieces e = {0};
    mn_entries(value, &e, &flags);
    int ok = e.n > 0 && !e.overflow && pp->n_roles + e.n <= MN_MAX_ROLES;
    for (size_t i = 0; ok && i < e.n; i++) {
        mn_name n;
        ok = mn_name_read(mn_after_and(e.text[i]), flags, &n) == 1;
        mn_name_free(&n);
    }
    for (size_t i = 0; ok && i < e.n; i++) {
        mn_role_line *r = &pp->roles[pp->n_roles++];
        r->text = strdup(mn_after_and(e.text[i]));
        r->label = strdup(label);
        r->role = role;
        r->shared = e.n > 1;
        r->known_only = known_only;
        r->flags = flags;
    }
    mn_pieces_free(&e);
    return ok;
}

/* ---- applying the roles ------------------------------------------------------------------- */

/* A name folded for comparison: ASCII lower case, no full stops, one
 * space between words. */
static void mn_key(const char *s, char *out, size_t size)
{
    size_t n = 0;
    for (; *s && n + 1 < size; s++) {
        if (*s == '.' || (*s == ' ' && (n == 0 || out[n - 1] == ' ')))
            continue;
        out[n++] = (char)tolower((unsigned char)*s);
    }
    while (n && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
}

static const char *mn_person_text(const xmlNode *p)
{
    const xmlNode *t = p->children;
    return t && t->type == XML_TEXT_NODE && t->content ? (const char *)t->content : "";
}

/* Whether attribute NAME of person p folds to the same key as VALUE. */
static int mn_part_is(const xmlNode *p, const char *name, const char *value)
{
    char *have = value ? mn_attr(p, name) : NULL;
    char a[128], b[128];
    int same = 0;
    if (have) {
        mn_key(have, a, sizeof a);
        mn_key(value, b, sizeof b);
        same = *a && strcmp(a, b) == 0;
    }
    xmlFree(have);
    return same;
}

/* The person N names: the same name, the same handle, the same given and
 * family names ("Chair: Mrs Gillian Hart" is the "Gillian Hart" of the
 * attendees: a title is no part of them), or (a single word) the one person
 * whose given name it is. */
static xmlNodePtr mn_find(xmlNodePtr root, const mn_name *n)
{
    char want[256], have[256];
    mn_key(n->name, want, sizeof want);
    xmlNodePtr by_first = NULL, by_parts = NULL;
    int firsts = 0, parts = 0;
    for (xmlNodePtr g = mn_child(root, "group"); g; g = mn_next(g, "group"))
        for (xmlNodePtr p = mn_child(g, "person"); p; p = mn_next(p, "person")) {
            mn_key(mn_person_text(p), have, sizeof have);
            if (strcmp(want, have) == 0 || (n->handle && mn_attr_is(p, "handle", n->handle)))
                return p;
            if (n->given && n->family && mn_part_is(p, "given", n->given) &&
                mn_part_is(p, "family", n->family)) {
                by_parts = p;
                parts++;
            }
            size_t w = strcspn(have, " ");
            if (!strchr(want, ' ') && have[w] == ' ' && strlen(want) == w &&
                strncmp(want, have, w) == 0) {
                by_first = p;
                firsts++;
            }
        }
    if (parts == 1)
        return by_parts;
    return firsts == 1 ? by_first : NULL;
}

/* Person p as the role line wrote it when that says more: "Mrs Gillian
 * Hart" for the "Gillian Hart" of a list (the title is the author's). */
static void mn_fuller_name(xmlNodePtr p, const char *name)
{
    const char *had = mn_person_text(p);
    size_t h = strlen(had), n = strlen(name);
    if (h && n > h + 1 && strcmp(name + n - h, had) == 0 && name[n - h - 1] == ' ')
        xmlNodeSetContent(p->children, BAD_CAST name); /* the text node: taken as is */
}

static xmlNodePtr mn_role_group(mn_people *pp, const char *label)
{
    for (xmlNodePtr g = mn_child(mn_people_root(pp), "group"); g; g = mn_next(g, "group"))
        if (mn_attr_is(g, "label", label) && mn_attr_is(g, "kind", "role"))
            return g;
    xmlNodePtr g = mn_people_group(pp, label, NULL);
    if (g)
        mn_set_attr(g, "kind", "role"); /* a mark of this file's, taken off at the end */
    return g;
}

/* Whether a role line's label is the role's own word ("Chair", "Chairs",
 * "Scribe(s)" for chair and scribe). */
static int mn_label_says(const char *label, const char *role)
{
    size_t k = role ? mn_ts_prefix(label, role, 0) : 0;
    if (!k)
        return 0;
    return !label[k] || strcmp(label + k, "s") == 0 || strcmp(label + k, "(s)") == 0;
}

/* Adds LABEL (a role line's label, or what it wrote beside the name) to
 * person p's note, unless it is there. */
static void mn_note_label(xmlNodePtr p, const char *label)
{
    char *had = mn_attr(p, "note");
    if (!had || !mn_ts_has_word(had, label)) {
        size_t size = strlen(label) + (had ? strlen(had) + 2 : 0) + 1;
        char *note = malloc(size);
        if (note) {
            snprintf(note, size, "%s%s%s", label, had ? ", " : "", had ? had : "");
            mn_set_attr(p, "note", note);
            free(note);
        }
    }
    xmlFree(had);
}

/* Sets ROLE on person p unless it has a weightier one; a chair named with
 * others as chairs is a co-chair. */
static void mn_give_role(xmlNodePtr p, const char *role)
{
    char *had = mn_attr(p, "role");
    const char *best = mn_role_better(had, role);
    if (had && strcmp(had, "chair") == 0 && strcmp(role, "co-chair") == 0)
        best = role;
    if (best && best != had && strcmp(best, "none") != 0)
        mn_set_attr(p, "role", best);
    xmlFree(had);
}

/* The absent label ("Absent") when NOTE says the person sent regrets
 * ("regrets", "apologies", "absent"), else NULL: "Responsible AD: V.
 * Almeida (regrets)" names someone who was not there. */
static const char *mn_absence_note(const char *note)
{
    size_t w = 0;
    while (note && note[w] && note[w] != ' ' && note[w] != ',')
        w++;
    const mn_lx_entry *e = w ? mn_lx_find(mn_lx(), MN_LX_ATTENDANCE_VALUES, note, w) : NULL;
    if (!e || strcmp(e->means, "absent") != 0)
        return NULL;
    size_t n;
    const mn_lx_entry *labels = mn_lx_entries(mn_lx(), MN_LX_ATTENDANCE_LABELS, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(labels[i].means, "absent") == 0)
            return labels[i].w;
    return NULL;
}

static void mn_apply_role(mn_people *pp, const mn_role_line *r)
{
    mn_name n;
    if (!r->text || !r->label || mn_name_read(r->text, r->flags, &n) != 1) {
        mn_name_free(&n);
        return;
    }
    const char *role = r->role;
    if (role && strcmp(role, "chair") == 0 && r->shared)
        role = "co-chair";
    role = mn_role_better(role, n.role);
    xmlNodePtr p = mn_find(mn_people_root(pp), &n);
    const char *absent = p ? NULL : mn_absence_note(n.note);
    if (!p && !r->known_only && absent) {
        /* not there: among the absent, the line's label kept as a note */
        xmlNodePtr g = mn_role_group(pp, absent);
        n.role = NULL;
        p = g ? mn_people_put(g, &n) : NULL;
        if (p)
            mn_note_label(p, r->label);
        role = NULL;
    } else if (!p && !r->known_only) {
        xmlNodePtr g = mn_role_group(pp, r->label);
        n.role = NULL;
        p = g ? mn_people_put(g, &n) : NULL;
    } else if (p) {
        if (!mn_label_says(r->label, role))
            mn_note_label(p, r->label); /* "Recorder:" read as note taker: the word stays */
        if (n.note)
            mn_note_label(p, n.note); /* "Chair: Gillian Hart (Headteacher)" */
        if (n.affiliation && !xmlHasProp(p, BAD_CAST "affiliation"))
            mn_set_attr(p, "affiliation", n.affiliation);
        mn_fuller_name(p, n.name);
    }
    if (p && role)
        mn_give_role(p, role);
    mn_name_free(&n);
}

/* Gives a group's role (Guests: guest) to its people without one, and
 * takes off the marks this file used. */
static void mn_settle_groups(xmlNodePtr root)
{
    for (xmlNodePtr g = mn_child(root, "group"), next; g; g = next) {
        next = mn_next(g, "group");
        xmlUnsetProp(g, BAD_CAST "kind");
        char *role = mn_attr(g, "role");
        /* two people or more under "Chairs" are co-chairs */
        xmlNodePtr first = mn_child(g, "person");
        if (role && strcmp(role, "chair") == 0 && first && mn_next(first, "person"))
            mn_set_attr(g, "role", "co-chair"), xmlFree(role), role = mn_attr(g, "role");
        for (xmlNodePtr p = mn_child(g, "person"); p && role; p = mn_next(p, "person"))
            if (!xmlHasProp(p, BAD_CAST "role"))
                mn_set_attr(p, "role", role);
        xmlFree(role);
        xmlUnsetProp(g, BAD_CAST "role");
        if (!mn_child(g, "person"))
            mn_ts_drop(g); /* "Regrets: none" is no group */
    }
}

void mn_people_finish(mn_people *pp, xmlNodePtr body)
{
    for (size_t i = 0; i < pp->n_roles; i++)
        mn_apply_role(pp, &pp->roles[i]);
    if (!pp->participants)
        return;
    mn_settle_groups(pp->participants);
    if (mn_child(pp->participants, "group")) {
        xmlAddPrevSibling(body, pp->participants);
        pp->participants = NULL;
    }
}
