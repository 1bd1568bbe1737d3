/* SPDX-License-Identifier: MIT */
/* event_recur.c — the recurrence a calendar entry's sentence states
 * (event_recur.h).
 *
 * Groups say how a meeting goes on in a few set ways: "every Thursday",
 * "every other Tuesday" (every-words, alternate-words, a weekday), "every
 * two weeks", "each month" (a unit), "weekly on Mondays", "fortnightly"
 * (recurrence-words, with a weekday in plural or the first occurrence's
 * day), and "the first Tuesday of each month" (an ordinal, a weekday, "of",
 * every-words, a month).  Anything else — "monthly" alone, "the second
 * Tuesday of March" — states no rule a calendar could follow. */
#include "event_recur.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

enum { MAX_TOKENS = 160 };

static const char *const byday[] = {"", "MO", "TU", "WE", "TH", "FR", "SA", "SU"};

typedef struct rtok {
    char w[24]; /* lower-case ASCII copy (truncated) */
    int brk;    /* a sentence-internal break (, ; : ( )) follows */
} rtok;

typedef struct rsent {
    rtok t[MAX_TOKENS];
    int n;
} rsent;

static int letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

static void tokenize(rsent *st, const char *text, size_t s, size_t e)
{
    st->n = 0;
    for (size_t i = s; i < e && st->n < MAX_TOKENS;) {
        if (!letter(text[i])) {
            if (st->n && strchr(",;:()", text[i]))
                st->t[st->n - 1].brk = 1;
            i++;
            continue;
        }
        rtok *t = &st->t[st->n++];
        size_t n = 0;
        t->brk = 0;
        for (; i < e && letter(text[i]); i++)
            if (n + 1 < sizeof t->w)
                t->w[n++] = (char)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
        t->w[n] = '\0';
    }
}

static const mn_lx_entry *entry(const rsent *st, int k, int list)
{
    if (k < 0 || k >= st->n)
        return NULL;
    return mn_lx_find(mn_lx(), list, st->t[k].w, strlen(st->t[k].w));
}

static int in(const rsent *st, int k, int list)
{
    return entry(st, k, list) != NULL;
}

/* The weekday (1..7) token k names, in full, singular or plural
 * ("Thursday", "Thursdays"), or 0. */
static int weekday_at(const rsent *st, int k)
{
    if (k < 0 || k >= st->n)
        return 0;
    const char *w = st->t[k].w;
    size_t n = strlen(w);
    if (n > 1 && w[n - 1] == 's')
        n--;
    const mn_lx_entry *e = mn_lx_find(mn_lx(), MN_LX_WEEKDAYS, w, n);
    return e && !(e->flags & MN_LX_ABBR) ? e->value : 0;
}

/* The unit token k names ("week", "weeks"): its meaning, or NULL. */
static const char *unit_at(const rsent *st, int k)
{
    const mn_lx_entry *e = entry(st, k, MN_LX_UNITS);
    if (!e)
        e = entry(st, k, MN_LX_UNIT_PLURALS);
    return e ? e->means : NULL;
}

static int month_unit(const rsent *st, int k)
{
    const char *u = unit_at(st, k);
    return u && strcmp(u, "month") == 0;
}

/* A weekday in plural anywhere in the sentence ("on Thursdays"), or 0. */
static int plural_weekday(const rsent *st)
{
    for (int k = 0; k < st->n; k++) {
        size_t n = strlen(st->t[k].w);
        if (n > 1 && st->t[k].w[n - 1] == 's' && weekday_at(st, k))
            return weekday_at(st, k);
    }
    return 0;
}

static char *rule(const char *freq, int interval, int ordinal, int day)
{
    char buf[64];
    int n = snprintf(buf, sizeof buf, "FREQ=%s", freq);
    if (interval > 1)
        n += snprintf(buf + n, sizeof buf - (size_t)n, ";INTERVAL=%d", interval);
    if (day && ordinal)
        snprintf(buf + n, sizeof buf - (size_t)n, ";BYDAY=%d%s", ordinal, byday[day]);
    else if (day)
        snprintf(buf + n, sizeof buf - (size_t)n, ";BYDAY=%s", byday[day]);
    return strdup(buf);
}

/* "the last Wednesday of each month" at ordinal token k. */
static char *monthly_at(const rsent *st, int k)
{
    const mn_lx_entry *ord = entry(st, k, MN_LX_ORDINALS);
    int day = weekday_at(st, k + 1);
    if (!ord || !day || st->t[k + 1].brk || !in(st, k + 2, MN_LX_OF_WORDS))
        return NULL;
    if (!in(st, k + 3, MN_LX_EVERY_WORDS) || !month_unit(st, k + 4))
        return NULL;
    return rule("MONTHLY", 1, ord->value, day);
}

/* The frequency a unit names ("week" WEEKLY), or NULL. */
static const char *freq_of_unit(const char *unit)
{
    if (!unit)
        return NULL;
    return !strcmp(unit, "day") ? "DAILY" : !strcmp(unit, "week") ? "WEEKLY"
                                          : !strcmp(unit, "month") ? "MONTHLY" : NULL;
}

/* "every Thursday", "every other Tuesday", "every two weeks", "each month"
 * at every-word token k; WEEKDAY for a week's rule without a day. */
static char *every_at(const rsent *st, int k, int weekday)
{
    int j = k + 1, interval = 1;
    const mn_lx_entry *count;
    int alternate = in(st, j, MN_LX_ALTERNATE_WORDS);
    if (alternate) {
        interval = 2;
        j++;
    } else if ((count = entry(st, j, MN_LX_COUNT_WORDS)) != NULL && count->value <= 4) {
        interval = count->value;
        j++;
    }
    int day = weekday_at(st, j);
    if (day)
        return in(st, j + 1, MN_LX_OF_WORDS) ? NULL : rule("WEEKLY", interval, 0, day);
    const char *freq = freq_of_unit(unit_at(st, j));
    if (!freq || (interval > 1 && !alternate && !in(st, j, MN_LX_UNIT_PLURALS)))
        return NULL; /* "every other week" is "every two weeks"; "every two week" no rule */
    if (!strcmp(freq, "WEEKLY")) {
        int d = plural_weekday(st);
        return d || weekday ? rule(freq, interval, 0, d ? d : weekday) : NULL;
    }
    return strcmp(freq, "DAILY") == 0 ? rule(freq, interval, 0, 0) : NULL;
}

/* "weekly", "fortnightly", "bi-weekly" at token k: a week's rule on the
 * plural weekday the sentence names, else on the first occurrence's day. */
static char *adverb_at(const rsent *st, int k, int weekday)
{
    const mn_lx_entry *r = entry(st, k, MN_LX_RECURRENCE_WORDS);
    if (!r)
        return NULL;
    int interval = strcmp(r->means, "fortnightly") == 0 ? 2 : 1;
    int day = plural_weekday(st);
    if (!day)
        day = weekday;
    return day ? rule("WEEKLY", interval, 0, day) : NULL;
}

char *mn_event_recurrence(const char *text, size_t s, size_t e, int weekday)
{
    rsent *st = malloc(sizeof *st);
    if (!st)
        return NULL;
    tokenize(st, text, s, e);
    char *out = NULL;
    for (int k = 0; k < st->n && !out; k++)
        out = monthly_at(st, k);
    for (int k = 0; k < st->n && !out; k++)
        if (in(st, k, MN_LX_EVERY_WORDS))
            out = every_at(st, k, weekday);
    for (int k = 0; k < st->n && !out; k++)
        out = adverb_at(st, k, weekday);
    free(st);
    return out;
}
