/* SPDX-License-Identifier: MIT */
/* md_text.c — small recognisers over raw text: a heading's leading number
 * (the core's label parser), a scribe-style field line, and HTML entities as md4c hands them over. */
#include "md.h"

#include <libxml/HTMLparser.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MD_MAX_FIELD 32
#define MD_MAX_FIELD_WORDS 4

static int md_is_digit(char c) { return c >= '0' && c <= '9'; }
static int md_is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
static int md_is_space(char c) { return c == ' ' || c == '\t'; }

/* The shared parser (minutes/plugin.h) with the shapes headings use:
 * "2.1 Budget" needs no closing mark, "xii)" may be lower case. */
size_t mn_md_heading_label(const char *text, size_t len)
{
    mn_label l;
    return mn_label_parse(text, len, MN_LABEL_BARE | MN_LABEL_ROMAN_LOWER, &l) ? l.len : 0;
}

/* Skips an emphasis delimiter run of up to two '*' or '_'. */
static size_t md_skip_emphasis(const char *t, size_t len, size_t i)
{
    size_t start = i;
    while (i < len && i - start < 2 && (t[i] == '*' || t[i] == '_'))
        i++;
    return i;
}

static int md_ends_field(const char *t, size_t len, size_t i)
{
    return i == len || md_is_space(t[i]) || t[i] == '\n' || t[i] == '\r';
}

int mn_md_is_field_line(const char *t, size_t len)
{
    size_t i = 0;
    while (i < len && (md_is_space(t[i]) || t[i] == '>'))
        i++;
    if ((len - i >= 3 && memcmp(t + i, "\xE2\x86\x92", 3) == 0) ||
        (len - i >= 2 && memcmp(t + i, "->", 2) == 0))
        return 1;
    i = md_skip_emphasis(t, len, i);
    if (i == len || !(md_is_alpha(t[i]) || (unsigned char)t[i] >= 0x80))
        return 0;
    size_t start = i;
    int words = 1;
    while (i < len && i - start < MD_MAX_FIELD) {
        unsigned char c = (unsigned char)t[i];
        if (c == ' ')
            words++;
        else if (!(md_is_alpha((char)c) || md_is_digit((char)c) || c >= 0x80 || strchr("'/&().-", c)))
            break;
        i++;
    }
    /* French typography sets a space before the colon ("Lieu :") */
    int spaced = t[i - 1] == ' ' && i < len && t[i] == ':' && i - 1 > start && t[i - 2] != ' ';
    if (spaced)
        words--;
    if (words > MD_MAX_FIELD_WORDS || (t[i - 1] == ' ' && !spaced))
        return 0;
    /* "Label:" "**Label:**" or "**Label**:", then space or the end of the line. */
    if (i < len && t[i] == ':')
        return md_ends_field(t, len, md_skip_emphasis(t, len, i + 1));
    size_t j = md_skip_emphasis(t, len, i);
    return j < len && t[j] == ':' && md_ends_field(t, len, j + 1);
}

static size_t md_numeric_entity(const char *e, size_t len, char *out)
{
    int hex = len > 3 && (e[2] == 'x' || e[2] == 'X');
    uint32_t c = 0;
    for (size_t i = hex ? 3 : 2; i + 1 < len; i++) {
        char d = e[i];
        unsigned v = md_is_digit(d) ? (unsigned)(d - '0')
                     : hex && d >= 'a' && d <= 'f' ? (unsigned)(d - 'a' + 10)
                     : hex && d >= 'A' && d <= 'F' ? (unsigned)(d - 'A' + 10)
                     : 99;
        if (v == 99)
            return 0;
        /* Saturate: anything past U+10FFFF becomes U+FFFD anyway. */
        c = c > 0x110000 ? c : c * (hex ? 16 : 10) + v;
    }
    return mn_utf8_encode(c, out);
}

size_t mn_md_decode_entity(const char *e, size_t len, char *out)
{
    if (len < 3 || e[0] != '&' || e[len - 1] != ';')
        return 0;
    if (e[1] == '#')
        return md_numeric_entity(e, len, out);
    /* Named: HTML 4's set, as libxml2 knows it (md4c has no list of its own). */
    char name[48];
    if (len - 2 >= sizeof name)
        return 0;
    memcpy(name, e + 1, len - 2);
    name[len - 2] = '\0';
    const htmlEntityDesc *d = htmlEntityLookup((const xmlChar *)name);
    if (d)
        return mn_utf8_encode(d->value, out);
    if (strcmp(name, "apos") == 0)
        return mn_utf8_encode('\'', out);
    return 0;
}
