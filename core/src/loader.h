/* SPDX-License-Identifier: MIT */
/* loader.h — the plugin registry's internal entry points. */
#ifndef MN_LOADER_H
#define MN_LOADER_H

#include <stddef.h>

#include "minutes/plugin.h"

/* Whether descriptor P is large enough to hold FIELD: fields after the
 * ones ABI 1 began with are read only when the size covers them. */
#define MN_PLUGIN_HAS(p, field) ((p)->size >= offsetof(mn_plugin, field) + sizeof (p)->field)

/* Plugin NAME with CAPS from a module named after it (mn-NAME.so,
 * mn-r-NAME.so, ...), loading only that module; NULL when there is none.
 * Unlike mn_context_find, never falls back to loading every module. */
const mn_plugin *mn_context_find_module(mn_context *ctx, const char *name, unsigned caps);

#endif
