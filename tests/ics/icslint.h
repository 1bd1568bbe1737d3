/* SPDX-License-Identifier: MIT */
/* icslint.h — an RFC 5545 checker for the test suite.  It checks what
 * libical's own parser and restriction check let through: CRLF line ends,
 * lines of at most 75 octets folded on UTF-8 boundaries, TEXT escaping,
 * UID and DTSTAMP present once per entry and UIDs unique, DATE and
 * DATE-TIME used consistently, end after start, TZIDs that name a VTIMEZONE,
 * and alarms with what their action needs. */
#ifndef MN_ICSLINT_H
#define MN_ICSLINT_H

#include <stddef.h>

typedef struct icslint {
    int problems;    /* how many were found */
    char text[8192]; /* the first of them, one per line */
    size_t len;
} icslint;

/* Checks the calendar in DATA (LEN bytes).  Returns the number of problems;
 * each is described in lint->text as "line N: …". */
int icslint_check(const char *data, size_t len, icslint *lint);

/* Parses DATA back with libical and runs its restriction check.  Returns the
 * number of errors libical reports (X-LIC-ERROR), plus one when it does not
 * parse at all; each is described in lint->text. */
int icslint_libical(const char *data, icslint *lint);

#endif
