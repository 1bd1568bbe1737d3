/* SPDX-License-Identifier: MIT */
/* xml_write.c — serialises the canonical tree as it stands, indenting as it
 * goes, through a fixed buffer into the output.
 *
 * libxml2's dump needed a copy of the tree to indent (writers must not
 * touch the document) and the whole text in memory before the first byte
 * went out: three times the document at once, and a tenth of a large
 * conversion's time.  The bytes are the same as xmlDocDumpFormatMemoryEnc
 * (format 0, UTF-8) gives for the indented copy: the same escapes in text
 * (& < > CR) and in attributes (& < > " TAB LF CR), UTF-8 written as is, an
 * empty element as <x/>, CDATA kept as CDATA. */
#include <string.h>

#include <libxml/tree.h>

#include "xml.h"

#define MN_XW_BUF 65536

typedef struct mn_xw {
    mn_output *out;
    int rc;
    size_t len;
    char buf[MN_XW_BUF];
} mn_xw;

static void xw_flush(mn_xw *w)
{
    if (w->len && w->rc == 0)
        w->rc = mn_output_write(w->out, w->buf, w->len);
    w->len = 0;
}

static void xw_put(mn_xw *w, const char *s, size_t n)
{
    if (w->len + n > sizeof w->buf) {
        xw_flush(w);
        if (n > sizeof w->buf) {
            if (w->rc == 0)
                w->rc = mn_output_write(w->out, s, n);
            return;
        }
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static void xw_str(mn_xw *w, const char *s)
{
    xw_put(w, s, strlen(s));
}

/* Copies runs that need no escape in one piece; ATTR selects the attribute
 * escapes. */
static void xw_escaped(mn_xw *w, const xmlChar *s, int attr)
{
    if (!s)
        return;
    const char *p = (const char *)s, *run = p;
    for (; *p; p++) {
        const char *rep;
        switch (*p) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '\r': rep = "&#13;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        case '\n': rep = attr ? "&#10;" : NULL; break;
        case '\t': rep = attr ? "&#9;" : NULL; break;
        default: rep = NULL; break;
        }
        if (!rep)
            continue;
        xw_put(w, run, (size_t)(p - run));
        xw_str(w, rep);
        run = p + 1;
    }
    xw_put(w, run, (size_t)(p - run));
}

/* CDATA as libxml2 writes it: a "]]>" inside splits the section. */
static void xw_cdata(mn_xw *w, const xmlChar *content)
{
    const char *s = content ? (const char *)content : "";
    xw_str(w, "<![CDATA[");
    for (const char *end; (end = strstr(s, "]]>")); s = end + 2) {
        xw_put(w, s, (size_t)(end + 2 - s));
        xw_str(w, "]]><![CDATA[");
    }
    xw_str(w, s);
    xw_str(w, "]]>");
}

static void xw_qname(mn_xw *w, const xmlNs *ns, const xmlChar *name)
{
    if (ns && ns->prefix) {
        xw_str(w, (const char *)ns->prefix);
        xw_put(w, ":", 1);
    }
    xw_str(w, (const char *)name);
}

static void xw_start_tag(mn_xw *w, const xmlNode *n)
{
    xw_put(w, "<", 1);
    xw_qname(w, n->ns, n->name);
    for (const xmlNs *ns = n->nsDef; ns; ns = ns->next) {
        xw_str(w, ns->prefix ? " xmlns:" : " xmlns");
        if (ns->prefix)
            xw_str(w, (const char *)ns->prefix);
        xw_str(w, "=\"");
        xw_escaped(w, ns->href, 1);
        xw_put(w, "\"", 1);
    }
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        xw_put(w, " ", 1);
        xw_qname(w, a->ns, a->name);
        xw_str(w, "=\"");
        for (const xmlNode *t = a->children; t; t = t->next)
            xw_escaped(w, t->content, 1);
        xw_put(w, "\"", 1);
    }
}

/* A line break and two spaces per level (capped at 64 levels). */
static void xw_indent(mn_xw *w, int levels)
{
    xw_put(w, "\n", 1);
    for (int i = 0; i < levels; i++)
        xw_put(w, "  ", 2);
}

static void xw_node(mn_xw *w, const xmlNode *n, int depth, int may_indent);

/* Indentation goes only into elements whose content is elements alone, and
 * never below mixed content: there white space would be text. */
static void xw_element(mn_xw *w, const xmlNode *n, int depth, int may_indent)
{
    xw_start_tag(w, n);
    if (!n->children) {
        xw_put(w, "/>", 2);
        return;
    }
    xw_put(w, ">", 1);
    int indent = may_indent && mn_xml_element_only(n);
    int width = depth < 63 ? depth : 63;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (indent)
            xw_indent(w, width + 1);
        xw_node(w, c, depth + 1, indent);
    }
    if (indent)
        xw_indent(w, width);
    xw_str(w, "</");
    xw_qname(w, n->ns, n->name);
    xw_put(w, ">", 1);
}

static void xw_node(mn_xw *w, const xmlNode *n, int depth, int may_indent)
{
    switch (n->type) {
    case XML_ELEMENT_NODE: xw_element(w, n, depth, may_indent); break;
    case XML_TEXT_NODE: xw_escaped(w, n->content, 0); break;
    case XML_CDATA_SECTION_NODE: xw_cdata(w, n->content); break;
    default: break; /* comments and PIs never reach a canonical tree */
    }
}

int mn_xml_serialize(const xmlDoc *doc, mn_output *out)
{
    static mn_xw w; /* 64 KiB: kept off the stack; writers run one at a time */
    w.out = out;
    w.rc = 0;
    w.len = 0;
    xw_str(&w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    for (const xmlNode *n = doc->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        xw_element(&w, n, 0, 1);
        xw_put(&w, "\n", 1);
    }
    xw_flush(&w);
    return w.rc;
}
