/* SPDX-License-Identifier: MIT */
/* decode.c — the input's bytes as UTF-8.
 *
 * Plain text arrives as UTF-8 (with or without a BOM), as UTF-16 with a BOM
 * (Notepad's "Unicode"), or as Windows-1252 from older tools.  Windows-1252 is
 * decided byte by byte rather than for the whole file: a UTF-8 file with one
 * stray byte keeps its other characters, and a real Windows-1252 file almost
 * never holds a byte sequence that happens to be valid UTF-8. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Windows-1252 0x80..0x9F; the five unassigned bytes become U+FFFD. */
static const uint16_t mn_cp1252_c1[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

typedef struct mn_decoded {
    char *out;
    size_t len;
    size_t nuls;     /* NUL characters dropped */
    size_t bad;      /* bytes or units that were not valid in the encoding */
    unsigned line;   /* source line of the first bad one */
} mn_decoded;

static void mn_put_cp(mn_decoded *d, uint32_t cp)
{
    char *o = d->out + d->len;
    if (cp == 0) {
        d->nuls++;
        return;
    }
    d->len += mn_utf8_encode(cp, o);
}

/* Length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no
 * surrogates, nothing past U+10FFFF), or 0. */
static size_t mn_utf8_seq(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return len;
}

/* Counts a line end at data[i] (LF, or a CR not followed by LF). */
static unsigned mn_line_end(const unsigned char *data, size_t size, size_t i)
{
    return data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n'));
}

static void mn_decode_utf8(mn_decoded *d, const unsigned char *data, size_t size)
{
    unsigned line = 1;
    for (size_t i = 0; i < size;) {
        size_t n = mn_utf8_seq(data + i, size - i);
        if (n == 1) {
            mn_put_cp(d, data[i]);
            line += mn_line_end(data, size, i);
        } else if (n > 1) {
            memcpy(d->out + d->len, data + i, n);
            d->len += n;
        } else {
            unsigned char c = data[i];
            if (d->bad++ == 0)
                d->line = line;
            mn_put_cp(d, c >= 0x80 && c < 0xA0 ? mn_cp1252_c1[c - 0x80] : c);
            n = 1;
        }
        i += n;
    }
}

static uint32_t mn_unit(const unsigned char *p, int big_endian)
{
    return big_endian ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

static void mn_decode_utf16(mn_decoded *d, const unsigned char *data, size_t size, int big_endian)
{
    unsigned line = 1;
    size_t i = 0;
    for (; i + 1 < size; i += 2) {
        uint32_t u = mn_unit(data + i, big_endian), cp = u;
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < size) {
            uint32_t v = mn_unit(data + i + 2, big_endian);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                i += 2;
            }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            if (d->bad++ == 0)
                d->line = line;
            cp = 0xFFFD;
        }
        /* CR LF counts once: only a CR not followed by LF ends a line. */
        if (cp == '\n' || (cp == '\r' && !(i + 3 < size && mn_unit(data + i + 2, big_endian) == '\n')))
            line++;
        mn_put_cp(d, cp);
    }
    if (i < size) { /* an odd byte at the end: a truncated unit */
        if (d->bad++ == 0)
            d->line = line;
        mn_put_cp(d, 0xFFFD);
    }
}

static void mn_report(mn_job *job, const mn_decoded *d, const char *encoding)
{
    if (d->bad && encoding)
        mn_job_warning(job, "encoding", d->line,
                       "invalid %s: %zu code unit%s replaced by U+FFFD", encoding,
                       d->bad, d->bad == 1 ? "" : "s");
    else if (d->bad)
        mn_job_warning(job, "encoding", d->line,
                       "not valid UTF-8: %zu byte%s read as Windows-1252", d->bad,
                       d->bad == 1 ? "" : "s");
    if (d->nuls)
        mn_job_warning(job, "encoding", 0,
                       "%zu NUL character%s dropped", d->nuls, d->nuls == 1 ? "" : "s");
}

char *mn_text_decode(mn_job *job, const unsigned char *data, size_t size, size_t *len)
{
    *len = 0;
    /* Every input byte becomes at most three output bytes (Windows-1252's
     * U+20AC; a UTF-16 unit pair becomes four). */
    if (size > (SIZE_MAX - 1) / 3) {
        mn_job_error(job, MN_EX_DATAERR, 0, "input too large");
        return NULL;
    }
    mn_decoded d = {.out = malloc(size * 3 + 1)};
    if (!d.out) {
        mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory decoding the text");
        return NULL;
    }
    const char *encoding = NULL;
    if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        encoding = "UTF-16LE";
        mn_decode_utf16(&d, data + 2, size - 2, 0);
    } else if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF) {
        encoding = "UTF-16BE";
        mn_decode_utf16(&d, data + 2, size - 2, 1);
    } else {
        size_t bom = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        mn_decode_utf8(&d, data + bom, size - bom);
    }
    /* A trailing Ctrl-Z is the old DOS end-of-file mark, not content. */
    if (d.len > 0 && d.out[d.len - 1] == 0x1A)
        d.len--;
    d.out[d.len] = '\0';
    mn_report(job, &d, encoding);
    *len = d.len;
    return d.out;
}
