/* SPDX-License-Identifier: MIT */
/* A test module whose descriptor is shaped by macros: MOD_NAME, MOD_ABI,
 * MOD_NO_SYMBOL. */
#include "minutes/plugin.h"

#ifndef MOD_ABI
#define MOD_ABI MN_PLUGIN_ABI
#endif

static int mod_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    (void)job;
    (void)doc;
    return mn_output_write(out, "written by " MOD_NAME "\n", sizeof("written by " MOD_NAME "\n") - 1);
}

static const mn_plugin mod_plugin = {
    .abi = MOD_ABI,
    .size = sizeof(mn_plugin),
    .name = MOD_NAME,
    .version = "1",
    .description = "test module",
    .extensions = "txt",
    .caps = MN_CAN_WRITE,
    .write = mod_write,
};

#ifdef MOD_NO_SYMBOL
const mn_plugin *mod_other_name(void);
const mn_plugin *mod_other_name(void) { return &mod_plugin; }
#else
MN_PLUGIN_EXPORT(mod_plugin);
#endif
