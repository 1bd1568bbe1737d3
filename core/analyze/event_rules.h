/* SPDX-License-Identifier: MIT */
/* event_rules.h — why a tagged date is no calendar entry (private to
 * core/analyze/, for the events pass).  The habits are those of
 * ../shared/CONVENTIONS.md, "Dates that belong in a calendar — and those
 * that don't": the meeting itself (its day, its "Date:" line, a heading
 * over the lines it records), a remark said in a transcript line ("today",
 * "tomorrow", "on Friday"), an occasion called off ("No call on 26
 * December").  Each test reads the date, its block and its sentence; the
 * words come from the lexicon. */
#ifndef MN_EVENT_RULES_H
#define MN_EVENT_RULES_H

#include <libxml/tree.h>
#include <stddef.h>

#include "temporal_lex.h"
#include "temporal_resolve.h"

/* One date as the events pass sees it. */
typedef struct mn_evdate {
    const xmlNode *date;  /* the date element */
    const xmlNode *block; /* the block whose text holds it (p, item, heading, cell, …) */
    const char *text;     /* the block's text (mn_tblock), */
    size_t len;           /* its length, */
    size_t ds, de;        /* and the date's span in it */
    const char *words;    /* the date as written */
    const mn_tref *ref;   /* the reference: the meeting's date and zone */
} mn_evdate;

/* The reason the date is no calendar entry (a static phrase for a note),
 * or NULL when nothing here refuses it.  WINDOW: MN_TSCAN_WINDOW tokens
 * to lex into, or NULL. */
const char *mn_event_refusal(const mn_evdate *d, mn_ttok *window);

/* How a weekday names days that recur: "every (other) Tuesday" (EVERY:
 * the temporal pass read it as the next such day, which may well be the
 * first occurrence), "the fourth Tuesday of each month" (NTH: it read the
 * next Tuesday, which is no occurrence at all), or NONE. */
enum { MN_RECUR_NONE, MN_RECUR_EVERY, MN_RECUR_NTH };
int mn_event_recurring_day(const mn_evdate *d);

/* Whether the date as written is one weekday alone ("Sunday", "Thursdays"). */
int mn_event_lone_weekday(const char *words);

/* The end of a speaker's prefix at the start of TEXT ("RMA: ", "**Ana
 * Ruiz:** ", "<trackbot> "), or 0 when the line opens with none. */
size_t mn_event_speaker_prefix(const char *text, size_t len);

#endif
