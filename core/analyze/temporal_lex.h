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

/* Word classes (mn_ttok.cls), set once per token from the lexicon lists
 * it is in, so that the grammar can tell at a glance which of its rules may
 * start at a token. */
enum {
    MN_TC_NUM = 1 << 0,      /* a number */
    MN_TC_MONTH = 1 << 1,    /* months: a name or abbreviation */
    MN_TC_WEEKDAY = 1 << 2,  /* weekdays: a name */
    MN_TC_WDABBR = 1 << 3,   /* weekdays: an abbreviation */
    MN_TC_THE = 1 << 4,      /* articles */
    MN_TC_DEICTIC = 1 << 5,  /* deictic-words: today, tomorrow */
    MN_TC_DIR = 1 << 6,      /* directions: next, last, this */
    MN_TC_LATER = 1 << 7,    /* later-words */
    MN_TC_IN = 1 << 8,       /* in-words */
    MN_TC_COUNT = 1 << 9,    /* count-words, indefinite-articles */
    MN_TC_PART = 1 << 10,    /* part-adjectives, part-nouns */
    MN_TC_ORDINAL = 1 << 11, /* ordinals */
    MN_TC_Q = 1 << 12,       /* quarter-abbreviations */
    MN_TC_CLOCK = 1 << 13,   /* clock-words */
    MN_TC_DAY_YEAR = 1 << 14 /* units ("the day after tomorrow", "the year 2026") */
};

struct mn_lexicon;
struct mn_lx_word;

typedef struct mn_ttok {
    unsigned char type;
    unsigned char space; /* white space (or a line break: 2) before the token */
    unsigned char cap;   /* word: first letter upper case */
    unsigned char upper; /* word: every letter upper case */
    unsigned char len;   /* word: length of w (0 when too long or outside ASCII and Latin-1) */
    char w[22];          /* word: lower-case copy (UTF-8: "février"); punct: the character */
    const struct mn_lx_word *lw; /* word: the lexicon's entries for it, NULL when none */
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

/* Sets a lexed token's lexicon entries (LX's token index) and its MN_TC_*
 * classes. */
void mn_tw_classify(mn_ttok *t, const struct mn_lexicon *lx);
#endif
