/* SPDX-License-Identifier: MIT */
/* doc.c — the read-only document API of minutes/doc.h over the libxml2
 * tree.  An mn_node pointer is an xmlNode's: nothing is allocated to read
 * the tree but the walker itself. */
#include "minutes/doc.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "job.h"

struct mn_node {
    xmlNode x; /* never instantiated: an mn_node pointer is an xmlNode's */
};

static const xmlNode *X(const mn_node *n)
{
    return (const xmlNode *)n;
}

static const mn_node *N(const xmlNode *x)
{
    return (const mn_node *)x;
}

const mn_node *mn_doc_root(const mn_doc *doc)
{
    return doc && doc->xml ? N(xmlDocGetRootElement(doc->xml)) : NULL;
}

/* ---- kinds ---------------------------------------------------------------------------- */

/* Sorted by name for bsearch. */
static const struct mn_kind_name {
    const char *name;
    mn_kind kind;
} kinds[] = {
    {"action", MN_KIND_ACTION},       {"agenda", MN_KIND_AGENDA},
    {"body", MN_KIND_BODY},           {"br", MN_KIND_BR},
    {"cell", MN_KIND_CELL},           {"date", MN_KIND_DATE},
    {"decision", MN_KIND_DECISION},   {"description", MN_KIND_DESCRIPTION},
    {"em", MN_KIND_EM},               {"event", MN_KIND_EVENT},
    {"events", MN_KIND_EVENTS},       {"group", MN_KIND_GROUP},
    {"heading", MN_KIND_HEADING},     {"item", MN_KIND_ITEM},
    {"link", MN_KIND_LINK},           {"list", MN_KIND_LIST},
    {"location", MN_KIND_LOCATION},   {"meta", MN_KIND_META},
    {"minutes", MN_KIND_MINUTES},     {"note", MN_KIND_NOTE},
    {"organisation", MN_KIND_ORGANISATION},
    {"p", MN_KIND_P},                 {"participants", MN_KIND_PARTICIPANTS},
    {"person", MN_KIND_PERSON},       {"recurrence", MN_KIND_RECURRENCE},
    {"row", MN_KIND_ROW},             {"section", MN_KIND_SECTION},
    {"source", MN_KIND_SOURCE},       {"strong", MN_KIND_STRONG},
    {"subtitle", MN_KIND_SUBTITLE},   {"summary", MN_KIND_SUMMARY},
    {"table", MN_KIND_TABLE},         {"time", MN_KIND_TIME},
    {"title", MN_KIND_TITLE},         {"url", MN_KIND_URL},
};

static int kind_cmp(const void *key, const void *entry)
{
    return strcmp(key, ((const struct mn_kind_name *)entry)->name);
}

static mn_kind lookup(const xmlNode *x)
{
    if (!x->ns || !x->ns->href || strcmp((const char *)x->ns->href, MN_NS) != 0)
        return MN_KIND_OTHER;
    const struct mn_kind_name *hit =
        bsearch(x->name, kinds, sizeof kinds / sizeof kinds[0], sizeof kinds[0], kind_cmp);
    return hit ? hit->kind : MN_KIND_OTHER;
}

/* Writers ask every node what it is, often several times.  A parsed or
 * built document keeps one copy of each name (libxml2's dictionary) and
 * one namespace declaration: the answer is cached by those two pointers in
 * a small direct-mapped table, one per thread. */
mn_kind mn_node_kind(const mn_node *n)
{
    static _Thread_local struct {
        const xmlChar *name;
        const xmlNs *ns;
        mn_kind kind;
    } cache[64];
    const xmlNode *x = X(n);
    if (!x)
        return MN_KIND_OTHER;
    if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE)
        return MN_KIND_TEXT;
    if (x->type != XML_ELEMENT_NODE || !x->name)
        return MN_KIND_OTHER;
    size_t slot = ((size_t)x->name >> 4) % 64;
    if (cache[slot].name == x->name && cache[slot].ns == x->ns)
        return cache[slot].kind;
    mn_kind k = lookup(x);
    cache[slot].name = x->name;
    cache[slot].ns = x->ns;
    cache[slot].kind = k;
    return k;
}

static int is_element(const xmlNode *x)
{
    return x && x->type == XML_ELEMENT_NODE;
}

int mn_node_is(const mn_node *n, mn_kind kind)
{
    if (kind == MN_KIND_ANY)
        return is_element(X(n));
    return n && mn_node_kind(n) == kind;
}

const char *mn_node_name(const mn_node *n)
{
    return is_element(X(n)) ? (const char *)X(n)->name : NULL;
}

/* ---- steps ---------------------------------------------------------------------------- */

/* Elements and texts; comments and processing instructions (never in a
 * document the core made) are stepped over. */
static int wanted(const xmlNode *x)
{
    return x->type == XML_ELEMENT_NODE || x->type == XML_TEXT_NODE ||
           x->type == XML_CDATA_SECTION_NODE;
}

static const xmlNode *first_wanted(const xmlNode *x)
{
    while (x && !wanted(x))
        x = x->next;
    return x;
}

const mn_node *mn_node_first(const mn_node *n)
{
    return n && is_element(X(n)) ? N(first_wanted(X(n)->children)) : NULL;
}

const mn_node *mn_node_next(const mn_node *n)
{
    return n ? N(first_wanted(X(n)->next)) : NULL;
}

const mn_node *mn_node_prev(const mn_node *n)
{
    const xmlNode *x = n ? X(n)->prev : NULL;
    while (x && !wanted(x))
        x = x->prev;
    return N(x);
}

const mn_node *mn_node_parent(const mn_node *n)
{
    const xmlNode *p = n ? X(n)->parent : NULL;
    return is_element(p) ? N(p) : NULL;
}

const mn_node *mn_node_child(const mn_node *n, mn_kind kind)
{
    const mn_node *c = mn_node_first(n);
    while (c && !mn_node_is(c, kind))
        c = mn_node_next(c);
    return c;
}

const mn_node *mn_node_next_of(const mn_node *n, mn_kind kind)
{
    const mn_node *c = mn_node_next(n);
    while (c && !mn_node_is(c, kind))
        c = mn_node_next(c);
    return c;
}

/* ---- attributes ----------------------------------------------------------------------- */

/* An attribute's value in place (xmlGetProp would copy it).  The core's
 * documents hold every value as one text child (the builder sets them
 * whole; the canonical reader refuses a DOCTYPE, so no entity splits
 * one); anything else reads as missing rather than half. */
static const char *attr_value(const xmlAttr *a)
{
    const xmlNode *t = a->children;
    if (!t)
        return "";
    return t->type == XML_TEXT_NODE && !t->next && t->content ? (const char *)t->content : NULL;
}

const char *mn_node_attr(const mn_node *n, const char *name)
{
    if (!is_element(X(n)) || !name)
        return NULL;
    /* Writers ask for attributes one by one, and an element has several:
     * the first letter settles most comparisons without a call. */
    for (const xmlAttr *a = X(n)->properties; a; a = a->next)
        if (!a->ns && a->name[0] == (xmlChar)name[0] && strcmp((const char *)a->name, name) == 0)
            return attr_value(a);
    return NULL;
}

int mn_node_attr_bool(const mn_node *n, const char *name)
{
    const char *v = mn_node_attr(n, name);
    return v && (strcmp(v, "true") == 0 || strcmp(v, "1") == 0);
}

int mn_node_attr_int(const mn_node *n, const char *name, int fallback)
{
    const char *v = mn_node_attr(n, name);
    if (!v || !*v)
        return fallback;
    char *end;
    errno = 0;
    long l = strtol(v, &end, 10);
    if (errno || *end || l < INT_MIN || l > INT_MAX)
        return fallback;
    return (int)l;
}

int mn_node_attr_datetime(const mn_node *n, const char *name, mn_datetime *out)
{
    const char *v = mn_node_attr(n, name);
    if (!v) {
        memset(out, 0, sizeof *out);
        return -1;
    }
    return mn_datetime_parse(v, strlen(v), out);
}

static int in_xml_ns(const xmlAttr *a)
{
    return a->ns && a->ns->href && strcmp((const char *)a->ns->href, (const char *)XML_XML_NAMESPACE) == 0;
}

const char *mn_node_attr_at(const mn_node *n, size_t i, const char **value, int *xml_ns)
{
    const xmlAttr *a = is_element(X(n)) ? X(n)->properties : NULL;
    for (; a && i > 0; i--)
        a = a->next;
    if (!a)
        return NULL;
    if (value)
        *value = attr_value(a);
    if (xml_ns)
        *xml_ns = in_xml_ns(a);
    return (const char *)a->name;
}

const char *mn_node_lang(const mn_node *n)
{
    for (const xmlNode *x = X(n); is_element(x); x = x->parent)
        for (const xmlAttr *a = x->properties; a; a = a->next)
            if (in_xml_ns(a) && strcmp((const char *)a->name, "lang") == 0)
                return attr_value(a);
    return NULL;
}

/* ---- text ----------------------------------------------------------------------------- */

const char *mn_node_text(const mn_node *n)
{
    return mn_node_kind(n) == MN_KIND_TEXT ? (const char *)X(n)->content : NULL;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char *mn_node_text_folded(const mn_node *n)
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

/* ---- the walker ----------------------------------------------------------------------- */

struct mn_iter {
    const mn_node *root;
    const mn_node *node;
    mn_event event;
    int started;
    int skip; /* mn_iter_skip: the entered element's EXIT comes next */
};

mn_iter *mn_iter_new(const mn_node *root)
{
    mn_iter *it = calloc(1, sizeof *it);
    if (it)
        it->root = root;
    return it;
}

static mn_event at(mn_iter *it, const mn_node *node, mn_event event)
{
    it->node = node;
    return it->event = event;
}

/* After NODE is done with (its EXIT given, or a text entered): the next
 * sibling's ENTER, else the parent's EXIT; leaving the root ends the walk. */
static mn_event leave(mn_iter *it)
{
    if (it->node == it->root)
        return at(it, NULL, MN_EVENT_DONE);
    const mn_node *next = mn_node_next(it->node);
    if (next)
        return at(it, next, MN_EVENT_ENTER);
    return at(it, mn_node_parent(it->node), MN_EVENT_EXIT);
}

/* After an element's ENTER: its first child's ENTER, or its own EXIT. */
static mn_event descend(mn_iter *it)
{
    const mn_node *c = it->skip ? NULL : mn_node_first(it->node);
    it->skip = 0;
    return c ? at(it, c, MN_EVENT_ENTER) : at(it, it->node, MN_EVENT_EXIT);
}

mn_event mn_iter_next(mn_iter *it)
{
    if (!it || !it->root)
        return MN_EVENT_DONE;
    if (!it->started) {
        it->started = 1;
        return at(it, it->root, MN_EVENT_ENTER);
    }
    switch (it->event) {
    case MN_EVENT_ENTER:
        return mn_node_kind(it->node) == MN_KIND_TEXT ? leave(it) : descend(it);
    case MN_EVENT_EXIT:
        return leave(it);
    case MN_EVENT_DONE:
        break;
    }
    return MN_EVENT_DONE;
}

const mn_node *mn_iter_node(const mn_iter *it)
{
    return it ? it->node : NULL;
}

void mn_iter_skip(mn_iter *it)
{
    if (it && it->event == MN_EVENT_ENTER && mn_node_kind(it->node) != MN_KIND_TEXT)
        it->skip = 1;
}

void mn_iter_free(mn_iter *it)
{
    free(it);
}
