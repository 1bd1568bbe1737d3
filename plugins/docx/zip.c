/* SPDX-License-Identifier: MIT */
/* zip.c — the DOCX container, opened with libzip from memory and read within
 * the limits of DESIGN.md "Rules".  libzip 1.7 reads overlapping-entry bombs
 * and ignores declared sizes (RELIABILITY.md), so the checks are ours: the
 * entry count is read from the end record before libzip parses anything,
 * the compressed sizes must add up to no more than the file, and inflated
 * bytes are counted as they stream. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

#include "docx.h"

struct docx_zip {
    mn_job *job;
    zip_t *za;
    uint64_t inflated; /* all parts read so far */
};

static uint64_t docx_le(const unsigned char *p, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

/* The entry count the end-of-central-directory record declares (Zip64 when
 * it says so), or -1 when there is no such record. */
static int64_t docx_declared_entries(const unsigned char *d, size_t size)
{
    if (size < 22)
        return -1;
    size_t lowest = size > 22 + 65535 ? size - 22 - 65535 : 0;
    for (size_t at = size - 22 + 1; at-- > lowest;) {
        if (memcmp(d + at, "PK\5\6", 4) != 0)
            continue;
        uint64_t n = docx_le(d + at + 10, 2);
        if (n == 0xFFFF && at >= 20 && memcmp(d + at - 20, "PK\6\7", 4) == 0) {
            uint64_t z64 = docx_le(d + at - 20 + 8, 8);
            if (size >= 56 && z64 <= size - 56 && memcmp(d + z64, "PK\6\6", 4) == 0)
                n = docx_le(d + z64 + 32, 8);
        }
        return n > INT64_MAX ? INT64_MAX : (int64_t)n;
    }
    return -1;
}

static int docx_cmp_names(const void *a, const void *b)
{
    return strcasecmp(*(char *const *)a, *(char *const *)b);
}

/* Duplicate names (OPC part names compare without case) are refused: two
 * readers could take different entries for the same part. */
static int docx_check_duplicates(docx_zip *z, zip_int64_t n)
{
    const char **names = calloc((size_t)n + 1, sizeof *names);
    if (!names)
        return mn_job_error(z->job, MN_EX_SOFTWARE, 0, "out of memory");
    for (zip_int64_t i = 0; i < n; i++) {
        names[i] = zip_get_name(z->za, (zip_uint64_t)i, ZIP_FL_ENC_RAW);
        if (!names[i]) {
            free(names);
            return mn_job_error(z->job, MN_EX_DATAERR, 0, "damaged zip: entry %lld has no name",
                                (long long)i);
        }
    }
    qsort(names, (size_t)n, sizeof *names, docx_cmp_names);
    int rc = 0;
    for (zip_int64_t i = 1; i < n && !rc; i++)
        if (strcasecmp(names[i - 1], names[i]) == 0)
            rc = mn_job_error(z->job, MN_EX_DATAERR, 0, "zip has two entries named '%s'", names[i]);
    free(names);
    return rc;
}

static int docx_check_entry(docx_zip *z, zip_int64_t i, uint64_t *compressed)
{
    zip_stat_t st;
    if (zip_stat_index(z->za, (zip_uint64_t)i, ZIP_FL_ENC_RAW, &st) != 0)
        return mn_job_error(z->job, MN_EX_DATAERR, 0, "damaged zip: %s",
                            zip_strerror(z->za));
    const char *name = (st.valid & ZIP_STAT_NAME) ? st.name : "?";
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return mn_job_error(z->job, MN_EX_DATAERR, 0,
                            "encrypted document: zip entry '%s' is encrypted", name);
    if (!(st.valid & ZIP_STAT_COMP_METHOD) ||
        (st.comp_method != ZIP_CM_STORE && st.comp_method != ZIP_CM_DEFLATE))
        return mn_job_error(z->job, MN_EX_DATAERR, 0,
                            "zip entry '%s' uses a compression method other than stored or deflate",
                            name);
    if (!(st.valid & ZIP_STAT_COMP_SIZE) || !(st.valid & ZIP_STAT_SIZE))
        return mn_job_error(z->job, MN_EX_DATAERR, 0, "zip entry '%s' has no sizes", name);
    *compressed += st.comp_size;
    return 0;
}

static int docx_check_entries(docx_zip *z, size_t file_size)
{
    zip_int64_t n = zip_get_num_entries(z->za, 0);
    if (n < 0 || n > DOCX_MAX_ENTRIES)
        return mn_job_error(z->job, MN_EX_DATAERR, 0, "zip has %lld entries (at most %d allowed)",
                            (long long)n, DOCX_MAX_ENTRIES);
    uint64_t compressed = 0;
    for (zip_int64_t i = 0; i < n; i++) {
        int rc = docx_check_entry(z, i, &compressed);
        if (rc)
            return rc;
        if (compressed > file_size)
            return mn_job_error(z->job, MN_EX_DATAERR, 0,
                                "zip entries overlap or claim more data than the file holds");
    }
    return docx_check_duplicates(z, n);
}

docx_zip *docx_zip_open(mn_job *job, const unsigned char *data, size_t size)
{
    if (size == 0) {
        mn_job_error(job, MN_EX_DATAERR, 0, "empty file, not a DOCX document");
        return NULL;
    }
    int64_t declared = docx_declared_entries(data, size);
    if (declared < 0 || size < 4 || memcmp(data, "PK", 2) != 0) {
        mn_job_error(job, MN_EX_DATAERR, 0, "not a DOCX document: not a zip archive, or truncated");
        return NULL;
    }
    if (declared > DOCX_MAX_ENTRIES) {
        mn_job_error(job, MN_EX_DATAERR, 0, "zip declares %lld entries (at most %d allowed)",
                     (long long)declared, DOCX_MAX_ENTRIES);
        return NULL;
    }
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(data, size, 0, &err);
    /* No ZIP_CHECKCONS: it refuses real files with gaps between entries
     * (pandoc's alternate_document_path.docx) and misses the bombs the
     * checks below catch. */
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
    if (!za) {
        mn_job_error(job, MN_EX_DATAERR, 0, "not a readable DOCX document: %s",
                     zip_error_strerror(&err));
        zip_error_fini(&err);
        if (src)
            zip_source_free(src);
        return NULL;
    }
    zip_error_fini(&err);
    docx_zip *z = calloc(1, sizeof *z);
    if (!z) {
        zip_discard(za);
        mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
        return NULL;
    }
    z->job = job;
    z->za = za;
    if (docx_check_entries(z, size) != 0) {
        docx_zip_close(z);
        return NULL;
    }
    return z;
}

void docx_zip_close(docx_zip *z)
{
    if (!z)
        return;
    zip_discard(z->za);
    free(z);
}

struct docx_zfile {
    docx_zip *z;
    zip_file_t *f;
    zip_stat_t st;
    char *name;
    uint64_t got;  /* inflated so far */
    int again;     /* read whole before: not counted toward the total twice */
    int done;      /* the end was reached and checked */
    int status;    /* the error that stopped reading, or 0 */
};

/* Checks the bytes inflated so far against the limits.  Declared sizes are
 * not trusted: a part that grows past what it declared is refused too. */
static int docx_check_growth(const docx_zfile *p)
{
    docx_zip *z = p->z;
    const char *name = p->name;
    uint64_t got = p->got;
    if (got > p->st.size)
        return mn_job_error(z->job, MN_EX_DATAERR, 0,
                            "zip entry '%s' inflates to more than its declared size", name);
    if (got > DOCX_MAX_PART)
        return mn_job_error(z->job, MN_EX_DATAERR, 0, "zip entry '%s' is larger than 128 MiB", name);
    if (!p->again && z->inflated + got > DOCX_MAX_TOTAL)
        return mn_job_error(z->job, MN_EX_DATAERR, 0,
                            "the document inflates to more than 512 MiB");
    if (got > DOCX_RATIO_FLOOR && got / DOCX_MAX_RATIO > p->st.comp_size)
        return mn_job_error(z->job, MN_EX_DATAERR, 0,
                            "zip entry '%s' inflates more than 100 times (a zip bomb?)", name);
    return 0;
}

int docx_zfile_open(docx_zip *z, const char *name, int again, docx_zfile **out)
{
    *out = NULL;
    zip_int64_t idx = zip_name_locate(z->za, name, ZIP_FL_NOCASE | ZIP_FL_ENC_RAW);
    if (idx < 0)
        return 1;
    docx_zfile *p = calloc(1, sizeof *p);
    if (!p || !(p->name = strdup(name))) {
        free(p);
        return mn_job_error(z->job, MN_EX_SOFTWARE, 0, "out of memory");
    }
    p->z = z;
    p->again = again;
    int rc = 0;
    if (zip_stat_index(z->za, (zip_uint64_t)idx, 0, &p->st) != 0)
        rc = mn_job_error(z->job, MN_EX_DATAERR, 0, "zip entry '%s' is damaged", name);
    else if (p->st.size > DOCX_MAX_PART)
        rc = mn_job_error(z->job, MN_EX_DATAERR, 0, "zip entry '%s' is larger than 128 MiB", name);
    else if (!(p->f = zip_fopen_index(z->za, (zip_uint64_t)idx, 0)))
        rc = mn_job_error(z->job, MN_EX_DATAERR, 0, "zip entry '%s' cannot be read: %s", name,
                          zip_strerror(z->za));
    if (rc) {
        docx_zfile_close(p);
        return rc;
    }
    *out = p;
    return 0;
}

long docx_zfile_read(docx_zfile *p, unsigned char *buf, size_t len)
{
    if (p->done)
        return 0;
    if (p->status)
        return -1;
    zip_int64_t n = zip_fread(p->f, buf, len);
    if (n < 0) {
        p->status = mn_job_error(p->z->job, MN_EX_DATAERR, 0, "zip entry '%s' is damaged: %s",
                                 p->name, zip_file_strerror(p->f));
        return -1;
    }
    if (n > 0) {
        p->got += (uint64_t)n;
        p->status = docx_check_growth(p);
        return p->status ? -1 : (long)n;
    }
    if (p->got != p->st.size) {
        p->status = mn_job_error(p->z->job, MN_EX_DATAERR, 0,
                                 "zip entry '%s' is shorter than its declared size", p->name);
        return -1;
    }
    p->done = 1;
    if (!p->again)
        p->z->inflated += p->got;
    return 0;
}

void docx_zfile_close(docx_zfile *p)
{
    if (!p)
        return;
    if (p->f)
        zip_fclose(p->f);
    free(p->name);
    free(p);
}

static int docx_grow(unsigned char **buf, size_t *cap, size_t need)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 65536;
    while (c < need)
        c *= 2;
    unsigned char *nb = realloc(*buf, c);
    if (!nb)
        return -1;
    *buf = nb;
    *cap = c;
    return 0;
}

/* The whole part in one buffer, read 64 KiB at a time. */
static int docx_inflate(docx_zip *z, docx_zfile *p, unsigned char **out, size_t *len)
{
    unsigned char *buf = NULL;
    size_t cap = 0, got = 0;
    for (;;) {
        if (docx_grow(&buf, &cap, got + 65536 + 1) != 0) {
            free(buf);
            return mn_job_error(z->job, MN_EX_SOFTWARE, 0, "out of memory");
        }
        long n = docx_zfile_read(p, buf + got, 65536);
        if (n < 0) {
            free(buf);
            return p->status;
        }
        if (n == 0)
            break;
        got += (size_t)n;
    }
    buf[got] = '\0';
    *out = buf;
    *len = got;
    return 0;
}

int docx_zip_has(docx_zip *z, const char *name)
{
    return zip_name_locate(z->za, name, ZIP_FL_NOCASE | ZIP_FL_ENC_RAW) >= 0;
}

int docx_zip_read(docx_zip *z, const char *name, unsigned char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    docx_zfile *p;
    int rc = docx_zfile_open(z, name, 0, &p);
    if (rc)
        return rc;
    rc = docx_inflate(z, p, out, len);
    docx_zfile_close(p);
    return rc;
}
