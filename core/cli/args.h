/* SPDX-License-Identifier: MIT */
/* args.h — what convert's argument reading (args.c) shares with the checks
 * of its values (values.c) and of its formats (formats.c). */
#ifndef MN_ARGS_H
#define MN_ARGS_H

#include "convert.h"
#include "options.h"

/* Appends a copy of S to the array *V of *N strings.  Returns 0 or -1. */
int mn_opts_push(char ***v, size_t *n, const char *s);
/* An option passed to every job: NAME (its first LEN bytes, copied) = VALUE
 * (borrowed from argv).  Returns 0 or -1. */
int mn_opts_add_kv(mn_convert_opts *o, const char *name, size_t len, const char *value);

/* Applies core option OP (typed as LABEL) with value V; -1 with a message
 * when V is not a value it takes. */
int mn_apply_valued(mn_cli *cli, mn_convert_opts *o, const mn_cli_option *op, const char *label,
                    const char *v);

/* Appends the comma-separated formats of LIST, lowered. */
int mn_add_formats(mn_convert_opts *o, const char *list);
/* "no output plugin named 'pfd'; did you mean 'pdf'?" (CAPS: which kind). */
void mn_unknown_format(mn_cli *cli, const char *format, unsigned caps);
/* Without -t: the format -o's extension names, else xml (formats.c). */
int mn_infer_format(mn_cli *cli, mn_convert_opts *o);

#endif
