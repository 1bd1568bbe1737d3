/* SPDX-License-Identifier: MIT */
/* optlists.h — the growing lists of convert's options (optlists.c). */
#ifndef MN_OPTLISTS_H
#define MN_OPTLISTS_H

#include "convert.h"

/* Appends a copy of S to the array *V of *N strings.  Returns 0 or -1. */
int mn_opts_push(char ***v, size_t *n, const char *s);
/* An option passed to every job: NAME (its first LEN bytes, copied) = VALUE
 * (borrowed from argv).  Returns 0 or -1. */
int mn_opts_add_kv(mn_convert_opts *o, const char *name, size_t len, const char *value);

#endif
