/* SPDX-License-Identifier: MIT */
/* props.c — docProps/core.xml: title, creator and created date, handed to
 * the front-matter pass as fallback metadata (authoritative 0: the text of
 * the minutes wins; Word fills these from templates and old copies). */
#include <stdlib.h>
#include <string.h>

#include "docx.h"

static void docx_prop(docx_reader *r, const xmlNode *n, const char *key)
{
    xmlChar *v = xmlNodeGetContent(n);
    char *s = (char *)v, *e = s ? s + strlen(s) : NULL;
    while (s && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
        s++;
    while (e && e > s && strchr(" \t\r\n", e[-1]))
        *--e = '\0';
    if (s && *s)
        mn_builder_property(r->b, key, s, 0);
    xmlFree(v);
}

int docx_core_props(docx_reader *r, const docx_rels *root)
{
    const docx_rel *rel = docx_rel_by_type(root, "core-properties");
    const char *name = rel ? rel->target : "docProps/core.xml";
    int status;
    xmlDocPtr doc = docx_part_xml(r->job, r->zip, name, &status);
    if (!doc)
        return status;
    xmlNodePtr top = xmlDocGetRootElement(doc);
    for (xmlNodePtr c = top ? top->children : NULL; c; c = c->next) {
        if (docx_local(c, "title"))
            docx_prop(r, c, "title");
        else if (docx_local(c, "creator"))
            docx_prop(r, c, "creator");
        else if (docx_local(c, "created"))
            docx_prop(r, c, "created");
    }
    xmlFreeDoc(doc);
    return 0;
}
