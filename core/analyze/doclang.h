/* SPDX-License-Identifier: MIT */
/* doclang.h — what the document's declared language says to the passes. */
#ifndef MN_DOCLANG_H
#define MN_DOCLANG_H

#include <libxml/tree.h>
#include "minutes/minutes.h"

/* The order numeric dates are written in: 'd' (day first), 'm' (month first),
 * 'y' (year first), or 0 when unknown.  --date-order wins; else the order
 * the document's unambiguous numeric dates show ("23/05/22", "2/15"); else
 * the region of the document's declared language (a reader's `lang` property or xml:lang):
 * en-US and the few other regions that write the month first give 'm', any
 * other region 'd'.  A tag with no region ("en") says nothing. */
int mn_doc_date_order(xmlDocPtr doc, const mn_job *job);

#endif
