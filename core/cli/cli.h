/* SPDX-License-Identifier: MIT */
/* cli.h — the `minutes` command: shared pieces of its sub-commands. */
#ifndef MN_CLI_H
#define MN_CLI_H

#include <stdio.h>
#include "minutes/plugin.h"

/* How diagnostics are shown (--diagnostics). */
enum { MN_DIAG_GNU = 0, MN_DIAG_GITHUB = 1 };

typedef struct mn_cli {
    mn_context *ctx;
    int quiet;
    int verbose;
    int diagnostics; /* MN_DIAG_GNU or MN_DIAG_GITHUB */
} mn_cli;

struct mn_result_diag;
/* Prints one diagnostic as cli->diagnostics says: "FILE:LINE: warning:
 * message [-WNAME]" on stderr, or a GitHub annotation on stdout. */
void mn_cli_print_diag(const mn_cli *cli, const struct mn_result_diag *d);
/* Prints a job's diagnostics. */
void mn_cli_print_diags(const mn_cli *cli, const mn_job *job);
/* Prints the context's loader diagnostics (refused plugins). */
void mn_cli_print_context_diags(const mn_cli *cli);
/* --diagnostics=gnu|github; -1 for anything else. */
int mn_cli_parse_diagnostics(mn_cli *cli, const char *value);
/* Prints "minutes: message" to stderr. */
void mn_cli_error(const char *fmt, ...) MN_PRINTF(1, 2);

/* Installs handlers that remove the named temporary files being written
 * when a signal ends the process (signals.c). */
void mn_cli_clean_on_signals(void);

/* "Did you mean": the known name nearest to a mistyped one (suggest.c). */
typedef struct mn_suggest {
    const char *typed;
    char *best;
    size_t distance;
    char text[128];
} mn_suggest;
void mn_suggest_init(mn_suggest *s, const char *typed);
/* Considers the LEN bytes at NAME as a candidate. */
void mn_suggest_consider(mn_suggest *s, const char *name, size_t len);
/* "; did you mean 'PREFIXbest'?", or "" when no candidate is close. */
const char *mn_suggest_text(mn_suggest *s, const char *prefix);
void mn_suggest_free(mn_suggest *s);

/* Help texts (help.c). */
void mn_help_main(FILE *fp);
void mn_help_convert(mn_cli *cli, FILE *fp);
void mn_help_validate(FILE *fp);
void mn_help_plugins(FILE *fp);
/* `minutes help [TOPIC]`. */
int mn_cmd_help(mn_cli *cli, int argc, char **argv);
/* `minutes --version`. */
void mn_print_version(FILE *fp);

int mn_cmd_convert(mn_cli *cli, int argc, char **argv);
int mn_cmd_validate(mn_cli *cli, int argc, char **argv);
int mn_cmd_plugins(mn_cli *cli, int argc, char **argv);

#endif
