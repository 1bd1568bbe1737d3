/* SPDX-License-Identifier: MIT */
/* plugin.c — the plain-text input plugin's descriptor. */
#include "text.h"

static int mn_text_read(mn_job *job, mn_input *in, mn_builder *b)
{
    size_t size = 0;
    const unsigned char *data = mn_input_data(in, &size);
    return mn_text_read_data(job, data, size, b);
}

static const mn_plugin mn_text_plugin = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "text",
    .version = MN_VERSION,
    .description = "plain text: UTF-8, UTF-16 with BOM, Windows-1252; bullets, numbered "
                   "lists, TAB tables",
    .extensions = "txt text",
    .media_types = "text/plain",
    .caps = MN_CAN_READ,
    .probe = mn_text_probe,
    .read = mn_text_read,
};

MN_PLUGIN_EXPORT(mn_text_plugin);
