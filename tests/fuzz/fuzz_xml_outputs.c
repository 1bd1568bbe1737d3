/* SPDX-License-Identifier: MIT */
/* fuzz_xml_outputs.c — bytes as canonical XML: the safe parser and schema
 * validation, then every writer this build has (XML, PDF, ICS) on whatever
 * validates.  The schema admits far more shapes than the passes make, so
 * this is where writers meet the documents no reader produces. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_convert("xml", "fuzz.xml", data, size, FZ_ALL);
    return 0;
}
