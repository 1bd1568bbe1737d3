/* SPDX-License-Identifier: MIT */
/* An out-of-tree output plugin, built against the installed SDK only. */
#include <libxml/tree.h>
#include <minutes/plugin.h>

static int tiny_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    (void)job;
    xmlNodePtr root = xmlDocGetRootElement(mn_doc_xml(doc));
    return mn_output_printf(out, "tiny saw <%s>\n", (const char *)root->name);
}

static const mn_plugin tiny = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "tiny",
    .version = "0.0.1",
    .description = "out-of-tree test plugin",
    .extensions = "tiny",
    .caps = MN_CAN_WRITE,
    .write = tiny_write,
};

MN_PLUGIN_EXPORT(tiny);
