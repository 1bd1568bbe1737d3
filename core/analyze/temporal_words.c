/* SPDX-License-Identifier: MIT */
/* temporal_words.c — the words of dates from the lexicon; token predicates.
 *
 * Each token is looked up once (mn_tw_classify) in the lexicon's index of
 * every word of every list: its entries and the classes the grammar's rules
 * start with.  The grammar then tests a token against a list with a bit. */
#include "temporal_words.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"

/* The classes a token gets from the lists it is in (weekdays: by entry,
 * a name or an abbreviation), one table for the lookup and the mask. */
#define MN_TW_CLASSES(X)                                                                           \
    X(MN_LX_MONTHS, MN_TC_MONTH)                                                                   \
    X(MN_LX_ARTICLES, MN_TC_THE)                                                                   \
    X(MN_LX_DEICTIC_WORDS, MN_TC_DEICTIC)                                                          \
    X(MN_LX_DIRECTIONS, MN_TC_DIR)                                                                 \
    X(MN_LX_LATER_WORDS, MN_TC_LATER)                                                              \
    X(MN_LX_IN_WORDS, MN_TC_IN)                                                                    \
    X(MN_LX_COUNT_WORDS, MN_TC_COUNT)                                                              \
    X(MN_LX_INDEFINITE_ARTICLES, MN_TC_COUNT)                                                      \
    X(MN_LX_PART_ADJECTIVES, MN_TC_PART)                                                           \
    X(MN_LX_PART_NOUNS, MN_TC_PART)                                                                \
    X(MN_LX_ORDINALS, MN_TC_ORDINAL)                                                               \
    X(MN_LX_QUARTER_ABBREVIATIONS, MN_TC_Q)                                                        \
    X(MN_LX_CLOCK_WORDS, MN_TC_CLOCK)                                                              \
    X(MN_LX_UNITS, MN_TC_DAY_YEAR)

static const struct {
    int list;
    unsigned short cls;
} class_of[] = {
#define MN_TW_ROW(list, cls) {list, cls},
    MN_TW_CLASSES(MN_TW_ROW)
#undef MN_TW_ROW
};

/* Those lists and the weekdays as the index's words of bits (one per 64
 * lists, as many as mn_lx_word.in holds): a word in none of them (most:
 * "of", "will") needs no more look. */
#define MN_TW_BIT(list, word) ((list) >> 6 == (word) ? (uint64_t)1 << ((list) & 63) : 0)
#define MN_TW_W0(list, cls) MN_TW_BIT(list, 0) |
#define MN_TW_W1(list, cls) MN_TW_BIT(list, 1) |
#define MN_TW_W2(list, cls) MN_TW_BIT(list, 2) |
static const uint64_t class_lists[] = {
    MN_TW_CLASSES(MN_TW_W0) MN_TW_BIT(MN_LX_WEEKDAYS, 0),
    MN_TW_CLASSES(MN_TW_W1) MN_TW_BIT(MN_LX_WEEKDAYS, 1),
    MN_TW_CLASSES(MN_TW_W2) MN_TW_BIT(MN_LX_WEEKDAYS, 2),
};
_Static_assert(sizeof class_lists == sizeof((mn_lx_word *)0)->in,
               "one word of class bits per word of the index's list bits");

static int in_class_lists(const mn_lx_word *w)
{
    uint64_t any = 0;
    for (size_t k = 0; k < sizeof class_lists / sizeof class_lists[0]; k++)
        any |= w->in[k] & class_lists[k];
    return any != 0;
}

void mn_tw_classify(mn_ttok *t, const mn_lexicon *lx)
{
    if (t->type == MN_TT_NUM)
        t->cls = MN_TC_NUM;
    if (t->type != MN_TT_WORD || !t->len)
        return;
    const mn_lx_word *w = mn_lx_token(lx, t->w, t->len);
    t->lw = w;
    if (!w || !in_class_lists(w))
        return;
    unsigned short cls = 0;
    for (size_t k = 0; k < sizeof class_of / sizeof class_of[0]; k++)
        if (mn_lx_bit(w, class_of[k].list))
            cls |= class_of[k].cls;
    if (mn_lx_bit(w, MN_LX_WEEKDAYS)) {
        const mn_lx_entry *e = w->first;
        while (e->list != MN_LX_WEEKDAYS)
            e = e->same_word;
        cls |= e->flags & MN_LX_ABBR ? MN_TC_WDABBR : MN_TC_WEEKDAY;
    }
    t->cls = cls;
}

const mn_lexicon *mn_tw_lx(const mn_tparser *p)
{
    return p->lx ? p->lx : mn_lx();
}

const mn_ttok *mn_tw_tok(const mn_tparser *p, int i)
{
    return i >= 0 && i < p->n ? &p->t[i] : NULL;
}

const mn_ttok *mn_tw_peek(const mn_tparser *p, int i)
{
    return i >= 0 && i < p->n_all ? &p->t[i] : NULL;
}

int mn_tw_word(const mn_tparser *p, int i, const char *w)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    return t && t->type == MN_TT_WORD && t->len && t->w[0] == w[0] && strcmp(t->w, w) == 0;
}

int mn_tw_in(const mn_tparser *p, int i, int list)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    return mn_lx_in(mn_tw_lx(p), t && t->type == MN_TT_WORD ? t->lw : NULL, list);
}

const mn_lx_entry *mn_tw_entry(const mn_tparser *p, int i, int list)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    return mn_lx_entry_of(mn_tw_lx(p), t && t->type == MN_TT_WORD ? t->lw : NULL, list);
}

const char *mn_tw_means(const mn_tparser *p, int i, int list)
{
    const mn_lx_entry *e = mn_tw_entry(p, i, list);
    return e ? e->means : NULL;
}

int mn_tw_prev_in(const mn_tparser *p, int i, int list)
{
    const mn_ttok *prev = i > 0 && i <= p->n_all ? &p->t[i - 1] : NULL;
    return mn_lx_in(mn_tw_lx(p), prev && prev->type == MN_TT_WORD ? prev->lw : NULL, list);
}

int mn_tw_phrase(const mn_tparser *p, int i, int list)
{
    size_t n;
    const mn_lx_entry *e = mn_lx_entries(mn_tw_lx(p), list, &n);
    int best = 0;
    for (size_t k = 0; k < n; k++) {
        const char *w = e[k].w;
        int used = 0;
        while (*w) {
            size_t len = strcspn(w, " ");
            const mn_ttok *t = mn_tw_tok(p, i + used);
            if (!t || t->type != MN_TT_WORD || t->len != len || strncasecmp(t->w, w, len) != 0)
                break;
            used++;
            w += len;
            w += *w == ' ';
        }
        if (!*w && used > best)
            best = used;
    }
    return best;
}

int mn_tw_punct(const mn_tparser *p, int i, char c)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    return t && t->type == MN_TT_PUNCT && t->w[0] == c;
}

int mn_tw_num(const mn_tparser *p, int i)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    return t && t->type == MN_TT_NUM;
}

int mn_tw_adjacent(const mn_tparser *p, int i)
{
    const mn_ttok *t = mn_tw_peek(p, i);
    return t && i > 0 && !t->space;
}

const mn_lx_entry *mn_tw_month_entry(const mn_tparser *p, int i)
{
    return mn_tw_entry(p, i, MN_LX_MONTHS);
}

int mn_tw_month(const mn_tparser *p, int i, int *month)
{
    const mn_lx_entry *e = mn_tw_month_entry(p, i);
    if (!e)
        return 0;
    /* "may" and "march" are also a verb (cap), abbreviations easily other
     * words: read only capitalised */
    if ((e->flags & (MN_LX_CAP | MN_LX_ABBR)) && !p->t[i].cap)
        return 0;
    *month = e->value;
    if ((e->flags & MN_LX_ABBR) && mn_tw_punct(p, i + 1, '.') && mn_tw_adjacent(p, i + 1) &&
        mn_tw_num(p, i + 2))
        return 2;
    return 1;
}

int mn_tw_weekday(const mn_tparser *p, int i, int *wday)
{
    const mn_lx_entry *e = mn_tw_entry(p, i, MN_LX_WEEKDAYS);
    if (!e || ((e->flags & MN_LX_ABBR) && !p->t[i].cap))
        return 0;
    *wday = e->value - 1;
    if (!(e->flags & MN_LX_ABBR))
        return 1;
    return mn_tw_punct(p, i + 1, '.') && mn_tw_adjacent(p, i + 1) ? 2 : 1;
}

int mn_tw_weekday_name(const mn_tparser *p, int i)
{
    const mn_lx_entry *e = mn_tw_entry(p, i, MN_LX_WEEKDAYS);
    return e && !(e->flags & MN_LX_ABBR);
}

int mn_tw_day(const mn_tparser *p, int i, int *day)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_NUM || t->digits > 2 || t->num < 1 || t->num > 31)
        return 0;
    *day = t->num;
    if (mn_tw_adjacent(p, i + 1) && mn_tw_in(p, i + 1, MN_LX_ORDINAL_SUFFIXES))
        return 2;
    return 1;
}

int mn_tw_year(const mn_tparser *p, int i, int *year)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_NUM || t->digits != 4 || t->num < 1900 || t->num > 2199)
        return 0;
    *year = t->num;
    return 1;
}

int mn_tw_count(const mn_tparser *p, int i, int *n)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t)
        return 0;
    if (t->type == MN_TT_NUM) {
        if (t->digits > 3 || t->num < 1)
            return 0;
        *n = t->num;
        return 1;
    }
    const mn_lx_entry *e = mn_tw_entry(p, i, MN_LX_COUNT_WORDS);
    if (e) {
        *n = e->value;
        return 1;
    }
    if (mn_tw_in(p, i, MN_LX_INDEFINITE_ARTICLES)) {
        const mn_lx_entry *noun = mn_tw_entry(p, i + 1, MN_LX_COUNT_NOUNS);
        if (noun && mn_tw_in(p, i + 2, MN_LX_OF_WORDS)) { /* a couple of */
            *n = noun->value;
            return 3;
        }
        *n = 1;
        return 1;
    }
    return 0;
}

int mn_tw_ordinal(const mn_tparser *p, int i, int *n)
{
    const mn_lx_entry *e = mn_tw_entry(p, i, MN_LX_ORDINALS);
    if (e) {
        *n = e->value;
        return 1;
    }
    const mn_ttok *t = mn_tw_tok(p, i);
    if (t && t->type == MN_TT_NUM && t->num >= 1 && t->num <= 5 && t->digits == 1 &&
        mn_tw_adjacent(p, i + 1) && mn_tw_in(p, i + 1, MN_LX_ORDINAL_SUFFIXES)) {
        *n = t->num;
        return 2;
    }
    return 0;
}

int mn_tw_left_ok(const mn_tparser *p, int i)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || i == 0 || t->space)
        return t != NULL;
    const mn_ttok *prev = &p->t[i - 1];
    if (prev->type == MN_TT_WORD || prev->type == MN_TT_NUM)
        return 0;
    /* 1.5, 3/4, $2, #12, +20, €5: the number is part of something else */
    return !(t->type == MN_TT_NUM && strchr(".,:/$#+-~'%", prev->w[0]));
}

int mn_tw_right_ok(const mn_tparser *p, int e)
{
    const mn_ttok *t = mn_tw_peek(p, e);
    if (!t || t->space)
        return 1;
    if (t->type != MN_TT_PUNCT)
        return 0;
    if (t->w[0] == '%' || t->w[0] == '~')
        return 0;
    const mn_ttok *u = mn_tw_peek(p, e + 1);
    if (u && !u->space && u->type == MN_TT_NUM && strchr("./:-,", t->w[0]))
        return 0;
    return 1;
}
