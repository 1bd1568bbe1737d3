/* SPDX-License-Identifier: MIT */
/* reader.c — one DOCX conversion: open the package, load what decides
 * structure (styles, numbering, notes), then describe the first-page header
 * and the body to the builder (body.c). */
#include <stdlib.h>
#include <string.h>

#include "docx.h"

static int docx_options(docx_reader *r)
{
    const char *track = mn_job_option(r->job, "track-changes");
    if (!track || strcmp(track, "accept") == 0)
        r->track = DOCX_TRACK_ACCEPT;
    else if (strcmp(track, "reject") == 0)
        r->track = DOCX_TRACK_REJECT;
    else if (strcmp(track, "all") == 0)
        r->track = DOCX_TRACK_ALL;
    else
        return mn_job_error(r->job, MN_EX_USAGE, 0,
                            "--track-changes must be accept, reject or all, not '%s'", track);
    const char *comments = mn_job_option(r->job, "comments");
    r->want_comments = comments && strcmp(comments, "0") != 0;
    return 0;
}

/* Styles and numbering: tables built from their parts, which are freed. */
static int docx_load_structure(docx_reader *r)
{
    int status = 0;
    const docx_rel *rel = docx_rel_by_type(&r->main_rels, "styles");
    xmlDocPtr doc = rel ? docx_part_xml(r->job, r->zip, rel->target, &status) : NULL;
    if (status)
        return status;
    r->styles = docx_styles_new(doc);
    docx_lang_styles(r, doc);
    if (doc)
        xmlFreeDoc(doc);
    rel = docx_rel_by_type(&r->main_rels, "numbering");
    doc = rel ? docx_part_xml(r->job, r->zip, rel->target, &status) : NULL;
    if (status)
        return status;
    r->numbering = r->styles ? docx_numbering_new(doc, r->styles) : NULL;
    if (doc)
        xmlFreeDoc(doc);
    if (!r->styles || !r->numbering)
        return mn_job_error(r->job, MN_EX_SOFTWARE, 0, "out of memory");
    return 0;
}

static int docx_load_notes(docx_reader *r)
{
    int rc = docx_notes_load(r, "footnotes", "footnote", &r->footnotes);
    if (rc == 0)
        rc = docx_notes_load(r, "endnotes", "endnote", &r->endnotes);
    if (rc == 0 && r->want_comments)
        rc = docx_notes_load(r, "comments", "comment", &r->comments);
    return rc;
}

static int docx_package(docx_reader *r)
{
    docx_rels root;
    int rc = docx_rels_load(r->job, r->zip, "", &root);
    if (rc == 0 && !(r->main_part = docx_main_part(r->job, r->zip, &root)))
        rc = mn_job_status(r->job) ? mn_job_status(r->job) : MN_EX_DATAERR;
    if (rc == 0)
        rc = docx_rels_load(r->job, r->zip, r->main_part, &r->main_rels);
    r->rels = &r->main_rels;
    if (rc == 0)
        rc = docx_load_structure(r);
    if (rc == 0)
        rc = docx_load_notes(r);
    if (rc == 0)
        rc = docx_lang_settings(r);
    if (rc == 0)
        rc = docx_body(r, &root);
    if (rc == 0)
        rc = docx_lang_emit(r);
    docx_rels_free(&root);
    return rc;
}

static void docx_reader_free(docx_reader *r)
{
    docx_fields_free(r);
    docx_notes_free(&r->footnotes);
    docx_notes_free(&r->endnotes);
    docx_notes_free(&r->comments);
    docx_numbering_free(r->numbering);
    docx_styles_free(r->styles);
    docx_rels_free(&r->main_rels);
    free(r->main_part);
    docx_zip_close(r->zip);
}

int docx_read_memory(mn_job *job, const unsigned char *data, size_t size, mn_builder *b)
{
    if (docx_is_ole(data, size))
        return docx_refuse_ole(job, data, size);
    docx_reader r = {.job = job, .b = b};
    int rc = docx_options(&r);
    if (rc)
        return rc;
    r.zip = docx_zip_open(job, data, size);
    rc = r.zip ? docx_package(&r) : (mn_job_status(job) ? mn_job_status(job) : MN_EX_DATAERR);
    if (rc == 0 && r.changes)
        mn_job_warning(job, "tracked-changes", 0,
                       "the document has tracked changes: %s (see --track-changes)",
                       r.track == DOCX_TRACK_ACCEPT ? "insertions kept, deletions dropped"
                       : r.track == DOCX_TRACK_REJECT ? "insertions dropped, deletions kept"
                       : "insertions and deletions both kept");
    docx_reader_free(&r);
    return rc;
}
