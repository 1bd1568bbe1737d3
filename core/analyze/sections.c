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

#include "actions.h"
#include "digest.h"
#include "lexicon.h"
#include "passes.h"
#include "sections.h"
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
    int zeroed;       /* an item "0." opened inside (IETF's and OASIS's administrivia) */
} mn_open;

typedef struct mn_sections {
    xmlNodePtr body;
    mn_open stack[MN_SEC_MAX_DEPTH];
    size_t top;                     /* index of the innermost open entry */
    int kind_level[MN_LABEL_KINDS]; /* level of each label kind once seen */
    int styled;
    int numbered_doc;
    int opened;                     /* a section was opened */
    int digest_lines;               /* meetings headed by lines of their own (digest.h) */
    int h_level;                    /* the shallowest h's level */
    char **listed;                  /* a text dump's contents titles */
    size_t n_listed;
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
    char ref[MN_MINUTE_REF_N]; /* a minute reference ("23/112"), n's storage */
    size_t keep;      /* a label line's label: bytes kept as the heading, the
                       * rest of the line a paragraph under it (0: all) */
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
/* Whether the words at s are a day ("30 June 2018", "on 3 May"): a
 * participle before one dates a noun ("year ended 30 June 2018", "meeting
 * held on 3 May"), it tells no action. */
static int mn_sec_dated_after(const char *s)
{
    if (strncmp(s, "on ", 3) == 0)
        s += 3;
    return *s >= '0' && *s <= '9';
}

static int mn_sec_past_tense(const char *text)
{
    const char *const *endings = mn_lx_words(mn_lx(), MN_LX_PAST_ENDINGS);
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, " ");
        int dated = p[n] == ' ' && mn_sec_dated_after(p + n + 1);
        int word = n >= 5 && !dated && p[0] >= 'a' && p[0] <= 'z';
        for (const char *const *e = endings; *e && word; e++) {
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
    const mn_open *o = &st->stack[parent];
    int last = o->last[kind];
    /* "0. Administrivia", "0. Agenda bashing and roll": agendas that number
     * the opening formalities 0 before item 1 */
    int zero = kind == MN_LABEL_ARABIC && value == 0 && last == 0 && o->carry[kind] == 0 &&
               !o->zeroed;
    if (value != last + 1 && !(last == 0 && value == o->carry[kind] + 1) && !zero)
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

static int mn_sec_heading_words(const char *text);

/* A dotted label whose parent is not open ("16.40" in a senate's minutes,
 * numbered by year; "2.1" with no "2."): it goes beside an open section of
 * the same depth and prefix, numbered before it, or, the first of them,
 * one level below the numbered section in force.  Only a heading's words
 * follow: "16.40.1 Senate noted …" is a numbered paragraph. */
static int mn_sec_dotted_orphan(const mn_sections *st, const char *rest, mn_heading *h)
{
    const mn_label *l = &h->label;
    size_t prefix = sizeof(int) * (size_t)(l->depth - 1);
    if (l->kind != MN_LABEL_ARABIC || !mn_ts_starts_upper(rest) || !mn_sec_heading_words(rest))
        return 0;
    for (size_t i = st->top; i > 0; i--) {
        const mn_open *o = &st->stack[i];
        if (o->kind != MN_LABEL_ARABIC || o->depth != l->depth ||
            memcmp(o->path, l->value, prefix) != 0)
            continue;
        if (l->value[l->depth - 1] <= o->path[l->depth - 1])
            return 0;
        h->level = o->level;
        h->parent = mn_sec_parent_for(st, h->level);
        return 1;
    }
    if (mn_sec_numbered_top(st) != 0)
        return 0; /* "2.4" inside "1.": a skipped number, not a heading */
    h->level = st->stack[st->top].level + 1;
    h->parent = mn_sec_parent_for(st, h->level);
    return 1;
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
        return mn_sec_dotted(st, h) || mn_sec_dotted_orphan(st, rest, h);
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

/* Whether TEXT ends a sentence or a label: '.', ',', ';', ':' or '!', but
 * for the full stop of an abbreviation ("A.O.B.", "Misc."). */
static int mn_sec_closed(const char *text)
{
    size_t len = strlen(text);
    if (len == 0 || !strchr(".,;:!", text[len - 1]))
        return 0;
    if (text[len - 1] != '.')
        return 1;
    const char *word = strrchr(text, ' ');
    word = word ? word + 1 : text;
    size_t wlen = strlen(word);
    for (size_t i = 0; i + 1 < wlen; i++)
        if (!(((word[i] | 0x20) >= 'a' && (word[i] | 0x20) <= 'z') || word[i] == '.'))
            return 1; /* "UTC)." ends a sentence */
    return !(memchr(word, '.', wlen - 1) || wlen <= 5);
}

/* A short line that is no sentence and no field: what a heading's words
 * are like, whatever its typography. */
static int mn_sec_heading_words(const char *text)
{
    size_t len = strlen(text);
    return len >= 2 && len <= 100 && mn_ts_word_count(text) <= 12 && !mn_sec_closed(text) &&
           !mn_sec_has_verb(text) && !mn_sec_past_tense(text) && !mn_sec_field_line(text);
}

/* One line wholly in bold or italics ("**Matters arising**", a Word
 * paragraph typed bold), with a heading's words. */
static int mn_sec_emphasised(const xmlNode *p, const char *text)
{
    const xmlNode *only = NULL;
    for (const xmlNode *c = p->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content &&
            ((const char *)c->content)[mn_ts_skip_space((const char *)c->content)] == '\0')
            continue;
        if (only || !(mn_is(c, "strong") || mn_is(c, "em")))
            return 0;
        only = c;
    }
    return only && !mn_ts_has_descendant(p, "br") && mn_ts_starts_upper(text) &&
           mn_sec_heading_words(text);
}

/* A line in capitals ("CALL TO ORDER", "TREASURER'S REPORT (Carlos)"): three
 * letters or more, none in lower case before a parenthesis, nor after a
 * colon: "ACTION (Ana): send it" is a marker and its text, not a heading. */
static int mn_sec_capitals(const char *text)
{
    size_t letters = 0;
    for (const char *q = text; *q && *q != '('; q++) {
        if (*q >= 'a' && *q <= 'z')
            return 0;
        letters += *q >= 'A' && *q <= 'Z';
    }
    const char *colon = strchr(text, ':');
    if (colon)
        for (const char *q = colon; *q; q++)
            if (*q >= 'a' && *q <= 'z')
                return 0;
    return letters >= 3 && mn_sec_heading_words(text);
}

/* Whether block b is one short line that is no sentence ("January 20,
 * 2027", "Tuesday 8 March -- by teleconference"). */
static int mn_sec_short_line(const xmlNode *b)
{
    if (!mn_is(b, "p"))
        return 0;
    char *t = mn_ts_inline_folded(b);
    size_t len = t ? strlen(t) : 0;
    int is = t && mn_ts_word_count(t) <= 12 && !(len && strchr(".?!", t[len - 1]));
    free(t);
    return is;
}

/* Whether paragraph b starts with an attendance label ("Present:",
 * "Present in the room:", "Apologies:"). */
static int mn_sec_attendance_line(const xmlNode *b)
{
    if (!mn_is(b, "p"))
        return 0;
    char *t = mn_ts_inline_folded(b);
    int is = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_GROUP_LABELS); t && *w && !is; w++) {
        size_t k = mn_ts_prefix(t, *w, 1);
        is = k && strchr(t + k, ':') != NULL;
    }
    free(t);
    return is;
}

/* Whether the attendance block follows within a few blocks of p: what
 * stands above it is the title block ("SENATE" over "Minutes of the
 * meeting held on …" over "Present: …"). */
static int mn_sec_before_attendance(const xmlNode *p)
{
    const xmlNode *b = mn_next(p, NULL);
    for (int i = 0; b && i < 3; i++, b = mn_next(b, NULL))
        if (mn_sec_attendance_line(b))
            return 1;
    return 0;
}

/* A line set apart by its type, bold or capitals, over the text it heads:
 * it opens a section one level below the numbered section it follows (or
 * below the section in force in styled input). */
static int mn_sec_typeset(const mn_sections *st, const xmlNode *p, const char *text,
                          mn_heading *h)
{
    const xmlNode *next = mn_next(p, NULL);
    if (!next || mn_is(next, "h") || !mn_ts_is_block(next))
        return 0;
    if (!mn_sec_emphasised(p, text) && (st->styled || !mn_sec_capitals(text)))
        return 0;
    mn_label l;
    int numbered = mn_ts_label(text, &l); /* "77. APOLOGIES": an item, not the title block */
    if (!st->opened && !numbered && (mn_sec_short_line(next) || mn_sec_before_attendance(p)))
        return 0; /* the title block's lines: "MINUTES OF …" over the date */
    size_t at = st->styled ? st->top : mn_sec_numbered_top(st);
    while (st->styled && at > 0 && !st->stack[at].heading)
        at--; /* below the heading in force, beside the bold lines before it */
    h->level = st->stack[at].level + 1;
    if (st->styled && at == 0 && st->h_level > 1)
        h->level = st->h_level; /* before the first heading: at the headings' level */
    h->parent = mn_sec_parent_for(st, h->level);
    return 1;
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

/* Whether block b is a paragraph that starts as an action or decision
 * line does ("Action 1:", "→ Secretariat: …"). */
static int mn_sec_marked_line(const xmlNode *b)
{
    char *t = mn_is(b, "p") ? mn_ts_inline_folded(b) : NULL;
    mn_lead lead;
    int marked = t && mn_lead_read(t, &lead) != MN_MARK_NONE;
    free(t);
    return marked;
}

/* "Action items", "Follow-up actions", "Action summary": a line that is
 * only the title of an action register, after numbered items, over the
 * actions that close the minutes (a list, a table, or marked lines).  It sums the meeting up rather than
 * continuing the item before it, so it opens a top-level section. */
static int mn_sec_register_line(const mn_sections *st, const xmlNode *p, const char *text,
                                mn_heading *h)
{
    size_t len = strlen(text);
    if (len && text[len - 1] == ':')
        len--;
    if (!len || !st->opened || !mn_sec_numbered_top(st) || !mn_ts_starts_upper(text) ||
        !mn_lx_find(mn_lx(), MN_LX_ACTION_HEADINGS, text, len))
        return 0;
    const xmlNode *next = mn_next(p, NULL);
    if (!mn_is(next, "list") && !mn_is(next, "table") && !mn_sec_marked_line(next))
        return 0;
    h->level = st->stack[1].level ? st->stack[1].level : 1;
    h->parent = mn_sec_parent_for(st, h->level);
    return 1;
}

/* A line of plain text that is a minute reference and a heading's words
 * ("25/061  Welcome and apologies"): a top-level section. */
static int mn_sec_minute_line(const mn_sections *st, const char *text, mn_heading *h)
{
    char ref[MN_MINUTE_REF_N];
    size_t k = mn_sec_minute_ref(text, ref);
    if (!k || !mn_sec_heading_words(text + k + mn_ts_skip_space(text + k)))
        return 0;
    h->level = 1;
    h->parent = mn_sec_parent_for(st, h->level);
    return 1;
}

/* A line that repeats a title of a text dump's contents list (sections.h):
 * a top-level section. */
static int mn_sec_listed_line(const mn_sections *st, const char *text, mn_heading *h)
{
    for (size_t i = 0; i < st->n_listed; i++)
        if (strcmp(st->listed[i], text) == 0) {
            h->level = 1;
            h->parent = mn_sec_parent_for(st, h->level);
            return 1;
        }
    return 0;
}

/* "PRIMERO.- APROBACIÓN DEL ACTA DE LA SESIÓN ANTERIOR.": formal minutes in
 * Spanish (and their kin) number each item with an ordinal word and ".-",
 * its title in capitals.  The capitals are the title's mark: "PRIMERO.- Se
 * aprueba el acta…" is the resolution taken on item one, a paragraph.  A
 * trailing period does not make the title a sentence, and the mark allows
 * a title longer than a bare line in capitals may be. */
static int mn_sec_ordinal_line(const mn_sections *st, const char *text, mn_heading *h)
{
    size_t w = 0;
    while (text[w] && text[w] != '.' && text[w] != ' ' && w < 16)
        w++;
    const mn_lx_entry *e = w ? mn_lx_find(mn_lx(), MN_LX_HEADING_ORDINALS, text, w) : NULL;
    if (!e || strncmp(text + w, ".-", 2) != 0)
        return 0;
    const char *rest = text + w + 2 + mn_ts_skip_space(text + w + 2);
    size_t letters = 0, len = strlen(rest);
    for (const char *q = rest; *q; q++) {
        if (*q >= 'a' && *q <= 'z')
            return 0;
        letters += *q >= 'A' && *q <= 'Z';
    }
    if (letters < 3 || len > 150 || w >= sizeof h->ref)
        return 0;
    memcpy(h->ref, text, w); /* the number as written, as "IV" is kept */
    h->ref[w] = '\0';
    h->n = h->ref;
    h->strip = (size_t)(rest - text);
    h->level = 1;
    h->parent = mn_sec_parent_for(st, h->level);
    return 1;
}

/* Whether paragraph p of styled input opens a section: only a line set
 * apart in bold or italics does. */
static int mn_sec_styled_paragraph(const mn_sections *st, const xmlNode *p, mn_heading *h)
{
    char *text = mn_ts_inline_folded(p);
    int is = text && mn_sec_typeset(st, p, text, h);
    free(text);
    return is;
}

/* "Conclusion/Resolution", "Summary/Conclusion": a topic's own closing
 * line in transcript notes (TC39's, as plain text).  Returns 1 when TEXT
 * is one; it then opens a section inside the topic in force (h filled,
 * *opens set), or none when no topic is open: it never starts a topic. */
static int mn_sec_is_conclusion(const char *text)
{
    size_t len = text ? strlen(text) : 0;
    if (len && text[len - 1] == ':')
        len--;
    const mn_lx_entry *e = len ? mn_lx_find(mn_lx(), MN_LX_DECISION_HEADINGS, text, len) : NULL;
    return e && strcmp(e->means, "conclusion") == 0;
}

static int mn_sec_conclusion_line(const mn_sections *st, const char *text, mn_heading *h,
                                  int *opens)
{
    if (!mn_sec_is_conclusion(text) || st->top == 0)
        return 0;
    size_t at = st->top;
    char *open = mn_ts_inline_folded(mn_child(st->stack[at].sec, "heading"));
    if (mn_sec_is_conclusion(open))
        at--; /* the next conclusion of the same topic: beside it */
    free(open);
    h->level = st->stack[at].level + 1;
    h->parent = mn_sec_parent_for(st, h->level);
    *opens = 1;
    return 1;
}

static size_t mn_sec_bare_number(const char *t, char n[MN_MINUTE_REF_N], int roman_lower);

/* Whether t is a name or names alone in brackets ("(Sigrid Nyland)",
 * "(Kwame Asante, Yelena Markova)"): every word capitalised, no digits,
 * six words at most. */
static int mn_sec_bracketed_names(const char *t)
{
    size_t len = strlen(t);
    if (len < 4 || t[0] != '(' || t[len - 1] != ')' || mn_ts_word_count(t) > 6)
        return 0;
    int word_start = 1;
    for (size_t i = 1; i + 1 < len; i++) {
        unsigned char c = (unsigned char)t[i];
        if ((c >= '0' && c <= '9') || c == '(' || c == ')' || c == ':')
            return 0;
        if (word_start && c >= 'a' && c <= 'z')
            return 0;
        word_start = c == ' ';
    }
    return 1;
}

/* Whether block b is a "Presenter: …" line (a people label whose role is
 * presenter), which transcript notes set under each topic's title, or the
 * presenter's name alone in brackets, as TC39's notes write it. */
static int mn_sec_presenter_line(const xmlNode *b)
{
    char *t = mn_is(b, "p") ? mn_ts_inline_folded(b) : NULL;
    if (t && mn_sec_bracketed_names(t)) {
        free(t);
        return 1;
    }
    const char *colon = t ? strchr(t, ':') : NULL;
    const mn_lx_entry *e = NULL;
    if (colon && colon > t) {
        size_t len = (size_t)(colon - t);
        e = mn_lx_find(mn_lx(), MN_LX_PERSON_ROLES, t, len);
        if (!e && t[len - 1] == 's') /* "Presenters:" */
            e = mn_lx_find(mn_lx(), MN_LX_PERSON_ROLES, t, len - 1);
    }
    int is = e && strcmp(e->means, "presenter") == 0;
    free(t);
    return is;
}

/* Whether block b opens with a speaker's first turn as TC39's notes write
 * it: the name in full and the initials the notes go on with ("Laila
 * Haddad (LHD): Good morning"). */
static int mn_sec_first_turn(const xmlNode *b)
{
    char *t = mn_is(b, "p") ? mn_ts_inline_folded(b) : NULL;
    const char *open = t ? strstr(t, " (") : NULL;
    int is = 0;
    if (open && open - t <= 60 && mn_ts_starts_upper(t)) {
        size_t caps = strspn(open + 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        is = caps >= 2 && caps <= 4 && strncmp(open + 2 + caps, "):", 2) == 0;
        for (const char *q = t; is && q < open; q++) /* capitalised words only */
            if (*q == ' ' && !(q[1] >= 'A' && q[1] <= 'Z') && (unsigned char)q[1] < 0x80)
                is = 0;
    }
    free(t);
    return is;
}

/* A topic's title over its "Presenter:" line, or over the first turn of
 * the discussion: a top-level section (or one below the rule heading in
 * force). */
static int mn_sec_presented_title(const mn_sections *st, const xmlNode *p, const char *text,
                                  mn_heading *h)
{
    const xmlNode *next = mn_next(p, NULL);
    if (!(mn_sec_presenter_line(next) || mn_sec_first_turn(next)) ||
        !mn_sec_heading_words(text) || mn_sec_presenter_line(p))
        return 0;
    size_t k = mn_sec_bare_number(text, h->ref, 1); /* "9.iii Editor's report" */
    if (!k && !mn_ts_starts_upper(text))
        return 0;
    if (k) {
        h->n = h->ref;
        h->strip = k;
    }
    size_t at = st->top;
    while (at > 0 && !st->stack[at].heading)
        at--;
    h->level = st->stack[at].level + 1;
    h->parent = mn_sec_parent_for(st, h->level);
    return 1;
}

/* Bytes of a label in capitals that starts t and is followed by ':' and
 * text ("NEXT MEETING: Thursday, March 4"): three letters or more, five
 * words at most; 0 when t does not start so. */
static size_t mn_sec_capitals_label(const char *t)
{
    size_t i = 0, letters = 0, words = 1;
    for (; t[i] && t[i] != ':'; i++) {
        if (t[i] >= 'A' && t[i] <= 'Z')
            letters++;
        else if (t[i] == ' ')
            words++;
        else if (t[i] != '\'' && t[i] != '&' && t[i] != '-')
            return 0;
    }
    if (t[i] != ':' || t[i + 1] != ' ' || !t[i + 1 + mn_ts_skip_space(t + 1 + i)] ||
        letters < 3 || words > 5 || (i && t[i - 1] == ' '))
        return 0;
    return i;
}

/* Whether t's first word records a motion, a vote or a task ("MOTION:",
 * "SECONDED:", "CARRIED:", "ACTION:"): the line is that record's. */
static int mn_sec_record_word(const char *t)
{
    static const int lists[] = {MN_LX_MOVER_WORDS, MN_LX_SECONDER_WORDS, MN_LX_RESULT_WORDS,
                                MN_LX_ACTION_MARKERS, MN_LX_DECISION_MARKERS};
    size_t n = strcspn(t, " :");
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (mn_lx_find(mn_lx(), lists[i], t, n))
            return 1;
    return 0;
}

/* "NEXT MEETING: Thursday, March 4, 2021, 6:30 PM ET on Zoom": in minutes
 * whose sections are headed by lines in capitals, a line that opens with a
 * label in capitals and goes on after its colon is the last items' habit
 * (next meeting, adjournment): a section beside the one in force, headed
 * by the label, the rest of the line its paragraph.  Field lines
 * ("PRESENT:") and action or decision markers ("MOTION:") stay lines. */
static int mn_sec_label_line(const mn_sections *st, const xmlNode *p, const char *text,
                             mn_heading *h)
{
    if (st->top == 0 || !p->children || p->children->next || p->children->type != XML_TEXT_NODE)
        return 0;
    size_t k = mn_sec_capitals_label(text);
    if (!k || mn_sec_field_line(text) || mn_sec_marked_line(p) || mn_sec_attendance_line(p) ||
        mn_sec_record_word(text))
        return 0;
    char *open = mn_ts_inline_folded(mn_child(st->stack[st->top].sec, "heading"));
    int capitals = open && mn_sec_capitals(open);
    free(open);
    if (!capitals)
        return 0;
    h->level = st->stack[st->top].level;
    h->parent = mn_sec_parent_for(st, h->level);
    h->keep = k;
    return 1;
}

/* "Weekly sync, Monday 11 November 2024" in a digest of plain text: each
 * meeting's line heads a top-level section. */
static int mn_sec_digest_line(const mn_sections *st, const char *text, mn_heading *h)
{
    mn_ymd day;
    if (!st->digest_lines || !mn_digest_heading(text, &day))
        return 0;
    h->level = 1;
    h->parent = mn_sec_parent_for(st, h->level);
    return 1;
}

/* Whether paragraph p opens a section; fills h. */
static int mn_sec_paragraph(const mn_sections *st, const xmlNode *p, mn_heading *h)
{
    char *text = mn_ts_inline_folded(p);
    int is = 0;
    if (text && mn_sec_conclusion_line(st, text, h, &is)) {
        /* decided: a topic's conclusion, not a topic */
    } else if (text && (mn_sec_is_conclusion(text) || mn_sec_presenter_line(p))) {
        /* a conclusion before any topic, a topic's presenter: no section */
    } else if (text && mn_sec_annex(text) && strlen(text) <= 150) {
        h->level = 1, h->annex = 1, h->parent = 0;
        is = 1;
    } else if (text && !mn_sec_in_annex(st)) {
        is = mn_sec_digest_line(st, text, h) ||
             mn_sec_numbered(st, text, h) || mn_sec_ordinal_line(st, text, h) ||
             mn_sec_minute_line(st, text, h) ||
             mn_sec_listed_line(st, text, h) || mn_sec_register_line(st, p, text, h) ||
             mn_sec_presented_title(st, p, text, h) ||
             mn_sec_unnumbered(st, p, text, h) || mn_sec_typeset(st, p, text, h) ||
             mn_sec_label_line(st, p, text, h);
    }
    free(text);
    return is;
}

/* A styled heading: level from h/@level, n from h/@n or from a label that
 * starts its text (Markdown's "## 1. Updates"). */
/* A heading's own number without a closing mark, as ISO clauses and
 * meeting agendas number them ("1 Opening of the meeting", "9.iii Editor's
 * report", "10.i Parsing"): digits (three at most: "2025 Review" is a
 * year), then '.'-joined digits or lower-case roman numerals, one space,
 * and words that do not start in lower case ("3 items were left" is a
 * sentence) — but for a number with a roman part when ROMAN_LOWER, for a line known
 * to be a title (a styled heading, a topic over its presenter): "10.ii
 * queueJob for Stage 2" names an API.  Returns the label's length and puts
 * it in N, or 0. */
static size_t mn_sec_bare_number(const char *t, char n[MN_MINUTE_REF_N], int roman_lower)
{
    size_t i = strspn(t, "0123456789");
    if (i == 0 || i > 3)
        return 0;
    int roman = 0; /* "10.ii": never a version ("1.2 release notes") */
    while (t[i] == '.') {
        size_t k = strspn(t + i + 1, "0123456789");
        if (!k)
            roman = (k = strspn(t + i + 1, "ivx")) != 0;
        if (!k || k > 4)
            return 0;
        i += 1 + k;
    }
    if (t[i] != ' ' || !t[i + 1] || i >= MN_MINUTE_REF_N)
        return 0;
    if (t[i + 1] >= 'a' && t[i + 1] <= 'z' && !(roman && roman_lower))
        return 0;
    memcpy(n, t, i);
    n[i] = '\0';
    return i;
}

/* Bytes of a dash between a heading's number and its words (" - ", " – ",
 * " — " and the spaces around it), or 0. */
static size_t mn_sec_number_dash(const char *t)
{
    size_t i = strspn(t, " ");
    size_t d = t[i] == '-' ? 1 : (strncmp(t + i, "\xE2\x80\x93", 3) == 0 ||
                                  strncmp(t + i, "\xE2\x80\x94", 3) == 0) ? 3 : 0;
    if (!d || t[i + d] != ' ')
        return 0;
    return i + d + strspn(t + i + d, " ");
}

/* A heading's number after a word the lexicon names ("ARTÍCULO I.
 * Mociones", "Point 3 : Budget") or before a dash ("1 - APPROBATION DU
 * PROCÈS-VERBAL", as councils in French and Spanish number their items):
 * digits (three at most) or capital roman numerals, a '.', ':' or '.-'
 * perhaps, then words that start in upper case.  Returns the bytes to take
 * off and puts the number in N, or 0. */
static size_t mn_sec_word_number(const char *t, char n[MN_MINUTE_REF_N])
{
    size_t w = 0;
    for (const char *const *k = mn_lx_words(mn_lx(), MN_LX_HEADING_NUMBER_WORDS); *k && !w; k++)
        w = mn_ts_prefix(t, *k, 1);
    size_t i = w + strspn(t + w, " ");
    if (w && i == w)
        return 0;
    size_t k = strspn(t + i, "0123456789");
    if (!k && w)
        k = strspn(t + i, "IVXL");
    if (!k || k > 3 || k >= MN_MINUTE_REF_N)
        return 0;
    memcpy(n, t + i, k);
    n[k] = '\0';
    i += k;
    if (t[i] == '.' || t[i] == ':')
        i += 1 + (t[i] == '.' && t[i + 1] == '-');
    size_t d = mn_sec_number_dash(t + i);
    if (!w && !d)
        return 0; /* a bare "1 Opening" is mn_sec_bare_number's */
    i += d ? d : strspn(t + i, " ");
    if (t[i - 1] != ' ' || !mn_ts_starts_upper(t + i))
        return 0;
    return i;
}

/* "0.6 release planning": a dotted number that starts at 0 is a version
 * the heading is about, not the heading's number. */
static int mn_sec_version(mn_label *l)
{
    if (l->kind != MN_LABEL_ARABIC || l->depth < 2 || l->value[0] != 0)
        return 0;
    memset(l, 0, sizeof *l);
    return 1;
}

/* Gives heading HN back the version N a reader took off as its number. */
static void mn_sec_version_back(xmlNodePtr hn, const char *n)
{
    size_t len = strlen(n);
    char *text = malloc(len + 2);
    if (!text)
        return;
    memcpy(text, n, len);
    text[len] = ' ', text[len + 1] = '\0';
    xmlNodePtr t = xmlNewDocText(hn->doc, BAD_CAST text);
    free(text);
    if (t && hn->children)
        xmlAddPrevSibling(hn->children, t);
    else if (t)
        xmlAddChild(hn, t);
    xmlUnsetProp(hn, BAD_CAST "n");
}

static void mn_sec_styled(const xmlNode *hn, mn_heading *h, char **owned)
{
    char *lv = mn_attr(hn, "level"), *n = mn_attr(hn, "n");
    h->level = lv && atoi(lv) > 0 ? atoi(lv) : 1;
    char *text = mn_ts_inline_folded(hn);
    if (n && n[0] == '0' && n[1] == '.' && n[2] >= '0' && n[2] <= '9') {
        mn_sec_version_back((xmlNodePtr)hn, n); /* the reader took it for the number */
    } else if (n && *n) {
        size_t k = strlen(n);
        if (k > 1 && (n[k - 1] == '.' || n[k - 1] == ')'))
            n[k - 1] = '\0';
        h->n = *owned = strdup(n);
    } else if (text && mn_ts_label(text, &h->label) && !mn_sec_version(&h->label)) {
        h->strip = h->label.len;
        h->n = h->label.n;
    } else if (text && ((h->strip = mn_sec_word_number(text, h->ref)) != 0 ||
                        (h->strip = mn_sec_bare_number(text, h->ref, 1)) != 0)) {
        h->n = h->ref;
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

/* A heading that starts with a minute reference ("23/112 Finance") gives
 * it as the section's number and keeps the rest as its text. */
static void mn_sec_take_ref(const xmlNode *node, mn_heading *h)
{
    if (h->strip || h->n || h->annex)
        return;
    char *text = mn_ts_inline_folded(node);
    size_t k = text ? mn_sec_minute_ref(text, h->ref) : 0;
    if (!k && text)
        k = mn_sec_word_number(text, h->ref);
    if (k) {
        h->strip = k;
        h->n = h->ref;
    }
    free(text);
}

/* A label line's text after its label becomes a paragraph of section sec;
 * node (one text node, mn_sec_label_line) keeps the label. */
static void mn_sec_split_label(xmlNodePtr node, xmlNodePtr sec, size_t keep)
{
    char *t = (char *)xmlNodeGetContent(node);
    if (!t || strlen(t) <= keep)
        goto done;
    const char *rest = t + keep + 1;
    rest += mn_ts_skip_space(rest);
    xmlNodePtr p = xmlNewDocNode(node->doc, node->ns, BAD_CAST "p", NULL);
    if (!p)
        goto done; /* out of memory: the whole line stays the heading */
    p->line = node->line;
    xmlNodeAddContent(p, BAD_CAST rest);
    xmlAddChild(sec, p);
    t[keep] = '\0';
    xmlNodeSetContent(node->children, BAD_CAST t);
done:
    xmlFree(t);
}

static void mn_sec_open(mn_sections *st, xmlNodePtr node, mn_heading *h)
{
    mn_sec_take_ref(node, h);
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
    if (h->keep)
        mn_sec_split_label(node, sec, h->keep);
    mn_rename(node, "heading");
    xmlUnsetProp(node, BAD_CAST "n");
    xmlUnsetProp(node, BAD_CAST "level");
    mn_sec_unwrap(node);
    if (h->n && !h->annex)
        mn_set_attr(sec, "n", h->n);
    if (h->label.kind) {
        parent->zeroed |= h->label.kind == MN_LABEL_ARABIC && h->label.depth == 1 &&
                          h->label.value[0] == 0;
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

/* Puts node (a copy made outside the tree) and all below it in the
 * document's namespace NS: the copy declared that namespace on itself, and
 * a heading's unwrapping would free the declaration under the nodes using
 * it. */
static void mn_sec_adopt_ns(xmlNodePtr node, xmlNsPtr ns)
{
    if (node->type != XML_ELEMENT_NODE)
        return;
    if (node->ns && ns && xmlStrEqual(node->ns->href, ns->href))
        node->ns = ns;
    for (xmlNodePtr c = node->children; c; c = c->next)
        mn_sec_adopt_ns(c, ns);
    for (xmlNsPtr *d = &node->nsDef; *d;) {
        xmlNsPtr def = *d;
        if (ns && xmlStrEqual(def->href, ns->href) && xmlStrEqual(def->prefix, ns->prefix)) {
            *d = def->next;
            def->next = NULL;
            xmlFreeNs(def);
        } else {
            d = &def->next;
        }
    }
}

/* A list of one item over the text it heads ("1. **Declarations of
 * interest**" and a paragraph, as Word's numbered paragraphs give it): the
 * item, as a paragraph with its number, when that opens a section; it then
 * takes the list's place and is returned, else NULL and nothing changes. */
static xmlNodePtr mn_sec_list_heading(const mn_sections *st, xmlNodePtr list, mn_heading *h)
{
    xmlNodePtr item = mn_child(list, "item");
    if (!item || mn_next(item, NULL) || mn_is(mn_next(list, NULL), "list"))
        return NULL;
    for (xmlNodePtr c = item->children; c; c = c->next)
        if (mn_ts_is_block(c))
            return NULL;
    xmlNodePtr p = xmlNewDocNode(list->doc, list->ns, BAD_CAST "p", NULL);
    if (!p)
        return NULL;
    p->line = item->line;
    char *n = mn_attr(item, "n");
    int numbered = n && strpbrk(n, "0123456789");
    if (numbered && !st->styled) { /* the text's numbering decides */
        xmlNodePtr label = xmlNewDocText(list->doc, BAD_CAST n);
        xmlNodePtr space = xmlNewDocText(list->doc, BAD_CAST " ");
        xmlAddChild(p, label);
        xmlAddChild(p, space);
    }
    for (xmlNodePtr c = item->children; c; c = c->next) {
        xmlNodePtr copy = xmlDocCopyNode(c, list->doc, 1);
        if (copy)
            mn_sec_adopt_ns(copy, list->ns);
        xmlAddChild(p, copy);
    }
    xmlAddNextSibling(list, p);
    int opens = st->styled ? mn_sec_styled_paragraph(st, p, h) : mn_sec_paragraph(st, p, h);
    if (opens && numbered && st->styled) { /* the bold line decides; its number stays */
        size_t k = strcspn(n, ".)");
        if (k && k < sizeof h->ref) {
            memcpy(h->ref, n, k);
            h->ref[k] = '\0';
            h->n = h->ref;
        }
    }
    xmlFree(n);
    mn_ts_drop(opens ? list : p);
    return opens ? p : NULL;
}

/* The level of the shallowest h of the body. */
static int mn_sec_shallowest_h(xmlNodePtr body)
{
    int level = 0;
    for (xmlNodePtr c = mn_child(body, "h"); c; c = mn_next(c, "h")) {
        char *lv = mn_attr(c, "level");
        int l = lv && atoi(lv) > 0 ? atoi(lv) : 1;
        xmlFree(lv);
        if (!level || l < level)
            level = l;
    }
    return level;
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
    mn_sec_drop_contents(st.body);
    mn_sec_title_heading(st.body);
    st.styled = mn_sec_styled_body(st.body);
    st.numbered_doc = !st.styled && mn_sec_any_numbered(st.body);
    if (!st.styled) {
        st.n_listed = mn_sec_dump_titles(st.body, &st.listed);
        st.digest_lines = mn_digest_lines(st.body);
    } else
        st.h_level = mn_sec_shallowest_h(st.body);
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
        } else if (mn_is(c, "p")) {
            opens = st.styled ? mn_sec_styled_paragraph(&st, c, &h) : mn_sec_paragraph(&st, c, &h);
        } else if (mn_is(c, "list")) {
            xmlNodePtr p = mn_sec_list_heading(&st, c, &h);
            if ((opens = p != NULL))
                c = p, next = p->next;
        }
        if (opens) {
            mn_sec_open(&st, c, &h);
            st.opened = 1;
        } else if (st.top > 0) {
            xmlUnlinkNode(c);
            xmlAddChild(st.stack[st.top].sec, c);
        }
        free(owned);
    }
    mn_sec_free_titles(st.listed, st.n_listed);
    return 0;
}
