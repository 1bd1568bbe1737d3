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
    const mn_plugin *reader; /* mn_job_set_reader's, borrowed; NULL: "from" or probing */
    const mn_plugin *running; /* the plugin whose callback runs: its qualified options win */
    int verbose;         /* mn_job_set_verbose: the analysis accounts for its values */
};

/* Whether warnings named NAME are silenced; frees the list (warnings.c). */
int mn_job_silenced(const mn_job *job, const char *name);
void mn_job_silence_free(mn_job *job);

/* Frees what mn_job_set_metadata kept (metadata.c). */
void mn_metadata_free(mn_job *job);
/* Whether the job's I-th metadata value adds to the values given before
 * for its key (a repeatable key given again) rather than replacing the
 * document's or the last one (metadata.c). */
int mn_metadata_adds(const mn_job *job, size_t i);

/* Where the job's diagnostics and status stood before a plugin's call. */
typedef struct mn_job_mark {
    size_t diags;
    int status;
} mn_job_mark;

mn_job_mark mn_job_mark_now(const mn_job *job);

/* The one error rule for a plugin's callbacks (plugin.h, "Errors"): the
 * status of a call to P (ROLE "reader" or "writer") that returned RC, MARK
 * taken just before it.  An error the call recorded but did not return
 * fails it all the same; a failure that recorded no error gets a message
 * naming the plugin. */
int mn_job_callback_status(mn_job *job, mn_job_mark mark, int rc, const mn_plugin *p,
                           const char *role);

#endif
