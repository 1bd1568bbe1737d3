/* SPDX-License-Identifier: MIT */
/* main.c — `minutes`: dispatch to convert, validate, plugins and help. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Takes every --plugin-dir DIR (or --plugin-dir=DIR) out of argv[from..],
 * before or after the command and up to "--", into the context: a plugin
 * directory must be known before any plugin is looked up.  Returns the new
 * argc, or -1 when the option lacks its directory. */
static int mn_take_plugin_dirs(mn_context *ctx, int argc, char **argv, int from)
{
    int out = from;
    for (int i = from; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            while (i < argc)
                argv[out++] = argv[i++];
            break;
        }
        if (strcmp(argv[i], "--plugin-dir") == 0) {
            if (i + 1 >= argc)
                return -1;
            mn_context_add_plugin_dir(ctx, argv[++i]);
        } else if (strncmp(argv[i], "--plugin-dir=", 13) == 0) {
            mn_context_add_plugin_dir(ctx, argv[i] + 13);
        } else {
            argv[out++] = argv[i];
        }
    }
    argv[out] = NULL;
    return out;
}

typedef int (*mn_command_fn)(mn_cli *cli, int argc, char **argv);

static const struct {
    const char *name;
    mn_command_fn run;
} mn_commands[] = {
    {"convert", mn_cmd_convert},
    {"validate", mn_cmd_validate},
    {"plugins", mn_cmd_plugins},
    {"help", mn_cmd_help},
};

static int mn_unknown_command(const char *name)
{
    mn_suggest s;
    mn_suggest_init(&s, name);
    for (size_t i = 0; i < sizeof mn_commands / sizeof *mn_commands; i++)
        mn_suggest_consider(&s, mn_commands[i].name, strlen(mn_commands[i].name));
    if (name[0] == '-')
        mn_cli_error("unknown option '%s' (try 'minutes --help')", name);
    else
        mn_cli_error("unknown command '%s'%s (try 'minutes --help')", name, mn_suggest_text(&s, NULL));
    mn_suggest_free(&s);
    return MN_EX_USAGE;
}

static int mn_dispatch(mn_cli *cli, int argc, char **argv)
{
    if (argc < 2) {
        mn_help_main(stderr);
        return MN_EX_USAGE;
    }
    const char *a = argv[1];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
        mn_help_main(stdout);
        return 0;
    }
    if (strcmp(a, "--version") == 0) {
        mn_print_version(stdout);
        return 0;
    }
    /* Directories asked for come before the defaults, so they win. */
    mn_context_add_default_dirs(cli->ctx);
    for (size_t i = 0; i < sizeof mn_commands / sizeof *mn_commands; i++)
        if (strcmp(a, mn_commands[i].name) == 0)
            return mn_commands[i].run(cli, argc - 2, argv + 2);
    return mn_unknown_command(a);
}

int main(int argc, char **argv)
{
    /* Past a file size limit (ulimit -f) a write should fail with EFBIG and
     * be reported, not kill the process with SIGXFSZ. */
    signal(SIGXFSZ, SIG_IGN);
    mn_cli_clean_on_signals();
    mn_cli cli = {0};
    cli.ctx = mn_context_new();
    if (!cli.ctx)
        return MN_EX_SOFTWARE;
    int rc;
    argc = mn_take_plugin_dirs(cli.ctx, argc, argv, 1);
    if (argc < 0) {
        mn_cli_error("option '--plugin-dir' needs a directory");
        rc = MN_EX_USAGE;
    } else {
        rc = mn_dispatch(&cli, argc, argv);
    }
    mn_context_free(cli.ctx);
    return rc;
}
