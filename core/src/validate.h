/* SPDX-License-Identifier: MIT */
/* validate.h — schema validation inside the library. */
#ifndef MN_VALIDATE_H
#define MN_VALIDATE_H

#include <libxml/tree.h>
#include "minutes/minutes.h"

/* Validates doc; each problem becomes an error with STATUS_ON_ERROR.
 * Returns 0 or that status. */
int mn_validate_doc(mn_job *job, xmlDocPtr doc, int status_on_error);

/* Sets up libxml2 once: the refusing entity loader, silence. */
void mn_xml_init(void);

#endif
