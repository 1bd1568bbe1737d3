/* SPDX-License-Identifier: MIT */
/* header.c — the first-page header.  Minutes often carry their title or
 * meeting date in a letterhead on the first page only (w:titlePg with a
 * "first" header); its paragraphs are read as text before the body, where
 * the front-matter pass looks for them.  Headers repeated on every page and
 * footers are left out: they hold page numbers, addresses and "Draft". */
#include <string.h>

#include "docx.h"

/* The first section's properties (body.c looks for them): the first
 * paragraph-level sectPr ends section one; without one, the body's own
 * sectPr covers everything. */
const xmlNode *docx_block_sect(const xmlNode *n)
{
    if (docx_w(n, "sectPr"))
        return n;
    return docx_w(n, "p") ? docx_wchild(docx_wchild(n, "pPr"), "sectPr") : NULL;
}

const docx_rel *docx_first_header(const docx_reader *r, const xmlNode *sect)
{
    if (!sect || docx_toggle(sect, "titlePg") != 1)
        return NULL;
    for (const xmlNode *c = sect->children; c; c = c->next) {
        if (!docx_w(c, "headerReference"))
            continue;
        char *type = docx_wattr(c, "type"), *id = docx_rattr(c, "id");
        const docx_rel *rel = type && strcmp(type, "first") == 0 ? docx_rel_by_id(&r->main_rels, id) : NULL;
        xmlFree(type);
        xmlFree(id);
        if (rel && !rel->external)
            return rel;
    }
    return NULL;
}

int docx_header(docx_reader *r, const docx_rel *rel)
{
    int status;
    xmlDocPtr doc = docx_part_xml(r->job, r->zip, rel->target, &status);
    if (!doc)
        return status;
    docx_rels rels;
    status = docx_rels_load(r->job, r->zip, rel->target, &rels);
    if (status == 0) {
        const docx_rels *outer = r->rels;
        r->rels = &rels;
        r->in_header = 1;
        status = docx_blocks(r, xmlDocGetRootElement(doc), DOCX_BODY);
        r->in_header = 0;
        r->rels = outer;
    }
    docx_rels_free(&rels);
    xmlFreeDoc(doc);
    return status;
}
