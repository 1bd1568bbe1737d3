/* SPDX-License-Identifier: MIT */
/* fuzz_markdown.c — bytes as a Markdown file, through the Markdown reader
 * (md4c and front matter), the passes and the XML and ICS writers. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_convert("markdown", "fuzz.md", data, size, FZ_XML | FZ_ICS);
    return 0;
}
