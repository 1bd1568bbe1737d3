/* SPDX-License-Identifier: MIT */
/* validate.c — `minutes validate [options] FILE.xml...`. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int mn_validate_one(mn_cli *cli, const char *path)
{
    mn_job *job = mn_job_new(cli->ctx, path);
    if (!job)
        return MN_EX_SOFTWARE;
    int rc = mn_job_validate(job);
    mn_cli_print_diags(cli, job);
    if (rc == 0 && !cli->quiet)
        printf("%s: valid\n", mn_job_input_name(job));
    mn_job_free(job);
    return rc;
}

/* Options first (-q, --help), then files; "--" ends the options. */
int mn_cmd_validate(mn_cli *cli, int argc, char **argv)
{
    int i = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            mn_help_validate(stdout);
            return 0;
        } else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0) {
            cli->quiet = 1;
        } else if (strncmp(argv[i], "--diagnostics=", 14) == 0 &&
                   mn_cli_parse_diagnostics(cli, argv[i] + 14) == 0) {
            continue;
        } else {
            mn_cli_error("unknown option '%s' (see 'minutes validate --help')", argv[i]);
            return MN_EX_USAGE;
        }
    }
    if (i >= argc) {
        mn_cli_error("validate needs at least one file (see 'minutes validate --help')");
        return MN_EX_USAGE;
    }
    int worst = 0;
    for (; i < argc; i++) {
        int rc = mn_validate_one(cli, argv[i]);
        if (rc > worst)
            worst = rc;
    }
    return worst;
}
