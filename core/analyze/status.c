/* SPDX-License-Identifier: MIT */
/* status.c — an action's state as minutes write it: in a Status column
 * ("Done – quotes circulated", "Ongoing – carried", "Open"), or at the end
 * of its line: after a dash ("… — done, see PR #231", "… -- DONE"), after
 * "Status:", in a closing parenthesis ("(done during the call)",
 * "(carried over from 2019)") or as a short last sentence ("Closed.").
 * The words are the lexicon's status-words, ordered so that the first one
 * found wins ("not done" before "done"). */
#include <ctype.h>
#include <string.h>

#include "actions.h"
#include "lexicon.h"
#include "textscan.h"

/* A tail longer than this is a sentence about something else. */
enum { MN_TAIL_WORDS = 10 };

const char *mn_status_name(enum mn_astatus s)
{
    static const char *const names[] = {NULL, "open", "done", "carried"};
    return s >= MN_AST_OPEN && s <= MN_AST_CARRIED ? names[s] : NULL;
}

static enum mn_astatus mn_status_means(const char *means)
{
    if (strcmp(means, "done") == 0)
        return MN_AST_DONE;
    if (strcmp(means, "carried") == 0)
        return MN_AST_CARRIED;
    return MN_AST_OPEN;
}

/* Whether a clause starts at s[i]: the start, or after ", " or "; " (and
 * white space or emphasis). */
static int mn_clause_start(const char *s, size_t i)
{
    while (i > 0 && strchr(" *_", s[i - 1]))
        i--;
    return i == 0 || s[i - 1] == ',' || s[i - 1] == ';';
}

/* Whether the status word of LEN bytes at w (REST bytes left in the tail)
 * reads as a state, not a task: a participle ("completed", "done"), several
 * words ("in progress"), or nothing but punctuation after it ("Complete.");
 * "complete the survey" and "open a ticket" are tasks. */
static int mn_state_word(const char *w, size_t len, size_t rest)
{
    if (memchr(w, ' ', len) || (len > 2 && strncasecmp(w + len - 2, "ed", 2) == 0) ||
        mn_ts_equal(w, len, "done"))
        return 1;
    size_t i = len;
    while (i < rest && w[i] == ' ')
        i++;
    return i >= rest || strchr(",;.)!:", w[i]) != NULL;
}

/* Whether WORD (LEN bytes) stands in s[0, n) as whole words; with CLAUSE,
 * only where a clause starts ("done, see PR 12", "no reply yet, carried"). */
static int mn_has_words(const char *s, size_t n, const char *word, size_t len, int clause)
{
    for (size_t i = 0; i + len <= n; i++) {
        if (i > 0 && mn_ts_word_at(s + i - 1))
            continue;
        if (clause && (!mn_clause_start(s, i) || !mn_state_word(s + i, len, n - i)))
            continue;
        if (strncasecmp(s + i, word, len) == 0 && (i + len == n || !mn_ts_word_at(s + i + len)))
            return 1;
    }
    return 0;
}

/* The status the LEN bytes at s give: the first status word of the list
 * found in them (with CLAUSE, where a clause starts). */
static enum mn_astatus mn_status_in(const char *s, size_t n, int clause)
{
    size_t count = 0;
    const mn_lx_entry *v = mn_lx_entries(mn_lx(), MN_LX_STATUS_WORDS, &count);
    for (size_t i = 0; i < count; i++)
        if (mn_has_words(s, n, v[i].w, v[i].len, clause))
            return mn_status_means(v[i].means);
    return MN_AST_NONE;
}

static size_t mn_words_in(const char *s, size_t n)
{
    size_t words = 0;
    for (size_t i = 0; i < n; i++)
        if (mn_ts_word_at(s + i) && (i == 0 || !mn_ts_word_at(s + i - 1)))
            words++;
    return words;
}

enum mn_astatus mn_status_cell(const char *text)
{
    size_t n = strlen(text);
    return n && mn_words_in(text, n) <= 2 * MN_TAIL_WORDS ? mn_status_in(text, n, 0) : MN_AST_NONE;
}

/* The status a tail s[0, n) gives, when it is short enough to be one: a
 * status word that opens one of its clauses ("… — complete the survey" is a
 * task, "… — completed" a state). */
static enum mn_astatus mn_tail_status(const char *s, size_t n)
{
    if (!n || mn_words_in(s, n) > MN_TAIL_WORDS)
        return MN_AST_NONE;
    return mn_status_in(s, n, 1);
}

/* The start of the part after the last spaced dash, or NULL. */
static const char *mn_after_dash(const char *text, size_t n)
{
    for (size_t i = n; i-- > 1;) {
        if (text[i - 1] != ' ')
            continue;
        size_t d = mn_ts_dash(text + i);
        if (d && text[i + d] == '-')
            d++; /* "--" */
        if (d && text[i + d] == ' ')
            return text + i + d + 1;
    }
    return NULL;
}

/* The last parenthesis of TEXT when it closes the text: its inside. */
static const char *mn_last_paren(const char *text, size_t n, size_t *len)
{
    while (n > 0 && strchr(" .;", text[n - 1]))
        n--;
    if (!n || text[n - 1] != ')')
        return NULL;
    for (size_t i = n - 1; i-- > 0;)
        if (text[i] == '(') {
            *len = n - 1 - (i + 1);
            return text + i + 1;
        }
    return NULL;
}

/* The last sentence of TEXT: after the last ". " before its end. */
static const char *mn_last_sentence(const char *text, size_t n)
{
    while (n > 0 && strchr(" .", text[n - 1]))
        n--;
    for (size_t i = n; i-- > 1;)
        if (text[i] == ' ' && text[i - 1] == '.')
            return text + i + 1;
    return NULL;
}

enum mn_astatus mn_status_tail(const char *text)
{
    size_t n = strlen(text), k = 0;
    const char *s = NULL;
    for (size_t i = 0; i < n && !s; i++)
        if ((k = mn_ts_prefix(text + i, "status", 1)) && text[i + k] == ':' &&
            (i == 0 || !mn_ts_word_at(text + i - 1)))
            s = text + i + k + 1;
    enum mn_astatus st = s ? mn_tail_status(s, (size_t)(text + n - s)) : MN_AST_NONE;
    size_t plen = 0;
    if (!st && (s = mn_last_paren(text, n, &plen)) != NULL)
        st = mn_tail_status(s, plen);
    if (!st && (s = mn_after_dash(text, n)) != NULL)
        st = mn_tail_status(s, (size_t)(text + n - s));
    if (!st && (s = mn_last_sentence(text, n)) != NULL && mn_words_in(s, strlen(s)) <= 3)
        st = mn_tail_status(s, strlen(s));
    if (!st && mn_words_in(text, n) <= 2)
        st = mn_tail_status(text, n);
    return st;
}
