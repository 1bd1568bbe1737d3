/* SPDX-License-Identifier: MIT */
/* A reader that misbehaves on purpose, to prove a batch survives it: input
 * starting with "CRASH" aborts, "HANG" spins, "HOG" allocates without end;
 * "PREPARED?" becomes "prepared=yes" or "prepared=no" (whether the prepare
 * hook ran in this process or the one that forked it); anything else becomes
 * one paragraph.  The hook appends its pid to $MN_CRASHY_PREPARE_LOG. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minutes/plugin.h"

static int crashy_probe(const mn_probe *p)
{
    return p->filename && strstr(p->filename, ".crashy") ? MN_PROBE_MAX : MN_PROBE_NONE;
}

static int prepared;

static int crashy_prepare(void)
{
    const char *log = getenv("MN_CRASHY_PREPARE_LOG");
    FILE *f = log ? fopen(log, "a") : NULL;
    if (f) {
        fprintf(f, "%ld\n", (long)getpid());
        fclose(f);
    }
    prepared = 1;
    return 0;
}

static int crashy_read(mn_job *job, mn_input *in, mn_builder *b)
{
    (void)job;
    size_t n = 0;
    const char *s = (const char *)mn_input_data(in, &n);
    if (strncmp(s, "CRASH", 5) == 0)
        abort();
    if (strncmp(s, "HANG", 4) == 0)
        for (volatile unsigned long i = 0;; i++)
            ;
    if (strncmp(s, "HOG", 3) == 0) {
        for (;;) {
            char *p = malloc(1 << 20);
            if (!p)
                return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
            memset(p, 1, 1 << 20);
        }
    }
    mn_builder_property(b, "title", "Crashy", 1);
    if (strncmp(s, "PREPARED?", 9) == 0)
        return mn_builder_text(b, prepared ? "prepared=yes" : "prepared=no", prepared ? 12 : 11);
    return mn_builder_text(b, s, n);
}

static const mn_plugin crashy = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "crashy",
    .version = "1",
    .description = "test reader that crashes on request",
    .extensions = "crashy",
    .caps = MN_CAN_READ,
    .probe = crashy_probe,
    .read = crashy_read,
    .prepare = crashy_prepare,
};

MN_PLUGIN_EXPORT(crashy);
