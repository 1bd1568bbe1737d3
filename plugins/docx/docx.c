/* SPDX-License-Identifier: MIT */
/* docx.c — the DOCX input plugin: its descriptor and its probe.  Reading is
 * in reader.c and the files it names. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include <string.h>
#include <strings.h>

#include "docx.h"

static const char *const docx_exts[] = {"docx", "docm", "dotx", "dotm", NULL};

static int docx_has_ext(const char *filename, const char *const *exts)
{
    const char *dot = filename ? strrchr(filename, '.') : NULL;
    for (; dot && *exts; exts++)
        if (strcasecmp(dot + 1, *exts) == 0)
            return 1;
    return 0;
}

static int docx_word_media_type(const char *mt)
{
    return mt && (strstr(mt, "wordprocessingml") || strstr(mt, "ms-word") || strcmp(mt, "application/msword") == 0);
}

static int docx_find(const mn_probe *p, const char *s)
{
    return memmem(p->data, p->size, s, strlen(s)) != NULL;
}

/* Evidence adds up, libarchive's way: the zip magic, entry names of a Word
 * package in the local headers, the extension, the media type.  An OLE
 * compound file named like a Word file is claimed so that the reader can say
 * it is encrypted or a legacy .doc instead of the text reader showing bytes. */
static int docx_probe(const mn_probe *p)
{
    static const char *const word_exts[] = {"doc", "docx", "docm", "dotx", "dotm", "dot", NULL};
    int ext = docx_has_ext(p->filename, docx_exts);
    int media = docx_word_media_type(p->media_type);
    if (docx_is_ole(p->data, p->size))
        return docx_has_ext(p->filename, word_exts) || media ? 80 : 20;
    int zip = p->size >= 4 && memcmp(p->data, "PK\3\4", 4) == 0;
    if (!zip)
        return ext || media ? MN_PROBE_EXTENSION : MN_PROBE_NONE;
    if (docx_find(p, "xl/") || docx_find(p, "ppt/")) /* a spreadsheet or slides */
        return ext ? MN_PROBE_EXTENSION : MN_PROBE_NONE;
    if (docx_find(p, "word/"))
        return MN_PROBE_MAX;
    if (media)
        return 90;
    if (ext)
        return 80;
    return docx_find(p, "[Content_Types].xml") ? 40 : MN_PROBE_NONE;
}

static int docx_read(mn_job *job, mn_input *in, mn_builder *b)
{
    size_t size;
    const unsigned char *data = mn_input_data(in, &size);
    return docx_read_memory(job, data, size, b);
}

static const mn_option docx_options[] = {
    {"track-changes", "accept|reject|all",
     "tracked changes: accept (keep insertions, drop deletions; the default), reject, or all"},
    {"comments", NULL, "include comments as notes where they are anchored"},
    {NULL, NULL, NULL},
};

/* docx_probe's promise (plugin.h): without these, a Word extension or a
 * media type it says MN_PROBE_NONE, so reading a .md file loads no libzip. */
static const char *const docx_magic[] = {"PK\x03\x04", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", NULL};

static const mn_plugin docx_plugin = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "docx",
    .version = MN_VERSION,
    .description = "Word documents (DOCX), read safely with libzip and libxml2",
    .extensions = "docx docm dotx dotm",
    .media_types = "application/vnd.openxmlformats-officedocument.wordprocessingml.document "
                   "application/vnd.ms-word.document.macroEnabled.12 "
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
    .caps = MN_CAN_READ,
    .probe = docx_probe,
    .read = docx_read,
    .options = docx_options,
    .magic = docx_magic,
};

MN_PLUGIN_EXPORT(docx_plugin);
