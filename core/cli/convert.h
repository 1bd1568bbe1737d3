/* convert.h — the convert command's options and plan. */
#ifndef MN_CONVERT_H
#define MN_CONVERT_H

#include "cli.h"

typedef struct mn_opt_kv {
    char *name;        /* owned */
    const char *value; /* borrowed from argv (or a literal) */
} mn_opt_kv;

typedef struct mn_convert_opts {
    char **formats;     /* owned, from -t */
    size_t n_formats;
    const char *output; /* -o */
    const char *report;
    int jobs;
    int recursive;
    unsigned shard_index, shard_count; /* 1-based; 0/0 when not sharded */
    char **inputs;      /* owned */
    size_t n_inputs;
    mn_opt_kv *kv;      /* options passed to every job */
    size_t n_kv;
} mn_convert_opts;

/* Parses convert's arguments; returns 0 or MN_EX_USAGE (message printed). */
int mn_convert_parse(mn_cli *cli, mn_convert_opts *o, int argc, char **argv);
void mn_convert_opts_free(mn_convert_opts *o);

/* Converts one input into every asked-for format; prints its diagnostics.
 * Returns the input's status. */
int mn_convert_one(mn_cli *cli, const mn_convert_opts *o, const char *input);

/* The path input INPUT's output in FORMAT goes to: "-" for stdout, or a
 * newly allocated path (free with free()); NULL when it cannot be planned. */
char *mn_output_path(mn_cli *cli, const mn_convert_opts *o, const char *input, const char *format);

#endif
