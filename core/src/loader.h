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

/* Loads the modules of DIR whose file name's role meets CAPS, in name
 * order; with PR, leaves out the readers DIR's plugin cache rules out for
 * that input (plugincache.c). */
void mn_context_load_dir(mn_context *ctx, const char *dir, unsigned caps, const mn_probe *pr);

/* Loads the readers that may claim the input PR describes: every reader
 * module except those the plugin cache of their directory rules out.
 * Unlike mn_context_load_readers, may leave some readers unloaded. */
void mn_context_load_readers_for(mn_context *ctx, const mn_probe *pr);

/* Writes DIR/plugins.cache from the modules of DIR loaded so far
 * (mn_context_write_plugin_cache loads them first).  Returns 0 or
 * MN_EX_CANTCREAT. */
int mn_plugin_cache_write(mn_context *ctx, const char *dir);

/* Whether DIR's plugin cache, trusted for module FILE (its size and
 * modification time match), says the module cannot claim the input PR
 * describes: a writer only, or a reader whose magic, extensions and the
 * absence of a media type rule it out (plugin.h: magic). */
int mn_plugin_cache_rules_out(mn_context *ctx, const char *dir, const char *file,
                              const mn_probe *pr);

#endif
