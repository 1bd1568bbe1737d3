/* SPDX-License-Identifier: MIT */
/* fuzz_text.c — bytes as a plain-text file, through the text reader, the
 * passes and the XML and ICS writers. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_convert("text", "fuzz.txt", data, size, FZ_XML | FZ_ICS);
    return 0;
}
