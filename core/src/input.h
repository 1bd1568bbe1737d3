/* input.h — loading a job's input. */
#ifndef MN_INPUT_H
#define MN_INPUT_H

#include "minutes/minutes.h"

/* Reads the job's input into job->data (NUL-terminated).  Returns a status. */
int mn_input_load(mn_job *job);

/* "10M", "512k", "1000" → bytes; 0 when malformed. */
size_t mn_parse_size(const char *s);

#endif
