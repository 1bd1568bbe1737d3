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

/* A bundled lexicon, compiled: the file it was compiled from is recognised
 * by its size and digest (mn_lx_digest). */
typedef struct mn_lx_builtin {
    const char *lang;
    size_t size;
    uint64_t digest;
    const mn_lx_tables *tables;
} mn_lx_builtin;

/* The bundled lexicons (lexicon_builtin.c), ended by a NULL lang. */
extern const mn_lx_builtin mn_lx_builtins[];

/* A 64-bit digest of a file's bytes, to recognise a bundled lexicon (a
 * mismatch means a full parse, so a collision could only make the build's
 * validated copy be used for a file that differs from it). */
uint64_t mn_lx_digest(const void *data, size_t size);

/* A lexicon over compiled tables (not copied: they are static).  Owned by
 * the caller, freed with mn_lexicon_free. */
mn_lexicon *mn_lexicon_from_tables(const mn_lx_tables *t, const char *lang, const char *path);

/* A lexicon file's bytes (at most 4 MiB; malloc'd, free() it), *size their
 * count; NULL with the reason in *error (malloc'd). */
char *mn_lexicon_read(const char *path, size_t *size, char **error);

/* ---- the prefix index (lexicon_prefix.c) ------------------------------------
 *
 * A pass that looks for a list's words at a place in a sentence ("which
 * entry starts here?") would compare every entry of the list at every word
 * of the text.  The index narrows that to one bucket: an entry goes to the
 * bucket of its first two bytes (ASCII case ignored), hashed; an entry of
 * fewer than two bytes, which any text with its first byte may start with,
 * goes to every bucket.  Text that starts with an entry hashes to the
 * entry's bucket, so a bucket holds every entry that can match there (and
 * others that share the hash: each is still compared).  Within a bucket
 * the entries keep their file order, so the first that matches is the one
 * a scan of the whole list would have found. */

/* Buckets for a list of N entries (a power of two). */
size_t mn_lx_prefix_buckets(size_t n);
/* The bucket of text whose first LEN bytes are at s (LEN may be 0), among
 * MASK + 1: its first two bytes, ASCII letters lower-cased, hashed by a
 * multiply (the product's bits 16..31 mix both bytes).  Inline: the passes
 * ask for a bucket at nearly every word. */
static inline size_t mn_lx_prefix_bucket(size_t mask, const char *s, size_t len)
{
    unsigned key = 0;
    if (len >= 2) {
        unsigned a = (unsigned char)s[0], b = (unsigned char)s[1];
        key = (a - 'A' < 26u ? a + 32u : a) << 8 | (b - 'A' < 26u ? b + 32u : b);
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
