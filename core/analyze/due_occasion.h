/* SPDX-License-Identifier: MIT */
/* due_occasion.h — an action due at an occasion the calendar dates
 * ("before the extra call", "by the sixth session"): the due pass's
 * reading of named occasions (private to core/analyze/). */
#ifndef MN_DUE_OCCASION_H
#define MN_DUE_OCCASION_H

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <stddef.h>

/* The day (YYYY-MM-DD into DAY, SIZE bytes) of the occasion TEXT (an
 * action's folded text) is due at: a deadline word, "the",
 * a qualifier of one to three words and an occasion word ("before the
 * special topic call"), matched by the earliest event of EVENTS on or after
 * TODAY (YYYY-MM-DD) whose title or source text holds the same words.
 * DOC's body holds the events' sources, found through *IDS: the body's
 * elements by id, made on the first call that needs it and kept for the
 * next (the caller frees it with xmlHashFree(*ids, NULL)).  0 when none. */
int mn_due_named_occasion(xmlDocPtr doc, xmlNodePtr events, xmlHashTablePtr *ids, const char *today,
                          const char *text, char *day, size_t size);

#endif
