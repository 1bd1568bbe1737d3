/* SPDX-License-Identifier: MIT */
/* markdown.c — the Markdown input plugin: its descriptor and read entry.
 * CommonMark with GFM tables, strikethrough and autolinks (md4c), a
 * front-matter block at the start (md_frontmatter.c), generators'
 * attribute lists left out (md_kramdown.c). */
#include "md.h"

#include <string.h>

static const mn_option md_options[] = {
    {"keep-struck", NULL, "keep struck-through (~~deleted~~) text instead of leaving it out"},
    {NULL, NULL, NULL},
};

int mn_md_read_buffer(mn_job *job, const unsigned char *data, size_t size, mn_builder *b)
{
    mn_md_source src;
    int rc = mn_md_source_init(&src, job, data, size);
    if (rc)
        return rc;
    size_t start = 0;
    rc = mn_md_front_matter(&src, job, b, &start);
    if (rc == 0)
        rc = mn_md_kramdown(&src, start, job);
    if (rc == 0) {
        const char *keep = mn_job_option(job, "keep-struck");
        rc = mn_md_render(&src, start, job, b, keep && strcmp(keep, "0") != 0);
    }
    mn_md_source_free(&src);
    return rc;
}

static int md_read(mn_job *job, mn_input *in, mn_builder *b)
{
    size_t size = 0;
    const unsigned char *data = mn_input_data(in, &size);
    return mn_md_read_buffer(job, data, size, b);
}

static const mn_plugin md_plugin = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "markdown",
    .version = MN_VERSION,
    .description = "Markdown (CommonMark, GFM tables, front matter) via md4c",
    .extensions = MN_MD_EXTENSIONS,
    .media_types = MN_MD_MEDIA_TYPES,
    .caps = MN_CAN_READ,
    .probe = mn_md_probe,
    .read = md_read,
    .options = md_options,
};

MN_PLUGIN_EXPORT(md_plugin);
