/* SPDX-License-Identifier: MIT */
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
 * "Minutes", "Meeting", "Agenda", "Draft" say it is the document's).  A
 * running head that repeats the body's opening lines names the meeting's
 * committee, not the organisation whose letterhead it would be, unless an
 * address or telephone line follows it ("Northfield Parish Council" over
 * "Clerk: 4 Mill Lane …" above "Minutes of the Parish Council"): a
 * letterhead. */
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

int docx_org_name(const char *t, size_t n)
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

/* ---- running heads -------------------------------------------------------------- */

void docx_note_opening_text(docx_reader *r, const char *text)
{
    size_t len = strlen(r->opening);
    if (r->in_header || r->opening_paras >= DOCX_OPENING_PARAS || len + 2 >= sizeof r->opening || !*text)
        return;
    snprintf(r->opening + len, sizeof r->opening - len, "%s%s", len ? "\n" : "", text);
    r->opening_paras++;
}

void docx_note_opening(docx_reader *r, const docx_para *p)
{
    char line[DOCX_OPENING_LINE];
    if (r->opening_paras < DOCX_OPENING_PARAS && !r->in_header &&
        docx_para_copy(p, (docx_pos){0, 0}, docx_para_end(p), line, sizeof line) > 0)
        docx_note_opening_text(r, line);
}

static int docx_capital_word(const char *w, size_t n)
{
    return n >= 2 && (isupper((unsigned char)w[0]) || (unsigned char)w[0] >= 0xC0);
}

static int docx_contains_nocase(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0)
            return 1;
    return 0;
}

/* Whether T repeats two capitalised words of the body's opening lines
 * ("Planning Committee" over "Planning Committee / Minutes of…"): a
 * running head naming the meeting's body, not a letterhead. */
static int docx_repeats_opening(const docx_reader *r, const char *t)
{
    const char *prev = NULL;
    size_t prev_len = 0;
    for (const char *w = t; *w;) {
        size_t n = strcspn(w, " \t,;:()/|\xE2");
        if (n && docx_capital_word(w, n)) {
            if (prev) {
                char pair[128];
                if ((size_t)(w - prev) + n < sizeof pair) {
                    snprintf(pair, sizeof pair, "%.*s %.*s", (int)prev_len, prev, (int)n, w);
                    if (docx_contains_nocase(r->opening, pair))
                        return 1;
                }
            }
            prev = w, prev_len = n;
        } else if (n) {
            prev = NULL; /* "of", "and": pairs are of neighbouring names */
        }
        w += n ? n : 1;
    }
    return 0;
}

/* A letterhead line's name ends at a spaced separator: "Ridgeline Freight
 * LLC · Joliet Distribution Center" is Ridgeline Freight LLC's. */
static void docx_org_cut(char *t)
{
    static const char *const seps[] = {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 ", " \xE2\x80\x93 ",
                                       " \xE2\x80\x94 ", " - ", NULL};
    char *cut = NULL;
    for (const char *const *sep = seps; *sep; sep++) {
        char *at = strstr(t, *sep);
        if (at && at > t && (!cut || at < cut))
            cut = at;
    }
    if (cut)
        *cut = '\0';
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

/* Whether the paragraph after P with text gives an address or a number
 * (a street, a postcode, a telephone, a registration): the second line of
 * a letterhead, which a running head naming the meeting never has. */
static int docx_address_follows(const docx_reader *r, const xmlNode *p)
{
    for (const xmlNode *c = p->next; c; c = c->next) {
        if (!docx_w(c, "p"))
            continue;
        docx_peek pk;
        docx_peek_para(r, c, &pk);
        if (pk.any)
            return strpbrk(pk.text, "0123456789") != NULL;
    }
    return 0;
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
    if (!docx_org_name(pk.text, pk.len) || (docx_repeats_opening(r, pk.text) && !docx_address_follows(r, p)))
        return 0;
    r->organisation = 1;
    r->skip_para = p;
    docx_org_cut(pk.text);
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
