/* SPDX-License-Identifier: MIT */
/* lexicon_data.h — the indexed form of a lexicon, shared by the loader
 * (lexicon.c), the lexicon compiler (core/tools/lexicon_compile.c) and the
 * tables it generates for the bundled lexicons (lexicon_builtin.c in the
 * build tree).
 *
 * Why a compiled copy: parsing and validating the English lexicon (some
 * 40 KB, 1500 elements) with libxml2 costs about ten times what the 5%
 * budget of a conversion allows.  The build validates each bundled lexicon
 * with the same loader and writes its tables as C, with a digest of the
 * file's bytes.  A lexicon file whose bytes have that digest is the one the
 * build validated, so its compiled tables are used; any other file (an
 * edited installed one, a user's --lexicon) is parsed and validated in
 * full.  Nothing of a changed file is ever taken unchecked: when the digest
 * matches, what is used is the build's validated copy, not the file. */
#ifndef MN_LEXICON_DATA_H
#define MN_LEXICON_DATA_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

typedef struct mn_lx_list_data {
    const char *const *words;    /* NULL-terminated */
    const mn_lx_entry *entries;
    size_t n;
    const unsigned *slots;       /* entry index + 1, 0 empty */
    size_t mask;                 /* slots - 1 (a power of two) */
    /* the prefix index (lexicon_prefix.c): bucket b holds the indexes, in
     * file order, of order[first[b]] .. order[first[b + 1] - 1] */
    const unsigned *first;       /* first_mask + 2 starts */
    const unsigned *order;
    size_t first_mask;           /* buckets - 1 (a power of two) */
} mn_lx_list_data;

typedef struct mn_lx_tables {
    mn_lx_list_data lists[MN_LX_COUNT];
    /* the token index: every word of every list, ASCII case ignored */
    const mn_lx_word *words;
    const char *const *word_keys;
    const size_t *word_lens;
    size_t n_words;
    const unsigned *word_slots; /* word index + 1, 0 empty */
    size_t words_mask;
} mn_lx_tables;

/* ---- the compiled form of a bundled lexicon (lexicon_builtin.c) -----------
 *
 * Position-independent: strings are offsets into one string pool, entries
 * and words are indexes, and the hash and prefix tables are offsets into one
 * array of unsigneds.  So the generated tables hold no pointers but the
 * four of mn_lx_compiled: they need no relocation at load, and live in
 * .rodata, shared between processes and never written.  When a pointer
 * table had them relocated, every bundled language cost its pages (0.7 MB
 * of .data.rel.ro and 0.76 MB of relocations, 1.1-1.3 MiB of peak RSS),
 * used or not.  Now a lexicon gets its pointers made (the entries, word
 * arrays and token index as lexicon.h hands them out) when it is first
 * read, and the language guess, which asks every bundled lexicon for its
 * function words, reads the compiled tables as they are: a language no
 * document is read in costs a few pages of .rodata.  Adding a list changes
 * nothing here: the compiler walks the lists of lexicon_lists.h. */

#define MN_LX_NO_STRING UINT32_MAX /* an absent means or after */

typedef struct mn_lx_centry {
    uint32_t w, len;        /* the word: offset into strings, bytes */
    uint32_t means, after;  /* offsets into strings, or MN_LX_NO_STRING */
    int32_t value;
    uint16_t flags, list;
    uint32_t same_word;     /* entry index + 1 (all lists' entries, list after list), 0 none */
} mn_lx_centry;

typedef struct mn_lx_clist {
    uint32_t entries, n;    /* the list's first entry index, its count */
    uint32_t slots, mask;   /* slots: offset into ints */
    uint32_t first, order;  /* the prefix index: offsets into ints */
    uint32_t first_mask;
} mn_lx_clist;

typedef struct mn_lx_cword {
    uint64_t in[3];
    uint32_t first;         /* entry index */
    uint32_t key, len;      /* the key: offset into strings, bytes */
} mn_lx_cword;

typedef struct mn_lx_compiled {
    const char *strings;         /* NUL-terminated strings, one after another */
    const mn_lx_centry *entries; /* n_entries */
    const unsigned *ints;        /* the lists' slots, first and order, and word_slots */
    const mn_lx_cword *words;    /* n_words */
    uint32_t n_entries, n_words;
    uint32_t word_slots, words_mask; /* word_slots: offset into ints */
    mn_lx_clist lists[MN_LX_COUNT];
} mn_lx_compiled;

/* A bundled lexicon, compiled: the file it was compiled from is recognised
 * by its size and digest (mn_lx_digest). */
typedef struct mn_lx_builtin {
    const char *lang;
    size_t size;
    uint64_t digest;
    const mn_lx_compiled *tables;
} mn_lx_builtin;

/* The bundled lexicons (lexicon_builtin.c), ended by a NULL lang. */
extern const mn_lx_builtin mn_lx_builtins[];

/* A 64-bit digest of a file's bytes, to recognise a bundled lexicon (a
 * mismatch means a full parse, so a collision could only make the build's
 * validated copy be used for a file that differs from it). */
uint64_t mn_lx_digest(const void *data, size_t size);

/* A lexicon over tables whose arrays are static or live in OWNED (one
 * malloc'd block, freed with the lexicon, and on failure).  Owned by the
 * caller, freed with mn_lexicon_free. */
mn_lexicon *mn_lexicon_from_tables(const mn_lx_tables *t, void *owned, const char *lang,
                                   const char *path);
/* A bundled lexicon's compiled tables as a lexicon: its pointers are made
 * when it is first read (lexicon.c). */
mn_lexicon *mn_lexicon_from_compiled(const mn_lx_compiled *c, const char *lang, const char *path);

/* A lexicon file's bytes (at most 4 MiB; malloc'd, free() it), *size their
 * count; NULL with the reason in *error (malloc'd). */
char *mn_lexicon_read(const char *path, size_t *size, char **error);

/* Whether the lexicon's pointer tables are made: a compiled lexicon's
 * once something but mn_lx_has_len has read it, a parsed one's always. */
int mn_lexicon_made(const mn_lexicon *lx);

/* lexicon_compiled.c.  The block a compiled lexicon's pointers go to,
 * malloc'd, with every pointer of t set to where its array will be;
 * NULL when out of memory. */
void *mn_lxc_block_new(const mn_lx_compiled *c, mn_lx_tables *t);
/* Makes the block's arrays (once, before anything reads them). */
void mn_lxc_fill(const mn_lx_compiled *c, void *block);
/* Whether LIST of the compiled tables holds the LEN bytes at s, as
 * mn_lx_find would say, without the block. */
int mn_lxc_has(const mn_lx_compiled *c, int list, const char *s, size_t len);

/* The hash of a list's word table: of the bytes as mn_lx_fold_equal
 * compares them (case folded, lexicon.h). */
static inline unsigned mn_lx_hash(const char *s, size_t len)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        unsigned c = (unsigned char)s[i];
        if (c - 0xC3u < 3u && i + 1 < len) {
            unsigned f = mn_lx_fold2(c, (unsigned char)s[i + 1]);
            h = (h ^ (f >> 8)) * 16777619u;
            c = f & 0xFF;
            i++;
        } else if (c - 'A' < 26u) {
            c += 32u;
        }
        h = (h ^ c) * 16777619u;
    }
    return h;
}

static inline int mn_lx_same(const char *a, size_t alen, const char *b, size_t blen)
{
    return alen == blen && mn_lx_fold_equal(a, b, alen);
}

/* ---- the prefix index (lexicon_prefix.c) ------------------------------------
 *
 * A pass that looks for a list's words at a place in a sentence ("which
 * entry starts here?") would compare every entry of the list at every word
 * of the text.  The index narrows that to one bucket: an entry goes to the
 * bucket of its first two bytes (case folded as lexicon.h says), hashed; an entry of
 * fewer than two bytes, which any text with its first byte may start with,
 * goes to every bucket.  Text that starts with an entry hashes to the
 * entry's bucket, so a bucket holds every entry that can match there (and
 * others that share the hash: each is still compared).  Within a bucket
 * the entries keep their file order, so the first that matches is the one
 * a scan of the whole list would have found. */

/* Buckets for a list of N entries (a power of two). */
size_t mn_lx_prefix_buckets(size_t n);
/* The bucket's key of text that does not start with two ASCII bytes (its
 * first two bytes once case is folded as mn_lx_fold_equal folds it), out of
 * line: most words start with ASCII. */
unsigned mn_lx_prefix_key(const char *s, size_t len);
/* The bucket of text whose first LEN bytes are at s (LEN may be 0), among
 * MASK + 1: its first two bytes, case folded (lexicon.h), hashed by a
 * multiply (the product's bits 16..31 mix both bytes).  Inline: the passes
 * ask for a bucket at nearly every word. */
static inline size_t mn_lx_prefix_bucket(size_t mask, const char *s, size_t len)
{
    unsigned key = 0;
    if (len >= 2) {
        unsigned a = (unsigned char)s[0], b = (unsigned char)s[1];
        if ((a | b) < 0x80)
            key = (a - 'A' < 26u ? a + 32u : a) << 8 | (b - 'A' < 26u ? b + 32u : b);
        else
            key = mn_lx_prefix_key(s, len);
    }
    return (size_t)((key * 0x9E3779B1u) >> 16) & mask;
}
/* Length of the order array the index of list d needs with BUCKETS. */
size_t mn_lx_prefix_order_len(const mn_lx_list_data *d, size_t buckets);
/* Fills FIRST (BUCKETS + 1) and ORDER (mn_lx_prefix_order_len) for list d
 * and points d at them. */
void mn_lx_prefix_fill(mn_lx_list_data *d, unsigned *first, unsigned *order, size_t buckets);

/* The lexicon's tables (for the compiler).  Borrowed. */
const mn_lx_tables *mn_lexicon_tables(const mn_lexicon *lx);

#endif
