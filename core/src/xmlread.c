/* SPDX-License-Identifier: MIT */
/* xmlread.c — XML parsing that cannot reach the network or the file system.
 * Per RELIABILITY.md: NONET alone does not stop file:// entities, so entity
 * substitution and DTD loading stay off, an external-entity loader refuses
 * everything, HUGE is never set (libxml2's own depth and size limits stay),
 * and a document that carries a DOCTYPE is refused outright.  No job here:
 * the lexicon compiler (core/tools/) uses it too; safexml.c reports through
 * a job. */
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <stdio.h>
#include <string.h>

#include "validate.h"

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

xmlDocPtr mn_xml_read_checked(const void *data, size_t size, char *msg, size_t msgsize,
                              unsigned *line)
{
    mn_xml_init();
    *line = 0;
    if (size > (size_t)0x7fffffff) {
        snprintf(msg, msgsize, "XML part too large");
        return NULL;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        snprintf(msg, msgsize, "out of memory");
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
        char text[200] = "not well-formed";
        if (e && e->message) {
            strncpy(text, e->message, sizeof text - 1);
            text[strcspn(text, "\n")] = '\0';
        }
        snprintf(msg, msgsize, "malformed XML: %s", text);
        *line = e ? (unsigned)e->line : 0;
        if (doc)
            xmlFreeDoc(doc);
        xmlFreeParserCtxt(ctxt);
        return NULL;
    }
    xmlFreeParserCtxt(ctxt);
    if (doc->intSubset || doc->extSubset) {
        snprintf(msg, msgsize, "a document type declaration (DOCTYPE) is not allowed");
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

