/* SPDX-License-Identifier: MIT */
/* xml.h — the canonical XML plugin's parts. */
#ifndef MN_XML_PLUGIN_H
#define MN_XML_PLUGIN_H

#include <libxml/tree.h>

#include "minutes/plugin.h"

/* Whether N's content is elements only (its white space is indentation). */
int mn_xml_element_only(const xmlNode *n);

/* Writes DOC, indented, to OUT.  Returns 0 or the output's status. */
int mn_xml_serialize(const xmlDoc *doc, mn_output *out);

#endif
