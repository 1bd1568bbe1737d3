/* SPDX-License-Identifier: MIT */
/* actions.c — the actions pass: paragraphs and list items marked as actions
 * or decisions become `action owner="…"` and `decision` (docs/INTERNALS.md).
 *
 * Markers, at the start of the text (the lexicon's action-arrows,
 * action-markers and decision-markers): "→", "->" and "ACTION:", "Action
 * item:", "ACTION (K. Novak):" for actions; "DECISION:", "RESOLVED:",
 * "Agreed:" for decisions.  The marker is taken off the text.  A paragraph is renamed; a list item keeps
 * its place in the list and its content goes into an action inside it (the
 * schema lets items hold actions), so the list is not torn apart.
 *
 * The owner is who must act: the name in "ACTION (Name):", else the subject
 * before an owner verb ("were asked to", "can", "will"), a bare link ("to"),
 * a colon or a spaced dash ("MAG
 * members were asked to …" gives "MAG members"; "K. Novak and S. Ferreira to
 * circulate …" gives "K. Novak and S. Ferreira").  No owner is better than a
 * wrong one: a subject must be short and capitalised, and before a bare
 * "to" it must read as names ("Send the minutes to …" has none). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "passes.h"
#include "textscan.h"
#include "xmlutil.h"

enum mn_mark { MN_MARK_NONE, MN_MARK_ACTION, MN_MARK_DECISION };

/* Bytes of an action's text searched for its owner. */
#define MN_OWNER_SCAN 400

/* "KEY:" or "KEY (Owner):" at s (after '*'/'_' that Markdown left).
 * Returns the bytes up to the text after it, the owner in OWNER. */
static size_t mn_keyword(const char *s, const char *const *words, char *owner, size_t osize)
{
    size_t i = strspn(s, "*_"), k = 0;
    for (const char *const *w = words; *w && !k; w++)
        k = mn_ts_prefix(s + i, *w, 1);
    if (!k)
        return 0;
    i += k;
    i += strspn(s + i, "*_ ");
    if (s[i] == '(') {
        /* Both ends found from OPEN: the owner's length cannot go negative. */
        const char *open = s + i + 1, *close = strchr(open, ')');
        if (!close || (size_t)(close - open) >= 100)
            return 0;
        char *folded = mn_ts_fold(open, (size_t)(close - open));
        if (folded && strlen(folded) < osize)
            strcpy(owner, folded);
        free(folded);
        i = (size_t)(close + 1 - s);
        i += strspn(s + i, "*_ ");
    }
    if (s[i] != ':')
        return 0;
    i++;
    return i + strspn(s + i, "*_");
}

/* The marker at the start of TEXT (leading white space skipped): its kind,
 * its length in *len, and an owner it names. */
static enum mn_mark mn_marker(const char *text, size_t *len, char *owner, size_t osize)
{
    const mn_lexicon *lx = mn_lx();
    for (const char *const *a = mn_lx_words(lx, MN_LX_ACTION_ARROWS); *a; a++)
        if (strncmp(text, *a, strlen(*a)) == 0) {
            *len = strlen(*a);
            return MN_MARK_ACTION;
        }
    if ((*len = mn_keyword(text, mn_lx_words(lx, MN_LX_ACTION_MARKERS), owner, osize)) > 0)
        return MN_MARK_ACTION;
    if ((*len = mn_keyword(text, mn_lx_words(lx, MN_LX_DECISION_MARKERS), owner, osize)) > 0)
        return MN_MARK_DECISION;
    return MN_MARK_NONE;
}

/* ---- owners ------------------------------------------------------------------ */

/* What may follow who must act, at a space or a colon. */
enum mn_link { MN_LINK_VERB, MN_LINK_BARE, MN_LINK_COLON, MN_LINK_DASH };

/* Whether s starts with KEY, ASCII case ignored. */
static int mn_starts_ci(const char *s, const char *key)
{
    for (; *key; s++, key++)
        if (*s != *key && tolower((unsigned char)*s) != tolower((unsigned char)*key))
            return 0;
    return 1;
}

/* Whether one of WORDS stands at p (a space before it, one after it). */
static int mn_spaced_word(const char *p, const char *const *words)
{
    for (const char *const *w = words; *w; w++) {
        size_t n = strlen(*w);
        if (p[0] == ' ' && mn_starts_ci(p + 1, *w) && p[1 + n] == ' ')
            return 1;
    }
    return 0;
}

/* Whether a spaced hyphen, en or em dash (" - ", " – ", " — ") stands at p:
 * punctuation, the same in every language. */
static int mn_spaced_dash(const char *p)
{
    static const char *const dashes[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", NULL};
    for (const char *const *d = dashes; *d; d++)
        if (strncmp(p, *d, strlen(*d)) == 0)
            return 1;
    return 0;
}

/* The first place in TEXT where what follows an owner starts: an owner verb
 * ("were asked to", "will"), a bare link ("to"), ": " or a spaced dash; its
 * kind in *link (a verb before a link when both start there). */
static const char *mn_first_verb(const char *text, enum mn_link *link)
{
    const mn_lexicon *lx = mn_lx();
    const char *const *verbs = mn_lx_words(lx, MN_LX_OWNER_VERBS);
    const char *const *links = mn_lx_words(lx, MN_LX_OWNER_LINKS);
    for (const char *p = text; *p; p++) {
        if (*p == ':' && p[1] == ' ')
            return *link = MN_LINK_COLON, p;
        if (*p != ' ')
            continue;
        if (mn_spaced_word(p, verbs))
            return *link = MN_LINK_VERB, p;
        if (mn_spaced_word(p, links))
            return *link = MN_LINK_BARE, p;
        if (mn_spaced_dash(p))
            return *link = MN_LINK_DASH, p;
    }
    return NULL;
}

/* Whether every word of the subject is capitalised, an initial, a number
 * ("WG 2") or glue. */
static int mn_names_only(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t n = 0;
        while (i + n < len && s[i + n] != ' ')
            n++;
        char w[64];
        size_t wl = n < sizeof w ? n : sizeof w - 1;
        memcpy(w, s + i, wl);
        w[wl] = '\0';
        while (wl > 0 && (w[wl - 1] == ',' || w[wl - 1] == ';'))
            w[--wl] = '\0';
        int ok = !wl || mn_ts_starts_upper(w) || (w[0] >= '0' && w[0] <= '9') ||
                 mn_lx_has(mn_lx(), MN_LX_NAME_GLUE, w);
        if (!ok)
            return 0;
        i += n + 1;
    }
    return 1;
}

/* Whether a lower-case owner starts with a quantifier ("all members"). */
static int mn_owner_quantified(const char *owner)
{
    for (const char *const *q = mn_lx_words(mn_lx(), MN_LX_OWNER_QUANTIFIERS); *q; q++) {
        size_t k = mn_ts_prefix(owner, *q, 0);
        if (k && owner[k] == ' ')
            return 1;
    }
    return 0;
}

/* Who must act, from the folded text after the marker (malloc'd, or NULL). */
static char *mn_owner(const char *text)
{
    /* "The Secretariat will …": the article is skipped before the verb is
     * looked for, so the verb starts at or after the subject's start (a verb
     * found from TEXT could start in the space of "The ": "The - x"). */
    const mn_lexicon *lx = mn_lx();
    const char *s = text;
    for (const char *const *a = mn_lx_words(lx, MN_LX_ARTICLES); *a && s == text; a++) {
        size_t k = mn_ts_starts_upper(s) ? mn_ts_prefix(s, *a, 1) : 0;
        if (k && s[k] == ' ')
            s += k + 1;
    }
    enum mn_link link = MN_LINK_VERB;
    const char *best = mn_first_verb(s, &link);
    if (!best || best == s)
        return NULL;
    size_t len = (size_t)(best - s);
    while (len > 0 && (s[len - 1] == ',' || s[len - 1] == ' '))
        len--;
    char *owner = mn_ts_fold(s, len);
    if (!owner)
        return NULL;
    /* "The: x", "The The - x": an article alone is no one. */
    int ok = *owner && !mn_lx_has(lx, MN_LX_ARTICLES, owner) && mn_ts_word_count(owner) <= 8 &&
             (mn_ts_starts_upper(owner) || mn_owner_quantified(owner)) &&
             !strpbrk(owner, ":()[]\"");
    /* a bare link or a dash says nothing of the subject: it must be names */
    if (ok && (link == MN_LINK_BARE || link == MN_LINK_DASH))
        ok = mn_names_only(owner, strlen(owner));
    if (!ok) {
        free(owner);
        return NULL;
    }
    return owner;
}

/* ---- marking ------------------------------------------------------------------ */

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

static void mn_mark(xmlNodePtr el)
{
    char *text = mn_ts_inline_text(el);
    if (!text)
        return;
    const char *t = text + mn_ts_skip_space(text);
    char owner[128] = "";
    size_t len = 0;
    enum mn_mark m = mn_marker(t, &len, owner, sizeof owner);
    int empty = t[len + mn_ts_skip_space(t + len)] == '\0';
    free(text);
    if (m == MN_MARK_NONE || empty)
        return; /* "Actions:" over a list is a title, not an action */
    mn_ts_strip_lead(el, len);
    const char *name = m == MN_MARK_ACTION ? "action" : "decision";
    xmlNodePtr target = el;
    if (mn_is(el, "item"))
        target = mn_wrap_inline(el, name);
    else
        mn_rename(el, name);
    if (!target || m != MN_MARK_ACTION)
        return;
    char *found = *owner ? NULL : mn_ts_inline_folded(target);
    if (found && strlen(found) > MN_OWNER_SCAN) {
        size_t cut = MN_OWNER_SCAN; /* the subject comes first: no need to scan a long text */
        while (cut > 0 && ((unsigned char)found[cut] & 0xC0) == 0x80)
            cut--;
        found[cut] = '\0';
    }
    char *who = found ? mn_owner(found) : NULL;
    if (*owner || who)
        mn_set_attr(target, "owner", *owner ? owner : who);
    free(found);
    free(who);
}

static void mn_walk(xmlNodePtr parent)
{
    for (xmlNodePtr c = mn_child(parent, NULL), next; c; c = next) {
        next = mn_next(c, NULL);
        const char *name = mn_ts_name(c);
        if (mn_ts_name_in(name, (const char *const[]){"action", "decision", "heading", NULL}))
            continue;
        if (mn_ts_name_in(name, (const char *const[]){"p", "item", NULL}))
            mn_mark(c);
        mn_walk(c);
    }
}

int mn_pass_actions(xmlDocPtr doc, mn_job *job)
{
    (void)job;
    xmlNodePtr body = mn_body(doc);
    if (body)
        mn_walk(body);
    return 0;
}
