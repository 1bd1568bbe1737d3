/* SPDX-License-Identifier: MIT */
/* textscan.c — string scanning shared by the analysis passes. */
#include "textscan.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "xmlutil.h"

static const char *const mn_block_names[] = {
    "p", "h", "list", "item", "table", "row", "cell", "note", "section", "heading",
    "action", "decision", "agenda", "participants", "group", "person", NULL};

/* Whether h is the minutes namespace: compared in line, byte by byte (it is
 * asked of nearly every element the passes look at). */
static int mn_ts_is_minutes_ns(const xmlChar *h)
{
    static const char ns[] = MN_NS;
    size_t i = 0;
    while (ns[i] && h[i] == (xmlChar)ns[i])
        i++;
    return ns[i] == '\0' && h[i] == '\0';
}

const char *mn_ts_name(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
                   mn_ts_is_minutes_ns(n->ns->href)
               ? (const char *)n->name
               : NULL;
}

int mn_ts_name_in(const char *name, const char *const *names)
{
    if (!name)
        return 0;
    for (; *names; names++)
        if (name[0] == (*names)[0] && strcmp(name, *names) == 0)
            return 1;
    return 0;
}

int mn_ts_is_block(const xmlNode *n)
{
    return mn_ts_name_in(mn_ts_name(n), mn_block_names);
}

/* ---- growing strings ------------------------------------------------------ */

typedef struct mn_buf {
    char *s;
    size_t len, cap;
    int failed;
} mn_buf;

static void mn_buf_add(mn_buf *b, const char *s, size_t len)
{
    if (b->failed)
        return;
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + len + 1)
            cap *= 2;
        char *grown = realloc(b->s, cap);
        if (!grown) {
            b->failed = 1;
            return;
        }
        b->s = grown;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, len);
    b->len += len;
    b->s[b->len] = '\0';
}

static void mn_collect_inline(const xmlNode *el, mn_buf *b)
{
    for (const xmlNode *c = el->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                mn_buf_add(b, (const char *)c->content, strlen((const char *)c->content));
        } else if (c->type == XML_ELEMENT_NODE) {
            const char *name = mn_ts_name(c);
            if (name && strcmp(name, "br") == 0)
                mn_buf_add(b, "\n", 1);
            else if (!mn_ts_name_in(name, mn_block_names))
                mn_collect_inline(c, b);
        }
    }
}

char *mn_ts_inline_text(const xmlNode *el)
{
    mn_buf b = {0};
    mn_buf_add(&b, "", 0);
    if (el)
        mn_collect_inline(el, &b);
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

/* ---- characters ----------------------------------------------------------- */

size_t mn_ts_space(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r')
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF))
        return 3;
    return 0;
}

size_t mn_ts_skip_space(const char *s)
{
    size_t i = 0, k;
    while ((k = mn_ts_space(s + i)) > 0)
        i += k;
    return i;
}

size_t mn_ts_dash(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (*u == '-')
        return 1;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95)
        return 3;
    if (u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92)
        return 3;
    return 0;
}

/* The code point of the UTF-8 character at s, whose length is K (from
 * mn_ts_char_len; a stray byte is its own value). */
static unsigned long mn_ts_code_point(const char *s, size_t k)
{
    const unsigned char *u = (const unsigned char *)s;
    static const unsigned char lead_mask[] = {0, 0xFF, 0x1F, 0x0F, 0x07};
    unsigned long cp = u[0] & lead_mask[k];
    for (size_t i = 1; i < k; i++)
        cp = (cp << 6) | (u[i] & 0x3F);
    return cp;
}

/* Whether code point CP is a pictograph or belongs to one: emoji and
 * their modifiers, dingbats, clocks and stars, variation selectors, the
 * zero-width joiner, the combining keycap and the emoji tag characters. */
static int mn_ts_pictograph(unsigned long cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2300 && cp <= 0x23FF) ||
           (cp >= 0x25A0 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
           cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D || cp == 0x20E3 ||
           (cp >= 0xE0020 && cp <= 0xE007F);
}

size_t mn_ts_skip_symbols(const char *s)
{
    size_t i = mn_ts_skip_space(s), k;
    while ((k = mn_ts_char_len(s + i)) > 1 && mn_ts_pictograph(mn_ts_code_point(s + i, k))) {
        i += k;
        i += mn_ts_skip_space(s + i);
    }
    return i;
}

size_t mn_ts_fold_into(char *out, const char *s, size_t len)
{
    size_t o = 0;
    int space = 1; /* drops leading white space */
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c > ' ' && c < 0x80) { /* printable ASCII: no space to fold */
            out[o++] = s[i++];
            space = 0;
            continue;
        }
        size_t k = mn_ts_space(s + i);
        if (k && i + k <= len) {
            if (!space)
                out[o++] = ' ';
            space = 1;
            i += k;
        } else {
            out[o++] = s[i++];
            space = 0;
        }
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    return o;
}

char *mn_ts_fold(const char *s, size_t len)
{
    /* Never past the string's NUL: a length that went wrong (a difference of
     * two positions taken the wrong way round is SIZE_MAX - k) costs no more
     * than the string, not malloc(0) and a copy off its end. */
    len = strnlen(s, len);
    char *out = malloc(len + 1);
    if (out)
        mn_ts_fold_into(out, s, len);
    return out;
}

char *mn_ts_inline_folded(const xmlNode *el)
{
    char *raw = mn_ts_inline_text(el);
    if (!raw)
        return NULL;
    char *folded = mn_ts_fold(raw, strlen(raw));
    free(raw);
    return folded;
}

int mn_ts_word_before(const char *start, const char *p)
{
    const char *q = p - 1;
    while (q > start && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    return mn_ts_word_at(q);
}

size_t mn_ts_char_len(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC0 ? 2 : 1;
    if (!u[0])
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((u[i] & 0xC0) != 0x80)
            return i;
    return n;
}

size_t mn_ts_prefix(const char *s, const char *key, int word)
{
    if (*key && tolower((unsigned char)*s) != tolower((unsigned char)*key))
        return 0; /* the usual answer, without measuring the key */
    size_t n = strlen(key);
    if (strncasecmp(s, key, n) != 0)
        return 0;
    if (word && n && mn_ts_word_at(s + n) && isalnum((unsigned char)key[n - 1]))
        return 0;
    return n;
}

const mn_lx_entry *mn_ts_entry_at(int list, const char *s, size_t left)
{
    const mn_lexicon *lx = mn_lx();
    size_t n = 0, m = 0;
    const unsigned *ix = mn_lx_candidates(lx, list, s, left, &m);
    if (!m)
        return NULL; /* the usual answer: no entry starts so */
    const mn_lx_entry *v = mn_lx_entries(lx, list, &n);
    for (size_t k = 0; k < m; k++) {
        const mn_lx_entry *e = &v[ix[k]];
        if (e->len <= left && mn_lx_fold_equal(s, e->w, e->len) &&
            (e->len == left || !mn_ts_word_at(s + e->len)))
            return e;
    }
    return NULL;
}

long mn_ts_find_entry(int list, const char *text, size_t from, const mn_lx_entry **e)
{
    const mn_lexicon *lx = mn_lx();
    size_t n = 0, len = strlen(text), best = SIZE_MAX;
    const mn_lx_entry *v = mn_lx_entries(lx, list, &n);
    long found = -1;
    /* the earliest place of the list's first entry that occurs: at each word
     * start, the first candidate that fits, kept when earlier in the list
     * than any found before */
    for (size_t i = from; i <= len && best > 0; i++) {
        if (i > 0 && mn_ts_word_at(text + i - 1))
            continue;
        size_t m = 0;
        const unsigned *ix = mn_lx_candidates(lx, list, text + i, len - i, &m);
        for (size_t c = 0; c < m && ix[c] < best; c++) {
            const mn_lx_entry *x = &v[ix[c]];
            if (x->len <= len - i && mn_lx_fold_equal(text + i, x->w, x->len) &&
                !mn_ts_word_at(text + i + x->len)) {
                best = ix[c];
                found = (long)i;
                break;
            }
        }
    }
    if (found >= 0)
        *e = &v[best];
    return found;
}

const unsigned *mn_ts_candidates(int list, const char *s, const mn_lx_entry **v, size_t *n)
{
    const mn_lexicon *lx = mn_lx();
    size_t all = 0;
    *v = mn_lx_entries(lx, list, &all);
    /* the index reads at most two bytes: fewer when the text is shorter */
    return mn_lx_candidates(lx, list, s, strnlen(s, 2), n);
}

int mn_ts_equal(const char *s, size_t len, const char *key)
{
    return strlen(key) == len && strncasecmp(s, key, len) == 0;
}

int mn_ts_starts_upper(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (*u < 0x80)
        return isupper(*u) != 0;
    if (u[0] == 0xC3) /* Latin-1: U+00C0..U+00DE are capitals */
        return u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97;
    /* U+2000..U+2FFF are punctuation, arrows and symbols; U+3000.. CJK
     * punctuation.  Other scripts without case count as capitals. */
    if (u[0] == 0xE2 || (u[0] == 0xE3 && u[1] == 0x80))
        return 0;
    return u[0] >= 0xC4;
}

int mn_ts_has_word(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = s; *p; p++) {
        if ((p == s || !mn_ts_word_before(s, p)) && strncasecmp(p, word, n) == 0 &&
            !mn_ts_word_at(p + n))
            return 1;
    }
    return 0;
}

size_t mn_ts_word_count(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p; p++)
        if (*p != ' ' && (p == s || p[-1] == ' '))
            n++;
    return n;
}

/* ---- labels ----------------------------------------------------------------- */

int mn_ts_label(const char *s, mn_label *l)
{
    return mn_label_parse(s, strlen(s), MN_LABEL_BARE | MN_LABEL_ITEM, l);
}

/* ---- editing inline content -------------------------------------------------- */

typedef struct mn_strip {
    int phase;        /* 0 white space before, 1 the bytes, 2 white space after, 3 done */
    size_t remaining; /* of the N bytes */
} mn_strip;

/* Advances st over the text at s; returns the bytes consumed. */
static size_t mn_strip_text(mn_strip *st, const char *s)
{
    size_t p = 0, len = strlen(s);
    while (p < len && st->phase < 3) {
        if (st->phase == 1) {
            size_t take = st->remaining < len - p ? st->remaining : len - p;
            p += take;
            st->remaining -= take;
            if (st->remaining == 0)
                st->phase = 2;
            continue;
        }
        size_t k = mn_ts_space(s + p);
        if (k) {
            p += k;
        } else if (st->phase == 0) {
            st->phase = st->remaining ? 1 : 2;
        } else {
            st->phase = 3;
        }
    }
    return p;
}

static void mn_strip_walk(xmlNodePtr el, mn_strip *st)
{
    for (xmlNodePtr c = el->children, next; c && st->phase < 3; c = next) {
        next = c->next;
        if (c->type == XML_TEXT_NODE) {
            const char *s = c->content ? (const char *)c->content : "";
            size_t used = mn_strip_text(st, s);
            if (used == strlen(s)) {
                mn_ts_drop(c);
            } else if (used > 0) {
                xmlChar *rest = xmlStrdup(BAD_CAST(s + used));
                xmlNodeSetContent(c, rest);
                xmlFree(rest);
            }
        } else if (mn_is(c, "br")) {
            if (st->phase == 1 && --st->remaining == 0)
                st->phase = 2;
            mn_ts_drop(c);
        } else if (c->type == XML_ELEMENT_NODE && !mn_ts_is_block(c)) {
            mn_strip_walk(c, st);
            if (!c->children)
                mn_ts_drop(c);
        }
    }
}

void mn_ts_strip_lead(xmlNodePtr el, size_t n)
{
    mn_strip st = {0, n};
    mn_strip_walk(el, &st);
}

int mn_ts_has_descendant(const xmlNode *el, const char *name)
{
    for (const xmlNode *c = el ? el->children : NULL; c; c = c->next)
        if (mn_is(c, name) || (c->type == XML_ELEMENT_NODE && mn_ts_has_descendant(c, name)))
            return 1;
    return 0;
}

int mn_ts_is_empty(const xmlNode *el)
{
    char *t = mn_ts_inline_text(el);
    int empty = !t || t[mn_ts_skip_space(t)] == '\0';
    free(t);
    return empty;
}

unsigned mn_ts_line(const xmlNode *n)
{
    long line = n ? xmlGetLineNo(n) : 0;
    return line > 0 ? (unsigned)line : 0;
}

void mn_ts_drop(xmlNodePtr n)
{
    xmlUnlinkNode(n);
    xmlFreeNode(n);
}
