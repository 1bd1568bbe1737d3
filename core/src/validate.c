/* SPDX-License-Identifier: MIT */
/* validate.c — checks documents against the bundled schema
 * (schemas/minutes-1.xsd, compiled in).  The parsed schema is kept for the
 * life of the process: parsing it costs more than validating a document. */
#include <libxml/xmlschemas.h>
#include <stdio.h>
#include <string.h>

#include "minutes/plugin.h"
#include "validate.h"

extern const char mn_schema_data[];

const char *mn_schema_text(void)
{
    return mn_schema_data;
}

static xmlSchemaPtr mn_schema(void)
{
    static xmlSchemaPtr schema;
    if (!schema) {
        xmlSchemaParserCtxtPtr pc = xmlSchemaNewMemParserCtxt(mn_schema_data, (int)strlen(mn_schema_data));
        if (pc) {
            schema = xmlSchemaParse(pc);
            xmlSchemaFreeParserCtxt(pc);
        }
    }
    return schema;
}

typedef struct mn_vstate {
    mn_job *job;
    int status;
    int reported;
} mn_vstate;

static void mn_schema_error(void *data, xmlErrorPtr err)
{
    mn_vstate *v = data;
    if (v->reported++ >= 10)
        return; /* the first few say enough */
    char msg[300];
    snprintf(msg, sizeof msg, "%s", err && err->message ? err->message : "invalid");
    msg[strcspn(msg, "\n")] = '\0';
    mn_job_error(v->job, v->status, err ? (unsigned)err->line : 0, "schema: %s", msg);
}

int mn_validate_doc(mn_job *job, xmlDocPtr doc, int status_on_error)
{
    xmlSchemaPtr schema = mn_schema();
    if (!schema)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "the bundled schema does not parse");
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
    if (!vc)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    mn_vstate v = {job, status_on_error, 0};
    xmlSchemaSetValidStructuredErrors(vc, mn_schema_error, &v);
    int rc = xmlSchemaValidateDoc(vc, doc);
    xmlSchemaFreeValidCtxt(vc);
    if (rc != 0 && v.reported == 0)
        mn_job_error(job, status_on_error, 0, "schema: document is not valid");
    return rc == 0 ? 0 : status_on_error;
}
