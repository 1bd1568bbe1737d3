/* SPDX-License-Identifier: MIT */
/* actions.c — the actions pass: paragraphs and list items marked as actions
 * or decisions become `action owner="…"` and `decision` (docs/INTERNALS.md).
 *
 * Markers, at the start of the text: "→", "⇒", "➔", "->", "=>" and "ACTION:",
 * "Action item:", "ACTION (K. Novak):" for actions; "DECISION:",
 * "RESOLUTION:", "RESOLVED:", "Agreed:", "Decided:" for decisions.  The
 * marker is taken off the text.  A paragraph is renamed; a list item keeps
 * its place in the list and its content goes into an action inside it (the
 * schema lets items hold actions), so the list is not torn apart.
 *
 * The owner is who must act: the name in "ACTION (Name):", else the subject
 * before "were asked to", "are invited to", "can", "will", "to" … ("MAG
 * members were asked to …" gives "MAG members"; "K. Novak and S. Ferreira to
 * circulate …" gives "K. Novak and S. Ferreira").  No owner is better than a
 * wrong one: a subject must be short and capitalised, and before a bare
 * "to" it must read as names ("Send the minutes to …" has none). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "textscan.h"
#include "xmlutil.h"

enum mn_mark { MN_MARK_NONE, MN_MARK_ACTION, MN_MARK_DECISION };

/* Bytes of an action's text searched for its owner. */
#define MN_OWNER_SCAN 400

static const char *const mn_arrows[] = {"\xE2\x86\x92", "\xE2\x87\x92", "\xE2\x9E\x94",
                                        "\xE2\x9E\x9C", "\xE2\x9E\x9D", "\xE2\x9E\x9E",
                                        "-->", "->", "=>", NULL};
static const char *const mn_action_words[] = {"action items", "action item", "action points",
                                              "action point", "actions", "action", NULL};
static const char *const mn_decision_words[] = {"decisions", "decision", "resolution",
                                                "resolved", "agreed", "decided", NULL};

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
    for (const char *const *a = mn_arrows; *a; a++)
        if (strncmp(text, *a, strlen(*a)) == 0) {
            *len = strlen(*a);
            return MN_MARK_ACTION;
        }
    if ((*len = mn_keyword(text, mn_action_words, owner, osize)) > 0)
        return MN_MARK_ACTION;
    if ((*len = mn_keyword(text, mn_decision_words, owner, osize)) > 0)
        return MN_MARK_DECISION;
    return MN_MARK_NONE;
}

/* ---- owners ------------------------------------------------------------------ */

/* What follows who must act.  " to " alone is checked harder (see below). */
static const char *const mn_owner_verbs[] = {
    " were asked to ", " was asked to ", " are asked to ", " is asked to ",
    " were invited to ", " was invited to ", " are invited to ", " is invited to ",
    " were reminded to ", " was reminded to ", " are reminded to ", " is reminded to ",
    " were requested to ", " was requested to ", " are requested to ", " is requested to ",
    " were encouraged to ", " was encouraged to ", " are encouraged to ", " is encouraged to ",
    " are expected to ", " is expected to ", " were expected to ", " agreed to ",
    " volunteered to ", " offered to ", " undertook to ", " need to ", " needs to ",
    " has to ", " have to ", " are to ", " is to ", " will ", " shall ", " should ",
    " must ", " can ", " could ", " would ", " may ", " to ", ": ", " \xE2\x80\x93 ",
    " \xE2\x80\x94 ", " - ", NULL};

/* Whether s starts with KEY, ASCII case ignored. */
static int mn_starts_ci(const char *s, const char *key)
{
    for (; *key; s++, key++)
        if (*s != *key && tolower((unsigned char)*s) != tolower((unsigned char)*key))
            return 0;
    return 1;
}

/* The first place in TEXT where an owner verb starts, and the verb (the
 * first in the list when several start there).  One pass over the text:
 * every verb starts with ' ' or ':'. */
static const char *mn_first_verb(const char *text, const char **verb)
{
    for (const char *p = text; *p; p++) {
        if (*p != ' ' && *p != ':')
            continue;
        for (const char *const *v = mn_owner_verbs; *v; v++)
            if ((*v)[0] == *p && mn_starts_ci(p + 1, *v + 1)) {
                *verb = *v;
                return p;
            }
    }
    return NULL;
}

/* Lower-case words a list of names may hold. */
static const char *const mn_name_glue[] = {
    "and", "&", "or", "de", "da", "van", "von", "der", "du", "la", "le", "members", "member",
    "participants", "secretariat", "team", "staff", "chair", "chairs", "co-chairs",
    "co-facilitators", "facilitators", "all", "everyone", NULL};

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
        int ok = !wl || mn_ts_starts_upper(w) || (w[0] >= '0' && w[0] <= '9');
        for (const char *const *g = mn_name_glue; *g && !ok; g++)
            ok = strcasecmp(w, *g) == 0;
        if (!ok)
            return 0;
        i += n + 1;
    }
    return 1;
}

/* Who must act, from the folded text after the marker (malloc'd, or NULL). */
static char *mn_owner(const char *text)
{
    /* "The Secretariat will …": the article is skipped before the verb is
     * looked for, so the verb starts at or after the subject's start (a verb
     * found from TEXT could start in the space of "The ": "The - x"). */
    const char *s = text;
    if (strncmp(s, "The ", 4) == 0)
        s += 4;
    const char *verb = NULL, *best = mn_first_verb(s, &verb);
    if (!best || best == s)
        return NULL;
    size_t len = (size_t)(best - s);
    while (len > 0 && (s[len - 1] == ',' || s[len - 1] == ' '))
        len--;
    char *owner = mn_ts_fold(s, len);
    if (!owner)
        return NULL;
    /* "The: x", "The The - x": an article alone is no one. */
    int ok = *owner && strcasecmp(owner, "the") != 0 && mn_ts_word_count(owner) <= 8 &&
             (mn_ts_starts_upper(owner) || mn_ts_prefix(owner, "all ", 0)) &&
             !strpbrk(owner, ":()[]\"");
    int plain = strcmp(verb, " to ") == 0 || verb[1] == ':' || verb[1] == '-' ||
                (unsigned char)verb[1] == 0xE2;
    if (ok && plain)
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
