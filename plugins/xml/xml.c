/* SPDX-License-Identifier: MIT */
/* xml.c — the canonical XML, both ways: written pretty-printed and
 * deterministic; read back (validated by the core, no passes), so that
 * XML → XML is byte-identical.  The reader works on the libxml2 tree the
 * core's safe parser gives it; the writer (xml_write.c) sees the document
 * through minutes/doc.h only, as every writer does. */
#include <string.h>

#include <libxml/tree.h>

#include "xml.h"

static int mn_xml_probe(const mn_probe *p)
{
    size_t i = 0;
    if (p->size >= 3 && memcmp(p->data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < p->size && (p->data[i] == ' ' || p->data[i] == '\t' || p->data[i] == '\r' || p->data[i] == '\n'))
        i++;
    if (i >= p->size || p->data[i] != '<')
        return MN_PROBE_NONE;
    /* Ours only when our namespace shows up early. */
    if (memmem(p->data + i, p->size - i, MN_NS, strlen(MN_NS)))
        return MN_PROBE_MAX;
    return MN_PROBE_NONE;
}

/* Elements whose content is elements only: white space between their
 * children is indentation, not text. */
int mn_xml_element_only(const char *name)
{
    static const char *const names[] = {"minutes", "meta", "agenda", "participants", "group",
                                        "body", "section", "list", "table", "row", "events",
                                        "event", "time", "source", NULL};
    for (const char *const *s = names; *s; s++)
        if (strcmp(name, *s) == 0)
            return 1;
    return 0;
}

static int mn_blank(const xmlChar *s)
{
    for (; s && *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 0;
    return 1;
}

static void mn_drop_indentation(xmlNodePtr n)
{
    int element_only = mn_xml_element_only((const char *)n->name);
    for (xmlNodePtr c = n->children, next; c; c = next) {
        next = c->next;
        if (c->type == XML_TEXT_NODE && element_only && mn_blank(c->content)) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        } else if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        } else if (c->type == XML_ELEMENT_NODE) {
            mn_drop_indentation(c);
        }
    }
}

static int mn_xml_read(mn_job *job, mn_input *in, mn_builder *b)
{
    size_t size = 0;
    const unsigned char *data = mn_input_data(in, &size);
    xmlDocPtr doc = mn_xml_parse_safe(job, "canonical XML", data, size);
    if (!doc)
        return MN_EX_DATAERR;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !root->ns || strcmp((const char *)root->ns->href, MN_NS) != 0 ||
        strcmp((const char *)root->name, "minutes") != 0) {
        xmlFreeDoc(doc);
        return mn_job_error(job, MN_EX_DATAERR, 0, "not a canonical minutes document (root must be minutes in %s)", MN_NS);
    }
    mn_drop_indentation(root);
    return mn_builder_adopt_canonical(b, doc);
}

/* The document is read-only for writers; xml_write.c indents as it writes,
 * exactly what the reader drops, which makes XML → XML byte-identical. */
static int mn_xml_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    return mn_xml_serialize(job, doc, out);
}

/* mn_xml_probe's promise (plugin.h): no '<' after a byte-order mark and
 * white space, no .xml name, no media type: MN_PROBE_NONE. */
static const char *const mn_xml_magic[] = {"<", NULL};

static const mn_plugin mn_xml_plugin = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "xml",
    .version = MN_VERSION,
    .description = "canonical minutes XML (urn:minutes:1)",
    .extensions = "xml",
    .media_types = "application/xml text/xml",
    .caps = MN_CAN_READ | MN_CAN_WRITE,
    .probe = mn_xml_probe,
    .read = mn_xml_read,
    .write = mn_xml_write,
    .magic = mn_xml_magic,
};

MN_PLUGIN_EXPORT(mn_xml_plugin);
