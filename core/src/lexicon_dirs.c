/* SPDX-License-Identifier: MIT */
/* lexicon_dirs.c — which lexicon file a process uses, and the lexicon of the
 * running passes.
 *
 * The installed lexicons live in DATADIR/minutes/lexicons; the build tree's
 * copy (BUILD/lexicons) is used when the running code is the build tree's,
 * as plugins are found (plugindirs.c), and the directory beside the
 * installed library (../share/minutes/lexicons, from the configured
 * relative path) before the configured one, so a moved prefix still finds
 * its own.  A directory given with mn_context_set_lexicon_dir comes first. */
#include <dirent.h>
#include <stdarg.h>
#include <dlfcn.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "context.h"
#include "lexicon.h"
#include "lexicon_data.h"
#include "minutes/minutes.h"

/* The default language: its lexicon is loaded with the context, and the
 * passes use it for a document in a language there is no lexicon for. */
#define MN_LX_LANG "en"

static _Thread_local const mn_lexicon *mn_lx_current;
static mn_lexicon *mn_lx_default;

/* ---- where the installed lexicons are --------------------------------------- */

/* The real path of the file this code was loaded from (the shared library,
 * or a program linking the static archive), or NULL. */
static char *mn_lx_code_path(void)
{
    Dl_info info;
    char real[PATH_MAX];
    if (!dladdr((void *)mn_lexicon_default_path, &info) || !info.dli_fname ||
        !realpath(info.dli_fname, real))
        return NULL;
    return strdup(real);
}

static int mn_lx_in_build_tree(const char *code)
{
    char build[PATH_MAX];
    size_t n;
    return code && realpath(MN_BUILD_DIR, build) && (n = strlen(build)) > 0 &&
           strncmp(code, build, n) == 0 && code[n] == '/';
}

static int mn_lx_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static void mn_lx_append(char **list, const char *item)
{
    char *grown = NULL;
    if (asprintf(&grown, "%s%s%s", *list ? *list : "", *list ? ", " : "", item) >= 0) {
        free(*list);
        *list = grown;
    }
}

/* DIR/LANG.xml when it is a file (malloc'd), else NULL; the path tried is
 * added to *tried. */
static char *mn_lx_try(const char *dir, const char *lang, char **tried)
{
    char *path = NULL;
    if (asprintf(&path, "%s/%s.xml", dir, lang) < 0)
        return NULL;
    if (mn_lx_is_file(path))
        return path;
    if (tried)
        mn_lx_append(tried, path);
    free(path);
    return NULL;
}

char *mn_lexicon_default_path(const char *lang, char **tried)
{
    if (tried)
        *tried = NULL;
    char *code = mn_lx_code_path(), *found = NULL;
    if (mn_lx_in_build_tree(code)) {
        found = mn_lx_try(MN_BUILD_LEXICON_DIR, lang, tried);
    } else {
        char *copy = code ? strdup(code) : NULL, *beside = NULL;
        if (copy && asprintf(&beside, "%s/%s", dirname(copy), MN_LEXICON_DIR_FROM_LIBDIR) >= 0)
            found = mn_lx_try(beside, lang, tried);
        free(beside);
        free(copy);
        if (!found)
            found = mn_lx_try(MN_INSTALL_LEXICON_DIR, lang, tried);
    }
    free(code);
    return found;
}

/* ---- opening a lexicon file -------------------------------------------------------- */

mn_lexicon *mn_lexicon_open(const char *path, const char *lang, char **error)
{
    size_t n = 0;
    char *buf = mn_lexicon_read(path, &n, error);
    if (!buf)
        return NULL;
    uint64_t digest = mn_lx_digest(buf, n);
    mn_lexicon *lx = NULL;
    for (const mn_lx_builtin *b = mn_lx_builtins; b->lang && !lx; b++)
        if (strcmp(b->lang, lang) == 0 && b->size == n && b->digest == digest)
            lx = mn_lexicon_from_compiled(b->tables, lang, path);
    if (!lx)
        lx = mn_lexicon_parse(buf, n, lang, path, error);
    free(buf);
    return lx;
}

/* ---- the lexicon of the passes -------------------------------------------------- */

const mn_lexicon *mn_lx_use(const mn_lexicon *lx)
{
    const mn_lexicon *prev = mn_lx_current;
    mn_lx_current = lx;
    return prev;
}

/* The process's default: the installed English lexicon, or an empty one.
 * Two threads may race to load it; the loser frees its copy. */
static const mn_lexicon *mn_lx_process_default(void)
{
    mn_lexicon *lx = __atomic_load_n(&mn_lx_default, __ATOMIC_ACQUIRE);
    if (lx)
        return lx;
    char *path = mn_lexicon_default_path(MN_LX_LANG, NULL), *error = NULL;
    lx = path ? mn_lexicon_open(path, MN_LX_LANG, &error) : NULL;
    free(path);
    free(error);
    if (!lx)
        lx = mn_lexicon_empty(MN_LX_LANG);
    mn_lexicon *expected = NULL;
    if (!__atomic_compare_exchange_n(&mn_lx_default, &expected, lx, 0, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE)) {
        mn_lexicon_free(lx);
        lx = expected;
    }
    return lx;
}

const mn_lexicon *mn_lx(void)
{
    return mn_lx_current ? mn_lx_current : mn_lx_process_default();
}

/* ---- the context's lexicon ------------------------------------------------------- */

int mn_context_set_lexicon_dir(mn_context *ctx, const char *dir)
{
    mn_context_free_lexicon(ctx);
    ctx->lexicon_dir = dir ? strdup(dir) : NULL;
    return dir && !ctx->lexicon_dir ? MN_EX_SOFTWARE : 0;
}

void mn_context_free_lexicon(mn_context *ctx)
{
    for (size_t i = 0; i < ctx->n_langs; i++) {
        mn_lexicon_free(ctx->langs[i].lexicon);
        free(ctx->langs[i].error);
    }
    ctx->n_langs = 0;
    mn_lexicon_free(ctx->lexicon);
    free(ctx->lexicon_dir);
    free(ctx->lexicon_error);
    ctx->lexicon = NULL;
    ctx->lexicon_dir = NULL;
    ctx->lexicon_error = NULL;
    ctx->lexicon_status = 0;
}

static int mn_lx_refuse(mn_context *ctx, int status, const char *fmt, ...) MN_PRINTF(3, 4);

static int mn_lx_refuse(mn_context *ctx, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    free(ctx->lexicon_error);
    if (vasprintf(&ctx->lexicon_error, fmt, ap) < 0)
        ctx->lexicon_error = NULL;
    va_end(ap);
    return ctx->lexicon_status = status;
}

/* Whether NAME is a lexicon's file name: a language tag and ".xml". */
static int mn_lx_lexicon_name(const char *name)
{
    size_t n = strlen(name), i = 0;
    if (n < 6 || strcmp(name + n - 4, ".xml") != 0)
        return 0;
    while (name[i] >= 'a' && name[i] <= 'z')
        i++;
    return i >= 2 && i <= 3 && (name[i] == '.' || name[i] == '-');
}

/* Checks the user's directory: 0, or MN_EX_NOINPUT with the reason. */
static int mn_lx_check_dir(mn_context *ctx, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return mn_lx_refuse(ctx, MN_EX_NOINPUT, "lexicon directory %s: %s", dir, strerror(errno));
    int any = 0;
    for (struct dirent *e; !any && (e = readdir(d));)
        any = mn_lx_lexicon_name(e->d_name);
    closedir(d);
    if (!any)
        return mn_lx_refuse(ctx, MN_EX_NOINPUT, "lexicon directory %s holds no lexicon (such as %s.xml)",
                            dir, MN_LX_LANG);
    return 0;
}

int mn_context_load_lexicon(mn_context *ctx)
{
    if (ctx->lexicon || ctx->lexicon_status)
        return ctx->lexicon_status;
    const char *dir = ctx->lexicon_dir;
    if (dir && mn_lx_check_dir(ctx, dir))
        return ctx->lexicon_status;
    char *path = dir ? mn_lx_try(dir, MN_LX_LANG, NULL) : NULL, *tried = NULL, *error = NULL;
    int mine = path != NULL; /* the user's file, not the installed one */
    if (!path && !(path = mn_lexicon_default_path(MN_LX_LANG, &tried))) {
        mn_lx_refuse(ctx, MN_EX_SOFTWARE, "no installed lexicon for '%s' (looked for %s)", MN_LX_LANG,
                     tried ? tried : "nothing");
        free(tried);
        return ctx->lexicon_status;
    }
    free(tried);
    ctx->lexicon = mn_lexicon_open(path, MN_LX_LANG, &error);
    if (!ctx->lexicon)
        mn_lx_refuse(ctx, mine ? MN_EX_USAGE : MN_EX_SOFTWARE, "%s%s",
                     mine ? "" : "the installed lexicon is broken: ", error ? error : "out of memory");
    free(error);
    free(path);
    return ctx->lexicon_status;
}

const char *mn_context_lexicon_error(const mn_context *ctx)
{
    return ctx->lexicon_error;
}

const char *mn_context_lexicon_path(const mn_context *ctx, const char *lang)
{
    if (ctx->lexicon && strcmp(lang, mn_lexicon_lang(ctx->lexicon)) == 0)
        return mn_lexicon_path(ctx->lexicon);
    for (size_t i = 0; i < ctx->n_langs; i++)
        if (ctx->langs[i].lexicon && strcmp(lang, ctx->langs[i].lang) == 0)
            return mn_lexicon_path(ctx->langs[i].lexicon);
    return NULL;
}

/* ---- the lexicons of other languages ---------------------------------------------- */

const char *const *mn_lexicon_bundled_langs(void)
{
    static const char *langs[MN_CONTEXT_LANGS + 1];
    if (!langs[0]) {
        size_t n = 0;
        for (const mn_lx_builtin *b = mn_lx_builtins; b->lang && n < MN_CONTEXT_LANGS; b++)
            langs[n++] = b->lang;
        langs[n] = NULL;
    }
    return langs;
}

/* LANG's primary subtag, lower case, in out[4]; 0 when LANG has none of two
 * or three letters. */
static int mn_lx_primary(const char *lang, char out[4])
{
    size_t n = 0;
    while (lang[n] && lang[n] != '-' && lang[n] != '_' && n < 4) {
        char c = lang[n];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return 0;
        out[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        n++;
    }
    if (n < 2 || n > 3 || (lang[n] && lang[n] != '-' && lang[n] != '_'))
        return 0;
    out[n] = '\0';
    return 1;
}

/* Loads LANG's lexicon into a new slot: the --lexicon directory's file
 * first, then the installed one.  NULL when every slot is taken. */
static mn_lang_lexicon *mn_lx_load_lang(mn_context *ctx, const char *lang)
{
    if (ctx->n_langs == MN_CONTEXT_LANGS)
        return NULL;
    mn_lang_lexicon *slot = &ctx->langs[ctx->n_langs++];
    snprintf(slot->lang, sizeof slot->lang, "%s", lang);
    slot->lexicon = NULL;
    slot->error = NULL;
    char *path = ctx->lexicon_dir ? mn_lx_try(ctx->lexicon_dir, lang, NULL) : NULL;
    if (!path)
        path = mn_lexicon_default_path(lang, NULL);
    if (path)
        slot->lexicon = mn_lexicon_open(path, lang, &slot->error);
    free(path);
    return slot;
}

const struct mn_lexicon *mn_context_lexicon_of(mn_context *ctx, const char *lang, const char **error)
{
    char primary[4];
    if (error)
        *error = NULL;
    if (!lang || !mn_lx_primary(lang, primary))
        return NULL;
    if (strcmp(primary, MN_LX_LANG) == 0)
        return mn_context_lexicon(ctx);
    mn_lang_lexicon *slot = NULL;
    for (size_t i = 0; i < ctx->n_langs && !slot; i++)
        if (strcmp(ctx->langs[i].lang, primary) == 0)
            slot = &ctx->langs[i];
    if (!slot)
        slot = mn_lx_load_lang(ctx, primary);
    if (slot && error)
        *error = slot->error;
    return slot ? slot->lexicon : NULL;
}

const struct mn_lexicon *mn_context_lexicon(mn_context *ctx)
{
    return mn_context_load_lexicon(ctx) ? NULL : ctx->lexicon;
}
