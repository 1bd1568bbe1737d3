/* SPDX-License-Identifier: MIT */
/* convert.h — the convert command's options, plan and per-input work. */
#ifndef MN_CONVERT_H
#define MN_CONVERT_H

#include "cli.h"
#include "result.h"

typedef struct mn_opt_kv {
    char *name;        /* owned */
    const char *value; /* borrowed from argv (or a literal) */
} mn_opt_kv;

typedef struct mn_convert_opts {
    char **formats;     /* owned, from -t */
    size_t n_formats;
    /* The conversion plan: each plugin looked up once, when the arguments
     * are read, and handed to the library from then on. */
    const mn_plugin **writers; /* owned array of borrowed plugins: formats[i]'s */
    char **exts;        /* owned: formats[i]'s output extension (its writer's first) */
    const mn_plugin *reader; /* -f's, borrowed; NULL: each input is probed */
    const char *output; /* -o */
    const char *report;
    const char *lexicon; /* --lexicon DIR */
    int jobs;
    int recursive;
    unsigned shard_index, shard_count; /* 1-based; 0/0 when not sharded */
    double time_limit;  /* seconds of CPU per input, 0 = none */
    size_t memory_limit; /* bytes of address space per input, 0 = none */
    int many;           /* several inputs asked for (a directory, a glob, a list) */
    char **inputs;      /* owned: as given, then as expanded */
    char **names;       /* owned, for inputs[i] once expanded: its path below the
                         * directory it was found in (2025/call.md), its base
                         * name when given itself; names outputs and shards */
    size_t n_inputs;
    mn_opt_kv *kv;      /* options passed to every job */
    size_t n_kv;
    mn_opt_kv *metadata; /* -M KEY=VALUE, in order */
    size_t n_metadata;
    char **silenced;     /* -W no-NAME: warning names not to show */
    size_t n_silenced;
    int help;           /* --help was shown: nothing else to do */
    const char *unknown_extension; /* of -o, when no -t and no writer has it */
    char *index_dir;    /* owned: --index keeps each document here (index.c) */
    char **outputs;     /* owned: input i's output in formats[f] at i * n_formats + f,
                         * computed once for the plan (mn_plan_outputs) */
    size_t n_outputs;
} mn_convert_opts;

/* Parses convert's arguments; returns 0 or MN_EX_USAGE (message printed).
 * With -h/--help it prints the help and sets o->help. */
int mn_convert_parse(mn_cli *cli, mn_convert_opts *o, int argc, char **argv);
void mn_convert_opts_free(mn_convert_opts *o);

/* Converts one input into every asked-for format, recording what happened
 * in r (nothing is printed).  Returns the input's status (convert_one.c;
 * called by batch.c and workers.c, and calls neither). */
int mn_convert_one(mn_cli *cli, const mn_convert_opts *o, size_t index, mn_result *r);

/* ---- where outputs go (outputs.c) ---- */

/* Whether PATH is a directory. */
int mn_is_dir(const char *path);
/* Makes DIR and its missing parents; 0, or -1 with errno set. */
int mn_make_dir(const char *dir);
/* Whether plugin P lists EXT (lower case, no dot) among its extensions. */
int mn_plugin_has_extension(const mn_plugin *p, const char *ext);
/* Whether P's output is binary (by its first media type: text/..., XML and
 * JSON are text): such output is not written to a terminal unasked. */
int mn_writes_binary(const mn_plugin *p);

/* Whether -o names a directory for this plan. */
int mn_output_is_dir(const mn_convert_opts *o);
/* Computes every input's output paths into o->outputs, once the inputs are
 * expanded and sharded.  Returns 0 or MN_EX_SOFTWARE (no memory). */
int mn_plan_outputs(mn_convert_opts *o);
/* The path input INDEX's output in formats[F] goes to: "-" for stdout.  In
 * an output directory it keeps the input's place below the directory it
 * was found in: in/2025/call.md gives out/2025/call.xml.  Borrowed from the
 * plan (mn_plan_outputs), which the guard, the batch's claims and the
 * writing all read, so they cannot disagree. */
const char *mn_output_path(const mn_convert_opts *o, size_t index, size_t f);
/* What input INDEX's outputs are named in an output directory, without the
 * extension: 2025/call for in/2025/call.md (free with free()). */
char *mn_output_stem(const mn_convert_opts *o, size_t index);

/* Replaces o->inputs by the files they name: directories (recursively with
 * -r) give their files whose extensions a reader claims, in name order; a
 * pattern that names no file is expanded as a glob.  Returns a status. */
int mn_expand_inputs(mn_cli *cli, mn_convert_opts *o);
/* Keeps only shard I of N (by a hash of each input's name below its
 * directory, so that adding a file moves no other file to another shard, and
 * in, ./in and /abs/in shard alike). */
void mn_shard_inputs(mn_convert_opts *o);

/* Every input file of the command by device and inode (guard.c), so that
 * no output is written over one, whatever name reaches it. */
typedef struct mn_input_ids mn_input_ids;
/* Stats the inputs ("-": standard input); NULL on no memory.  Free with
 * mn_input_ids_free(); it borrows the names in o->inputs. */
mn_input_ids *mn_input_ids_new(const mn_convert_opts *o);
void mn_input_ids_free(mn_input_ids *ids);
/* The input that PATH, or standard output, is (a borrowed name), or NULL. */
const char *mn_input_at(const mn_input_ids *ids, const char *path);
const char *mn_input_on_stdout(const mn_input_ids *ids);
/* When one of input INDEX's outputs is an input: records the refusal in r
 * and returns MN_EX_CANTCREAT; else 0. */
int mn_refuse_over_inputs(const mn_convert_opts *o, const mn_input_ids *ids, size_t index,
                          mn_result *r);

/* Runs every input (in child processes with -j, limits or several inputs),
 * except those whose outputs would land on an input (IDS) or on another's
 * output; prints diagnostics; fills results[i] for inputs[i].  Returns the
 * worst status. */
int mn_run_batch(mn_cli *cli, const mn_convert_opts *o, const mn_input_ids *ids, mn_result *results);

/* --index (index.c): checks the plan and makes the directory where each
 * converted document is kept (o->index_dir; nothing when --index is not
 * given); keeps JOB's document (the worker's part); writes index.html and
 * calendar.ics from what was kept; removes the directory.  Return a
 * status. */
int mn_index_plan(mn_cli *cli, mn_convert_opts *o);
void mn_index_keep(const mn_convert_opts *o, mn_job *job, const char *input);
int mn_index_write(mn_cli *cli, const mn_convert_opts *o, const mn_result *results);
void mn_index_cleanup(mn_convert_opts *o);

/* Writes the JSON report atomically.  Returns a status. */
int mn_write_report(const char *path, const mn_convert_opts *o, const mn_result *results, int worst);

#endif
