/* SPDX-License-Identifier: MIT */
/* notes.c — footnotes, endnotes and comments: indexed by id when loaded, and
 * emitted as `note` where they are referenced.  Each is emitted once, so a
 * document that references one note a million times cannot multiply it. */
#include <stdlib.h>
#include <string.h>

#include "docx.h"

static int docx_ref_cmp(const void *a, const void *b)
{
    long x = ((const docx_note_ref *)a)->id, y = ((const docx_note_ref *)b)->id;
    return (x > y) - (x < y);
}

/* Separators and continuation notices are layout, not notes. */
static int docx_is_real_note(const xmlNode *n)
{
    char *type = docx_wattr(n, "type");
    int real = !type || strcmp(type, "normal") == 0;
    xmlFree(type);
    return real;
}

int docx_notes_load(docx_reader *r, const char *type, const char *local, docx_noteset *out)
{
    memset(out, 0, sizeof *out);
    const docx_rel *rel = docx_rel_by_type(&r->main_rels, type);
    if (!rel)
        return 0;
    int status;
    out->doc = docx_part_xml(r->job, r->zip, rel->target, &status);
    if (!out->doc)
        return status;
    if ((status = docx_rels_load(r->job, r->zip, rel->target, &out->rels)) != 0)
        return status;
    xmlNodePtr root = xmlDocGetRootElement(out->doc);
    size_t count = 0;
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next)
        count += docx_w(c, local);
    out->v = calloc(count + 1, sizeof *out->v);
    if (!out->v)
        return mn_job_error(r->job, MN_EX_SOFTWARE, 0, "out of memory");
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next) {
        char *id = docx_w(c, local) && docx_is_real_note(c) ? docx_wattr(c, "id") : NULL;
        if (id)
            out->v[out->n++] = (docx_note_ref){.id = strtol(id, NULL, 10), .node = c};
        xmlFree(id);
    }
    qsort(out->v, out->n, sizeof *out->v, docx_ref_cmp);
    return 0;
}

void docx_notes_free(docx_noteset *s)
{
    if (s->doc)
        xmlFreeDoc(s->doc);
    docx_rels_free(&s->rels);
    free(s->v);
    memset(s, 0, sizeof *s);
}

const xmlNode *docx_note_take(docx_noteset *s, long id)
{
    docx_note_ref key = {.id = id};
    docx_note_ref *ref = s->n ? bsearch(&key, s->v, s->n, sizeof *s->v, docx_ref_cmp) : NULL;
    if (!ref || ref->used)
        return NULL;
    ref->used = 1;
    return ref->node;
}

/* The set a note element came from (its document), for its relationships. */
static const docx_rels *docx_note_rels(const docx_reader *r, const xmlNode *note)
{
    const docx_noteset *sets[] = {&r->footnotes, &r->endnotes, &r->comments};
    for (int i = 0; i < 3; i++)
        if (sets[i]->doc && note->doc == sets[i]->doc)
            return &sets[i]->rels;
    return r->rels;
}

int docx_emit_note(docx_reader *r, const docx_seg *seg)
{
    int rc = mn_builder_open(r->b, MN_NODE_NOTE, NULL);
    r->note_prefix = seg->note_prefix; /* goes before the first paragraph's text */
    if (rc == 0) {
        const docx_rels *outer = r->rels;
        r->rels = docx_note_rels(r, seg->note);
        r->note_depth++;
        rc = docx_blocks(r, seg->note, DOCX_FLOW);
        r->note_depth--;
        r->rels = outer;
    }
    if (rc == 0 && r->note_prefix) /* an empty comment */
        rc = mn_builder_text(r->b, r->note_prefix, strlen(r->note_prefix));
    r->note_prefix = NULL;
    int rc2 = mn_builder_close(r->b, MN_NODE_NOTE);
    return rc ? rc : rc2;
}
