/* SPDX-License-Identifier: MIT */
/* xmlutil.c — helpers over libxml2 trees in the minutes namespace. */
#include "xmlutil.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

int mn_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           strcmp((const char *)n->ns->href, MN_NS) == 0 &&
           (!name || strcmp((const char *)n->name, name) == 0);
}

xmlNodePtr mn_child(const xmlNode *parent, const char *name)
{
    if (!parent)
        return NULL;
    for (xmlNodePtr c = parent->children; c; c = c->next)
        if (mn_is(c, name))
            return c;
    return NULL;
}

xmlNodePtr mn_next(const xmlNode *n, const char *name)
{
    for (xmlNodePtr c = n ? n->next : NULL; c; c = c->next)
        if (mn_is(c, name))
            return c;
    return NULL;
}

xmlNodePtr mn_meta(xmlDocPtr doc)
{
    return doc ? mn_child(xmlDocGetRootElement(doc), "meta") : NULL;
}

xmlNodePtr mn_body(xmlDocPtr doc)
{
    return doc ? mn_child(xmlDocGetRootElement(doc), "body") : NULL;
}

static xmlNsPtr mn_ns_for(xmlNodePtr near, xmlDocPtr doc)
{
    xmlNsPtr ns = NULL;
    if (near)
        ns = xmlSearchNsByHref(doc, near, BAD_CAST MN_NS);
    if (!ns && doc && xmlDocGetRootElement(doc))
        ns = xmlDocGetRootElement(doc)->ns;
    return ns;
}

static xmlNodePtr mn_make(xmlNodePtr near, const char *name, const char *text)
{
    xmlDocPtr doc = near ? near->doc : NULL;
    xmlNodePtr n = xmlNewDocNode(doc, mn_ns_for(near, doc), BAD_CAST name, NULL);
    if (n && text)
        xmlNodeAddContent(n, BAD_CAST text);
    return n;
}

xmlNodePtr mn_add(xmlNodePtr parent, const char *name, const char *text)
{
    xmlNodePtr n = mn_make(parent, name, text);
    if (n && parent)
        xmlAddChild(parent, n);
    return n;
}

xmlNodePtr mn_add_before(xmlNodePtr sibling, const char *name, const char *text)
{
    xmlNodePtr n = mn_make(sibling, name, text);
    if (n)
        xmlAddPrevSibling(sibling, n);
    return n;
}

char *mn_attr(const xmlNode *n, const char *name)
{
    return n ? (char *)xmlGetProp(n, BAD_CAST name) : NULL;
}

/* Compares the value in place: xmlGetProp copies it, and lookups such as
 * "the element with this id" call this for every element of a document. */
int mn_attr_is(const xmlNode *n, const char *name, const char *value)
{
    xmlAttrPtr a = n ? xmlHasProp(n, BAD_CAST name) : NULL;
    if (!a)
        return 0;
    const xmlNode *t = a->children;
    if (a->type == XML_ATTRIBUTE_NODE && (!t || (t->type == XML_TEXT_NODE && !t->next)))
        return strcmp(t && t->content ? (const char *)t->content : "", value) == 0;
    char *v = mn_attr(n, name); /* entity references or a DTD default: let libxml2 join them */
    int same = v && strcmp(v, value) == 0;
    xmlFree(v);
    return same;
}

void mn_set_attr(xmlNodePtr n, const char *name, const char *value)
{
    xmlSetProp(n, BAD_CAST name, BAD_CAST value);
}

char *mn_text(const xmlNode *n)
{
    return n ? (char *)xmlNodeGetContent(n) : NULL;
}

char *mn_text_folded(const xmlNode *n)
{
    char *raw = mn_text(n);
    if (!raw)
        return strdup("");
    size_t len = strlen(raw), o = 0;
    char *out = malloc(len + 1);
    int space = 1; /* drop leading white space */
    for (size_t i = 0; out && i < len; i++) {
        unsigned char c = (unsigned char)raw[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!space)
                out[o++] = ' ';
            space = 1;
        } else {
            out[o++] = (char)c;
            space = 0;
        }
    }
    if (out) {
        while (o > 0 && out[o - 1] == ' ')
            o--;
        out[o] = '\0';
    }
    xmlFree(raw);
    return out;
}

void mn_rename(xmlNodePtr n, const char *name)
{
    xmlNodeSetName(n, BAD_CAST name);
}
