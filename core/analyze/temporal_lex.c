/* SPDX-License-Identifier: MIT */
/* temporal_lex.c — splits text into words, numbers and punctuation. */
#include "temporal_lex.h"

#include <string.h>

#include "lexicon.h"

/* Length of the UTF-8 sequence at p (1 for invalid bytes) and its code point. */
static size_t utf8_at(const unsigned char *p, size_t left, unsigned *cp)
{
    unsigned c = p[0];
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (n > left)
        n = 1;
    if (n == 1) {
        *cp = c;
        return 1;
    }
    unsigned v = c & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *cp = c;
            return 1;
        }
        v = (v << 6) | (p[i] & 0x3F);
    }
    *cp = v;
    return n;
}

/* White space: 1; punctuation: the ASCII character it maps to; letter: 0. */
static int classify(unsigned cp, char *punct)
{
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xA0 || cp == 0x202F ||
        (cp >= 0x2000 && cp <= 0x200B))
        return 1;
    if (cp == '\n')
        return 2;
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
        *punct = '-';
        return 3;
    }
    if (cp == 0x2018 || cp == 0x2019) {
        *punct = '\'';
        return 3;
    }
    if (cp == 0x201C || cp == 0x201D) {
        *punct = '"';
        return 3;
    }
    if (cp >= 0x80) {
        /* General punctuation, arrows and symbols are not letters. */
        if ((cp >= 0x2016 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x2BFF) || cp == 0xB7 ||
            cp == 0xAB || cp == 0xBB || cp == 0xA7 || cp == 0x20AC || cp == 0xA3 || cp == 0xA5) {
            *punct = '~';
            return 3;
        }
        return 0;
    }
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_')
        return 0;
    if (cp >= '0' && cp <= '9')
        return 4;
    *punct = (char)cp;
    return 3;
}

/* classify() of each ASCII character, so that plain text needs no decoding:
 * 0 letter, 1 space, 2 line break, 3 punctuation (the character itself),
 * 4 digit. */
static const unsigned char ascii_class[128] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 2, 3, 3, 1, 3, 3, /* \t \n \r */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, /* space */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, /* 0-9 */
    3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* A-O */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 0, /* P-Z _ */
    3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* a-o */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, /* p-z */
};

/* classify() of the character at t[i]: its length in *step. */
static int class_at(const unsigned char *t, size_t len, size_t i, size_t *step, unsigned *cp,
                    char *punct)
{
    if (t[i] < 0x80) {
        *step = 1;
        *cp = t[i];
        int cls = ascii_class[t[i]];
        if (cls == 3)
            *punct = (char)t[i];
        return cls;
    }
    *step = utf8_at(t + i, len - i, cp);
    return classify(*cp, punct);
}

/* ASCII word characters: 1 lower case, 2 upper case, 4 '_'; 0 ends a word. */
static const unsigned char letter_kind[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, /* A-O */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 4, /* P-Z _ */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* a-o */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* p-z */
};

static size_t lex_word(const unsigned char *t, size_t len, size_t i, mn_ttok *tok)
{
    size_t n = 0;
    unsigned seen = 0; /* letter_kind bits of the ASCII letters */
    int ascii = 1;
    tok->type = MN_TT_WORD;
    if (t[i] < 0x80)
        tok->cap = letter_kind[t[i]] == 2;
    while (i < len) {
        unsigned c = t[i];
        if (c < 0x80) {
            unsigned k = letter_kind[c];
            if (!k)
                break;
            seen |= k;
            if (n + 1 < sizeof tok->w)
                tok->w[n] = (char)(k == 2 ? c + 32 : c);
            n++;
            i++;
            continue;
        }
        unsigned cp;
        char p;
        size_t step = utf8_at(t + i, len - i, &cp);
        if (classify(cp, &p) != 0)
            break;
        if (step == 2 && cp >= 0xC0 && cp <= 0xFE && cp != 0xD7 && cp != 0xF7) {
            /* a Latin-1 letter ("février", "MIÉRCOLES"): kept, in lower case */
            int capital = cp <= 0xDE;
            seen |= capital ? 2 : 1;
            if (n == 0)
                tok->cap = capital;
            if (n + 2 < sizeof tok->w) {
                tok->w[n] = (char)t[i];
                tok->w[n + 1] = (char)(capital ? t[i + 1] + 0x20 : t[i + 1]);
            }
            n += 2;
        } else {
            ascii = 0;
            n += step;
        }
        i += step;
    }
    tok->upper = (seen & 2) && !(seen & 1);
    if (ascii && n < sizeof tok->w) {
        tok->len = (unsigned char)n;
        tok->w[n] = '\0';
    } else {
        tok->len = 0;
        tok->w[0] = '\0';
    }
    return i;
}

static size_t lex_num(const unsigned char *t, size_t len, size_t i, mn_ttok *tok)
{
    tok->type = MN_TT_NUM;
    while (i < len && t[i] >= '0' && t[i] <= '9') {
        if (tok->num < 100000)
            tok->num = tok->num * 10 + (t[i] - '0');
        else
            tok->num = 999999;
        if (tok->digits < 0xFFFF)
            tok->digits++;
        i++;
    }
    return i;
}

/* A backslash before ASCII punctuation (a Markdown escape) is dropped. */
static int escape_at(const unsigned char *t, size_t len, size_t pos)
{
    return t[pos] == '\\' && pos + 1 < len && t[pos + 1] < 0x80 && t[pos + 1] > ' ' &&
           ascii_class[t[pos + 1]] == 3;
}

size_t mn_tlex_until(const char *text, size_t len, size_t pos, mn_ttok *toks, size_t max,
                     size_t until, size_t *next)
{
    const unsigned char *t = (const unsigned char *)text;
    const mn_lexicon *lx = mn_lx();
    size_t count = 0;
    int beyond = 0;
    unsigned char space = 0;
    while (pos < len && count < max && beyond < 2) {
        unsigned cp;
        char punct = 0;
        size_t step;
        int cls = class_at(t, len, pos, &step, &cp, &punct);
        if (cls == 1 || cls == 2) {
            if (cls > space)
                space = (unsigned char)cls;
            pos += step;
            continue;
        }
        if (escape_at(t, len, pos)) {
            pos++; /* the next character stands for itself */
            continue;
        }
        mn_ttok *tok = &toks[count++];
        memset(tok, 0, sizeof *tok);
        tok->space = space;
        tok->start = pos;
        space = 0;
        if (cls == 0) {
            pos = lex_word(t, len, pos, tok);
        } else if (cls == 4) {
            pos = lex_num(t, len, pos, tok);
        } else {
            tok->type = MN_TT_PUNCT;
            tok->w[0] = punct;
            tok->len = 1;
            pos += step;
        }
        tok->end = pos;
        mn_tw_classify(tok, lx);
        beyond += pos > until;
    }
    *next = pos;
    return count;
}

size_t mn_tlex(const char *text, size_t len, size_t pos, mn_ttok *toks, size_t max, size_t *next)
{
    return mn_tlex_until(text, len, pos, toks, max, (size_t)-1, next);
}
