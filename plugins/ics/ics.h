/* SPDX-License-Identifier: MIT */
/* ics.h — internals of the iCalendar output plugin, shared by its files and
 * by the unit tests in tests/ics/.
 *
 * The plugin works in three steps: ics_model.c reads the canonical document
 * into plain structs (what each calendar entry says), ics_calendar.c turns
 * them into libical components, and ics_fold.c serializes them with CRLF
 * line ends, 75-octet folding on UTF-8 boundaries and complete TEXT
 * escaping. */
#ifndef MN_ICS_H
#define MN_ICS_H

#include <libical/ical.h>
#include <stddef.h>

#include "minutes/doc.h"
#include "minutes/plugin.h"
#include "minutes/words.h"

/* ---- growable string (ics_text.c) ---------------------------------------- */

typedef struct ics_buf {
    char *s;
    size_t len, cap;
    int failed; /* an allocation failed; every later call is a no-op */
} ics_buf;

void ics_buf_add(ics_buf *b, const char *s, size_t n);
void ics_buf_adds(ics_buf *b, const char *s);
void ics_buf_addc(ics_buf *b, char c);
/* The NUL-terminated text, owned by the caller (free), or NULL when an
 * allocation failed.  The buffer is empty afterwards. */
char *ics_buf_take(ics_buf *b);
void ics_buf_free(ics_buf *b);

/* ---- text helpers (ics_text.c) -------------------------------------------- */

/* S shortened to at most MAX_CHARS characters, cut at a word boundary with an
 * ellipsis when it was longer.  Never splits a UTF-8 sequence.  Caller frees. */
char *ics_shorten(const char *s, size_t max_chars);

/* Parses a duration like "1d", "2h", "30m", "1w", "1d12h" into seconds.
 * Returns 0 on success, -1 when S is not such a duration (or is zero or
 * longer than a year). */
int ics_parse_duration(const char *s, int *seconds);

/* ---- identity (ics_uid.c) ------------------------------------------------- */

/* 16 lower-case hex digits naming the meeting: a hash of its title (white
 * space folded) and date.  NULLs count as empty.  OUT holds 17 bytes. */
void ics_identity(const char *title, const char *date, char out[17]);

/* The UID of the ORDINAL-th (1-based) calendar entry anchored at REF:
 * "<identity>-<ref>@minutes", "+<ordinal>" appended to the ref from the
 * second on.  Bytes of REF outside [A-Za-z0-9._-] are written %XX, so
 * different refs never give the same UID.  REF NULL names the meeting
 * itself.  Caller frees; NULL when out of memory. */
char *ics_uid(const char identity[17], const char *ref, unsigned ordinal);

/* ---- the model (ics_model.c) -------------------------------------------- */

typedef struct ics_when {
    int year, month, day;
    int hour, minute, second;
    int has_time; /* 0: a date (all day); 1: a UTC time */
} ics_when;

/* Reads S through mn_datetime_parse (minutes/doc.h): an xs:date (a zone, if
 * any, is dropped: a day is a day) or an xs:dateTime in UTC, before 24:00.
 * Returns 0, or -1 when S is neither or names no real day. */
int ics_parse_when(const char *s, ics_when *out);
/* Orders two whens field by field (a date compares as its midnight). */
int ics_when_cmp(const ics_when *a, const ics_when *b);

typedef struct ics_event {
    char *id;          /* the event's id in the document */
    char *ref;         /* the id of the item it is anchored at, or NULL */
    char *uid;
    int deadline;      /* kind="deadline" */
    int tentative;     /* certain="false" */
    ics_when start, end;
    int has_end;
    char *summary;     /* short, never NULL */
    char *sentence;    /* its <description>: the sentence that names it, or NULL */
    char *task;        /* an action anchor's own text, or NULL */
    char *section;     /* "1 Updates from the Secretariat", or NULL */
    char *owner;       /* an action's owner, or NULL */
    char *as_written;  /* the date as the minutes wrote it, or NULL */
    char *location;    /* a place named with it, or NULL */
    char *recurrence;  /* an RRULE value ("FREQ=WEEKLY;BYDAY=TH"), or NULL */
    int is_action;     /* the ref is an action item */
    int done;          /* the action's status is "done": a completed VTODO */
} ics_event;

typedef struct ics_model {
    char *title, *subtitle, *date;   /* meta; NULL when missing */
    char *time_start, *time_end, *zone;
    char *location, *url;
    char *calname;                   /* title, else the source name, else "Minutes" */
    char *agenda;                    /* "1. …\n2. …", or NULL */
    const char *lang;                /* the document's xml:lang (borrowed), or NULL */
    const mn_words *words;           /* the description's labels in that language (borrowed) */
    char identity[17];
    ics_event *events;
    size_t n_events;
} ics_model;

/* Reads the canonical document.  Events that cannot be placed in a calendar
 * (an unreadable start) are skipped with a warning on JOB.  Returns 0 or an
 * MN_EX_* status; the model is owned by the caller (ics_model_free). */
int ics_model_read(mn_job *job, const mn_doc *doc, ics_model *m);
void ics_model_free(ics_model *m);

/* ---- the calendar (ics_calendar.c) --------------------------------------- */

typedef struct ics_options {
    int deadlines_as_events; /* --deadlines=events */
    int alarm_seconds;       /* --alarm=…, 0 for none */
    int include_meeting;     /* --include-meeting */
    long long dtstamp;       /* seconds since the epoch, UTC */
    int has_dtstamp;         /* 0: derive from the meeting date */
    /* A batch's merged calendar (ics_collection.c): entries that start
     * before this day are left out (NULL: none is), and a document without
     * entries is no news. */
    const ics_when *not_before;
    int collection;
} ics_options;

/* Reads the plugin's options from JOB (and SOURCE_DATE_EPOCH from the
 * environment); in ics.c, beside the options' declarations.  Returns 0, or
 * MN_EX_USAGE with an error on JOB. */
int ics_options_read(mn_job *job, ics_options *o);

/* Builds the VCALENDAR.  Returns a new component (icalcomponent_free), or
 * NULL with an error on JOB. */
icalcomponent *ics_calendar_build(mn_job *job, const ics_model *m, const ics_options *o);

/* Writes the upcoming entries of N documents as one calendar
 * (ics_collection.c): the plugin's write_collection. */
int ics_write_collection(mn_job *job, const mn_doc *const *docs, const char *const *stems,
                         size_t n, mn_output *out);

/* ---- serialization (ics_fold.c) ------------------------------------------- */

/* Turns libical's text into the bytes written: logical lines unfolded, the
 * TEXT values of X-WR-* properties fully escaped (libical 3.0 leaves , and ;
 * bare there), then every line folded at 75 octets on a UTF-8 character
 * boundary and ended with CRLF.  Returns a new string (free), its length in
 * *LEN, or NULL when out of memory. */
char *ics_serialize(const char *ical, size_t *len);

#endif
