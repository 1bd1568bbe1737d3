/* SPDX-License-Identifier: MIT */
/* temporal_scan.h — finds and resolves the temporal expressions in a text.
 * This is the tagger without the tree: the temporal pass calls it on the text
 * of each block, the corpus test calls it on phrases. */
#ifndef MN_TEMPORAL_SCAN_H
#define MN_TEMPORAL_SCAN_H

#include "temporal_resolve.h"

typedef struct mn_tmatch {
    size_t start, end; /* byte span in the text */
    int resolved;      /* res holds dates; else res.error says why not */
    mn_tres res;
    int deadline;      /* "by …", "no later than …", "within …" */
    int tense;         /* MN_TENSE_* of its sentence */
} mn_tmatch;

/* Tokens lexed at a time: the size of a scan's token window. */
enum { MN_TSCAN_WINDOW = 512 };

typedef struct mn_tscan_opts {
    const mn_tref *ref;
    int order;      /* MN_ORDER_* for numeric dates */
    mn_ttok *window; /* MN_TSCAN_WINDOW tokens to lex into, reused from call to call;
                      * NULL: each call allocates its own */
    int no_deadline; /* the caller never reads mn_tmatch.deadline: it is then set only
                      * when the expression itself says so ("within") */
} mn_tscan_opts;

/* Called for each expression, in text order.  A non-zero return stops. */
typedef int (*mn_tmatch_fn)(const mn_tmatch *m, void *user);

/* Finds the expressions lying wholly inside text[from, to); the rest of
 * text[0, len) is read as context (a preposition before, a sentence's tense)
 * but never tagged.  Memory is bounded whatever the text's length.
 * Returns 0, or -1 when memory ran out or fn stopped the scan. */
int mn_tscan(const mn_tscan_opts *o, const char *text, size_t len, size_t from, size_t to,
             mn_tmatch_fn fn, void *user);

/* mn_tscan over text whose tokens are at hand: TOKS holds all of
 * text[0, len) as mn_tlex gives it (a block's text is lexed once for all its
 * pieces).  The scan reads them where it would lex the same tokens, lexes
 * itself where not, and leaves them as they were. */
int mn_tscan_lexed(const mn_tscan_opts *o, const char *text, size_t len, mn_ttok *toks,
                   size_t ntoks, size_t from, size_t to, mn_tmatch_fn fn, void *user);

/* Whether the weekday written in TEXT (a date element's own text) contradicts
 * the day it is resolved to when read around VALUE's date (xs:date or
 * xs:dateTime).  WINDOW as in mn_tscan_opts (may be NULL).  Used by the
 * events pass. */
int mn_tscan_weekday_conflict(const char *text, const char *value, mn_ttok *window);

/* The written day of the first expression in TEXT (a date element's own
 * text), read with REF: the day as the minutes wrote it, in local time,
 * whatever its UTC value.  Returns 1 and sets *day, or 0.  WINDOW as above. */
int mn_tscan_local_day(const char *text, const mn_tref *ref, mn_ymd *day, mn_ttok *window);
/* The first single day written with its year in text[0, len) ("Tuesday 14th
 * July 2015 at 7.30pm"; not "15 July", "2015" or "14-16 July 2015"), as
 * written.  Returns 1 and sets *day, or 0.  WINDOW as above. */
int mn_tscan_written_day(const char *text, size_t len, mn_ymd *day, mn_ttok *window);
/* Whether TEXT (a date element's own text) names a day from the moment it
 * is said rather than by the calendar: "today", "tomorrow", "next week",
 * "on Friday", "in two weeks".  Said by a speaker, such a date is a remark. */
int mn_tscan_deictic(const char *text);

#endif
