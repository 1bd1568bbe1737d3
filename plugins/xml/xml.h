/* SPDX-License-Identifier: MIT */
/* xml.h — the canonical XML plugin's parts. */
#ifndef MN_XML_PLUGIN_H
#define MN_XML_PLUGIN_H

#include "minutes/plugin.h"

/* Whether the content of a canonical element named NAME is elements only
 * (white space in it is indentation). */
int mn_xml_element_only(const char *name);

/* Writes DOC, indented, to OUT.  Returns 0, the output's status, or
 * MN_EX_SOFTWARE with an error on JOB. */
int mn_xml_serialize(mn_job *job, const mn_doc *doc, mn_output *out);

#endif
