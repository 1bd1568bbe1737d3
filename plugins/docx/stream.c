/* SPDX-License-Identifier: MIT */
/* stream.c — the main part read as a stream.  A libxml2 tree of
 * document.xml takes about ten times the part's size; instead an
 * xmlTextReader parses the part as zip.c inflates it (the inflated part is
 * never held whole), each block of the body is expanded into a small
 * subtree for the block code, and the reader frees it when it moves on.
 *
 * The safety settings are mn_xml_parse_safe's: no entity substitution, no
 * DTD loading, no network, an entity loader that refuses everything while
 * the stream is open, libxml2's own limits (no XML_PARSE_HUGE), a DOCTYPE
 * refused outright (here before any content is parsed), and, as
 * docx_part_xml does, no text node over DOCX_MAX_TEXT anywhere in the part.
 * A part is malformed when the parser's context says it is not
 * well-formed, as mn_xml_parse_safe decides (namespace errors pass). */
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docx.h"

struct docx_stream {
    mn_job *job;
    const char *name;        /* the main part (borrowed from the reader) */
    docx_zfile *zf;
    xmlTextReaderPtr xr;
    docx_xerr err;
    int skip;                /* the current node is done with: move past its subtree */
    int at_body, body_over;  /* positioned on w:body; past its end */
    int prompt_depth;        /* depth of a placeholder content control's w:sdtPr, or 0 */
    xmlExternalEntityLoader saved;
};

xmlParserInputPtr docx_no_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL;
}

void docx_xerr_note(docx_xerr *x, const xmlError *e)
{
    if (e->ctxt)
        x->ctxt = e->ctxt;
    snprintf(x->msg, sizeof x->msg, "%s", e->message ? e->message : "not well-formed");
    x->msg[strcspn(x->msg, "\n")] = '\0';
    x->line = e->line > 0 ? (unsigned)e->line : 0;
}

int docx_xerr_fail(mn_job *job, const char *name, const docx_xerr *x)
{
    if (mn_job_status(job)) /* an inflating error, already said */
        return mn_job_status(job);
    return mn_job_error(job, MN_EX_DATAERR, x->line, "%s: malformed XML: %s", name,
                        x->msg[0] ? x->msg : "not well-formed");
}

static int docx_io_read(void *ctx, char *buf, int len)
{
    return (int)docx_zfile_read(ctx, (unsigned char *)buf, (size_t)len);
}

static void docx_stream_error(void *arg, xmlErrorPtr e)
{
    docx_xerr_note(&((docx_stream *)arg)->err, e);
}

static int docx_stream_fail(docx_stream *s)
{
    return docx_xerr_fail(s->job, s->name, &s->err);
}

/* Whether the parser has found the part not well-formed. */
static int docx_stream_bad(const docx_stream *s)
{
    const xmlParserCtxt *c = s->err.ctxt;
    return c && !c->wellFormed;
}

static int docx_too_long(docx_stream *s)
{
    return mn_job_error(s->job, MN_EX_DATAERR, 0, "%s: a text node of more than 10 MB", s->name);
}

/* Moves to the next node, past the current one's subtree when it was
 * handled.  Returns 1 on a node, 0 at the end, -1 when parsing failed. */
static int docx_stream_step(docx_stream *s, xmlNodePtr *node, int *depth)
{
    int ret = s->skip ? xmlTextReaderNext(s->xr) : xmlTextReaderRead(s->xr);
    s->skip = 0;
    if (ret < 0 || docx_stream_bad(s))
        return -1;
    if (ret == 0)
        return 0;
    *node = xmlTextReaderCurrentNode(s->xr);
    *depth = xmlTextReaderDepth(s->xr);
    return *node ? 1 : -1;
}

static int docx_is_end(docx_stream *s)
{
    return xmlTextReaderNodeType(s->xr) == XML_READER_TYPE_END_ELEMENT;
}

/* Text between blocks or in what is skipped is checked as it passes. */
static int docx_text_too_long(const xmlNode *n)
{
    return (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content &&
           xmlStrlen(n->content) > DOCX_MAX_TEXT;
}

/* Parses the element's subtree, checks its text and moves past it next. */
static int docx_stream_pass(docx_stream *s, const xmlNode **out)
{
    xmlNodePtr n = xmlTextReaderExpand(s->xr);
    if (!n || docx_stream_bad(s))
        return docx_stream_fail(s);
    if (docx_huge_text(n))
        return docx_too_long(s);
    s->skip = 1;
    if (out)
        *out = n;
    return 0;
}

/* Checks an element, text or other node that no one reads. */
static int docx_stream_ignore(docx_stream *s, const xmlNode *n)
{
    if (n->type == XML_ELEMENT_NODE && !docx_is_end(s))
        return docx_stream_pass(s, NULL);
    return docx_text_too_long(n) ? docx_too_long(s) : 0;
}

/* The root element, after whatever precedes it; a DOCTYPE is refused. */
static int docx_stream_root(docx_stream *s, xmlNodePtr *root)
{
    int depth, ret;
    while ((ret = docx_stream_step(s, root, &depth)) == 1 && (*root)->type != XML_ELEMENT_NODE)
        if ((*root)->type == XML_DTD_NODE)
            break;
    if (ret != 1)
        return docx_stream_fail(s);
    if ((*root)->doc && ((*root)->doc->intSubset || (*root)->doc->extSubset))
        return mn_job_error(s->job, MN_EX_DATAERR, 0,
                            "%s: a document type declaration (DOCTYPE) is not allowed", s->name);
    return 0;
}

/* The part is no WordprocessingML document, unless reading on shows it is
 * malformed (that error came first when the part was parsed whole). */
static int docx_not_word(docx_stream *s)
{
    int rc = docx_stream_finish(s);
    return rc ? rc
              : mn_job_error(s->job, MN_EX_DATAERR, 0, "'%s' is not a WordprocessingML document", s->name);
}

/* From the root to its first w:body child, checking what comes before. */
static int docx_stream_body(docx_stream *s)
{
    xmlNodePtr n = NULL;
    int rc = docx_stream_root(s, &n), depth;
    if (rc)
        return rc;
    if (!docx_w(n, "document") || xmlTextReaderIsEmptyElement(s->xr) == 1)
        return docx_not_word(s);
    for (;;) {
        int ret = docx_stream_step(s, &n, &depth);
        if (ret < 0)
            return docx_stream_fail(s);
        if (ret == 0 || depth == 0) /* the end of w:document */
            return docx_not_word(s);
        if (docx_w(n, "body") && !docx_is_end(s)) {
            s->at_body = 1;
            return 0;
        }
        if ((rc = docx_stream_ignore(s, n)) != 0)
            return rc;
    }
}

int docx_stream_open(docx_reader *r, int again, docx_stream **out)
{
    *out = NULL;
    docx_stream *s = calloc(1, sizeof *s);
    if (!s)
        return mn_job_error(r->job, MN_EX_SOFTWARE, 0, "out of memory");
    s->job = r->job;
    s->name = r->main_part;
    s->saved = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(docx_no_entity);
    *out = s;
    int rc = docx_zfile_open(r->zip, r->main_part, again, &s->zf);
    if (rc == 1)
        return mn_job_error(r->job, MN_EX_DATAERR, 0, "main part '%s' is missing", r->main_part);
    if (rc)
        return rc;
    s->xr = xmlReaderForIO(docx_io_read, NULL, s->zf, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
    if (!s->xr)
        return mn_job_error(r->job, MN_EX_SOFTWARE, 0, "out of memory");
    xmlTextReaderSetStructuredErrorHandler(s->xr, docx_stream_error, s);
    return docx_stream_body(s);
}

/* Whether a node at block level is handed out, and whether expanded. */
static int docx_wanted(const xmlNode *n, int flatten)
{
    return flatten || docx_w(n, "p") || docx_w(n, "sectPr");
}

int docx_stream_next(docx_stream *s, int flatten, const xmlNode **block)
{
    *block = NULL;
    if (s->at_body) {
        s->at_body = 0;
        s->body_over = xmlTextReaderIsEmptyElement(s->xr) == 1;
    }
    if (s->body_over)
        return 0;
    xmlNodePtr n = NULL;
    int depth;
    for (;;) {
        int ret = docx_stream_step(s, &n, &depth);
        if (ret != 1)
            return docx_stream_fail(s);
        if (docx_is_end(s)) {
            if (depth == 1) { /* </w:body> */
                s->body_over = 1;
                return 0;
            }
            continue; /* a wrapper's end */
        }
        if (n->type != XML_ELEMENT_NODE) {
            if (docx_text_too_long(n))
                return docx_too_long(s);
            continue;
        }
        if (flatten && docx_w(n, "sdtContent") && s->prompt_depth == depth) {
            s->prompt_depth = 0; /* a content control showing its prompt: nothing to read */
            int rc = docx_stream_pass(s, NULL);
            if (rc)
                return rc;
            continue;
        }
        if (flatten && docx_block_wrapper(n))
            continue; /* its children come next, in its place */
        if (docx_wanted(n, flatten)) {
            int rc = docx_stream_pass(s, block);
            if (rc == 0 && flatten && docx_w(*block, "sdtPr") && docx_toggle(*block, "showingPlcHdr") == 1)
                s->prompt_depth = depth;
            return rc;
        }
        s->skip = 1;
    }
}

int docx_stream_depth(const docx_stream *s)
{
    return xmlTextReaderDepth(s->xr);
}

void docx_stream_keep(docx_stream *s)
{
    xmlTextReaderPreserve(s->xr);
}

int docx_stream_finish(docx_stream *s)
{
    xmlNodePtr n = NULL;
    int depth, ret, rc = 0;
    while (rc == 0 && (ret = docx_stream_step(s, &n, &depth)) == 1)
        rc = docx_stream_ignore(s, n);
    if (rc)
        return rc;
    return ret < 0 ? docx_stream_fail(s) : 0;
}

void docx_stream_close(docx_stream *s)
{
    if (!s)
        return;
    if (s->xr)
        xmlFreeTextReader(s->xr);
    docx_zfile_close(s->zf);
    xmlSetExternalEntityLoader(s->saved);
    free(s);
}
