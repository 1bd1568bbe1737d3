/* SPDX-License-Identifier: MIT */
/* optlists.c — the growing lists of convert's options (inputs, formats,
 * silenced warnings, options passed to every job), shared by the reading
 * of the arguments (args.c) and the checks of their values (values.c,
 * formats.c), which depend on this file and not on each other's. */
#include <stdlib.h>
#include <string.h>

#include "optlists.h"

int mn_opts_push(char ***v, size_t *n, const char *s)
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

int mn_opts_add_kv(mn_convert_opts *o, const char *name, size_t len, const char *value)
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
