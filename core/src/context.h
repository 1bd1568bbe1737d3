/* SPDX-License-Identifier: MIT */
/* context.h — the context's internals, shared by the plugin loader
 * (loader.c) and the lexicon's loading (lexicon_dirs.c). */
#ifndef MN_CONTEXT_H
#define MN_CONTEXT_H

#include "minutes/plugin.h"

typedef struct mn_loaded {
    const mn_plugin *plugin;
    char *path;
    void *handle;
} mn_loaded;

struct mn_context {
    char **dirs;
    size_t n_dirs;
    mn_loaded *plugins;
    size_t n_plugins;
    char **tried; /* module paths already opened, refused or not */
    size_t n_tried;
    mn_diag *diags;
    size_t n_diags;
    int all_loaded;
    int readers_loaded;
    /* the lexicon (lexicon_dirs.c): loaded once, before any fork */
    char *lexicon_dir;            /* --lexicon DIR, or NULL for the installed ones */
    struct mn_lexicon *lexicon;   /* NULL until loaded */
    int lexicon_status;           /* a failed load's status, kept */
    char *lexicon_error;
};

/* Frees the context's lexicon and its settings (lexicon_dirs.c). */
void mn_context_free_lexicon(mn_context *ctx);
/* The context's lexicon, loading it when needed; NULL when it cannot be
 * (mn_context_lexicon_error says why).  Borrowed. */
const struct mn_lexicon *mn_context_lexicon(mn_context *ctx);

#endif
