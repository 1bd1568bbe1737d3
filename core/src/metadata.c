/* SPDX-License-Identifier: MIT */
/* metadata.c — properties of the minutes set from outside the document
 * (`minutes convert -M title=...`, as pandoc's --metadata): the builder's
 * property keys, handed to the builder after the reader so that they win
 * over what the document says (pipeline.c: this file knows no builder). */
#include <stdlib.h>
#include <string.h>

#include "job.h"

/* plugin.h's mn_builder_property keys; the repeatable ones add a value. */
static const char *const mn_keys[] = {"title", "subtitle", "date", "time", "timezone", "location",
                                      "chair", "scribe", "participant", "regrets", "creator",
                                      "created", "url", "lang", NULL};

const char *const *mn_metadata_keys(void)
{
    return mn_keys;
}

static int mn_repeatable(const char *key)
{
    return strcmp(key, "participant") == 0 || strcmp(key, "regrets") == 0;
}

int mn_job_set_metadata(mn_job *job, const char *key, const char *value)
{
    int known = 0;
    for (const char *const *k = mn_keys; *k && !known; k++)
        known = strcmp(*k, key) == 0;
    if (!known || !value)
        return MN_EX_USAGE;
    mn_kv *grown = realloc(job->metadata, (job->n_metadata + 1) * sizeof *grown);
    if (!grown)
        return MN_EX_SOFTWARE;
    job->metadata = grown;
    char *k = strdup(key), *v = strdup(value);
    if (!k || !v) {
        free(k);
        free(v);
        return MN_EX_SOFTWARE;
    }
    job->metadata[job->n_metadata++] = (mn_kv){k, v};
    return 0;
}

void mn_metadata_free(mn_job *job)
{
    for (size_t i = 0; i < job->n_metadata; i++) {
        free(job->metadata[i].name);
        free(job->metadata[i].value);
    }
    free(job->metadata);
    job->metadata = NULL;
    job->n_metadata = 0;
}

static int mn_given_before(const mn_job *job, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (strcmp(job->metadata[j].name, job->metadata[i].name) == 0)
            return 1;
    return 0;
}

/* The first value given for a key replaces the document's; a repeatable
 * key given again adds (two -M participant=... are two participants), any
 * other key given again replaces (the last title wins). */
int mn_metadata_adds(const mn_job *job, size_t i)
{
    return mn_repeatable(job->metadata[i].name) && mn_given_before(job, i);
}
