/* SPDX-License-Identifier: MIT */
/* md_source.c — the bytes md4c parses: UTF-8 without a byte-order mark
 * (UTF-16 with a BOM is converted), and an index of line starts so that
 * diagnostics and the generic tree can carry source lines. */
#include "md.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static unsigned md_unit(const unsigned char *p, int big_endian)
{
    return big_endian ? (unsigned)(p[0] << 8 | p[1]) : (unsigned)(p[1] << 8 | p[0]);
}

/* Converts UTF-16 (after its BOM) to UTF-8; a lone surrogate becomes U+FFFD. */
static int md_from_utf16(mn_md_source *src, mn_job *job, const unsigned char *p, size_t n,
                         int big_endian)
{
    /* Each 2-byte unit gives at most 3 bytes of UTF-8; a pair gives 4. */
    char *out = malloc(n / 2 * 3 + 1);
    if (!out)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    size_t o = 0, i = 0, bad = 0;
    while (i + 1 < n) {
        uint32_t c = md_unit(p + i, big_endian);
        i += 2;
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < n) {
            uint32_t lo = md_unit(p + i, big_endian);
            if (lo >= 0xDC00 && lo < 0xE000) {
                c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
            bad++;
        }
        o += mn_utf8_encode(c, out + o);
    }
    if (bad || i < n)
        mn_job_warning(job, "encoding", 0,
                       "UTF-16 input has broken surrogates or an odd length; replaced");
    out[o] = '\0';
    src->owned = out;
    src->data = out;
    src->size = o;
    return 0;
}

/* Lines end as md4c ends them: at LF, and at CR not followed by LF. */
static int md_ends_line(const mn_md_source *src, size_t i)
{
    char c = src->data[i];
    return c == '\n' || (c == '\r' && (i + 1 == src->size || src->data[i + 1] != '\n'));
}

static int md_index_lines(mn_md_source *src, mn_job *job)
{
    size_t n = 1;
    for (size_t i = 0; i < src->size; i++)
        n += md_ends_line(src, i);
    src->line_starts = malloc(n * sizeof *src->line_starts);
    if (!src->line_starts)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    size_t k = 0;
    src->line_starts[k++] = 0;
    for (size_t i = 0; i < src->size; i++)
        if (md_ends_line(src, i))
            src->line_starts[k++] = i + 1;
    src->nlines = k;
    return 0;
}

int mn_md_source_init(mn_md_source *src, mn_job *job, const unsigned char *data, size_t size)
{
    memset(src, 0, sizeof *src);
    int rc = 0;
    if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        rc = md_from_utf16(src, job, data + 2, size - 2, 0);
    } else if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF) {
        rc = md_from_utf16(src, job, data + 2, size - 2, 1);
    } else {
        size_t skip = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        src->data = (const char *)data + skip;
        src->size = size - skip;
    }
    if (rc == 0)
        rc = md_index_lines(src, job);
    if (rc)
        mn_md_source_free(src);
    return rc;
}

void mn_md_source_free(mn_md_source *src)
{
    free(src->owned);
    free(src->line_starts);
    memset(src, 0, sizeof *src);
}

unsigned mn_md_source_line(const mn_md_source *src, size_t offset)
{
    size_t lo = 0, hi = src->nlines;
    /* The last line start at or before offset. */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (src->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return (unsigned)(lo + 1);
}
