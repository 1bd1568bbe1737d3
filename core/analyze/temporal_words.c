/* temporal_words.c — month, weekday and number words; token predicates. */
#include "temporal_words.h"

#include <string.h>

static const char *const months[] = {"january", "february", "march",     "april",
                                     "may",     "june",     "july",      "august",
                                     "september", "october", "november", "december", NULL};
static const char *const month_abbrevs[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                            "aug", "sep", "oct", "nov", "dec", "sept", NULL};
static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday", NULL};
static const char *const weekday_abbrevs[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun",
                                              "tues", "thur", "thurs", NULL};
static const int weekday_abbrev_day[] = {0, 1, 2, 3, 4, 5, 6, 1, 3, 3};
static const char *const count_words[] = {"one", "two",   "three", "four",  "five",  "six",
                                          "seven", "eight", "nine", "ten", "eleven", "twelve", NULL};

static int index_in(const char *w, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (w[0] == list[k][0] && strcmp(w, list[k]) == 0)
            return k + 1;
    return 0;
}

void mn_tw_classify(mn_ttok *t)
{
    if (t->type != MN_TT_WORD || !t->len)
        return;
    t->mon = (signed char)index_in(t->w, months);
    t->mon_ab = (signed char)index_in(t->w, month_abbrevs);
    t->wd = (signed char)index_in(t->w, weekdays);
    t->wd_ab = (signed char)index_in(t->w, weekday_abbrevs);
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
