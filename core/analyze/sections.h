/* SPDX-License-Identifier: MIT */
/* sections.h — the parts of the sections pass (sections.c), private to
 * core/analyze/. */
#ifndef MN_SECTIONS_H
#define MN_SECTIONS_H

#include <libxml/tree.h>
#include <stddef.h>

/* sections_prep.c: the styled headings' outline, set right before nesting. */

/* A heading alone at the top level of the outline, first of all headings,
 * with others below it ("# Working Group Telco — Minutes" over "## Topics"):
 * it names the document, it is no section.  It becomes a paragraph where
 * it stands, and the headings below it are the top-level sections. */
void mn_sec_title_heading(xmlNodePtr body);

/* A table of contents ("Contents", "Table of contents" over a list of links
 * to the document's anchors, or over kramdown's "* TOC"): derived from the
 * headings, so it leaves the body, and headings that its level held below
 * it come up to that level. */
void mn_sec_drop_contents(xmlNodePtr body);

/* The topics a text dump's contents list ("Contents" over "[3]Topics",
 * "[4]Budget review": a web page's links, numbered as notes) names, without
 * their note numbers: the lines of the body that repeat one are its
 * headings.  Returns how many; *titles (and each title) is malloc'd, NULL
 * when there are none. */
size_t mn_sec_dump_titles(xmlNodePtr body, char ***titles);
void mn_sec_free_titles(char **titles, size_t n);

/* minute_ref.c */

#define MN_MINUTE_REF_N 24

/* A minute reference starting S and text after it ("23/112 Finance",
 * "Min 12/204 Matters arising", "PL/24/031 Minutes"): returns the bytes to
 * take off (the words before it, the reference and its closing mark), the
 * reference alone in N; 0 when S does not start with one. */
size_t mn_sec_minute_ref(const char *s, char n[MN_MINUTE_REF_N]);

#endif
