/* SPDX-License-Identifier: MIT */
/* pipeline.c — one input's way in: probe, read, analyse, validate. */
#include <libgen.h>
#include <stdlib.h>
#include <string.h>

#include "builder.h"
#include "context.h"
#include "input.h"
#include "job.h"
#include "language.h"
#include "lexicon.h"
#include "loader.h"
#include "passes.h"
#include "sha256.h"
#include "utf8.h"
#include "validate.h"
#include "xmlutil.h"

#define MN_PROBE_BYTES (64 * 1024)

static const char *mn_extension_of(const char *name)
{
    const char *slash = strrchr(name, '/');
    const char *dot = strrchr(slash ? slash + 1 : name, '.');
    return dot ? dot + 1 : NULL;
}

/* The reader named like the input's extension (x.docx: docx), when its
 * module exists and it is certain of the bytes: then no other reader is
 * loaded, and a DOCX never maps md4c, nor canonical XML libzip.  Any other
 * reader could at most tie with a certain one, and a tie goes to the first
 * loaded; for the bundled readers none does.  When it is not certain (a
 * text reader never is), the others are asked but those the plugin cache
 * rules out (plugincache.c), so a .md file maps no libzip. */
static const mn_plugin *mn_probe_by_extension(mn_job *job, const mn_probe *pr)
{
    const char *ext = mn_extension_of(job->input_name);
    char name[16];
    size_t n = ext ? strlen(ext) : 0;
    if (n == 0 || n >= sizeof name || pr->media_type)
        return NULL;
    for (size_t i = 0; i <= n; i++) {
        char c = ext[i];
        if (c && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return NULL;
        name[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    const mn_plugin *p = mn_context_find_module(job->ctx, name, MN_CAN_READ);
    return p && p->probe(pr) >= MN_PROBE_MAX ? p : NULL;
}

/* The reader the input's bytes and name point to, or NULL. */
static const mn_plugin *mn_probe_readers(mn_job *job)
{
    mn_probe pr = {.data = job->data,
                   .size = job->size < MN_PROBE_BYTES ? job->size : MN_PROBE_BYTES,
                   .filename = strcmp(job->input_path, "-") ? job->input_path : NULL,
                   .media_type = mn_job_option(job, "media-type")};
    const mn_plugin *named = mn_probe_by_extension(job, &pr);
    if (named)
        return named;
    mn_context_load_readers_for(job->ctx, &pr);
    const mn_plugin *best = NULL;
    int best_score = 0;
    for (size_t i = 0; i < mn_context_plugin_count(job->ctx); i++) {
        const mn_plugin *p = mn_context_plugin(job->ctx, i);
        if (!(p->caps & MN_CAN_READ))
            continue;
        int score = p->probe(&pr);
        if (score > best_score) {
            best = p;
            best_score = score;
        }
    }
    return best;
}

/* Hands the job's metadata (-M) to the builder after the reader, so that
 * it wins over what the document says. */
static int mn_apply_metadata(mn_job *job, mn_builder *b)
{
    int rc = 0;
    for (size_t i = 0; i < job->n_metadata && rc == 0; i++)
        rc = mn_builder_override_property(b, job->metadata[i].name, job->metadata[i].value,
                                          mn_metadata_adds(job, i));
    return rc;
}

static const mn_plugin *mn_choose_reader(mn_job *job)
{
    if (job->reader)
        return job->reader;
    const char *from = mn_job_option(job, "from");
    if (from) {
        const mn_plugin *p = mn_context_find(job->ctx, from, MN_CAN_READ);
        if (!p)
            mn_job_error(job, MN_EX_USAGE, 0, "no input plugin named '%s' (see 'minutes plugins')", from);
        return p;
    }
    const mn_plugin *p = mn_probe_readers(job);
    if (!p) {
        const char *ext = mn_extension_of(job->input_name);
        mn_job_error(job, MN_EX_DATAERR, 0, "not a format minutes can read%s%s%s",
                     ext ? " (extension ." : "", ext ? ext : "", ext ? ")" : "");
    }
    return p;
}

/* The reader's call, under the one error rule (job.h). */
static int mn_call_read(mn_job *job, const mn_plugin *p, mn_builder *b)
{
    mn_input in = {.data = job->data, .size = job->size, .name = job->input_name};
    mn_job_mark mark = mn_job_mark_now(job);
    job->running = p;
    int rc = p->read(job, &in, b);
    job->running = NULL;
    return mn_job_callback_status(job, mark, rc, p, "reader");
}

static const char *mn_base_name(const mn_job *job)
{
    if (strcmp(job->input_path, "-") == 0)
        return "stdin";
    const char *slash = strrchr(job->input_path, '/');
    return slash ? slash + 1 : job->input_path;
}

/* meta/source: which reader, which file, which bytes. */
static void mn_add_source(mn_job *job, xmlDocPtr doc, const mn_plugin *reader)
{
    char hex[65];
    mn_sha256_hex(job->data, job->size, hex);
    xmlNodePtr src = mn_add(mn_meta(doc), "source", NULL);
    mn_set_attr(src, "format", reader->name);
    mn_set_attr(src, "name", mn_base_name(job));
    mn_set_attr(src, "sha256", hex);
}

static int mn_strict_check(mn_job *job)
{
    const char *strict = mn_job_option(job, "strict");
    if (!strict || strcmp(strict, "0") == 0)
        return 0;
    for (size_t i = 0; i < job->n_diags; i++)
        if (job->diags[i].severity == MN_WARNING)
            return mn_job_error(job, MN_EX_DATAERR, 0, "warnings are errors (--strict)");
    return 0;
}

/* The builder cleans what readers give it, but a pass that copies a string
 * into a fixed buffer can cut a UTF-8 sequence in half, and libxml2 writes
 * such bytes out as XML that does not parse.  So every text and attribute
 * value is cleaned once more (utf8.h) before the document is validated. */
static void mn_reclean_text(xmlNodePtr t)
{
    int changed = 0;
    const char *s = (const char *)t->content;
    size_t len = strlen(s);
    if (mn_utf8_clean_prefix(s, len) == len)
        return; /* nearly every text: nothing to clean, so nothing to copy */
    char *clean = mn_utf8_clean(s, len, &changed);
    if (clean && changed)
        xmlNodeSetContent(t, BAD_CAST clean);
    free(clean);
}

static void mn_reclean(xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE && n->content) {
            mn_reclean_text(n);
        } else if (n->type == XML_ELEMENT_NODE) {
            for (xmlAttrPtr a = n->properties; a; a = a->next)
                mn_reclean(a->children);
            mn_reclean(n->children);
        }
    }
}

/* Canonical XML read as it is may still carry what XML allows and writers
 * cannot take (noncharacters such as U+FFFE's kin, which cairo refuses): the
 * same cleaning the builder gives readers' text. */
static int mn_clean_text(xmlNodePtr n)
{
    int changed = 0;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            int this_changed = 0;
            char *clean = mn_utf8_clean((const char *)c->content, strlen((const char *)c->content), &this_changed);
            if (clean && this_changed)
                xmlNodeSetContent(c, BAD_CAST clean);
            free(clean);
            changed |= this_changed;
        } else if (c->type == XML_ELEMENT_NODE) {
            for (xmlAttrPtr a = c->properties; a; a = a->next)
                changed |= mn_clean_text((xmlNodePtr)a);
            changed |= mn_clean_text(c);
        }
    }
    return changed;
}

static int mn_analyse(mn_job *job, xmlDocPtr doc, int canonical, const mn_plugin *reader)
{
    if (canonical) {
        if (mn_clean_text((xmlNodePtr)doc))
            mn_job_warning(job, "replaced-characters", 0,
                           "characters not for interchange (noncharacters, controls) removed");
        return mn_validate_doc(job, doc, MN_EX_DATAERR);
    }
    mn_add_source(job, doc, reader);
    const mn_lexicon *lx = mn_context_lexicon(job->ctx);
    if (!lx)
        return mn_job_error(job, mn_context_load_lexicon(job->ctx), 0, "%s",
                            mn_context_lexicon_error(job->ctx));
    lx = mn_doc_language(job, doc, lx);
    const mn_lexicon *prev = mn_lx_use(lx);
    int rc = mn_run_passes(doc, job);
    mn_lx_use(prev);
    if (rc)
        return rc;
    mn_doc_block_languages(job, doc);
    mn_reclean(xmlDocGetRootElement(doc));
    /* The passes made it: a document they leave invalid is our bug. */
    if (mn_validate_doc(job, doc, MN_EX_SOFTWARE))
        return mn_job_error(job, MN_EX_SOFTWARE, 0,
                            "internal error: the canonical document fails the schema");
    return 0;
}

int mn_job_read(mn_job *job)
{
    mn_xml_init();
    if (!job->ctx)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "job has no plugin context");
    int rc = job->data_given ? 0 : mn_input_load(job);
    if (rc)
        return rc;
    if (job->size == 0)
        return mn_job_error(job, MN_EX_DATAERR, 0, "empty input");
    const mn_plugin *reader = mn_choose_reader(job);
    if (!reader)
        return job->status;
    mn_builder *b = mn_builder_new(job);
    if (!b)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    rc = mn_call_read(job, reader, b);
    if (rc == 0)
        rc = mn_apply_metadata(job, b);
    int canonical = 0;
    xmlDocPtr doc = mn_builder_finish(b, &canonical);
    mn_builder_free(b);
    if (rc == 0 && canonical && job->n_metadata)
        mn_job_warning(job, "metadata-ignored", 0,
                       "canonical XML is read as it is: the metadata given (-M) is not applied");
    if (rc == 0 && doc)
        rc = mn_analyse(job, doc, canonical, reader);
    if (rc == 0)
        rc = mn_strict_check(job);
    if (rc) {
        if (doc)
            xmlFreeDoc(doc);
        return rc;
    }
    job->doc.xml = doc;
    return 0;
}

int mn_job_read_canonical(mn_job *job, const char *xml, size_t len)
{
    xmlDocPtr doc = mn_xml_parse_safe(job, job->input_name, xml, len);
    if (!doc)
        return job->status;
    int rc = mn_validate_doc(job, doc, MN_EX_DATAERR);
    if (rc) {
        xmlFreeDoc(doc);
        return rc;
    }
    if (job->doc.xml)
        xmlFreeDoc(job->doc.xml);
    job->doc.xml = doc;
    return 0;
}

int mn_job_validate(mn_job *job)
{
    mn_xml_init();
    int rc = job->data_given ? 0 : mn_input_load(job);
    if (rc)
        return rc;
    return mn_job_read_canonical(job, (const char *)job->data, job->size);
}
