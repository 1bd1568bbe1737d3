/* SPDX-License-Identifier: MIT */
/* lexicon_prefix.c — the prefix index of a lexicon's lists: which entries a
 * text that starts at a given place may begin with (lexicon_data.h says how
 * the buckets are kept).  Built once, when a lexicon file is parsed or by
 * the lexicon compiler for the bundled ones, so a lookup costs one hash of
 * two bytes instead of a compare with every entry of the list. */
#include <string.h>

#include "lexicon_data.h"

/* The index keys on two bytes (mn_lx_prefix_bucket); shorter entries go
 * to every bucket. */
enum { MN_LX_KEY_BYTES = 2, MN_LX_MAX_BUCKETS = 1 << 16 };

unsigned mn_lx_prefix_key(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned a = u[0], b = u[1];
    if (a - 0xC3u < 3u)
        return mn_lx_fold2(a, b); /* a letter of two bytes: both are the key */
    if (a - 'A' < 26u)
        a += 32u;
    if (b - 'A' < 26u)
        b += 32u;
    else if (b - 0xC3u < 3u && len >= 3)
        b = mn_lx_fold2(b, u[2]) >> 8; /* "aŸ": ÿ's first byte */
    return a << 8 | b;
}

size_t mn_lx_prefix_buckets(size_t n)
{
    size_t size = 1;
    while (size < n && size < MN_LX_MAX_BUCKETS)
        size *= 2;
    return size;
}

/* Whether entry e goes to every bucket. */
static int mn_lx_short(const mn_lx_entry *e)
{
    return e->len < MN_LX_KEY_BYTES;
}

size_t mn_lx_prefix_order_len(const mn_lx_list_data *d, size_t buckets)
{
    size_t len = 0;
    for (size_t i = 0; i < d->n; i++)
        len += mn_lx_short(&d->entries[i]) ? buckets : 1;
    return len;
}

void mn_lx_prefix_fill(mn_lx_list_data *d, unsigned *first, unsigned *order, size_t buckets)
{
    size_t mask = buckets - 1;
    /* count each bucket's entries into first[b + 1], then make the counts
     * starts and place the entries in file order */
    memset(first, 0, (buckets + 1) * sizeof *first);
    for (size_t i = 0; i < d->n; i++) {
        const mn_lx_entry *e = &d->entries[i];
        if (mn_lx_short(e))
            for (size_t b = 0; b < buckets; b++)
                first[b + 1]++;
        else
            first[mn_lx_prefix_bucket(mask, e->w, e->len) + 1]++;
    }
    for (size_t b = 0; b < buckets; b++)
        first[b + 1] += first[b];
    for (size_t i = 0, b; i < d->n; i++) {
        const mn_lx_entry *e = &d->entries[i];
        if (!mn_lx_short(e)) {
            b = mn_lx_prefix_bucket(mask, e->w, e->len);
            order[first[b]++] = (unsigned)i;
            continue;
        }
        for (b = 0; b < buckets; b++)
            order[first[b]++] = (unsigned)i;
    }
    /* each start has moved to the next bucket's: move them back */
    memmove(first + 1, first, buckets * sizeof *first);
    first[0] = 0;
    d->first = first;
    d->order = order;
    d->first_mask = mask;
}
