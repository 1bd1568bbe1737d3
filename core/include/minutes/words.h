/* SPDX-License-Identifier: MIT */
/* words.h — the fixed words a writer prints, in the document's language
 * (issue 23): headings and column heads ("Ordre du jour", "Acuerdos"),
 * status words, the page footer, month and weekday names, and dates and
 * times written the local way ("mardi 10 mars 2026", "14 h 30"; "martes,
 * 10 de marzo de 2026", "14:30").
 *
 * They are data, in the lexicon of the language (lexicons/LANG.xml, list
 * "output-labels", and its "months" and "weekdays"), so a language is
 * added without touching a writer.  A writer asks for the words of the
 * document's language (mn_node_lang of the root, minutes/doc.h); a house
 * style's label.KEY (minutes/style.h) still wins over them.
 *
 * Ownership: an mn_words and every string returned as `const char *` are
 * borrowed from the job's context (the lexicon) and live as long as it
 * does; buffers are the caller's.  Nothing here records a diagnostic. */
#ifndef MINUTES_WORDS_H
#define MINUTES_WORDS_H

#include <stddef.h>

#include "minutes.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mn_words mn_words; /* one language's words; opaque */

/* The words of LANG (a BCP 47 tag: "fr", "es-ES"; its primary subtag
 * counts), from the lexicon JOB's context has for it, or NULL when LANG is
 * NULL or no lexicon of it can be loaded.  Borrowed. */
MN_API const mn_words *mn_words_of(mn_job *job, const char *lang);

/* The language W is for ("fr").  Borrowed. */
MN_API const char *mn_words_lang(const mn_words *w);

/* The label of KEY ("agenda", "decisions", "page-of"; lexicons/en.xml
 * lists them all), or NULL when W is NULL or has none.  Borrowed. */
MN_API const char *mn_words_label(const mn_words *w, const char *key);

/* The name of MONTH (1..12) and of WEEKDAY (0 Monday .. 6 Sunday, as
 * mn_date_weekday counts), as the language writes it in running text
 * ("mars", "martes"), or NULL when out of range or W is NULL.  Borrowed. */
MN_API const char *mn_words_month(const mn_words *w, int month);
MN_API const char *mn_words_weekday(const mn_words *w, int weekday);

/* The day Y-M-D written the language's way, with its weekday when WEEKDAY
 * is not 0 ("mardi 10 mars 2026", "1er décembre 2026"), into BUF (SIZE
 * bytes, cut as snprintf cuts).  Returns BUF, or NULL (BUF empty) when W
 * is NULL or the date is no calendar date. */
MN_API char *mn_words_date(const mn_words *w, int y, int m, int d, int weekday, char *buf,
                           size_t size);

/* The time HH:MM on a 24-hour clock, the language's way ("14 h 30",
 * "9:05"), into BUF as above.  Returns BUF, or NULL (BUF empty) when W is
 * NULL or the time is out of range. */
MN_API char *mn_words_time(const mn_words *w, int hh, int mm, char *buf, size_t size);

/* The page footer: "Page 2 sur 5", "Página 2 de 5", into BUF as above.
 * Returns BUF, or NULL (BUF empty) when W is NULL. */
MN_API char *mn_words_page(const mn_words *w, int page, int pages, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
