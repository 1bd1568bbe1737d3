/* SPDX-License-Identifier: MIT */
/* decisions.c — decisions written as prose, sentence by sentence:
 *
 *   a body that decides      "The board agreed to …", "We agreed to …",
 *                            "Senate approved the minutes", "The PSG
 *                            decided …", "WG 2 adopts the agenda N 244"
 *   a passive approval       "The minutes of … were approved", "Agenda
 *                            adopted", "Approved as a correct record."
 *   a phrase                 "It was agreed that …", "It was so decided",
 *                            "approved by General Consent", "elected
 *                            unopposed", "There was consensus that …"
 *   a motion                 moved or proposed, and seconded, voted on or
 *                            with its result: "Motion by Ana, second by
 *                            Bo, to …  Passed 5-0", "M/S Tran/Zabinski to
 *                            …  Carried", "Jo proposed that …; the motion
 *                            was LOST"
 *
 * A sentence that says no decision was taken, or recalls one ("as agreed
 * in July"), or asks ("Do we have consensus?") records none.  A proposal
 * only discussed is no decision: a motion needs a seconder, a vote or a
 * result.  Items of a conclusion section may record an outcome without a
 * verb ("Stage 1 for X", "Consensus on PR #12", "No consensus").  The words
 * are the lexicon's: decision-bodies, decision-verbs, approval-participles,
 * passive-auxiliaries, decision-phrases, decision-blockers, decision-outcomes,
 * mover-words, seconder-words, result-words. */
#include <ctype.h>
#include <string.h>

#include "actions.h"
#include "lexicon.h"
#include "textscan.h"

/* A participle this far into its sentence without an auxiliary still reads
 * as a passive ("Minutes of the June meeting approved"). */
enum { MN_BARE_WORDS = 8, MN_RESULT_WORDS = 25 };

typedef struct mn_span {
    const char *s;
    size_t n;
} mn_span;

/* The entry of LIST that starts at s as whole words, or NULL (the
 * lexicon's prefix index: one bucket compared, not the list). */
static const mn_lx_entry *mn_entry_at(const char *s, size_t left, int list)
{
    return mn_ts_entry_at(list, s, left);
}

/* The first entry of LIST at a word start in SP, its offset in *at. */
static const mn_lx_entry *mn_entry_in(mn_span sp, int list, size_t *at)
{
    for (size_t i = 0; i < sp.n; i++) {
        if (i > 0 && mn_ts_word_at(sp.s + i - 1))
            continue;
        const mn_lx_entry *e = mn_entry_at(sp.s + i, sp.n - i, list);
        if (e) {
            if (at)
                *at = i;
            return e;
        }
    }
    return NULL;
}

/* ---- words of a sentence ------------------------------------------------------- */

/* The word that ends just before s[i] (white space skipped): its start in
 * *start and its bytes, or 0 at the sentence's start. */
static size_t mn_word_before(mn_span sp, size_t i, size_t *start)
{
    while (i > 0 && sp.s[i - 1] == ' ')
        i--;
    size_t end = i;
    while (i > 0 && sp.s[i - 1] != ' ')
        i--;
    *start = i;
    return end - i;
}

/* The word that starts at s[i] (white space skipped) and its bytes. */
static size_t mn_word_after(mn_span sp, size_t i, size_t *start)
{
    while (i < sp.n && sp.s[i] == ' ')
        i++;
    size_t b = i;
    while (i < sp.n && sp.s[i] != ' ' && sp.s[i] != ',' && sp.s[i] != '.')
        i++;
    *start = b;
    return i - b;
}

/* Whether the LEN bytes at w are an upper-case acronym ("PSG", "TC", "CPC"). */
static int mn_acronym(const char *w, size_t len)
{
    size_t caps = 0;
    for (size_t i = 0; i < len; i++) {
        if (!isupper((unsigned char)w[i]))
            return 0;
        caps++;
    }
    return caps >= 2;
}

static int mn_is_number(const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!isdigit((unsigned char)w[i]))
            return 0;
    return len > 0;
}

/* Whether a deciding body stands before s[at]: a body word or an acronym,
 * perhaps with a number ("WG 2") and an adverb ("unanimously") between. */
static int mn_body_before(mn_span sp, size_t at)
{
    size_t i = at, start = 0, len;
    for (int step = 0; step < 3 && (len = mn_word_before(sp, i, &start)) > 0; step++) {
        const char *w = sp.s + start;
        if (mn_acronym(w, len))
            return 1;
        size_t from = start;
        /* "working group", "task force": the word and the one before it */
        size_t pstart = 0, plen = mn_word_before(sp, start, &pstart);
        if (plen && mn_entry_at(sp.s + pstart, at - pstart, MN_LX_DECISION_BODIES) &&
            mn_entry_at(sp.s + pstart, at - pstart, MN_LX_DECISION_BODIES)->len == start + len - pstart)
            return 1;
        const mn_lx_entry *e = mn_entry_at(w, len, MN_LX_DECISION_BODIES);
        if (e && e->len == len)
            return 1;
        int adverb = len > 3 && islower((unsigned char)w[0]) && strncmp(w + len - 2, "ly", 2) == 0;
        if (!adverb && !mn_is_number(w, len))
            return 0;
        i = from;
    }
    return 0;
}

/* Whether the word after s[at] is the object of an active verb ("Ana
 * approved the plan", "agreed to …"), not a passive's complement. */
static int mn_takes_object(mn_span sp, size_t at)
{
    size_t start = 0, len = mn_word_after(sp, at, &start);
    if (!len)
        return 0;
    const mn_lexicon *lx = mn_lx();
    char w[16];
    if (len >= sizeof w)
        return 0;
    memcpy(w, sp.s + start, len);
    w[len] = '\0';
    return mn_lx_has(lx, MN_LX_ARTICLES, w) || mn_lx_has(lx, MN_LX_INDEFINITE_ARTICLES, w) ||
           mn_lx_has(lx, MN_LX_OWNER_LINKS, w);
}

static size_t mn_words_upto(mn_span sp, size_t at)
{
    size_t words = 0;
    for (size_t i = 0; i < at; i++)
        if (sp.s[i] != ' ' && (i == 0 || sp.s[i - 1] == ' '))
            words++;
    return words;
}

/* ---- one sentence -------------------------------------------------------------- */

/* "The board agreed …", "Governors approved …": a body and its verb. */
static int mn_body_decides(mn_span sp, enum mn_dkind *kind)
{
    for (size_t i = 0; i < sp.n; i++) {
        if (i > 0 && mn_ts_word_at(sp.s + i - 1))
            continue;
        const mn_lx_entry *e = mn_entry_at(sp.s + i, sp.n - i, MN_LX_DECISION_VERBS);
        if (!e || !mn_body_before(sp, i))
            continue;
        *kind = strcmp(e->means, "approval") == 0     ? MN_DKIND_APPROVAL
                : strcmp(e->means, "motion") == 0     ? MN_DKIND_MOTION
                : strcmp(e->means, "resolution") == 0 ? MN_DKIND_RESOLUTION
                                                      : MN_DKIND_CONSENSUS;
        return 1;
    }
    return 0;
}

/* Whether the clause before a participle at s[at] (from the last comma,
 * colon or the sentence's start) says it is no decision of this meeting:
 * a condition ("a draft until approved", "once the budget is confirmed",
 * lexicon decision-conditions) or attendance as its subject ("Apologies
 * were received and accepted", "A = apologies accepted", lexicon
 * attendance-subjects); or the participle is an adjective after an
 * article ("publish the approved warrants"), still to come ("to be
 * confirmed", "will be approved", lexicon future-auxiliaries before
 * "be"), or a person's active verb
 * over a reported fact ("The Secretary confirmed that a quorum was
 * present"). */
static int mn_not_decided_clause(mn_span sp, size_t at)
{
    size_t from = at;
    while (from > 0 && !strchr(",:", sp.s[from - 1]))
        from--;
    mn_span clause = {sp.s + from, at - from};
    if (mn_entry_in(clause, MN_LX_DECISION_CONDITIONS, NULL) ||
        mn_entry_in(clause, MN_LX_ATTENDANCE_SUBJECTS, NULL))
        return 1;
    size_t start = 0, len = mn_word_before(sp, at, &start);
    char before[16] = "";
    if (len && len < sizeof before)
        memcpy(before, sp.s + start, len);
    const mn_lexicon *lx = mn_lx();
    if (mn_lx_has(lx, MN_LX_ARTICLES, before) || mn_lx_has(lx, MN_LX_INDEFINITE_ARTICLES, before))
        return 1; /* "the approved warrants": an adjective */
    if (strcmp(before, "be") == 0) {
        /* "still to be confirmed", "will be approved in May": to come */
        size_t s2 = 0, l2 = mn_word_before(sp, start, &s2);
        char modal[16] = "";
        if (l2 && l2 < sizeof modal)
            memcpy(modal, sp.s + s2, l2);
        if (mn_lx_has(lx, MN_LX_FUTURE_AUXILIARIES, modal))
            return 1;
    }
    size_t next = 0, nlen = len ? mn_word_after(sp, at + strcspn(sp.s + at, " "), &next) : 0;
    return nlen == 4 && strncasecmp(sp.s + next, "that", 4) == 0 && mn_ts_starts_upper(sp.s);
}

/* "The minutes … were approved", "Agenda adopted", "Approved as a correct
 * record": a participle after an auxiliary, or early in the sentence with
 * no object after it. */
static int mn_passive(mn_span sp, enum mn_dkind *kind)
{
    for (size_t i = 0; i < sp.n; i++) {
        if (i > 0 && mn_ts_word_at(sp.s + i - 1))
            continue;
        const mn_lx_entry *e = mn_entry_at(sp.s + i, sp.n - i, MN_LX_APPROVAL_PARTICIPLES);
        if (!e || mn_not_decided_clause(sp, i))
            continue;
        size_t start = 0, len = mn_word_before(sp, i, &start);
        int aux = 0;
        for (int back = 0; back < 3 && len && !aux; back++) {
            const mn_lx_entry *a = mn_entry_at(sp.s + start, len, MN_LX_PASSIVE_AUXILIARIES);
            aux = a && a->len == len;
            if (!aux && !(len > 3 && strncmp(sp.s + start + len - 2, "ly", 2) == 0) &&
                !mn_lx_find(mn_lx(), MN_LX_RESULT_WORDS, sp.s + start, len) &&
                !(len == 3 && strncasecmp(sp.s + start, "not", 3) == 0))
                break;
            len = mn_word_before(sp, start, &start);
        }
        *kind = strcmp(e->means, "record") == 0 ? MN_DKIND_CONSENSUS : MN_DKIND_APPROVAL;
        if (aux)
            return 1;
        /* without an auxiliary: "Agenda adopted", "Approved as a correct
         * record"; but "Eva agreed" is a person agreeing, so "agreed" needs
         * the record as its subject ("Minutes of 20 March agreed") */
        if (mn_words_upto(sp, i) <= MN_BARE_WORDS && (i == 0 || mn_ts_starts_upper(sp.s)) &&
            !mn_takes_object(sp, i + e->len) &&
            (i == 0 || strcmp(e->means, "record") != 0 ||
             mn_entry_in((mn_span){sp.s, i}, MN_LX_APPROVAL_OBJECTS, NULL)))
            return 1;
    }
    return 0;
}

/* Whether the sentence is a question ("Do we have consensus on B?"). */
static int mn_question(mn_span sp)
{
    size_t n = sp.n;
    while (n > 0 && sp.s[n - 1] == ' ')
        n--;
    return n > 0 && sp.s[n - 1] == '?';
}

static int mn_sentence_decides(mn_span sp, int conclusion, enum mn_dkind *kind)
{
    const mn_lx_entry *e;
    if (mn_question(sp) || mn_entry_in(sp, MN_LX_DECISION_BLOCKERS, NULL))
        return 0;
    size_t at = 0;
    if ((e = mn_entry_in(sp, MN_LX_DECISION_PHRASES, NULL)) != NULL) {
        *kind = strcmp(e->means, "approval") == 0     ? MN_DKIND_APPROVAL
                : strcmp(e->means, "resolution") == 0 ? MN_DKIND_RESOLUTION
                                                      : MN_DKIND_CONSENSUS;
        return 1;
    }
    if (mn_body_decides(sp, kind))
        return 1;
    if (mn_passive(sp, kind))
        return 1;
    size_t lead = 0;
    while (lead < sp.n && !mn_ts_word_at(sp.s + lead))
        lead++;
    if (conclusion && (e = mn_entry_in(sp, MN_LX_DECISION_OUTCOMES, &at)) != NULL && at == lead) {
        *kind = MN_DKIND_CONSENSUS;
        return 1;
    }
    return 0;
}

/* ---- a block ---------------------------------------------------------------------- */

/* The next sentence of TEXT from *pos: up to ". ", "? ", "! ", "; " or the
 * end (a full stop after an initial or a one-letter word does not end it). */
static int mn_next_sentence(const char *text, size_t *pos, mn_span *sp)
{
    size_t i = *pos;
    while (text[i] == ' ')
        i++;
    if (!text[i])
        return 0;
    size_t b = i;
    for (; text[i]; i++) {
        if (!strchr(".?!;", text[i]) || (text[i + 1] && text[i + 1] != ' '))
            continue;
        if (text[i] == '.' && i >= 2 && isupper((unsigned char)text[i - 1]) && text[i - 2] == ' ')
            continue; /* "Ms. K. Novak" */
        i++;
        break;
    }
    sp->s = text + b;
    sp->n = i - b;
    *pos = i;
    return 1;
}

/* Whether TEXT holds a motion: moved or proposed (or a motion named), and
 * seconded, voted on or given a result. */
static int mn_motion(const char *text)
{
    mn_span all = {text, strlen(text)};
    const mn_lx_entry *e = mn_entry_in(all, MN_LX_MOVER_WORDS, NULL);
    if (!e)
        return 0;
    char vote[24];
    return mn_entry_in(all, MN_LX_SECONDER_WORDS, NULL) || mn_vote_of(text, vote, sizeof vote) ||
           mn_entry_in(all, MN_LX_RESULT_WORDS, NULL);
}

int mn_decision_prose(const char *text, int conclusion, enum mn_dkind *kind)
{
    *kind = MN_DKIND_NONE;
    mn_span sp;
    size_t pos = 0;
    while (mn_next_sentence(text, &pos, &sp))
        if (mn_sentence_decides(sp, conclusion, kind))
            return 1;
    if (mn_motion(text)) {
        *kind = MN_DKIND_MOTION;
        return 1;
    }
    *kind = MN_DKIND_NONE;
    return 0;
}

int mn_no_decision(const char *text)
{
    mn_span sp;
    size_t pos = 0;
    if (!mn_next_sentence(text, &pos, &sp))
        return 1;
    return mn_question(sp) || mn_entry_in(sp, MN_LX_DECISION_BLOCKERS, NULL) != NULL;
}

/* Whether the word after a participle at s leaves it without an object:
 * "Approved by …", "Adopted unanimously", "Carried." */
static int mn_no_object(const char *s)
{
    s += strspn(s, " ");
    static const char *const after[] = {"by", "unanimously", "with", "without", "as", NULL};
    if (!*s || strchr(".,;:(", *s))
        return 1;
    for (const char *const *w = after; *w; w++)
        if (mn_ts_equal(s, strcspn(s, " .,;"), *w))
            return 1;
    return 0;
}

int mn_resolution_result(const char *text)
{
    if (mn_ts_word_count(text) > MN_RESULT_WORDS)
        return 0;
    const char *s = text;
    while (*s && !mn_ts_word_at(s))
        s++;
    size_t left = strlen(s);
    mn_span all = {s, left};
    if (mn_entry_at(s, left, MN_LX_RESOLUTION_REFERENCES))
        return mn_entry_in(all, MN_LX_APPROVAL_PARTICIPLES, NULL) || mn_entry_in(all, MN_LX_RESULT_WORDS, NULL);
    const mn_lx_entry *e = mn_entry_at(s, left, MN_LX_APPROVAL_PARTICIPLES);
    if (!e)
        e = mn_entry_at(s, left, MN_LX_RESULT_WORDS);
    return e && mn_no_object(s + e->len);
}

int mn_result_only(const char *text)
{
    mn_span all = {text, strlen(text)}, sp;
    char vote[24];
    if (mn_ts_word_count(text) > MN_RESULT_WORDS || mn_entry_in(all, MN_LX_SECONDER_WORDS, NULL))
        return 0;
    enum mn_dkind k;
    for (size_t pos = 0; mn_next_sentence(text, &pos, &sp);)
        if (mn_sentence_decides(sp, 0, &k))
            return 0; /* "The Bureau approved the budget by 6 votes to 1" decides itself */
    size_t at = 0;
    const mn_lx_entry *e = mn_entry_in(all, MN_LX_MOVER_WORDS, &at);
    char a[80], b[80];
    if (e && (strcmp(e->means, "pair") != 0 || mn_pair_at(text + at + e->len, a, b, sizeof a)))
        return 0; /* a new motion, moved and worded */
    if (mn_vote_of(text, vote, sizeof vote) || e)
        return 1; /* "For 6, Against 2", "The motion was CARRIED" */
    /* "Carried.", "CARRIED unanimously": the result alone */
    size_t lead = 0;
    while (lead < all.n && !mn_ts_word_at(text + lead))
        lead++;
    return mn_entry_in(all, MN_LX_RESULT_WORDS, &at) && at == lead;
}
