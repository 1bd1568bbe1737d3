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

void pdf_doc_size(const mn_doc *doc, pdf_size *size)
{
    *size = (pdf_size){0};
    const mn_node *root = mn_doc_root(doc);
    const mn_node *n = root;
    while (n) {
        const char *text = mn_node_text(n);
        const mn_node *first = text ? NULL : mn_node_first(n);
        if (text)
            size->text += strlen(text);
        else
            size->elements++;
        if (first) {
            n = first;
            continue;
        }
        while (n != root && !mn_node_next(n))
            n = mn_node_parent(n);
        n = n == root ? NULL : mn_node_next(n);
    }
    /* What the layouts of the document's text will take, in bytes of text. */
    size->weight = size->text + size->elements * ELEMENT_WEIGHT;
}

int pdf_keep_whole(const pdf_size *size)
{
    /* MINUTES_PDF_WHOLE_MAX moves the line (tests stream small documents
     * with 0). */
    const char *env = getenv("MINUTES_PDF_WHOLE_MAX");
    char *end = NULL;
    unsigned long long max = env && *env ? strtoull(env, &end, 10) : 0;
    size_t limit = env && *env && end && !*end ? (size_t)max : WHOLE_MAX;
    return size->weight <= limit;
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
