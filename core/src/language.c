/* SPDX-License-Identifier: MIT */
/* language.c — which language a document's text is in, from the function
 * words the lexicons hold ("the", "les", "los"): no model, no service, and a
 * language gains detection by gaining a lexicon.
 *
 * Words are runs of letters (ASCII and Latin letters of U+00C0–U+024F), so
 * "l'ordre" and "l’ordre" are "l" and "ordre"; ASCII letters are lowered,
 * as the lexicon's keys are.  Counting stops after MN_LANG_WORDS words: the
 * first pages tell a language as well as the whole. */
#include <string.h>

#include "language.h"

#define MN_LANG_WORDS 4000
#define MN_LANG_MAX 8     /* languages compared at most */
#define MN_LANG_WORD 32   /* longer runs of letters are no function word */
#define MN_LANG_MIN_HITS 4
#define MN_LANG_BLOCK_HITS 3 /* a paragraph's few words: fewer function words */

typedef struct mn_lang_count {
    const mn_lexicon *const *lexicons;
    size_t n, words;
    unsigned hits[MN_LANG_MAX];
    char word[MN_LANG_WORD];
    size_t len;
    int too_long;
    int block; /* one paragraph: a lone letter before '.' is an initial */
    mn_lang_memo *memo; /* or NULL */
} mn_lang_count;

/* The bytes of the UTF-8 letter at s (1 to 2), or 0 when s holds none. */
static size_t mn_lang_letter(const unsigned char *s)
{
    if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
        return 1;
    if ((s[0] == 0xC3 || (s[0] >= 0xC4 && s[0] <= 0xC9)) && (s[1] & 0xC0) == 0x80) {
        unsigned cp = (unsigned)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 ? 2 : 0;
    }
    return 0;
}

/* Whether NEXT, the bytes after a lone letter, make it an abbreviation:
 * a full stop ("D. Javier", "J. Smith"), or Spanish "Dª"/"Nº". */
static int mn_lang_initial(const unsigned char *next)
{
    return next[0] == '.' || (next[0] == 0xC2 && (next[1] == 0xAA || next[1] == 0xBA));
}

/* The lexicons (bit i: lexicons[i]) that hold the word in C as a function
 * word.  mn_lx_has_len reads a bundled lexicon's compiled tables as they
 * are: the languages the text is not in make nothing.  Through the memo
 * when there is one and the word fits it. */
static unsigned mn_lang_hits(const mn_lang_count *c)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < c->len; i++)
        h = (h ^ (unsigned char)c->word[i]) * 16777619u;
    mn_lang_memo_slot *slot =
        c->memo && c->len <= sizeof c->memo->slot[0].w ? &c->memo->slot[h % MN_LANG_MEMO] : NULL;
    if (slot && slot->len == c->len && memcmp(slot->w, c->word, c->len) == 0)
        return slot->hits;
    unsigned hits = 0;
    for (size_t i = 0; i < c->n; i++)
        if (mn_lx_has_len(c->lexicons[i], MN_LX_FUNCTION_WORDS, c->word, c->len))
            hits |= 1u << i;
    if (slot) {
        memcpy(slot->w, c->word, c->len);
        slot->len = (unsigned char)c->len;
        slot->hits = (unsigned char)hits;
    }
    return hits;
}

/* Ends the word before NEXT.  In one paragraph an initial is no function
 * word: Spanish "D. Javier" is no French "d'", and a few of them would
 * outweigh a short paragraph's words. */
static void mn_lang_end_word(mn_lang_count *c, const unsigned char *next)
{
    if (c->len == 1 && c->block && mn_lang_initial(next)) {
        c->words++;
        c->len = 0;
        return;
    }
    if (c->len && !c->too_long) {
        unsigned hits = mn_lang_hits(c);
        for (size_t i = 0; i < c->n; i++)
            c->hits[i] += hits >> i & 1;
        c->words++;
    }
    c->len = 0;
    c->too_long = 0;
}

static void mn_lang_text(mn_lang_count *c, const unsigned char *s)
{
    while (*s && c->words < MN_LANG_WORDS) {
        size_t k = mn_lang_letter(s);
        if (!k) {
            mn_lang_end_word(c, s);
            s++;
            continue;
        }
        if (c->len + k >= sizeof c->word) {
            c->too_long = 1;
        } else {
            for (size_t i = 0; i < k; i++)
                c->word[c->len++] = (char)(k == 1 && s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
        }
        s += k;
    }
    mn_lang_end_word(c, s);
}

/* Whether element N is a block of its own inside a paragraph-like one (an
 * item's nested list, a cell's table), whose words are not its parent's. */
static int mn_lang_nested_block(const xmlNode *n)
{
    return n->name && (strcmp((const char *)n->name, "list") == 0 ||
                       strcmp((const char *)n->name, "table") == 0);
}

static void mn_lang_walk(mn_lang_count *c, const xmlNode *n, int own)
{
    for (; n && c->words < MN_LANG_WORDS; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
            mn_lang_text(c, n->content);
        else if (n->type == XML_ELEMENT_NODE && !(own && mn_lang_nested_block(n)))
            mn_lang_walk(c, n->children, own);
    }
}

/* The lexicon whose function words C counted most, when it holds at least
 * MIN_HITS and half again as many as the next; NULL otherwise. */
static const char *mn_lang_verdict(const mn_lang_count *c, unsigned min_hits)
{
    size_t best = 0;
    unsigned second = 0;
    for (size_t i = 1; i < c->n; i++) {
        if (c->hits[i] > c->hits[best]) {
            second = c->hits[best];
            best = i;
        } else if (c->hits[i] > second) {
            second = c->hits[i];
        }
    }
    /* a handful of words at least, and half again as many as the next */
    if (c->hits[best] < min_hits || 2 * c->hits[best] < 3 * second + 1)
        return NULL;
    return mn_lexicon_lang(c->lexicons[best]);
}

const char *mn_language_of_text(xmlDocPtr doc, const mn_lexicon *const *lexicons, size_t n)
{
    if (!doc || n == 0)
        return NULL;
    mn_lang_count c = {.lexicons = lexicons, .n = n < MN_LANG_MAX ? n : MN_LANG_MAX};
    mn_lang_walk(&c, xmlDocGetRootElement(doc), 0);
    return mn_lang_verdict(&c, MN_LANG_MIN_HITS);
}

const char *mn_language_of_block(const xmlNode *block, const mn_lexicon *const *lexicons,
                                 size_t n, size_t *words)
{
    return mn_language_of_block_memo(block, lexicons, n, words, NULL);
}

const char *mn_language_of_block_memo(const xmlNode *block, const mn_lexicon *const *lexicons,
                                      size_t n, size_t *words, mn_lang_memo *memo)
{
    *words = 0;
    if (!block || n == 0)
        return NULL;
    mn_lang_count c = {
        .lexicons = lexicons, .n = n < MN_LANG_MAX ? n : MN_LANG_MAX, .block = 1, .memo = memo};
    mn_lang_walk(&c, block->children, 1);
    *words = c.words;
    return mn_lang_verdict(&c, MN_LANG_BLOCK_HITS);
}

int mn_language_tag_ok(const char *tag)
{
    size_t n = tag ? strlen(tag) : 0, primary = 0;
    if (n < 2 || n >= MN_LANG_TAG)
        return 0;
    while (primary < n && ((tag[primary] >= 'a' && tag[primary] <= 'z') ||
                           (tag[primary] >= 'A' && tag[primary] <= 'Z')))
        primary++;
    if (primary < 2 || primary > 3 || (primary < n && tag[primary] != '-'))
        return 0;
    for (size_t i = primary; i < n; i++) {
        char ch = tag[i];
        int alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        if (!alnum && !(ch == '-' && i + 1 < n && tag[i + 1] != '-'))
            return 0;
    }
    return 1;
}

int mn_language_same(const char *a, const char *b)
{
    size_t i = 0;
    for (; a[i] && a[i] != '-' && b[i] && b[i] != '-'; i++) {
        char x = a[i], y = b[i];
        if ((x | 32) != (y | 32))
            return 0;
    }
    return (!a[i] || a[i] == '-') && (!b[i] || b[i] == '-');
}
