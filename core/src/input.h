/* SPDX-License-Identifier: MIT */
/* input.h — loading a job's input. */
#ifndef MN_INPUT_H
#define MN_INPUT_H

#include "minutes/minutes.h"

/* Reads the job's input into job->data (NUL-terminated).  Returns a status. */
int mn_input_load(mn_job *job);

#endif
