/* SPDX-License-Identifier: MIT */
/* safexml.c — parsing XML safely (xmlread.c) for a plugin or the pipeline,
 * problems reported as the job's errors. */
#include <string.h>

#include "minutes/plugin.h"
#include "validate.h"

struct _xmlDoc *mn_xml_parse_safe(mn_job *job, const char *what, const void *data, size_t size)
{
    char msg[300];
    unsigned line;
    xmlDocPtr doc = mn_xml_read_checked(data, size, msg, sizeof msg, &line);
    if (!doc)
        mn_job_error(job, strcmp(msg, "out of memory") == 0 ? MN_EX_SOFTWARE : MN_EX_DATAERR, line,
                     "%s: %s", what, msg);
    return doc;
}
