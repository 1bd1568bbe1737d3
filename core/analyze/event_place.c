/* SPDX-License-Identifier: MIT */
/* event_place.c — the place a calendar entry's sentence names
 * (event_place.h).
 *
 * A place follows a lead ("in", "at", "on": the lexicon's place-leads) and
 * is either a name — capitalised words, with "of", "de", "'s" inside,
 * a number after a room ("Room 4.2") or before a street ("14 Orchard
 * Rise") — or a few lower-case words that end in a place noun ("the school
 * library", "the bin stores").  A name may go on with a town after a comma
 * or "in" ("Harborview Conference Center in Milwaukee").  A month, a
 * weekday, a language or a lone acronym ("in March", "in English", "at
 * IETF") is no place.  Without one, a meeting platform named in the
 * sentence ("via Zoom", "on Teams") or "online" is the place. */
#include "event_place.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "textscan.h"

enum { MAX_WORDS = 160, PLACE_WORDS = 6 };

typedef struct pword {
    size_t s, e;   /* bytes in the text, edge punctuation off */
    char lw[24];   /* lower-case ASCII copy (truncated) */
    int cap;       /* starts with an upper-case letter */
    int acro;      /* all capitals, two letters or more ("UN", "IETF") */
    int num;       /* starts with a digit ("4.2", "14", "4B") */
    int brk;       /* , ; : ( ) or a dash follows: a phrase ends here */
    int in_date;   /* part of the date itself */
} pword;

typedef struct psent {
    const char *t;
    pword w[MAX_WORDS];
    int n;
} psent;

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int edge(char c)
{
    return c && strchr(",.;:()[]\"!?*_", c) != NULL;
}

static int breaks(char c)
{
    return c && strchr(",;:()", c) != NULL;
}

static void fill(psent *st, pword *w)
{
    const char *t = st->t;
    size_t n = 0, letters = 0, upper = 0;
    for (size_t i = w->s; i < w->e; i++) {
        char c = t[i];
        upper += c >= 'A' && c <= 'Z';
        letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (n + 1 < sizeof w->lw)
            w->lw[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    w->lw[n] = '\0';
    unsigned char c0 = (unsigned char)t[w->s];
    w->cap = mn_ts_starts_upper(t + w->s);
    w->acro = letters >= 2 && upper == letters;
    w->num = c0 >= '0' && c0 <= '9';
}

static void split(psent *st, size_t s, size_t e, size_t ds, size_t de)
{
    const char *t = st->t;
    size_t i = s;
    st->n = 0;
    while (i < e && st->n < MAX_WORDS) {
        while (i < e && (is_space(t[i]) || edge(t[i]))) {
            if (st->n && breaks(t[i]))
                st->w[st->n - 1].brk = 1;
            i++;
        }
        size_t a = i;
        while (i < e && !is_space(t[i]))
            i++;
        size_t b = i;
        while (b > a && edge(t[b - 1]))
            b--;
        if (b == a)
            continue;
        if ((b - a == 1 && t[a] == '-') || (b - a == 3 && !strncmp(t + a, "\xe2\x80\x93", 3)) ||
            (b - a == 3 && !strncmp(t + a, "\xe2\x80\x94", 3))) {
            if (st->n)
                st->w[st->n - 1].brk = 1; /* a dash between words */
            continue;
        }
        pword *w = &st->w[st->n++];
        memset(w, 0, sizeof *w);
        w->s = a;
        w->e = b;
        fill(st, w);
        w->in_date = a < de && b > ds;
        for (size_t c = b; c < i; c++)
            w->brk |= breaks(t[c]);
    }
}

static int in_list(const pword *w, int list)
{
    return mn_lx_has(mn_lx(), list, w->lw);
}

/* A capitalised word that names no place: a month, a weekday, a language,
 * "Annex", "Stage" … */
static int not_place(const pword *w)
{
    return in_list(w, MN_LX_MONTHS) || in_list(w, MN_LX_WEEKDAYS) || in_list(w, MN_LX_NOT_PLACES);
}

static int connector(const pword *w)
{
    return in_list(w, MN_LX_PLACE_NAME_LINKS);
}

/* Capitalised words from k (a name), with connectors inside and a number
 * after a word ("Room 4"): the end, or k.  *plain: a word not an acronym. */
static int name_at(const psent *st, int k, int *plain)
{
    int j = k;
    *plain = 0;
    while (j < st->n && j - k < PLACE_WORDS && !st->w[j].in_date) {
        const pword *w = &st->w[j];
        if (w->cap && !not_place(w)) {
            *plain |= !w->acro;
        } else if (w->num && j > k && !st->w[j - 1].num && !st->w[j - 1].brk) {
            *plain = 1; /* Room 4.2, Conference Room 4B */
        } else if (j > k && connector(w) && !st->w[j - 1].brk && j + 1 < st->n &&
                   st->w[j + 1].cap && !not_place(&st->w[j + 1])) {
            /* Bank of England, Palais des Nations */
        } else {
            break;
        }
        j++;
        if (w->brk)
            break;
    }
    return j;
}

/* Lower-case words from k that end in a place noun ("school library"). */
static int common_place_at(const psent *st, int k)
{
    for (int j = k; j < st->n && j - k < 3 && !st->w[j].in_date && !st->w[j].cap; j++) {
        if (in_list(&st->w[j], MN_LX_PLACE_NOUNS)) {
            /* "school library": the last of a run of place nouns */
            while (j + 1 < st->n && !st->w[j].brk && !st->w[j + 1].cap &&
                   in_list(&st->w[j + 1], MN_LX_PLACE_NOUNS))
                j++;
            return j + 1;
        }
        if (st->w[j].brk || st->w[j].num)
            break;
    }
    return k;
}

/* "site cabin 2": a number right after a common place is its own. */
static int numbered(const psent *st, int j)
{
    return j < st->n && st->w[j].num && !st->w[j - 1].brk && !st->w[j].in_date ? j + 1 : j;
}

/* "the District office", "the Mill Street trailhead", "the Ferry Lane
 * slipway hut": one or two lower-case words after a name that end in a
 * place noun go with it. */
static int noun_after_name(const psent *st, int j)
{
    for (int k = j; k < st->n && k < j + 2; k++) {
        if (st->w[k - 1].brk || st->w[k].cap || st->w[k].in_date || st->w[k].num)
            break;
        if (in_list(&st->w[k], MN_LX_PLACE_NOUNS))
            return k + 1;
    }
    return j;
}

/* The place after the lead ("in", "at"; "on" leads to a platform only, as
 * "a webinar on Cybersecurity" names a topic) at word k - 1: [*from, end), or end 0. */
static int place_after(const psent *st, int k, int *from)
{
    if (k < st->n && in_list(&st->w[k], MN_LX_ARTICLES))
        k++;
    *from = k;
    if (k >= st->n || st->w[k].in_date)
        return 0;
    int plain, j;
    if (st->w[k].num && k + 1 < st->n && st->w[k + 1].cap && !st->w[k].brk) {
        j = name_at(st, k + 1, &plain); /* 14 Orchard Rise */
        return j > k + 1 && plain ? j : 0;
    }
    j = name_at(st, k, &plain);
    if (j == k) {
        j = common_place_at(st, k);
        return j > k ? numbered(st, j) : 0;
    }
    j = noun_after_name(st, j);
    if (!plain || (j == k + 1 && in_list(&st->w[k], MN_LX_ONLINE_WORDS)))
        return 0; /* "at IETF"; "on Teams" is a platform, found below */
    /* a town after the name: ", Milwaukee" or "in Milwaukee" */
    int next = j + (j < st->n && in_list(&st->w[j], MN_LX_PLACE_LEADS) && !st->w[j - 1].brk);
    int town = 0;
    if ((next > j || st->w[j - 1].brk) && next < st->n && st->w[next].cap) {
        int p2, end = name_at(st, next, &p2);
        if (end > next && end - next <= 3 && p2)
            town = end;
    }
    /* "at the Annual Summit" is an occasion, not where it is; "at the
     * Annual Summit in Lisbon" is in Lisbon */
    if (in_list(&st->w[j - 1], MN_LX_OCCASIONS)) {
        *from = next;
        return town;
    }
    return town ? town : j;
}

static char *copy(const psent *st, int from, int to)
{
    size_t a = st->w[from].s, b = st->w[to - 1].e;
    char *out = malloc(b - a + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        int sp = is_space(st->t[i]);
        if (sp && n && out[n - 1] == ' ')
            continue;
        out[n++] = sp ? ' ' : st->t[i];
    }
    out[n] = '\0';
    return out;
}

/* Whether word k goes before where or how an occasion is held: a lead
 * ("on Zoom", "at an online launch"), a verb ("held online"), "and". */
static int leads_in(const psent *st, int k)
{
    if (k < 0)
        return 0;
    const pword *w = &st->w[k];
    if (in_list(w, MN_LX_ARTICLES))
        return k > 0 && in_list(&st->w[k - 1], MN_LX_PLACE_LEADS);
    return in_list(w, MN_LX_PLACE_LEADS) || in_list(w, MN_LX_PLACE_VERBS) ||
           in_list(w, MN_LX_AND_WORDS);
}

/* Whether an occasion word follows word k closely ("online ceremonial
 * launch", "virtual workshop"): the occasion is held online. */
static int occasion_follows(const psent *st, int k)
{
    for (int j = k + 1; j < st->n && j <= k + 2 && !st->w[j - 1].brk; j++)
        if (in_list(&st->w[j], MN_LX_OCCASIONS))
            return 1;
    return 0;
}

/* A meeting platform or "online" in the sentence: "Zoom" as written for a
 * capitalised name, "Online" for a common word after a lead or a verb or
 * before an occasion. */
static char *online(const psent *st)
{
    for (int k = 0; k < st->n; k++) {
        const pword *w = &st->w[k];
        if (w->in_date || !in_list(w, MN_LX_ONLINE_WORDS))
            continue;
        if (w->cap && k > 0 && !w->acro)
            return copy(st, k, k + 1);
        if (leads_in(st, k - 1) || occasion_follows(st, k))
            return strdup("Online");
    }
    return NULL;
}

/* Whether word k may be part of a place written bare: a capitalised word
 * that is no month or language, a number ("Room 4", "Level 9"), a place
 * noun ("boardroom"), a link inside a name ("of"). */
static int bare_place_word(const psent *st, int k)
{
    const pword *w = &st->w[k];
    if (w->num)
        return 1;
    if (w->cap)
        return !not_place(w) && !in_list(w, MN_LX_WEEKDAYS);
    return in_list(w, MN_LX_PLACE_NOUNS) || connector(w);
}

/* "Tuesday 12 December, 7.30 pm, Ashcombe Village Hall." (or "…, the
 * clubhouse."): the place as the last comma-separated part of a date line, running to the sentence's
 * end (a town after another comma included).  Returns [*from, end) or 0. */
static int trailing_place(const psent *st, int *from)
{
    int k = st->n;
    while (k > 0 && !st->w[k - 1].in_date)
        k--;
    if (k == 0 || k >= st->n || !st->w[k - 1].brk || st->n - k > 8)
        return 0;
    if (in_list(&st->w[k], MN_LX_ARTICLES) && k + 1 < st->n)
        k++; /* "…, The Larkspur Centre.": the name after its article */
    const pword *first = &st->w[k];
    /* "…, 7.30 pm, clubhouse.", "…, warehouse meeting room.": words in
     * lower case that end in a place noun */
    int common = !first->cap && !first->num && in_list(&st->w[st->n - 1], MN_LX_PLACE_NOUNS);
    if (!(first->cap || first->num || common) || connector(first))
        return 0;
    if (first->s > 0 && st->t[first->s - 1] == '(')
        return 0; /* "…, ending 28 May (Ana Ruiz)": who, not where */
    int plain = 0;
    for (int j = k; j < st->n; j++) {
        int lower = common && !st->w[j].cap && !st->w[j].num && !st->w[j].brk;
        if (!bare_place_word(st, j) && !lower)
            return 0;
        plain |= (st->w[j].cap && !st->w[j].acro) || in_list(&st->w[j], MN_LX_PLACE_NOUNS);
    }
    if (!plain || connector(&st->w[st->n - 1]))
        return 0;
    *from = k;
    return st->n;
}

char *mn_event_place(const char *text, size_t s, size_t e, size_t ds, size_t de)
{
    psent *st = malloc(sizeof *st);
    if (!st)
        return NULL;
    st->t = text;
    split(st, s, e, ds, de);
    /* the first place after the date, else the last before it */
    int best_from = -1, best_to = 0;
    for (int k = 0; k + 1 < st->n; k++) {
        if (st->w[k].in_date || st->w[k].cap || !in_list(&st->w[k], MN_LX_EVENT_PLACE_LEADS))
            continue;
        if (k > 0 && in_list(&st->w[k - 1], MN_LX_PLACE_LEAD_BLOCKERS))
            continue; /* "take part in the Survey", "look at the Budget" */
        int from, to = place_after(st, k + 1, &from);
        if (!to)
            continue;
        best_from = from;
        best_to = to;
        if (st->w[from].s >= de)
            break;
    }
    if (best_from < 0)
        best_to = trailing_place(st, &best_from);
    char *place = best_to ? copy(st, best_from, best_to) : online(st);
    free(st);
    return place;
}

int mn_event_same_place(const char *text, size_t s, size_t e)
{
    size_t n;
    const mn_lx_entry *p = mn_lx_entries(mn_lx(), MN_LX_SAME_PLACE_PHRASES, &n);
    for (size_t i = s; i < e; i++) {
        if (i > s && !is_space(text[i - 1]))
            continue;
        for (size_t k = 0; k < n; k++)
            if (i + p[k].len <= e && strncasecmp(text + i, p[k].w, p[k].len) == 0 &&
                (i + p[k].len == e || !((text[i + p[k].len] | 32) >= 'a' && (text[i + p[k].len] | 32) <= 'z')))
                return 1;
    }
    return 0;
}
