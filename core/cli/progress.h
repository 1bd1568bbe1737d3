/* SPDX-License-Identifier: MIT */
/* progress.h — a progress bar on stderr, only when it is a terminal. */
#ifndef MN_PROGRESS_H
#define MN_PROGRESS_H

#include <stddef.h>

typedef struct mn_progress {
    size_t total, done;
    int on;
} mn_progress;

void mn_progress_start(mn_progress *p, size_t total, int quiet);
void mn_progress_step(mn_progress *p, const char *name);
void mn_progress_end(mn_progress *p);
/* Clears the bar's line so that other output can be printed. */
void mn_progress_clear(mn_progress *p);

#endif
