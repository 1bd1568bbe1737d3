/* SPDX-License-Identifier: MIT */
/* event_clock.c — a clock written apart from its day (event_clock.h).
 * Minutes often give an occasion's day in one clause and its hour in the
 * next ("…; first gun 11:00", "Sign-on from 08:30 at the Drovers Inn"):
 * the grammar reads a time only right beside its date, so the events pass
 * asks here for the hour of a day the block dates alone. */
#include "event_clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "temporal_cal.h"
#include "temporal_lex.h"
#include "temporal_parse.h"
#include "temporal_time.h"

/* A block's rest longer than this is prose, not an item's details. */
enum { CLOCK_TOKENS = 64 };

int mn_event_clock_after(const char *text, size_t from, size_t to, const char *day,
                         const mn_tref *ref, mn_tres *out)
{
    mn_ymd d;
    if (!text || from >= to || !mn_cal_parse(day, &d))
        return 0;
    mn_ttok toks[CLOCK_TOKENS];
    size_t next;
    int n = (int)mn_tlex(text, to, from, toks, CLOCK_TOKENS, &next);
    mn_tparser p = {text, toks, n, n, 0, NULL};
    for (int i = 0; i < n; i++) {
        mn_tx x;
        if (toks[i].type == MN_TT_PUNCT && toks[i].w[0] == '|')
            return 0; /* a table kept as text: the next column says something else */
        if (toks[i].type != MN_TT_NUM && !(toks[i].cls & MN_TC_CLOCK))
            continue;
        if (!mn_tparse_time_at(&p, i, &x) || x.t1 < 0)
            continue;
        x.form = MN_TX_DATE;
        x.a = d;
        memset(out, 0, sizeof *out);
        return mn_tresolve(&x, ref, MN_TENSE_NONE, out) && out->precision == MN_PREC_TIME;
    }
    return 0;
}
