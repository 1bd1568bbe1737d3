/* temporal_scan.c — the tagger's loop: lex a window of tokens, try the
 * grammar at each token, resolve what matched, and carry a date to the
 * times that follow it ("at 04:00 UTC and 14:00 UTC"). */
#include "temporal_scan.h"
#include "temporal_context.h"
#include "temporal_words.h"

#include <stdlib.h>
#include <string.h>

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

/* Times continuing the dated time that ends at token e: [,] (and|or|&|,) TIME. */
static int continuations(const scan *sc, int e, mn_tx *out, int *ends)
{
    int n = 0;
    while (n < MAX_CONT) {
        int k = e;
        if (mn_tw_punct(&sc->p, k, ','))
            k++;
        if (mn_tw_word(&sc->p, k, "and") || mn_tw_word(&sc->p, k, "or") || mn_tw_punct(&sc->p, k, '&'))
            k++;
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
    m->deadline = x->deadline || mn_tctx_deadline(sc->text, sc->len, m->start, m->end);
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
    m->deadline = mn_tctx_deadline(sc->text, sc->len, m->start, m->end);
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

int mn_tscan(const mn_tscan_opts *o, const char *text, size_t len, size_t from, size_t to,
             mn_tmatch_fn fn, void *user)
{
    if (to > len)
        to = len;
    mn_ttok *toks = o->window ? o->window : malloc(WINDOW * sizeof *toks);
    if (!toks)
        return -1;
    scan sc = {o, text, len, {text, toks, 0, 0, o->order}, fn, user};
    size_t pos = context_start(text, from), min_start = from, next;
    int status = 0;
    for (;;) {
        int n_all = (int)mn_tlex_until(text, len, pos, toks, WINDOW, to, &next);
        int n = 0;
        while (n < n_all && toks[n].end <= to)
            n++;
        int exhausted = next >= len || n < n_all;
        int safe = exhausted ? n : n_all - MARGIN;
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
        if (status || exhausted || safe <= CONTEXT)
            break;
        if (toks[safe].start > min_start)
            min_start = toks[safe].start;
        pos = toks[safe - CONTEXT].start;
    }
    if (toks != o->window)
        free(toks);
    return status;
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
    mn_tscan_opts o = {&ref, MN_ORDER_NONE, window};
    conflict_probe c = {0, 0};
    mn_tscan(&o, text, strlen(text), 0, strlen(text), probe, &c);
    return c.conflict;
}
