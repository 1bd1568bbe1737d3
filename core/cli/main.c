/* main.c — `minutes`: dispatch to convert, validate and plugins. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void mn_usage(FILE *fp)
{
    fputs("usage: minutes [--plugin-dir DIR] COMMAND [options] ...\n"
          "\n"
          "  convert [options] INPUT...   convert minutes; '-' reads stdin\n"
          "    -t, --to FORMATS           outputs, comma separated (default xml)\n"
          "    -o, --output PATH          file, or directory for several; '-' is stdout\n"
          "    -f, --from FORMAT          skip probing\n"
          "    -r, --recursive            descend into directories given as inputs\n"
          "    -j, --jobs N               parallel conversions in a batch\n"
          "        --shard I/N            only this share of the inputs (CI matrices)\n"
          "        --reference-date DATE  anchor for dates without a year (YYYY-MM-DD)\n"
          "        --date-order dmy|mdy   how to read numeric dates such as 12/03/2026\n"
          "        --strict               warnings fail the conversion\n"
          "        --max-input-size SIZE  refuse larger inputs (e.g. 64M)\n"
          "        --report FILE          JSON summary of a batch\n"
          "    -q, --quiet / -v, --verbose\n"
          "    --NAME[=VALUE]             an option of a plugin (see 'minutes plugins')\n"
          "  validate FILE.xml...         check canonical XML against the schema\n"
          "  plugins                      list plugins, versions, capabilities, options, paths\n"
          "\n"
          "  --help, --version\n"
          "Exit status: 0 ok, 64 usage, 65 bad input, 66 cannot open input,\n"
          "70 internal error, 73 cannot create output, 74 I/O error.\n",
          fp);
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
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            mn_usage(stdout);
            mn_context_free(cli.ctx);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("minutes %s\n", mn_version());
            mn_context_free(cli.ctx);
            return 0;
        } else if (strcmp(a, "--plugin-dir") == 0 && i + 1 < argc) {
            mn_context_add_plugin_dir(cli.ctx, argv[++i]);
        } else if (strncmp(a, "--plugin-dir=", 13) == 0) {
            mn_context_add_plugin_dir(cli.ctx, a + 13);
        } else {
            break;
        }
    }
    /* Directories asked for come before the defaults, so they win. */
    mn_context_add_default_dirs(cli.ctx);
    int rc;
    if (i >= argc) {
        mn_usage(stderr);
        rc = MN_EX_USAGE;
    } else if (strcmp(argv[i], "convert") == 0) {
        rc = mn_cmd_convert(&cli, argc - i - 1, argv + i + 1);
    } else if (strcmp(argv[i], "validate") == 0) {
        rc = mn_cmd_validate(&cli, argc - i - 1, argv + i + 1);
    } else if (strcmp(argv[i], "plugins") == 0) {
        rc = mn_cmd_plugins(&cli, argc - i - 1, argv + i + 1);
    } else {
        mn_cli_error("unknown command '%s' (try --help)", argv[i]);
        rc = MN_EX_USAGE;
    }
    mn_context_free(cli.ctx);
    return rc;
}
