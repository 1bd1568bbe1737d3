/* diag.c — how the command line shows diagnostics. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static const char *mn_severity_name(mn_severity s)
{
    return s == MN_ERROR ? "error" : s == MN_WARNING ? "warning" : "note";
}

char *mn_cli_format_diag(const mn_diag *d)
{
    char *s = NULL;
    const char *file = d->file ? d->file : "minutes";
    int n = d->line ? asprintf(&s, "%s:%u: %s: %s", file, d->line, mn_severity_name(d->severity), d->message)
                    : asprintf(&s, "%s: %s: %s", file, mn_severity_name(d->severity), d->message);
    return n < 0 ? NULL : s;
}

void mn_cli_print_diags(const mn_job *job)
{
    for (size_t i = 0; i < mn_job_diag_count(job); i++) {
        char *line = mn_cli_format_diag(mn_job_diag(job, i));
        if (line)
            fprintf(stderr, "%s\n", line);
        free(line);
    }
}

void mn_cli_print_context_diags(const mn_context *ctx)
{
    for (size_t i = 0; i < mn_context_diag_count(ctx); i++)
        fprintf(stderr, "minutes: warning: %s\n", mn_context_diag(ctx, i)->message);
}

void mn_cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("minutes: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}
