/* SPDX-License-Identifier: MIT */
/* marks.c — the markers that make a line an action or a decision, as groups
 * write them (../shared/CONVENTIONS.md, "Actions" and "Decisions"):
 *
 *   arrows and symbol bullets   "→ The Secretariat to …", "➢ …"
 *   task boxes                  "[ ] @ana draft …", "[x] …", "☐ …", "☒ …"
 *   action keys                 "ACTION:", "Action item:", "AI:", "Action 3:",
 *                               "Action #2:", "ACTION A1:", "ACTION (Ana):",
 *                               "Action Item #9 (Ana):", "Action Ana:",
 *                               "ACTION on Ana to …", "[ACTION] Ana – …",
 *                               "TODO(Ana):", "NEW ACTION:"
 *   handles                     "@ana: ask the PMC …"
 *   decision keys               "DECISION:", "RESOLVED:", "Resolution #3:",
 *                               "RESOLVED that …", "Resolved, that …",
 *                               "Resolution 2019-05/01 WG 2 adopts …",
 *                               "Agreed:", "Consensus:", "hum: …"
 *   a trailing owner            "… by 30 September.  Action: Clare"
 *
 * The keys are the lexicon's (action-markers, decision-markers, task-boxes,
 * action-arrows), in any case, with or without emphasis; a key of one or
 * two letters ("AI") only in capitals, since as a word it is a word. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "lexicon.h"
#include "textscan.h"

/* Emphasis Markdown left in text ("**ACTION:**" read as text). */
static size_t mn_skip_emphasis(const char *s)
{
    return strspn(s, "*_");
}

/* Bytes of the decorations before a key: emphasis, white space and the
 * pictographs people put in front ("✔️ **Agreed:**", "📌 Action items"). */
static size_t mn_skip_decoration(const char *s)
{
    size_t i = 0;
    for (;;) {
        const unsigned char *u = (const unsigned char *)s + i;
        size_t k = mn_skip_emphasis(s + i);
        if (!k)
            k = mn_ts_space(s + i);
        if (!k && u[0] == 0xE2 && (u[1] == 0x9C || u[1] == 0x9D || u[1] == 0x98 || u[1] == 0x9B))
            k = 3; /* U+2600..U+27BF dingbats: ✔ ✓ ☑ ✅ … (arrows are read first) */
        if (!k && u[0] == 0xF0 && u[1] == 0x9F)
            k = 4; /* U+1F000.. pictographs */
        if (!k && u[0] == 0xEF && u[1] == 0xB8 && u[2] == 0x8F)
            k = 3; /* VS16, the emoji presentation selector */
        if (!k)
            return i;
        i += k;
    }
}

/* The lexicon's entry of LIST that s starts with, ASCII case ignored, ending
 * at a word boundary; its length in *len.  First match wins (the lists are
 * ordered longest first). */
static const mn_lx_entry *mn_key_at(int list, const char *s, size_t *len)
{
    size_t n = 0;
    const mn_lx_entry *v; /* the few entries s may start with */
    const unsigned *at = mn_ts_candidates(list, s, &v, &n);
    for (size_t c = 0; c < n; c++) {
        size_t i = at[c];
        size_t k = mn_ts_prefix(s, v[i].w, 1);
        if (!k)
            continue;
        if (k <= 2 && strncmp(s, v[i].w, k) != 0) {
            int caps = 1; /* "AI", never "ai" or "Ai" */
            for (size_t j = 0; j < k; j++)
                caps &= isupper((unsigned char)s[j]) != 0;
            if (!caps)
                continue;
        }
        *len = k;
        return &v[i];
    }
    return NULL;
}

/* An action's number after its key: "3", "#2", "A", "A1", "#14", "12b".
 * Returns its bytes (0: none) and copies it to REF. */
static size_t mn_ref_at(const char *s, char *ref, size_t size)
{
    size_t i = s[0] == '#' ? 1 : 0, letters = 0, digits = 0;
    while (isupper((unsigned char)s[i]) && letters < 2)
        i++, letters++;
    while (isdigit((unsigned char)s[i]) && digits < 6)
        i++, digits++;
    if (digits && islower((unsigned char)s[i]) && !isalpha((unsigned char)s[i + 1]))
        i++;
    if ((!digits && letters != 1) || isalnum((unsigned char)s[i]) || !i || i >= size)
        return 0; /* "Action Ana:" is an owner, "Action items" a word */
    memcpy(ref, s, i);
    ref[i] = '\0';
    return i;
}

/* "(Owner)" at s: its bytes and the owner folded into OWNER, or 0 ("( )"
 * names no one but is still the key's parenthesis). */
static size_t mn_paren_owner(const char *s, char *owner, size_t size)
{
    if (s[0] != '(')
        return 0;
    const char *close = strchr(s + 1, ')');
    if (!close || (size_t)(close - s) >= size)
        return 0;
    char *folded = mn_ts_fold(s + 1, (size_t)(close - s - 1));
    if (folded && *folded && strlen(folded) < size)
        strcpy(owner, folded);
    free(folded);
    return (size_t)(close + 1 - s);
}

/* Names before a colon right after the key ("Action Ana Ruiz:", "AP
 * Louise:"): their bytes up to the colon, copied to OWNER; 0 when the words
 * do not read as owners or no colon closes them within a few words. */
static size_t mn_named_owner(const char *s, char *owner, size_t size)
{
    const char *colon = strchr(s, ':');
    if (!colon || colon == s || (size_t)(colon - s) >= size || (size_t)(colon - s) > 60)
        return 0;
    size_t len = (size_t)(colon - s);
    if (!mn_ts_starts_upper(s) && s[0] != '@')
        return 0;
    if (!mn_owner_names(s, len, 0))
        return 0;
    memcpy(owner, s, len);
    owner[len] = '\0';
    return len;
}

/* White space, emphasis and one colon or spaced dash after a key: the bytes
 * up to the text, or 0 when neither closes the key. */
static size_t mn_key_close(const char *s)
{
    size_t i = mn_skip_emphasis(s);
    i += mn_ts_skip_space(s + i);
    i += mn_skip_emphasis(s + i);
    if (s[i] == ':') {
        i++;
    } else {
        size_t d = mn_ts_dash(s + i);
        if (!d || i == 0)
            return 0;
        i += d;
    }
    i += mn_skip_emphasis(s + i);
    return i + mn_ts_skip_space(s + i);
}

/* After an action key at s: a number, an owner in parentheses, "on Ana to",
 * names and a colon; fills lead and returns the bytes of the marker (0: the
 * key does not open an action line). */
static size_t mn_action_key_rest(const char *s, mn_lead *lead)
{
    size_t i = mn_skip_emphasis(s);
    i += mn_ts_skip_space(s + i);
    size_t r = mn_ref_at(s + i, lead->ref, sizeof lead->ref);
    if (r) {
        i += r;
        i += mn_ts_skip_space(s + i);
    }
    size_t p = mn_paren_owner(s + i, lead->owner, sizeof lead->owner);
    if (p) {
        /* "ACTION (Ana):": the owner goes to its attribute */
        size_t c = mn_key_close(s + i + p);
        lead->strip = c && !r;
        return c ? i + p + c : 0;
    }
    size_t k = 0;
    if (!r && mn_key_at(MN_LX_ACTION_OWNER_LINKS, s + i, &k) && s[i + k] == ' ' &&
        mn_ts_starts_upper(s + i + k + 1))
        return i + k + 1; /* "ACTION on Ana to …": the owner is read from the text */
    /* without a number, the close is read from the key's end, so that the
     * space before a dash is seen ("Action – Ana to …", not "Action-Ana") */
    size_t at = r ? i : 0, c = mn_key_close(s + at);
    if (c) {
        if (!r)
            lead->strip = 1; /* a bare "ACTION:" says no more than the element */
        return at + c;
    }
    size_t n = r ? 0 : mn_named_owner(s + i, lead->owner, sizeof lead->owner);
    if (n && (c = mn_key_close(s + i + n)) > 0)
        return i + n + c;
    lead->ref[0] = lead->owner[0] = '\0';
    return 0;
}

/* "[ACTION]", "[Action item]": a key in brackets, the owner read from the
 * text after it. */
static size_t mn_bracket_key(const char *s)
{
    size_t k = 0;
    if (s[0] != '[' || !mn_key_at(MN_LX_ACTION_MARKERS, s + 1, &k) || s[1 + k] != ']')
        return 0;
    size_t i = 2 + k;
    i += mn_ts_skip_space(s + i);
    i += mn_ts_dash(s + i) ? mn_ts_dash(s + i) : s[i] == ':';
    return i + mn_ts_skip_space(s + i);
}

static enum mn_mark mn_action_key(const char *s, mn_lead *lead)
{
    size_t k = 0, rest;
    if ((k = mn_bracket_key(s)) > 0) {
        lead->len = k;
    } else if (mn_key_at(MN_LX_ACTION_MARKERS, s, &k) && (rest = mn_action_key_rest(s + k, lead))) {
        lead->len = k + rest;
        lead->strip = lead->strip ? lead->len : 0;
    } else {
        return MN_MARK_NONE;
    }
    lead->keyword = 1;
    return lead->mark = MN_MARK_ACTION;
}

/* "RESOLVED that …", "Resolved, that …", "RESOLVED to …", "Consensus on
 * PR #2301", "Resolution 2019-05/01 WG 2 adopts …": a key that opens the
 * decision's own sentence (decision-joins), kept in the text. */
static int mn_decision_in_sentence(const char *s, enum mn_dkind kind)
{
    size_t i = s[0] == ',' ? 1 : 0, k = 0;
    i += mn_ts_skip_space(s + i);
    const mn_lx_entry *j = i > 0 ? mn_key_at(MN_LX_DECISION_JOINS, s + i, &k) : NULL;
    if (j)
        return kind == MN_DKIND_RESOLUTION || strcmp(j->means, "resolution") != 0;
    /* a resolution's number: "Resolution 2019-05/01 WG 2 adopts …" */
    size_t d = 0;
    while (s[i + d] && strchr("0123456789/-.#", s[i + d]))
        d++;
    return kind == MN_DKIND_RESOLUTION && d >= 2 && s[i + d] == ' ' && isdigit((unsigned char)s[i]);
}

/* A colon a few words after a decision key ("Consensus in the meeting:",
 * "Agreement in the room:"): the bytes up to the text after it, or 0. */
static size_t mn_late_colon(const char *s)
{
    size_t words = 0;
    for (size_t i = 0; s[i] && words <= 4; i++) {
        if (s[i] == ':')
            return s[i + 1] == ' ' ? i + 1 + mn_ts_skip_space(s + i + 1) : 0;
        if (strchr(".;?!()", s[i]))
            return 0;
        words += s[i] == ' ';
    }
    return 0;
}

static enum mn_mark mn_decision_key(const char *s, mn_lead *lead)
{
    size_t k = 0;
    const mn_lx_entry *e = mn_key_at(MN_LX_DECISION_MARKERS, s, &k);
    if (!e)
        return MN_MARK_NONE;
    enum mn_dkind kind = strcmp(e->means, "resolution") == 0 ? MN_DKIND_RESOLUTION : MN_DKIND_CONSENSUS;
    size_t i = k + mn_skip_emphasis(s + k);
    i += mn_ts_skip_space(s + i);
    size_t r = mn_ref_at(s + i, lead->ref, sizeof lead->ref);
    size_t c = mn_key_close(s + i + r), late = 0;
    lead->ref[0] = '\0';
    if (c && s[i + r + c]) {
        lead->len = i + r + c;
        /* a bare "RESOLVED:" says no more than the element */
        lead->strip = !r && !strchr(e->w, ' ') ? lead->len : 0;
    } else if ((late = mn_late_colon(s + k)) > 0 && s[k + late]) {
        lead->len = k + late;
    } else if (!mn_decision_in_sentence(s + k, kind)) {
        return MN_MARK_NONE;
    }
    lead->kind = kind;
    lead->keyword = 1;
    return lead->mark = MN_MARK_DECISION;
}

/* "@ana: …", "@ana, @bo: …": handles that own what follows the colon. */
static enum mn_mark mn_handle_key(const char *s, mn_lead *lead)
{
    if (s[0] != '@' || !isalnum((unsigned char)s[1]))
        return MN_MARK_NONE;
    const char *colon = strchr(s, ':');
    if (!colon || colon[1] != ' ' || (size_t)(colon - s) >= sizeof lead->owner ||
        !mn_owner_names(s, (size_t)(colon - s), 1))
        return MN_MARK_NONE;
    memcpy(lead->owner, s, (size_t)(colon - s));
    lead->owner[colon - s] = '\0';
    lead->len = (size_t)(colon + 1 - s) + mn_ts_skip_space(colon + 1);
    return lead->mark = MN_MARK_ACTION;
}

static enum mn_mark mn_arrow_or_box(const char *s, mn_lead *lead)
{
    const mn_lexicon *lx = mn_lx();
    for (const char *const *a = mn_lx_words(lx, MN_LX_ACTION_ARROWS); *a; a++)
        if (strncmp(s, *a, strlen(*a)) == 0) {
            lead->len = lead->strip = strlen(*a);
            return lead->mark = MN_MARK_ACTION;
        }
    size_t n = 0;
    const mn_lx_entry *box = mn_lx_entries(lx, MN_LX_TASK_BOXES, &n);
    for (size_t i = 0; i < n; i++)
        if (strncasecmp(s, box[i].w, box[i].len) == 0 && mn_ts_space(s + box[i].len)) {
            lead->len = box[i].len;
            lead->status = strcmp(box[i].means, "done") == 0 ? MN_AST_DONE : MN_AST_OPEN;
            return lead->mark = MN_MARK_ACTION;
        }
    return MN_MARK_NONE;
}

enum mn_mark mn_lead_read(const char *text, mn_lead *lead)
{
    memset(lead, 0, sizeof *lead);
    size_t skip = mn_ts_skip_space(text);
    const char *s = text + skip;
    if (mn_arrow_or_box(s, lead) == MN_MARK_NONE) {
        skip += mn_skip_decoration(s);
        s = text + skip;
        if (mn_action_key(s, lead) == MN_MARK_NONE && mn_decision_key(s, lead) == MN_MARK_NONE)
            mn_handle_key(s, lead);
    }
    if (lead->mark == MN_MARK_NONE)
        return MN_MARK_NONE;
    lead->len += skip;
    lead->len += mn_ts_skip_space(text + lead->len);
    if (lead->strip)
        lead->strip = lead->len; /* the arrow and the space after it */
    if (lead->status == MN_AST_NONE && lead->len) {
        /* a box after an arrow or a key: "→ [x] …" (kept in the text) */
        mn_lead box;
        memset(&box, 0, sizeof box);
        if (mn_arrow_or_box(text + lead->len, &box) == MN_MARK_ACTION && box.status) {
            lead->status = box.status;
            lead->len += box.len;
            lead->len += mn_ts_skip_space(text + lead->len);
        }
    }
    mn_owner_tidy(lead->owner);
    return lead->mark;
}

/* ---- a trailing owner --------------------------------------------------------- */

long mn_trailing_owner(const char *text, char *owner, size_t size)
{
    size_t n = strlen(text), keylen = 0;
    while (n > 0 && strchr(" .)*_", text[n - 1]))
        n--;
    for (size_t i = n; i-- > 0;) {
        if (i > 0 && mn_ts_word_before(text, text + i))
            continue;
        const mn_lx_entry *e = mn_key_at(MN_LX_ACTION_MARKERS, text + i, &keylen);
        if (!e)
            continue;
        size_t j = i + keylen;
        j += mn_skip_emphasis(text + j);
        if (text[j] != ':')
            return -1; /* the last key is not "Action: Name" */
        j++;
        j += mn_skip_emphasis(text + j);
        j += mn_ts_skip_space(text + j);
        size_t len = n > j ? n - j : 0;
        if (!len || len >= size || !mn_owner_names(text + j, len, 0) || i == 0)
            return -1;
        memcpy(owner, text + j, len);
        owner[len] = '\0';
        mn_owner_tidy(owner);
        size_t start = i;
        while (start > 0 && strchr(" (*_\t", text[start - 1]))
            start--;
        return (long)start;
    }
    return -1;
}
