/* SPDX-License-Identifier: MIT */
/* ics_testutil.h — conversions through libminutes for the ICS tests, and
 * look-ups in the calendars they write. */
#ifndef MN_ICS_TESTUTIL_H
#define MN_ICS_TESTUTIL_H

#include <libical/ical.h>
#include <stddef.h>

#define ICS_FIXTURES MN_TEST_SOURCE_DIR "/tests/ics/fixtures/"

typedef struct ics_run {
    int status;      /* what mn_job_read/mn_job_write returned */
    char *bytes;     /* the calendar written (NUL-terminated), or NULL */
    size_t len;
    char diags[4096]; /* the job's diagnostics, one per line */
} ics_run;

/* Converts INPUT to ICS with the plugins of the build tree; OPTS is a
 * NULL-terminated list of name, value pairs.  Free with ics_run_free. */
ics_run ics_convert(const char *input, const char *const *opts);
void ics_run_free(ics_run *r);

/* Lints R's bytes and parses them back with libical; fails the test (with
 * the problems printed) unless both are clean. */
void ics_assert_clean(const ics_run *r);

/* The entry whose UID ends with "-SUFFIX@minutes" (or is "SUFFIX" itself
 * when it has an '@'), or NULL.  Borrowed from CAL. */
icalcomponent *ics_find(icalcomponent *cal, const char *suffix);
/* The property KIND of C as written ("DTSTART;VALUE=DATE:20251215"),
 * unfolded, or "" when missing.  Owned by a static buffer. */
const char *ics_prop(icalcomponent *c, icalproperty_kind kind);
/* How many entries (VEVENT, VTODO) the calendar has, and of KIND. */
int ics_count(icalcomponent *cal, icalcomponent_kind kind);
/* Writes BYTES to a new file named NAME in a scratch directory of the build
 * tree; returns its path (static buffer). */
const char *ics_scratch_file(const char *name, const char *bytes, size_t len);

#endif
