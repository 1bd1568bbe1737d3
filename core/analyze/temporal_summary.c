/* SPDX-License-Identifier: MIT */
/* temporal_summary.c — names the occasion of a date from its sentence.
 *
 * No parser: minutes name occasions with a small set of nouns (meeting,
 * webinar, launch, office hours, dialogue, …).  An event's summary is the
 * noun phrase around the occasion noun nearest before the date (modifiers to
 * the left up to a determiner or preposition, a "with/of …" complement to
 * the right), prefixed by the acting body when the phrase names none.  A
 * deadline's summary is what must be done: the clause before "by", from the
 * verb after "asked/reminded/invited … to", or after the last "and". */
#include "temporal_summary.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

enum { MAX_WORDS = 160, SUMMARY_CHARS = 80 };

typedef struct word {
    size_t s, e;    /* bytes in the text */
    char lw[24];    /* lower-case ASCII copy (truncated) */
    int cap, acro;  /* capitalised; an acronym such as IMSB, WG-WSP, WSIS+20 */
    int in_date;    /* 1: part of the date itself, 2: of another date */
    int brk_after;  /* , ; : ( ) or a dash follows: a phrase boundary */
} word;

typedef struct sentence {
    const char *t;
    word w[MAX_WORDS];
    int n;
} sentence;

/* Whether the (lower-case) word w is in the lexicon's LIST. */
static int in_list(const char *w, int list)
{
    return mn_lx_has(mn_lx(), list, w);
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int edge_punct(char c)
{
    switch (c) {
    case ',': case '.': case ';': case ':': case '(': case ')': case '[': case ']':
    case '"': case '\'': case '!': case '?':
        return 1;
    default:
        return 0;
    }
}

/* , ; : ( ) — a phrase boundary after a word. */
static int breaks_phrase(char c)
{
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')';
}

static void fill_word(const char *t, word *w)
{
    size_t n = 0, letters = 0, upper = 0;
    for (size_t i = w->s; i < w->e; i++) {
        char c = t[i];
        if (c >= 'A' && c <= 'Z')
            upper++;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            letters++;
        if (n + 1 < sizeof w->lw)
            w->lw[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    w->lw[n] = '\0';
    w->cap = t[w->s] >= 'A' && t[w->s] <= 'Z';
    w->acro = letters >= 2 && upper * 2 > letters && upper >= 2;
}

static void split_words(sentence *st, size_t s, size_t e, size_t ds, size_t de,
                        const mn_tspan *others, size_t nothers)
{
    const char *t = st->t;
    size_t i = s, k = 0; /* others are sorted: k only moves forward */
    st->n = 0;
    while (i < e && st->n < MAX_WORDS) {
        while (i < e && (is_space(t[i]) || edge_punct(t[i]))) {
            if (st->n && breaks_phrase(t[i]))
                st->w[st->n - 1].brk_after = 1;
            i++;
        }
        size_t a = i;
        while (i < e && !is_space(t[i]))
            i++;
        size_t b = i;
        while (b > a && edge_punct(t[b - 1]))
            b--;
        if (b == a)
            continue;
        word *w = &st->w[st->n++];
        memset(w, 0, sizeof *w);
        w->s = a;
        w->e = b;
        fill_word(t, w);
        w->in_date = a < de && b > ds;
        while (k < nothers && others[k].end <= a)
            k++;
        if (!w->in_date && k < nothers && others[k].start < b)
            w->in_date = 2;
        if ((b - a == 1 && t[a] == '-') || strncmp(t + a, "\xe2\x80\x93", 3) == 0) {
            st->n--; /* a dash between words is a boundary, not a word */
            if (st->n)
                st->w[st->n - 1].brk_after = 1;
            continue;
        }
        for (size_t c = b; c < i; c++)
            if (breaks_phrase(t[c]))
                w->brk_after = 1;
    }
}

static int is_stop(const word *w)
{
    return in_list(w->lw, MN_LX_SUMMARY_STOPS) && !w->acro;
}

/* An occasion's noun; some only after a word ("office hours", not "48
 * hours"). */
static int is_occasion(const sentence *st, int k)
{
    const char *w = st->w[k].lw;
    return mn_lx_find_after(mn_lx(), MN_LX_OCCASIONS, w, strlen(w), k > 0 ? st->w[k - 1].lw : NULL) != NULL;
}

/* The occasion noun nearest the date: before it, else after it. */
static int find_head(const sentence *st, int di, int dj)
{
    for (int k = di - 1; k >= 0 && di - k <= 30; k--)
        if (!st->w[k].in_date && is_occasion(st, k))
            return k;
    for (int k = dj; k < st->n && k - dj <= 12; k++)
        if (!st->w[k].in_date && is_occasion(st, k))
            return k;
    return -1;
}

typedef struct buf {
    char s[SUMMARY_CHARS * 2 + 8];
    size_t n;
} buf;

static void put_words(buf *b, const sentence *st, int from, int to)
{
    for (int k = from; k < to; k++) {
        const word *w = &st->w[k];
        size_t len = w->e - w->s;
        if (b->n + len + 2 > SUMMARY_CHARS) {
            if (b->n + 4 <= sizeof b->s) {
                memcpy(b->s + b->n, "\xe2\x80\xa6", 3); /* … */
                b->n += 3;
            }
            break;
        }
        if (b->n)
            b->s[b->n++] = ' ';
        memcpy(b->s + b->n, st->t + w->s, len);
        b->n += len;
    }
    b->s[b->n] = '\0';
}

/* The acting body at the start of the sentence ("The IMSB", "The BPF on
 * Cybersecurity"): [from, to) or to == from when there is none. */
static void subject(const sentence *st, int *from, int *to)
{
    int k = 0, acro = 0;
    if (k < st->n && in_list(st->w[k].lw, MN_LX_ARTICLES))
        k++;
    *from = *to = k;
    int j = k;
    while (j < st->n && j - k < 5 && !st->w[j].in_date &&
           (st->w[j].cap || (j > k && in_list(st->w[j].lw, MN_LX_SUBJECT_LINKS)))) {
        acro |= st->w[j].acro;
        if (st->w[j].brk_after) {
            j++;
            break;
        }
        j++;
    }
    while (j > k && !st->w[j - 1].cap)
        j--;
    if (acro && j > k)
        *to = j;
}

static void capitalise(buf *b)
{
    if (b->s[0] >= 'a' && b->s[0] <= 'z')
        b->s[0] = (char)(b->s[0] - 32);
}

/* Whether the lexicon's language puts a noun's modifiers after it. */
static int modifiers_after(void)
{
    size_t n;
    const mn_lx_entry *e = mn_lx_entries(mn_lx(), MN_LX_MODIFIER_SIDE, &n);
    return n > 0 && e[0].value > 0;
}

/* A word that can modify a noun: it opens with a letter ("générale",
 * "d'information"; not "«" nor "2022"). */
static int modifier_word(const sentence *st, int k)
{
    unsigned char c = (unsigned char)st->t[st->w[k].s];
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0xC3;
}

static int occasion_summary(const sentence *st, int di, int dj, buf *b)
{
    int head = find_head(st, di, dj);
    if (head < 0)
        return 0;
    int from = head;
    while (from > 0 && head - from < 6 && !st->w[from - 1].in_date && !st->w[from - 1].brk_after &&
           !is_stop(&st->w[from - 1]))
        from--;
    int to = head + 1;
    if (to < st->n && !st->w[head].brk_after && in_list(st->w[to].lw, MN_LX_COMPLEMENTS) &&
        !st->w[to].in_date) {
        int k = to + 1;
        while (k < st->n && k - to <= 6 && !st->w[k].in_date && !st->w[k - 1].brk_after &&
               (!is_stop(&st->w[k]) || in_list(st->w[k].lw, MN_LX_ARTICLES) ||
                in_list(st->w[k].lw, MN_LX_OF_WORDS)))
            k++;
        while (k > to + 1 && is_stop(&st->w[k - 1]))
            k--;
        if (k > to + 1)
            to = k;
    }
    /* "conseil d'administration", "Junta Directiva", "point hebdo": in a
     * language that puts modifiers after the noun, a head standing alone
     * takes the words right after it (two at most, no stop word) */
    if (to == head + 1 && from == head && modifiers_after()) {
        int k = to;
        while (k < st->n && k - to < 2 && !st->w[k].in_date && !st->w[k - 1].brk_after &&
               !is_stop(&st->w[k]) && !is_occasion(st, k) && modifier_word(st, k) &&
               st->w[k].e - st->w[k].s > 1)
            k++;
        to = k;
    }
    int caps = 0;
    for (int k = from; k < to; k++)
        caps |= st->w[k].cap || st->w[k].acro;
    int sf, stt;
    subject(st, &sf, &stt);
    if (!caps && stt == sf + 1) { /* "IMSB office hours" */
        put_words(b, st, sf, stt);
        put_words(b, st, from, to);
    } else if (!caps && stt > sf + 1) { /* "Final webinar (BPF on Cybersecurity)" */
        put_words(b, st, from, to);
        buf sub = {.n = 0};
        put_words(&sub, st, sf, stt);
        if (b->n + sub.n + 4 <= SUMMARY_CHARS) {
            memcpy(b->s + b->n, " (", 2);
            memcpy(b->s + b->n + 2, sub.s, sub.n);
            memcpy(b->s + b->n + 2 + sub.n, ")", 2);
            b->n += sub.n + 3;
        }
    } else {
        put_words(b, st, from, to);
    }
    capitalise(b);
    return b->n > 0;
}

/* "Carla Diaz and Bob Chen to draft …", the usual action line: the words
 * after "to" when only names (capitalised words, "and") come before it. */
static int owner_prefix(const sentence *st, int end)
{
    for (int k = 1; k < end && k <= 8; k++) {
        if (in_list(st->w[k].lw, MN_LX_INFINITIVE_MARKERS))
            return k + 1 < end ? k + 1 : 0;
        if (!st->w[k].cap && !in_list(st->w[k].lw, MN_LX_AND_WORDS))
            return 0;
    }
    return 0;
}

/* Whether w is an -ing word ("leading", "using"): lower case, five
 * letters or more. */
static int is_participle(const word *w)
{
    size_t n = strlen(w->lw);
    return !w->cap && n >= 5 && n + 1 < sizeof w->lw && strcmp(w->lw + n - 3, "ing") == 0;
}

/* "Wide review started on 3 August and ends on 30 September": a lone verb
 * after "and" at word K shares its clause's subject, the words before the
 * clause's first tense cue (a speaker's "Ana:" opens no subject).  The
 * subject's end, *from its start; or 0 when there is none. */
static int shared_subject(const sentence *st, int k, int *from)
{
    if (k < 2 || !in_list(st->w[k - 1].lw, MN_LX_AND_WORDS))
        return 0;
    int c = 0;
    for (int j = 0; j < k - 1 && !st->w[j].in_date; j++) {
        if (in_list(st->w[j].lw, MN_LX_TENSE_CUES)) {
            *from = c;
            return j > c && j - c <= 8 ? j : 0;
        }
        if (st->w[j].brk_after)
            c = j + 1;
    }
    return 0;
}

/* "the District Council's budget consultation is open and closes on 8
 * January", "The 30-day public review of X opened on 14 February and closes
 * on 15 March": what a lone closer at word K closes is the noun phrase of
 * the nearest article before it (not one inside a complement), up to its
 * first stop word or tense cue (six words at most; complements in it, "the
 * call for session proposals"), with no
 * phrase break between it and the closer.  Its end, *from its start; or 0. */
static int closed_subject(const sentence *st, int k, int *from)
{
    if (!in_list(st->w[k].lw, MN_LX_DEADLINE_CLOSERS))
        return 0;
    for (int a = k - 1; a >= 0 && k - a <= 24; a--) {
        /* "the wide review of the data model": the article of a complement
         * opens no subject */
        if (!in_list(st->w[a].lw, MN_LX_ARTICLES) || (a > 0 && in_list(st->w[a - 1].lw, MN_LX_COMPLEMENTS)))
            continue;
        int e = a + 1;
        while (e < k && e - a <= 6 && !st->w[e].in_date &&
               (!is_stop(&st->w[e]) || in_list(st->w[e].lw, MN_LX_COMPLEMENTS)) &&
               !in_list(st->w[e].lw, MN_LX_TENSE_CUES)) {
            e++;
            if (st->w[e - 1].brk_after)
                break;
        }
        if (e < k && !is_stop(&st->w[e]) && !in_list(st->w[e].lw, MN_LX_TENSE_CUES) &&
            !st->w[e - 1].brk_after)
            for (int c = a + 1; c < e; c++)
                if (in_list(st->w[c].lw, MN_LX_COMPLEMENTS)) {
                    e = c; /* a long complement: the head's words before it */
                    break;
                }
        while (e > a + 1 && in_list(st->w[e - 1].lw, MN_LX_COMPLEMENTS))
            e--; /* "the opt-out period for" */
        if (e - a < 2 || (e < k && !is_stop(&st->w[e]) && !in_list(st->w[e].lw, MN_LX_COMPLEMENTS) &&
                          !in_list(st->w[e].lw, MN_LX_TENSE_CUES) && !st->w[e - 1].brk_after))
            return 0; /* longer than a name: a clause, not a subject */
        for (int j = e - 1; j < k; j++)
            if (st->w[j].brk_after)
                return 0; /* "…, which the committee approved in May, ends" */
        *from = a;
        return e;
    }
    return 0;
}

static int deadline_summary(const sentence *st, int di, buf *b)
{
    int end = di;
    /* the marker itself: by, until, no later than, before, prior to */
    while (end > 0 && in_list(st->w[end - 1].lw, MN_LX_SUMMARY_MARKERS))
        end--;
    int from = 0;
    for (int k = end - 1; k > 0; k--) {
        if (in_list(st->w[k].lw, MN_LX_INFINITIVE_MARKERS) && in_list(st->w[k - 1].lw, MN_LX_ASKING_WORDS)) {
            from = k + 1;
            break;
        }
    }
    int owned = 0;
    if (from == 0)
        from = owner_prefix(st, end);
    /* "Clerk to place the order and agree a date by …": after an owner's
     * "to", both verbs are the task when they fit a summary; "and" then
     * splits nothing */
    owned = from > 0 && end - from <= 14 && from == owner_prefix(st, end);
    for (int k = end - 1; k > from; k--) {
        int and = !owned && in_list(st->w[k].lw, MN_LX_AND_WORDS);
        /* a phrase opened by a participle ("…explainer, leading with …,
         * by 19 June") tells how: the task is the phrase before it */
        if (!and && st->w[k - 1].brk_after && is_participle(&st->w[k]) && k - 1 > from)
            continue;
        if (and || st->w[k - 1].brk_after) {
            from = k + and;
            break;
        }
    }
    if (from + 1 < end && in_list(st->w[from].lw, MN_LX_ARTICLES) &&
        in_list(st->w[from + 1].lw, MN_LX_DEADLINE_NOUNS)) /* the deadline for … */
        from += 2 + (from + 2 < end && in_list(st->w[from + 2].lw, MN_LX_DEADLINE_OBJECT_LINKS));
    /* "Submissions are due": the trailing verbs say nothing more */
    while (end > from + 1 && in_list(st->w[end - 1].lw, MN_LX_SUMMARY_TRAILING))
        end--;
    if (end - from < 2 && !(end - from == 1 && !is_stop(&st->w[from])))
        return 0;
    if (end - from > 12 + 2 * owned)
        from = end - 12;
    int sfrom = 0, subj = end - from == 1 ? closed_subject(st, from, &sfrom) : 0;
    if (!subj && end - from == 1)
        subj = shared_subject(st, from, &sfrom);
    if (subj)
        put_words(b, st, sfrom, subj);
    put_words(b, st, from, end);
    capitalise(b);
    return b->n > 0;
}

static void fallback(const sentence *st, int di, int dj, buf *b)
{
    int end = di;
    while (end > 0 && in_list(st->w[end - 1].lw, MN_LX_SUMMARY_PREPOSITIONS))
        end--;
    int from = end > 10 ? end - 10 : 0;
    if (end - from >= 2) {
        put_words(b, st, from, end);
    } else {
        put_words(b, st, 0, di);
        put_words(b, st, dj, st->n < dj + 8 ? st->n : dj + 8);
    }
    capitalise(b);
}

/* The summary of an event or deadline whose sentence gives none. */
static const char *summary_default(const char *kind)
{
    size_t n;
    const mn_lx_entry *e = mn_lx_entries(mn_lx(), MN_LX_SUMMARY_DEFAULTS, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].means, kind) == 0)
            return e[i].w;
    return kind; /* not reached: the loader requires both */
}

char *mn_tsummary(const char *text, size_t s, size_t e, size_t ds, size_t de, int deadline,
                  const mn_tspan *others, size_t nothers)
{
    return mn_tsummary_named(text, s, e, ds, de, deadline, others, nothers, NULL);
}

char *mn_tsummary_named(const char *text, size_t s, size_t e, size_t ds, size_t de, int deadline,
                        const mn_tspan *others, size_t nothers, int *named)
{
    sentence *st = malloc(sizeof *st);
    if (!st)
        return NULL;
    st->t = text;
    /* the occasion is named near its date: read at most this much around it */
    if (ds > s + 320) {
        s = ds - 320;
        while (s < ds && !is_space(text[s]))
            s++;
    }
    if (e > de + 240) {
        e = de + 240;
        while (e > de && !is_space(text[e]))
            e--;
    }
    split_words(st, s, e, ds, de, others, nothers);
    int di = 0, dj;
    while (di < st->n && st->w[di].in_date != 1)
        di++;
    for (dj = di; dj < st->n && st->w[dj].in_date == 1; dj++)
        ;
    buf b = {.n = 0};
    b.s[0] = '\0';
    int ok = deadline ? deadline_summary(st, di, &b) || occasion_summary(st, di, dj, &b)
                      : occasion_summary(st, di, dj, &b);
    if (!ok)
        fallback(st, di, dj, &b);
    if (named)
        *named = ok;
    free(st);
    return strdup(b.n ? b.s : summary_default(deadline ? "deadline" : "event"));
}

char *mn_tsummary_occasion(const char *text, size_t len)
{
    sentence *st = malloc(sizeof *st);
    if (!st)
        return NULL;
    st->t = text;
    split_words(st, 0, len, len, len, NULL, 0);
    buf b = {.n = 0};
    b.s[0] = '\0';
    int ok = find_head(st, st->n, st->n) >= 0 && occasion_summary(st, st->n, st->n, &b);
    free(st);
    return ok ? strdup(b.s) : NULL;
}

/* Lower-case content words (4+ letters, not function words) of s. */
static int next_content_word(const char **p, char *w, size_t size)
{
    while (**p) {
        while (**p && !((**p >= 'a' && **p <= 'z') || (**p >= 'A' && **p <= 'Z')))
            (*p)++;
        size_t n = 0;
        while ((**p >= 'a' && **p <= 'z') || (**p >= 'A' && **p <= 'Z')) {
            if (n + 1 < size)
                w[n++] = (char)(**p >= 'A' && **p <= 'Z' ? **p + 32 : **p);
            (*p)++;
        }
        w[n] = '\0';
        if (n >= 4 && !in_list(w, MN_LX_COMMON_WORDS))
            return 1;
    }
    return 0;
}

unsigned long long mn_tsummary_signature(const char *s)
{
    char w[32];
    unsigned long long sig = 0;
    while (next_content_word(&s, w, sizeof w)) {
        unsigned h = 2166136261u; /* FNV-1a */
        for (const char *c = w; *c; c++)
            h = (h ^ (unsigned char)*c) * 16777619u;
        sig |= 1ull << (h % 64);
    }
    return sig;
}

int mn_tsummary_related(const char *a, const char *b)
{
    char wa[32], wb[32];
    const char *pa = a;
    while (next_content_word(&pa, wa, sizeof wa)) {
        const char *pb = b;
        while (next_content_word(&pb, wb, sizeof wb))
            if (strcmp(wa, wb) == 0)
                return 1;
    }
    return 0;
}
