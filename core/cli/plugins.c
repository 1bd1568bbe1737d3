/* SPDX-License-Identifier: MIT */
/* plugins.c — `minutes plugins`: what is loadable, from where. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void mn_print_plugin(const mn_plugin *p, const char *path)
{
    printf("%-10s %-8s %s%s  %s\n", p->name, p->version ? p->version : "-",
           p->caps & MN_CAN_READ ? "r" : "-", p->caps & MN_CAN_WRITE ? "w" : "-",
           p->description ? p->description : "");
    if (p->extensions && *p->extensions)
        printf("           extensions: %s\n", p->extensions);
    for (const mn_option *o = p->options; o && o->name; o++)
        printf("           --%s%s%s  %s\n", o->name, o->arg ? "=" : "", o->arg ? o->arg : "",
               o->help ? o->help : "");
    printf("           %s\n", path);
}

/* `minutes plugins --write-cache DIR`: the build runs it for the build
 * tree's plugin directory, the install for the prefix's (loader.c's
 * plugincache.c says what the cache holds). */
static int mn_write_cache(mn_cli *cli, const char *dir)
{
    int rc = mn_context_write_plugin_cache(cli->ctx, dir);
    mn_cli_print_context_diags(cli);
    if (rc)
        mn_cli_error("cannot write %s/plugins.cache", dir);
    return rc;
}

int mn_cmd_plugins(mn_cli *cli, int argc, char **argv)
{
    if (argc == 1 && (strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0)) {
        mn_help_plugins(stdout);
        return 0;
    }
    if (argc == 2 && strcmp(argv[0], "--write-cache") == 0)
        return mn_write_cache(cli, argv[1]);
    if (argc > 0) {
        mn_cli_error("plugins takes no arguments but --write-cache DIR");
        return MN_EX_USAGE;
    }
    mn_context_load_all(cli->ctx);
    mn_cli_print_context_diags(cli);
    size_t n = mn_context_plugin_count(cli->ctx);
    for (size_t i = 0; i < n; i++)
        mn_print_plugin(mn_context_plugin(cli->ctx, i), mn_context_plugin_path(cli->ctx, i));
    if (n == 0)
        mn_cli_error("no plugins found (set MINUTES_PLUGIN_PATH or use --plugin-dir)");
    return n ? 0 : MN_EX_SOFTWARE;
}
