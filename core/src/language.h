/* SPDX-License-Identifier: MIT */
/* language.h — the language a document is in, and so the lexicon its
 * passes use (issue 23). */
#ifndef MN_LANGUAGE_H
#define MN_LANGUAGE_H

#include <libxml/tree.h>
#include <stddef.h>

#include "lexicon.h"
#include "minutes/minutes.h"

/* The longest language tag kept (BCP 47 tags in minutes are short). */
#define MN_LANG_TAG 36

/* The language of the words of DOC's text (every text node), told by the
 * function-words lists of the N lexicons LEXICONS: the one whose words the
 * first few thousand words hold most, when it holds at least a handful and
 * clearly more than the next; NULL when the text does not tell (too short,
 * two languages as often).  Returns a lexicon's language (borrowed). */
const char *mn_language_of_text(xmlDocPtr doc, const mn_lexicon *const *lexicons, size_t n);

/* The same for one paragraph-like element BLOCK (its own words: not those
 * of a list or table nested in it), with a lower bar of three function
 * words for a paragraph's few; *WORDS gets how many words it has. */
const char *mn_language_of_block(const xmlNode *block, const mn_lexicon *const *lexicons,
                                 size_t n, size_t *words);

/* The same with a memo of words already looked up, kept by the caller over
 * one document's blocks and the same LEXICONS (zeroed before the first
 * call): words repeat, and each costs a look-up per language otherwise. */
#define MN_LANG_MEMO 1024
typedef struct mn_lang_memo_slot {
    char w[16];
    unsigned char len;  /* 0: empty */
    unsigned char hits; /* bit i: a function word of lexicons[i] */
} mn_lang_memo_slot;
typedef struct mn_lang_memo {
    mn_lang_memo_slot slot[MN_LANG_MEMO];
} mn_lang_memo;
const char *mn_language_of_block_memo(const xmlNode *block, const mn_lexicon *const *lexicons,
                                      size_t n, size_t *words, mn_lang_memo *memo);

/* langchoice.c: after the passes, marks with its own xml:lang each
 * paragraph and list item of DOC that is clearly in another language than
 * the document's (issue 23): at least MN_LANG_BLOCK_WORDS words, told by
 * the bundled lexicons' function words.  Shorter ones never are: a name,
 * a title or a quoted phrase says too little. */
#define MN_LANG_BLOCK_WORDS 8
void mn_doc_block_languages(mn_job *job, xmlDocPtr doc);

/* Whether TAG reads as a language tag: a primary subtag of two or three
 * letters, then subtags of letters and digits joined by hyphens. */
int mn_language_tag_ok(const char *tag);

/* Whether tags A and B have the same primary subtag ("fr-FR", "fr"). */
int mn_language_same(const char *a, const char *b);

/* langchoice.c: decides the language of DOC as read (--lang, the reader's
 * declaration, else its text), writes it as xml:lang when it is not the
 * reader's, and returns the lexicon of that language, or FALLBACK (the
 * default English one) when there is none; a lexicon of the language that
 * is not valid gives a "lexicon" warning. */
const mn_lexicon *mn_doc_language(mn_job *job, xmlDocPtr doc, const mn_lexicon *fallback);

#endif
