/* SPDX-License-Identifier: MIT */
/* args.c — convert's command line.  Plugin options (--paper=letter,
 * --track-changes accept; qualified by the plugin's name, --pdf-paper, for
 * that plugin alone) are known only once the plugins that declare them
 * are loaded, so the arguments are read twice: first for -t/-f, which say
 * what to load, then in full.  The core's own options are options.c's
 * table; a mistyped name or format gets the nearest known one suggested. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "formats.h"
#include "optlists.h"
#include "values.h"

/* The name of option ARG as typed, for messages: "-t" or "--to". */
static void mn_option_label(const mn_cli_option *op, const char *arg, char *buf, size_t size)
{
    if (arg[1] == '-' || !op->shrt)
        snprintf(buf, size, "--%s", op->lng);
    else
        snprintf(buf, size, "-%c", op->shrt);
}

/* The value of option OP at argv[*i]: after '=', glued (-tpdf) or the next
 * argument; NULL (with a message) when there is none. */
static const char *mn_value(const mn_cli_option *op, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (a[1] == '-') {
        const char *eq = strchr(a, '=');
        if (eq)
            return eq + 1;
    } else if (a[2]) {
        return a + 2;
    }
    if (*i + 1 < argc)
        return argv[++*i];
    char label[48];
    mn_option_label(op, a, label, sizeof label);
    mn_cli_error("option '%s' needs a value (%s)", label, op->arg);
    return NULL;
}

/* P's option NAME (LEN bytes), or NULL. */
static const mn_option *mn_option_of(const mn_plugin *p, const char *name, size_t len)
{
    for (const mn_option *op = p->options; op && op->name; op++)
        if (strlen(op->name) == len && strncmp(op->name, name, len) == 0)
            return op;
    return NULL;
}

/* The option NAME among the loaded plugins' — as declared ("paper"), or
 * qualified by its plugin's name ("pdf-paper") — and its plugin in *OWNER;
 * NULL when none has it.  A short name several plugins declare (--style:
 * html and pdf) goes to each of them; the qualified one to its plugin. */
static const mn_option *mn_loaded_option(mn_cli *cli, const char *name, size_t len,
                                         const mn_plugin **owner)
{
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        const mn_option *op = mn_option_of(p, name, len);
        if (op) {
            if (owner)
                *owner = p;
            return op;
        }
    }
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        size_t n = strlen(p->name);
        const mn_option *op = len > n + 1 && strncmp(name, p->name, n) == 0 && name[n] == '-'
                                  ? mn_option_of(p, name + n + 1, len - n - 1) : NULL;
        if (op) {
            if (owner)
                *owner = p;
            return op;
        }
    }
    return NULL;
}

/* An option of the asked-for writers or of any reader: readers are loaded
 * only when an option is not the writers' (probing may never need them). */
static const mn_option *mn_plugin_option(mn_cli *cli, const char *name, size_t len)
{
    const mn_option *op = mn_loaded_option(cli, name, len, NULL);
    if (!op) {
        mn_context_load_readers(cli->ctx);
        op = mn_loaded_option(cli, name, len, NULL);
    }
    return op;
}

/* "unknown option '--paer'; did you mean '--paper'?", or, for an option of
 * a writer -t did not ask for, which writer has it. */
static void mn_unknown_option(mn_cli *cli, const char *arg, const char *name, size_t len)
{
    mn_context_load_all(cli->ctx);
    const mn_plugin *owner = NULL;
    if (len && mn_loaded_option(cli, name, len, &owner)) {
        mn_cli_error("option '--%.*s' belongs to the %s plugin, which this conversion does not use "
                     "(add -t %s?)", (int)len, name, owner->name, owner->name);
        return;
    }
    char *typed = strndup(name, len);
    mn_suggest s;
    mn_suggest_init(&s, typed ? typed : "");
    for (const mn_cli_option *o = mn_option_table(); o->help; o++)
        if (o->lng)
            mn_suggest_consider(&s, o->lng, strlen(o->lng));
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++)
        for (const mn_option *op = mn_context_plugin(cli->ctx, i)->options; op && op->name; op++)
            mn_suggest_consider(&s, op->name, strlen(op->name));
    mn_cli_error("unknown option '%.*s'%s (see 'minutes convert --help')",
                 (int)(name - arg + len), arg, mn_suggest_text(&s, "--"));
    mn_suggest_free(&s);
    free(typed);
}

/* A plugin's option: --NAME, --NAME=VALUE or --NAME VALUE. */
static int mn_parse_plugin_option(mn_cli *cli, mn_convert_opts *o, int argc, char **argv, int *i)
{
    const char *name = argv[*i] + 2, *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const mn_option *po = mn_plugin_option(cli, name, len);
    if (!po) {
        mn_unknown_option(cli, argv[*i], name, len);
        return -1;
    }
    const char *value = "1";
    if (po->arg) {
        if (eq)
            value = eq + 1;
        else if (*i + 1 < argc)
            value = argv[++*i];
        else {
            mn_cli_error("option '--%s' needs a value (%s)", po->name, po->arg);
            return -1;
        }
    } else if (eq) {
        value = eq + 1;
    }
    return mn_opts_add_kv(o, name, len, value);
}

/* The writer of each -t format, looked up once, and the extension its
 * outputs get (its first, else the format's name).  Returns 0, -1 (a
 * format no writer has: said), or MN_EX_SOFTWARE. */
static int mn_plan_writers(mn_cli *cli, mn_convert_opts *o)
{
    o->writers = calloc(o->n_formats ? o->n_formats : 1, sizeof *o->writers);
    o->exts = calloc(o->n_formats ? o->n_formats : 1, sizeof *o->exts);
    if (!o->writers || !o->exts)
        return MN_EX_SOFTWARE;
    for (size_t f = 0; f < o->n_formats; f++) {
        const mn_plugin *p = mn_context_find(cli->ctx, o->formats[f], MN_CAN_WRITE);
        if (!p) {
            mn_unknown_format(cli, o->formats[f], MN_CAN_WRITE);
            return -1;
        }
        const char *ext = p->extensions && *p->extensions ? p->extensions : o->formats[f];
        o->writers[f] = p;
        if (!(o->exts[f] = strndup(ext, strcspn(ext, " "))))
            return MN_EX_SOFTWARE;
    }
    return 0;
}

/* First reading: only what decides which plugins to load. */
static int mn_prescan(mn_cli *cli, mn_convert_opts *o, int argc, char **argv)
{
    char *from = NULL;
    int rc = 0;
    for (int i = 0; i < argc && rc == 0 && strcmp(argv[i], "--") != 0; i++) {
        const mn_cli_option *op = mn_option_find(argv[i]);
        char *v = op && op->arg ? (char *)mn_value(op, argc, argv, &i) : NULL;
        if (op && op->arg && !v) {
            rc = -1;
        } else if (op && op->id == MN_O_TO) {
            rc = mn_add_formats(o, v);
        } else if (op && op->id == MN_O_OUTPUT) {
            o->output = v;
        } else if (op && op->id == MN_O_FROM) {
            /* lowered in place: the second reading passes it on as it is */
            for (char *p = v; *p; p++)
                *p = (char)tolower((unsigned char)*p);
            from = v;
        }
    }
    if (rc == 0 && o->n_formats == 0)
        rc = mn_infer_format(cli, o);
    if (rc == 0 && from && !(o->reader = mn_context_find(cli->ctx, from, MN_CAN_READ))) {
        mn_unknown_format(cli, from, MN_CAN_READ);
        rc = -1;
    }
    return rc == 0 ? mn_plan_writers(cli, o) : rc;
}

static int mn_apply_flag(mn_cli *cli, mn_convert_opts *o, const mn_cli_option *op)
{
    switch (op->id) {
    case MN_O_RECURSIVE: return o->recursive = 1, 0;
    case MN_O_QUIET: return cli->quiet = 1, 0;
    case MN_O_VERBOSE: return cli->verbose = 1, 0;
    case MN_O_STRICT: return mn_opts_add_kv(o, "strict", 6, "1");
    default: return 0;
    }
}

static int mn_parse_option(mn_cli *cli, mn_convert_opts *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    const mn_cli_option *op = mn_option_find(a);
    if (!op && a[1] == '-')
        return mn_parse_plugin_option(cli, o, argc, argv, i);
    if (!op) {
        mn_cli_error("unknown option '%s' (see 'minutes convert --help')", a);
        return -1;
    }
    if (!op->arg)
        return mn_apply_flag(cli, o, op);
    char label[48];
    mn_option_label(op, a, label, sizeof label);
    const char *v = mn_value(op, argc, argv, i);
    return v ? mn_apply_valued(cli, o, op, label, v) : -1;
}

/* Whether -h or --help comes before any "--". */
static int mn_wants_help(int argc, char **argv)
{
    for (int i = 0; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
            return 1;
    return 0;
}

int mn_convert_parse(mn_cli *cli, mn_convert_opts *o, int argc, char **argv)
{
    memset(o, 0, sizeof *o);
    o->jobs = 1;
    if (mn_wants_help(argc, argv)) {
        mn_help_convert(cli, stdout);
        return o->help = 1, 0;
    }
    if (mn_prescan(cli, o, argc, argv))
        return MN_EX_USAGE;
    int only_inputs = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (only_inputs || a[0] != '-' || strcmp(a, "-") == 0) {
            if (mn_opts_push(&o->inputs, &o->n_inputs, a))
                return MN_EX_SOFTWARE;
        } else if (strcmp(a, "--") == 0) {
            only_inputs = 1;
        } else if (mn_parse_option(cli, o, argc, argv, &i)) {
            return MN_EX_USAGE;
        }
    }
    if (o->n_inputs == 0) {
        mn_cli_error("convert needs at least one input ('-' for stdin; see 'minutes convert --help')");
        return MN_EX_USAGE;
    }
    return 0;
}

void mn_convert_opts_free(mn_convert_opts *o)
{
    for (size_t i = 0; i < o->n_formats; i++) {
        free(o->formats[i]);
        free(o->exts ? o->exts[i] : NULL);
    }
    free(o->formats);
    free(o->exts);
    free(o->writers);
    for (size_t i = 0; i < o->n_inputs; i++) {
        free(o->inputs[i]);
        free(o->names ? o->names[i] : NULL);
    }
    free(o->inputs);
    free(o->names);
    for (size_t i = 0; i < o->n_kv; i++)
        free(o->kv[i].name);
    free(o->kv);
    for (size_t i = 0; i < o->n_metadata; i++)
        free(o->metadata[i].name);
    free(o->metadata);
    for (size_t i = 0; i < o->n_silenced; i++)
        free(o->silenced[i]);
    free(o->silenced);
    for (size_t i = 0; i < o->n_outputs; i++)
        free(o->outputs[i]);
    free(o->outputs);
}
