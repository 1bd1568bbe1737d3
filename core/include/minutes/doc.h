/* SPDX-License-Identifier: MIT */
/* doc.h — reading a finished minutes document: the door every writer uses.
 *
 * An output plugin gets the canonical document (namespace MN_NS, the
 * vocabulary of docs/INTERNALS.md section 3, valid against
 * schemas/minutes-1.xsd) read-only, as a tree of nodes: elements and the
 * text between them.  It walks the tree with an iterator that reports
 * ENTER and EXIT events (cmark's cmark_iter), or steps through children and
 * siblings, and reads attributes with typed getters.  Dates and times in the
 * document are xs:date or xs:dateTime in UTC; mn_datetime_parse reads them,
 * and is the one parser of them in the project.
 *
 * No libxml2 type crosses this header, on purpose.  A writer built against
 * it needs no libxml2 headers and survives a change of the core's XML
 * library or of its tree; md4c's header holds no foreign type for the same
 * reason.  (libxml2 stays where it is the point: mn_doc_xml() in minutes.h
 * for a program that embeds the library and wants the tree itself, and the
 * safe parser and mn_builder_adopt_canonical() in plugin.h for readers that
 * parse XML.  Both name only an incomplete struct _xmlDoc.)
 *
 * Strings: UTF-8, NUL-terminated.  Ownership: nodes and every string
 * returned as `const char *` are borrowed from the document and live as
 * long as it does (for a writer: the call it was handed the document in);
 * a `char *` is the caller's, released with free().  No function here
 * changes the document or records diagnostics.
 */
#ifndef MINUTES_DOC_H
#define MINUTES_DOC_H

#include <stddef.h>

#include "minutes.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The canonical namespace; its number is the vocabulary's major version. */
#define MN_NS "urn:minutes:1"

typedef struct mn_node mn_node;         /* an element or a text; opaque */
typedef struct mn_datetime mn_datetime; /* below, with its parser */

/* What a node is.  Elements are named after the canonical vocabulary; one
 * of another name (a later vocabulary, or outside MN_NS) is MN_KIND_OTHER
 * and mn_node_name() tells which.  Values are only ever appended. */
typedef enum mn_kind {
    MN_KIND_ANY = -1, /* for mn_node_child/mn_node_next_of: any element */
    MN_KIND_OTHER = 0,
    MN_KIND_TEXT,
    /* the document */
    MN_KIND_MINUTES, MN_KIND_META, MN_KIND_AGENDA, MN_KIND_PARTICIPANTS, MN_KIND_BODY,
    MN_KIND_EVENTS,
    /* meta (MN_KIND_DATE is also the inline date) */
    MN_KIND_TITLE, MN_KIND_SUBTITLE, MN_KIND_DATE, MN_KIND_TIME, MN_KIND_LOCATION, MN_KIND_URL,
    MN_KIND_SOURCE, MN_KIND_ORGANISATION,
    /* participants and events */
    MN_KIND_GROUP, MN_KIND_PERSON, MN_KIND_EVENT, MN_KIND_SUMMARY, MN_KIND_DESCRIPTION,
    MN_KIND_RECURRENCE,
    /* blocks */
    MN_KIND_SECTION, MN_KIND_HEADING, MN_KIND_P, MN_KIND_LIST, MN_KIND_ITEM, MN_KIND_TABLE,
    MN_KIND_ROW, MN_KIND_CELL, MN_KIND_ACTION, MN_KIND_DECISION, MN_KIND_NOTE,
    /* inlines */
    MN_KIND_EM, MN_KIND_STRONG, MN_KIND_LINK, MN_KIND_BR
} mn_kind;

/* ---- Nodes --------------------------------------------------------------------- */

/* The root element (minutes) of DOC, or NULL when DOC is NULL.  Borrowed. */
MN_API const mn_node *mn_doc_root(const mn_doc *doc);

/* What N is (MN_KIND_OTHER when N is NULL). */
MN_API mn_kind mn_node_kind(const mn_node *n);
/* Whether N is of KIND (MN_KIND_ANY: any element). */
MN_API int mn_node_is(const mn_node *n, mn_kind kind);
/* An element's local name ("section"), NULL for a text.  Borrowed. */
MN_API const char *mn_node_name(const mn_node *n);

/* Steps through the tree; each returns NULL at the end.  The first child
 * and the next and previous sibling count elements and texts alike; the
 * parent of the root is NULL.  Borrowed. */
MN_API const mn_node *mn_node_first(const mn_node *n);
MN_API const mn_node *mn_node_next(const mn_node *n);
MN_API const mn_node *mn_node_prev(const mn_node *n);
MN_API const mn_node *mn_node_parent(const mn_node *n);
/* The first child element of N of KIND, and the next sibling element of
 * N's of KIND (MN_KIND_ANY: of any kind).  Borrowed. */
MN_API const mn_node *mn_node_child(const mn_node *n, mn_kind kind);
MN_API const mn_node *mn_node_next_of(const mn_node *n, mn_kind kind);

/* ---- Attributes ---------------------------------------------------------------- */

/* The value of element N's attribute NAME (no namespace), or NULL when it
 * has none.  Borrowed. */
MN_API const char *mn_node_attr(const mn_node *n, const char *name);
/* Whether the attribute is "true" or "1" (xs:boolean's true). */
MN_API int mn_node_attr_bool(const mn_node *n, const char *name);
/* The attribute as a decimal int, or FALLBACK when it is missing, not a
 * number, or out of int's range. */
MN_API int mn_node_attr_int(const mn_node *n, const char *name, int fallback);
/* The attribute read by mn_datetime_parse.  Returns 0, or -1 (and *OUT
 * zeroed) when it is missing or no xs:date or xs:dateTime. */
MN_API int mn_node_attr_datetime(const mn_node *n, const char *name, mn_datetime *out);
/* The I-th attribute of element N in document order (from 0), for a writer
 * that copies them all: its name (local part), its value in *VALUE, and in
 * *XML_NS (when not NULL) whether it is in the XML namespace, written
 * "xml:NAME" (xml:lang).  Returns the name, or NULL past the last.
 * Borrowed. */
MN_API const char *mn_node_attr_at(const mn_node *n, size_t i, const char **value, int *xml_ns);
/* The language of N: the xml:lang of N or its nearest ancestor that has
 * one (a BCP 47 tag, "en-GB"), or NULL.  Borrowed. */
MN_API const char *mn_node_lang(const mn_node *n);

/* ---- Text ---------------------------------------------------------------------- */

/* A text node's characters, NULL for an element.  Borrowed. */
MN_API const char *mn_node_text(const mn_node *n);
/* All the text below N, runs of white space (space, TAB, LF, CR) folded to
 * one space, leading and trailing ones dropped: what a reader sees of a
 * title or a cell.  Elements add no text of their own (a br adds nothing).
 * Owned by the caller (free); "" for NULL, NULL only when out of memory. */
MN_API char *mn_node_text_folded(const mn_node *n);

/* ---- Walking ------------------------------------------------------------------- */

typedef enum mn_event {
    MN_EVENT_DONE = 0, /* the walk is over */
    MN_EVENT_ENTER,    /* an element begins, or a text */
    MN_EVENT_EXIT      /* an element ends (after its children) */
} mn_event;

typedef struct mn_iter mn_iter;

/* A walker over ROOT and everything below it, in document order: every
 * element gives ENTER and, after its children, EXIT (an empty one too);
 * a text gives ENTER only.  The first event is ROOT's ENTER, the last its
 * EXIT.  Owned by the caller (mn_iter_free); NULL when out of memory. */
MN_API mn_iter *mn_iter_new(const mn_node *root);
/* Moves to the next event and returns it; MN_EVENT_DONE after the last. */
MN_API mn_event mn_iter_next(mn_iter *it);
/* The node of the current event (NULL before the first and when done).
 * Borrowed. */
MN_API const mn_node *mn_iter_node(const mn_iter *it);
/* After an element's ENTER: skips its children, so that the next event is
 * its EXIT.  Does nothing otherwise. */
MN_API void mn_iter_skip(mn_iter *it);
MN_API void mn_iter_free(mn_iter *it);

/* ---- Dates and times ----------------------------------------------------------- */

/* An xs:date ("2025-11-18", optionally with a zone) or xs:dateTime
 * ("2025-11-18T14:00:00Z"; the canonical document keeps its times in UTC).
 * A date has has_time 0 and its time fields 0.  A fraction of a second is
 * read and dropped.  24:00:00 (the end of a day) is kept as written. */
struct mn_datetime {
    int year, month, day;     /* 1..9999, 1..12, 1..31 */
    int hour, minute, second; /* 0..24, 0..59, 0..59 */
    int has_time;             /* an xs:dateTime */
    int has_zone;             /* a zone was written: Z, +hh:mm or -hh:mm */
    int zone_minutes;         /* the zone's offset east of UTC (Z: 0) */
};

/* Parses LEN bytes at S as xs:date or xs:dateTime with a four-digit year,
 * a real day of the proleptic Gregorian calendar and nothing around it.
 * Returns 0, or -1 (and *OUT zeroed) when S is neither. */
MN_API int mn_datetime_parse(const char *s, size_t len, mn_datetime *out);

/* Days in MONTH (1..12) of YEAR; 0 for another month. */
MN_API int mn_date_month_days(int year, int month);
/* Days from 1970-01-01 to a valid date (negative before it). */
MN_API long mn_date_days(int year, int month, int day);
/* The weekday of a valid date: 0 Monday … 6 Sunday. */
MN_API int mn_date_weekday(int year, int month, int day);

#ifdef __cplusplus
}
#endif
#endif
