/* SPDX-License-Identifier: MIT */
/* textscan.h — string scanning shared by the analysis passes (private to
 * core/analyze/): the inline text of a block, white space and dashes in
 * UTF-8, case-insensitive keywords, number labels ("1.", "2.1", "IV.", "b)")
 * and taking a prefix off a block's inline content.
 *
 * "Inline text" is the text of a block without its nested blocks (lists,
 * tables, notes, sections): what a reader sees as the block's own line.
 * A br counts as one '\n'. */
#ifndef MN_TEXTSCAN_H
#define MN_TEXTSCAN_H

#include <libxml/tree.h>
#include <stddef.h>

#include "minutes/plugin.h"

struct mn_lx_entry; /* lexicon.h */

/* Whether n is a block element whose text is not its parent's own line. */
int mn_ts_is_block(const xmlNode *n);

/* n's local name when it is an element in the minutes namespace, else NULL:
 * one namespace test for a node that is then compared with several names. */
const char *mn_ts_name(const xmlNode *n);
/* Whether NAME (may be NULL) is one of the NULL-terminated NAMES. */
int mn_ts_name_in(const char *name, const char *const *names);

/* The inline text of el, br as '\n' (malloc'd, free() it; "" when empty,
 * NULL only when out of memory). */
char *mn_ts_inline_text(const xmlNode *el);

/* A copy of S (LEN bytes, or up to its NUL when that comes first) with runs
 * of white space (also NBSP) folded to one space and both ends trimmed
 * (malloc'd, free() it). */
char *mn_ts_fold(const char *s, size_t len);
/* mn_ts_fold into OUT (room for LEN + 1 bytes; the LEN bytes at s hold no
 * NUL): the folded text and a NUL.  Returns the folded text's bytes. */
size_t mn_ts_fold_into(char *out, const char *s, size_t len);
/* mn_ts_fold of el's inline text (malloc'd, free() it). */
char *mn_ts_inline_folded(const xmlNode *el);

/* Bytes of the white-space character at s (space, TAB, LF, CR, NBSP, the
 * Unicode spaces U+2000..U+200A, U+202F), or 0. */
size_t mn_ts_space(const char *s);
/* Bytes of the white space that starts s. */
size_t mn_ts_skip_space(const char *s);
/* Bytes of the dash at s ('-', U+2010..U+2015, U+2212), or 0. */
size_t mn_ts_dash(const char *s);
/* Bytes of the pictographs that start s (emoji, dingbats, with their
 * variation selectors and joiners) and of the white space around them:
 * headings such as "📋 Agenda" are recognised by what follows. */
size_t mn_ts_skip_symbols(const char *s);

/* Length of KEY when s starts with it, compared without regard to ASCII case,
 * else 0.  With WORD set the match must end at a word boundary. */
size_t mn_ts_prefix(const char *s, const char *key, int word);
/* The first entry, in file order, of the lexicon's LIST that the LEFT
 * bytes at s start with as whole words (ASCII case ignored; the entry ends
 * at the end of those bytes or before a character that is not a word's),
 * or NULL.  One bucket of the list's prefix index is compared, not the
 * list. */
const struct mn_lx_entry *mn_ts_entry_at(int list, const char *s, size_t left);
/* The first entry, in file order, of the lexicon's LIST that occurs in
 * TEXT at or after byte FROM as whole words (ASCII case ignored), in *e,
 * and the offset of its first occurrence; -1 (and *e untouched) when none
 * does.  One pass over TEXT, one bucket of the prefix index at each word. */
long mn_ts_find_entry(int list, const char *text, size_t from, const struct mn_lx_entry **e);
/* The entries of the lexicon's LIST that the NUL-terminated text s may
 * start with (mn_lx_candidates): *v the list's entries, and the indexes
 * into them of the few to compare, in file order, *n of them.  Every entry
 * mn_ts_prefix would find at s is among them. */
const unsigned *mn_ts_candidates(int list, const char *s, const struct mn_lx_entry **v, size_t *n);
/* Whether the LEN bytes at s equal KEY, ignoring ASCII case. */
int mn_ts_equal(const char *s, size_t len, const char *key);
/* Whether the character at s is part of a word: an ASCII letter or digit,
 * or a non-ASCII character other than the Latin-1 symbols (U+0080..U+00BF),
 * the punctuation, arrows and symbols of U+2000..U+2FFF and CJK punctuation
 * (so "é" is a word character and "–" is not). */
static inline int mn_ts_word_at(const char *s)
{
    /* inline: the passes ask at nearly every byte of a sentence */
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) /* isalnum's ASCII letters and digits, in any locale */
        return (u[0] | 0x20u) - 'a' < 26u || (unsigned)(u[0] - '0') < 10u;
    return !(u[0] == 0xC2 || u[0] == 0xE2 || (u[0] == 0xE3 && u[1] == 0x80));
}
/* The same for the character that ends just before p (p > start). */
int mn_ts_word_before(const char *start, const char *p);
/* Bytes of the UTF-8 character at s (1 for a stray byte, 0 at the end). */
size_t mn_ts_char_len(const char *s);
/* Whether s starts with an upper-case letter (ASCII, or a non-ASCII
 * character that is not a lower-case Latin-1 letter). */
int mn_ts_starts_upper(const char *s);
/* Whether the folded string s contains WORD as a whole word (ASCII case
 * ignored). */
int mn_ts_has_word(const char *s, const char *word);
/* Number of space-separated words in a folded string. */
size_t mn_ts_word_count(const char *s);

/* The passes' reading of a number label at the start of s (the shared
 * parser, minutes/plugin.h, with MN_LABEL_BARE and MN_LABEL_ITEM): arabic
 * numbers with dots ("1.", "2.1", "2.1."), "1)", roman numerals and single
 * letters closed by '.' or ')', "Item 3:".  A bare number ("2025 Review",
 * "18 November") is not a label.  Returns 1 and fills l, or 0. */
int mn_ts_label(const char *s, mn_label *l);

/* Takes the first N bytes of el's inline text (as mn_ts_inline_text gives it
 * after its leading white space) off el, with the white space before and
 * after them; inline elements left empty are removed. */
void mn_ts_strip_lead(xmlNodePtr el, size_t n);

/* Whether el has a descendant element NAME (in the minutes namespace). */
int mn_ts_has_descendant(const xmlNode *el, const char *name);

/* Whether el's inline content is nothing but white space. */
int mn_ts_is_empty(const xmlNode *el);

/* Source line of n for diagnostics (0 when unknown). */
unsigned mn_ts_line(const xmlNode *n);

/* Unlinks and frees n. */
void mn_ts_drop(xmlNodePtr n);

#endif
