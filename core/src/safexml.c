/* SPDX-License-Identifier: MIT */
/* safexml.c — XML parsing that cannot reach the network or the file system.
 * Per RELIABILITY.md: NONET alone does not stop file:// entities, so entity
 * substitution and DTD loading stay off, an external-entity loader refuses
 * everything, HUGE is never set (libxml2's own depth and size limits stay),
 * and a document that carries a DOCTYPE is refused outright. */
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <string.h>

#include "minutes/plugin.h"

static xmlParserInputPtr mn_refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL;
}

static void mn_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

void mn_xml_init(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    xmlInitParser();
    /* Errors are collected per parse from the context, never printed. */
    xmlSetGenericErrorFunc(NULL, mn_silent);
}

static void mn_ignore_structured(void *data, xmlErrorPtr err)
{
    (void)data;
    (void)err;
}

struct _xmlDoc *mn_xml_parse_safe(mn_job *job, const char *what, const void *data, size_t size)
{
    mn_xml_init();
    if (size > (size_t)0x7fffffff) {
        mn_job_error(job, MN_EX_DATAERR, 0, "%s: XML part too large", what);
        return NULL;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
        return NULL;
    }
    xmlSetStructuredErrorFunc(NULL, mn_ignore_structured);
    /* The refusing loader is ours only for the length of this parse, so a
     * program that embeds libminutes can still read its own files. */
    xmlExternalEntityLoader saved = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(mn_refuse_entity);
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)size, NULL, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
    xmlSetExternalEntityLoader(saved);
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (!doc || !ctxt->wellFormed) {
        xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
        char msg[200] = "not well-formed";
        if (e && e->message) {
            strncpy(msg, e->message, sizeof msg - 1);
            msg[strcspn(msg, "\n")] = '\0';
        }
        mn_job_error(job, MN_EX_DATAERR, e ? (unsigned)e->line : 0, "%s: malformed XML: %s", what, msg);
        if (doc)
            xmlFreeDoc(doc);
        xmlFreeParserCtxt(ctxt);
        return NULL;
    }
    xmlFreeParserCtxt(ctxt);
    if (doc->intSubset || doc->extSubset) {
        mn_job_error(job, MN_EX_DATAERR, 0, "%s: a document type declaration (DOCTYPE) is not allowed", what);
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}
