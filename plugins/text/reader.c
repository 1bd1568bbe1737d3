/* SPDX-License-Identifier: MIT */
/* reader.c — a plain-text input, start to end: decode, cut into lines, lay
 * out.  Kept apart from the plugin descriptor so that unit tests can read a
 * string without a loaded module. */
#include <stdlib.h>

#include "text.h"

int mn_text_read_data(mn_job *job, const unsigned char *data, size_t size, mn_builder *b)
{
    size_t len = 0;
    char *text = mn_text_decode(job, data, size, &len);
    if (!text)
        return mn_job_status(job) ? mn_job_status(job) : MN_EX_SOFTWARE;
    size_t count = 0;
    mn_text_line *lines = mn_text_lines(text, len, &count);
    int rc;
    if (len > 0 && !lines) {
        rc = mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory cutting the text into lines");
    } else {
        size_t i = 0;
        while (i < count && lines[i].kind == MN_TEXT_BLANK)
            i++;
        rc = i == count ? mn_job_error(job, MN_EX_DATAERR, 0, "no text: the input is empty")
                        : mn_text_layout(job, b, lines, count);
    }
    free(lines);
    free(text);
    return rc;
}
