/* args.c — convert's command line.  Plugin options (--paper=letter,
 * --track-changes accept) are known only once the plugins that declare them
 * are loaded, so the arguments are read twice: first for -t/-f, which say
 * what to load, then in full. */
#include <stdlib.h>
#include <string.h>

#include "convert.h"

static const char *const mn_core_valued[] = {"reference-date", "date-order", "max-input-size",
                                             "media-type", NULL};
static const char *const mn_core_flags[] = {"strict", NULL};

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

static int mn_add_formats(mn_convert_opts *o, const char *list)
{
    char *copy = strdup(list), *save = NULL;
    int rc = copy ? 0 : -1;
    for (char *f = copy ? strtok_r(copy, ",", &save) : NULL; f && rc == 0; f = strtok_r(NULL, ",", &save))
        rc = mn_push(&o->formats, &o->n_formats, f);
    free(copy);
    return rc;
}

/* The option a loaded plugin declares under NAME, or NULL. */
static const mn_option *mn_loaded_option(mn_cli *cli, const char *name, size_t len)
{
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        for (const mn_option *op = p->options; op && op->name; op++)
            if (strlen(op->name) == len && strncmp(op->name, name, len) == 0)
                return op;
    }
    return NULL;
}

/* An option of the asked-for writers or of any reader: readers are loaded
 * only when an option is not the writers' (probing may never need them). */
static const mn_option *mn_plugin_option(mn_cli *cli, const char *name, size_t len)
{
    const mn_option *op = mn_loaded_option(cli, name, len);
    if (!op) {
        mn_context_load_readers(cli->ctx);
        op = mn_loaded_option(cli, name, len);
    }
    return op;
}

/* A value for option argv[*i]: after '=' or the next argument. */
static const char *mn_value(int argc, char **argv, int *i)
{
    const char *eq = strchr(argv[*i], '=');
    if (argv[*i][1] == '-' && eq)
        return eq + 1;
    if (argv[*i][1] != '-' && argv[*i][2])
        return argv[*i] + 2; /* -txml */
    if (*i + 1 >= argc)
        return NULL;
    return argv[++*i];
}

static int mn_is(const char *arg, const char *shrt, const char *lng)
{
    if (shrt && strncmp(arg, shrt, 2) == 0 && arg[0] == '-' && arg[1] != '-')
        return 1;
    size_t n = strlen(lng);
    return strncmp(arg, lng, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

static int mn_parse_shard(mn_convert_opts *o, const char *s)
{
    unsigned i = 0, n = 0;
    char extra;
    if (!s || sscanf(s, "%u/%u%c", &i, &n, &extra) != 2 || n == 0 || i == 0 || i > n)
        return -1;
    o->shard_index = i;
    o->shard_count = n;
    return 0;
}

/* First reading: only what decides which plugins to load. */
static int mn_prescan(mn_cli *cli, mn_convert_opts *o, int argc, char **argv)
{
    const char *from = NULL;
    for (int i = 0; i < argc && strcmp(argv[i], "--") != 0; i++) {
        if (mn_is(argv[i], "-t", "--to")) {
            const char *v = mn_value(argc, argv, &i);
            if (v && mn_add_formats(o, v))
                return -1;
        } else if (mn_is(argv[i], "-f", "--from")) {
            from = mn_value(argc, argv, &i);
        }
    }
    if (o->n_formats == 0 && mn_add_formats(o, "xml"))
        return -1;
    if (from && !mn_context_find(cli->ctx, from, MN_CAN_READ)) {
        mn_cli_error("no input plugin named '%s' (see 'minutes plugins')", from);
        return -1;
    }
    for (size_t f = 0; f < o->n_formats; f++) {
        if (!mn_context_find(cli->ctx, o->formats[f], MN_CAN_WRITE)) {
            mn_cli_print_context_diags(cli->ctx);
            mn_cli_error("no output plugin named '%s' (see 'minutes plugins')", o->formats[f]);
            return -1;
        }
    }
    return 0;
}

static int mn_parse_plugin_option(mn_cli *cli, mn_convert_opts *o, int argc, char **argv, int *i)
{
    const char *name = argv[*i] + 2, *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    int core_valued = 0;
    for (const char *const *c = mn_core_valued; *c; c++)
        if (strlen(*c) == len && strncmp(*c, name, len) == 0)
            core_valued = 1;
    int core_flag = 0;
    for (const char *const *c = mn_core_flags; *c; c++)
        if (strlen(*c) == len && strncmp(*c, name, len) == 0)
            core_flag = 1;
    const mn_option *po = core_valued || core_flag ? NULL : mn_plugin_option(cli, name, len);
    if (!core_valued && !core_flag && !po) {
        mn_cli_error("unknown option '--%.*s' (plugin options: 'minutes plugins')", (int)len, name);
        return -1;
    }
    const char *value = "1";
    if (core_valued || (po && po->arg)) {
        value = mn_value(argc, argv, i);
        if (!value) {
            mn_cli_error("option '--%.*s' needs a value", (int)len, name);
            return -1;
        }
        /* A size the core cannot read would silently mean the default. */
        if (len == 14 && strncmp(name, "max-input-size", len) == 0 && mn_parse_size(value) == 0) {
            mn_cli_error("option '--max-input-size' needs a size such as 64M, not '%s'", value);
            return -1;
        }
    } else if (eq) {
        value = eq + 1;
    }
    return mn_add_kv(o, name, len, value);
}

static int mn_parse_core(mn_cli *cli, mn_convert_opts *o, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (mn_is(a, "-t", "--to") || mn_is(a, "-f", "--from")) {
        const char *v = mn_value(argc, argv, i);
        if (v && mn_is(a, "-f", "--from"))
            return mn_add_kv(o, "from", 4, v);
        return v ? 0 : -1;
    }
    if (mn_is(a, "-o", "--output"))
        return (o->output = mn_value(argc, argv, i)) ? 0 : -1;
    if (mn_is(a, NULL, "--report"))
        return (o->report = mn_value(argc, argv, i)) ? 0 : -1;
    if (mn_is(a, NULL, "--lexicon"))
        return (o->lexicon = mn_value(argc, argv, i)) ? 0 : -1;
    if (mn_is(a, "-j", "--jobs")) {
        const char *v = mn_value(argc, argv, i);
        o->jobs = v ? atoi(v) : 0;
        return o->jobs > 0 ? 0 : -1;
    }
    if (mn_is(a, NULL, "--time-limit")) {
        const char *v = mn_value(argc, argv, i);
        o->time_limit = v ? atof(v) : 0;
        return o->time_limit > 0 ? 0 : -1;
    }
    if (mn_is(a, NULL, "--memory-limit")) {
        const char *v = mn_value(argc, argv, i);
        o->memory_limit = v ? mn_parse_size(v) : 0;
        return o->memory_limit > 0 ? 0 : -1;
    }
    if (mn_is(a, NULL, "--shard"))
        return mn_parse_shard(o, mn_value(argc, argv, i));
    if (strcmp(a, "-r") == 0 || strcmp(a, "--recursive") == 0)
        return o->recursive = 1, 0;
    if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0)
        return cli->quiet = 1, 0;
    if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0)
        return cli->verbose = 1, 0;
    if (a[1] == '-')
        return mn_parse_plugin_option(cli, o, argc, argv, i) ? -2 : 0;
    mn_cli_error("unknown option '%s'", a);
    return -2;
}

int mn_convert_parse(mn_cli *cli, mn_convert_opts *o, int argc, char **argv)
{
    memset(o, 0, sizeof *o);
    o->jobs = 1;
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
        } else {
            int rc = mn_parse_core(cli, o, argc, argv, &i);
            if (rc == -1)
                mn_cli_error("bad or incomplete option '%s' (try --help)", a);
            if (rc)
                return MN_EX_USAGE;
        }
    }
    if (o->n_inputs == 0) {
        mn_cli_error("convert needs at least one input ('-' for stdin)");
        return MN_EX_USAGE;
    }
    return 0;
}

void mn_convert_opts_free(mn_convert_opts *o)
{
    for (size_t i = 0; i < o->n_formats; i++)
        free(o->formats[i]);
    free(o->formats);
    for (size_t i = 0; i < o->n_inputs; i++)
        free(o->inputs[i]);
    free(o->inputs);
    for (size_t i = 0; i < o->n_kv; i++)
        free(o->kv[i].name);
    free(o->kv);
}
