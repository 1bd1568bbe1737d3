/* SPDX-License-Identifier: MIT */
/* html_doc.c — the canonical document as the HTML writer reads it.  The
 * only file of the plugin that knows libxml2 (see html_doc.h). */
#include "html_doc.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#define HD_NS "urn:minutes:1"

struct hd_node {
    xmlNode x; /* never instantiated: an hd_node pointer is an xmlNode's */
};

static const xmlNode *X(const hd_node *n)
{
    return (const xmlNode *)n;
}

static const hd_node *H(const xmlNode *n)
{
    return (const hd_node *)n;
}

const hd_node *hd_root(const mn_doc *doc)
{
    xmlDocPtr x = doc ? mn_doc_xml(doc) : NULL;
    return x ? H(xmlDocGetRootElement(x)) : NULL;
}

const char *hd_lang(const hd_node *root)
{
    if (!root)
        return NULL;
    for (const xmlAttr *a = X(root)->properties; a; a = a->next)
        if (a->ns && a->ns->prefix && strcmp((const char *)a->ns->prefix, "xml") == 0 &&
            strcmp((const char *)a->name, "lang") == 0 && a->children &&
            a->children->type == XML_TEXT_NODE && !a->children->next)
            return (const char *)a->children->content;
    return NULL;
}

/* Sorted by name for bsearch. */
static const struct {
    const char *name;
    hd_kind kind;
} kinds[] = {
    {"action", HD_ACTION},       {"agenda", HD_AGENDA},
    {"body", HD_BODY},           {"br", HD_BR},
    {"cell", HD_CELL},           {"date", HD_DATE},
    {"decision", HD_DECISION},   {"description", HD_DESCRIPTION},
    {"em", HD_EM},               {"event", HD_EVENT},
    {"events", HD_EVENTS},       {"group", HD_GROUP},
    {"heading", HD_HEADING},     {"item", HD_ITEM},
    {"link", HD_LINK},           {"list", HD_LIST},
    {"location", HD_LOCATION},   {"meta", HD_META},
    {"minutes", HD_MINUTES},     {"note", HD_NOTE},
    {"organisation", HD_ORGANISATION},
    {"p", HD_P},                 {"participants", HD_PARTICIPANTS},
    {"person", HD_PERSON},       {"recurrence", HD_RECURRENCE},
    {"row", HD_ROW},             {"section", HD_SECTION},
    {"source", HD_SOURCE},       {"strong", HD_STRONG},
    {"subtitle", HD_SUBTITLE},   {"summary", HD_SUMMARY},
    {"table", HD_TABLE},         {"time", HD_TIME},
    {"title", HD_TITLE},         {"url", HD_URL},
};

static int kind_cmp(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

static hd_kind lookup(const xmlNode *x)
{
    if (!x->ns || !x->ns->href || strcmp((const char *)x->ns->href, HD_NS) != 0)
        return HD_OTHER;
    const void *hit = bsearch(x->name, kinds, sizeof kinds / sizeof kinds[0], sizeof kinds[0],
                              kind_cmp);
    return hit ? ((const __typeof__(kinds[0]) *)hit)->kind : HD_OTHER;
}

/* The writer asks every node what it is, often several times.  A parsed
 * document keeps one copy of each name (libxml2's dictionary) and one
 * namespace declaration: the answer is cached by those two pointers, in a
 * small direct-mapped table (the writer runs one conversion at a time). */
hd_kind hd_kind_of(const hd_node *n)
{
    static struct {
        const xmlChar *name;
        const xmlNs *ns;
        hd_kind kind;
    } cache[64];
    const xmlNode *x = X(n);
    if (!x)
        return HD_OTHER;
    if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE)
        return HD_TEXT;
    if (x->type != XML_ELEMENT_NODE)
        return HD_OTHER;
    size_t slot = ((size_t)x->name >> 4) % 64;
    if (cache[slot].name == x->name && cache[slot].ns == x->ns && x->name)
        return cache[slot].kind;
    hd_kind k = lookup(x);
    cache[slot].name = x->name;
    cache[slot].ns = x->ns;
    cache[slot].kind = k;
    return k;
}

static int wanted(const xmlNode *x)
{
    return x->type == XML_ELEMENT_NODE || x->type == XML_TEXT_NODE ||
           x->type == XML_CDATA_SECTION_NODE;
}

const hd_node *hd_first(const hd_node *n)
{
    const xmlNode *c = n ? X(n)->children : NULL;
    while (c && !wanted(c))
        c = c->next;
    return H(c);
}

const hd_node *hd_next(const hd_node *n)
{
    const xmlNode *c = n ? X(n)->next : NULL;
    while (c && !wanted(c))
        c = c->next;
    return H(c);
}

const hd_node *hd_child(const hd_node *parent, hd_kind kind)
{
    for (const hd_node *c = hd_first(parent); c; c = hd_next(c))
        if (hd_kind_of(c) == kind)
            return c;
    return NULL;
}

const hd_node *hd_next_of(const hd_node *n, hd_kind kind)
{
    for (const hd_node *c = hd_next(n); c; c = hd_next(c))
        if (hd_kind_of(c) == kind)
            return c;
    return NULL;
}

int hd_has(const hd_node *n, hd_kind kind)
{
    return hd_child(n, kind) != NULL;
}

/* In place: xmlGetProp copies, and the writer asks for attributes of every
 * element.  A value split by entity references (never in a document the
 * core made) reads as missing. */
const char *hd_attr(const hd_node *n, const char *name)
{
    if (!n || X(n)->type != XML_ELEMENT_NODE)
        return NULL;
    for (const xmlAttr *a = X(n)->properties; a; a = a->next)
        if (!a->ns && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->type == XML_TEXT_NODE && !a->children->next
                       ? (const char *)a->children->content
                       : a->children ? NULL : "";
    return NULL;
}

int hd_attr_true(const hd_node *n, const char *name)
{
    const char *v = hd_attr(n, name);
    return v && (strcmp(v, "true") == 0 || strcmp(v, "1") == 0);
}

const char *hd_text(const hd_node *n)
{
    return n && hd_kind_of(n) == HD_TEXT ? (const char *)X(n)->content : NULL;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char *hd_text_folded(const hd_node *n)
{
    xmlChar *raw = n ? xmlNodeGetContent(X(n)) : NULL;
    const unsigned char *s = raw ? raw : (const unsigned char *)"";
    char *out = malloc(strlen((const char *)s) + 1);
    size_t o = 0;
    int space = 1; /* drops leading white space */
    for (; out && *s; s++) {
        if (is_space(*s)) {
            space = 1;
            continue;
        }
        if (space && o)
            out[o++] = ' ';
        space = 0;
        out[o++] = (char)*s;
    }
    if (out)
        out[o] = '\0';
    xmlFree(raw);
    return out;
}

char *hd_child_text(const hd_node *parent, hd_kind kind)
{
    const hd_node *c = hd_child(parent, kind);
    char *t = c ? hd_text_folded(c) : NULL;
    if (t && !*t) {
        free(t);
        t = NULL;
    }
    return t;
}

char *hd_child_or_attr(const hd_node *n, hd_kind kind, const char *name)
{
    char *t = hd_child_text(n, kind);
    const char *a = t ? NULL : hd_attr(n, name);
    return t ? t : a && *a ? strdup(a) : NULL;
}
