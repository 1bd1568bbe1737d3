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

int docx_w(const xmlNode *n, const char *local)
{
    return docx_local(n, local) && docx_in(n->ns, docx_w_ns);
}

xmlNodePtr docx_wchild(const xmlNode *n, const char *local)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (docx_w(c, local))
            return c;
    return NULL;
}

static char *docx_attr_in(const xmlNode *n, const char *local, const char *const *set)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    for (const char *const *ns = set; *ns; ns++) {
        xmlChar *v = xmlGetNsProp(n, BAD_CAST local, BAD_CAST *ns);
        if (v)
            return (char *)v;
    }
    return (char *)xmlGetNoNsProp(n, BAD_CAST local);
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

int docx_wval_int(const xmlNode *n, const char *local, int dflt)
{
    char *v = docx_wval(n, local);
    if (!v)
        return dflt;
    char *end;
    long x = strtol(v, &end, 10);
    int ok = end != v && *end == '\0' && x > -1000000 && x < 1000000;
    xmlFree(v);
    return ok ? (int)x : dflt;
}

int docx_toggle(const xmlNode *props, const char *local)
{
    xmlNodePtr t = docx_wchild(props, local);
    if (!t)
        return -1;
    char *v = docx_wattr(t, "val");
    int on = !v || !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0);
    xmlFree(v);
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
