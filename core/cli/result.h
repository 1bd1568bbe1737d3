/* SPDX-License-Identifier: MIT */
/* result.h — what converting one input gave: status, diagnostics, outputs
 * written, time taken.  Crosses from a batch's worker process to the parent
 * as lines on a pipe. */
#ifndef MN_RESULT_H
#define MN_RESULT_H

#include <stddef.h>

/* One diagnostic, as the library gave it (minutes.h's mn_diag), owned. */
typedef struct mn_result_diag {
    int severity;   /* mn_severity: MN_WARNING, MN_ERROR */
    char *file;     /* NULL when about no file */
    unsigned line;  /* 0 when unknown */
    char *name;     /* a warning's name (-W no-NAME), or NULL */
    char *message;
} mn_result_diag;

typedef struct mn_result {
    const char *input;  /* borrowed */
    int status;
    mn_result_diag *diags;
    size_t n_diags;
    char **outputs;     /* owned */
    size_t n_outputs;
    long ms;
} mn_result;

/* Records a diagnostic (the strings are copied; FILE and NAME may be NULL). */
void mn_result_add_diag(mn_result *r, int severity, const char *file, unsigned line,
                        const char *name, const char *message);
/* An error about the input itself, with no line: r->input is the file. */
void mn_result_add_error(mn_result *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void mn_result_add_output(mn_result *r, const char *path);
void mn_result_clear(mn_result *r);

/* Writes r to fd as lines, the last one "E"; reads them back (the input is
 * not sent).  mn_result_complete says whether TEXT ends with a whole result. */
void mn_result_send(const mn_result *r, int fd);
int mn_result_complete(const char *text, size_t len);
void mn_result_parse(mn_result *r, const char *text);

#endif
