/* SPDX-License-Identifier: MIT */
/* builder.h — internal side of the builder (the plugin side is in plugin.h).
 * The pipeline makes one builder per job, hands it to the input plugin, then
 * takes the generic tree (docs/INTERNALS.md) out of it.  Unit tests of readers
 * use the same three calls. */
#ifndef MN_BUILDER_H
#define MN_BUILDER_H

#include <libxml/tree.h>
#include "minutes/plugin.h"

/* New builder whose diagnostics go to job.  Owned by the caller. */
mn_builder *mn_builder_new(mn_job *job);
/* Closes what is open and hands over the tree (owned by the caller, free with
 * xmlFreeDoc).  *canonical is set to 1 when the reader adopted a canonical
 * document (no passes to run).  The builder is empty afterwards. */
xmlDocPtr mn_builder_finish(mn_builder *b, int *canonical);
void mn_builder_free(mn_builder *b);
/* Sets property KEY, as authoritative, over every value the reader gave it
 * (dropped first, unless ADD): what the command line says about a document
 * wins over what the document says. */
int mn_builder_override_property(mn_builder *b, const char *key, const char *value, int add);

#endif
