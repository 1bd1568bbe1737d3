/* SPDX-License-Identifier: MIT */
/* temporal_context.h — what the words around a temporal expression say:
 * the sentence it is in, the tense of that sentence (for year inference) and
 * whether a deadline marker ("by", "no later than", "until", "before",
 * "within") governs it.  All work on plain UTF-8 text and byte offsets. */
#ifndef MN_TEMPORAL_CONTEXT_H
#define MN_TEMPORAL_CONTEXT_H

#include <stddef.h>

/* The sentence around text[start, end): *s and *e are its bounds, trimmed of
 * white space. */
void mn_tctx_sentence(const char *text, size_t len, size_t start, size_t end, size_t *s,
                      size_t *e);
/* MN_TENSE_PAST, _NONE or _FUTURE: the nearest tense cue before the
 * expression in its sentence, else the nearest after it. */
int mn_tctx_tense(const char *text, size_t len, size_t start, size_t end);
/* Whether the expression text[start, end) is a deadline. */
int mn_tctx_deadline(const char *text, size_t len, size_t start, size_t end);

#endif
