/* SPDX-License-Identifier: MIT */
/* actions.c — the actions pass: who must do what, and what was decided
 * (docs/INTERNALS.md §2; ../shared/CONVENTIONS.md, "Actions" and
 * "Decisions").  Paragraphs, list items and table cells become `action`
 * (owner, status, ref) and `decision` (kind, vote, result, mover,
 * seconder):
 *
 *   1. registers: tables whose header row names their columns (registers.c);
 *   2. marked lines: arrows, task boxes, action and decision keys, a trailing
 *      "Action: Name" (marks.c);
 *   3. lines under a heading or a label that says what they are: "Action
 *      items", "Next steps", "Review of outstanding action items" (carried
 *      over unless done), "Decisions", "Resolutions", a transcript's
 *      "Conclusion", a Word template's "Conclusions:" field;
 *   4. "Ana to send …" where Ana is a participant, a role or initials;
 *   5. decisions in prose and motions (decisions.c), a motion's result in
 *      the next paragraph going to the motion.
 *
 * A paragraph is renamed; a list item or a cell keeps its place and its
 * content moves into the action or decision (the schema lets items and
 * cells hold them), so lists and tables are not torn apart.  A summary that
 * repeats the actions or resolutions recorded in the text ("Summary of
 * action items") repeats them: the copy stays a plain item. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "lexicon.h"
#include "passes.h"
#include "textscan.h"
#include "xmlutil.h"

/* A block longer than this is no line of minutes: prose past it (a
 * transcript pasted without line breaks) is read for markers only. */
enum { MN_PROSE_MAX = 4096 };

/* What the heading or label above a block says its lines are. */
enum mn_role { MN_ROLE_NONE, MN_ROLE_ACTIONS, MN_ROLE_CARRIED, MN_ROLE_DECISIONS, MN_ROLE_CONCLUSION,
               MN_ROLE_PEOPLE /* under "Present:", "Apologies:": people, never tasks */ };

typedef struct mn_walk {
    enum mn_role role;
    const char *speakers; /* a transcript's speaker labels, or NULL */
    char **names; /* participants' names and parts of names, lower case */
    size_t nnames;
} mn_walk;

/* ---- the tree ---------------------------------------------------------------- */

/* Moves el's inline content into a new element NAME as its first child. */
static xmlNodePtr mn_wrap_inline(xmlNodePtr el, const char *name)
{
    xmlNodePtr w = xmlNewDocNode(el->doc, el->ns, BAD_CAST name, NULL);
    if (!w)
        return NULL;
    w->line = el->line;
    for (xmlNodePtr c = el->children, next; c; c = next) {
        next = c->next;
        if (mn_ts_is_block(c))
            continue;
        xmlUnlinkNode(c);
        xmlAddChild(w, c);
    }
    if (el->children)
        xmlAddPrevSibling(el->children, w);
    else
        xmlAddChild(el, w);
    return w;
}

xmlNodePtr mn_act_make(xmlNodePtr el, const char *name)
{
    if (mn_is(el, "item") || mn_is(el, "cell") || mn_is(el, "note"))
        return mn_wrap_inline(el, name);
    mn_rename(el, name);
    return el;
}

void mn_act_set(xmlNodePtr action, const char *owner, enum mn_astatus status, const char *ref)
{
    if (owner && *owner) {
        mn_set_attr(action, "owner", owner);
    } else if (mn_is(action, "action")) {
        /* no subject before an owner verb: a role before any verb
         * ("Le Secrétariat établira …"), or who the meeting asks */
        /* who is asked first: "The committee asked Ravi to …" is Ravi's */
        char *t = mn_ts_inline_folded(action), *role = t ? mn_lead_owner(t) : NULL;
        if (!role && t)
            role = mn_role_subject(t);
        if (role)
            mn_set_attr(action, "owner", role);
        free(role);
        free(t);
    }
    if (status != MN_AST_NONE)
        mn_set_attr(action, "status", mn_status_name(status));
    if (ref && *ref)
        mn_set_attr(action, "ref", ref[0] == '#' ? ref + 1 : ref);
}

/* Undoes mn_act_make: the action or decision's content goes back to its
 * item or cell, or it is a paragraph again. */
/* The pass's own mark on an action or decision listed under a summary
 * heading; no canonical attribute, so it never outlives the pass. */
#define MN_LISTED_ATTR "mn-listed"
/* Likewise on an action read from prose without a marker: "1" for "Ana to
 * send …", "split" for "…; Ana to send …" split off a decision. */
#define MN_PROSE_ATTR "mn-prose"
/* Prose actions looked at, at most (a bound on the pass's work: each is
 * compared with its section's actions). */
#define MN_PROSE_ACTIONS_MAX 4096

static void mn_act_unmake(xmlNodePtr a)
{
    xmlNodePtr parent = a->parent;
    if (mn_is(parent, "item") || mn_is(parent, "cell") || mn_is(parent, "note")) {
        for (xmlNodePtr c = a->children, next; c; c = next) {
            next = c->next;
            xmlUnlinkNode(c);
            xmlAddPrevSibling(a, c);
        }
        mn_ts_drop(a);
        return;
    }
    for (const char *const *at = (const char *const[]){"owner", "status", "ref", "due", "kind", "vote",
                                                        "mover", "seconder", "result", MN_LISTED_ATTR,
                                                        MN_PROSE_ATTR, NULL};
         *at; at++)
        xmlUnsetProp(a, BAD_CAST *at);
    mn_rename(a, "p");
}

/* ---- headings and labels ------------------------------------------------------- */

/* Copies the words of a heading into OUT: its emphasis, pictographs, number
 * label and trailing colon gone, white space folded. */
static int mn_heading_words(const char *text, char *out, size_t size)
{
    const char *s = text;
    while (*s && !isalnum((unsigned char)*s))
        s += mn_ts_char_len(s);
    mn_label l;
    if (mn_ts_label(s, &l))
        s += l.skip;
    size_t n = strlen(s);
    while (n > 0 && strchr(":*_ .", s[n - 1]))
        n--;
    if (!n || n >= size)
        return 0;
    memcpy(out, s, n);
    out[n] = '\0';
    return 1;
}

/* The role of an action heading: its words, once those of
 * action-heading-words are set aside, must be one action-headings phrase;
 * or two words or more that all say "carried" ("Matters arising", "Carried
 * forward"): a review of earlier actions. */
static enum mn_role mn_action_heading(const char *h)
{
    char rest[160] = "";
    int carried = 0;
    for (const char *p = h; *p;) {
        p += mn_ts_skip_space(p);
        size_t n = strcspn(p, " ");
        if (!n)
            break;
        const mn_lx_entry *e = mn_lx_find(mn_lx(), MN_LX_ACTION_HEADING_WORDS, p, n);
        if (isdigit((unsigned char)*p)) {
            /* the meeting's date: "Open APs from 08.11.", "Actions of 12/3" */
        } else if (e) {
            carried += strcmp(e->means, "carried") == 0;
        } else if (strlen(rest) + n + 2 < sizeof rest) {
            if (*rest)
                strcat(rest, " ");
            strncat(rest, p, n);
        }
        p += n;
    }
    if (!*rest && carried >= 2)
        return MN_ROLE_CARRIED;
    if (!*rest || !mn_lx_find(mn_lx(), MN_LX_ACTION_HEADINGS, rest, strlen(rest)))
        return MN_ROLE_NONE;
    return carried ? MN_ROLE_CARRIED : MN_ROLE_ACTIONS;
}

static enum mn_role mn_role_of(const char *text)
{
    char h[160];
    if (!text || !mn_heading_words(text, h, sizeof h))
        return MN_ROLE_NONE;
    const mn_lx_entry *e = mn_lx_find(mn_lx(), MN_LX_DECISION_HEADINGS, h, strlen(h));
    if (e)
        return strcmp(e->means, "conclusion") == 0 ? MN_ROLE_CONCLUSION : MN_ROLE_DECISIONS;
    if (mn_lx_find(mn_lx(), MN_LX_GROUP_LABELS, h, strlen(h)))
        return MN_ROLE_PEOPLE;
    return mn_action_heading(h);
}

/* A section heading that ran on from a minute's text and ends in a label
 * ("Minutes of 08.11.2013 Approved without comments. Open APs from
 * 08.11.:"): the role of its last sentence, the label, which holds for the
 * list right after the heading only.  NONE when the heading is a heading. */
static enum mn_role mn_run_on_text(xmlNodePtr block);

static enum mn_role mn_run_on_label(xmlNodePtr section)
{
    xmlNodePtr h = mn_child(section, "heading");
    return h ? mn_run_on_text(h) : MN_ROLE_NONE;
}

/* The same label ending a block of text right before a list: a minute's
 * paragraph ("Approved without comments. Open APs from 08.11.:") over the
 * list it announces, when the heading above stands apart. */
static enum mn_role mn_run_on_text(xmlNodePtr block)
{
    char *t = mn_ts_inline_folded(block);
    size_t n = t ? strlen(t) : 0;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    const char *last = NULL;
    for (const char *p = t; n >= 2 && t[n - 1] == ':' && (p = strstr(p, ". ")) != NULL; p += 2)
        last = p + 2;
    enum mn_role r = last && mn_ts_word_count(last) <= 6 && mn_role_of(t) == MN_ROLE_NONE
                         ? mn_role_of(last)
                         : MN_ROLE_NONE;
    free(t);
    return r == MN_ROLE_ACTIONS || r == MN_ROLE_CARRIED ? r : MN_ROLE_NONE;
}

int mn_in_action_section(const xmlNode *el)
{
    for (const xmlNode *p = el->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (!mn_is(p, "section"))
            continue;
        xmlNodePtr h = mn_child((xmlNodePtr)p, "heading");
        char *t = h ? mn_ts_inline_folded(h) : NULL;
        enum mn_role r = mn_role_of(t);
        free(t);
        return r == MN_ROLE_ACTIONS || r == MN_ROLE_CARRIED;
    }
    return 0;
}

/* A paragraph that is only a label ("Conclusions:", "Discussion:", "Next
 * steps:"): 1 and its role, or 0 when it is a line of text. */
static int mn_label_para(xmlNodePtr p, enum mn_role *role)
{
    char *t = mn_ts_inline_folded(p);
    size_t n = t ? strlen(t) : 0;
    int label = n > 1 && n < 60 && t[n - 1] == ':' && mn_ts_word_count(t) <= 5;
    if (label)
        *role = mn_role_of(t);
    if (label && *role == MN_ROLE_CONCLUSION)
        *role = MN_ROLE_DECISIONS; /* a template's "Conclusions:" field holds what was decided */
    free(t);
    return label;
}

/* ---- who may own an unmarked "X to …" line ---------------------------------------- */

static int mn_known_name(const mn_walk *w, const char *word, size_t len)
{
    for (size_t i = 0; i < w->nnames; i++)
        if (strlen(w->names[i]) == len && strncasecmp(w->names[i], word, len) == 0)
            return 1;
    return 0;
}

/* Whether OWNER (an "X to …" subject) names someone the minutes know: a
 * participant, a role, an owner noun, or initials ("TM", "DH"). */
static int mn_known_owner(const mn_walk *w, const char *owner)
{
    const mn_lexicon *lx = mn_lx();
    for (const char *p = owner; *p;) {
        p += strspn(p, " ,;&+/.");
        size_t n = strcspn(p, " ,;&+/.");
        if (!n)
            break;
        int initials = n >= 2 && n <= 4;
        for (size_t i = 0; i < n && initials; i++)
            initials = isupper((unsigned char)p[i]) != 0;
        if (initials || mn_known_name(w, p, n) || mn_lx_find(lx, MN_LX_OWNER_ROLES, p, n) ||
            mn_lx_find(lx, MN_LX_OWNER_NOUNS, p, n))
            return 1;
        p += n;
    }
    return 0;
}

/* "Sofia demande un second devis …", "Maëlle et Yann préparent …",
 * "Tomás publicará …": participants' names that open the text, joined by
 * glue ("et", "y", "and") or commas, then a verb (a lower-case word of
 * three letters or more that is no glue or article).  The names as written
 * (malloc'd), or NULL. */
static char *mn_name_subject(const mn_walk *w, const char *text)
{
    const mn_lexicon *lx = mn_lx();
    const char *p = text, *end = NULL;
    for (;;) {
        p += strspn(p, " ");
        size_t n = strcspn(p, " ,;:.");
        if (!n || !mn_ts_starts_upper(p) || !mn_known_name(w, p, n))
            break;
        end = p + n;
        p = end;
        while (*p == ' ' && mn_known_name(w, p + 1, strcspn(p + 1, " ,;:.")) && mn_ts_starts_upper(p + 1))
            p = end = p + 1 + strcspn(p + 1, " ,;:."); /* a family name after a given one */
        const char *q = p + strspn(p, " ");
        size_t g = strcspn(q, " ");
        if (*p == ',')
            p++;
        else if (g && mn_lx_find(lx, MN_LX_NAME_GLUE, q, g) && !mn_lx_find(lx, MN_LX_ARTICLES, q, g))
            p = q + g;
        else
            break;
    }
    if (!end)
        return NULL;
    const char *v = end + strspn(end, " ");
    size_t vn = strcspn(v, " ,;:.");
    int letter = isalpha((unsigned char)v[0]) || (unsigned char)v[0] >= 0xC3;
    if (v == end || vn < 3 || !letter || mn_ts_starts_upper(v) || mn_lx_find(lx, MN_LX_NAME_GLUE, v, vn) ||
        mn_lx_find(lx, MN_LX_ARTICLES, v, vn))
        return NULL;
    return mn_ts_fold(text, (size_t)(end - text));
}

static void mn_collect_names(mn_walk *w, xmlDocPtr doc)
{
    xmlNodePtr parts = mn_child(xmlDocGetRootElement(doc), "participants");
    for (xmlNodePtr g = parts ? mn_child(parts, "group") : NULL; g; g = mn_next(g, "group"))
        for (xmlNodePtr p = mn_child(g, "person"); p; p = mn_next(p, "person"))
            for (const char *const *a = (const char *const[]){"given", "family", NULL}; *a; a++) {
                char *v = mn_attr(p, *a);
                char **grown = v ? realloc(w->names, (w->nnames + 1) * sizeof *grown) : NULL;
                if (grown) {
                    w->names = grown;
                    w->names[w->nnames++] = strdup(v);
                    if (!w->names[w->nnames - 1])
                        w->nnames--;
                }
                xmlFree(v);
            }
}

/* ---- one block --------------------------------------------------------------------- */

/* Whether TEXT is a passive task: its subject, then "to be" and a
 * participle ("Test262 PR #3592 to be merged", "Posters to be printed and
 * given out …"), with no clause before it. */
static int mn_passive_task(const char *text)
{
    const char *to = strstr(text, " to be ");
    if (!to || to == text || strcspn(text, ":;,") < (size_t)(to - text) ||
        mn_ts_word_count(text) < 4)
        return 0;
    size_t words = 1;
    for (const char *p = text; p < to; p++)
        words += *p == ' ';
    const char *w = to + 7;
    size_t n = strcspn(w, " ,.;");
    if (mn_lx_find(mn_lx(), MN_LX_PENDING_PARTICIPLES, w, n))
        return 0; /* "the date is still to be confirmed": pending, no task */
    return words <= 8 && n > 3 && (strncmp(w + n - 2, "ed", 2) == 0 || strncmp(w + n - 2, "en", 2) == 0);
}

/* Whether TEXT leaves its point pending anywhere: "to be" and a
 * pending-participles word ("… To be confirmed on the list."). */
static int mn_pending(const char *text)
{
    for (const char *p = text; (p = strcasestr(p, "to be ")) != NULL; p += 6) {
        const char *w = p + 6;
        if ((p == text || !mn_ts_word_at(p - 1)) &&
            mn_lx_find(mn_lx(), MN_LX_PENDING_PARTICIPLES, w, strcspn(w, " ,.;")))
            return 1;
    }
    return 0;
}

/* Whether a turn in an action review names the action it asks about, with
 * its words: "RO: action-43, Paolo's survey of player settings?" (not a bare
 * "RO: action-41?", which the tracker's line after it describes). */
static int mn_turn_names_action(const char *text)
{
    char name[64]; /* turns.c reads labels of at most 48 bytes */
    size_t at = mn_turn_label(text, name, sizeof name);
    const char *s = text + at;
    s += strspn(s, " ");
    if (!at || strncasecmp(s, "action", 6) != 0 || (s[6] != '-' && s[6] != ' ' && s[6] != '#'))
        return 0;
    s += 7;
    s += strspn(s, " #");
    size_t digits = strspn(s, "0123456789");
    if (!digits)
        return 0;
    return mn_ts_word_count(s + digits) >= 3;
}

/* Whether TEXT (no marker) is an action line: "Ana to send …" with an owner
 * the minutes know, or, under an action heading, an item or a line with an
 * owner (a paragraph's must read as names: "Next meeting: …" is no one). */
static int mn_unmarked_action(const mn_walk *w, const char *text, int in_list, char **owner)
{
    int listed = w->role == MN_ROLE_ACTIONS || w->role == MN_ROLE_CARRIED;
    *owner = NULL;
    /* a transcript's turn under an action review ("RO: ok, carried") is the
     * talk about the actions, not one of them: the speakers pass keeps it */
    if (listed && !in_list && mn_is_turn(w->speakers, text) && !mn_turn_names_action(text))
        return 0;
    *owner = mn_owner_of(text, listed && in_list);
    if (listed && !in_list && *owner && !mn_owner_names(*owner, strlen(*owner), 0)) {
        free(*owner);
        *owner = NULL;
    }
    if (w->role == MN_ROLE_CARRIED) /* a review's report ("Carla published …") is no action */
        return *owner != NULL || mn_status_tail(text) != MN_AST_NONE;
    if (listed)
        return (in_list && mn_ts_word_count(text) >= 2) || *owner || mn_status_tail(text);
    enum mn_dkind kind;
    /* "M/S Tran/Zabinski to approve …  Carried" names a mover and a seconder
     * who are participants: a motion, which the decision rules read */
    if (*owner && mn_known_owner(w, *owner) && strstr(text, " to ") && !mn_decision_prose(text, 0, &kind) &&
        strstr(text, " to ") == text + strlen(*owner) + (strncasecmp(text, "the ", 4) == 0 ? 4 : 0))
        return 1;
    if (mn_passive_task(text) && (w->role == MN_ROLE_CONCLUSION || *owner))
        return 1;
    free(*owner);
    *owner = NULL;
    return 0;
}

/* Marks an action or decision made under a heading that lists them (a
 * summary may repeat the text's), until the pass is done. */
static void mn_note_listed(xmlNodePtr a, enum mn_role role)
{
    if (a && (role == MN_ROLE_ACTIONS || role == MN_ROLE_CARRIED || role == MN_ROLE_DECISIONS))
        xmlSetProp(a, BAD_CAST MN_LISTED_ATTR, BAD_CAST "1");
}

static xmlNodePtr mn_make_action(xmlNodePtr el, const mn_lead *lead, const char *text, const char *owner,
                                 enum mn_role role)
{
    if (lead->strip)
        mn_ts_strip_lead(el, lead->strip);
    xmlNodePtr a = mn_act_make(el, "action");
    if (!a)
        return NULL;
    mn_note_listed(a, role);
    enum mn_astatus st = lead->status ? lead->status : mn_status_tail(text);
    if (!st && role == MN_ROLE_CARRIED && !lead->keyword)
        st = MN_AST_CARRIED; /* an earlier meeting's action, not a new "ACTION:" */
    mn_act_set(a, owner, st, lead->ref);
    return a;
}

static void mn_make_decision(xmlNodePtr el, const mn_lead *lead, const char *text, enum mn_dkind kind,
                             enum mn_role role)
{
    if (lead->strip)
        mn_ts_strip_lead(el, lead->strip);
    xmlNodePtr d = mn_act_make(el, "decision");
    if (d)
        mn_decision_describe(d, text, kind);
    mn_note_listed(d, role);
}

/* A paragraph that only gives the result of the motion just before it
 * ("The motion was CARRIED.") completes that motion. */
static int mn_completes_motion(xmlNodePtr el, const char *text)
{
    xmlNodePtr prev = el->prev;
    while (prev && prev->type != XML_ELEMENT_NODE)
        prev = prev->prev;
    if (!prev || !mn_is(prev, "decision") || xmlHasProp(prev, BAD_CAST "vote") ||
        mn_attr_is(prev, "result", "failed") ||
        !(mn_attr_is(prev, "kind", "motion") || xmlHasProp(prev, BAD_CAST "mover")) ||
        !mn_result_only(text))
        return 0;
    char vote[24];
    if (mn_vote_of(text, vote, sizeof vote))
        mn_set_attr(prev, "vote", vote);
    if (mn_result_failed(text))
        mn_set_attr(prev, "result", "failed");
    mn_set_attr(prev, "kind", mn_dkind_name(MN_DKIND_MOTION));
    return 1;
}

/* Whether REST (N bytes) is a list of two or more initials or short
 * handles ("ad, bk, cl, dap"): who signed a report off, not what was
 * decided. */
static int mn_initials_list(const char *rest, size_t n)
{
    size_t items = 0;
    for (size_t i = 0; i < n;) {
        i += strspn(rest + i, " ,");
        size_t k = strcspn(rest + i, " ,");
        if (k > n - i)
            k = n - i;
        if (!k)
            break;
        for (size_t j = 0; j < k; j++)
            if (!isalpha((unsigned char)rest[i + j]))
                return 0;
        if (k > 4 || (rest[i + k] && rest[i + k] != ','))
            return 0;
        items++;
        i += k;
    }
    return items >= 2;
}

/* Whether the value after a key says there is nothing ("Conclusions:
 * None.", "Decision: N/A"): a template's field left empty in words; or
 * says nothing decided: a link alone ("Approved: https://…"), the
 * initials of who signed off ("approved: ad, bk, cl"). */
static int mn_empty_value(const char *rest)
{
    size_t n = strlen(rest);
    while (n > 0 && strchr(" .;", rest[n - 1]))
        n--;
    if (n == 0 || mn_lx_find(mn_lx(), MN_LX_NOT_NAMES, rest, n) != NULL)
        return 1;
    int one_token = memchr(rest, ' ', n) == NULL;
    return (one_token && strstr(rest, "://") != NULL) || mn_initials_list(rest, n);
}

/* Whether TEXT is a short label whose value says nothing decided
 * ("approved: ad, bk, cl", "Approved: https://…"). */
static int mn_label_empty(const char *text)
{
    const char *colon = strchr(text, ':');
    if (!colon || colon - text > 24 || (colon[1] && colon[1] != ' '))
        return 0;
    char label[32];
    snprintf(label, sizeof label, "%.*s", (int)(colon - text), text);
    return mn_ts_word_count(label) <= 2 && mn_empty_value(colon + 1 + strspn(colon + 1, " "));
}

/* Whether a decision key's line records a decision: always, but for a
 * conclusion's key ("Conclusions: Legal review needed first"), whose text
 * must decide, as the items of a conclusion section must; *kind then from
 * the text. */
static int mn_key_decides(const char *text, const mn_lead *lead, const char *rest, enum mn_dkind *kind)
{
    char key[64];
    size_t n = lead->len < sizeof key ? lead->len : sizeof key - 1;
    memcpy(key, text, n);
    key[n] = '\0';
    if (mn_role_of(key) != MN_ROLE_CONCLUSION)
        return 1;
    enum mn_dkind said;
    if (!mn_decision_prose(rest, 1, &said))
        return 0;
    *kind = said;
    return 1;
}

static int mn_field_para(xmlNodePtr p);

/* ---- a decision and an action in one line --------------------------------------------- */

/* The decision EL became (EL renamed, or its new first child), or NULL. */
static xmlNodePtr mn_decision_of(xmlNodePtr el)
{
    return mn_is(el, "decision") ? el : mn_child(el, "decision");
}

/* Whether CLAUSE is "X to …" with X someone the minutes know: its owner in
 * *owner (malloc'd). */
static int mn_task_clause(const mn_walk *w, const char *clause, char **owner)
{
    *owner = mn_owner_of(clause, 1); /* lower case too: "editors to merge …" */
    size_t n = *owner ? strlen(*owner) : 0;
    if (n && mn_known_owner(w, *owner) && strncmp(clause + n, " to ", 4) == 0)
        return 1;
    free(*owner);
    *owner = NULL;
    /* "spec PR #12 to be merged by the editors": a task, its doer unnamed
     * or an agent; not one that goes on "To be confirmed on the list" */
    return mn_passive_task(clause) && !mn_pending(clause);
}

/* Whether an item's last clause after "; " is a task of someone the
 * minutes know ("General support for X; BOO to prepare a PR", "First call
 * on 4 August; MHE to schedule the others"): the item is that action,
 * OWNER its owner. */
static int mn_clause_task(const mn_walk *w, const char *text, char **owner)
{
    const char *cut = NULL;
    for (const char *p = text; (p = strstr(p, "; ")) != NULL; p += 2)
        cut = p;
    *owner = NULL;
    if (!cut || !mn_task_clause(w, cut + 2, owner) || !*owner) {
        free(*owner);
        *owner = NULL;
        return 0;
    }
    return 1;
}

/* "Stage 4 for the proposal; editors to merge PR #3498": the clause after
 * the last "; " of decision D, when it gives someone a task, is an action
 * of its own right after the decision (the text stays as written, split in
 * two).  Only a "; " in one of D's own texts splits it. */
static void mn_split_task(xmlNodePtr d, const mn_walk *w)
{
    xmlNodePtr at = NULL;
    const char *cut = NULL;
    for (xmlNodePtr c = d->children; c; c = c->next) {
        const char *s = c->type == XML_TEXT_NODE && c->content ? (const char *)c->content : NULL;
        for (const char *p = s; p && (p = strstr(p, "; ")) != NULL; p += 2)
            at = c, cut = p;
    }
    if (!at)
        return;
    /* the clause: the rest of that text and what follows it in D */
    xmlNodePtr tail = xmlNewDocText(d->doc, BAD_CAST(cut + 2));
    xmlNodePtr action = xmlNewDocNode(d->doc, d->ns, BAD_CAST "action", NULL);
    if (!tail || !action) {
        xmlFreeNode(tail);
        xmlFreeNode(action);
        return;
    }
    xmlAddChild(action, tail);
    for (xmlNodePtr c = at->next, next; c; c = next) {
        next = c->next;
        xmlUnlinkNode(c);
        xmlAddChild(action, c);
    }
    char *clause = mn_ts_inline_folded(action), *owner = NULL;
    if (!clause || !mn_task_clause(w, clause, &owner)) {
        /* no task: everything goes back where it was */
        for (xmlNodePtr c = tail->next, next; c; c = next) {
            next = c->next;
            xmlUnlinkNode(c);
            xmlAddChild(d, c);
        }
        xmlFreeNode(action);
        free(clause);
        return;
    }
    xmlChar *kept = xmlStrndup(at->content, (int)(cut + 1 - (const char *)at->content));
    if (kept)
        xmlNodeSetContent(at, kept);
    xmlFree(kept);
    xmlAddNextSibling(d, action);
    mn_act_set(action, owner, mn_status_tail(clause), NULL);
    xmlSetProp(action, BAD_CAST MN_PROSE_ATTR, BAD_CAST "split");
    free(owner);
    free(clause);
}

/* "ACTION on Mei-Ling to produce WD08 by 26 June. ACTION on Paulo to
 * draft …": a second action key opening a sentence of action A (a reader
 * joined two marked lines into one paragraph) starts an action of its own
 * right after A, with its own owner; the text stays as written, split in
 * two.  Only A's own text nodes are cut. */
static void mn_split_marked(xmlNodePtr a)
{
    for (xmlNodePtr c = a->children; c; c = c->next) {
        const char *s = c->type == XML_TEXT_NODE && c->content ? (const char *)c->content : NULL;
        for (const char *p = s; p && (p = strstr(p, ". ")) != NULL; p += 2) {
            mn_lead lead;
            const char *next = p + 2 + mn_ts_skip_space(p + 2);
            char *rest = NULL;
            /* a key with a task after it, not "… by Friday. Action: SH" */
            if (mn_lead_read(next, &lead) != MN_MARK_ACTION || !lead.keyword ||
                mn_ts_word_count(next + lead.len) < 3)
                continue;
            xmlNodePtr b = xmlNewDocNode(a->doc, a->ns, BAD_CAST "action", NULL);
            xmlNodePtr tail = xmlNewDocText(a->doc, BAD_CAST next);
            if (!b || !tail) {
                xmlFreeNode(b);
                xmlFreeNode(tail);
                return;
            }
            xmlAddChild(b, tail);
            for (xmlNodePtr m = c->next, after; m; m = after) {
                after = m->next;
                xmlUnlinkNode(m);
                xmlAddChild(b, m);
            }
            xmlChar *kept = xmlStrndup(c->content, (int)(p + 1 - s));
            if (kept)
                xmlNodeSetContent(c, kept);
            xmlFree(kept);
            xmlAddNextSibling(a, b);
            rest = mn_ts_inline_folded(b);
            char *owner = *lead.owner ? strdup(lead.owner)
                                      : rest ? mn_owner_of(rest + lead.len, 1) : NULL;
            mn_act_set(b, owner, rest ? mn_status_tail(rest) : MN_AST_NONE, lead.ref);
            /* the first action's owner was read from its own key */
            free(owner);
            free(rest);
            mn_split_marked(b);
            return;
        }
    }
}

/* The previous sibling of EL if it is a plain paragraph, else NULL. */
static xmlNodePtr mn_prev_para(xmlNodePtr el)
{
    xmlNodePtr prev = el->prev;
    while (prev && prev->type != XML_ELEMENT_NODE)
        prev = prev->prev;
    return prev && mn_is(prev, "p") ? prev : NULL;
}

/* "Action: Grace" alone on the line after a paragraph: the paragraph is the
 * action and Grace its owner (the line joins it, as a trailing owner would
 * stand inside it).  Returns 1 when EL was such a line. */
static int mn_owner_line(xmlNodePtr el, const mn_lead *lead, const char *rest)
{
    xmlNodePtr prev = mn_is(el, "p") ? mn_prev_para(el) : NULL;
    if (!prev || !lead->keyword || *lead->owner || mn_ts_word_count(rest) > 6 ||
        !(mn_office_title(rest) || (mn_ts_word_count(rest) <= 5 && mn_owner_names(rest, strlen(rest), 0))))
        return 0;
    char *said = mn_ts_inline_folded(prev);
    int prose = said && mn_ts_word_count(said) >= 4 && !mn_field_para(prev);
    char owner[MN_OWNER_MAX];
    snprintf(owner, sizeof owner, "%s", rest);
    mn_owner_tidy(owner);
    xmlNodePtr a = prose ? mn_act_make(prev, "action") : NULL;
    if (a) {
        mn_act_set(a, owner, mn_status_tail(said), NULL);
        xmlNodePtr br = xmlNewDocNode(a->doc, a->ns, BAD_CAST "br", NULL);
        if (br) {
            xmlAddChild(a, br);
            for (xmlNodePtr c = el->children, next; c; c = next) {
                next = c->next;
                xmlUnlinkNode(c);
                xmlAddChild(a, c);
            }
            xmlUnlinkNode(el);
            xmlFreeNode(el);
        }
    }
    free(said);
    return a != NULL;
}

/* Whether EL is an outline's step over a nested list, its key inside a
 * few words with no colon ("Consent to agenda" over "Added: travel grant
 * policy"): a title of what the list records, as "Actions:" is. */
static int mn_list_title(xmlNodePtr el, const mn_lead *lead, const char *rest)
{
    return mn_is(el, "item") && mn_child(el, "list") && lead->len == 0 && mn_ts_word_count(rest) <= 3;
}

/* Reads EL's line and makes it what it is.  Returns 1 when EL is gone (it
 * joined the paragraph before). */
static int mn_mark(xmlNodePtr el, const mn_walk *w, int in_list)
{
    int gone = 0;
    char *text = mn_ts_inline_folded(el);
    if (!text)
        return 0;
    mn_lead lead;
    enum mn_mark m = mn_lead_read(text, &lead);
    const char *rest = text + lead.len;
    if (w->role == MN_ROLE_PEOPLE && !(m != MN_MARK_NONE && lead.keyword)) {
        free(text); /* "→ Cllr Ana Ruiz (Chair)" under "Present:" is a person */
        return 0;
    }
    if (m != MN_MARK_NONE && !*rest) {
        free(text); /* "Actions:" over a list is a title, not an action */
        return 0;
    }
    char trailing[MN_OWNER_MAX] = "", *owner = NULL;
    enum mn_dkind kind = lead.kind;
    int prose = strlen(text) <= MN_PROSE_MAX;
    if (m == MN_MARK_ACTION && mn_owner_line(el, &lead, rest)) {
        gone = 1;
    } else if (m == MN_MARK_ACTION) {
        owner = *lead.owner ? strdup(lead.owner) : mn_owner_of(rest, lead.keyword || lead.status);
        xmlNodePtr a = mn_make_action(el, &lead, rest, owner, w->role);
        if (a && lead.keyword)
            mn_split_marked(a);
    } else if (m == MN_MARK_DECISION) {
        if (!mn_empty_value(rest) && !mn_no_decision(rest) && !mn_list_title(el, &lead, rest) &&
            mn_key_decides(text, &lead, rest, &kind))
            mn_make_decision(el, &lead, rest, kind, w->role);
    } else if (!prose) {
        /* read for markers only */
    } else if (mn_trailing_owner(text, trailing, sizeof trailing) > 0) {
        mn_make_action(el, &lead, text, trailing, w->role);
    } else if (w->role != MN_ROLE_DECISIONS && mn_unmarked_action(w, text, in_list, &owner)) {
        xmlNodePtr a = mn_make_action(el, &lead, text, owner, w->role);
        if (a && w->role != MN_ROLE_ACTIONS && w->role != MN_ROLE_CARRIED)
            xmlSetProp(a, BAD_CAST MN_PROSE_ATTR, BAD_CAST "1");
    } else if (in_list && w->role != MN_ROLE_DECISIONS && !mn_decision_prose(text, w->role == MN_ROLE_CONCLUSION, &kind) &&
               mn_clause_task(w, text, &owner)) {
        mn_make_action(el, &lead, text, owner, w->role);
    } else if (w->role == MN_ROLE_DECISIONS && mn_ts_word_count(text) >= 2 && !mn_no_decision(text)) {
        mn_decision_prose(text, 1, &kind);
        mn_make_decision(el, &lead, text, kind ? kind : MN_DKIND_CONSENSUS, w->role);
    } else if (!mn_completes_motion(el, text) && !mn_is_turn(w->speakers, text) && !mn_label_empty(text) &&
               mn_decision_prose(text, w->role == MN_ROLE_CONCLUSION, &kind)) {
        mn_make_decision(el, &lead, text, kind, w->role);
    }
    xmlNodePtr a = gone ? NULL : mn_is(el, "action") ? el : mn_child(el, "action");
    if (a && !xmlHasProp(a, BAD_CAST "owner")) {
        char *t = mn_ts_inline_folded(a), *names = t ? mn_name_subject(w, t) : NULL;
        if (names)
            mn_set_attr(a, "owner", names);
        free(names);
        free(t);
    }
    xmlNodePtr d = gone ? NULL : mn_decision_of(el);
    if (d && w->role != MN_ROLE_PEOPLE)
        mn_split_task(d, w);
    free(owner);
    free(text);
    return gone;
}

/* ---- the walk ------------------------------------------------------------------------ */

/* A public board's "ACTION ITEMS" is a part of its agenda: the business
 * it acts on, each item a subsection with its motion ("Consent Agenda",
 * "Resolution No. 7"), not a list of tasks.  A heading over actions whose
 * section holds subsections is such a group; its items and paragraphs are
 * read as any section's. */
static int mn_agenda_group(xmlNodePtr section)
{
    return mn_child(section, "section") != NULL;
}

static enum mn_role mn_section_role(xmlNodePtr section, enum mn_role outer)
{
    xmlNodePtr h = mn_child(section, "heading");
    char *t = h ? mn_ts_inline_folded(h) : NULL;
    enum mn_role r = mn_role_of(t);
    free(t);
    if (r == MN_ROLE_ACTIONS && mn_agenda_group(section))
        return MN_ROLE_NONE;
    return r != MN_ROLE_NONE ? r : outer;
}

/* Whether an owner cell of a layout row marks the row's text as an action:
 * "Posters to be printed … | Action: Anita". */
static int mn_owner_row(xmlNodePtr cell)
{
    xmlNodePtr row = cell->parent, text_cell = NULL;
    char *t = mn_ts_inline_folded(cell);
    mn_lead lead;
    int owner_cell = t && mn_lead_read(t, &lead) == MN_MARK_ACTION && lead.keyword &&
                     mn_owner_names(t + lead.len, strlen(t + lead.len), 0) &&
                     mn_ts_word_count(t + lead.len) <= 5;
    if (owner_cell)
        for (xmlNodePtr c = mn_child(row, "cell"); c; c = mn_next(c, "cell"))
            if (c != cell && !mn_ts_is_empty(c) && !text_cell)
                text_cell = c;
    if (text_cell && !mn_child(text_cell, "action")) {
        xmlNodePtr a = mn_act_make(text_cell, "action");
        char *body = mn_ts_inline_folded(a);
        if (a)
            mn_act_set(a, t + lead.len, body ? mn_status_tail(body) : MN_AST_NONE, NULL);
        free(body);
    }
    free(t);
    return owner_cell;
}

static void mn_walk_children(xmlNodePtr parent, mn_walk *w, int in_list);

static void mn_walk_child(xmlNodePtr c, mn_walk *w, int in_list)
{
    const char *name = mn_ts_name(c);
    if (mn_ts_name_in(name, (const char *const[]){"action", "decision", "heading", NULL}))
        return;
    if (mn_ts_name_in(name, (const char *const[]){"section", "table", NULL})) {
        mn_walk inner = *w;
        if (mn_is(c, "section"))
            inner.role = mn_section_role(c, w->role);
        else if (mn_in_register(c))
            return;
        mn_walk_children(c, &inner, 0);
        return;
    }
    if (mn_is(c, "cell") && mn_owner_row(c))
        return;
    if (mn_ts_name_in(name, (const char *const[]){"p", "item", "cell", NULL}) &&
        mn_mark(c, w, mn_is(c, "item")))
        return; /* c joined the paragraph before it */
    /* the items of an action's list are its details, not actions of their own */
    int marked = mn_child(c, "action") || mn_child(c, "decision");
    mn_walk inner = *w;
    if (marked)
        inner.role = MN_ROLE_NONE;
    mn_walk_children(c, &inner, in_list || mn_is(c, "list"));
}

/* Whether paragraph P is a field of its own: it opens with a bold label
 * ("**Next meeting:** Tuesday …"), as the DOCX reader writes a template's
 * label/value cells.  A new field closes the one a label paragraph opened. */
static int mn_field_para(xmlNodePtr p)
{
    xmlNodePtr first = p->children;
    while (first && first->type == XML_TEXT_NODE && first->content &&
           !first->content[strspn((const char *)first->content, " \t\r\n")])
        first = first->next;
    if (!first || !mn_is(first, "strong"))
        return 0;
    char *label = mn_ts_inline_folded(first);
    size_t n = label ? strlen(label) : 0;
    while (n > 0 && label[n - 1] == ' ')
        n--;
    int field = n > 1 && label[n - 1] == ':' && mn_ts_word_count(label) <= 5;
    free(label);
    return field;
}

/* Whether paragraph P is prose, which a list of people never is: a
 * sentence ("The President welcomed members.") or a long line.  It ends
 * the field a "Present:" label opened. */
enum { MN_PEOPLE_LINE_WORDS = 12 };

static int mn_prose_para(xmlNodePtr p)
{
    char *t = mn_ts_inline_folded(p);
    size_t n = t ? strlen(t) : 0;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    int prose = t && (mn_ts_word_count(t) >= MN_PEOPLE_LINE_WORDS || (n > 0 && t[n - 1] == '.'));
    free(t);
    return prose;
}

static void mn_walk_children(xmlNodePtr parent, mn_walk *w, int in_list)
{
    mn_walk here = *w;
    enum mn_role run_on = mn_is(parent, "section") ? mn_run_on_label(parent) : MN_ROLE_NONE;
    for (xmlNodePtr c = mn_child(parent, NULL), next; c; c = next) {
        next = mn_next(c, NULL);
        enum mn_role label;
        if (run_on != MN_ROLE_NONE && !mn_is(c, "heading")) {
            if (mn_is(c, "list")) {
                mn_walk listed = *w;
                listed.role = run_on;
                mn_walk_child(c, &listed, in_list);
                run_on = MN_ROLE_NONE;
                continue;
            }
            run_on = MN_ROLE_NONE;
        }
        if ((mn_is(c, "p") || mn_is(c, "decision")) && next && mn_is(next, "list") &&
            (run_on = mn_run_on_text(c)) != MN_ROLE_NONE) {
            mn_walk_child(c, &here, in_list);
            continue; /* the list after it takes the label's role */
        }
        if (mn_is(c, "p") && mn_label_para(c, &label)) {
            here.role = label != MN_ROLE_NONE ? label : w->role;
            continue;
        }
        if (mn_is(c, "table") || mn_is(c, "section") || (mn_is(c, "p") && mn_field_para(c)))
            here.role = w->role; /* a table, a section or a new field closes a label's field */
        else if (here.role == MN_ROLE_PEOPLE && w->role != MN_ROLE_PEOPLE && mn_is(c, "p") && mn_prose_para(c))
            here.role = w->role;
        mn_walk_child(c, &here, in_list);
    }
}

/* ---- summaries that repeat ---------------------------------------------------------- */

/* The text an action or decision is told by: folded, without a leading
 * number label or link text ("Action #1: …" in a summary list). */
static char *mn_identity(xmlNodePtr a)
{
    char *t = mn_ts_inline_folded(a);
    if (!t)
        return NULL;
    mn_lead lead;
    if (mn_lead_read(t, &lead) != MN_MARK_NONE && t[lead.len])
        memmove(t, t + lead.len, strlen(t + lead.len) + 1);
    return t;
}

static void mn_collect(xmlNodePtr n, xmlNodePtr **v, size_t *count, size_t *cap)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if ((mn_is(c, "action") || mn_is(c, "decision")) && *count < 100000) {
            if (*count == *cap) {
                size_t grown = *cap ? *cap * 2 : 32;
                xmlNodePtr *g = realloc(*v, grown * sizeof *g);
                if (!g)
                    return;
                *v = g;
                *cap = grown;
            }
            (*v)[(*count)++] = c;
        }
        mn_collect(c, v, count, cap);
    }
}

/* An action or decision with the text it is told by, for sorting. */
typedef struct mn_told {
    xmlNodePtr el;
    char *id;   /* mn_identity(el); NULL when out of memory */
    int listed; /* made under a heading that lists them */
} mn_told;

static int mn_told_cmp(const void *a, const void *b)
{
    const mn_told *x = a, *y = b;
    int c = strcmp((const char *)x->el->name, (const char *)y->el->name);
    if (c)
        return c;
    c = strcmp(x->id ? x->id : "", y->id ? y->id : "");
    return c ? c : (x->el > y->el) - (x->el < y->el);
}

/* A summary under its own heading ("Summary of action items",
 * "Resolutions") repeats what the text recorded: the copy in the summary
 * goes back to plain text.  Two equal lines elsewhere are two actions.
 * Equal texts are found by sorting, so a document with many actions costs
 * n log n, not n squared. */
static void mn_dedupe(xmlNodePtr body)
{
    xmlNodePtr *v = NULL;
    size_t n = 0, cap = 0;
    mn_collect(body, &v, &n, &cap);
    mn_told *t = n ? calloc(n, sizeof *t) : NULL;
    for (size_t i = 0; t && i < n; i++)
        t[i] = (mn_told){v[i], mn_identity(v[i]), xmlHasProp(v[i], BAD_CAST MN_LISTED_ATTR) != NULL};
    if (t)
        qsort(t, n, sizeof *t, mn_told_cmp);
    for (size_t i = 0, j; t && i < n; i = j) {
        const char *name = (const char *)t[i].el->name;
        for (j = i + 1; j < n && t[i].id && *t[i].id && t[j].id && strcmp(t[j].id, t[i].id) == 0 &&
                        strcmp((const char *)t[j].el->name, name) == 0;
             j++)
            ;
        int listed = 0, plain = 0;
        for (size_t k = i; k < j; k++)
            t[k].listed ? listed++ : plain++;
        for (size_t k = i; listed && plain && k < j; k++)
            if (t[k].listed)
                mn_act_unmake(t[k].el); /* the summary's copy */
    }
    for (size_t i = 0; t && i < n; i++)
        free(t[i].id);
    free(t);
    free(v);
}

/* ---- prose that a marked action repeats ------------------------------------------------- */

/* Whether owners A and B share a name ("Aoife" and "Aoife Brennan"). */
static int mn_owners_meet(const char *a, const char *b)
{
    for (const char *p = a; *p;) {
        p += strspn(p, " ,;&+/.");
        size_t n = strcspn(p, " ,;&+/.");
        for (const char *q = b; n >= 2 && *q;) {
            q += strspn(q, " ,;&+/.");
            size_t m = strcspn(q, " ,;&+/.");
            if (m == n && strncasecmp(p, q, n) == 0)
                return 1;
            q += m;
        }
        p += n;
    }
    return 0;
}

/* The next content word (4+ letters, not a common word) at *p, lower case,
 * in w; 0 at the end. */
static int mn_content_word(const char **p, char *w, size_t size)
{
    while (**p) {
        while (**p && !isalpha((unsigned char)**p))
            (*p)++;
        size_t n = 0;
        while (isalpha((unsigned char)**p)) {
            if (n + 1 < size)
                w[n++] = (char)tolower((unsigned char)**p);
            (*p)++;
        }
        w[n] = '\0';
        if (n >= 4 && !mn_lx_find(mn_lx(), MN_LX_COMMON_WORDS, w, n))
            return 1;
    }
    return 0;
}

/* Whether A and B share a content word that is not a word of OWNER: "Aoife
 * to book a table" and "Book team lunch" tell one task, "Greta to send the
 * budget" and "Greta to call the auditors" two. */
static int mn_same_task(const char *a, const char *b, const char *owner)
{
    char w[32], v[32];
    for (const char *p = a; mn_content_word(&p, w, sizeof w);) {
        if (mn_ts_has_word(owner, w))
            continue;
        for (const char *q = b; mn_content_word(&q, v, sizeof v);)
            if (strcmp(w, v) == 0)
                return 1;
    }
    return 0;
}

/* Whether A is an action written as one (a marker, a register's row, a
 * list under an action heading) whose owner meets OWNER and, unless NEAR,
 * whose text tells the task TEXT tells. */
static int mn_marked_twin(xmlNodePtr a, const char *owner, const char *text, int near)
{
    if (!mn_is(a, "action") || xmlHasProp(a, BAD_CAST MN_PROSE_ATTR))
        return 0;
    char *o = mn_attr(a, "owner");
    int twin = o && mn_owners_meet(owner, o);
    xmlFree(o);
    if (twin && !near) {
        char *t = mn_ts_inline_folded(a);
        twin = t && mn_same_task(text, t, owner);
        free(t);
    }
    return twin;
}

/* Whether below N (sections apart) an action other than SELF is its marked
 * twin (mn_marked_twin). */
static int mn_marked_by(xmlNodePtr n, xmlNodePtr self, const char *owner, const char *text, int near)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || c == self)
            continue;
        if (mn_marked_twin(c, owner, text, near) || (!mn_is(c, "section") && mn_marked_by(c, self, owner, text, near)))
            return 1;
    }
    return 0;
}

/* Whether A, a task split off a decision, has its marked twin in the
 * block right after it: "Resolution: …; Cosmin to update the doc." then
 * "ACTION: Cosmin to add …", the formal record of the task. */
static int mn_marked_next(xmlNodePtr a, const char *owner)
{
    xmlChar *how = xmlGetProp(a, BAD_CAST MN_PROSE_ATTR);
    int split = how && xmlStrcmp(how, BAD_CAST "split") == 0;
    xmlFree(how);
    if (!split)
        return 0;
    xmlNodePtr at = a;
    if (at->parent && (mn_is(at->parent, "item") || mn_is(at->parent, "cell")))
        at = at->parent;
    xmlNodePtr next = mn_next(at, NULL);
    return next && !mn_is(next, "section") &&
           (mn_marked_twin(next, owner, NULL, 1) || mn_marked_by(next, a, owner, NULL, 1));
}

static void mn_collect_prose(xmlNodePtr n, xmlNodePtr **v, size_t *count, size_t *cap)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (mn_is(c, "action") && xmlHasProp(c, BAD_CAST MN_PROSE_ATTR) && *count < MN_PROSE_ACTIONS_MAX) {
            if (*count == *cap) {
                size_t ncap = *cap ? *cap * 2 : 16;
                xmlNodePtr *nv = realloc(*v, ncap * sizeof *nv);
                if (!nv)
                    return;
                *v = nv;
                *cap = ncap;
            }
            (*v)[(*count)++] = c;
        }
        mn_collect_prose(c, v, count, cap);
    }
}

/* Whether the content words of SHORT are most of them in LONG: at least
 * three, and three in four. */
static int mn_tells(const char *shrt, const char *lng)
{
    char w[32], v[32];
    size_t words = 0, found = 0;
    for (const char *p = shrt; words < 16 && mn_content_word(&p, w, sizeof w); words++)
        for (const char *q = lng; mn_content_word(&q, v, sizeof v);)
            if (strcmp(w, v) == 0) {
                found++;
                break;
            }
    return found >= 3 && 4 * found >= 3 * words;
}

/* The top-level section that holds N, or NULL. */
static xmlNodePtr mn_top_section(xmlNodePtr n)
{
    xmlNodePtr top = NULL;
    for (xmlNodePtr p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (mn_is(p, "section"))
            top = p;
    return top;
}

/* Whether section S's heading names decisions among its words ("Executive
 * Summary: Announcements, Decisions Taken and Next Steps"): a summary. */
static int mn_summary_section(xmlNodePtr s)
{
    xmlNodePtr h = s ? mn_child(s, "heading") : NULL;
    char *t = h ? mn_ts_inline_folded(h) : NULL;
    int found = 0;
    for (const char *p = t; p && *p && !found;) {
        while (*p && !mn_ts_word_at(p))
            p++;
        size_t n = 0;
        while (mn_ts_word_at(p + n))
            n++;
        const mn_lx_entry *e = n ? mn_lx_find(mn_lx(), MN_LX_DECISION_HEADINGS, p, n) : NULL;
        found = e && strcmp(e->means, "decisions") == 0;
        p += n;
    }
    free(t);
    return found;
}

/* A summary of the decisions under a heading that names them ("Executive
 * Summary: … Decisions Taken …") and the body's paragraphs that record the
 * same at length ("Following the consultations, the MSC decided that the
 * theme …"): the summary's item says what was decided, the paragraph how
 * it came about.  A decision of another top-level section that tells a
 * summary's shorter one (its content words, three in four) goes back to
 * text.  At most MN_TOLD_PAIRS pairs are compared. */
enum { MN_TOLD_PAIRS = 20000 };

static void mn_drop_told_at_length(xmlNodePtr body)
{
    xmlNodePtr *v = NULL;
    size_t n = 0, cap = 0;
    mn_collect(body, &v, &n, &cap);
    char **text = n && n * n <= MN_TOLD_PAIRS ? calloc(n, sizeof *text) : NULL;
    int *summary = text ? calloc(n, sizeof *summary) : NULL;
    for (size_t i = 0; summary && i < n; i++) {
        text[i] = mn_is(v[i], "decision") ? mn_ts_inline_folded(v[i]) : NULL;
        summary[i] = text[i] && mn_summary_section(mn_top_section(v[i]));
    }
    for (size_t i = 0; summary && i < n; i++) {
        int told = 0;
        size_t long_words = text[i] && !summary[i] ? mn_ts_word_count(text[i]) : 0;
        for (size_t k = 0; long_words && k < n && !told; k++)
            told = summary[k] && 3 * mn_ts_word_count(text[k]) <= 2 * long_words &&
                   mn_tells(text[k], text[i]);
        if (told)
            mn_act_unmake(v[i]);
    }
    for (size_t i = 0; text && i < n; i++)
        free(text[i]);
    free(text);
    free(summary);
    free(v);
}

/* A task read from the discussion's prose ("Aoife to book a table.") that
 * the same section also records as an action of the same person, about the
 * same thing or in the very next block (an "ACTION: Aoife …" line, the row
 * of an action table under the notes, as templates with "Conclusions" and
 * "Action items" fields write it) is the discussion talking about that
 * action: it goes back to plain text. */
static void mn_drop_told_twice(xmlNodePtr body)
{
    xmlNodePtr *v = NULL;
    size_t n = 0, cap = 0;
    mn_collect_prose(body, &v, &n, &cap);
    for (size_t i = 0; i < n; i++) {
        xmlNodePtr scope = v[i]->parent;
        while (scope && scope != body && !mn_is(scope, "section"))
            scope = scope->parent;
        char *owner = mn_attr(v[i], "owner");
        char *text = owner ? mn_ts_inline_folded(v[i]) : NULL;
        if (text && scope && (mn_marked_next(v[i], owner) || mn_marked_by(scope, v[i], owner, text, 0)))
            mn_act_unmake(v[i]);
        free(text);
        xmlFree(owner);
    }
    free(v);
}

/* Takes the pass's marks off every element below n: the collection above
 * may have stopped short (its bound, a failed allocation). */
static void mn_unlist(xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        xmlUnsetProp(c, BAD_CAST MN_LISTED_ATTR);
        xmlUnsetProp(c, BAD_CAST MN_PROSE_ATTR);
        mn_unlist(c);
    }
}

int mn_pass_actions(xmlDocPtr doc, mn_job *job)
{
    xmlNodePtr body = mn_body(doc);
    if (!body)
        return 0;
    mn_registers(body, job);
    mn_action_tails(body);
    mn_walk w;
    memset(&w, 0, sizeof w);
    mn_collect_names(&w, doc);
    char *speakers = mn_turn_speakers(body);
    w.speakers = speakers;
    mn_walk_children(body, &w, 0);
    free(speakers);
    mn_join_resolutions(body);
    mn_dedupe(body);
    mn_drop_told_at_length(body);
    mn_drop_told_twice(body);
    mn_unlist(body);
    mn_registers_done(body);
    for (size_t i = 0; i < w.nnames; i++)
        free(w.names[i]);
    free(w.names);
    return 0;
}
