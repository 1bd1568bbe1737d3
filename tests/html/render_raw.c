/* SPDX-License-Identifier: MIT */
/* render_raw.c — runs the HTML writer module on a canonical document that
 * the schema does not know yet: the growth of DESIGN.md (action status,
 * decision votes, person handles, speakers, event locations and
 * recurrences, meta organisation) is in the fixtures before it is in
 * schemas/minutes-1.xsd, and the writer must already render it.  The
 * document is parsed as the xml reader parses (no network, no entities)
 * but not validated, then handed to the module exactly as the core hands a
 * validated one.
 *   render_raw PLUGIN_DIR IN.xml OUT.html [NAME=VALUE...]   (options) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "job.h"
#include "minutes/plugin.h"

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: render_raw PLUGIN_DIR IN.xml OUT.html [NAME=VALUE...]\n");
        return 64;
    }
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, argv[1]);
    const mn_plugin *p = mn_context_find(ctx, "html", MN_CAN_WRITE);
    if (!p) {
        fprintf(stderr, "render_raw: no html plugin in %s\n", argv[1]);
        return 70;
    }
    mn_job *job = mn_job_new(ctx, argv[2]);
    for (int i = 4; i < argc; i++) {
        char *eq = strchr(argv[i], '=');
        if (eq) {
            *eq = '\0';
            mn_job_set_option(job, argv[i], eq + 1);
        }
    }
    xmlDocPtr doc = xmlReadFile(argv[2], NULL, XML_PARSE_NONET);
    FILE *fp = fopen(argv[3], "wb");
    if (!doc || !fp) {
        fprintf(stderr, "render_raw: cannot read %s or create %s\n", argv[2], argv[3]);
        return 66;
    }
    mn_doc d = {.xml = doc};
    mn_output out = {.job = job, .fp = fp};
    int rc = p->write(job, &d, &out);
    if (fclose(fp) != 0 && rc == 0)
        rc = 74;
    for (size_t i = 0; i < mn_job_diag_count(job); i++)
        fprintf(stderr, "%s\n", mn_job_diag(job, i)->message);
    xmlFreeDoc(doc);
    mn_job_free(job);
    mn_context_free(ctx);
    return rc;
}
