/* SPDX-License-Identifier: MIT */
/* validate.h — schema validation inside the library. */
#ifndef MN_VALIDATE_H
#define MN_VALIDATE_H

#include <libxml/tree.h>
#include "minutes/minutes.h"

/* Validates doc; each problem becomes an error with STATUS_ON_ERROR.
 * Returns 0 or that status. */
int mn_validate_doc(mn_job *job, xmlDocPtr doc, int status_on_error);

/* Parses DATA as XML by the rules of RELIABILITY.md (no network, no
 * entities, no DTD; a DOCTYPE is refused).  Returns the document (the caller
 * frees it with xmlFreeDoc), or NULL with a one-line reason in MSG and its
 * line (0 when unknown) in *LINE. */
xmlDocPtr mn_xml_read_checked(const void *data, size_t size, char *msg, size_t msgsize,
                              unsigned *line);

/* Sets up libxml2 once: the refusing entity loader, silence. */
void mn_xml_init(void);

#endif
