/* SPDX-License-Identifier: MIT */
/* utf8.c — UTF-8 validation and cleaning. */
#include "utf8.h"

#include "minutes/plugin.h"

#include <stdlib.h>
#include <string.h>

size_t mn_utf8_seq(const unsigned char *s, size_t avail, unsigned *cp)
{
    unsigned c = s[0];
    size_t n;
    unsigned min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2, min = 0x80, c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, min = 0x800, c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, min = 0x10000, c &= 0x07;
    } else {
        return 0;
    }
    if (avail < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return n;
}

size_t mn_utf8_encode(unsigned long c, char *out)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000))
        c = 0xFFFD;
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Characters XML 1.0 cannot carry, or that mean nothing in minutes:
 * controls, and Unicode's noncharacters (U+FDD0..U+FDEF, U+nFFFE, U+nFFFF),
 * which are "not for interchange" and which cairo refuses outright. */
static int mn_forbidden(unsigned cp)
{
    if (cp < 0x20)
        return cp != '\t' && cp != '\n';
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

/* Printable ASCII, TAB and LF: most of any text, kept as they are. */
static int mn_plain_ascii(unsigned char c)
{
    return (c >= 0x20 && c < 0x80) || c == '\t' || c == '\n';
}

size_t mn_utf8_clean_prefix(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (mn_plain_ascii(p[i])) {
            i++;
            continue;
        }
        unsigned cp;
        size_t n = mn_utf8_seq(p + i, len - i, &cp);
        if (n == 0 || mn_forbidden(cp))
            break;
        i += n;
    }
    return i;
}

char *mn_utf8_clean(const char *s, size_t len, int *changed)
{
    /* U+FFFD takes 3 bytes where one bad byte stood. */
    char *out = malloc(len * 3 + 1);
    size_t o = 0;
    if (!out)
        return NULL;
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        if (mn_plain_ascii(p[i])) {
            out[o++] = (char)p[i++];
            continue;
        }
        unsigned cp;
        size_t n = mn_utf8_seq(p + i, len - i, &cp);
        if (n == 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i += 1;
            *changed = 1;
        } else if (mn_forbidden(cp)) {
            i += n;
            if (cp != '\r') /* a line end the reader left: no loss */
                *changed = 1;
        } else {
            memcpy(out + o, p + i, n);
            o += n;
            i += n;
        }
    }
    out[o] = '\0';
    return out;
}
