/* SPDX-License-Identifier: MIT */
/* props.c — docProps/core.xml: title, creator and created date, handed to
 * the front-matter pass as fallback metadata (authoritative 0: the text of
 * the minutes wins; Word fills these from templates and old copies), and
 * dc:language for lang.c. */
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

/* dc:language: the most telling source of the document's language (lang.c). */
static void docx_lang_core(docx_reader *r, const xmlNode *n)
{
    xmlChar *v = xmlNodeGetContent(n);
    char *s = (char *)v;
    size_t len = s ? strlen(s) : 0;
    while (s && len && strchr(" \t\r\n", *s))
        s++, len--;
    while (len && strchr(" \t\r\n", s[len - 1]))
        len--;
    if (s && len > 0 && len < sizeof r->langs.core && !r->langs.core[0]) {
        memcpy(r->langs.core, s, len);
        r->langs.core[len] = '\0';
    }
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
        else if (docx_local(c, "language"))
            docx_lang_core(r, c);
    }
    xmlFreeDoc(doc);
    return 0;
}
