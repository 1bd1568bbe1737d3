/* SPDX-License-Identifier: MIT */
/* temporal_time.c — clock times and zones. */
#include "temporal_time.h"
#include "temporal_words.h"

#include <stdio.h>
#include <string.h>

#include "lexicon.h"

typedef struct clock {
    int min;      /* minutes after midnight */
    int meridiem; /* 0 none, 1 am, 2 pm */
    int hour;     /* hour as written */
    int sure;     /* written as a time (colon, am/pm, h, noon), not a bare number */
    int dotted;   /* 14.00: a time only with a zone or "hrs" after it */
} clock;

/* A meridiem's meaning as *pm: 1 am, 2 pm. */
static int meridiem_of(const char *means, int *pm)
{
    *pm = strcmp(means, "pm") == 0 ? 2 : 1;
    return 1;
}

/* am, pm, a.m., p.m. (the lexicon's meridiem) at token i: tokens used, *pm
 * set to 1 (am) or 2 (pm).  A dotted form comes as tokens "a . m [.]": it is
 * read when the lexicon has it with both dots ("a.m."), the last one
 * optional in the text. */
static int meridiem_at(const mn_tparser *p, int i, int *pm)
{
    const char *m = mn_tw_means(p, i, MN_LX_MERIDIEM);
    if (m)
        return meridiem_of(m, pm);
    const mn_ttok *a = mn_tw_tok(p, i), *b = mn_tw_tok(p, i + 2);
    if (!a || !b || a->type != MN_TT_WORD || b->type != MN_TT_WORD || !a->len || !b->len ||
        !mn_tw_punct(p, i + 1, '.') || !mn_tw_adjacent(p, i + 1) || !mn_tw_adjacent(p, i + 2))
        return 0;
    char dotted[sizeof a->w * 2 + 2];
    snprintf(dotted, sizeof dotted, "%s.%s.", a->w, b->w);
    const mn_lx_entry *e = mn_lx_find(mn_tw_lx(p), MN_LX_MERIDIEM, dotted, strlen(dotted));
    if (!e)
        return 0;
    meridiem_of(e->means, pm);
    return mn_tw_punct(p, i + 3, '.') && mn_tw_adjacent(p, i + 3) ? 4 : 3;
}

static int hours_word(const mn_tparser *p, int i)
{
    return mn_tw_in(p, i, MN_LX_HOURS_WORDS);
}

static int two_digits(const mn_tparser *p, int i, int max)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    return t && t->type == MN_TT_NUM && t->digits == 2 && t->num <= max && mn_tw_adjacent(p, i);
}

/* "14 h 30": the hour letter set apart by spaces, as French typography
 * writes times, before two-digit minutes on the same line. */
static int spaced_minutes(const mn_tparser *p, int j)
{
    const mn_ttok *h = mn_tw_tok(p, j), *m = mn_tw_tok(p, j + 1);
    return h && m && h->space == 1 && m->space == 1 && m->type == MN_TT_NUM && m->digits == 2 &&
           m->num <= 59 && mn_tw_in(p, j, MN_LX_HOUR_LETTERS);
}

/* The minutes part after the hour: ":30", ":30:00", ".30", "h30", "h 30". */
static int minutes_at(const mn_tparser *p, int j, clock *c)
{
    if (spaced_minutes(p, j)) {
        c->min += p->t[j + 1].num;
        c->sure = 1;
        return j + 2;
    }
    if ((mn_tw_punct(p, j, ':') || mn_tw_punct(p, j, '.') || mn_tw_in(p, j, MN_LX_HOUR_LETTERS)) &&
        mn_tw_adjacent(p, j) && two_digits(p, j + 1, 59)) {
        c->min += p->t[j + 1].num;
        c->sure = !mn_tw_punct(p, j, '.');
        c->dotted = mn_tw_punct(p, j, '.');
        j += 2;
        if (!c->dotted && mn_tw_punct(p, j, ':') && mn_tw_adjacent(p, j) && two_digits(p, j + 1, 59))
            j += 2;
    }
    return j;
}

static int apply_meridiem(const mn_tparser *p, int j, clock *c)
{
    int pm, k = meridiem_at(p, j, &pm);
    if (!k)
        return j;
    if (c->hour < 1 || c->hour > 12)
        return -1;
    c->meridiem = pm;
    c->min = (c->hour % 12 + (pm == 2 ? 12 : 0)) * 60 + c->min % 60;
    c->sure = 1;
    c->dotted = 0;
    return j + k;
}

/* A clock time at token i.  Returns the end token or 0. */
static int clock_at(const mn_tparser *p, int i, clock *c)
{
    memset(c, 0, sizeof *c);
    const mn_lx_entry *named = mn_tw_entry(p, i, MN_LX_CLOCK_WORDS);
    if (named) { /* noon, midnight */
        c->min = named->value;
        c->sure = 1;
        return i + 1;
    }
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_NUM)
        return 0;
    if (t->digits == 4 && t->num % 100 < 60 && t->num / 100 < 24 && hours_word(p, i + 1)) {
        c->hour = t->num / 100; /* 1400 hrs */
        c->min = c->hour * 60 + t->num % 100;
        c->sure = 1;
        return i + 2;
    }
    if (t->digits > 2 || t->num > 24)
        return 0;
    c->hour = t->num;
    c->min = t->num * 60;
    int j = minutes_at(p, i + 1, c);
    if (c->hour == 24 && c->min != 24 * 60)
        return 0;
    j = apply_meridiem(p, j, c);
    if (j < 0)
        return 0;
    const mn_lx_entry *noon = mn_tw_entry(p, j, MN_LX_CLOCK_WORDS);
    if (c->meridiem == 0 && c->hour == 12 && noon && noon->value == 12 * 60) { /* 12 noon */
        c->sure = 1;
        j++;
    } else if ((c->sure || c->dotted) && hours_word(p, j)) {
        c->sure = 1; /* 14:00 hrs, 14.00 h */
        c->dotted = 0;
        j++;
    } else if (!c->sure && !c->dotted && mn_tw_in(p, j, MN_LX_HOUR_LETTERS) &&
               (mn_tw_adjacent(p, j) || (p->t[j].space == 1 && mn_tw_in(p, i - 1, MN_LX_TIME_LEADS)))) {
        c->sure = 1; /* 14h, "à 9 h"; "2 hours" is a duration, not a time */
        j++;
    }
    return j;
}

/* UTC/GMT followed by an offset: "+2", "-05:00", "+0530". */
static int offset_at(const mn_tparser *p, int i, int *minutes)
{
    int sign = mn_tw_punct(p, i, '+') ? 1 : mn_tw_punct(p, i, '-') ? -1 : 0;
    const mn_ttok *n = mn_tw_tok(p, i + 1);
    /* "UTC - 12:00" is more likely a range than an offset: the sign must be
     * glued to the zone or to the number. */
    if (!sign || !n || n->type != MN_TT_NUM || (p->t[i].space && n->space))
        return 0;
    int h, m = 0, used = 2;
    if (n->digits == 4) {
        h = n->num / 100;
        m = n->num % 100;
    } else if (n->digits <= 2) {
        h = n->num;
        if (mn_tw_punct(p, i + 2, ':') && mn_tw_adjacent(p, i + 2) && two_digits(p, i + 3, 59)) {
            m = p->t[i + 3].num;
            used = 4;
        }
    } else {
        return 0;
    }
    if (h > 14 || m > 59)
        return 0;
    *minutes = sign * (h * 60 + m);
    return used;
}

static int iana_at(const mn_tparser *p, int i, mn_tz *zone)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_WORD || !t->cap)
        return 0;
    int j = i + 1;
    while (mn_tw_punct(p, j, '/') && mn_tw_adjacent(p, j) && mn_tw_tok(p, j + 1) &&
           p->t[j + 1].type == MN_TT_WORD && mn_tw_adjacent(p, j + 1))
        j += 2;
    if (j == i + 1)
        return 0;
    size_t s = p->t[i].start, e = p->t[j - 1].end;
    return mn_tz_iana(p->text + s, e - s, zone) ? j - i : 0;
}

static int phrase_at(const mn_tparser *p, int i, mn_tz *zone)
{
    const char *words[5];
    int n = 0;
    while (n < 5 && mn_tw_tok(p, i + n) && p->t[i + n].type == MN_TT_WORD && p->t[i + n].len) {
        words[n] = p->t[i + n].w;
        n++;
    }
    return n ? mn_tz_phrase(words, n, zone) : 0;
}

static int bare_zone_at(const mn_tparser *p, int i, mn_tz *zone)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_WORD)
        return 0;
    if (mn_tw_in(p, i, MN_LX_UTC_NAMES)) {
        int minutes, k = offset_at(p, i + 1, &minutes);
        if (k)
            return mn_tz_fixed(minutes, zone) ? 1 + k : 0;
        return mn_tz_fixed(0, zone);
    }
    if (mn_tw_word(p, i, "z"))
        return t->upper && !t->space && mn_tz_fixed(0, zone);
    int k = iana_at(p, i, zone);
    if (k)
        return k;
    k = phrase_at(p, i, zone);
    if (k)
        return k;
    if (t->upper && t->len >= 2 && t->len <= 5 && mn_tz_abbrev(t->w, t->len, zone))
        return 1;
    return 0;
}

int mn_ttime_zone(const mn_tparser *p, int i, mn_tz *zone)
{
    if (mn_tw_punct(p, i, '(')) {
        int k = bare_zone_at(p, i + 1, zone);
        return k && mn_tw_punct(p, i + 1 + k, ')') ? k + 2 : 0;
    }
    return bare_zone_at(p, i, zone);
}

static int range_conn(const mn_tparser *p, int i, int and_ok)
{
    return mn_tw_punct(p, i, '-') || mn_tw_in(p, i, MN_LX_RANGE_WORDS) ||
           (and_ok && mn_tw_in(p, i, MN_LX_AND_WORDS));
}

/* The first time of "10-11am": it takes the second's am/pm when it has none. */
static void share_meridiem(clock *a, const clock *b)
{
    if (a->meridiem || !b->meridiem || a->hour < 1 || a->hour > 12)
        return;
    int am = (a->hour % 12) * 60 + a->min % 60, pm = am + 720;
    a->min = b->meridiem == 2 && pm <= b->min ? pm : am;
    a->sure = 1;
}

/* A clock written as four digits ("0930"), or -1. */
static int four_digit_clock(const mn_tparser *p, int i)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    if (!t || t->type != MN_TT_NUM || t->digits != 4 || t->num % 100 > 59 || t->num / 100 > 24)
        return -1;
    return t->num / 100 * 60 + t->num % 100;
}

/* "0930 to 1015", "0930-1015": a range of four-digit clocks, as a time
 * after a date only (alone, four digits are more often a year or an
 * amount).  Returns the end token or 0. */
static int four_digit_range(const mn_tparser *p, int i, int and_ok, mn_tx *x)
{
    int a = four_digit_clock(p, i), b;
    if (a < 0 || !range_conn(p, i + 1, and_ok) || (b = four_digit_clock(p, i + 2)) <= a)
        return 0;
    mn_tz z;
    int kz = mn_ttime_zone(p, i + 3, &z);
    x->t1 = a;
    x->t2 = b;
    x->has_zone = kz != 0;
    if (kz)
        x->zone = z;
    return i + 3 + kz;
}

int mn_ttime_at(const mn_tparser *p, int i, int and_ok, mn_tx *x)
{
    clock a, b;
    mn_tz za, zb;
    int j = clock_at(p, i, &a);
    if (!j)
        return 0;
    int ka = mn_ttime_zone(p, j, &za);
    int end = j + ka;
    if (range_conn(p, end, and_ok)) {
        int k = clock_at(p, end + 1, &b);
        if (k && (b.sure || b.dotted)) {
            int kb = mn_ttime_zone(p, k, &zb);
            share_meridiem(&a, &b);
            if ((a.sure || a.dotted) && (!(a.dotted || b.dotted) || ka || kb)) {
                x->t1 = a.min;
                x->t2 = b.min;
                x->has_zone = ka || kb;
                x->zone = kb ? zb : za;
                return k + kb;
            }
        }
    }
    if (!a.sure && !(a.dotted && ka))
        return 0;
    x->t1 = a.min;
    x->t2 = -1;
    x->has_zone = ka != 0;
    if (ka)
        x->zone = za;
    return end;
}

int mn_ttime_zero_led(const mn_tparser *p, int i, mn_tx *x)
{
    const mn_ttok *t = mn_tw_tok(p, i);
    int c = t && t->num < 1000 ? four_digit_clock(p, i) : -1;
    if (c < 0 || four_digit_clock(p, i + 2) >= 0)
        return 0;
    mn_tz z;
    int kz = mn_ttime_zone(p, i + 1, &z);
    x->t1 = c;
    x->t2 = -1;
    x->has_zone = kz != 0;
    if (kz)
        x->zone = z;
    return i + 1 + kz;
}

/* "13/06/22 at 0730 in the site cabin", "2 June at 1400 UTC": one
 * four-digit clock after a date and its lead, when a zone, a preposition,
 * punctuation or the end follows it (never a noun: "5 May, at 2000
 * metres"; "1400 hrs" is mn_ttime_at's).  Returns the end token or 0. */
static int four_digit_single(const mn_tparser *p, int i, mn_tx *x)
{
    int a = four_digit_clock(p, i);
    if (a < 0 || a >= 24 * 60)
        return 0;
    mn_tz z;
    int kz = mn_ttime_zone(p, i + 1, &z), k = i + 1 + kz;
    const mn_ttok *t = mn_tw_tok(p, k);
    int ends = kz || !t || t->type == MN_TT_PUNCT || mn_tw_in(p, k, MN_LX_SUMMARY_PREPOSITIONS);
    if (!ends || mn_tw_punct(p, k, '-') || mn_tw_punct(p, k, '/'))
        return 0;
    x->t1 = a;
    x->t2 = -1;
    x->has_zone = kz != 0;
    if (kz)
        x->zone = z;
    return k;
}

int mn_ttime_after_date(const mn_tparser *p, int i, int and_ok, mn_tx *x)
{
    int four = four_digit_range(p, i, and_ok, x);
    if (!four && !and_ok)
        four = four_digit_single(p, i, x);
    return four ? four : mn_ttime_at(p, i, and_ok, x);
}
