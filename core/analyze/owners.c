/* SPDX-License-Identifier: MIT */
/* owners.c — who must act, from an action's text (its marker gone).
 *
 * The owner is the subject before what follows who must act: an owner verb
 * ("were asked to", "will"), a bare link ("to"), a colon or a spaced dash
 * ("MAG members were asked to …" gives "MAG members"; "K. Novak and S.
 * Ferreira to circulate …", "Kevin O'Malley – three quotes …", "Tomasz:
 * changelog entry …").  Else handles that open the line ("@maya + @sam —
 * update …"), names in parentheses that close it ("… the routing fallback
 * (Hyun-woo Park)") or names after a dash at its end ("… by 03/06/22 – GL.").
 *
 * No owner is better than a wrong one: a subject must be short and read as
 * names or roles; before a bare "to" or a dash it must be names only ("Send
 * the minutes to …" has none), and the subject of "to be" ("the report to
 * be circulated") is what is acted on, never who acts. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "actions.h"
#include "lexicon.h"
#include "textscan.h"

/* Bytes of an action's text searched for its owner: the subject comes first. */
#define MN_OWNER_SCAN 400

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

/* Whether s starts with the N bytes of KEY, ASCII case ignored. */
static int mn_starts_ci_n(const char *s, const char *key, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != key[i] && tolower((unsigned char)s[i]) != tolower((unsigned char)key[i]))
            return 0;
    return 1;
}

/* Whether one of WORDS stands at p (a space before it, one after it); a
 * word ending in an apostrophe is elided and glued to the next ("sont
 * priés d'indiquer"), the text's apostrophe straight or curly. */
static int mn_spaced_word(const char *p, const char *const *words)
{
    if (p[0] != ' ')
        return 0;
    for (const char *const *w = words; *w; w++) {
        size_t n = strlen(*w);
        if (n > 1 && (*w)[n - 1] == '\'') {
            const char *e = p + n; /* where the apostrophe stands */
            if (mn_starts_ci_n(p + 1, *w, n - 1) &&
                (*e == '\'' || strncmp(e, "\xE2\x80\x99", 3) == 0))
                return 1;
        } else if (mn_starts_ci(p + 1, *w) && p[1 + n] == ' ') {
            return 1;
        }
    }
    return 0;
}

/* The bytes of a spaced hyphen, en or em dash (" - ", " – ", " — ", " -- ")
 * at p, or 0: punctuation, the same in every language. */
static size_t mn_spaced_dash(const char *p)
{
    static const char *const dashes[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- ", NULL};
    for (const char *const *d = dashes; *d; d++)
        if (strncmp(p, *d, strlen(*d)) == 0)
            return strlen(*d);
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
        if (*p == '(')
            return NULL; /* "Sub-group (lead: Ana): …" is read without the aside */
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

/* ---- names ------------------------------------------------------------------- */

/* Whether the word W (NUL-terminated, separators gone) may stand in a list
 * of owners. */
static int mn_owner_word(const char *w, int first)
{
    const mn_lexicon *lx = mn_lx();
    if (!*w || mn_ts_starts_upper(w) || isdigit((unsigned char)w[0]))
        return 1;
    if (w[0] == '@' && isalnum((unsigned char)w[1]))
        return 1;
    if (mn_lx_has(lx, MN_LX_NAME_GLUE, w) || mn_lx_has(lx, MN_LX_OWNER_NOUNS, w))
        return 1;
    if (first && (mn_lx_has(lx, MN_LX_ARTICLES, w) || mn_lx_has(lx, MN_LX_OWNER_QUANTIFIERS, w)))
        return 1;
    return 0;
}

int mn_owner_names(const char *s, size_t len, int strong)
{
    size_t words = 0, real = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && strchr(" ,;+/", s[i]))
            i++;
        size_t n = 0;
        while (i + n < len && !strchr(" ,;+/", s[i + n]))
            n++;
        if (!n)
            break;
        char w[64];
        size_t wl = n < sizeof w ? n : sizeof w - 1;
        memcpy(w, s + i, wl);
        w[wl] = '\0';
        if (!mn_owner_word(w, words == 0)) {
            /* one lower-case nickname where a key said an action is meant:
             * "ACTION: rafael to write …", "- tolland: announce …" */
            if (!(strong && words == 0 && i + n >= len && islower((unsigned char)w[0])))
                return 0;
        }
        /* "and", "the" alone own nothing; "Everyone" and "Staff" do */
        if (mn_ts_starts_upper(w) || w[0] == '@' ||
            (!mn_lx_has(mn_lx(), MN_LX_NAME_GLUE, w) && !mn_lx_has(mn_lx(), MN_LX_ARTICLES, w)))
            real++;
        if (++words > 8)
            return 0;
        i += n;
    }
    return real > 0;
}

/* Whether the word W of an office's title may stand at its place: a
 * capitalised word ("Director", "Pro-Vice-Chancellor", "(Education)"; its
 * parentheses aside) or, between two words, a link of the lexicon's
 * office-links ("of", "for", "and"). */
static int mn_office_word(const char *w, int inner)
{
    w += *w == '(';
    return mn_ts_starts_upper(w) || (inner && mn_lx_has(mn_lx(), MN_LX_OFFICE_LINKS, w));
}

int mn_office_title(const char *s)
{
    size_t words = mn_ts_word_count(s);
    if (!words || words > 6 || !mn_ts_starts_upper(s))
        return 0;
    size_t i = 0;
    for (const char *p = s; *p; i++) {
        p += strspn(p, " ");
        size_t n = strcspn(p, " ");
        char w[64];
        if (!n || n >= sizeof w)
            return n == 0;
        memcpy(w, p, n);
        w[n] = '\0';
        if (!mn_office_word(w, i > 0 && p[n] != '\0'))
            return 0;
        p += n;
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

/* A plural noun phrase that names a body ("Co-facilitators of the 2026
 * working groups", "Proponents of a Best Practice Forum"): a capitalised
 * plural first word.  Only after an arrow or a key, before "to". */
static int mn_body_phrase(const char *owner)
{
    size_t n = strcspn(owner, " ");
    return n > 3 && mn_ts_starts_upper(owner) && owner[n - 1] == 's' && mn_ts_word_count(owner) <= 10;
}

void mn_owner_tidy(char *owner)
{
    char *w = owner;
    for (const char *r = owner; *r; r++) {
        if ((*r == '+' || *r == '/') && r > owner && r[-1] == ' ' && r[1] == ' ') {
            if (w > owner && w[-1] == ' ')
                w--;
            *w++ = ',';
            continue;
        }
        *w++ = *r;
    }
    *w = '\0';
    size_t n = strlen(owner);
    while (n > 0 && strchr(" .,;:", owner[n - 1]))
        owner[--n] = '\0';
}

/* ---- the subject ------------------------------------------------------------- */

/* Cuts a subject at a relative clause or a participle ("PSG members who
 * have not yet done so", "Delegations wishing to take the floor"): its new
 * length. */
static size_t mn_subject_core(const char *s, size_t len)
{
    static const char *const rel[] = {" who ", " which ", " that ", NULL};
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ' ')
            continue;
        for (const char *const *r = rel; *r; r++)
            if (strncmp(s + i, *r, strlen(*r)) == 0)
                return i;
        size_t w = 1;
        while (i + w < len && s[i + w] != ' ')
            w++;
        if (w > 4 && islower((unsigned char)s[i + 1]) && strncmp(s + i + w - 3, "ing", 3) == 0)
            return i;
    }
    return len;
}

/* The subject of TEXT before what follows an owner (malloc'd, or NULL). */
static char *mn_subject(const char *text, int strong)
{
    /* "The Secretariat will …": the article is skipped before the verb is
     * looked for, so the verb starts at or after the subject's start. */
    const mn_lexicon *lx = mn_lx();
    const char *s = text;
    for (const char *const *a = mn_lx_words(lx, MN_LX_ARTICLES); *a && s == text; a++) {
        size_t k = mn_ts_starts_upper(s) || strong ? mn_ts_prefix(s, *a, 1) : 0;
        if (k && s[k] == ' ')
            s += k + 1;
    }
    enum mn_link link = MN_LINK_VERB;
    const char *best = mn_first_verb(s, &link);
    if (!best || best == s)
        return NULL;
    if (link == MN_LINK_BARE && mn_ts_prefix(best + 4, "be", 1))
        return NULL; /* "the report to be circulated": acted on, not acting */
    size_t len = (size_t)(best - s);
    while (len > 0 && (s[len - 1] == ',' || s[len - 1] == ' '))
        len--;
    char *owner = mn_ts_fold(s, len);
    if (!owner)
        return NULL;
    int ok = *owner && !mn_lx_has(lx, MN_LX_ARTICLES, owner) && mn_ts_word_count(owner) <= 10 &&
             (mn_ts_starts_upper(owner) || owner[0] == '@' || mn_owner_quantified(owner) ||
              strong || mn_owner_names(owner, strlen(owner), 0)) &&
             !strpbrk(owner, ":()[]\"");
    /* a bare link or a dash says nothing of the subject: it must be names */
    if (ok && (link == MN_LINK_BARE || link == MN_LINK_DASH) &&
        !mn_owner_names(owner, strlen(owner), strong)) {
        size_t core = mn_subject_core(owner, strlen(owner));
        owner[core] = '\0';
        ok = (strong && link == MN_LINK_BARE && mn_body_phrase(owner)) ||
             mn_owner_names(owner, core, strong);
    }
    if (ok && link == MN_LINK_COLON && !mn_ts_starts_upper(owner) && owner[0] != '@')
        ok = mn_owner_names(owner, strlen(owner), strong);
    if (!ok) {
        free(owner);
        return NULL;
    }
    return owner;
}

/* "@maya + @sam — …", "@bochen + Tomás: …", "@noelb open a PR …": the
 * handles (and names joined to them) that open the text. */
static char *mn_handles(const char *text)
{
    if (text[0] != '@' || !isalnum((unsigned char)text[1]))
        return NULL;
    size_t i = 0, end = 0;
    for (;;) {
        size_t w = strcspn(text + i, " ,:");
        int handle = text[i] == '@';
        if (!handle && !mn_ts_starts_upper(text + i))
            break;
        end = i + w;
        i = end;
        if (text[i] == ',' || text[i] == ':')
            i += text[i] == ',' ? 1 : 0;
        i += mn_ts_skip_space(text + i);
        size_t k = (text[i] == '+' || text[i] == '&') ? 1 : mn_ts_prefix(text + i, "and", 1);
        if (!k)
            break;
        i += k;
        i += mn_ts_skip_space(text + i);
    }
    return end ? mn_ts_fold(text, end) : NULL;
}

/* "… (Hyun-woo Park)", "… (Hyejin Cho, Pieter de Vries)", "… (GHM).": names
 * in parentheses that end the text. */
/* Where a state after a spaced dash ends TEXT ("… (Louise) - done.",
 * "… (Katrine) - not done, moved to January."): the dash's offset, or the
 * text's length. */
static size_t mn_before_state(const char *text)
{
    size_t n = strlen(text), cut = n;
    for (const char *p = text; (p = strchr(p, ' ')) != NULL; p++) {
        size_t d = mn_spaced_dash(p);
        if (d && mn_status_tail(p + d) != MN_AST_NONE)
            cut = (size_t)(p - text);
    }
    return cut;
}

static char *mn_trailing_paren(const char *text)
{
    size_t n = mn_before_state(text);
    while (n > 0 && strchr(" .;", text[n - 1]))
        n--;
    if (n < 3 || text[n - 1] != ')')
        return NULL;
    const char *open = NULL;
    for (size_t i = n - 1; i-- > 0 && !open;)
        if (text[i] == '(')
            open = text + i;
        else if (text[i] == ')')
            return NULL;
    if (!open)
        return NULL;
    const char *in = open + 1;
    size_t len = (size_t)(text + n - 1 - in);
    size_t key = mn_ts_prefix(in, "owner", 1);
    if (key && in[key] == ':') /* "(Owner: Ana)" */
        in += key + 1, len -= key + 1;
    while (len && *in == ' ')
        in++, len--;
    if (!len || !mn_ts_starts_upper(in) || !mn_owner_names(in, len, 0) || mn_ts_word_count(in) > 8)
        return NULL;
    return mn_ts_fold(in, len);
}

/* "… by 03/06/22 – GL.": initials or names after a spaced dash at the end. */
static char *mn_trailing_dash(const char *text)
{
    size_t n = strlen(text);
    while (n > 0 && strchr(" .", text[n - 1]))
        n--;
    for (size_t i = n; i-- > 0;) {
        size_t d = mn_spaced_dash(text + i);
        if (!d)
            continue;
        const char *who = text + i + d;
        size_t len = who < text + n ? (size_t)(text + n - who) : 0;
        if (len && len <= 40 && mn_ts_starts_upper(who) && mn_owner_names(who, len, 0) &&
            mn_ts_word_count(who) <= 4)
            return mn_ts_fold(who, len);
        return NULL;
    }
    return NULL;
}

/* ---- a role as the subject ------------------------------------------------- */

/* The word at *P (up to a space; ',' ';' ':' end it too), its length; *P
 * past it and the spaces after. */
static size_t mn_next_word(const char **p, const char **w)
{
    *p += strspn(*p, " ");
    *w = *p;
    size_t n = strcspn(*p, " ,;:");
    *p += n;
    return n;
}

/* "Le Secrétariat établira …", "la direction transmet …", "Mme le Maire
 * transmettra …", "la Secretaría notificará …": an article (after a
 * courtesy title of four letters at most) and a role of the lexicon's
 * owner-roles, then a verb (a lower-case word of three letters or more that
 * is no article or glue): the role owns the action.  French and Spanish
 * minutes write their actions so, the tense in the verb's ending.  The role
 * as written (malloc'd), or NULL. */
char *mn_role_subject(const char *text)
{
    const mn_lexicon *lx = mn_lx();
    const char *p = text, *w;
    size_t n = mn_next_word(&p, &w);
    if (n && n <= 4 && mn_ts_starts_upper(w) && !mn_lx_find(lx, MN_LX_ARTICLES, w, n))
        n = mn_next_word(&p, &w); /* "Mme", "M.", "Sra." */
    if (!n || !mn_lx_find(lx, MN_LX_ARTICLES, w, n))
        return NULL;
    const char *role;
    size_t rn = mn_next_word(&p, &role);
    if (!rn || !mn_lx_find(lx, MN_LX_OWNER_ROLES, role, rn) || *p == ',' || *p == ';' || *p == ':')
        return NULL;
    n = mn_next_word(&p, &w);
    int letter = isalpha((unsigned char)w[0]) || (unsigned char)w[0] >= 0xC3; /* "établira" */
    if (n < 3 || !letter || mn_ts_starts_upper(w) || mn_lx_find(lx, MN_LX_ARTICLES, w, n) ||
        mn_lx_find(lx, MN_LX_NAME_GLUE, w, n) || mn_lx_find(lx, MN_LX_OWNER_ROLES, w, n))
        return NULL;
    return mn_ts_fold(role, rn);
}

/* ---- who the meeting asks ------------------------------------------------- */

enum { MN_LEAD_OWNER_WORDS = 6 };

/* Whether the LEN bytes at W are the link word LINK, or ("de") its elided
 * form glued to the next word ("d'établir"). */
static int mn_link_at(const char *w, size_t len, const char *link)
{
    size_t n = strlen(link);
    if (len == n && strncasecmp(w, link, n) == 0)
        return 1;
    return n == 2 && len > 2 && tolower((unsigned char)w[0]) == link[0] &&
           (w[1] == '\'' || strncmp(w + 1, "\xE2\x80\x99", 3) == 0);
}

/* Who follows the lead E at P: the words up to E's link, names or a role;
 * NULL when the link does not come within a few words. */
static char *mn_owner_before_link(const char *p, const mn_lx_entry *e)
{
    const mn_lexicon *lx = mn_lx();
    if (e->w[e->len - 1] != '\'')
        p += strspn(p, " ");
    const char *from = p, *w;
    size_t n = mn_next_word(&p, &w);
    if (n && mn_lx_find(lx, MN_LX_ARTICLES, w, n))
        from = p + strspn(p, " "), n = mn_next_word(&p, &w); /* "asked the Treasurer to" */
    for (int words = 0; n && words < MN_LEAD_OWNER_WORDS; words++) {
        if (words > 0 && mn_link_at(w, n, e->means)) {
            size_t len = (size_t)(w - from);
            while (len > 0 && from[len - 1] == ' ')
                len--;
            char *owner = mn_ts_fold(from, len);
            const char *first = owner;
            size_t fn = owner ? strcspn(owner, " ") : 0;
            if (owner && (mn_owner_names(owner, strlen(owner), 0) || mn_lx_find(lx, MN_LX_OWNER_ROLES, first, fn)))
                return owner;
            free(owner);
            return NULL;
        }
        if (*p == ',' || *p == ';' || *p == ':')
            return NULL;
        n = mn_next_word(&p, &w);
    }
    return NULL;
}

/* "The committee asked Sanjay to find out …", "Il est demandé au
 * secrétariat de préparer …", "Se pide a la Secretaría que …": who follows
 * a lead of the lexicon's owner-leads and comes before its link (the
 * meaning), when the words read as names or start with a role.  Malloc'd,
 * or NULL. */
char *mn_lead_owner(const char *text)
{
    size_t n = 0;
    const mn_lx_entry *all = mn_lx_entries(mn_lx(), MN_LX_OWNER_LEADS, &n);
    size_t scan = strlen(text) < MN_OWNER_SCAN ? strlen(text) : MN_OWNER_SCAN;
    for (size_t i = 0; i < scan; i++) {
        if (i > 0 && mn_ts_word_at(text + i - 1))
            continue;
        for (size_t k = 0; k < n; k++) {
            const mn_lx_entry *e = &all[k];
            const char *after = text + i + e->len;
            if (i + e->len > strlen(text) || strncasecmp(text + i, e->w, e->len) != 0 ||
                (e->w[e->len - 1] != '\'' && *after != ' '))
                continue;
            char *owner = mn_owner_before_link(after, e);
            if (owner)
                return owner;
        }
    }
    return NULL;
}

char *mn_owner_of(const char *text, int strong)
{
    char *scan = mn_ts_fold(text, strlen(text));
    if (!scan)
        return NULL;
    if (strlen(scan) > MN_OWNER_SCAN) {
        size_t cut = MN_OWNER_SCAN; /* the subject comes first: no need to scan a long text */
        while (cut > 0 && ((unsigned char)scan[cut] & 0xC0) == 0x80)
            cut--;
        scan[cut] = '\0';
    }
    /* an item's number before its owner: "#14 Gordon: update …" */
    size_t lead = 0;
    if (scan[0] == '#' && isdigit((unsigned char)scan[1])) {
        lead = 1 + strspn(scan + 1, "0123456789");
        lead = scan[lead] == ' ' ? lead + 1 : 0;
    }
    char *who = mn_handles(scan + lead);
    if (!who)
        who = mn_subject(scan + lead, strong);
    free(scan);
    if (!who)
        who = mn_trailing_paren(text);
    if (!who)
        who = mn_trailing_dash(text);
    if (who && mn_status_cell(who) != MN_AST_NONE) {
        free(who); /* "… -- DONE", "(Ongoing)": the action's state, not who */
        who = NULL;
    }
    if (who)
        mn_owner_tidy(who);
    if (who && !*who) {
        free(who);
        who = NULL;
    }
    return who;
}
