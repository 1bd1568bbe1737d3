/* SPDX-License-Identifier: MIT */
/* finish.c — the last pass: removes what only the builder and the passes
 * needed (style hints, block roles, list kinds, heading levels, properties no pass used,
 * stray generic headings), puts meta in schema order and sets xml:lang. */
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "xmlutil.h"

static const char *const mn_private_attrs[] = {"style", "block-role", "ordered", "level", NULL};

/* What xmlUnsetProp does for each private name, in one look at the
 * element's attributes (most have none or only an id). */
static void mn_strip_attrs(xmlNodePtr el)
{
    for (xmlAttrPtr a = el->properties, next; a; a = next) {
        next = a->next;
        if (a->ns)
            continue;
        for (const char *const *p = mn_private_attrs; *p; p++)
            if (strcmp((const char *)a->name, *p) == 0) {
                xmlRemoveProp(a);
                break;
            }
    }
}

static void mn_strip(xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        mn_strip_attrs(c);
        mn_strip(c);
    }
}

/* A generic heading no pass claimed becomes a paragraph: nothing is lost. */
static void mn_demote_headings(xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (mn_is(c, "h")) {
            mn_rename(c, "p");
            xmlUnsetProp(c, BAD_CAST "n");
        } else if (c->type == XML_ELEMENT_NODE) {
            mn_demote_headings(c);
        }
    }
}

static const char *const mn_meta_order[] = {"title", "subtitle", "date", "time", "location",
                                            "organisation", "url", "source", NULL};

/* xml:lang from a reader's lang property, else English. */
static void mn_set_lang(xmlNodePtr root, xmlNodePtr meta)
{
    xmlChar *lang = xmlNodeGetLang(root);
    if (lang) {
        xmlFree(lang);
        return;
    }
    for (xmlNodePtr c = meta ? mn_child(meta, "prop") : NULL; c; c = mn_next(c, "prop")) {
        if (mn_attr_is(c, "name", "lang")) {
            char *v = mn_text_folded(c);
            int ok = v && *v && strlen(v) < 36 && !strpbrk(v, " \t");
            if (ok)
                xmlNodeSetLang(root, BAD_CAST v);
            free(v);
            if (ok)
                return;
        }
    }
    xmlNodeSetLang(root, BAD_CAST "en");
}

/* meta/organisation from a reader's organisation property (a letterhead),
 * unless a pass gave one. */
static void mn_set_organisation(xmlNodePtr meta)
{
    if (mn_child(meta, "organisation"))
        return;
    for (xmlNodePtr c = mn_child(meta, "prop"); c; c = mn_next(c, "prop")) {
        if (!mn_attr_is(c, "name", "organisation"))
            continue;
        char *v = mn_text_folded(c);
        if (v && *v)
            mn_add(meta, "organisation", v);
        free(v);
        if (mn_child(meta, "organisation"))
            return;
    }
}

static void mn_order_meta(xmlNodePtr meta)
{
    for (xmlNodePtr c = meta->children, next; c; c = next) {
        next = c->next;
        if (mn_is(c, "prop") || c->type != XML_ELEMENT_NODE) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        }
    }
    for (const char *const *name = mn_meta_order; *name; name++) {
        xmlNodePtr c = mn_child(meta, *name);
        if (c) {
            xmlUnlinkNode(c);
            xmlAddChild(meta, c);
        }
    }
}

int mn_pass_finish(xmlDocPtr doc, mn_job *job)
{
    (void)job;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    mn_strip(root);
    xmlNodePtr body = mn_body(doc);
    if (body)
        mn_demote_headings(body);
    xmlNodePtr meta = mn_meta(doc);
    mn_set_lang(root, meta);
    if (meta)
        mn_set_organisation(meta);
    if (meta)
        mn_order_meta(meta);
    return 0;
}
