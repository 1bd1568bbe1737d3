/* SPDX-License-Identifier: MIT */
/* votes.c — what a decision says of itself: its kind (a resolution as
 * written, a motion moved or voted on, an approval, a consensus), its vote
 * as written ("carried 7–0–1" is "7-0-1"; "For 3, Against 1, Abstain 0" is
 * "3-1-0"; "by 9 votes to 14, with 5 abstentions" is "9-14-5"; "Ayes: Cho,
 * Obi. Noes: Ray." is "2-1"), whether it was carried or failed, and who
 * moved and seconded it ("Motion by Ana, second by Bo", "M/S Ana/Bo",
 * "Ana moved …; seconded by Bo").  GOLD.md ("Decisions") settles the calls. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "lexicon.h"
#include "textscan.h"
#include "xmlutil.h"

enum { MN_VOTE_PARTS = 3, MN_NAME_MAX = 80 };

const char *mn_dkind_name(enum mn_dkind k)
{
    static const char *const names[] = {NULL, "resolution", "motion", "consensus", "approval"};
    return k >= MN_DKIND_RESOLUTION && k <= MN_DKIND_APPROVAL ? names[k] : NULL;
}

/* Where the lexicon's entry of LIST stands in TEXT as whole words, from
 * FROM on: its offset, the entry in *e; or -1.  The first entry of the list
 * found anywhere wins (the lists are ordered longest first). */
static long mn_find_entry(const char *text, size_t from, int list, const mn_lx_entry **e)
{
    return mn_ts_find_entry(list, text, from, e); /* one pass, the lexicon's prefix index */
}

/* The entry of LIST that starts at s as whole words, or NULL. */
static const mn_lx_entry *mn_entry_at(const char *s, int list)
{
    size_t n = 0;
    const mn_lx_entry *v; /* the few entries s may start with */
    const unsigned *at = mn_ts_candidates(list, s, &v, &n);
    for (size_t c = 0; c < n; c++)
        if (strncasecmp(s, v[at[c]].w, v[at[c]].len) == 0 && !mn_ts_word_at(s + v[at[c]].len))
            return &v[at[c]];
    return NULL;
}

/* ---- votes ------------------------------------------------------------------ */

/* A count of 1–3 digits at s (not part of a longer token: "2019-05-07" is
 * no vote): its value and bytes, or 0 bytes. */
static size_t mn_count_at(const char *s, int *value)
{
    size_t n = 0;
    while (isdigit((unsigned char)s[n]) && n < 4)
        n++;
    if (!n || n > 3 || isalnum((unsigned char)s[n]))
        return 0;
    *value = atoi(s);
    return n;
}

/* "7–0–1", "5-0", "(4–2–0)" at s: the counts into v, their number (2 or 3);
 * the bytes in *len. */
static int mn_dash_vote(const char *s, int *v, size_t *len)
{
    size_t i = 0;
    int n = 0;
    for (;;) {
        size_t k = mn_count_at(s + i, &v[n]);
        if (!k)
            return 0;
        i += k;
        n++;
        size_t d = mn_ts_dash(s + i);
        if (!d || n == MN_VOTE_PARTS || !isdigit((unsigned char)s[i + d]))
            break;
        i += d;
    }
    *len = i;
    return n >= 2 ? n : 0;
}

/* Whether a vote lead ("carried", "vote of", "(") stands just before s,
 * a colon or comma between them ("by unanimous vote, 7-0"). */
static int mn_vote_led(const char *text, const char *s)
{
    size_t at = (size_t)(s - text);
    while (at > 0 && strchr(" :,", text[at - 1]))
        at--;
    if (at > 0 && text[at - 1] == '(')
        return 1;
    size_t back = at > 24 ? at - 24 : 0;
    for (size_t i = back; i < at; i++) {
        if (i > 0 && mn_ts_word_at(text + i - 1))
            continue;
        const mn_lx_entry *e = mn_entry_at(text + i, MN_LX_VOTE_LEADS);
        if (e && i + e->len == at)
            return 1;
    }
    return 0;
}

static void mn_vote_string(const int *v, int n, char *out, size_t size)
{
    if (n == 2)
        snprintf(out, size, "%d-%d", v[0], v[1]);
    else
        snprintf(out, size, "%d-%d-%d", v[0], v[1], v[2]);
}

/* The vote word (for, against, abstain) that stands at s, its bytes in
 * *len; NULL when none. */
static const char *mn_vote_word(const char *s, size_t *len)
{
    const mn_lx_entry *e = mn_entry_at(s, MN_LX_VOTE_WORDS);
    if (!e)
        return NULL;
    *len = e->len;
    return e->means;
}

/* Names listed after "Ayes:" up to the sentence's end: how many, or -1 for
 * "None" (a count nobody wrote). */
static int mn_count_names(const char *s)
{
    size_t end = strcspn(s, ".;"), word = 0;
    while (word < end && mn_ts_word_at(s + word))
        word += mn_ts_char_len(s + word);
    if (end == 0 || mn_lx_find(mn_lx(), MN_LX_NOT_NAMES, s, word))
        return -1;
    int names = 1;
    for (size_t i = 0; i < end; i++)
        names += s[i] == ',' || (s[i] == ' ' && mn_ts_prefix(s + i + 1, "and", 1));
    return names;
}

/* Counts with vote words: "For 3, Against 1, Abstain 0", "4 in favour, 1
 * against", "Ayes: 5. Noes: 0.", "Ayes: Cho, Obi. Noes: Ray." */
static int mn_word_vote(const char *text, int *v)
{
    int n = 0, have_for = 0;
    for (size_t i = 0; text[i] && n < MN_VOTE_PARTS; i++) {
        if (i > 0 && mn_ts_word_at(text + i - 1))
            continue;
        int value = 0;
        size_t k = mn_count_at(text + i, &value), wl = 0;
        if (k && text[i + k] == ' ' && mn_vote_word(text + i + k + 1, &wl)) {
            v[n++] = value; /* "4 in favour" */
            have_for |= 1;
            i += k + wl;
            continue;
        }
        const char *means = k ? NULL : mn_vote_word(text + i, &wl);
        if (!means || (!have_for && strcmp(means, "for") != 0))
            continue;
        size_t j = i + wl;
        j += text[j] == ':' ? 1 : 0;
        j += mn_ts_skip_space(text + j);
        if ((k = mn_count_at(text + j, &value)) > 0)
            v[n++] = value; /* "For 3" */
        else if (text[i + wl] == ':')
            v[n++] = mn_count_names(text + j); /* "Ayes: Cho, Obi." */
        else
            continue;
        if (v[n - 1] < 0 && strcmp(means, "abstain") == 0)
            n--; /* "Abstentions: none" adds nothing to "5-0" */
        else if (v[n - 1] < 0)
            v[n - 1] = 0;
        have_for = 1;
        i = j;
    }
    return n >= 2 ? n : 0;
}

/* "by 9 votes to 14, with 5 abstentions", "by 6 votes to 1". */
static int mn_votes_to(const char *text, int *v)
{
    const mn_lx_entry *e = NULL;
    for (long at = mn_find_entry(text, 0, MN_LX_VOTE_UNITS, &e); at > 0;
         at = mn_find_entry(text, (size_t)at + 1, MN_LX_VOTE_UNITS, &e)) {
        size_t i = (size_t)at - 1;
        while (i > 0 && isdigit((unsigned char)text[i - 1]))
            i--;
        size_t after = (size_t)at + e->len + mn_ts_skip_space(text + at + e->len);
        if (!mn_count_at(text + i, &v[0]) || !mn_count_at(text + after, &v[1]))
            continue;
        const char *rest = text + after;
        for (size_t j = 0; rest[j] && j < 40; j++) {
            size_t wl = 0;
            const char *means = NULL;
            if (mn_count_at(rest + j, &v[2]) && (j == 0 || !isdigit((unsigned char)rest[j - 1])) &&
                rest[j + strspn(rest + j, "0123456789")] == ' ' &&
                (means = mn_vote_word(rest + j + strspn(rest + j, "0123456789") + 1, &wl)) &&
                strcmp(means, "abstain") == 0 && j > 0)
                return 3;
        }
        return 2;
    }
    return 0;
}

int mn_vote_of(const char *text, char *vote, size_t size)
{
    int v[MN_VOTE_PARTS] = {0};
    int n = mn_votes_to(text, v);
    for (size_t i = 0; !n && text[i]; i++) {
        if (i > 0 && (isdigit((unsigned char)text[i - 1]) || text[i - 1] == '#' || text[i - 1] == '/'))
            continue;
        size_t len = 0;
        if (isdigit((unsigned char)text[i]) && (n = mn_dash_vote(text + i, v, &len)) > 0 &&
            !(mn_vote_led(text, text + i) && (text[i + len] == ')' || text[i + len] == ',' ||
                                              !isalnum((unsigned char)text[i + len]))))
            n = 0;
    }
    if (!n)
        n = mn_word_vote(text, v);
    if (!n)
        return 0;
    mn_vote_string(v, n, vote, size);
    return 1;
}

/* ---- result --------------------------------------------------------------- */

int mn_result_failed(const char *text)
{
    const mn_lx_entry *e = NULL;
    return mn_find_entry(text, 0, MN_LX_RESULT_WORDS, &e) >= 0 && strcmp(e->means, "failed") == 0;
}

/* ---- mover and seconder -------------------------------------------------------- */

/* Copies the names that follow s (up to a comma, "and", "that", "to", a
 * full stop) into OUT; 0 when none reads as names. */
static int mn_names_after(const char *s, char *out, size_t size)
{
    s += mn_ts_skip_space(s);
    size_t end = 0;
    for (size_t i = 0; s[i]; i++) {
        if (strchr(",;:()", s[i]) || (s[i] == '.' && (s[i + 1] == ' ' || !s[i + 1]) && i > 1 &&
                                      !isupper((unsigned char)s[i - 1])))
            break;
        if (s[i] == ' ' && !mn_ts_starts_upper(s + i + 1) && s[i + 1] != '@')
            break;
        end = i + 1;
    }
    if (!end || end >= size || !mn_ts_starts_upper(s) || !mn_owner_names(s, end, 0))
        return 0;
    memcpy(out, s, end);
    out[end] = '\0';
    return 1;
}

/* Copies the capitalised words just before TEXT[at] ("Cllr Pryce proposed")
 * into OUT; 0 when none. */
static int mn_names_before(const char *text, size_t at, char *out, size_t size)
{
    size_t end = at;
    while (end > 0 && text[end - 1] == ' ')
        end--;
    size_t start = end;
    for (int words = 0; start > 0 && words < 4; words++) {
        size_t w = start;
        while (w > 0 && text[w - 1] != ' ')
            w--;
        if (!mn_ts_starts_upper(text + w) || strchr(text + w, ',') < text + start)
            break;
        start = w;
        while (start > 0 && text[start - 1] == ' ')
            start--;
    }
    while (start < end && text[start] == ' ')
        start++;
    if (start >= end || end - start >= size || !mn_owner_names(text + start, end - start, 0))
        return 0;
    memcpy(out, text + start, end - start);
    out[end - start] = '\0';
    return 1;
}

/* "Ana/Bo" or "(Ana/Bo)" after M/S or MOTION: mover and seconder. */
int mn_pair_at(const char *s, char *mover, char *seconder, size_t size)
{
    s += mn_ts_skip_space(s);
    s += *s == '(';
    const char *slash = s;
    while (*slash && (isalpha((unsigned char)*slash) || *slash == '-' || *slash == '\'' ||
                      (unsigned char)*slash >= 0x80))
        slash++;
    if (*slash != '/' || slash == s || (size_t)(slash - s) >= size)
        return 0;
    const char *b = slash + 1, *e = b;
    while (*e && (isalpha((unsigned char)*e) || *e == '-' || *e == '\'' || (unsigned char)*e >= 0x80))
        e++;
    if (e == b || (size_t)(e - b) >= size || !mn_ts_starts_upper(s) || !mn_ts_starts_upper(b))
        return 0;
    memcpy(mover, s, (size_t)(slash - s));
    mover[slash - s] = '\0';
    memcpy(seconder, b, (size_t)(e - b));
    seconder[e - b] = '\0';
    return 1;
}

/* The name WORDS of LIST point at: before or after the key as its meaning
 * says, the first key that gives one. */
static int mn_named_by(const char *text, int list, char *out, size_t size, char *second)
{
    size_t n = 0;
    const mn_lx_entry *v = mn_lx_entries(mn_lx(), list, &n);
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; text[i]; i++) {
            if ((i > 0 && mn_ts_word_at(text + i - 1)) || strncasecmp(text + i, v[k].w, v[k].len) != 0 ||
                mn_ts_word_at(text + i + v[k].len))
                continue;
            const char *after = text + i + v[k].len;
            int ok = strcmp(v[k].means, "before") == 0 ? mn_names_before(text, i, out, size)
                     : strcmp(v[k].means, "pair") == 0 ? second && mn_pair_at(after, out, second, size)
                                                       : mn_names_after(after, out, size);
            if (ok)
                return 1;
        }
    return 0;
}

/* ---- kind ----------------------------------------------------------------------- */

/* Whether folded TEXT approves the record or the order of business ("The
 * minutes were approved", "Motion to approve the agenda"). */
static int mn_approves_record(const char *text)
{
    const mn_lx_entry *e = NULL;
    return mn_find_entry(text, 0, MN_LX_APPROVAL_OBJECTS, &e) >= 0 &&
           (mn_find_entry(text, 0, MN_LX_APPROVAL_PARTICIPLES, &e) >= 0 ||
            mn_find_entry(text, 0, MN_LX_DECISION_VERBS, &e) >= 0 || mn_ts_has_word(text, "approve") ||
            mn_ts_has_word(text, "adopt") || mn_ts_has_word(text, "accept") ||
            mn_ts_has_word(text, "confirm"));
}

static enum mn_dkind mn_dkind_of(const char *text, enum mn_dkind hint, int moved, int voted)
{
    if (mn_approves_record(text))
        return MN_DKIND_APPROVAL;
    if (moved || voted)
        return MN_DKIND_MOTION;
    if (hint != MN_DKIND_NONE)
        return hint;
    const mn_lx_entry *e = NULL;
    if (mn_find_entry(text, 0, MN_LX_DECISION_PHRASES, &e) >= 0)
        return strcmp(e->means, "approval") == 0     ? MN_DKIND_APPROVAL
               : strcmp(e->means, "resolution") == 0 ? MN_DKIND_RESOLUTION
                                                      : MN_DKIND_CONSENSUS;
    long at = mn_find_entry(text, 0, MN_LX_DECISION_VERBS, &e);
    if (at >= 0)
        return strcmp(e->means, "approval") == 0 ? MN_DKIND_APPROVAL
               : strcmp(e->means, "motion") == 0 ? MN_DKIND_MOTION
                                                 : MN_DKIND_CONSENSUS;
    if (mn_find_entry(text, 0, MN_LX_APPROVAL_PARTICIPLES, &e) >= 0 && strcmp(e->means, "record") != 0)
        return MN_DKIND_APPROVAL;
    return MN_DKIND_CONSENSUS;
}

/* A decision is read in its first bytes: a motion's words and its vote
 * come early, and a pasted transcript is not read whole. */
enum { MN_DESCRIBE_MAX = 4096 };

void mn_decision_describe(xmlNodePtr decision, const char *whole, enum mn_dkind hint)
{
    char head[MN_DESCRIBE_MAX + 1];
    const char *text = whole;
    if (strlen(whole) > MN_DESCRIBE_MAX) {
        size_t cut = MN_DESCRIBE_MAX;
        while (cut > 0 && ((unsigned char)whole[cut] & 0xC0) == 0x80)
            cut--;
        memcpy(head, whole, cut);
        head[cut] = '\0';
        text = head;
    }
    char mover[MN_NAME_MAX] = "", seconder[MN_NAME_MAX] = "", vote[24] = "";
    mn_named_by(text, MN_LX_MOVER_WORDS, mover, sizeof mover, seconder);
    if (!*seconder)
        mn_named_by(text, MN_LX_SECONDER_WORDS, seconder, sizeof seconder, NULL);
    int voted = mn_vote_of(text, vote, sizeof vote);
    const mn_lx_entry *e = NULL;
    int moved = *mover || *seconder || mn_find_entry(text, 0, MN_LX_MOVER_WORDS, &e) >= 0 ||
                mn_find_entry(text, 0, MN_LX_SECONDER_WORDS, &e) >= 0;
    enum mn_dkind kind = mn_dkind_of(text, hint, moved, voted);

    mn_set_attr(decision, "kind", mn_dkind_name(kind));
    if (voted)
        mn_set_attr(decision, "vote", vote);
    if (*mover)
        mn_set_attr(decision, "mover", mover);
    if (*seconder)
        mn_set_attr(decision, "seconder", seconder);
    mn_set_attr(decision, "result", mn_result_failed(text) ? "failed" : "carried");
}
