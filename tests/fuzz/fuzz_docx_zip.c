/* SPDX-License-Identifier: MIT */
/* fuzz_docx_zip.c — bytes as a .docx: the zip container (libzip plus the
 * reader's own bounds), the package's parts, the passes and the XML and ICS
 * writers. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_convert("docx", "fuzz.docx", data, size, FZ_XML | FZ_ICS);
    return 0;
}
