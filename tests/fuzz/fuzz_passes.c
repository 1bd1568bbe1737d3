/* SPDX-License-Identifier: MIT */
/* fuzz_passes.c — bytes as a script of builder calls (ops_reader.c), so
 * that the analysis passes see every tree shape a reader can give them:
 * headings with levels and labels, paragraphs, nested lists, tables with
 * spans, notes, inline markup, properties.  Then the XML and ICS writers.
 * Its dictionary joins the script's syntax (dict/ops.dict) with the words
 * the passes look for (dict/lexicon.dict, written by make-lexicon-dict.py). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_convert("fuzzops", "fuzz.ops", data, size, FZ_XML | FZ_ICS);
    return 0;
}
