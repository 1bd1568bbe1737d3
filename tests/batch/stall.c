/* SPDX-License-Identifier: MIT */
/* A writer that stops half-way on purpose, to prove that an output being
 * written leaves nothing behind whatever ends the process.  It writes a
 * first part, then, when $MN_STALL_READY names a directory, creates a file
 * there named by its pid (the test waits for it: the output is open now),
 * then does what $MN_STALL says: "wait" sleeps until a signal ends the
 * process (five minutes at most, then it fails), "spin" burns CPU without
 * end (for --time-limit), "crash" aborts.  Unset, it writes and returns.
 * Its outputs take the extension xml, so they replace the xml writer's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minutes/plugin.h"

static void stall_ready(void)
{
    const char *dir = getenv("MN_STALL_READY");
    char path[4096];
    if (!dir)
        return;
    snprintf(path, sizeof path, "%s/%ld", dir, (long)getpid());
    FILE *f = fopen(path, "w");
    if (f)
        fclose(f);
}

static int stall_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    (void)doc;
    const char *mode = getenv("MN_STALL");
    int rc = mn_output_printf(out, "<stalled>first part\n");
    if (rc)
        return rc;
    stall_ready();
    if (mode && strcmp(mode, "wait") == 0) {
        for (int i = 0; i < 300; i++)
            sleep(1);
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "stall: nobody ended the process");
    }
    if (mode && strcmp(mode, "spin") == 0)
        for (volatile unsigned long i = 0;; i++)
            ;
    if (mode && strcmp(mode, "crash") == 0)
        abort();
    return mn_output_printf(out, "second part</stalled>\n");
}

static const mn_plugin stall = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "stall",
    .version = "1",
    .description = "test writer that stops half-way on request",
    .extensions = "xml",
    .caps = MN_CAN_WRITE,
    .write = stall_write,
};

MN_PLUGIN_EXPORT(stall);
