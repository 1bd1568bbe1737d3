/* SPDX-License-Identifier: MIT */
/* context.h — the context's internals, shared by the plugin loader
 * (loader.c) and the lexicon's loading (lexicon_dirs.c). */
#ifndef MN_CONTEXT_H
#define MN_CONTEXT_H

#include "minutes/plugin.h"

/* A lexicon of another language than the default's, loaded when a document
 * in that language first needs it (lexicon_dirs.c). */
typedef struct mn_lang_lexicon {
    char lang[4];               /* the primary subtag, lower case: "fr" */
    struct mn_lexicon *lexicon; /* NULL when there is none or it is not valid */
    char *error;                /* why a file found was refused, or NULL */
} mn_lang_lexicon;

#define MN_CONTEXT_LANGS 8

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
    mn_lang_lexicon langs[MN_CONTEXT_LANGS]; /* other languages' lexicons, as asked */
    size_t n_langs;
};

/* Frees the plugin cache entries read into the context (plugincache.c). */
void mn_context_free_cache(mn_context *ctx);

/* Frees the context's lexicon and its settings (lexicon_dirs.c). */
void mn_context_free_lexicon(mn_context *ctx);
/* The context's lexicon, loading it when needed; NULL when it cannot be
 * (mn_context_lexicon_error says why).  Borrowed. */
const struct mn_lexicon *mn_context_lexicon(mn_context *ctx);
/* The context's lexicon for the language LANG (a tag: "fr", "es-MX"; its
 * primary subtag counts), loading it on first use from the --lexicon
 * directory or the installed ones; the default's for its own language; NULL
 * when there is no valid lexicon of that language (the caller keeps the
 * default's), and then *error (ERROR may be NULL) says why when a file was
 * found but refused, else is NULL.  Borrowed. */
const struct mn_lexicon *mn_context_lexicon_of(mn_context *ctx, const char *lang, const char **error);
/* The languages there is a bundled lexicon for ("en", "fr", "es"), ended by
 * NULL: the candidates when a document's language is told from its text. */
const char *const *mn_lexicon_bundled_langs(void);

#endif
