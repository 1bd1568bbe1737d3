/* SPDX-License-Identifier: MIT */
/* args.c — convert's command line.  Plugin options (--paper=letter,
 * --track-changes accept) are known only once the plugins that declare them
 * are loaded, so the arguments are read twice: first for -t/-f, which say
 * what to load, then in full.  The core's own options are options.c's
 * table; a mistyped name or format gets the nearest known one suggested. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "options.h"

static int mn_push(char ***v, size_t *n, const char *s)
{
    char **grown = realloc(*v, (*n + 1) * sizeof *grown);
    if (!grown)
        return -1;
    *v = grown;
    if (!(grown[*n] = strdup(s)))
        return -1;
    (*n)++;
    return 0;
}

static int mn_add_kv(mn_convert_opts *o, const char *name, size_t len, const char *value)
{
    mn_opt_kv *grown = realloc(o->kv, (o->n_kv + 1) * sizeof *grown);
    if (!grown)
        return -1;
    o->kv = grown;
    char *copy = strndup(name, len);
    if (!copy)
        return -1;
    o->kv[o->n_kv++] = (mn_opt_kv){copy, value};
    return 0;
}

/* -M KEY=VALUE: KEY one of the library's metadata keys, in any case. */
static int mn_add_metadata(mn_convert_opts *o, const char *label, const char *arg)
{
    const char *eq = strchr(arg, '=');
    if (!eq || eq == arg) {
        mn_cli_error("option '%s' needs KEY=VALUE, such as title=\"Board meeting\", not '%s'", label, arg);
        return -1;
    }
    char *key = strndup(arg, (size_t)(eq - arg));
    if (!key)
        return -1;
    for (char *p = key; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    int known = 0;
    mn_suggest s;
    mn_suggest_init(&s, key);
    for (const char *const *k = mn_metadata_keys(); *k && !known; k++) {
        known = strcmp(*k, key) == 0;
        mn_suggest_consider(&s, *k, strlen(*k));
    }
    if (!known)
        mn_cli_error("option '%s': no metadata key '%s'%s (keys: title, subtitle, date, time, timezone, "
                     "location, chair, scribe, participant, regrets, creator, created, url, lang)",
                     label, key, mn_suggest_text(&s, NULL));
    mn_suggest_free(&s);
    mn_opt_kv *grown = known ? realloc(o->metadata, (o->n_metadata + 1) * sizeof *grown) : NULL;
    if (!grown) {
        free(key);
        return -1;
    }
    o->metadata = grown;
    o->metadata[o->n_metadata++] = (mn_opt_kv){key, eq + 1};
    return 0;
}

/* -W no-NAME silences NAME, -W NAME takes that back; -Wno-NAME too.  NAME
 * must be a known warning. */
static int mn_warning_option(mn_convert_opts *o, const char *label, const char *v)
{
    int off = strncmp(v, "no-", 3) == 0;
    const char *name = off ? v + 3 : v;
    int known = 0;
    mn_suggest s;
    mn_suggest_init(&s, name);
    for (const mn_warning_kind *k = mn_warning_kinds(); k->name && !known; k++) {
        known = strcmp(k->name, name) == 0;
        mn_suggest_consider(&s, k->name, strlen(k->name));
    }
    if (!known)
        mn_cli_error("option '%s': no warning named '%s'%s (see 'minutes help warnings')", label, name,
                     mn_suggest_text(&s, off ? "no-" : NULL));
    mn_suggest_free(&s);
    if (!known)
        return -1;
    size_t kept = 0;
    for (size_t i = 0; i < o->n_silenced; i++) {
        if (strcmp(o->silenced[i], name) == 0)
            free(o->silenced[i]);
        else
            o->silenced[kept++] = o->silenced[i];
    }
    o->n_silenced = kept;
    return off ? mn_push(&o->silenced, &o->n_silenced, name) : 0;
}

/* Format names are case-insensitive: -t PDF is -t pdf. */
static int mn_add_formats(mn_convert_opts *o, const char *list)
{
    char *copy = strdup(list), *save = NULL;
    int rc = copy ? 0 : -1;
    for (char *p = copy; p && *p; p++)
        *p = (char)tolower((unsigned char)*p);
    for (char *f = copy ? strtok_r(copy, ",", &save) : NULL; f && rc == 0; f = strtok_r(NULL, ",", &save))
        rc = mn_push(&o->formats, &o->n_formats, f);
    free(copy);
    return rc;
}

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

/* The plugin that declares option NAME among those loaded, or NULL. */
static const mn_option *mn_loaded_option(mn_cli *cli, const char *name, size_t len,
                                         const mn_plugin **owner)
{
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        for (const mn_option *op = p->options; op && op->name; op++) {
            if (strlen(op->name) == len && strncmp(op->name, name, len) == 0) {
                if (owner)
                    *owner = p;
                return op;
            }
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
    return mn_add_kv(o, name, len, value);
}

/* "no output plugin named 'pfd'; did you mean 'pdf'?" */
static void mn_unknown_format(mn_cli *cli, const char *format, unsigned caps)
{
    mn_context_load_all(cli->ctx);
    mn_cli_print_context_diags(cli);
    mn_suggest s;
    mn_suggest_init(&s, format);
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        if (p->caps & caps)
            mn_suggest_consider(&s, p->name, strlen(p->name));
    }
    mn_cli_error("no %s plugin named '%s'%s (see 'minutes plugins')",
                 caps == MN_CAN_READ ? "input" : "output", format, mn_suggest_text(&s, NULL));
    mn_suggest_free(&s);
}

/* The writer whose extensions list EXT (case-insensitively), or NULL.
 * The writer named like the extension is tried first: it alone is loaded. */
static const mn_plugin *mn_writer_for_extension(mn_cli *cli, const char *ext)
{
    char name[32];
    size_t n = strlen(ext);
    if (n == 0 || n >= sizeof name)
        return NULL;
    for (size_t i = 0; i <= n; i++)
        name[i] = (char)tolower((unsigned char)ext[i]);
    const mn_plugin *p = mn_context_find(cli->ctx, name, MN_CAN_WRITE);
    if (p && mn_plugin_has_extension(p, name))
        return p;
    mn_context_load_all(cli->ctx);
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++) {
        p = mn_context_plugin(cli->ctx, i);
        if ((p->caps & MN_CAN_WRITE) && mn_plugin_has_extension(p, name))
            return p;
    }
    return NULL;
}

/* Without -t, as pandoc does: the format whose extension -o has (handout.pdf
 * is PDF); xml when -o is absent, '-', a directory or has no extension.  An
 * extension no writer has is kept to be refused once it is known that -o
 * names a file (an output directory may have any name). */
static int mn_infer_format(mn_cli *cli, mn_convert_opts *o)
{
    const char *out = o->output, *ext = NULL;
    if (out && strcmp(out, "-") != 0 && out[0] && out[strlen(out) - 1] != '/' && !mn_is_dir(out)) {
        const char *base = strrchr(out, '/');
        base = base ? base + 1 : out;
        const char *dot = strrchr(base, '.');
        ext = dot && dot != base && dot[1] ? dot + 1 : NULL;
    }
    const mn_plugin *p = ext ? mn_writer_for_extension(cli, ext) : NULL;
    if (ext && !p)
        o->unknown_extension = ext;
    return mn_add_formats(o, p ? p->name : "xml");
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
    if (rc == 0 && from && !mn_context_find(cli->ctx, from, MN_CAN_READ)) {
        mn_unknown_format(cli, from, MN_CAN_READ);
        rc = -1;
    }
    for (size_t f = 0; rc == 0 && f < o->n_formats; f++) {
        if (!mn_context_find(cli->ctx, o->formats[f], MN_CAN_WRITE)) {
            mn_unknown_format(cli, o->formats[f], MN_CAN_WRITE);
            rc = -1;
        }
    }
    return rc;
}

/* A whole positive number, or -1. */
static long mn_count(const char *s)
{
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    return errno || end == s || *end || n <= 0 ? -1 : n;
}

/* I/N with 1 <= I <= N; a message that says what is wrong otherwise. */
static int mn_parse_shard(mn_convert_opts *o, const char *label, const char *s)
{
    unsigned long i = 0, n = 0;
    char extra;
    if (sscanf(s, "%lu/%lu%c", &i, &n, &extra) != 2 || strchr(s, '-') || strchr(s, ' ')) {
        mn_cli_error("option '%s' needs I/N, share I of N (e.g. 2/4), not '%s'", label, s);
        return -1;
    }
    if (n == 0 || n > 65536) {
        mn_cli_error("option '%s': the number of shards N must be 1 to 65536, not %lu ('%s')", label, n, s);
        return -1;
    }
    if (i == 0 || i > n) {
        mn_cli_error("option '%s': shard %lu of %lu does not exist; shards are numbered 1 to %lu ('%s')",
                     label, i, n, n, s);
        return -1;
    }
    o->shard_index = (unsigned)i;
    o->shard_count = (unsigned)n;
    return 0;
}

/* A real date written YYYY-MM-DD (2025-02-29 is not one). */
static int mn_is_iso_date(const char *s)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, d, n = 0;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 || s[4] != '-' ||
        s[7] != '-' || !isdigit((unsigned char)s[5]) || !isdigit((unsigned char)s[8]))
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] + (m == 2 && leap);
}

/* dmy or mdy, in any case (lowered in place: the library wants lower case). */
static int mn_is_date_order(char *s)
{
    for (char *p = s; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return strcmp(s, "dmy") == 0 || strcmp(s, "mdy") == 0;
}

static int mn_bad_value(const char *label, const char *value, const char *want)
{
    mn_cli_error("option '%s' needs %s, not '%s'", label, want, value);
    return -1;
}

/* Applies a core option that takes value V. */
static int mn_apply_valued(mn_cli *cli, mn_convert_opts *o, const mn_cli_option *op, const char *label,
                           const char *v)
{
    switch (op->id) {
    case MN_O_TO: return 0; /* read by the prescan */
    case MN_O_OUTPUT: return o->output = v, 0;
    case MN_O_REPORT: return o->report = v, 0;
    case MN_O_PLUGIN_DIR: return 0; /* taken out by main.c before */
    case MN_O_FROM: return mn_add_kv(o, "from", 4, v);
    case MN_O_METADATA: return mn_add_metadata(o, label, v);
    case MN_O_WARNING: return mn_warning_option(o, label, v);
    case MN_O_DIAGNOSTICS:
        return mn_cli_parse_diagnostics(cli, v) == 0 ? 0 : mn_bad_value(label, v, "gnu or github");
    case MN_O_MEDIA_TYPE: return mn_add_kv(o, "media-type", 10, v);
    case MN_O_REFERENCE_DATE:
        if (!mn_is_iso_date(v))
            return mn_bad_value(label, v, "a date written YYYY-MM-DD, such as 2026-03-12");
        return mn_add_kv(o, op->lng, strlen(op->lng), v);
    case MN_O_DATE_ORDER:
        if (!mn_is_date_order((char *)v))
            return mn_bad_value(label, v, "dmy (12/03/2026 is 12 March) or mdy (December 3)");
        return mn_add_kv(o, op->lng, strlen(op->lng), v);
    case MN_O_JOBS:
        o->jobs = (int)mn_count(v);
        return o->jobs > 0 ? 0 : mn_bad_value(label, v, "a number of jobs, 1 or more");
    case MN_O_TIME_LIMIT: {
        char *end;
        o->time_limit = strtod(v, &end);
        return o->time_limit > 0 && !*end ? 0 : mn_bad_value(label, v, "a number of seconds above 0");
    }
    case MN_O_MEMORY_LIMIT:
        o->memory_limit = mn_parse_size(v);
        return o->memory_limit > 0 ? 0 : mn_bad_value(label, v, "a size such as 512M or 1G");
    case MN_O_MAX_INPUT_SIZE:
        if (mn_parse_size(v) == 0)
            return mn_bad_value(label, v, "a size such as 64M");
        return mn_add_kv(o, op->lng, strlen(op->lng), v);
    case MN_O_SHARD:
        return mn_parse_shard(o, label, v);
    default: return 0;
    }
}

static int mn_apply_flag(mn_cli *cli, mn_convert_opts *o, const mn_cli_option *op)
{
    switch (op->id) {
    case MN_O_RECURSIVE: return o->recursive = 1, 0;
    case MN_O_QUIET: return cli->quiet = 1, 0;
    case MN_O_VERBOSE: return cli->verbose = 1, 0;
    case MN_O_STRICT: return mn_add_kv(o, "strict", 6, "1");
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
            if (mn_push(&o->inputs, &o->n_inputs, a))
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
    for (size_t i = 0; i < o->n_formats; i++)
        free(o->formats[i]);
    free(o->formats);
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
}
