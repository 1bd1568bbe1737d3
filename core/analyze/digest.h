/* SPDX-License-Identifier: MIT */
/* digest.h — what the sections pass asks of digest.c (several meetings in
 * one file) before the sections exist: in plain text, a meeting's heading
 * is a line of its own ("Weekly sync, Monday 4 November 2024"). */
#ifndef MN_DIGEST_H
#define MN_DIGEST_H

#include <libxml/tree.h>

#include "temporal_cal.h"

/* Whether TEXT (folded) is a meeting's heading line in a digest: a short
 * line, a day written with its year and only words that may name a meeting
 * beside it (lexicon meeting-part-words), a meeting noun among them ("Weekly
 * sync, Monday 4 November 2024"; a day alone is a date line); sets *day. */
int mn_digest_heading(const char *text, mn_ymd *day);

/* Whether two or more of body's paragraphs are such headings, every two
 * meetings at least a few days apart: the file is a digest whose meetings
 * are headed by lines of plain text. */
int mn_digest_lines(const xmlNode *body);

#endif
