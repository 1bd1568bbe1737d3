/* SPDX-License-Identifier: MIT */
/* marks.c — what a typist puts at the start of a line instead of using
 * Word's own structure: a field label ("Facilitator:", "Attendees:-"), a
 * number typed by hand ("1.", "2)", "2.1", "(a)", "IV."), an arrow or a
 * bullet character.  Pure functions over UTF-8 text; blocks.c, tabrun.c and
 * layout.c decide what the line becomes. */
#include <ctype.h>
#include <string.h>

#include "docx.h"

unsigned docx_utf8_next(const char *s, size_t n, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s;
    *len = 1;
    if (n == 0)
        return 0;
    if (u[0] < 0x80)
        return u[0];
    if ((u[0] & 0xE0) == 0xC0 && n >= 2 && (u[1] & 0xC0) == 0x80) {
        *len = 2;
        return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    }
    if ((u[0] & 0xF0) == 0xE0 && n >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
        *len = 3;
        return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
    }
    if ((u[0] & 0xF8) == 0xF0 && n >= 4 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80 &&
        (u[3] & 0xC0) == 0x80) {
        *len = 4;
        return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) | ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
    }
    return 0xFFFD;
}

/* A letter of a label: ASCII letters and anything past ASCII but the
 * punctuation blocks (dashes, quotes, arrows, bullets). */
static int docx_label_letter(unsigned cp)
{
    if (cp < 0x80)
        return isalpha((int)cp) != 0;
    return cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF);
}

size_t docx_field_label(const char *s, size_t n, int upper)
{
    size_t i = 0, len;
    int words = 0, in_word = 0;
    unsigned first = docx_utf8_next(s, n, &len);
    if (!docx_label_letter(first) || (upper && first < 0x80 && !isupper((int)first)))
        return 0;
    while (i < n && s[i] != ':') {
        unsigned cp = docx_utf8_next(s + i, n - i, &len);
        if (docx_label_letter(cp) || cp == '\'' || cp == 0x2019 || cp == '.') {
            words += !in_word;
            in_word = 1;
        } else if (cp == ' ' || cp == '&' || cp == '/' || cp == '-' || cp == '(' || cp == ')') {
            in_word = 0;
        } else {
            return 0; /* digits, other punctuation: a sentence or a time */
        }
        if (words > 5 || i > 48)
            return 0;
        i += len;
    }
    if (i >= n)
        return 0;
    i++; /* the colon ("Date :" too, as French typography has it) */
    if (i < n && s[i] == '-' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t'))
        i++; /* "Attendees:-" */
    return i == n || s[i] == ' ' || s[i] == '\t' ? i : 0;
}

/* Roman numerals as labels use: i..xxxix, either case, not mixed. */
static int docx_roman(const char *s, size_t n)
{
    if (n == 0 || n > 6)
        return 0;
    const char *set = islower((unsigned char)s[0]) ? "ivxl" : "IVXL";
    for (size_t i = 0; i < n; i++)
        if (!strchr(set, s[i]) || s[i] == '\0')
            return 0;
    return 1;
}

int docx_number_label(const char *s, size_t n, int *depth)
{
    *depth = 1;
    if (n >= 3 && s[0] == '(' && s[n - 1] == ')') { /* "(a)", "(1)", "(iv)" */
        size_t k = n - 2;
        const char *in = s + 1;
        int digits = strspn(in, "0123456789") >= k && k <= 3;
        int letter = k == 1 && isalpha((unsigned char)in[0]);
        if (digits || letter || docx_roman(in, k)) {
            *depth = digits ? 1 : 2;
            return 1;
        }
        return 0;
    }
    if (n < 2)
        return 0;
    char end = s[n - 1];
    size_t body = end == '.' || end == ')' ? n - 1 : n;
    if (isdigit((unsigned char)s[0])) { /* "1.", "2)", "2.1", "2.1." */
        int parts = 1, run = 0;
        for (size_t i = 0; i < body; i++) {
            if (isdigit((unsigned char)s[i])) {
                if (++run > 3)
                    return 0;
            } else if (s[i] == '.' && run && i + 1 < body) {
                parts++;
                run = 0;
            } else {
                return 0;
            }
        }
        if (parts == 1 && body == n)
            return 0; /* a bare number: a quantity, a year */
        *depth = parts;
        return 1;
    }
    if (body == n)
        return 0;
    if (body == 1 && isalpha((unsigned char)s[0])) { /* "a)", "B." */
        *depth = islower((unsigned char)s[0]) && end == ')' ? 2 : 1;
        return 1;
    }
    return docx_roman(s, body);
}

int docx_arrow_cp(unsigned cp)
{
    static const unsigned arrows[] = {0x2192, 0x21D2, 0x21E8, 0x2794, 0x279C, 0x279D, 0x279E,
                                      0x27A1, 0x27A2, 0x27A4, 0x25BA, 0x25B6, 0x261E, 0x21AA};
    for (size_t i = 0; i < sizeof arrows / sizeof *arrows; i++)
        if (arrows[i] == cp)
            return 1;
    return 0;
}

int docx_bullet_cp(unsigned cp)
{
    static const unsigned bullets[] = {'*', '-', 'o', 0x00B7, 0x2022, 0x2023, 0x2043, 0x2013, 0x25AA,
                                       0x25A0, 0x25A1, 0x25CF, 0x25CB, 0x25E6, 0x25C6, 0x2756, 0x2043};
    for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++)
        if (bullets[i] == cp)
            return 1;
    return 0;
}
