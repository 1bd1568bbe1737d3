/* SPDX-License-Identifier: MIT */
/* label.c — the number label that starts a heading, a list line or an
 * outline paragraph ("1.", "2.1", "IV.", "b)", "(iv)", "Item 3:").
 *
 * One parser for the plain-text and Markdown readers and the analysis
 * passes (issue 20): each says through flags which of the less certain
 * shapes it accepts, and all agree on the rest.  A label is only a label
 * when white space and more text follow it, so "1." alone, "2025 Review",
 * "18 November" and "11:00 UTC" are not labels. */
#include <string.h>
#include <strings.h>

#include "minutes/plugin.h"

#define MN_LABEL_MAX_DIGITS 3 /* a fourth digit makes a year, not a label */
#define MN_ROMAN_MAX 59

/* Bytes of the white-space character at s[0..avail): space, TAB, LF, CR,
 * NBSP, U+2000..U+200A, U+202F; 0 for anything else. */
static size_t mn_label_space(const char *s, size_t avail)
{
    const unsigned char *u = (const unsigned char *)s;
    if (avail == 0)
        return 0;
    if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r')
        return 1;
    if (avail >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (avail >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
        ((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF))
        return 3;
    return 0;
}

static int mn_label_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int mn_label_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int mn_label_roman_digit(char c)
{
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    default: return 0;
    }
}

/* Writes the canonical roman form of V (1..59) into OUT; returns its length. */
static size_t mn_label_roman_form(int v, char *out)
{
    static const char *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    static const char *const tens[] = {"", "X", "XX", "XXX", "XL", "L"};
    size_t t = strlen(tens[v / 10]), o = strlen(ones[v % 10]);
    memcpy(out, tens[v / 10], t);
    memcpy(out + t, ones[v % 10], o);
    return t + o;
}

/* The value of the roman numeral s[0..n) written in its canonical form in
 * one case ("iv", "XIV"; not "IIII", "VX" or "Xiv"), 1..59, else 0.  Upper
 * case always; lower case only when LOWER is set.  Read by the subtractive
 * rule, then checked against the canonical form of that value. */
static int mn_label_roman(const char *s, size_t n, int lower)
{
    if (n == 0 || n > 8)
        return 0;
    int is_lower = s[0] >= 'a' && s[0] <= 'z';
    if (is_lower && !lower)
        return 0;
    char up[8], form[16];
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if ((s[i] >= 'a' && s[i] <= 'z') != is_lower)
            return 0; /* mixed case: "Mr", "Iv" */
        up[i] = is_lower ? (char)(s[i] - 'a' + 'A') : s[i];
        if (!mn_label_roman_digit(up[i]))
            return 0;
    }
    for (size_t i = 0; i < n; i++) {
        int d = mn_label_roman_digit(up[i]);
        v += i + 1 < n && d < mn_label_roman_digit(up[i + 1]) ? -d : d;
    }
    if (v < 1 || v > MN_ROMAN_MAX)
        return 0;
    return mn_label_roman_form(v, form) == n && memcmp(form, up, n) == 0 ? v : 0;
}

/* "12", "2.1", "2.1.3": fills value/depth; returns the bytes, or 0 when a
 * component has more than three digits or there are too many. */
static size_t mn_label_number(const char *s, size_t len, mn_label *l)
{
    size_t i = 0;
    for (;;) {
        size_t start = i;
        int v = 0;
        while (i < len && mn_label_digit(s[i]) && i - start <= MN_LABEL_MAX_DIGITS)
            v = v * 10 + (s[i++] - '0');
        if (i == start || i - start > MN_LABEL_MAX_DIGITS || l->depth == MN_LABEL_MAX_DEPTH)
            return 0;
        l->value[l->depth++] = v;
        if (i + 1 < len && s[i] == '.' && mn_label_digit(s[i + 1]))
            i++;
        else
            return i;
    }
}

/* A letter or a roman numeral: fills kind/value; returns the bytes or 0. */
static size_t mn_label_alpha(const char *s, size_t len, unsigned flags, mn_label *l)
{
    size_t n = 0;
    while (n < len && n < 9 && mn_label_letter(s[n]))
        n++;
    if (n == 0 || n > 8)
        return 0;
    int lower = s[0] >= 'a' && s[0] <= 'z';
    int roman = mn_label_roman(s, n, (flags & MN_LABEL_ROMAN_LOWER) != 0);
    l->depth = 1;
    if (roman) {
        l->kind = lower ? MN_LABEL_LOWER_ROMAN : MN_LABEL_ROMAN;
        l->also_letter = n == 1;
        l->value[0] = roman;
    } else if (n == 1) {
        l->kind = lower ? MN_LABEL_LOWER : MN_LABEL_UPPER;
        l->value[0] = (lower ? s[0] - 'a' : s[0] - 'A') + 1;
    } else {
        return 0;
    }
    return n;
}

/* "Item 3", "item 12": the word, white space, then a number. */
static size_t mn_label_item_word(const char *s, size_t len)
{
    static const char word[] = "item";
    size_t w = sizeof word - 1, i = w;
    if (len <= w || strncasecmp(s, word, w) != 0)
        return 0;
    while (i < len && s[i] == ' ')
        i++;
    return i > w && i < len && mn_label_digit(s[i]) ? i : 0;
}

/* Fills n, len and skip once the label's extent is known; 0 when no
 * white space and text follow it. */
static int mn_label_finish(const char *s, size_t len, size_t end, size_t core, size_t core_len,
                           mn_label *l)
{
    size_t sp = 0, k;
    while ((k = mn_label_space(s + end + sp, len - end - sp)) > 0)
        sp += k;
    if (sp == 0 || end + sp >= len || core_len >= sizeof l->n)
        return 0;
    l->len = end;
    l->skip = end + sp;
    memcpy(l->n, s + core, core_len);
    l->n[core_len] = '\0';
    return 1;
}

static int mn_label_read(const char *s, size_t len, unsigned flags, mn_label *l)
{
    size_t i = 0, item = 0;
    if ((flags & MN_LABEL_ITEM) && (item = mn_label_item_word(s, len)) > 0)
        i = item;
    else if ((flags & MN_LABEL_ENCLOSED) && len > 0 && s[0] == '(')
        l->open = '(', i = 1;
    size_t core = i, n;
    if (i < len && mn_label_digit(s[i])) {
        n = mn_label_number(s + i, len - i, l);
        l->kind = MN_LABEL_ARABIC;
    } else {
        n = item ? 0 : mn_label_alpha(s + i, len - i, flags, l);
    }
    if (n == 0 || (l->open && l->depth > 1))
        return 0;
    i += n;
    char c = i < len ? s[i] : '\0';
    if (l->open) {
        if (c != ')')
            return 0;
        if (l->kind == MN_LABEL_ARABIC)
            l->kind = MN_LABEL_PAREN;
    } else if (item) {
        if (l->depth > 1 || !(c == ':' || c == '.' || mn_label_space(s + i, len - i)))
            return 0;
        if (c != ':' && c != '.')
            c = '\0'; /* "Item 3 Budget" */
    } else if (c == ')') {
        if (l->kind == MN_LABEL_ARABIC)
            l->kind = MN_LABEL_PAREN;
    } else if (c != '.') {
        /* Bare: only a dotted number ("2.1 Budget"), and only when asked. */
        if (!(flags & MN_LABEL_BARE) || l->kind != MN_LABEL_ARABIC || l->depth < 2)
            return 0;
        c = '\0';
    }
    if (c == '.' || c == ')' || c == ':')
        l->close = c;
    return mn_label_finish(s, len, i + (c != '\0'), core, n, l);
}

int mn_label_parse(const char *s, size_t len, unsigned flags, mn_label *l)
{
    memset(l, 0, sizeof *l);
    if (!s || !mn_label_read(s, len, flags, l)) {
        memset(l, 0, sizeof *l);
        return 0;
    }
    return 1;
}
