/* validate.c — `minutes validate FILE.xml...`. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int mn_cmd_validate(mn_cli *cli, int argc, char **argv)
{
    if (argc == 0) {
        mn_cli_error("validate needs at least one file");
        return MN_EX_USAGE;
    }
    int worst = 0;
    for (int i = 0; i < argc; i++) {
        mn_job *job = mn_job_new(cli->ctx, argv[i]);
        if (!job)
            return MN_EX_SOFTWARE;
        int rc = mn_job_validate(job);
        mn_cli_print_diags(job);
        if (rc == 0 && !cli->quiet)
            printf("%s: valid\n", mn_job_input_name(job));
        if (rc > worst)
            worst = rc;
        mn_job_free(job);
    }
    return worst;
}
