/* SPDX-License-Identifier: MIT */
/* A test module whose descriptor is shaped by macros: MOD_NAME, MOD_ABI,
 * MOD_NO_SYMBOL, MOD_OLD (the smaller descriptor of a plugin built before
 * prepare and write_collection), MOD_NO_WRITE (a writer without write),
 * MOD_READER_NO_PROBE (a reader without probe), MOD_STATE (asks for the
 * per-job state the core no longer gives). */
#include <stddef.h>
#include <stdint.h>

#include "minutes/plugin.h"

#ifndef MOD_ABI
#define MOD_ABI MN_PLUGIN_ABI
#endif

#ifndef MOD_NO_WRITE
static int mod_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    (void)job;
    (void)doc;
    return mn_output_write(out, "written by " MOD_NAME "\n", sizeof("written by " MOD_NAME "\n") - 1);
}
#endif

#ifdef MOD_READER_NO_PROBE
static int mod_read(mn_job *job, mn_input *in, mn_builder *b)
{
    (void)in;
    (void)b;
    return mn_job_error(job, MN_EX_DATAERR, 0, "never read");
}
#endif

#ifdef MOD_OLD
/* Past its size the descriptor holds what an older header never had: were
 * the core to read it, it would call through these and crash. */
#define MOD_SIZE offsetof(mn_plugin, prepare)
#define MOD_LATER .prepare = (int (*)(void))(uintptr_t)1, \
                  .write_collection = (int (*)(mn_job *, const mn_doc *const *, \
                                               const char *const *, size_t, mn_output *))(uintptr_t)1, \
                  .magic = (const char *const *)(uintptr_t)1,
#else
#define MOD_SIZE sizeof(mn_plugin)
#define MOD_LATER
#endif

/* Every test module declares it: tests/cli/option_checks.sh qualifies it
 * (--good-colour). */
static const mn_option mod_options[] = {{"colour", "NAME", "a test option"}, {NULL, NULL, NULL}};

static const mn_plugin mod_plugin = {
    .abi = MOD_ABI,
    .size = MOD_SIZE,
    .name = MOD_NAME,
    .version = "1",
    .description = "test module",
    .extensions = "txt",
    .options = mod_options,
#if defined(MOD_READER_NO_PROBE)
    .caps = MN_CAN_READ,
    .read = mod_read,
#else
    .caps = MN_CAN_WRITE,
#endif
#ifndef MOD_NO_WRITE
    .write = mod_write,
#endif
#ifdef MOD_STATE
    .unused_state_size = 64,
#endif
    MOD_LATER
};

#ifdef MOD_NO_SYMBOL
const mn_plugin *mod_other_name(void);
const mn_plugin *mod_other_name(void) { return &mod_plugin; }
#else
MN_PLUGIN_EXPORT(mod_plugin);
#endif
