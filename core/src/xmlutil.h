/* SPDX-License-Identifier: MIT */
/* xmlutil.h — small helpers over libxml2 trees in the urn:minutes:1
 * namespace, shared by the builder, the passes and the pipeline. */
#ifndef MN_XMLUTIL_H
#define MN_XMLUTIL_H

#include <libxml/tree.h>
#include <stddef.h>

#include "minutes/doc.h" /* MN_NS */

/* True when n is an element named NAME in the minutes namespace. */
int mn_is(const xmlNode *n, const char *name);
/* First child element of parent named NAME (any name when NULL), or NULL. */
xmlNodePtr mn_child(const xmlNode *parent, const char *name);
/* Next sibling element after n named NAME (any name when NULL), or NULL. */
xmlNodePtr mn_next(const xmlNode *n, const char *name);
/* The document's meta and body elements (NULL when missing). */
xmlNodePtr mn_meta(xmlDocPtr doc);
xmlNodePtr mn_body(xmlDocPtr doc);
/* New element NAME in the minutes namespace, appended to parent (which may be
 * NULL: then it is unlinked), with TEXT as content when not NULL.  Owned by
 * the tree it is linked into. */
xmlNodePtr mn_add(xmlNodePtr parent, const char *name, const char *text);
/* The same, but inserted before a sibling. */
xmlNodePtr mn_add_before(xmlNodePtr sibling, const char *name, const char *text);
/* Attribute value as a new string (free with xmlFree), or NULL. */
char *mn_attr(const xmlNode *n, const char *name);
/* Whether attribute NAME equals VALUE. */
int mn_attr_is(const xmlNode *n, const char *name, const char *value);
void mn_set_attr(xmlNodePtr n, const char *name, const char *value);
/* All text below n, concatenated (free with xmlFree). */
char *mn_text(const xmlNode *n);
/* Text below n with runs of white space folded to one space and trimmed
 * (free with free()). */
char *mn_text_folded(const xmlNode *n);
/* Renames an element (keeps the namespace). */
void mn_rename(xmlNodePtr n, const char *name);

#endif
