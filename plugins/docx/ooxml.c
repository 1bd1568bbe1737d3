/* SPDX-License-Identifier: MIT */
/* ooxml.c — names in the WordprocessingML vocabularies.  Both the
 * transitional and the strict (ISO 29500 strict) namespaces are accepted:
 * Word writes the first, "Strict Open XML" saves the second, and the
 * element and attribute names are the same. */
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"

const char *const docx_w_ns[] = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
    NULL,
};

const char *const docx_r_ns[] = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
    NULL,
};

/* Namespaces whose mc:Choice content the reader understands: the DrawingML
 * shapes and groups that hold text boxes (wps, wpg). */
static const char *const docx_understood_ns[] = {
    "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    NULL,
};

static const char *const docx_mc_ns = "http://schemas.openxmlformats.org/markup-compatibility/2006";

static int docx_in(const xmlNs *ns, const char *const *set)
{
    if (!ns || !ns->href)
        return 0;
    for (; *set; set++)
        if (strcmp((const char *)ns->href, *set) == 0)
            return 1;
    return 0;
}

int docx_local(const xmlNode *n, const char *local)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, local) == 0;
}

int docx_w_ns_of(const xmlNode *n)
{
    return docx_in(n->ns, docx_w_ns);
}

xmlNodePtr docx_wchild(const xmlNode *n, const char *local)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (docx_w(c, local))
            return c;
    return NULL;
}

/* The attribute xmlGetNsProp would find for the first namespace of SET,
 * else for the second, else xmlGetNoNsProp's: in one look at each. */
static const xmlAttr *docx_attr_node(const xmlNode *n, const char *local, const char *const *set)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    const xmlAttr *pick = NULL;
    int rank = 3;
    for (const xmlAttr *a = n->properties; a && rank > 0; a = a->next) {
        if (strcmp((const char *)a->name, local) != 0)
            continue;
        int k = !a->ns ? 2 : !a->ns->href ? 3 : strcmp((const char *)a->ns->href, set[0]) == 0 ? 0
              : strcmp((const char *)a->ns->href, set[1]) == 0 ? 1 : 3;
        if (k < rank) {
            rank = k;
            pick = a;
        }
    }
    return pick;
}

static char *docx_attr_in(const xmlNode *n, const char *local, const char *const *set)
{
    const xmlAttr *a = docx_attr_node(n, local, set);
    return a ? (char *)xmlNodeGetContent((const xmlNode *)a) : NULL;
}

char *docx_wattr(const xmlNode *n, const char *local)
{
    return docx_attr_in(n, local, docx_w_ns);
}

char *docx_rattr(const xmlNode *n, const char *local)
{
    return docx_attr_in(n, local, docx_r_ns);
}

char *docx_wval(const xmlNode *n, const char *local)
{
    return docx_wattr(docx_wchild(n, local), "val");
}

/* An attribute's value without a copy when it is one text node (as Word
 * writes them); else NULL and *copy holds it (xmlFree), or NULL. */
static const char *docx_attr_text(const xmlAttr *a, char **copy)
{
    *copy = NULL;
    if (!a)
        return NULL;
    const xmlNode *t = a->children;
    if (t && !t->next && (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
        return (const char *)t->content;
    *copy = (char *)xmlNodeGetContent((const xmlNode *)a);
    return *copy;
}

int docx_wval_int(const xmlNode *n, const char *local, int dflt)
{
    char *copy;
    const char *v = docx_attr_text(docx_attr_node(docx_wchild(n, local), "val", docx_w_ns), &copy);
    if (!v)
        return dflt;
    char *end;
    long x = strtol(v, &end, 10);
    int ok = end != v && *end == '\0' && x > -1000000 && x < 1000000;
    xmlFree(copy);
    return ok ? (int)x : dflt;
}

int docx_toggle(const xmlNode *props, const char *local)
{
    xmlNodePtr t = docx_wchild(props, local);
    if (!t)
        return -1;
    char *copy;
    const char *v = docx_attr_text(docx_attr_node(t, "val", docx_w_ns), &copy);
    int on = !v || !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0);
    xmlFree(copy);
    return on;
}

/* Whether every prefix in an mc:Choice's Requires names an understood
 * namespace. */
static int docx_choice_understood(const xmlNode *choice)
{
    xmlChar *req = xmlGetNoNsProp(choice, BAD_CAST "Requires");
    if (!req)
        return 0;
    int ok = 1;
    char *save = NULL;
    for (char *tok = strtok_r((char *)req, " \t\r\n", &save); tok && ok;
         tok = strtok_r(NULL, " \t\r\n", &save)) {
        xmlNsPtr ns = xmlSearchNs(choice->doc, (xmlNodePtr)choice, BAD_CAST tok);
        ok = docx_in(ns, docx_understood_ns);
    }
    xmlFree(req);
    return ok;
}

const xmlNode *docx_alternate(const xmlNode *ac)
{
    const char *const mc[] = {docx_mc_ns, NULL};
    const xmlNode *fallback = NULL;
    for (const xmlNode *c = ac->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !docx_in(c->ns, mc))
            continue;
        if (docx_local(c, "Choice") && docx_choice_understood(c))
            return c;
        if (docx_local(c, "Fallback") && !fallback)
            fallback = c;
    }
    return fallback;
}
