/* SPDX-License-Identifier: MIT */
/* options.h — the convert command's own options, in one table read by the
 * parser, by --help and by "did you mean": what --help lists is what is
 * parsed.  Plugin options (--paper=letter) come from the plugins. */
#ifndef MN_OPTIONS_H
#define MN_OPTIONS_H

#include <stdio.h>

typedef enum mn_opt_id {
    MN_O_TO,
    MN_O_OUTPUT,
    MN_O_FROM,
    MN_O_METADATA,
    MN_O_RECURSIVE,
    MN_O_JOBS,
    MN_O_SHARD,
    MN_O_TIME_LIMIT,
    MN_O_MEMORY_LIMIT,
    MN_O_MAX_INPUT_SIZE,
    MN_O_REFERENCE_DATE,
    MN_O_DATE_ORDER,
    MN_O_MEDIA_TYPE,
    MN_O_STRICT,
    MN_O_WARNING,
    MN_O_DIAGNOSTICS,
    MN_O_REPORT,
    MN_O_LANG,
    MN_O_LEXICON,
    MN_O_PLUGIN_DIR,
    MN_O_QUIET,
    MN_O_VERBOSE,
    MN_O_HELP
} mn_opt_id;

typedef struct mn_cli_option {
    mn_opt_id id;
    char shrt;        /* 't' for -t, or 0 */
    const char *lng;  /* "to" for --to, or NULL */
    const char *arg;  /* "FORMATS", or NULL for a flag */
    const char *help;
} mn_cli_option;

/* The option ARG (-t, -tpdf, --to, --to=pdf) names, or NULL. */
const mn_cli_option *mn_option_find(const char *arg);
/* The table, ended by an entry whose help is NULL. */
const mn_cli_option *mn_option_table(void);
/* One row of help: HEAD, then TEXT wrapped in the column beside it. */
void mn_help_row(FILE *fp, const char *head, const char *text);
/* Prints the table as --help shows it. */
void mn_option_print(FILE *fp);

#endif
