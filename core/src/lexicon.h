/* SPDX-License-Identifier: MIT */
/* lexicon.h — the words of one language the analysis passes look for, read
 * from lexicons/LANG.xml (schemas/lexicon-1.xsd) and indexed once per
 * process.  The passes hold the grammar; the lexicon holds the words
 * (DESIGN.md, "Vocabularies are data").
 *
 * Each list the C needs is a row of lexicon_lists.h: its name in the file,
 * its kind and what it is for.  A file that lacks one of them, names one the
 * C does not know, or fails the schema is refused as a whole.
 *
 * Lookups: a list as a NULL-terminated array of its words in file order
 * (the passes' loops stay as they were), its typed entries, a word's entry
 * (case ignored: see "Case" below), and for the temporal lexer one index of every word
 * of every list, so a token is looked up once and then tested per list with
 * a bit.  Every lookup notes that its list was consulted, so a test can tell
 * a list no pass reads (mn_lx_consulted). */
#ifndef MN_LEXICON_H
#define MN_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon_lists.h"

enum mn_lx_kind { MN_LX_WORDS, MN_LX_NUMBERS, MN_LX_MEANINGS, MN_LX_ZONES };

enum mn_lx_list {
#define MN_LX_ENUM(id, name, kind, lo, hi, means, purpose) MN_LX_##id,
    MN_LEXICON_LISTS(MN_LX_ENUM)
#undef MN_LX_ENUM
    MN_LX_COUNT
};

/* Entry flags (numbers lists: how a calendar word is read). */
enum {
    MN_LX_ABBR = 1,     /* abbr="true": may take a full stop, read only capitalised */
    MN_LX_CAP = 2,      /* cap="true": also a common word, read only capitalised */
    MN_LX_NOT_ALONE = 4 /* alone="false": alone it is no date */
};

typedef struct mn_lx_entry {
    const char *w;     /* as written in the file */
    size_t len;        /* bytes of w */
    int value;         /* numbers: the value; zones: minutes east of UTC (fixed) */
    const char *means; /* meanings: the meaning; zones: the IANA name, or NULL */
    const char *after; /* only right after this word, or NULL */
    unsigned flags;    /* MN_LX_ABBR, _CAP, _NOT_ALONE */
    int list;          /* enum mn_lx_list */
    const struct mn_lx_entry *same_word; /* the word (ASCII case ignored) in the next list */
} mn_lx_entry;

/* A word of the token index: the lists it is in (bit L of in[L / 64]) and
 * its entries, one per list, chained by same_word. */
typedef struct mn_lx_word {
    uint64_t in[3];
    const mn_lx_entry *first;
} mn_lx_word;

typedef struct mn_lexicon mn_lexicon;

/* ---- Case ----------------------------------------------------------------
 *
 * A word is looked up with its case folded: ASCII letters, and the capitals
 * of Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F: "É", "Ó",
 * "Ñ", "Ł", "Ő", "Ÿ"), each lowered in UTF-8.  So "Échéance", "ÉCHÉANCE"
 * and "échéance" are one word, as a label written in capitals or at the
 * start of a line is.  Each of those letters and its lower case take the
 * same bytes (two), so a folded text keeps its length and a match its
 * place.  "İ" (U+0130), whose lower case is one byte, is left as it is. */

/* The lower case of the two-byte UTF-8 sequence A B (A a byte 0xC3..0xC5)
 * when it is a capital of U+00C0..U+017F, as A' << 8 | B'; else A << 8 | B. */
static inline unsigned mn_lx_fold2(unsigned a, unsigned b)
{
    if (a - 0xC3u >= 3u || (b & 0xC0) != 0x80)
        return a << 8 | b;
    unsigned cp = (a & 0x1F) << 6 | (b & 0x3F), lo = cp;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        lo = cp + 0x20; /* À..Þ but × */
    else if ((cp >= 0x100 && cp <= 0x12F) || (cp >= 0x132 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        lo = cp | 1; /* capitals even, small letters odd */
    else if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        lo = cp + (cp & 1); /* capitals odd */
    else if (cp == 0x178)
        lo = 0xFF; /* Ÿ: ÿ is in Latin-1 */
    return (0xC0 | lo >> 6) << 8 | (0x80 | (lo & 0x3F));
}

/* Whether the N bytes at a and at b are the same word, case folded. */
int mn_lx_fold_equal(const char *a, const char *b, size_t n);

/* What a list is: its name, kind, allowed values and purpose (the table). */
typedef struct mn_lx_spec {
    const char *name;
    enum mn_lx_kind kind;
    int lo, hi;          /* numbers: allowed values */
    const char *means;   /* meanings: allowed meanings, '|' separated; NULL: any */
    const char *purpose; /* one line: what the C looks the words up for */
} mn_lx_spec;

const mn_lx_spec *mn_lx_spec_of(int list);

/* Reads, validates and indexes a lexicon from memory.  LANG must be the
 * file's lang attribute; WHAT names it in messages.  Returns the lexicon
 * (free with mn_lexicon_free), or NULL with a one-line reason in *error
 * (malloc'd, free() it): malformed XML, a DOCTYPE, the schema, an unknown or
 * missing list, a value the list does not allow. */
mn_lexicon *mn_lexicon_parse(const void *data, size_t size, const char *lang, const char *what,
                             char **error);
/* The same for a file (at most 4 MiB), always parsed. */
mn_lexicon *mn_lexicon_load(const char *path, const char *lang, char **error);
/* A lexicon file as the passes get it: a file with the bytes of a bundled
 * lexicon gives its compiled tables, any other is loaded as above. */
mn_lexicon *mn_lexicon_open(const char *path, const char *lang, char **error);
/* A lexicon whose lists are all empty (nothing is recognised), for a
 * process whose lexicon cannot be loaded.  Free with mn_lexicon_free. */
mn_lexicon *mn_lexicon_empty(const char *lang);
void mn_lexicon_free(mn_lexicon *lx);
/* The language the lexicon is for ("en"), the file it came from.  Borrowed. */
const char *mn_lexicon_lang(const mn_lexicon *lx);
const char *mn_lexicon_path(const mn_lexicon *lx);
/* Whether the lexicon is a bundled one's compiled tables (lexicon_data.h)
 * rather than a file parsed at load. */
int mn_lexicon_compiled(const mn_lexicon *lx);

/* LIST's words in file order, NULL-terminated.  Owned by the lexicon. */
const char *const *mn_lx_words(const mn_lexicon *lx, int list);
/* LIST's entries in file order; *n their count.  Owned by the lexicon. */
const mn_lx_entry *mn_lx_entries(const mn_lexicon *lx, int list, size_t *n);
/* LIST's first entry whose word is the LEN bytes at s, case ignored, or
 * NULL. */
const mn_lx_entry *mn_lx_find(const mn_lexicon *lx, int list, const char *s, size_t len);
/* The entries of LIST that the LEN bytes at s may start with (case
 * ignored), from the list's prefix index: a few entries to compare instead
 * of all of them.  Every entry that is a prefix of those bytes is among
 * them, perhaps with others (each still needs its compare).  Returned as
 * indexes into mn_lx_entries' array, in file order, so the first that
 * matches is the list's first; *n their count.  Marks LIST consulted. */
const unsigned *mn_lx_candidates(const mn_lexicon *lx, int list, const char *s, size_t len,
                                 size_t *n);
/* Whether LIST holds the NUL-terminated word w (case ignored). */
int mn_lx_has(const mn_lexicon *lx, int list, const char *w);
/* Whether LIST holds the LEN bytes at s (case ignored).  Answered
 * from a bundled lexicon's compiled tables as they are when nothing else
 * has read the lexicon yet: what the language guess asks of every bundled
 * lexicon, so that the languages a document is not in cost nothing. */
int mn_lx_has_len(const mn_lexicon *lx, int list, const char *s, size_t len);

/* The token index: the word at s (LEN bytes, lower case: the index's keys
 * are its words with ASCII letters lower-cased), or NULL when no list holds
 * it.  Marks nothing consulted (see mn_lx_in). */
const mn_lx_word *mn_lx_token(const mn_lexicon *lx, const char *s, size_t len);
/* Whether word w (may be NULL) is in LIST; marks LIST consulted. */
int mn_lx_in(const mn_lexicon *lx, const mn_lx_word *w, int list);
/* Word w's entry in LIST, or NULL; marks LIST consulted. */
const mn_lx_entry *mn_lx_entry_of(const mn_lexicon *lx, const mn_lx_word *w, int list);

/* Whether word w (not NULL) is in LIST, consulting nothing: for classing a
 * token once by every list it is in (the lookups that decide mark theirs). */
static inline int mn_lx_bit(const mn_lx_word *w, int list)
{
    return (int)(w->in[list >> 6] >> (list & 63) & 1);
}

/* LIST's first entry, in file order, for the LEN bytes at s whose after
 * (if any) is PREV (NULL: the word before is unknown or none); case
 * ignored; NULL when none fits. */
const mn_lx_entry *mn_lx_find_after(const mn_lexicon *lx, int list, const char *s, size_t len,
                                    const char *prev);
/* Whether entry e may be read after the word PREV (NULL: none): it has no
 * after, or PREV is its after (case ignored). */
int mn_lx_after_ok(const mn_lx_entry *e, const char *prev);

/* Whether LIST was looked up since the lexicon was loaded. */
int mn_lx_consulted(const mn_lexicon *lx, int list);

/* ---- the lexicon the passes use (lexicon_dirs.c) ------------------------ */

/* The lexicon of the running conversion: the one mn_lx_use set on this
 * thread, else the process's default English lexicon, loaded on first use
 * (an empty one if it cannot be: mn_context_load_lexicon reports why). */
const mn_lexicon *mn_lx(void);
/* Makes LX the lexicon of this thread's passes; returns the previous one. */
const mn_lexicon *mn_lx_use(const mn_lexicon *lx);

/* The installed (or build tree's) lexicon file for LANG, or NULL when there
 * is none; *tried lists where it looked (both malloc'd, free() them). */
char *mn_lexicon_default_path(const char *lang, char **tried);

#endif
