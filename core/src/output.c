/* SPDX-License-Identifier: MIT */
/* output.c — writing a document through an output plugin, atomically: the
 * plugin writes into a file that takes the target's place only when
 * everything succeeded (atomic.c), so a failed or interrupted conversion
 * never leaves a half-written file or damages an earlier output. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "job.h"
#include "loader.h"

int mn_output_write(mn_output *out, const void *data, size_t size)
{
    if (out->failed)
        return MN_EX_IOERR;
    if (size && fwrite(data, 1, size, out->fp) != size) {
        out->failed = 1;
        return mn_job_error(out->job, MN_EX_IOERR, 0, "write error: %s", strerror(errno));
    }
    return 0;
}

int mn_output_printf(mn_output *out, const char *fmt, ...)
{
    char *s = NULL;
    va_list ap;
    va_start(ap, fmt);
    int n = vasprintf(&s, fmt, ap);
    va_end(ap);
    if (n < 0)
        return mn_job_error(out->job, MN_EX_SOFTWARE, 0, "out of memory");
    int rc = mn_output_write(out, s, (size_t)n);
    free(s);
    return rc;
}

/* Whether PATH names the job's input file (same device and inode). */
static int mn_is_input(const mn_job *job, const char *path)
{
    struct stat a, b;
    if (strcmp(job->input_path, "-") == 0)
        return 0;
    return stat(job->input_path, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

/* One document (docs NULL: the job's own), or a collection of N. */
typedef struct mn_write_call {
    mn_output *out;
    const mn_doc *const *docs;
    const char *const *stems;
    size_t n;
} mn_write_call;

/* The writer's call, under the one error rule (job.h); a write error the
 * writer did not notice fails it too (mn_output_write recorded it). */
static int mn_call_write(mn_job *job, const mn_plugin *p, const mn_write_call *call)
{
    mn_job_mark mark = mn_job_mark_now(job);
    job->running = p;
    int rc = call->docs ? p->write_collection(job, call->docs, call->stems, call->n, call->out)
                        : p->write(job, &job->doc, call->out);
    job->running = NULL;
    if (rc == 0 && call->out->failed)
        rc = MN_EX_IOERR;
    return mn_job_callback_status(job, mark, rc, p, "writer");
}

static int mn_write_fp(mn_job *job, const mn_plugin *p, FILE *fp, const char *what)
{
    mn_output out = {.job = job, .fp = fp};
    mn_write_call call = {&out, NULL, NULL, 0};
    int rc = mn_call_write(job, p, &call);
    if (fflush(fp) != 0 && rc == 0)
        rc = mn_job_error(job, MN_EX_IOERR, 0, "write error on %s: %s", what, strerror(errno));
    return rc;
}

/* A device or a pipe (/dev/null, a FIFO) is written in place: renaming a
 * temporary file over it would replace the device node. */
static int mn_write_special(mn_job *job, const mn_plugin *p, const char *path)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return mn_job_error(job, MN_EX_CANTCREAT, 0, "%s: cannot open: %s", path, strerror(errno));
    int rc = mn_write_fp(job, p, fp, path);
    if (fclose(fp) != 0 && rc == 0)
        rc = mn_job_error(job, MN_EX_IOERR, 0, "%s: write error: %s", path, strerror(errno));
    return rc;
}

/* Through a file that takes PATH's place only when complete (atomic.c). */
static int mn_write_file(mn_job *job, const mn_plugin *p, const char *path,
                         const mn_doc *const *docs, const char *const *stems, size_t n)
{
    mn_atomic_file *f = mn_atomic_open(path);
    if (!f)
        return mn_job_error(job, MN_EX_CANTCREAT, 0, "%s: cannot create: %s", path, strerror(errno));
    mn_output out = {.job = job, .fp = mn_atomic_stream(f)};
    mn_write_call call = {&out, docs, stems, n};
    int rc = mn_call_write(job, p, &call);
    if (rc) {
        mn_atomic_discard(f);
        return rc;
    }
    const char *step = NULL;
    if ((rc = mn_atomic_commit(f, &step)) != 0)
        mn_job_error(job, rc, 0, "%s: %s: %s", path, step, strerror(errno));
    return rc;
}

static const mn_plugin *mn_writer(mn_job *job, const char *format)
{
    if (!job->doc.xml) {
        mn_job_error(job, MN_EX_SOFTWARE, 0, "nothing to write: the input was not read");
        return NULL;
    }
    const mn_plugin *p = job->ctx ? mn_context_find(job->ctx, format, MN_CAN_WRITE) : NULL;
    if (!p)
        mn_job_error(job, MN_EX_USAGE, 0, "no output plugin named '%s' (see 'minutes plugins')", format);
    return p;
}

int mn_job_write_stream(mn_job *job, const char *format, FILE *fp)
{
    const mn_plugin *p = mn_writer(job, format);
    return p ? mn_write_fp(job, p, fp, "the output stream") : job->status;
}

int mn_job_write(mn_job *job, const char *format, const char *path)
{
    const mn_plugin *p = mn_writer(job, format);
    return p ? mn_job_write_with(job, p, path) : job->status;
}

int mn_job_write_with(mn_job *job, const mn_plugin *p, const char *path)
{
    if (!p || !(p->caps & MN_CAN_WRITE))
        return mn_job_error(job, MN_EX_USAGE, 0, "no output plugin given");
    if (!job->doc.xml)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "nothing to write: the input was not read");
    if (!path || strcmp(path, "-") == 0)
        return mn_write_fp(job, p, stdout, "standard output");
    if (mn_is_input(job, path))
        return mn_job_error(job, MN_EX_CANTCREAT, 0, "%s: refusing to write over the input", path);
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return mn_write_special(job, p, path);
    return mn_write_file(job, p, path, NULL, NULL, 0);
}

int mn_job_write_collection(mn_job *job, const char *format, mn_job *const *jobs,
                            const char *const *stems, size_t n, const char *path)
{
    const mn_plugin *p = job->ctx ? mn_context_find(job->ctx, format, MN_CAN_WRITE) : NULL;
    if (!p)
        return mn_job_error(job, MN_EX_USAGE, 0, "no output plugin named '%s' (see 'minutes plugins')", format);
    if (!MN_PLUGIN_HAS(p, write_collection) || !p->write_collection)
        return mn_job_error(job, MN_EX_USAGE, 0, "the %s writer cannot write several documents into one file", format);
    const mn_doc **docs = calloc(n ? n : 1, sizeof *docs);
    const char **kept = calloc(n ? n : 1, sizeof *kept);
    if (!docs || !kept) {
        free(docs);
        free(kept);
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (jobs[i]->doc.xml) {
            kept[k] = stems ? stems[i] : NULL;
            docs[k++] = &jobs[i]->doc;
        }
    int rc = mn_write_file(job, p, path, docs, kept, k);
    free(docs);
    free(kept);
    return rc;
}
