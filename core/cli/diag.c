/* SPDX-License-Identifier: MIT */
/* diag.c — how the command line shows diagnostics: as compilers do
 * (FILE:LINE: warning: message), or as GitHub Actions annotations
 * (::warning file=FILE,line=LINE::message) with --diagnostics=github. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "result.h"

static const char *mn_severity_name(int s)
{
    return s == MN_ERROR ? "error" : s == MN_WARNING ? "warning" : "notice";
}

/* GitHub's workflow-command escapes: in a property value % \r \n : , and in
 * the message % \r \n. */
static void mn_gh_escape(FILE *fp, const char *s, int property)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '%': fputs("%25", fp); break;
        case '\r': fputs("%0D", fp); break;
        case '\n': fputs("%0A", fp); break;
        case ':': fputs(property ? "%3A" : ":", fp); break;
        case ',': fputs(property ? "%2C" : ",", fp); break;
        default: fputc(*s, fp);
        }
    }
}

static void mn_print_github(const mn_result_diag *d)
{
    FILE *out = stderr;
    fprintf(out, "::%s ", mn_severity_name(d->severity));
    if (d->file) {
        fputs("file=", out);
        mn_gh_escape(out, d->file, 1);
        if (d->line)
            fprintf(out, ",line=%u", d->line);
        fputc(',', out);
    }
    fputs("title=minutes", out);
    if (d->name) {
        fputs(" -W", out);
        mn_gh_escape(out, d->name, 1);
    }
    fputs("::", out);
    mn_gh_escape(out, d->message, 0);
    fputc('\n', out);
}

static void mn_print_gnu(const mn_result_diag *d)
{
    const char *file = d->file ? d->file : "minutes";
    if (d->line)
        fprintf(stderr, "%s:%u: %s: %s", file, d->line, mn_severity_name(d->severity), d->message);
    else
        fprintf(stderr, "%s: %s: %s", file, mn_severity_name(d->severity), d->message);
    if (d->name)
        fprintf(stderr, " [-W%s]", d->name);
    fputc('\n', stderr);
}

/* Both on standard error, which a run step's workflow commands may use as
 * well as standard output: standard output may be the converted document. */
void mn_cli_print_diag(const mn_cli *cli, const mn_result_diag *d)
{
    if (d->severity == MN_NOTE && !cli->verbose)
        return; /* notes say why something was left out: asked for with -v */
    if (cli->diagnostics == MN_DIAG_GITHUB)
        mn_print_github(d);
    else
        mn_print_gnu(d);
}

void mn_cli_print_diags(const mn_cli *cli, const mn_job *job)
{
    for (size_t i = 0; i < mn_job_diag_count(job); i++) {
        const mn_diag *d = mn_job_diag(job, i);
        mn_result_diag rd = {d->severity, (char *)d->file, d->line, (char *)d->name, (char *)d->message};
        mn_cli_print_diag(cli, &rd);
    }
}

void mn_cli_print_context_diags(const mn_cli *cli)
{
    for (size_t i = 0; i < mn_context_diag_count(cli->ctx); i++) {
        const mn_diag *d = mn_context_diag(cli->ctx, i);
        mn_result_diag rd = {MN_WARNING, NULL, 0, NULL, (char *)d->message};
        mn_cli_print_diag(cli, &rd);
    }
}

int mn_cli_parse_diagnostics(mn_cli *cli, const char *value)
{
    if (strcmp(value, "gnu") == 0)
        cli->diagnostics = MN_DIAG_GNU;
    else if (strcmp(value, "github") == 0)
        cli->diagnostics = MN_DIAG_GITHUB;
    else
        return -1;
    return 0;
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
