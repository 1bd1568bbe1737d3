/* SPDX-License-Identifier: MIT */
/* plugindirs.c — the default plugin search path: MINUTES_PLUGIN_PATH, then
 * the build tree's plugin directory when this library is the build tree's,
 * then the directory beside the installed library (relocatable prefixes),
 * then the configured install directory. */
#include <dlfcn.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes.h"

static void mn_add_path_list(mn_context *ctx, const char *list)
{
    char *copy = strdup(list), *save = NULL;
    for (char *d = copy ? strtok_r(copy, ":", &save) : NULL; d; d = strtok_r(NULL, ":", &save))
        mn_context_add_plugin_dir(ctx, d);
    free(copy);
}

/* The directory this library was loaded from, or NULL. */
static char *mn_library_dir(void)
{
    Dl_info info;
    if (!dladdr((void *)mn_context_add_default_dirs, &info) || !info.dli_fname)
        return NULL;
    char real[PATH_MAX];
    if (!realpath(info.dli_fname, real))
        return NULL;
    return strdup(dirname(real));
}

void mn_context_add_default_dirs(mn_context *ctx)
{
    const char *env = getenv("MINUTES_PLUGIN_PATH");
    if (env && *env)
        mn_add_path_list(ctx, env);
    char *libdir = mn_library_dir();
    char build_core[PATH_MAX];
    if (libdir && realpath(MN_BUILD_CORE_DIR, build_core) && strcmp(libdir, build_core) == 0) {
        mn_context_add_plugin_dir(ctx, MN_BUILD_PLUGIN_DIR);
    } else if (libdir) {
        char *beside = NULL;
        if (asprintf(&beside, "%s/minutes/plugins", libdir) >= 0)
            mn_context_add_plugin_dir(ctx, beside);
        free(beside);
        mn_context_add_plugin_dir(ctx, MN_INSTALL_PLUGIN_DIR);
    }
    free(libdir);
}
