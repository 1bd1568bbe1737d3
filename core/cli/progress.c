/* SPDX-License-Identifier: MIT */
/* progress.c — "[#####.....] 12/40 name" redrawn in place on a terminal;
 * silent in CI (stderr not a terminal) and with -q. */
#include "progress.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MN_BAR 30

void mn_progress_start(mn_progress *p, size_t total, int quiet)
{
    p->total = total;
    p->done = 0;
    p->on = !quiet && total > 1 && isatty(STDERR_FILENO);
}

void mn_progress_step(mn_progress *p, const char *name)
{
    p->done++;
    if (!p->on)
        return;
    size_t fill = p->total ? p->done * MN_BAR / p->total : MN_BAR;
    char bar[MN_BAR + 1];
    memset(bar, '#', fill);
    memset(bar + fill, '.', MN_BAR - fill);
    bar[MN_BAR] = '\0';
    const char *base = strrchr(name, '/');
    fprintf(stderr, "\r\033[K[%s] %zu/%zu %.40s", bar, p->done, p->total, base ? base + 1 : name);
    fflush(stderr);
}

void mn_progress_clear(mn_progress *p)
{
    if (p->on)
        fputs("\r\033[K", stderr);
}

void mn_progress_end(mn_progress *p)
{
    mn_progress_clear(p);
}
