/* SPDX-License-Identifier: MIT */
/* temporal_words.h — the English words of dates: months, weekdays, numbers,
 * and the small predicates the grammar is written with. */
#ifndef MN_TEMPORAL_WORDS_H
#define MN_TEMPORAL_WORDS_H

#include "temporal_parse.h"

const mn_ttok *mn_tw_tok(const mn_tparser *p, int i);  /* matchable token or NULL */
const mn_ttok *mn_tw_peek(const mn_tparser *p, int i); /* any lexed token or NULL */
int mn_tw_word(const mn_tparser *p, int i, const char *w);
/* Index + 1 of the token's word in a NULL-terminated list, else 0. */
int mn_tw_word_in(const mn_tparser *p, int i, const char *const *list);
int mn_tw_punct(const mn_tparser *p, int i, char c);
int mn_tw_num(const mn_tparser *p, int i);
/* Token i follows the previous one with no space between. */
int mn_tw_adjacent(const mn_tparser *p, int i);

/* Each returns the number of tokens used (0 when none) and the value. */
int mn_tw_month(const mn_tparser *p, int i, int *month);   /* December, Dec., May (capitalised) */
int mn_tw_weekday(const mn_tparser *p, int i, int *wday);  /* Monday = 0; Wed only capitalised */
int mn_tw_day(const mn_tparser *p, int i, int *day);       /* 1..31, 1st, 21st */
int mn_tw_year(const mn_tparser *p, int i, int *year);     /* 1900..2199 */
int mn_tw_count(const mn_tparser *p, int i, int *n);       /* 2, two, a, a couple of */
int mn_tw_ordinal(const mn_tparser *p, int i, int *n);     /* first..fifth (1..5), last/final (-1) */

/* Whether an expression may start at token i / end before token e (no word
 * or digits glued to it, not part of a number such as 2.30 or 1,000). */
int mn_tw_left_ok(const mn_tparser *p, int i);
int mn_tw_right_ok(const mn_tparser *p, int e);

#endif
