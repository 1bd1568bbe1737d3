/* SPDX-License-Identifier: MIT */
/* values.h — the checks of the values convert's own options take (values.c). */
#ifndef MN_VALUES_H
#define MN_VALUES_H

#include "convert.h"
#include "options.h"

/* Applies core option OP (typed as LABEL) with value V; -1 with a message
 * when V is not a value it takes. */
int mn_apply_valued(mn_cli *cli, mn_convert_opts *o, const mn_cli_option *op, const char *label,
                    const char *v);

#endif
