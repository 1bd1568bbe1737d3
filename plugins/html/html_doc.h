/* SPDX-License-Identifier: MIT */
/* html_doc.h — the HTML writer's only door into the canonical document.
 *
 * Every read of the tree goes through these functions, and only
 * html_doc.c knows that the document is a libxml2 tree: when the core
 * gives writers a public read-only document API (a walker with typed
 * getters), this file is the one to port.  Nodes are borrowed from the
 * document and live as long as it does; strings returned as const are
 * borrowed too. */
#ifndef MN_HTML_DOC_H
#define MN_HTML_DOC_H

#include <stddef.h>

#include "minutes/minutes.h"

typedef struct hd_node hd_node; /* an element or a text node; opaque */

/* What a node is.  Element kinds are named after the canonical
 * vocabulary (docs/INTERNALS.md section 3); an element of another name or
 * namespace is HD_OTHER, and the writer skips it. */
typedef enum hd_kind {
    HD_OTHER = 0,
    HD_TEXT,
    /* the document */
    HD_MINUTES, HD_META, HD_AGENDA, HD_PARTICIPANTS, HD_BODY, HD_EVENTS,
    /* meta */
    HD_TITLE, HD_SUBTITLE, HD_DATE, HD_TIME, HD_LOCATION, HD_URL, HD_SOURCE, HD_ORGANISATION,
    /* participants and events */
    HD_GROUP, HD_PERSON, HD_EVENT, HD_SUMMARY, HD_DESCRIPTION, HD_RECURRENCE,
    /* blocks */
    HD_SECTION, HD_HEADING, HD_P, HD_LIST, HD_ITEM, HD_TABLE, HD_ROW, HD_CELL, HD_ACTION,
    HD_DECISION, HD_NOTE,
    /* inlines (HD_DATE is also the inline date) */
    HD_EM, HD_STRONG, HD_LINK, HD_BR
} hd_kind;

/* The root element of DOC (minutes), or NULL. */
const hd_node *hd_root(const mn_doc *doc);
/* The document's language (xml:lang on the root), or NULL.  Borrowed. */
const char *hd_lang(const hd_node *root);

hd_kind hd_kind_of(const hd_node *n);
/* First child (element or text) of N, and the next sibling; comments and
 * the like are skipped.  NULL at the end. */
const hd_node *hd_first(const hd_node *n);
const hd_node *hd_next(const hd_node *n);
/* First child element of PARENT of KIND, and the next sibling of KIND. */
const hd_node *hd_child(const hd_node *parent, hd_kind kind);
const hd_node *hd_next_of(const hd_node *n, hd_kind kind);
/* Whether N has a child element of KIND. */
int hd_has(const hd_node *n, hd_kind kind);

/* Attribute NAME of element N, or NULL when missing.  Borrowed. */
const char *hd_attr(const hd_node *n, const char *name);
/* Whether attribute NAME is "true" or "1". */
int hd_attr_true(const hd_node *n, const char *name);
/* The content of a text node (NULL for an element).  Borrowed. */
const char *hd_text(const hd_node *n);
/* All text below N, white space folded and trimmed.  Owned by the caller
 * (free); "" when N is NULL or empty, NULL only when out of memory. */
char *hd_text_folded(const hd_node *n);
/* The folded text of the child of KIND, or NULL when it is missing or
 * empty.  Owned by the caller (free). */
char *hd_child_text(const hd_node *parent, hd_kind kind);
/* A name or a text: the child element of KIND's folded text, else the
 * attribute of the same NAME (the growth of the canonical document may
 * bring either).  Owned by the caller (free), or NULL. */
char *hd_child_or_attr(const hd_node *n, hd_kind kind, const char *name);

#endif
