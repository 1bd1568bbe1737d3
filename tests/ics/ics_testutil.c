/* SPDX-License-Identifier: MIT */
/* ics_testutil.c — see ics_testutil.h. */
#include "ics_testutil.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "icslint.h"
#include "minutes/minutes.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    *len = fread(s, 1, (size_t)n, f);
    s[*len] = '\0';
    fclose(f);
    return s;
}

static char scratch[512];
static char scratch_files[32][1024];
static size_t n_scratch_files;

static void scratch_cleanup(void)
{
    for (size_t i = 0; i < n_scratch_files; i++)
        unlink(scratch_files[i]);
    rmdir(scratch);
}

/* A directory of the build tree for this process, removed at exit. */
static const char *scratch_dir(void)
{
    if (!scratch[0]) {
        snprintf(scratch, sizeof scratch, "%s/ics-scratch-%ld", MN_TEST_BINARY_DIR, (long)getpid());
        mkdir(scratch, 0700);
        atexit(scratch_cleanup);
    }
    return scratch;
}

const char *ics_scratch_file(const char *name, const char *bytes, size_t len)
{
    static char path[1024];
    snprintf(path, sizeof path, "%s/%s", scratch_dir(), name);
    if (n_scratch_files < 32)
        snprintf(scratch_files[n_scratch_files++], sizeof scratch_files[0], "%s", path);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(bytes, 1, len, f), len);
    fclose(f);
    return path;
}

ics_run ics_convert(const char *input, const char *const *opts)
{
    ics_run r;
    memset(&r, 0, sizeof r);
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_PLUGIN_DIR);
    mn_job *job = mn_job_new(ctx, input);
    for (size_t i = 0; opts && opts[i]; i += 2)
        mn_job_set_option(job, opts[i], opts[i + 1]);
    char out[1024];
    static unsigned serial;
    snprintf(out, sizeof out, "%s/out-%u.ics", scratch_dir(), serial++);
    unlink(out);
    r.status = mn_job_read(job);
    if (r.status == 0)
        r.status = mn_job_write(job, "ics", out);
    size_t used = 0;
    for (size_t i = 0; i < mn_job_diag_count(job) && used < sizeof r.diags; i++) {
        int n = snprintf(r.diags + used, sizeof r.diags - used, "%s\n", mn_job_diag(job, i)->message);
        used += n > 0 ? (size_t)n : 0;
    }
    if (r.status == 0)
        r.bytes = slurp(out, &r.len);
    unlink(out);
    mn_job_free(job);
    mn_context_free(ctx);
    return r;
}

void ics_run_free(ics_run *r)
{
    free(r->bytes);
    r->bytes = NULL;
}

void ics_assert_clean(const ics_run *r)
{
    if (r->status != 0)
        printf("conversion failed (%d):\n%s", r->status, r->diags);
    assert_int_equal(r->status, 0);
    assert_non_null(r->bytes);
    icslint l;
    if (icslint_check(r->bytes, r->len, &l))
        printf("lint:\n%s", l.text);
    assert_int_equal(icslint_check(r->bytes, r->len, &l), 0);
    if (icslint_libical(r->bytes, &l))
        printf("libical:\n%s", l.text);
    assert_int_equal(icslint_libical(r->bytes, &l), 0);
}

icalcomponent *ics_find(icalcomponent *cal, const char *suffix)
{
    char want[256];
    if (strchr(suffix, '@'))
        snprintf(want, sizeof want, "%s", suffix);
    else
        snprintf(want, sizeof want, "-%s@minutes", suffix);
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
        const char *uid = icalcomponent_get_uid(c);
        size_t n = uid ? strlen(uid) : 0, w = strlen(want);
        if (uid && n >= w && strcmp(uid + n - w, want) == 0)
            return c;
    }
    return NULL;
}

const char *ics_prop(icalcomponent *c, icalproperty_kind kind)
{
    static char buf[4096];
    buf[0] = '\0';
    icalproperty *p = c ? icalcomponent_get_first_property(c, kind) : NULL;
    if (!p)
        return buf;
    char *s = icalproperty_as_ical_string_r(p);
    size_t o = 0;
    for (size_t i = 0; s[i] && o + 1 < sizeof buf; i++) {
        if (s[i] == '\r' || s[i] == '\n') {
            if (s[i] == '\n' && s[i + 1] == ' ')
                i++; /* a fold */
            continue;
        }
        buf[o++] = s[i];
    }
    buf[o] = '\0';
    icalmemory_free_buffer(s);
    return buf;
}

int ics_count(icalcomponent *cal, icalcomponent_kind kind)
{
    return icalcomponent_count_components(cal, kind);
}
