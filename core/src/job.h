/* SPDX-License-Identifier: MIT */
/* job.h — the job's internals, shared by pipeline.c, output.c and the CLI
 * helpers inside the library. */
#ifndef MN_JOB_H
#define MN_JOB_H

#include <stdio.h>
#include <libxml/tree.h>
#include "minutes/plugin.h"

struct mn_input {
    const unsigned char *data;
    size_t size;
    const char *name;
};

struct mn_output {
    mn_job *job;
    FILE *fp;
    int failed;
};

struct mn_doc {
    xmlDocPtr xml;
};

typedef struct mn_kv {
    char *name;
    char *value;
} mn_kv;

struct mn_job {
    mn_context *ctx;
    char *input_path; /* as given; "-" for stdin */
    char *input_name; /* for diagnostics */
    mn_kv *options;
    size_t n_options;
    mn_kv *metadata;     /* mn_job_set_metadata, in order */
    size_t n_metadata;
    char **silenced;     /* warning names not to record (warnings.c) */
    size_t n_silenced;
    mn_diag *diags;
    size_t n_diags;
    int status;
    unsigned char *data; /* the whole input */
    int data_given;      /* set by mn_job_set_input: do not read the file */
    size_t size;
    mn_doc doc;          /* doc.xml is NULL until read */
    void *state;         /* the running plugin's per-job state */
};

/* Whether warnings named NAME are silenced; frees the list (warnings.c). */
int mn_job_silenced(const mn_job *job, const char *name);
void mn_job_silence_free(mn_job *job);

/* Frees what mn_job_set_metadata kept (metadata.c). */
void mn_metadata_free(mn_job *job);
/* Hands the job's metadata to the builder after the reader (metadata.c). */
int mn_metadata_apply(mn_job *job, mn_builder *b);

/* Calls FN with the plugin's zeroed state installed, freeing it after. */
int mn_job_with_state(mn_job *job, const mn_plugin *p, int (*fn)(mn_job *, const mn_plugin *, void *),
                      void *arg);

#endif
