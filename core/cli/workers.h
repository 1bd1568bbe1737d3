/* SPDX-License-Identifier: MIT */
/* workers.h — a batch's worker processes (see workers.c). */
#ifndef MN_WORKERS_H
#define MN_WORKERS_H

#include "convert.h"

/* Called in the parent as each input is settled, in completion order. */
typedef void (*mn_done_fn)(const mn_result *r, void *arg);

/* Converts every input i with !skip[i] in up to o->jobs worker processes,
 * filling results[i].  Returns 0, or a status when it could not start. */
int mn_run_workers(mn_cli *cli, const mn_convert_opts *o, const int *skip, mn_result *results,
                   mn_done_fn done, void *arg);

#endif
