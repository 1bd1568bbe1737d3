/* SPDX-License-Identifier: MIT */
/* temporal_words.h — the words of dates (the lexicon's months, weekdays,
 * numbers, relative words) and the small predicates the grammar is written
 * with. */
#ifndef MN_TEMPORAL_WORDS_H
#define MN_TEMPORAL_WORDS_H

#include "temporal_parse.h"

const mn_ttok *mn_tw_tok(const mn_tparser *p, int i);  /* matchable token or NULL */
const mn_ttok *mn_tw_peek(const mn_tparser *p, int i); /* any lexed token or NULL */
/* The parser's lexicon (p->lx, else the passes'). */
const struct mn_lexicon *mn_tw_lx(const mn_tparser *p);
/* Whether token i is the word w (lower case): for letters of notation
 * only (ISO 8601's "T" and "Z"), never for a word of a language. */
int mn_tw_word(const mn_tparser *p, int i, const char *w);
/* Whether token i is a word of the lexicon's LIST. */
int mn_tw_in(const mn_tparser *p, int i, int list);
/* Token i's entry in LIST, or NULL. */
const struct mn_lx_entry *mn_tw_entry(const mn_tparser *p, int i, int list);
/* The meaning of token i in a meanings LIST ("week"), or NULL. */
const char *mn_tw_means(const mn_tparser *p, int i, int list);
/* Whether the word before token i is in LIST. */
int mn_tw_prev_in(const mn_tparser *p, int i, int list);
/* The tokens used by the longest phrase of LIST (words separated by one
 * space, ASCII case ignored) that starts at token i, 0 when none. */
int mn_tw_phrase(const mn_tparser *p, int i, int list);
int mn_tw_punct(const mn_tparser *p, int i, char c);
int mn_tw_num(const mn_tparser *p, int i);
/* Token i follows the previous one with no space between. */
int mn_tw_adjacent(const mn_tparser *p, int i);

/* Each returns the number of tokens used (0 when none) and the value. */
int mn_tw_month(const mn_tparser *p, int i, int *month);   /* December, Dec., May (capitalised) */
/* The month entry of token i (a name or abbreviation), or NULL. */
const struct mn_lx_entry *mn_tw_month_entry(const mn_tparser *p, int i);
int mn_tw_weekday(const mn_tparser *p, int i, int *wday);  /* Monday = 0; Wed only capitalised */
/* Whether token i is a weekday's name, not an abbreviation. */
int mn_tw_weekday_name(const mn_tparser *p, int i);
int mn_tw_day(const mn_tparser *p, int i, int *day);       /* 1..31, 1st, 21st */
int mn_tw_year(const mn_tparser *p, int i, int *year);     /* 1900..2199 */
int mn_tw_count(const mn_tparser *p, int i, int *n);       /* 2, two, a, a couple of */
int mn_tw_ordinal(const mn_tparser *p, int i, int *n);     /* first..fifth (1..5), last/final (-1) */

/* Whether an expression may start at token i / end before token e (no word
 * or digits glued to it, not part of a number such as 2.30 or 1,000). */
int mn_tw_left_ok(const mn_tparser *p, int i);
int mn_tw_right_ok(const mn_tparser *p, int e);

#endif
