/* SPDX-License-Identifier: MIT */
/* pass.c — one pass over the document: build, paginate and, when a page
 * callback is given, hand each closed page on; and the plan of how many
 * passes a document takes.
 *
 * The footer prints "Page N of M", so page 1 cannot be drawn before the
 * last page is known.  Keeping every layout until then costs about 60 bytes
 * a character of text (380 MiB for the 1000x benchmark document); drawing
 * each page as it closes costs a page's worth, but needs M first.  So a
 * document whose text is small is built once and kept whole (nothing is
 * laid out twice), and a larger one takes two passes that each hold only
 * the page being filled: the first counts the pages, the second, the same
 * build again, draws them. */
#include "pdf.h"

#include <stdlib.h>
#include <string.h>

/* Above this weight (bytes of text, plus ELEMENT_WEIGHT an element) a
 * document is streamed.  Layouts take about 40 bytes a unit of weight (the
 * 100x benchmark document weighs about 0.7 M: 26 MiB), and issue 10 allows
 * the whole conversion 30 MiB plus the tree; so at most about 10 MiB of
 * layouts are kept, 256 K of weight, some 40 times the sample.  Above it a
 * document costs about 1.4 times the CPU, and memory stays a page's worth
 * (100x: 58 -> 32 MiB; 1000x: 372 -> 113 MiB). */
#define WHOLE_MAX ((size_t)256 << 10)
#define ELEMENT_WEIGHT 16

/* What the layouts of the document's text will take, in bytes of text. */
static size_t doc_weight(const xmlNode *root)
{
    size_t w = 0;
    const xmlNode *n = root;
    while (n) {
        if (n->type == XML_TEXT_NODE && n->content)
            w += strlen((const char *)n->content);
        else if (n->type == XML_ELEMENT_NODE)
            w += ELEMENT_WEIGHT;
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        while (n != root && !n->next)
            n = n->parent;
        n = n == root ? NULL : n->next;
    }
    return w;
}

int pdf_keep_whole(xmlDocPtr doc)
{
    /* MINUTES_PDF_WHOLE_MAX moves the line (tests stream small documents
     * with 0). */
    const char *env = getenv("MINUTES_PDF_WHOLE_MAX");
    char *end = NULL;
    unsigned long long max = env && *env ? strtoull(env, &end, 10) : 0;
    size_t limit = env && *env && end && !*end ? (size_t)max : WHOLE_MAX;
    const xmlNode *root = xmlDocGetRootElement(doc);
    return !root || doc_weight(root) <= limit;
}

static void feed(void *pager, size_t n)
{
    pdf_pager_feed(pager, n);
}

void pdf_pass_end(pdf_pass *c)
{
    pdf_pager_fini(&c->pager);
    pdf_pages_fini(&c->pages);
    pdf_flow_fini(&c->flow);
    free(c->bd.pending);
    c->bd.pending = NULL;
    c->bd.npending = 0;
}

int pdf_pass_run(pdf_pass *c, int stream, pdf_page_fn page_done, void *page_data)
{
    memset(&c->flow, 0, sizeof c->flow);
    /* The builder's caches (ids, label widths) hold from pass to pass. */
    c->bd.st = &c->st;
    c->bd.flow = &c->flow;
    c->bd.tables = 0;
    pdf_pager_init(&c->pager, &c->st, &c->flow, &c->pages, stream, page_done, page_data);
    c->flow.ready = feed;
    c->flow.ready_data = &c->pager;
    if (pdf_build_document(&c->bd) < 0)
        return -1;
    return pdf_pager_finish(&c->pager);
}
