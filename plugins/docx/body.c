/* SPDX-License-Identifier: MIT */
/* body.c — the main part: core properties, the first-page header, then the
 * body block by block as stream.c parses it, so that memory holds one block
 * of document.xml at a time rather than its whole tree.
 *
 * The header goes before the body but is chosen by the first section's
 * properties, which a one-section document keeps at the end of its body.
 * So the part is first inflated once, in pieces: that checks the zip
 * limits before anything is parsed (as when the part was read into one
 * buffer), and a tokenizer reads the first section's choice from the bytes
 * on the way (firstsect.c).  When it cannot (a part not in UTF-8, or XML
 * it does not read), a first pass of libxml2 over the body does.  The walk
 * over the body checks the choice against header.c's; a difference would
 * be a bug here, and fails the conversion rather than letting it pass. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx.h"

#define DOCX_PIECE 65536

/* Whether an XML declaration at D names an encoding other than UTF-8 (or
 * cannot be read).  No declaration, or none naming an encoding: UTF-8. */
static int docx_declares_other(const unsigned char *d, size_t n)
{
    if (n < 5 || memcmp(d, "<?xml", 5) != 0)
        return 0;
    const char *end = memmem(d, n < 512 ? n : 512, "?>", 2);
    const char *enc = end ? memmem(d, (size_t)(end - (const char *)d), "encoding", 8) : NULL;
    if (!end)
        return 1;
    if (!enc)
        return 0;
    const char *v = enc + 8;
    while (v < end && (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n' || *v == '='))
        v++;
    if (v >= end || (*v != '"' && *v != '\''))
        return 1;
    return !(end - v > 6 && strncasecmp(v + 1, "UTF-8", 5) == 0 && v[6] == v[0]);
}

/* Whether the part starts as UTF-8 does: no UTF-16 or UCS-4 (NUL bytes,
 * byte-order marks), no EBCDIC, no other encoding declared. */
static int docx_utf8(const unsigned char *d, size_t n)
{
    if (n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0) {
        d += 3;
        n -= 3;
    }
    if (n < 4)
        return 0;
    if (!d[0] || !d[1] || !d[2] || !d[3] || d[0] == 0xFE || d[0] == 0xFF ||
        memcmp(d, "\x4C\x6F\xA7\x94", 4) == 0)
        return 0;
    return !docx_declares_other(d, n);
}

/* Inflates the main part whole within the limits, reading the first
 * section's header on the way; *known 0 when the bytes could not tell. */
static int docx_scan(docx_reader *r, int *known, const docx_rel **header)
{
    *known = 0;
    *header = NULL;
    docx_zfile *f;
    int rc = docx_zfile_open(r->zip, r->main_part, 0, &f);
    if (rc == 1)
        return mn_job_error(r->job, MN_EX_DATAERR, 0, "main part '%s' is missing", r->main_part);
    if (rc)
        return rc;
    unsigned char *buf = malloc(DOCX_PIECE);
    docx_fsect *fs = docx_fsect_new(&r->main_rels);
    int reading = 1; /* the tokenizer still has something to say */
    for (int first = 1; buf && fs; first = 0) {
        long n = docx_zfile_read(f, buf, DOCX_PIECE);
        if (n < 0)
            rc = mn_job_status(r->job);
        if (n <= 0)
            break;
        if (first && !docx_utf8(buf, (size_t)n))
            reading = 0;
        if (reading && docx_fsect_feed(fs, buf, (size_t)n) != 0)
            reading = 0;
    }
    if (!buf || !fs)
        rc = mn_job_error(r->job, MN_EX_SOFTWARE, 0, "out of memory");
    if (rc == 0)
        *known = docx_fsect_answer(fs, header);
    docx_fsect_free(fs);
    free(buf);
    docx_zfile_close(f);
    return rc;
}

/* The header the first section asks for, by a first libxml2 pass over the
 * body up to the first section's properties. */
static int docx_find_header(docx_reader *r, const docx_rel **out)
{
    *out = NULL;
    docx_stream *s;
    int rc = docx_stream_open(r, 1, &s);
    const xmlNode *b;
    while (rc == 0 && (rc = docx_stream_next(s, 0, &b)) == 0 && b) {
        const xmlNode *sect = docx_block_sect(b);
        if (sect) {
            *out = docx_first_header(r, sect);
            break;
        }
    }
    docx_stream_close(s);
    return rc;
}

/* header.c's choice, from the body's children as they pass. */
typedef struct docx_check {
    const docx_rel *chosen;
    const docx_rel *dflt; /* the default header, for the letterhead */
    int seen;
} docx_check;

static void docx_check_block(docx_reader *r, docx_check *k, docx_stream *s, const xmlNode *b)
{
    const xmlNode *sect = !k->seen && docx_stream_depth(s) == 2 ? docx_block_sect(b) : NULL;
    if (sect) {
        k->seen = 1;
        k->chosen = docx_first_header(r, sect);
        k->dflt = docx_default_header(r, sect);
    }
}

static int docx_body_blocks(docx_reader *r, docx_stream *s, docx_check *k)
{
    docx_ctx c;
    docx_blocks_begin(&c, r, DOCX_BODY);
    const xmlNode *b;
    int rc;
    while ((rc = docx_stream_next(s, 1, &b)) == 0 && b) {
        docx_check_block(r, k, s, b);
        size_t held = c.held;
        if ((rc = docx_block(&c, b)) != 0)
            break;
        if (c.held != held) /* a tab row's text box, emitted after the table */
            docx_stream_keep(s);
    }
    if (rc == 0)
        rc = r->status;
    int rc2 = docx_blocks_end(&c);
    return rc ? rc : rc2;
}

int docx_body(docx_reader *r, const docx_rels *root)
{
    int known;
    const docx_rel *header;
    docx_stream *s = NULL;
    docx_check k = {NULL, NULL, 0};
    int rc = docx_scan(r, &known, &header);
    if (rc == 0 && !known)
        rc = docx_find_header(r, &header);
    if (rc == 0)
        rc = docx_stream_open(r, 1, &s);
    if (rc == 0)
        rc = docx_core_props(r, root);
    if (rc == 0 && header)
        rc = docx_header(r, header);
    if (rc == 0)
        rc = docx_body_blocks(r, s, &k);
    if (rc == 0)
        rc = docx_stream_finish(s);
    if (rc == 0 && k.chosen != header)
        rc = mn_job_error(r->job, MN_EX_SOFTWARE, 0,
                          "internal error: the first-page header was misjudged before the body");
    if (rc == 0 && k.dflt && k.dflt != header) /* a letterhead on every page */
        rc = docx_header_org(r, k.dflt);
    docx_stream_close(s);
    return rc;
}
