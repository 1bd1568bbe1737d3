/* SPDX-License-Identifier: MIT */
/* temporal_words.c — month, weekday and number words; token predicates. */
#include "temporal_words.h"

#include <string.h>

static const int weekday_abbrev_day[] = {0, 1, 2, 3, 4, 5, 6, 1, 3, 3};
static const char *const count_words[] = {"one", "two",   "three", "four",  "five",  "six",
                                          "seven", "eight", "nine", "ten", "eleven", "twelve", NULL};

/* The words the grammar starts a rule with, grouped by first letter, each
 * with its index + 1 in the lists of months (january … december), month
 * abbreviations (jan … dec, then sept), weekdays (monday … sunday) and
 * weekday abbreviations (mon … sun, then tues, thur, thurs), and its other
 * classes.  Looked up once per token, so the grammar never compares a word
 * against these lists again. */
typedef struct vocab {
    const char *w;
    unsigned char len;
    signed char mon, mon_ab, wd, wd_ab;
    unsigned short cls;
} vocab;

enum {
    C_THE = MN_TC_THE, C_DEI = MN_TC_DEICTIC, C_DIR = MN_TC_DIR, C_LATER = MN_TC_LATER,
    C_IN = MN_TC_IN, C_CNT = MN_TC_COUNT, C_PART = MN_TC_PART, C_ORD = MN_TC_ORDINAL,
    C_Q = MN_TC_Q, C_CLK = MN_TC_CLOCK, C_DY = MN_TC_DAY_YEAR
};

#define MONTH(w, m) {w, sizeof w - 1, m, 0, 0, 0, 0}
#define MONAB(w, m) {w, sizeof w - 1, 0, m, 0, 0, 0}
#define WDAY(w, d) {w, sizeof w - 1, 0, 0, d, 0, 0}
#define WDAB(w, d) {w, sizeof w - 1, 0, 0, 0, d, 0}
#define WORD(w, c) {w, sizeof w - 1, 0, 0, 0, 0, c}
#define END {NULL, 0, 0, 0, 0, 0, 0}

static const vocab v_a[] = {WORD("a", C_CNT),   WORD("an", C_CNT), MONTH("april", 4), MONAB("apr", 4),
                            MONTH("august", 8), MONAB("aug", 8),   END};
static const vocab v_b[] = {WORD("beginning", C_PART), END};
static const vocab v_c[] = {WORD("coming", C_DIR), END};
static const vocab v_d[] = {MONTH("december", 12), MONAB("dec", 12), WORD("day", C_DY), END};
static const vocab v_e[] = {WORD("early", C_PART), WORD("earlier", C_LATER), WORD("eight", C_CNT),
                            WORD("eleven", C_CNT), WORD("end", C_PART),        END};
static const vocab v_f[] = {MONTH("february", 2), MONAB("feb", 2),          WDAY("friday", 5),
                            WDAB("fri", 5),       WORD("first", C_ORD),      WORD("fifth", C_ORD),
                            WORD("final", C_ORD), WORD("four", C_CNT),       WORD("fourth", C_ORD),
                            WORD("five", C_CNT),  WORD("following", C_DIR),  END};
static const vocab v_i[] = {WORD("in", C_IN), END};
static const vocab v_j[] = {MONTH("january", 1), MONAB("jan", 1), MONTH("june", 6),
                            MONAB("jun", 6),     MONTH("july", 7), MONAB("jul", 7), END};
static const vocab v_l[] = {WORD("last", C_DIR | C_ORD), WORD("late", C_PART), WORD("later", C_LATER),
                            END};
static const vocab v_m[] = {MONTH("march", 3),     MONAB("mar", 3),         {"may", 3, 5, 5, 0, 0, 0},
                            WDAY("monday", 1),     WDAB("mon", 1),          WORD("mid", C_PART),
                            WORD("middle", C_PART), WORD("midday", C_CLK),  WORD("midnight", C_CLK),
                            END};
static const vocab v_n[] = {MONTH("november", 11), MONAB("nov", 11),    WORD("next", C_DIR),
                            WORD("nine", C_CNT),   WORD("noon", C_CLK), END};
static const vocab v_o[] = {MONTH("october", 10), MONAB("oct", 10), WORD("one", C_CNT), END};
static const vocab v_p[] = {WORD("past", C_DIR), WORD("previous", C_DIR), END};
static const vocab v_q[] = {WORD("q", C_Q), END};
static const vocab v_s[] = {MONTH("september", 9), MONAB("sep", 9),       MONAB("sept", 13),
                            WDAY("saturday", 6),   WDAB("sat", 6),        WDAY("sunday", 7),
                            WDAB("sun", 7),        WORD("second", C_ORD), WORD("seven", C_CNT),
                            WORD("six", C_CNT),    WORD("start", C_PART), END};
static const vocab v_t[] = {WDAY("tuesday", 2),   WDAB("tue", 2),         WDAB("tues", 8),
                            WDAY("thursday", 4),  WDAB("thu", 4),         WDAB("thur", 9),
                            WDAB("thurs", 10),    WORD("the", C_THE),     WORD("this", C_DIR),
                            WORD("today", C_DEI), WORD("tonight", C_DEI), WORD("tomorrow", C_DEI),
                            WORD("three", C_CNT), WORD("two", C_CNT),     WORD("ten", C_CNT),
                            WORD("twelve", C_CNT), WORD("third", C_ORD),  END};
static const vocab v_w[] = {WDAY("wednesday", 3), WDAB("wed", 3), WORD("within", C_IN), END};
static const vocab v_y[] = {WORD("yesterday", C_DEI), WORD("year", C_DY), END};

static const vocab *const by_letter[26] = {
    v_a, v_b, v_c, v_d, v_e, v_f, NULL, NULL, v_i, v_j, NULL, v_l, v_m,
    v_n, v_o, v_p, v_q, NULL, v_s, v_t, NULL, NULL, v_w, NULL, v_y, NULL};

static const vocab *lookup(const char *w, size_t len)
{
    if (w[0] < 'a' || w[0] > 'z')
        return NULL;
    for (const vocab *v = by_letter[w[0] - 'a']; v && v->w; v++)
        if (v->len == len && v->w[1] == w[1] && (len < 3 || memcmp(w + 2, v->w + 2, len - 2) == 0))
            return v;
    return NULL;
}

void mn_tw_classify(mn_ttok *t)
{
    if (t->type == MN_TT_NUM)
        t->cls = MN_TC_NUM;
    if (t->type != MN_TT_WORD || !t->len)
        return;
    const vocab *v = lookup(t->w, t->len);
    if (!v)
        return;
    t->mon = v->mon;
    t->mon_ab = v->mon_ab;
    t->wd = v->wd;
    t->wd_ab = v->wd_ab;
    t->cls = (unsigned short)(v->cls | (v->mon || v->mon_ab ? MN_TC_MONTH : 0) |
                              (v->wd ? MN_TC_WEEKDAY : 0) | (v->wd_ab ? MN_TC_WDABBR : 0));
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

int mn_tw_word_in(const mn_tparser *p, int i, const char *const *list)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_WORD || !t->len)
        return 0;
    for (int k = 0; list[k]; k++)
        if (t->w[0] == list[k][0] && strcmp(t->w, list[k]) == 0)
            return k + 1;
    return 0;
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

int mn_tw_month(const mn_tparser *p, int i, int *month)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_WORD)
        return 0;
    int k = t->mon;
    if (k) {
        /* "may" and "march" are also a verb: only capitalised they are months */
        if ((k == 5 || k == 3) && !t->cap)
            return 0;
        *month = k;
        return 1;
    }
    k = t->mon_ab;
    if (!k || !t->cap)
        return 0;
    *month = k == 13 ? 9 : k;
    if (mn_tw_punct(p, i + 1, '.') && mn_tw_adjacent(p, i + 1) && mn_tw_num(p, i + 2))
        return 2;
    return 1;
}

int mn_tw_weekday(const mn_tparser *p, int i, int *wday)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_WORD)
        return 0;
    int k = t->wd;
    if (k) {
        *wday = k - 1;
        return 1;
    }
    k = t->wd_ab;
    if (!k || !p->t[i].cap)
        return 0;
    *wday = weekday_abbrev_day[k - 1];
    return mn_tw_punct(p, i + 1, '.') && mn_tw_adjacent(p, i + 1) ? 2 : 1;
}

int mn_tw_day(const mn_tparser *p, int i, int *day)
{
    static const char *const suffixes[] = {"st", "nd", "rd", "th", NULL};
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_NUM || t->digits > 2 || t->num < 1 || t->num > 31)
        return 0;
    *day = t->num;
    if (mn_tw_adjacent(p, i + 1) && mn_tw_word_in(p, i + 1, suffixes))
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
    int k = mn_tw_word_in(p, i, count_words);
    if (k) {
        *n = k;
        return 1;
    }
    if (mn_tw_word(p, i, "a") || mn_tw_word(p, i, "an")) {
        if (mn_tw_word(p, i + 1, "couple") && mn_tw_word(p, i + 2, "of")) {
            *n = 2;
            return 3;
        }
        *n = 1;
        return 1;
    }
    return 0;
}

int mn_tw_ordinal(const mn_tparser *p, int i, int *n)
{
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth", NULL};
    int k = mn_tw_word_in(p, i, ordinals);
    if (k) {
        *n = k;
        return 1;
    }
    if (mn_tw_word(p, i, "last") || mn_tw_word(p, i, "final")) {
        *n = -1;
        return 1;
    }
    const mn_ttok *t = mn_tw_tok(p, i);
    static const char *const suffixes[] = {"st", "nd", "rd", "th", NULL};
    if (t && t->type == MN_TT_NUM && t->num >= 1 && t->num <= 5 && t->digits == 1 &&
        mn_tw_adjacent(p, i + 1) && mn_tw_word_in(p, i + 1, suffixes)) {
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
