/* SPDX-License-Identifier: MIT */
/* html.h — the HTML writer's parts.
 *
 * One self-contained page (inline CSS, no script but the JSON-LD data, no
 * network) or, with --html-fragment, the same <article> alone for a site to
 * embed.  The document is read only through html_doc.h.  The files:
 *   html.c        the descriptor, options, the page frame and write entry;
 *   html_out.c    the buffered output and its escapes (text, attribute,
 *                 JSON inside a script element);
 *   html_meta.c   the title block, the table of contents, the footer;
 *   html_blocks.c sections, blocks and inline content;
 *   html_annex.c  agenda, actions, upcoming dates, participants;
 *   html_jsonld.c schema.org JSON-LD;
 *   html_dates.c  dates and times for people and for <time datetime>;
 *   html_css.c    the stylesheet (screen, print, dark mode);
 *   html_index.c  the batch index (several documents, one page). */
#ifndef MN_HTML_H
#define MN_HTML_H

#include <stddef.h>
#include <string.h>

#include "html_doc.h"
#include "minutes/plugin.h"
#include "minutes/style.h"
#include "minutes/words.h"

/* ---- output (html_out.c) ------------------------------------------------------ */

#define HO_BUF 65536

typedef struct ho {
    mn_output *out;
    int rc;     /* the first write error; later writes are dropped */
    size_t len;
    char buf[HO_BUF];
} ho;

/* A writer over OUT.  H is large: callers keep it off the stack. */
void ho_init(ho *h, mn_output *out);
/* Flushes; returns 0 or the first write error. */
int ho_finish(ho *h);
/* Writes N bytes of S through the buffer when they do not fit in it. */
void ho_raw_slow(ho *h, const char *s, size_t n);

/* Inline: a page is written in some hundred thousand small pieces, and
 * with the call gone a literal's strlen is folded too. */
static inline void ho_raw(ho *h, const char *s, size_t n)
{
    if (n <= sizeof h->buf - h->len) {
        memcpy(h->buf + h->len, s, n);
        h->len += n;
    } else {
        ho_raw_slow(h, s, n);
    }
}

static inline void ho_str(ho *h, const char *s)
{
    if (s)
        ho_raw(h, s, strlen(s));
}
/* TEXT escaped for element content (& < >). */
void ho_text(ho *h, const char *s);
/* TEXT escaped for a double-quoted attribute value (& < > "). */
void ho_attr(ho *h, const char *s);
/* " NAME=\"VALUE\"" with VALUE escaped; nothing when VALUE is NULL. */
void ho_attr_pair(ho *h, const char *name, const char *value);
/* A JSON string literal, quotes included, safe inside <script>: < > &
 * and the line separators are written as \u escapes. */
void ho_json(ho *h, const char *s);
void ho_printf(ho *h, const char *fmt, ...) MN_PRINTF(2, 3);

/* ---- dates (html_dates.c) ------------------------------------------------------- */

typedef mn_datetime hdate;

/* Parses xs:date or UTC xs:dateTime (mn_datetime_parse).  Returns 0, or -1
 * when S is neither. */
int hdate_parse(const char *s, hdate *d);
/* "18 November 2025", or "1 December 2025, 14:00 UTC" with a time;
 * SHORT: "Tue 18 Nov 2025".  Returns BUF. */
char *hdate_format(const hdate *d, int shrt, char *buf, size_t size);
/* The same in LOCAL's way when LOCAL is not NULL (another language than
 * English: "mardi 10 mars 2026, 14 h 30 UTC"; SHORT has no short form
 * there, and WEEKDAY adds the day's name), else hdate_format. */
char *hdate_format_in(const mn_words *local, const hdate *d, int shrt, int weekday, char *buf,
                      size_t size);
/* A range for people: "15–17 December 2025", "28 November – 2 December
 * 2025".  Returns BUF. */
char *hdate_format_range(const mn_words *local, const hdate *a, const hdate *b, char *buf,
                         size_t size);
/* The datetime attribute for a date of PRECISION ("week": "2025-W48",
 * "month": "2025-12", "year": "2025", else VALUE itself).  Returns BUF. */
char *hdate_machine(const char *value, const char *precision, char *buf, size_t size);
/* Writes <time datetime="VALUE">people's form</time>, in LOCAL's way when
 * not NULL (SHORT then gives the weekday, as the English short form does);
 * VALUE that is no date is written as text. */
void hdate_time(ho *h, const mn_words *local, const char *value, int shrt);
/* The clock "14:30" as LOCAL writes it ("14 h 30"), in BUF; CLOCK itself
 * without LOCAL or when it is no "HH:MM". */
const char *hdate_clock(const mn_words *local, const char *clock, char *buf, size_t size);
/* An RRULE ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH") for people ("every 2
 * weeks on Thursday"); NULL when it has parts this does not know.  Owned
 * by the caller (free). */
char *hdate_rrule_text(const char *rrule);

/* ---- ids of the document (html_annex.c) ------------------------------------------ */

typedef struct hw_anchor {
    const char *id;
    const mn_node *node, *section; /* the element, and the section it is in */
} hw_anchor;

typedef struct hw_anchors {
    hw_anchor *v; /* in document order */
    size_t n, cap;
    size_t *slots; /* a hash table of v: index + 1, 0 for a free slot */
    size_t mask;   /* slots - 1 (a power of two above 2n) */
    const mn_node **actions; /* every action of the body, in document order */
    size_t n_actions, cap_actions;
    int failed;
} hw_anchors;

/* Every element with an id below ROOT, and the actions, in one walk.  Free
 * with hw_anchors_free. */
void hw_anchors_build(hw_anchors *a, const mn_node *root);
void hw_anchors_free(hw_anchors *a);
const hw_anchor *hw_anchors_find(const hw_anchors *a, const char *id);

/* ---- a conversion ---------------------------------------------------------------- */

typedef struct hw {
    ho *h;
    mn_job *job;
    const mn_node *root, *meta;
    const mn_style *style; /* NULL without --style: the defaults */
    int fragment;          /* --html-fragment */
    hw_anchors ids;        /* the document's ids, for "#id" links */
    const mn_words *words; /* the document language's fixed words (hw_label), or NULL */
    const mn_words *dates; /* the words dates are written with; NULL: English, the writer's */
} hw;

/* A label of the page, from the style (labels.NAME), else the document's
 * language's (the lexicon's output-labels), else the default. */
const char *hw_label(const hw *w, const char *name);
/* Gives W the fixed words of LANG (an xml:lang; may be NULL): labels for
 * any language with a lexicon, dates the local way for any but English. */
void hw_set_language(hw *w, const char *lang);
/* What ends a label before its value: ":", French "\u00a0:" ("Responsable :"). */
const char *hw_colon(const hw *w);

/* html_meta.c */
void hw_title_block(hw *w);
void hw_toc(hw *w);
void hw_footer(hw *w);
/* The page's <title> text (title — subtitle).  Owned by the caller. */
char *hw_page_title(const hw *w);

/* html_blocks.c */
/* Writes the body: content before the first section, then the sections. */
void hw_body(hw *w);
/* Inline content of N (text, em, strong, link, date, br); nested blocks
 * are not written. */
void hw_inline(hw *w, const mn_node *n);
/* Flow content of N: inline runs, and the lists, tables, notes, actions
 * and decisions nested in it. */
void hw_flow(hw *w, const mn_node *n);

/* html_annex.c */
void hw_agenda(hw *w);
void hw_actions_summary(hw *w);
void hw_upcoming(hw *w);
void hw_participants(hw *w);
/* Whether the document has anything for these parts. */
int hw_has_actions(const hw *w);
int hw_has_events(const hw *w);
/* A person's name as the minutes give it.  Owned by the caller. */
char *hw_person_name(const mn_node *person);

/* html_jsonld.c: the <script type="application/ld+json"> element. */
void hw_jsonld(hw *w);

/* html_index.c: the batch index page of N documents. */
int hw_write_index(hw *w, const mn_doc *const *docs, const char *const *stems, size_t n);

/* html_css.c: the <style> element for STYLE. */
void hw_css(ho *h, const mn_style *style);

#endif
