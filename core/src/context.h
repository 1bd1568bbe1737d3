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

/* One module as DIR/plugins.cache describes it (plugincache.c). */
typedef struct mn_cache_entry {
    char *dir;
    char *file;                /* the module's file name in DIR */
    long long size, mtime_s, mtime_ns; /* trusted only while these match */
    unsigned caps;
    char *extensions;          /* space separated, or "" */
    unsigned char *magic;      /* patterns, each a length byte then its bytes */
    size_t magic_size;         /* 0: the reader declares none */
} mn_cache_entry;

struct mn_context {
    char **dirs;
    size_t n_dirs;
    mn_loaded *plugins;
    size_t n_plugins;
    char **tried; /* module paths already opened, refused or not */
    size_t n_tried;
    mn_diag *diags;
    size_t n_diags;
    mn_cache_entry *cache;     /* the plugin caches read so far */
    size_t n_cache;
    char **cache_dirs;         /* directories whose cache was read (or was missing) */
    size_t n_cache_dirs;
    int all_loaded;
    int readers_loaded;
    /* the lexicon (lexicon_dirs.c): loaded once, before any fork */
    char *lexicon_dir;            /* --lexicon DIR, or NULL for the installed ones */
    struct mn_lexicon *lexicon;   /* NULL until loaded */
    int lexicon_status;           /* a failed load's status, kept */
    char *lexicon_error;
};

/* Frees the plugin cache entries read into the context (plugincache.c). */
void mn_context_free_cache(mn_context *ctx);

/* Frees the context's lexicon and its settings (lexicon_dirs.c). */
void mn_context_free_lexicon(mn_context *ctx);
/* The context's lexicon, loading it when needed; NULL when it cannot be
 * (mn_context_lexicon_error says why).  Borrowed. */
const struct mn_lexicon *mn_context_lexicon(mn_context *ctx);

#endif
