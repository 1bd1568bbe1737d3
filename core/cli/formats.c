/* SPDX-License-Identifier: MIT */
/* formats.c — which output formats a conversion writes: -t's list (in any
 * case), or without -t the one whose extension -o has; a name no plugin has
 * is refused with the nearest one suggested. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "formats.h"
#include "optlists.h"

/* Format names are case-insensitive: -t PDF is -t pdf. */
int mn_add_formats(mn_convert_opts *o, const char *list)
{
    char *copy = strdup(list), *save = NULL;
    int rc = copy ? 0 : -1;
    for (char *p = copy; p && *p; p++)
        *p = (char)tolower((unsigned char)*p);
    for (char *f = copy ? strtok_r(copy, ",", &save) : NULL; f && rc == 0; f = strtok_r(NULL, ",", &save))
        rc = mn_opts_push(&o->formats, &o->n_formats, f);
    free(copy);
    return rc;
}

/* "no output plugin named 'pfd'; did you mean 'pdf'?" */
void mn_unknown_format(mn_cli *cli, const char *format, unsigned caps)
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
int mn_infer_format(mn_cli *cli, mn_convert_opts *o)
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
