/* SPDX-License-Identifier: MIT */
/* convert.c — `minutes convert`: plan each input's outputs and hand the
 * inputs to the batch runner (batch.c, which calls convert_one.c for each,
 * never back into this file).  Every input is tried; the exit status is the
 * highest seen. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "convert.h"

/* "notes.foo": a file named for no format, with no -t to say which. */
static int mn_check_extension(mn_cli *cli, const mn_convert_opts *o)
{
    if (!o->unknown_extension || mn_output_is_dir(o))
        return 0;
    mn_suggest s;
    mn_suggest_init(&s, o->unknown_extension);
    mn_context_load_all(cli->ctx);
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        for (const char *e = p->caps & MN_CAN_WRITE && p->extensions ? p->extensions : ""; *e;) {
            size_t len = strcspn(e, " ");
            mn_suggest_consider(&s, e, len);
            e += len + (e[len] == ' ');
        }
    }
    mn_cli_error("%s: no output format has the extension '.%s' (name the format with -t)%s",
                 o->output, o->unknown_extension, mn_suggest_text(&s, "."));
    mn_suggest_free(&s);
    return MN_EX_USAGE;
}

/* PDF on a terminal is noise, and can upset it: only '-o -' asks for it. */
static int mn_check_terminal(const mn_convert_opts *o)
{
    if (o->output || o->n_formats != 1 || !isatty(STDOUT_FILENO))
        return 0;
    if (!mn_writes_binary(o->writers[0]))
        return 0;
    mn_cli_error("not writing %s (binary) to a terminal: give -o FILE, or -o - to insist",
                 o->formats[0]);
    return MN_EX_USAGE;
}

static int mn_check_plan(mn_cli *cli, const mn_convert_opts *o)
{
    int rc = mn_check_extension(cli, o);
    if (rc == 0)
        rc = mn_check_terminal(o);
    if (rc)
        return rc;
    if (!o->output && (o->many || o->n_inputs > 1 || o->n_formats > 1)) {
        mn_cli_error("several outputs need -o DIRECTORY");
        return MN_EX_USAGE;
    }
    if (o->output && strcmp(o->output, "-") == 0 && (o->many || o->n_inputs > 1 || o->n_formats > 1)) {
        mn_cli_error("only one output can go to standard output");
        return MN_EX_USAGE;
    }
    if (mn_output_is_dir(o) && mn_make_dir(o->output) != 0) {
        mn_cli_error("%s: cannot create directory: %s", o->output, strerror(errno));
        return MN_EX_CANTCREAT;
    }
    return 0;
}

/* The report is checked with the outputs, before anything is written. */
static int mn_check_report(const mn_convert_opts *o, const mn_input_ids *ids)
{
    const char *input = o->report ? mn_input_at(ids, o->report) : NULL;
    if (input) {
        mn_cli_error("%s: refusing to write over the input %s (--report)", o->report, input);
        return MN_EX_CANTCREAT;
    }
    return 0;
}

/* index.html and calendar.ics of --index are outputs like any other. */
static int mn_check_index(const mn_convert_opts *o, const mn_input_ids *ids)
{
    if (!o->index_dir)
        return 0;
    static const char *const names[] = {"index.html", "calendar.ics"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char *path = NULL;
        if (asprintf(&path, "%s/%s", o->output, names[i]) < 0)
            return MN_EX_SOFTWARE;
        const char *input = mn_input_at(ids, path);
        if (input)
            mn_cli_error("%s: refusing to write over the input %s (--index)", path, input);
        free(path);
        if (input)
            return MN_EX_CANTCREAT;
    }
    return 0;
}

/* Expands and shards the inputs and checks the plan.  The inputs' identities
 * are taken before sharding: one shard's outputs must not land on another
 * shard's inputs either. */
static int mn_plan(mn_cli *cli, mn_convert_opts *o, mn_input_ids **ids)
{
    int rc = mn_expand_inputs(cli, o);
    if (rc)
        return rc;
    if (!(*ids = mn_input_ids_new(o)))
        return MN_EX_SOFTWARE;
    mn_shard_inputs(o);
    rc = mn_plan_outputs(o);
    if (rc == 0)
        rc = mn_check_report(o, *ids);
    if (rc == 0)
        rc = mn_check_plan(cli, o);
    if (rc == 0)
        rc = mn_index_plan(cli, o);
    return rc ? rc : mn_check_index(o, *ids);
}

static int mn_run(mn_cli *cli, const mn_convert_opts *o, const mn_input_ids *ids)
{
    mn_cli_print_context_diags(cli);
    mn_result *results = calloc(o->n_inputs ? o->n_inputs : 1, sizeof *results);
    if (!results)
        return MN_EX_SOFTWARE;
    int worst = mn_run_batch(cli, o, ids, results);
    if (o->index_dir) {
        int rc = mn_index_write(cli, o, results);
        if (rc > worst)
            worst = rc;
    }
    if (o->report) {
        int rc = mn_write_report(o->report, o, results, worst);
        if (rc > worst)
            worst = rc;
    }
    for (size_t i = 0; i < o->n_inputs; i++)
        mn_result_clear(&results[i]);
    free(results);
    return worst;
}

int mn_cmd_convert(mn_cli *cli, int argc, char **argv)
{
    mn_convert_opts o;
    mn_input_ids *ids = NULL;
    int rc = mn_convert_parse(cli, &o, argc, argv);
    if (rc == 0 && !o.help && o.lexicon)
        rc = mn_context_set_lexicon_dir(cli->ctx, o.lexicon);
    if (rc == 0 && !o.help)
        rc = mn_plan(cli, &o, &ids);
    if (rc == 0 && !o.help)
        rc = mn_run(cli, &o, ids);
    mn_index_cleanup(&o);
    mn_input_ids_free(ids);
    mn_convert_opts_free(&o);
    return rc;
}
