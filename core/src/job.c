/* SPDX-License-Identifier: MIT */
/* job.c — a job's options and diagnostics.  Messages are kept on the job;
 * nothing here prints. */
#include "job.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

mn_job *mn_job_new(mn_context *ctx, const char *input_path)
{
    mn_job *job = calloc(1, sizeof *job);
    if (!job)
        return NULL;
    job->ctx = ctx;
    const char *path = input_path ? input_path : "-";
    job->input_path = strdup(path);
    job->input_name = strdup(strcmp(path, "-") == 0 ? "<stdin>" : path);
    if (!job->input_path || !job->input_name) {
        mn_job_free(job);
        return NULL;
    }
    return job;
}

void mn_job_free(mn_job *job)
{
    if (!job)
        return;
    for (size_t i = 0; i < job->n_options; i++) {
        free(job->options[i].name);
        free(job->options[i].value);
    }
    free(job->options);
    mn_metadata_free(job);
    mn_job_silence_free(job);
    for (size_t i = 0; i < job->n_diags; i++) {
        free((char *)job->diags[i].message);
        free((char *)job->diags[i].name);
    }
    free(job->diags);
    if (job->doc.xml)
        xmlFreeDoc(job->doc.xml);
    free(job->data);
    free(job->input_path);
    free(job->input_name);
    free(job);
}

int mn_job_set_option(mn_job *job, const char *name, const char *value)
{
    char *v = strdup(value ? value : "1");
    if (!v)
        return MN_EX_SOFTWARE;
    for (size_t i = 0; i < job->n_options; i++) {
        if (strcmp(job->options[i].name, name) == 0) {
            free(job->options[i].value);
            job->options[i].value = v;
            return 0;
        }
    }
    mn_kv *grown = realloc(job->options, (job->n_options + 1) * sizeof *grown);
    char *n = strdup(name);
    if (!grown || !n) {
        free(v);
        free(n);
        if (grown)
            job->options = grown;
        return MN_EX_SOFTWARE;
    }
    job->options = grown;
    job->options[job->n_options++] = (mn_kv){n, v};
    return 0;
}

/* Whether KEY is "PLUGIN-NAME": NAME qualified by the plugin's name. */
static int mn_is_qualified(const char *key, const char *plugin, const char *name)
{
    size_t n = strlen(plugin);
    return strncmp(key, plugin, n) == 0 && key[n] == '-' && strcmp(key + n + 1, name) == 0;
}

const char *mn_job_option(const mn_job *job, const char *name)
{
    const char *plain = NULL;
    for (size_t i = 0; job && i < job->n_options; i++) {
        const char *key = job->options[i].name;
        if (job->running && mn_is_qualified(key, job->running->name, name))
            return job->options[i].value; /* --pdf-paper, for the pdf plugin */
        if (!plain && strcmp(key, name) == 0)
            plain = job->options[i].value;
    }
    return plain;
}

int mn_job_set_input(mn_job *job, const void *data, size_t size)
{
    unsigned char *copy = malloc(size + 1);
    if (!copy)
        return MN_EX_SOFTWARE;
    if (size)
        memcpy(copy, data, size);
    copy[size] = '\0'; /* readers may treat the input as a string */
    free(job->data);
    job->data = copy;
    job->size = size;
    job->data_given = 1;
    return 0;
}

const char *mn_job_input_name(const mn_job *job)
{
    return job->input_name;
}

static void mn_job_add(mn_job *job, mn_severity sev, int status, const char *name, unsigned line,
                       const char *fmt, va_list ap)
{
    if (sev == MN_WARNING && mn_job_silenced(job, name))
        return;
    char *msg = NULL, *kind = name ? strdup(name) : NULL;
    if (vasprintf(&msg, fmt, ap) < 0)
        msg = NULL;
    mn_diag *grown = realloc(job->diags, (job->n_diags + 1) * sizeof *grown);
    if (!grown || !msg || (name && !kind)) {
        free(msg);
        free(kind);
        if (grown)
            job->diags = grown;
        return; /* out of memory: the status below still records the failure */
    }
    job->diags = grown;
    job->diags[job->n_diags++] =
        (mn_diag){.severity = sev, .status = status, .file = job->input_name,
                  .line = line, .message = msg, .name = kind};
}

void mn_job_warning(mn_job *job, const char *name, unsigned line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mn_job_add(job, MN_WARNING, 0, name ? name : "other", line, fmt, ap);
    va_end(ap);
}

void mn_job_note(mn_job *job, const char *name, unsigned line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mn_job_add(job, MN_NOTE, 0, name ? name : "other", line, fmt, ap);
    va_end(ap);
}

void mn_job_set_verbose(mn_job *job, int on)
{
    job->verbose = on != 0;
}

int mn_job_verbose(const mn_job *job)
{
    return job->verbose;
}

void mn_job_verbose_note(mn_job *job, const char *name, unsigned line, const char *fmt, ...)
{
    if (!job->verbose)
        return;
    va_list ap;
    va_start(ap, fmt);
    mn_job_add(job, MN_NOTE, 0, name ? name : "other", line, fmt, ap);
    va_end(ap);
}

void mn_job_warn(mn_job *job, unsigned line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mn_job_add(job, MN_WARNING, 0, "other", line, fmt, ap);
    va_end(ap);
}

int mn_job_error(mn_job *job, int status, unsigned line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mn_job_add(job, MN_ERROR, status, NULL, line, fmt, ap);
    va_end(ap);
    if (status > job->status)
        job->status = status;
    return status;
}

size_t mn_job_diag_count(const mn_job *job)
{
    return job->n_diags;
}

const mn_diag *mn_job_diag(const mn_job *job, size_t i)
{
    return i < job->n_diags ? &job->diags[i] : NULL;
}

int mn_job_status(const mn_job *job)
{
    return job->status;
}

const mn_doc *mn_job_doc(const mn_job *job)
{
    return job->doc.xml ? &job->doc : NULL;
}

struct _xmlDoc *mn_doc_xml(const mn_doc *doc)
{
    return doc ? doc->xml : NULL;
}

mn_job_mark mn_job_mark_now(const mn_job *job)
{
    return (mn_job_mark){job->n_diags, job->status};
}

int mn_job_callback_status(mn_job *job, mn_job_mark mark, int rc, const mn_plugin *p,
                           const char *role)
{
    /* An error whose message could not be kept (out of memory) still
     * raised the status. */
    int recorded = job->status > mark.status ? job->status : 0;
    for (size_t i = mark.diags; i < job->n_diags; i++)
        if (job->diags[i].severity == MN_ERROR && job->diags[i].status > recorded)
            recorded = job->diags[i].status;
    if (rc == 0)
        return recorded; /* an error recorded but not returned fails the call too */
    if (!recorded)
        mn_job_error(job, rc, 0, "the %s %s failed", p->name, role);
    return rc;
}

int mn_job_set_reader(mn_job *job, const mn_plugin *p)
{
    if (p && !(p->caps & MN_CAN_READ))
        return mn_job_error(job, MN_EX_USAGE, 0, "the %s plugin cannot read", p->name);
    job->reader = p;
    return 0;
}

const char *mn_version(void)
{
    return MN_VERSION;
}
