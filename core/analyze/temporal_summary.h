/* SPDX-License-Identifier: MIT */
/* temporal_summary.h — a short, readable name for the occasion a date in a
 * sentence refers to ("Online ceremonial launch", "IMSB office hours",
 * "Register for the WSIS+20 high-Level event"), for the events pass. */
#ifndef MN_TEMPORAL_SUMMARY_H
#define MN_TEMPORAL_SUMMARY_H

#include <stddef.h>

/* A span of text that is a date. */
typedef struct mn_tspan {
    size_t start, end;
} mn_tspan;

/* The summary for the date at text[ds, de) in the sentence text[s, e);
 * OTHERS are the other dates of the text (never part of a summary).
 * Deadlines are named by what must be done, other events by the occasion's
 * noun phrase.  Returns a new string (free with free()), or NULL when out of
 * memory. */
char *mn_tsummary(const char *text, size_t s, size_t e, size_t ds, size_t de, int deadline,
                  const mn_tspan *others, size_t nothers);
/* The same; *named (if not NULL) is 1 when the sentence names its occasion
 * or task, 0 when the summary is only the words nearest the date. */
char *mn_tsummary_named(const char *text, size_t s, size_t e, size_t ds, size_t de, int deadline,
                        const mn_tspan *others, size_t nothers, int *named);

/* The occasion a heading or a label names ("Date of next meeting": "Next
 * meeting"), for a date whose own sentence names none; NULL when it names
 * none either (or out of memory).  Free with free(). */
char *mn_tsummary_occasion(const char *text, size_t len);

/* A 64-bit signature of a summary's content words (4+ letters, not
 * function words): two summaries can share a word only when their
 * signatures share a bit, so most pairs are told apart without reading. */
unsigned long long mn_tsummary_signature(const char *s);
/* Whether two summaries share a content word (so two mentions of one date
 * name the same occasion). */
int mn_tsummary_related(const char *a, const char *b);

#endif
