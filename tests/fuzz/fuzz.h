/* SPDX-License-Identifier: MIT */
/* fuzz.h — what every harness shares: one plugin context per process, and
 * the properties a conversion must have whatever its input.  A harness that
 * sees one of them broken aborts, so libFuzzer (or the replay main under
 * CTest) reports the input. */
#ifndef MN_FUZZ_H
#define MN_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include <minutes/minutes.h>

/* Which writers a conversion goes through after a successful read. */
enum fz_outputs { FZ_XML = 1u, FZ_ICS = 2u, FZ_PDF = 4u, FZ_ALL = 7u };

/* The process's context with every plugin of the build tree loaded
 * (created on first use, never freed: the process ends with it). */
mn_context *fz_context(void);

/* Converts DATA with the reader FROM (NAME is the input's name, which only
 * shows in diagnostics and meta/source) and writes each of OUTPUTS that this
 * build has.  Aborts when:
 *   - reading ends in anything but success or bad-input data (65) with an
 *     error diagnostic (70 is the core's own "invalid canonical document");
 *   - a writer fails on a validated document;
 *   - the XML written does not read back as a valid canonical document, or
 *     writing that again gives other bytes;
 *   - writing the same document twice gives different bytes (deterministic
 *     outputs).  Returns the read status. */
int fz_convert(const char *from, const char *name, const uint8_t *data, size_t size, unsigned outputs);

/* Prints the job's diagnostics and WHAT, then aborts. */
void fz_fail(const mn_job *job, const char *what, int status) __attribute__((noreturn));

#endif
