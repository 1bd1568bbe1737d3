/* SPDX-License-Identifier: MIT */
/* temporal_scan.c — the tagger's loop: lex a window of tokens, try the
 * grammar at each token, resolve what matched, and carry a date to the
 * times that follow it ("at 04:00 UTC and 14:00 UTC"). */
#include "temporal_scan.h"
#include "temporal_context.h"
#include "temporal_words.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

enum {
    WINDOW = MN_TSCAN_WINDOW,
    MARGIN = 64,  /* more than any expression uses, plus its look-ahead */
    CONTEXT = 16, /* tokens kept before the next window's first match */
    MAX_CONT = 8  /* times that may continue one dated time */
};

typedef struct scan {
    const mn_tscan_opts *o;
    const char *text;
    size_t len;
    mn_tparser p;
    mn_tmatch_fn fn;
    void *user;
} scan;

enum { MAX_OCCASION_WORDS = 10 };

/* After a sequence lead at k ("followed by", "suivi de"), the words naming
 * a second occasion and the time lead before its time: "followed by the
 * Annual Meeting of the Council at 7.45pm".  Returns the time's token, or
 * k when the words are no such thing (a number, punctuation or no lead). */
static int sequenced(const scan *sc, int k)
{
    int lead = mn_tw_phrase(&sc->p, k, MN_LX_SEQUENCE_LEADS);
    if (!lead)
        return k;
    for (int j = k + lead, words = 0; words <= MAX_OCCASION_WORDS; j++, words++) {
        const mn_ttok *t = mn_tw_tok(&sc->p, j);
        if (!t || t->type != MN_TT_WORD)
            return k;
        int at = mn_tw_phrase(&sc->p, j, MN_LX_TIME_LEADS);
        if (at && words > 0)
            return j + at;
    }
    return k;
}

/* Times continuing the dated time that ends at token e: [,] (and|or|&|,)
 * [at] TIME ("à 04 h 00 UTC et à 14 h 00 UTC"), or a second occasion
 * after a sequence lead ("…, followed by the AGM at 7.45pm"). */
static int continuations(const scan *sc, int e, mn_tx *out, int *ends)
{
    int n = 0;
    while (n < MAX_CONT) {
        int k = e;
        if (mn_tw_punct(&sc->p, k, ','))
            k++;
        if (mn_tw_in(&sc->p, k, MN_LX_AND_WORDS) || mn_tw_in(&sc->p, k, MN_LX_OR_WORDS) ||
            mn_tw_punct(&sc->p, k, '&')) {
            k++;
            k += mn_tw_phrase(&sc->p, k, MN_LX_TIME_LEADS);
        } else if (k > e) {
            k = sequenced(sc, k);
        }
        if (k == e || !mn_tparse_time_at(&sc->p, k, &out[n]))
            break;
        e = ends[n] = out[n].e;
        n++;
    }
    return n;
}

static int emit(const scan *sc, const mn_tx *x, int tense, mn_tmatch *m)
{
    memset(m, 0, sizeof *m);
    m->start = sc->p.t[x->s].start;
    m->end = sc->p.t[x->e - 1].end;
    m->tense = tense;
    m->resolved = mn_tresolve(x, sc->o->ref, tense, &m->res);
    m->deadline = x->deadline ||
                  (!sc->o->no_deadline && mn_tctx_deadline(sc->text, sc->len, m->start, m->end));
    return sc->fn(m, sc->user);
}

/* A time continuing a dated one: its day (and whether that day's year was
 * inferred) comes from the head. */
static int emit_continued(const scan *sc, const mn_tx *x, int tense, int inferred, mn_tmatch *m)
{
    memset(m, 0, sizeof *m);
    m->start = sc->p.t[x->s].start;
    m->end = sc->p.t[x->e - 1].end;
    m->tense = tense;
    m->resolved = mn_tresolve(x, sc->o->ref, tense, &m->res);
    m->res.year_inferred |= inferred;
    m->deadline = !sc->o->no_deadline && mn_tctx_deadline(sc->text, sc->len, m->start, m->end);
    return sc->fn(m, sc->user);
}

/* Only a year-less date and a bare weekday depend on the tense. */
static int needs_tense(const mn_tx *x)
{
    if (x->form == MN_TX_WEEKDAY)
        return x->bare;
    return x->form == MN_TX_DATE && x->a.m && !x->a.y && !(x->has_b && x->b.y);
}

/* Emits the expression x at tokens [x->s, x->e) and any times continuing it.
 * Returns the token after the last thing emitted, or -1 to stop. */
static int handle(const scan *sc, mn_tx *x)
{
    mn_tx more[MAX_CONT];
    int ends[MAX_CONT], n = 0;
    if (x->t1 >= 0)
        n = continuations(sc, x->e, more, ends);
    /* "at 04:00 and 14:00 UTC": the zone written last applies to all */
    for (int k = n - 1; k >= 0 && !x->has_zone; k--)
        if (more[k].has_zone) {
            x->has_zone = 1;
            x->zone = more[k].zone;
        }
    mn_tmatch m;
    size_t s = sc->p.t[x->s].start, e = sc->p.t[x->e - 1].end;
    int tense = needs_tense(x) ? mn_tctx_tense(sc->text, sc->len, s, e) : MN_TENSE_NONE;
    if (emit(sc, x, tense, &m))
        return -1;
    /* times after a date whose weekday is wrong stay text: the warning about
     * the date covers them, and they must not become events */
    if (!m.resolved || m.res.precision != MN_PREC_TIME || m.res.conflict)
        return x->e;
    int last = x->e;
    for (int k = 0; k < n; k++) {
        mn_tx c = more[k];
        c.form = MN_TX_DATE;
        c.a = m.res.local;
        if (!c.has_zone) {
            c.has_zone = x->has_zone;
            c.zone = x->zone;
        }
        mn_tmatch cm;
        if (emit_continued(sc, &c, tense, m.res.year_inferred, &cm))
            return -1;
        last = ends[k];
    }
    return last;
}

/* Start of the left context: up to 48 bytes before `from`, at a space. */
static size_t context_start(const char *text, size_t from)
{
    size_t pos = from > 48 ? from - 48 : 0;
    while (pos > 0 && pos < from && text[pos - 1] != ' ' && text[pos - 1] != '\n')
        pos++;
    return pos;
}

/* The whole text lexed beforehand (mn_tscan_lexed), or nothing. */
typedef struct lexed {
    mn_ttok *t;
    size_t n;
} lexed;

/* The first token of `lx` starting at or after pos, when lexing from pos
 * would give the same tokens: pos lies between tokens and only ASCII white
 * space or escapes stand before that token.  *space is then the white
 * space the lexer sees there.  Returns -1 when pos is not such a place. */
static long lexed_at(const lexed *lx, const char *text, size_t len, size_t pos,
                     unsigned char *space)
{
    size_t lo = 0, hi = lx->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lx->t[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && lx->t[lo - 1].end > pos)
        return -1;
    size_t stop = lo < lx->n ? lx->t[lo].start : len;
    *space = 0;
    for (size_t i = pos; i < stop; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 0x80)
            return -1;
        if (c == '\n')
            *space = 2;
        else if ((c == ' ' || c == '\t' || c == '\r') && !*space)
            *space = 1;
    }
    return (long)lo;
}

/* What mn_tlex_until(text, len, pos, …, WINDOW, until, next) would give,
 * taken from the lexed tokens without copying; *toks points at them.  The
 * first token's white space is set to what lexing from pos would see (the
 * caller puts the old value back with *saved).  Returns -1 when pos is no
 * place to start from there (lex instead). */
static int from_lexed(const lexed *lx, const char *text, size_t len, size_t pos, size_t until,
                      mn_ttok **toks, size_t *next, unsigned char *saved)
{
    unsigned char space;
    long k = lexed_at(lx, text, len, pos, &space);
    if (k < 0)
        return -1;
    size_t n = 0, beyond = 0, left = lx->n - (size_t)k;
    while (n < left && n < WINDOW && beyond < 2)
        beyond += lx->t[(size_t)k + n++].end > until;
    *toks = lx->t + k;
    if (n == 0) {
        *next = len;
        return 0;
    }
    /* the lexer stops at its window or past `until`; else it reads to the end */
    *next = n == WINDOW || beyond == 2 ? (*toks)[n - 1].end : len;
    *saved = (*toks)[0].space;
    (*toks)[0].space = space;
    return (int)n;
}

static int scan_text(const mn_tscan_opts *o, const char *text, size_t len, const lexed *lx,
                     size_t from, size_t to, mn_tmatch_fn fn, void *user)
{
    if (to > len)
        to = len;
    mn_ttok *buf = o->window; /* else allocated when first lexed into */
    scan sc = {o, text, len, {text, buf, 0, 0, o->order, mn_lx()}, fn, user};
    size_t pos = context_start(text, from), min_start = from, next;
    int status = 0;
    for (;;) {
        mn_ttok *toks = buf;
        unsigned char saved = 0;
        int n_all = lx ? from_lexed(lx, text, len, pos, to, &toks, &next, &saved) : -1;
        int patched = n_all > 0;
        if (n_all < 0) {
            if (!buf && !(buf = malloc(WINDOW * sizeof *buf))) {
                status = -1;
                break;
            }
            toks = buf;
            n_all = (int)mn_tlex_until(text, len, pos, buf, WINDOW, to, &next);
        }
        int n = 0;
        while (n < n_all && toks[n].end <= to)
            n++;
        int exhausted = next >= len || n < n_all;
        int safe = exhausted ? n : n_all - MARGIN;
        sc.p.t = toks;
        sc.p.n = n;
        sc.p.n_all = n_all;
        for (int i = 0; i < safe; i++) {
            mn_tx x;
            if (toks[i].start < min_start || !mn_tparse_at(&sc.p, i, &x))
                continue;
            int e = handle(&sc, &x);
            if (e < 0) {
                status = -1;
                break;
            }
            min_start = toks[e - 1].end;
            i = e - 1;
        }
        int stop = status || exhausted || safe <= CONTEXT;
        if (!stop) {
            if (toks[safe].start > min_start)
                min_start = toks[safe].start;
            pos = toks[safe - CONTEXT].start;
        }
        if (patched)
            toks[0].space = saved;
        if (stop)
            break;
    }
    if (buf != o->window)
        free(buf);
    return status;
}

int mn_tscan(const mn_tscan_opts *o, const char *text, size_t len, size_t from, size_t to,
             mn_tmatch_fn fn, void *user)
{
    return scan_text(o, text, len, NULL, from, to, fn, user);
}

int mn_tscan_lexed(const mn_tscan_opts *o, const char *text, size_t len, mn_ttok *toks,
                   size_t ntoks, size_t from, size_t to, mn_tmatch_fn fn, void *user)
{
    lexed lx = {toks, ntoks};
    return scan_text(o, text, len, &lx, from, to, fn, user);
}

typedef struct conflict_probe {
    int found, conflict;
} conflict_probe;

static int probe(const mn_tmatch *m, void *user)
{
    conflict_probe *c = user;
    if (!c->found && m->resolved) {
        c->found = 1;
        c->conflict = m->res.conflict;
    }
    return 0;
}

int mn_tscan_weekday_conflict(const char *text, const char *value, mn_ttok *window)
{
    mn_tref ref;
    memset(&ref, 0, sizeof ref);
    if (!text || !mn_cal_parse(value, &ref.date))
        return 0;
    ref.have = 1;
    mn_tz_fixed(0, &ref.zone);
    mn_tscan_opts o = {&ref, MN_ORDER_NONE, window, 1};
    conflict_probe c = {0, 0};
    mn_tscan(&o, text, strlen(text), 0, strlen(text), probe, &c);
    return c.conflict;
}

typedef struct day_probe {
    int found;
    mn_ymd day;
} day_probe;

static int probe_day(const mn_tmatch *m, void *user)
{
    day_probe *d = user;
    if (!d->found && m->resolved) {
        d->found = 1;
        d->day = m->res.local;
    }
    return 0;
}

int mn_tscan_local_day(const char *text, const mn_tref *ref, mn_ymd *day, mn_ttok *window)
{
    if (!text)
        return 0;
    mn_tscan_opts o = {ref, MN_ORDER_NONE, window, 1};
    day_probe d = {0, {0, 0, 0}};
    size_t len = strlen(text);
    mn_tscan(&o, text, len, 0, len, probe_day, &d);
    if (d.found)
        *day = d.day;
    return d.found;
}

int mn_tscan_deictic(const char *text)
{
    enum { MAX = 24 };
    mn_ttok t[MAX];
    size_t next, n = text ? mn_tlex(text, strlen(text), 0, t, MAX, &next) : 0;
    int said = 0, calendar = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned cls = t[i].cls;
        said |= (cls & (MN_TC_DEICTIC | MN_TC_DIR | MN_TC_LATER | MN_TC_IN | MN_TC_WEEKDAY |
                        MN_TC_WDABBR)) != 0;
        /* a month or a year names the day by the calendar ("next Friday, 12 May") */
        calendar |= (cls & MN_TC_MONTH) || (t[i].type == MN_TT_NUM && t[i].digits == 4);
        /* so does a numeric day and month ("Tue 2/13") */
        calendar |= t[i].type == MN_TT_NUM && i + 2 < n && t[i + 1].type == MN_TT_PUNCT &&
                    t[i + 1].w[0] == '/' && t[i + 2].type == MN_TT_NUM;
    }
    return said && !calendar;
}

/* The first day or time written with its year: a meeting's date line. */
static int probe_written_day(const mn_tmatch *m, void *user)
{
    day_probe *d = user;
    if (!d->found && m->resolved && !m->res.year_inferred &&
        (m->res.precision == MN_PREC_DAY || m->res.precision == MN_PREC_TIME) && !m->res.end[0]) {
        d->found = 1;
        d->day = m->res.local;
    }
    return 0;
}

int mn_tscan_written_day(const char *text, size_t len, mn_ymd *day, mn_ttok *window)
{
    mn_tref ref;
    memset(&ref, 0, sizeof ref);
    mn_tz_fixed(0, &ref.zone);
    mn_tscan_opts o = {&ref, MN_ORDER_NONE, window, 1};
    day_probe d = {0, {0, 0, 0}};
    mn_tscan(&o, text, len, 0, len, probe_written_day, &d);
    if (d.found)
        *day = d.day;
    return d.found;
}
