/* header.c — the first-page header and the letterhead.  Minutes often carry
 * their title or meeting date in a letterhead on the first page only
 * (w:titlePg with a "first" header); its paragraphs are read as text before
 * the body, where the front-matter pass looks for them.  Headers repeated on
 * every page and footers are left out of the text: they hold page numbers,
 * addresses and "Draft".
 *
 * A letterhead's first line is usually the organisation holding the meeting
 * ("Larkspur Design Studio", "Northfield Parish Council"): not a heading over
 * the minutes but the `organisation` property.  It is looked for in the
 * first-page header, else in the first section's default header: the first
 * paragraph with text, when it reads as a name (a few words, no digits, no
 * closing punctuation, not a title-styled line, not the minutes' own title:
 * "Minutes", "Meeting", "Agenda", "Draft" say it is the document's). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
        status = docx_letterhead(r, xmlDocGetRootElement(doc));
        if (status == 0)
            status = docx_blocks(r, xmlDocGetRootElement(doc), DOCX_BODY);
        r->in_header = 0;
        r->skip_para = NULL;
        r->rels = outer;
    }
    docx_rels_free(&rels);
    xmlFreeDoc(doc);
    return status;
}

/* ---- the letterhead's organisation ---------------------------------------------- */

static const char *const docx_doc_words[] = {"minutes", "meeting", "meetings", "agenda", "draft",
                                             "confidential", "page", "notes", "report", "summary", NULL};

/* Whether the text ends with an abbreviation's full stop ("Inc.", "Ltd."). */
static int docx_abbrev_end(const char *t, size_t n)
{
    size_t k = n - 1;
    while (k > 0 && t[k - 1] != ' ')
        k--;
    return t[n - 1] == '.' && n - 1 - k >= 2 && n - 1 - k <= 4;
}

static int docx_org_like(const char *t, size_t n)
{
    if (n < 2 || n > 80 || (strchr(".:;,!?", t[n - 1]) && !docx_abbrev_end(t, n)) ||
        strpbrk(t, "0123456789@\t\n") || strstr(t, "://"))
        return 0;
    int words = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == ' ' || (i > 0 && t[i - 1] != ' '))
            continue;
        words++;
        size_t len = strcspn(t + i, " ");
        for (const char *const *w = docx_doc_words; *w; w++)
            if (len == strlen(*w) && strncasecmp(t + i, *w, len) == 0)
                return 0;
    }
    return words >= 1 && words <= 8 && !islower((unsigned char)t[0]);
}

/* The first paragraph with text under PARENT (through tables and content
 * controls), or NULL. */
static const xmlNode *docx_first_text(const docx_reader *r, const xmlNode *parent, docx_peek *pk)
{
    for (const xmlNode *c = parent->children; c; c = c->next) {
        const xmlNode *found = NULL;
        if (docx_w(c, "sdt") && docx_placeholder(c)) {
            continue; /* a template's prompt ("[Type here]") */
        } else if (docx_w(c, "p")) {
            docx_peek_para(r, c, pk);
            if (pk->any)
                return c;
        } else if (docx_w(c, "tbl") || docx_w(c, "tr") || docx_w(c, "tc") || docx_block_wrapper(c)) {
            found = docx_first_text(r, c, pk);
        }
        if (found)
            return found;
    }
    return NULL;
}

int docx_letterhead(docx_reader *r, const xmlNode *root)
{
    docx_peek pk;
    const xmlNode *p = root ? docx_first_text(r, root, &pk) : NULL;
    if (!p || r->organisation)
        return 0;
    char *sid = docx_wval(docx_wchild(p, "pPr"), "pStyle");
    const docx_style *st = docx_style_get(r->styles, sid);
    xmlFree(sid);
    if (st && (docx_style_kind(r->styles, st) != DOCX_KIND_BODY || docx_style_outline(r->styles, st) >= 0))
        return 0; /* the document's title, put in the header */
    if (!docx_org_like(pk.text, pk.len))
        return 0;
    r->organisation = 1;
    r->skip_para = p;
    return mn_builder_property(r->b, "organisation", pk.text, 0);
}

int docx_header_org(docx_reader *r, const docx_rel *rel)
{
    int status;
    xmlDocPtr doc = docx_part_xml(r->job, r->zip, rel->target, &status);
    if (!doc)
        return status;
    status = docx_letterhead(r, xmlDocGetRootElement(doc));
    r->skip_para = NULL; /* the part goes: nothing of it is walked */
    xmlFreeDoc(doc);
    return status;
}

const docx_rel *docx_default_header(const docx_reader *r, const xmlNode *sect)
{
    for (const xmlNode *c = sect ? sect->children : NULL; c; c = c->next) {
        if (!docx_w(c, "headerReference"))
            continue;
        char *type = docx_wattr(c, "type"), *id = docx_rattr(c, "id");
        const docx_rel *rel = (!type || strcmp(type, "default") == 0) ? docx_rel_by_id(&r->main_rels, id) : NULL;
        xmlFree(type);
        xmlFree(id);
        if (rel && !rel->external)
            return rel;
    }
    return NULL;
}
