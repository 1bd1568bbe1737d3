/* SPDX-License-Identifier: MIT */
/* sections.c — the sections pass: nests the body into `section` elements,
 * each with its `heading` first (docs/INTERNALS.md).
 *
 * Styled input (the body has `h`): every `h` opens a section at its level;
 * `p`s are never promoted.  An `h style="rule"` (plain text set off by rule
 * lines) opens a section too but does not make the input styled.  Unstyled
 * input (plain text, unstyled DOCX):
 *   - a paragraph that starts with a number label ("1.", "2.1", "1)", "IV.",
 *     "B.") opens a section when the label continues the numbering in force
 *     (1 after nothing, 3 after 2, 2.1 inside 2, A inside I, …), which keeps
 *     numbered list lines and initials ("K. Novak …") out; the level is the
 *     label's depth ("2.1" is one below "2"), and a kind of label first seen
 *     inside a numbered section ("A." inside "I.") is one level below it;
 *   - "Annex 1: …" / "Appendix B …" opens a top-level section; inside an
 *     annex nothing else is promoted (its numbered lines are its content);
 *   - a short title-like line (capitalised, no sentence verb or lower-case
 *     past tense, no closing punctuation) followed by a list or table opens
 *     a section one level below the numbered section it follows, or at the
 *     top when there is none;
 *   - inside a section opened by an `h` (rule headings of plain text), both
 *     go one level below it, and the numbering may go on from the `h`
 *     section before ("5." in "Session 2" after "1."-"4." in "Session 1")
 *     or start again.
 * `n` keeps the number as written without one trailing '.' or ')': the line
 * "1. Updates…" gives n="1", "2.1." gives "2.1", "b)" gives "b".  Annex
 * sections keep their whole heading ("Annex 1: Meeting Agenda") and no n.
 * Content before the first section stays at the top of body. */
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "passes.h"
#include "textscan.h"
#include "xmlutil.h"

#define MN_SEC_MAX_DEPTH 32

typedef struct mn_open {
    xmlNodePtr sec;   /* NULL for the body itself */
    int level;        /* 0 for the body */
    int numbered;
    int heading;      /* opened by an h: numbered paragraphs inside go below it */
    int annex;
    enum mn_label_kind kind;
    int depth;
    int path[MN_LABEL_MAX_DEPTH];
    int last[MN_LABEL_KINDS]; /* value of the last numbered child of each kind */
    int carry[MN_LABEL_KINDS]; /* the same in the h section before it, numbering going on */
} mn_open;

typedef struct mn_sections {
    xmlNodePtr body;
    mn_open stack[MN_SEC_MAX_DEPTH];
    size_t top;                     /* index of the innermost open entry */
    int kind_level[MN_LABEL_KINDS]; /* level of each label kind once seen */
    int styled;
    int numbered_doc;
} mn_sections;

/* What opens a section. */
typedef struct mn_heading {
    int level;
    int annex;
    int heading;      /* from an h */
    mn_label label;   /* kind NONE when unnumbered */
    size_t strip;     /* bytes of label to take off the text */
    const char *n;    /* the n attribute, or NULL */
    size_t parent;    /* stack index the section goes into */
} mn_heading;

static int mn_sec_has_verb(const char *text)
{
    for (const char *const *v = mn_lx_words(mn_lx(), MN_LX_SENTENCE_VERBS); *v; v++)
        if (mn_ts_has_word(text, *v))
            return 1;
    return 0;
}

/* A lower-case word in the past tense ("thanked", "discussed": five
 * letters or more with a past ending) makes a line a sentence: titles
 * capitalise their participles or have none. */
static int mn_sec_past_tense(const char *text)
{
    const char *const *endings = mn_lx_words(mn_lx(), MN_LX_PAST_ENDINGS);
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, " ");
        for (const char *const *e = endings; *e && n >= 5 && p[0] >= 'a' && p[0] <= 'z'; e++) {
            size_t k = strlen(*e);
            if (k < n && strncmp(p + n - k, *e, k) == 0)
                return 1;
        }
        p += n + (p[n] == ' ');
    }
    return 0;
}

static int mn_sec_field_line(const char *text)
{
    const char *colon = strchr(text, ':');
    if (!colon)
        return 0;
    return mn_lx_find(mn_lx(), MN_LX_FIELD_KEYS, text, (size_t)(colon - text)) != NULL;
}

static int mn_sec_closing_punct(const char *text, const char *set)
{
    size_t len = strlen(text);
    return len == 0 || strchr(set, text[len - 1]) != NULL;
}

/* "Annex 1: Meeting Agenda", "Appendix B – Participants", "Annex". */
static int mn_sec_annex(const char *text)
{
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_ANNEX_WORDS); *w; w++) {
        size_t k = mn_ts_prefix(text, *w, 1);
        if (k && (text[k] == '\0' || text[k] == ' ' || text[k] == ':'))
            return 1;
    }
    return 0;
}

static int mn_sec_in_annex(const mn_sections *st)
{
    for (size_t i = 1; i <= st->top; i++)
        if (st->stack[i].annex)
            return 1;
    return 0;
}

/* The innermost numbered open section, or opened by an h (0, the body,
 * when none). */
static size_t mn_sec_numbered_top(const mn_sections *st)
{
    size_t i = st->top;
    while (i > 0 && !st->stack[i].numbered && !st->stack[i].heading)
        i--;
    return i;
}

/* The entry a section of LEVEL goes into. */
static size_t mn_sec_parent_for(const mn_sections *st, int level)
{
    size_t i = st->top;
    while (i > 0 && st->stack[i].level >= level)
        i--;
    return i;
}

/* Checks a single-component label of KIND and VALUE against the numbering in
 * force; fills h->level and h->parent when it continues it. */
static int mn_sec_continues(const mn_sections *st, enum mn_label_kind kind, int value,
                            mn_heading *h)
{
    int level = st->kind_level[kind];
    if (!level)
        level = st->stack[mn_sec_numbered_top(st)].level + 1;
    size_t parent = mn_sec_parent_for(st, level);
    int last = st->stack[parent].last[kind];
    if (value != last + 1 && !(last == 0 && value == st->stack[parent].carry[kind] + 1))
        return 0;
    h->level = level;
    h->parent = parent;
    h->label.kind = kind;
    h->label.value[0] = value;
    return 1;
}

/* A dotted label ("2.1") continues the numbering inside the open section
 * whose path is its prefix ("2"). */
static int mn_sec_dotted(const mn_sections *st, mn_heading *h)
{
    const mn_label *l = &h->label;
    for (size_t i = st->top; i > 0; i--) {
        const mn_open *o = &st->stack[i];
        if (o->kind != MN_LABEL_ARABIC || o->depth != l->depth - 1 ||
            memcmp(o->path, l->value, sizeof(int) * (size_t)o->depth) != 0)
            continue;
        if (l->value[l->depth - 1] != o->last[MN_LABEL_ARABIC] + 1)
            return 0;
        h->level = o->level + 1;
        h->parent = i;
        return 1;
    }
    return 0;
}

static int mn_sec_numbered(const mn_sections *st, const char *text, mn_heading *h)
{
    if (!mn_ts_label(text, &h->label))
        return 0;
    const char *rest = text + h->label.skip;
    mn_label *l = &h->label;
    if (strlen(rest) > 150 || mn_sec_closing_punct(rest, ".,;") || mn_sec_field_line(rest))
        return 0;
    if ((l->kind == MN_LABEL_UPPER || l->kind == MN_LABEL_LOWER || l->also_letter) &&
        mn_sec_has_verb(rest))
        return 0;
    h->strip = l->len;
    h->n = l->n;
    if (l->depth > 1)
        return mn_sec_dotted(st, h);
    /* "I." after "H.": a letter, not a numeral. */
    if (l->also_letter && mn_sec_continues(st, MN_LABEL_UPPER, l->n[0] - 'A' + 1, h))
        return 1;
    return mn_sec_continues(st, l->kind, l->value[0], h);
}

/* A short title-like line: "Dynamic Coalitions (DCs)". */
static int mn_sec_title_line(const xmlNode *p, const char *text)
{
    size_t len = strlen(text);
    if (len < 3 || len > 80 || mn_ts_word_count(text) > 10 || !mn_ts_starts_upper(text))
        return 0;
    if (mn_sec_closing_punct(text, ".,;:!?") || mn_sec_has_verb(text) ||
        mn_sec_past_tense(text) || mn_sec_field_line(text))
        return 0;
    if (mn_ts_has_descendant(p, "link") || strchr(text, '\t'))
        return 0;
    const xmlNode *next = mn_next(p, NULL);
    return mn_is(next, "list") || mn_is(next, "table");
}

static int mn_sec_unnumbered(const mn_sections *st, const xmlNode *p, const char *text,
                             mn_heading *h)
{
    if (!mn_sec_title_line(p, text))
        return 0;
    size_t numbered = mn_sec_numbered_top(st);
    h->level = st->stack[numbered].level + 1;
    h->parent = mn_sec_parent_for(st, h->level);
    return 1;
}

/* Whether paragraph p opens a section; fills h. */
static int mn_sec_paragraph(const mn_sections *st, const xmlNode *p, mn_heading *h)
{
    char *text = mn_ts_inline_folded(p);
    int is = 0;
    if (text && mn_sec_annex(text) && strlen(text) <= 150) {
        h->level = 1, h->annex = 1, h->parent = 0;
        is = 1;
    } else if (text && !mn_sec_in_annex(st)) {
        is = mn_sec_numbered(st, text, h) || mn_sec_unnumbered(st, p, text, h);
    }
    free(text);
    return is;
}

/* A styled heading: level from h/@level, n from h/@n or from a label that
 * starts its text (Markdown's "## 1. Updates"). */
static void mn_sec_styled(const xmlNode *hn, mn_heading *h, char **owned)
{
    char *lv = mn_attr(hn, "level"), *n = mn_attr(hn, "n");
    h->level = lv && atoi(lv) > 0 ? atoi(lv) : 1;
    char *text = mn_ts_inline_folded(hn);
    if (n && *n) {
        size_t k = strlen(n);
        if (k > 1 && (n[k - 1] == '.' || n[k - 1] == ')'))
            n[k - 1] = '\0';
        h->n = *owned = strdup(n);
    } else if (text && mn_ts_label(text, &h->label)) {
        h->strip = h->label.len;
        h->n = h->label.n;
    }
    h->annex = text && mn_sec_annex(text);
    free(text);
    xmlFree(lv);
    xmlFree(n);
}

/* A heading made only of one strong or em loses that wrapper. */
static void mn_sec_unwrap(xmlNodePtr heading)
{
    xmlNodePtr only = NULL;
    for (xmlNodePtr c = heading->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content &&
            ((const char *)c->content)[mn_ts_skip_space((const char *)c->content)] == '\0')
            continue;
        if (only || !(mn_is(c, "strong") || mn_is(c, "em")))
            return;
        only = c;
    }
    if (!only)
        return;
    while (only->children) {
        xmlNodePtr k = only->children;
        xmlUnlinkNode(k);
        xmlAddPrevSibling(only, k);
    }
    mn_ts_drop(only);
}

static void mn_sec_open(mn_sections *st, xmlNodePtr node, mn_heading *h)
{
    st->top = h->parent;
    mn_open *parent = &st->stack[st->top];
    xmlNodePtr sec = xmlNewDocNode(node->doc, node->ns, BAD_CAST "section", NULL);
    if (!sec)
        return; /* out of memory: the heading stays a paragraph */
    sec->line = node->line;
    if (parent->sec)
        xmlAddChild(parent->sec, sec);
    else
        xmlAddPrevSibling(node, sec);
    xmlUnlinkNode(node);
    xmlAddChild(sec, node);
    if (h->strip)
        mn_ts_strip_lead(node, h->strip);
    mn_rename(node, "heading");
    xmlUnsetProp(node, BAD_CAST "n");
    xmlUnsetProp(node, BAD_CAST "level");
    mn_sec_unwrap(node);
    if (h->n && !h->annex)
        mn_set_attr(sec, "n", h->n);
    if (h->label.kind) {
        parent->last[h->label.kind] = h->label.depth > 1 ? h->label.value[h->label.depth - 1]
                                                         : h->label.value[0];
        if (h->label.depth == 1 && !st->kind_level[h->label.kind])
            st->kind_level[h->label.kind] = h->level;
    }
    if (st->top + 1 >= MN_SEC_MAX_DEPTH)
        return; /* deeper nesting stays flat at the deepest level */
    mn_open *o = &st->stack[++st->top];
    int carry[MN_LABEL_KINDS] = {0};
    xmlNodePtr container = parent->sec ? parent->sec : st->body;
    if (h->heading && o->heading && o->sec && o->sec->parent == container)
        for (int k = 0; k < MN_LABEL_KINDS; k++) /* the h section before, a sibling */
            carry[k] = o->last[k] ? o->last[k] : o->carry[k];
    memset(o, 0, sizeof *o);
    memcpy(o->carry, carry, sizeof carry);
    o->heading = h->heading;
    o->sec = sec;
    o->level = h->level;
    o->annex = h->annex;
    o->numbered = h->label.kind != MN_LABEL_NONE;
    o->kind = h->label.kind;
    o->depth = h->label.depth;
    memcpy(o->path, h->label.value, sizeof o->path);
}

/* Whether the unstyled body has any line that could start a numbering. */
static int mn_sec_any_numbered(xmlNodePtr body)
{
    for (xmlNodePtr c = mn_child(body, "p"); c; c = mn_next(c, "p")) {
        char *text = mn_ts_inline_folded(c);
        mn_label l;
        int first = text && mn_ts_label(text, &l) && l.depth == 1 && l.value[0] == 1 &&
                    !mn_sec_closing_punct(text, ".,;");
        free(text);
        if (first)
            return 1;
    }
    return 0;
}

/* Whether the body has a heading a style made: not only those a plain-text
 * reader found set off by rule lines (style="rule", docs/INTERNALS.md). */
static int mn_sec_styled_body(xmlNodePtr body)
{
    for (xmlNodePtr h = mn_child(body, "h"); h; h = mn_next(h, "h"))
        if (!mn_attr_is(h, "style", "rule"))
            return 1;
    return 0;
}

int mn_pass_sections(xmlDocPtr doc, mn_job *job)
{
    (void)job;
    mn_sections st;
    memset(&st, 0, sizeof st);
    st.body = mn_body(doc);
    if (!st.body)
        return 0;
    st.styled = mn_sec_styled_body(st.body);
    st.numbered_doc = !st.styled && mn_sec_any_numbered(st.body);
    for (xmlNodePtr c = st.body->children, next; c; c = next) {
        next = c->next;
        mn_heading h;
        char *owned = NULL; /* h.n when it came from h/@n */
        memset(&h, 0, sizeof h);
        int opens = 0;
        if (mn_is(c, "h")) {
            mn_sec_styled(c, &h, &owned);
            h.heading = 1;
            h.parent = mn_sec_parent_for(&st, h.level);
            opens = 1;
        } else if (!st.styled && mn_is(c, "p")) {
            opens = mn_sec_paragraph(&st, c, &h);
        }
        if (opens) {
            mn_sec_open(&st, c, &h);
        } else if (st.top > 0) {
            xmlUnlinkNode(c);
            xmlAddChild(st.stack[st.top].sec, c);
        }
        free(owned);
    }
    return 0;
}
