/* SPDX-License-Identifier: MIT */
/* loader.c — the plugin registry: finds plugin modules in the search path,
 * dlopens them and checks their descriptors before trusting anything in them.
 *
 * Output plugins are looked up by name (module file mn-NAME.so) and loaded
 * only then, so a conversion to XML never maps the PDF plugin's cairo and
 * Pango.  Handles are kept until the context is freed (as SQLite keeps
 * extensions): descriptors point into them. */
#include <dirent.h>
#include <dlfcn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "context.h"
#include "loader.h"
#include "minutes/plugin.h"

/* The part of the descriptor ABI 1 guarantees; fields after it are read
 * only when the descriptor's size covers them. */
#define MN_PLUGIN_MIN_SIZE offsetof(mn_plugin, prepare)

mn_context *mn_context_new(void)
{
    return calloc(1, sizeof(mn_context));
}

static void mn_free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void mn_context_free(mn_context *ctx)
{
    if (!ctx)
        return;
    for (size_t i = 0; i < ctx->n_plugins; i++) {
        free(ctx->plugins[i].path);
        /* Modules stay mapped: libraries they pull in (fontconfig, GLib)
         * register atexit handlers and thread-local state that must not
         * outlive their code. */
    }
    free(ctx->plugins);
    mn_free_strings(ctx->dirs, ctx->n_dirs);
    mn_free_strings(ctx->tried, ctx->n_tried);
    mn_context_free_cache(ctx);
    for (size_t i = 0; i < ctx->n_diags; i++)
        free((char *)ctx->diags[i].message);
    free(ctx->diags);
    mn_context_free_lexicon(ctx);
    free(ctx);
}

static int mn_push_string(char ***v, size_t *n, const char *s)
{
    char **grown = realloc(*v, (*n + 1) * sizeof *grown);
    if (!grown)
        return -1;
    *v = grown;
    if (!(grown[*n] = strdup(s)))
        return -1;
    (*n)++;
    return 0;
}

static int mn_refuse(mn_context *ctx, int status, const char *path, const char *fmt, ...)
    MN_PRINTF(4, 5);

static int mn_refuse(mn_context *ctx, int status, const char *path, const char *fmt, ...)
{
    char *msg = NULL, *full = NULL;
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&msg, fmt, ap) < 0)
        msg = NULL;
    va_end(ap);
    if (msg && asprintf(&full, "plugin %s refused: %s", path, msg) < 0)
        full = NULL;
    free(msg);
    mn_diag *grown = realloc(ctx->diags, (ctx->n_diags + 1) * sizeof *grown);
    if (grown && full) {
        ctx->diags = grown;
        ctx->diags[ctx->n_diags++] = (mn_diag){.severity = MN_WARNING, .status = status,
                                               .file = NULL, .line = 0, .message = full};
    } else {
        free(full);
        if (grown)
            ctx->diags = grown;
    }
    return status;
}

int mn_context_add_plugin_dir(mn_context *ctx, const char *dir)
{
    if (!dir || !*dir)
        return 0;
    for (size_t i = 0; i < ctx->n_dirs; i++)
        if (strcmp(ctx->dirs[i], dir) == 0)
            return 0;
    return mn_push_string(&ctx->dirs, &ctx->n_dirs, dir) ? MN_EX_SOFTWARE : 0;
}

static const mn_loaded *mn_by_name(const mn_context *ctx, const char *name)
{
    for (size_t i = 0; i < ctx->n_plugins; i++)
        if (strcmp(ctx->plugins[i].plugin->name, name) == 0)
            return &ctx->plugins[i];
    return NULL;
}

/* Checks what a descriptor promises before anything else of it is used. */
static int mn_check_descriptor(mn_context *ctx, const char *path, const mn_plugin *p)
{
    if (p->abi != MN_PLUGIN_ABI)
        return mn_refuse(ctx, MN_EX_SOFTWARE, path, "ABI version %u, this minutes speaks %u",
                         p->abi, MN_PLUGIN_ABI);
    if (p->size < MN_PLUGIN_MIN_SIZE)
        return mn_refuse(ctx, MN_EX_SOFTWARE, path, "descriptor size %u is smaller than %zu",
                         p->size, (size_t)MN_PLUGIN_MIN_SIZE);
    if (!p->name || !*p->name)
        return mn_refuse(ctx, MN_EX_SOFTWARE, path, "descriptor has no name");
    if ((p->caps & MN_CAN_READ) && (!p->read || !p->probe))
        return mn_refuse(ctx, MN_EX_SOFTWARE, path, "reader '%s' lacks probe or read", p->name);
    if ((p->caps & MN_CAN_WRITE) && !p->write)
        return mn_refuse(ctx, MN_EX_SOFTWARE, path, "writer '%s' lacks write", p->name);
    if (!(p->caps & (MN_CAN_READ | MN_CAN_WRITE)))
        return mn_refuse(ctx, MN_EX_SOFTWARE, path, "'%s' can neither read nor write", p->name);
    if (p->unused_state_size)
        return mn_refuse(ctx, MN_EX_SOFTWARE, path,
                         "'%s' asks for per-job state (state_size), which the core no longer gives",
                         p->name);
    const mn_loaded *dup = mn_by_name(ctx, p->name);
    if (dup)
        return mn_refuse(ctx, MN_EX_SOFTWARE, path, "duplicate plugin name '%s' (already loaded from %s)",
                         p->name, dup->path);
    return 0;
}

static unsigned mn_module_role(const char *name);

static int mn_was_tried(mn_context *ctx, const char *path)
{
    for (size_t i = 0; i < ctx->n_tried; i++)
        if (strcmp(ctx->tried[i], path) == 0)
            return 1;
    return 0;
}

int mn_context_load_file(mn_context *ctx, const char *path)
{
    if (mn_was_tried(ctx, path))
        return 0;
    mn_push_string(&ctx->tried, &ctx->n_tried, path);
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h)
        return mn_refuse(ctx, MN_EX_SOFTWARE, path, "cannot be loaded: %s", dlerror());
    const mn_plugin *const *sym = dlsym(h, MN_PLUGIN_SYMBOL);
    if (!sym || !*sym) {
        dlclose(h);
        return mn_refuse(ctx, MN_EX_SOFTWARE, path, "missing symbol %s", MN_PLUGIN_SYMBOL);
    }
    int rc = mn_check_descriptor(ctx, path, *sym);
    const char *base = strrchr(path, '/');
    unsigned role = mn_module_role(base ? base + 1 : path);
    if (rc == 0 && role && !(role & 4u) && ((*sym)->caps & ~role))
        rc = mn_refuse(ctx, MN_EX_SOFTWARE, path, "file name says %s but the plugin %s",
                       role == MN_CAN_READ ? "reader" : role == MN_CAN_WRITE ? "writer" : "reader-writer",
                       (*sym)->caps & MN_CAN_WRITE ? "writes" : "reads");
    if (rc) {
        dlclose(h);
        return rc;
    }
    mn_loaded *grown = realloc(ctx->plugins, (ctx->n_plugins + 1) * sizeof *grown);
    char *copy = strdup(path);
    if (!grown || !copy) {
        free(copy);
        if (grown)
            ctx->plugins = grown;
        dlclose(h);
        return MN_EX_SOFTWARE;
    }
    ctx->plugins = grown;
    ctx->plugins[ctx->n_plugins++] = (mn_loaded){.plugin = *sym, .path = copy, .handle = h};
    return 0;
}

/* Module files are mn-NAME.so, or mn-r-NAME.so / mn-w-NAME.so / mn-rw-NAME.so
 * when the file name also says whether the plugin reads or writes: then
 * probing loads only readers, and a writer is mapped only when asked for.
 * The role a name claims is checked against the descriptor once loaded. */
static unsigned mn_module_role(const char *name)
{
    size_t n = strlen(name), np = strlen(MN_PLUGIN_PREFIX);
    if (n <= np + 3 || strncmp(name, MN_PLUGIN_PREFIX, np) != 0 || strcmp(name + n - 3, ".so") != 0)
        return 0;
    name += np;
    if (strncmp(name, "rw-", 3) == 0)
        return MN_CAN_READ | MN_CAN_WRITE;
    if (strncmp(name, "r-", 2) == 0)
        return MN_CAN_READ;
    if (strncmp(name, "w-", 2) == 0)
        return MN_CAN_WRITE;
    return MN_CAN_READ | MN_CAN_WRITE | 4u; /* says nothing: load for anything */
}

static int mn_cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Modules load in name order, so that which of two duplicates wins never
 * depends on readdir's order. */
void mn_context_load_dir(mn_context *ctx, const char *dir, unsigned caps, const mn_probe *pr)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        unsigned role = mn_module_role(e->d_name);
        if (role && (role & caps))
            mn_push_string(&names, &n, e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, mn_cmp_str);
    for (size_t i = 0; i < n; i++) {
        char *path = NULL;
        if (pr && mn_plugin_cache_rules_out(ctx, dir, names[i], pr))
            continue;
        if (asprintf(&path, "%s/%s", dir, names[i]) >= 0) {
            mn_context_load_file(ctx, path);
            free(path);
        }
    }
    mn_free_strings(names, n);
}

void mn_context_load_all(mn_context *ctx)
{
    if (ctx->all_loaded)
        return;
    for (size_t i = 0; i < ctx->n_dirs; i++)
        mn_context_load_dir(ctx, ctx->dirs[i], MN_CAN_READ | MN_CAN_WRITE, NULL);
    ctx->all_loaded = ctx->readers_loaded = 1;
}

void mn_context_load_readers(mn_context *ctx)
{
    if (ctx->readers_loaded)
        return;
    for (size_t i = 0; i < ctx->n_dirs; i++)
        mn_context_load_dir(ctx, ctx->dirs[i], MN_CAN_READ, NULL);
    ctx->readers_loaded = 1;
}

void mn_context_load_readers_for(mn_context *ctx, const mn_probe *pr)
{
    if (ctx->readers_loaded)
        return;
    for (size_t i = 0; i < ctx->n_dirs; i++)
        mn_context_load_dir(ctx, ctx->dirs[i], MN_CAN_READ, pr);
}

void mn_context_load_readers_for_input(mn_context *ctx, const char *filename, const void *head,
                                       size_t size, const char *media_type)
{
    /* "" rather than NULL: the magic check reads from the data pointer */
    mn_probe pr = {.data = head ? head : (const void *)"", .size = head ? size : 0,
                   .filename = filename, .media_type = media_type};
    mn_context_load_readers_for(ctx, &pr);
}

/* The cache describes every module of DIR, so all are loaded first; the
 * loader calls the cache (plugincache.c), never the other way round. */
int mn_context_write_plugin_cache(mn_context *ctx, const char *dir)
{
    mn_context_load_dir(ctx, dir, MN_CAN_READ | MN_CAN_WRITE, NULL);
    return mn_plugin_cache_write(ctx, dir);
}

static const mn_plugin *mn_matching(const mn_context *ctx, const char *name, unsigned caps)
{
    const mn_loaded *l = mn_by_name(ctx, name);
    return l && (l->plugin->caps & caps) == caps ? l->plugin : NULL;
}

/* Tries the module file names plugin NAME may have in DIR. */
static void mn_load_named(mn_context *ctx, const char *dir, const char *name, unsigned caps)
{
    static const char *const roles[] = {"", "rw-", "r-", "w-"};
    for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++) {
        char *path = NULL;
        struct stat st;
        if (asprintf(&path, "%s/%s%s%s.so", dir, MN_PLUGIN_PREFIX, roles[r], name) < 0)
            continue;
        if (stat(path, &st) == 0 && (mn_module_role(path + strlen(dir) + 1) & caps))
            mn_context_load_file(ctx, path);
        free(path);
    }
}

const mn_plugin *mn_context_find_module(mn_context *ctx, const char *name, unsigned caps)
{
    const mn_plugin *p = mn_matching(ctx, name, caps);
    for (size_t i = 0; !p && i < ctx->n_dirs; i++) {
        mn_load_named(ctx, ctx->dirs[i], name, caps);
        p = mn_matching(ctx, name, caps);
    }
    return p;
}

const mn_plugin *mn_context_find(mn_context *ctx, const char *name, unsigned caps)
{
    const mn_plugin *p = mn_context_find_module(ctx, name, caps);
    if (!p && !ctx->all_loaded) {
        /* A third-party module may be named differently from its plugin. */
        mn_context_load_all(ctx);
        p = mn_matching(ctx, name, caps);
    }
    return p;
}

size_t mn_context_prepare(mn_context *ctx)
{
    size_t failed = 0;
    for (size_t i = 0; i < ctx->n_plugins; i++) {
        const mn_plugin *p = ctx->plugins[i].plugin;
        if (MN_PLUGIN_HAS(p, prepare) && p->prepare && p->prepare() != 0)
            failed++;
    }
    return failed;
}

size_t mn_context_plugin_count(const mn_context *ctx)
{
    return ctx->n_plugins;
}

const mn_plugin *mn_context_plugin(const mn_context *ctx, size_t i)
{
    return i < ctx->n_plugins ? ctx->plugins[i].plugin : NULL;
}

const char *mn_context_plugin_path(const mn_context *ctx, size_t i)
{
    return i < ctx->n_plugins ? ctx->plugins[i].path : NULL;
}

size_t mn_context_diag_count(const mn_context *ctx)
{
    return ctx->n_diags;
}

const mn_diag *mn_context_diag(const mn_context *ctx, size_t i)
{
    return i < ctx->n_diags ? &ctx->diags[i] : NULL;
}
