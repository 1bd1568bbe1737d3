/* result.h — what converting one input gave: status, diagnostics as printed
 * lines, outputs written, time taken.  Crosses from a batch's child process
 * to the parent as lines on a pipe. */
#ifndef MN_RESULT_H
#define MN_RESULT_H

#include <stddef.h>

typedef struct mn_result {
    const char *input;  /* borrowed */
    int status;
    char **diags;       /* owned, formatted "FILE:LINE: warning: message" */
    size_t n_diags;
    size_t n_warnings;
    char **outputs;     /* owned */
    size_t n_outputs;
    long ms;
} mn_result;

void mn_result_add_diag(mn_result *r, const char *line, int is_warning);
void mn_result_add_output(mn_result *r, const char *path);
void mn_result_clear(mn_result *r);

/* Writes r to fd as lines, the last one "E"; reads them back (the input is
 * not sent).  mn_result_complete says whether TEXT ends with a whole result. */
void mn_result_send(const mn_result *r, int fd);
int mn_result_complete(const char *text, size_t len);
void mn_result_parse(mn_result *r, const char *text);

#endif
