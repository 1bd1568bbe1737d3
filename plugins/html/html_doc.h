/* SPDX-License-Identifier: MIT */
/* html_doc.h — three conveniences the HTML writer keeps over the public
 * document API (minutes/doc.h), through which it reads everything. */
#ifndef MN_HTML_DOC_H
#define MN_HTML_DOC_H

#include "minutes/plugin.h"

/* Whether N has a child element of KIND. */
int hd_has(const mn_node *n, mn_kind kind);
/* The folded text of the child of KIND, or NULL when it is missing or
 * empty.  Owned by the caller (free). */
char *hd_child_text(const mn_node *parent, mn_kind kind);
/* A name or a text: the child element of KIND's folded text, else the
 * attribute of the same NAME (the growth of the canonical document may
 * bring either).  Owned by the caller (free), or NULL. */
char *hd_child_or_attr(const mn_node *n, mn_kind kind, const char *name);
/* The start of N's folded text (mn_node_text_folded's): its first MAX + 1
 * characters, or all of it when it has fewer, in BUF of SIZE bytes (at
 * least 4 * (MAX + 1) + 1).  Reads no further than it keeps: a summary of
 * a long action costs what the summary shows.  Returns BUF. */
char *hd_folded_prefix(const mn_node *n, size_t max, char *buf, size_t size);
/* Whether PREFIX, as hd_folded_prefix gave it for MAX, may be shorter than
 * the whole text: it holds MAX + 1 characters. */
int hd_prefix_full(const char *prefix, size_t max);

#endif
