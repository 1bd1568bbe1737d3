/* SPDX-License-Identifier: MIT */
/* probe.c — whether the input is plain text.
 *
 * Plain text is the fallback format: anything that reads as text gets a low
 * score, so every specific format wins over it, and a .txt name or a
 * text/plain media type raises it.  Data that is clearly binary scores 0, so
 * random bytes end in the core's "unknown format" error rather than in a
 * document of garbage. */
#include <string.h>
#include <strings.h>

#include "text.h"

static int mn_has_magic(const unsigned char *d, size_t n)
{
    static const struct { const char *bytes; size_t len; } magic[] = {
        {"PK\x03\x04", 4}, {"PK\x05\x06", 4}, {"PK\x07\x08", 4}, /* zip (DOCX, ODT) */
        {"%PDF-", 5},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8}, /* OLE2 (.doc, .xls) */
        {"\x1F\x8B", 2},                         /* gzip */
        {"\x89PNG", 4}, {"\xFF\xD8\xFF", 3}, {"GIF8", 4},
        {"\x7F" "ELF", 4},
        {"\xFF\xFE\x00\x00", 4}, {"\x00\x00\xFE\xFF", 4}, /* UTF-32: not read */
    };
    for (size_t i = 0; i < sizeof magic / sizeof *magic; i++)
        if (n >= magic[i].len && memcmp(d, magic[i].bytes, magic[i].len) == 0)
            return 1;
    return 0;
}

/* Bytes that text does not hold: C0 controls other than TAB, LF, CR, FF, VT
 * and ESC, and bytes of 0x80 and up outside well-formed UTF-8 sequences.  A
 * Windows-1252 text has a few of the latter; random bytes have about half. */
static size_t mn_odd_bytes(const unsigned char *d, size_t n)
{
    size_t odd = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = d[i];
        if (c < 0x80) {
            odd += c < 0x20 && !strchr("\t\n\r\f\v\x1b", c);
            i++;
            continue;
        }
        size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        size_t k = 1;
        while (len && k < len && i + k < n && (d[i + k] & 0xC0) == 0x80)
            k++;
        if (len && (k == len || i + k == n)) { /* whole, or cut by the probe's window */
            i += k;
        } else {
            odd++;
            i++;
        }
    }
    return odd;
}

static int mn_text_name(const char *name)
{
    const char *dot = name ? strrchr(name, '.') : NULL;
    return dot && (strcasecmp(dot, ".txt") == 0 || strcasecmp(dot, ".text") == 0);
}

static int mn_text_media(const char *type)
{
    return type && strncasecmp(type, "text/plain", 10) == 0 &&
           (type[10] == '\0' || type[10] == ';' || type[10] == ' ');
}

int mn_text_probe(const mn_probe *p)
{
    const unsigned char *d = p->data;
    size_t n = d ? p->size : 0;
    int utf16 = n >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF));
    if (mn_has_magic(d, n))
        return MN_PROBE_NONE;
    if (!utf16 && n > 0 && (memchr(d, 0, n) || mn_odd_bytes(d, n) * 4 > n))
        return MN_PROBE_NONE;
    if (mn_text_media(p->media_type))
        return MN_PROBE_MEDIA_TYPE;
    if (mn_text_name(p->filename))
        return MN_PROBE_EXTENSION;
    return MN_PROBE_FALLBACK;
}
