/* temporal_lex.c — splits text into words, numbers and punctuation. */
#include "temporal_lex.h"

#include <string.h>

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

static size_t lex_word(const unsigned char *t, size_t len, size_t i, mn_ttok *tok)
{
    size_t n = 0;
    int ascii = 1, lower_seen = 0, upper_seen = 0;
    tok->type = MN_TT_WORD;
    while (i < len) {
        unsigned cp;
        char p;
        size_t step = utf8_at(t + i, len - i, &cp);
        if (classify(cp, &p) != 0)
            break;
        if (cp >= 0x80) {
            ascii = 0;
        } else {
            int up = cp >= 'A' && cp <= 'Z';
            if (n == 0)
                tok->cap = (unsigned char)up;
            upper_seen |= up;
            lower_seen |= cp >= 'a' && cp <= 'z';
            if (n + 1 < sizeof tok->w)
                tok->w[n] = (char)(up ? cp + 32 : cp);
        }
        n++;
        i += step;
    }
    tok->upper = (unsigned char)(upper_seen && !lower_seen);
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
        tok->digits++;
        i++;
    }
    return i;
}

size_t mn_tlex(const char *text, size_t len, size_t pos, mn_ttok *toks, size_t max, size_t *next)
{
    const unsigned char *t = (const unsigned char *)text;
    size_t count = 0;
    unsigned char space = 0;
    while (pos < len && count < max) {
        unsigned cp;
        char punct = 0;
        size_t step = utf8_at(t + pos, len - pos, &cp);
        int cls = classify(cp, &punct);
        if (cls == 1 || cls == 2) {
            if (cls > space)
                space = (unsigned char)cls;
            pos += step;
            continue;
        }
        if (cp == '\\' && pos + 1 < len && t[pos + 1] < 0x80 && t[pos + 1] > ' ' &&
            !(t[pos + 1] >= '0' && t[pos + 1] <= '9') && classify(t[pos + 1], &punct) == 3) {
            pos++; /* a Markdown escape: the next character stands for itself */
            continue;
        }
        mn_ttok *tok = &toks[count++];
        memset(tok, 0, sizeof *tok);
        tok->space = space;
        tok->start = pos;
        space = 0;
        if (cls == 0) {
            pos = lex_word(t, len, pos, tok);
            mn_tw_classify(tok);
        } else if (cls == 4) {
            pos = lex_num(t, len, pos, tok);
        } else {
            tok->type = MN_TT_PUNCT;
            tok->w[0] = punct;
            tok->len = 1;
            pos += step;
        }
        tok->end = pos;
    }
    *next = pos;
    return count;
}
