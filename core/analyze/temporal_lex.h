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

typedef struct mn_ttok {
    unsigned char type;
    unsigned char space; /* white space (or a line break: 2) before the token */
    unsigned char cap;   /* word: first letter upper case */
    unsigned char upper; /* word: every letter upper case */
    unsigned char len;   /* word: length of w (0 when too long or not ASCII) */
    char w[22];          /* word: lower-case ASCII copy; punct: the character */
    signed char mon, mon_ab, wd, wd_ab; /* word: index + 1 in the month/weekday lists, else 0 */
    int num;             /* number: value, capped at 999999 */
    int digits;          /* number: count of digits */
    size_t start, end;   /* byte offsets in the text */
} mn_ttok;

/* Lexes at most MAX tokens of text[pos..len).  Returns the count; *next is
 * the offset after the last token (len when the text is exhausted). */
size_t mn_tlex(const char *text, size_t len, size_t pos, mn_ttok *toks, size_t max,
               size_t *next);

void mn_tw_classify(mn_ttok *t);
#endif
