/* SPDX-License-Identifier: MIT */
/* help.c — `minutes --help`, `minutes help COMMAND`, `minutes COMMAND
 * --help` and `minutes --version`, as GNU tools print them. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "options.h"

#ifndef MN_BUG_ADDRESS
#error "MN_BUG_ADDRESS is set by core/CMakeLists.txt"
#endif

static const char mn_statuses[] =
    "Exit status: 0 ok, 64 usage, 65 bad input, 66 cannot open input,\n"
    "70 internal error (or a crash or limit in a batch), 73 cannot create output,\n"
    "74 I/O error; in a batch, the highest seen.\n";

void mn_help_main(FILE *fp)
{
    fputs("usage: minutes [--plugin-dir DIR] COMMAND [options] [ARGS...]\n"
          "\n"
          "Converts meeting minutes (DOCX, Markdown, plain text, canonical XML) into\n"
          "canonical XML, PDF handouts and iCalendar files.\n"
          "\n"
          "Commands:\n"
          "  convert [options] INPUT...   convert minutes; '-' reads standard input\n"
          "  validate FILE.xml...         check canonical XML against the schema\n"
          "  plugins                      list plugins, versions, capabilities, options, paths\n"
          "  help [COMMAND]               help on a command ('minutes help convert');\n"
          "                               'minutes help warnings' names every warning\n"
          "\n"
          "Options:\n"
          "      --plugin-dir DIR         look for plugins in DIR first (also after COMMAND)\n"
          "  -h, --help                   show this help\n"
          "      --version                show the version and licence\n"
          "\n",
          fp);
    fputs(mn_statuses, fp);
    fprintf(fp, "\nReport bugs to: <%s>\n", MN_BUG_ADDRESS);
}

/* The plugins from I on that declare option NAME, into OWNERS ("html,
 * pdf"). */
static void mn_option_owners(mn_cli *cli, size_t i, const char *name, char *owners, size_t size)
{
    int count = 0;
    owners[0] = '\0';
    for (size_t n = mn_context_plugin_count(cli->ctx); i < n; i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        for (const mn_option *o = p->options; o && o->name; o++) {
            if (strcmp(o->name, name) != 0)
                continue;
            size_t len = strlen(owners);
            snprintf(owners + len, size - len, "%s%s", count++ ? ", " : "", p->name);
            break;
        }
    }
}

/* Whether a plugin before I declares option NAME (it is listed there). */
static int mn_option_listed(mn_cli *cli, size_t i, const char *name)
{
    for (size_t k = 0; k < i; k++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, k);
        for (const mn_option *o = p->options; o && o->name; o++)
            if (strcmp(o->name, name) == 0)
                return 1;
    }
    return 0;
}

/* The options of the loaded plugins, as --NAME[=VALUE]; an option several
 * plugins declare (--style: html, pdf) once, with the first one's help. */
static void mn_help_plugin_options(mn_cli *cli, FILE *fp)
{
    mn_context_load_all(cli->ctx);
    size_t n = mn_context_plugin_count(cli->ctx);
    if (n)
        fputs("\nOptions of the plugins ('minutes plugins' says which plugin has which):\n", fp);
    for (size_t i = 0; i < n; i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        for (const mn_option *o = p->options; o && o->name; o++) {
            if (mn_option_listed(cli, i, o->name))
                continue;
            char head[96], text[512], owners[256];
            mn_option_owners(cli, i, o->name, owners, sizeof owners);
            snprintf(head, sizeof head, "    --%s%s%s", o->name, o->arg ? "=" : "", o->arg ? o->arg : "");
            snprintf(text, sizeof text, "%s (%s)", o->help ? o->help : "", owners);
            mn_help_row(fp, head, text);
        }
    }
}

void mn_help_convert(mn_cli *cli, FILE *fp)
{
    fputs("usage: minutes convert [options] INPUT...\n"
          "\n"
          "Converts each INPUT ('-' is standard input).  A directory stands for the files\n"
          "in it that a reader claims by extension; a quoted pattern is expanded as a glob.\n"
          "Every input is tried.\n"
          "\n"
          "Options:\n",
          fp);
    mn_option_print(fp);
    mn_help_plugin_options(cli, fp);
    fputc('\n', fp);
    fputs(mn_statuses, fp);
}

void mn_help_validate(FILE *fp)
{
    fputs("usage: minutes validate [options] FILE.xml...\n"
          "\n"
          "Checks canonical XML files ('-' is standard input) against the schema\n"
          "(namespace urn:minutes:1) and prints 'FILE: valid' for each valid one.\n"
          "\n"
          "Options:\n"
          "  -q, --quiet                  print nothing for valid files\n"
          "      --diagnostics=gnu|github how errors are shown (see 'minutes convert --help')\n"
          "      --plugin-dir DIR         accepted for symmetry; validate loads no plugin\n"
          "  -h, --help                   show this help\n"
          "\n"
          "Exit status: 0 all valid, 64 usage, 65 invalid, 66 cannot open a file.\n",
          fp);
}

void mn_help_plugins(FILE *fp)
{
    fputs("usage: minutes plugins [--write-cache DIR]\n"
          "\n"
          "Lists every plugin found: name, version, r (reads) and w (writes),\n"
          "description, extensions, options and the module's path; and any module\n"
          "refused (wrong ABI, duplicate name, missing symbol).  Plugins are searched in\n"
          "--plugin-dir directories, then MINUTES_PLUGIN_PATH, then the build tree or the\n"
          "install prefix.\n"
          "\n"
          "With --write-cache, writes DIR/plugins.cache instead: what probing needs to\n"
          "know of each module in DIR without loading it.  Run it after adding, removing\n"
          "or rebuilding a module (an entry whose module changed is ignored).\n",
          fp);
}

void mn_print_version(FILE *fp)
{
    fprintf(fp,
            "minutes %s\n"
            "Copyright (C) 2026 The minutes authors.\n"
            "License MIT: <https://opensource.org/license/mit>.\n"
            "This is free software: you are free to change and redistribute it.\n"
            "There is NO WARRANTY, to the extent permitted by law.\n"
            "\n"
            "Report bugs to: <%s>\n",
            mn_version(), MN_BUG_ADDRESS);
}

/* `minutes help warnings`: every name -W takes. */
static void mn_help_warnings(FILE *fp)
{
    fputs("Warnings are shown with their name, as [-WNAME]; 'minutes convert -W no-NAME'\n"
          "silences them (and --strict then does not count them).  The names:\n\n",
          fp);
    for (const mn_warning_kind *k = mn_warning_kinds(); k->name; k++)
        mn_help_row(fp, k->name, k->description);
}

static const char *const mn_topics[] = {"convert", "validate", "plugins", "warnings", "help", NULL};

int mn_cmd_help(mn_cli *cli, int argc, char **argv)
{
    const char *topic = argc > 0 ? argv[0] : NULL;
    if (argc > 1) {
        mn_cli_error("help takes one topic (try 'minutes help')");
        return MN_EX_USAGE;
    }
    if (!topic || strcmp(topic, "help") == 0)
        mn_help_main(stdout);
    else if (strcmp(topic, "convert") == 0)
        mn_help_convert(cli, stdout);
    else if (strcmp(topic, "validate") == 0)
        mn_help_validate(stdout);
    else if (strcmp(topic, "plugins") == 0)
        mn_help_plugins(stdout);
    else if (strcmp(topic, "warnings") == 0)
        mn_help_warnings(stdout);
    else {
        mn_suggest s;
        mn_suggest_init(&s, topic);
        for (const char *const *t = mn_topics; *t; t++)
            mn_suggest_consider(&s, *t, strlen(*t));
        mn_cli_error("no help on '%s'%s (topics: convert, validate, plugins, warnings)", topic,
                     mn_suggest_text(&s, NULL));
        mn_suggest_free(&s);
        return MN_EX_USAGE;
    }
    return 0;
}
