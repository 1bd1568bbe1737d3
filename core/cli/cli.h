/* cli.h — the `minutes` command: shared pieces of its sub-commands. */
#ifndef MN_CLI_H
#define MN_CLI_H

#include <stdio.h>
#include "minutes/plugin.h"

typedef struct mn_cli {
    mn_context *ctx;
    int quiet;
    int verbose;
} mn_cli;

/* "FILE:LINE: warning: message" (free with free()), NULL on no memory. */
char *mn_cli_format_diag(const mn_diag *d);
/* Prints a job's diagnostics as FILE:LINE: warning|error: message. */
void mn_cli_print_diags(const mn_job *job);
/* Prints the context's loader diagnostics (refused plugins). */
void mn_cli_print_context_diags(const mn_context *ctx);
/* Prints "minutes: message" to stderr. */
void mn_cli_error(const char *fmt, ...) MN_PRINTF(1, 2);

/* Installs handlers that remove the named temporary files being written
 * when a signal ends the process (signals.c). */
void mn_cli_clean_on_signals(void);

int mn_cmd_convert(mn_cli *cli, int argc, char **argv);
int mn_cmd_validate(mn_cli *cli, int argc, char **argv);
int mn_cmd_plugins(mn_cli *cli, int argc, char **argv);

#endif
