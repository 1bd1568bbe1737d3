/* SPDX-License-Identifier: MIT */
/* input.c — reads a whole input into memory, with a size limit, so readers
 * (libzip among them) work on one buffer and probes see its first bytes. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "input.h"
#include "job.h"

/* Default limit; --max-input-size overrides. */
#define MN_DEFAULT_MAX_INPUT ((size_t)256 << 20)

size_t mn_parse_size(const char *s)
{
    if (!s || !*s)
        return 0;
    char *end = NULL;
    errno = 0;
    if (*s < '0' || *s > '9') /* strtoull would take "-1" as a huge size */
        return 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s)
        return 0;
    unsigned shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
    }
    if (*end || v > (SIZE_MAX >> shift)) /* trailing junk, or wraps around */
        return 0;
    return (size_t)v << shift;
}

static size_t mn_max_input(const mn_job *job)
{
    size_t v = mn_parse_size(mn_job_option(job, "max-input-size"));
    return v ? v : MN_DEFAULT_MAX_INPUT;
}

int mn_input_load(mn_job *job)
{
    int is_stdin = strcmp(job->input_path, "-") == 0;
    FILE *fp = is_stdin ? stdin : fopen(job->input_path, "rb");
    if (!fp)
        return mn_job_error(job, MN_EX_NOINPUT, 0, "cannot open: %s", strerror(errno));
    size_t max = mn_max_input(job), cap = 64 * 1024, len = 0;
    /* A regular file says its size: refuse it before reading any of it. */
    struct stat st;
    if (!is_stdin && fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
        fclose(fp);
        return mn_job_error(job, MN_EX_DATAERR, 0, "input larger than the limit of %zu bytes (--max-input-size)", max);
    }
    unsigned char *buf = malloc(cap + 1);
    int rc = 0;
    while (buf) {
        if (len == cap) {
            size_t ncap = cap * 2;
            unsigned char *grown = realloc(buf, ncap + 1);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
            cap = ncap;
        }
        size_t want = cap - len;
        if (len + want > max + 1)
            want = max + 1 - len;
        size_t got = fread(buf + len, 1, want, fp);
        len += got;
        if (len > max) {
            rc = mn_job_error(job, MN_EX_DATAERR, 0, "input larger than the limit of %zu bytes (--max-input-size)", max);
            break;
        }
        if (got < want) {
            if (ferror(fp))
                rc = mn_job_error(job, MN_EX_NOINPUT, 0, "read error: %s", strerror(errno));
            break;
        }
    }
    if (!is_stdin)
        fclose(fp);
    if (!buf)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    if (rc) {
        free(buf);
        return rc;
    }
    buf[len] = '\0'; /* readers may treat the input as a string */
    job->data = buf;
    job->size = len;
    return 0;
}

const unsigned char *mn_input_data(const mn_input *in, size_t *size)
{
    if (size)
        *size = in->size;
    return in->data;
}

const char *mn_input_name(const mn_input *in)
{
    return in->name;
}
