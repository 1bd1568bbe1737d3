/* SPDX-License-Identifier: MIT */
/* temporal_lex.h — tokens of running text for the temporal tagger.
 *
 * Words are runs of letters (ASCII letters, '_' and any non-ASCII character
 * that is not punctuation below); digits form separate number tokens, so
 * "v2" is a word and a number with no space between.  All dashes (- ‐ ‑ ‒ –
 * — − ) become '-', curly quotes become '\'' or '"', and a backslash before
 * punctuation is dropped (Markdown escapes such as "\(" in link texts). */
#ifndef MN_TEMPORAL_LEX_H
#define MN_TEMPORAL_LEX_H

#include <stddef.h>

enum { MN_TT_WORD = 1, MN_TT_NUM, MN_TT_PUNCT };

/* Word classes (mn_ttok.cls), set once per token so that the grammar can
 * tell at a glance which of its rules may start at a token. */
enum {
    MN_TC_NUM = 1 << 0,      /* a number */
    MN_TC_MONTH = 1 << 1,    /* a month name or abbreviation */
    MN_TC_WEEKDAY = 1 << 2,  /* monday … sunday */
    MN_TC_WDABBR = 1 << 3,   /* mon … sun, tues, thur, thurs */
    MN_TC_THE = 1 << 4,      /* the */
    MN_TC_DEICTIC = 1 << 5,  /* today, tonight, tomorrow, yesterday */
    MN_TC_DIR = 1 << 6,      /* next, coming, following, last, past, previous, this */
    MN_TC_LATER = 1 << 7,    /* later, earlier */
    MN_TC_IN = 1 << 8,       /* in, within */
    MN_TC_COUNT = 1 << 9,    /* a, an, one … twelve */
    MN_TC_PART = 1 << 10,    /* early, late, mid, middle, beginning, start, end */
    MN_TC_ORDINAL = 1 << 11, /* first … fifth, last, final */
    MN_TC_Q = 1 << 12,       /* q (of Q1) */
    MN_TC_CLOCK = 1 << 13,   /* noon, midday, midnight */
    MN_TC_DAY_YEAR = 1 << 14 /* day, year ("the day after tomorrow", "the year 2026") */
};

typedef struct mn_ttok {
    unsigned char type;
    unsigned char space; /* white space (or a line break: 2) before the token */
    unsigned char cap;   /* word: first letter upper case */
    unsigned char upper; /* word: every letter upper case */
    unsigned char len;   /* word: length of w (0 when too long or not ASCII) */
    char w[22];          /* word: lower-case ASCII copy; punct: the character */
    signed char mon, mon_ab, wd, wd_ab; /* word: index + 1 in the month/weekday lists, else 0 */
    unsigned short cls;    /* MN_TC_* */
    unsigned short digits; /* number: count of digits (at most 65535) */
    int num;               /* number: value, capped at 999999 */
    size_t start, end;   /* byte offsets in the text */
} mn_ttok;

/* Lexes at most MAX tokens of text[pos..len).  Returns the count; *next is
 * the offset after the last token (len when the text is exhausted). */
size_t mn_tlex(const char *text, size_t len, size_t pos, mn_ttok *toks, size_t max,
               size_t *next);
/* The same, but stops after the second token that ends past UNTIL: the
 * grammar never looks further than that beyond the tokens it may use. */
size_t mn_tlex_until(const char *text, size_t len, size_t pos, mn_ttok *toks, size_t max,
                     size_t until, size_t *next);

/* Sets a lexed token's month/weekday indexes and its MN_TC_* classes. */
void mn_tw_classify(mn_ttok *t);
#endif
