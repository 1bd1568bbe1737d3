/* SPDX-License-Identifier: MIT */
/* loader.h — the plugin registry's internal entry points. */
#ifndef MN_LOADER_H
#define MN_LOADER_H

#include "minutes/plugin.h"

/* Plugin NAME with CAPS from a module named after it (mn-NAME.so,
 * mn-r-NAME.so, ...), loading only that module; NULL when there is none.
 * Unlike mn_context_find, never falls back to loading every module. */
const mn_plugin *mn_context_find_module(mn_context *ctx, const char *name, unsigned caps);

#endif
