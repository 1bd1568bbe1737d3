/* SPDX-License-Identifier: MIT */
/* package.c — the Open Packaging Conventions side of a DOCX: relationship
 * parts, part-name resolution and safe parsing of parts.  A relationship
 * whose target leaves the package (../../etc/passwd) is dropped, and an
 * external target (TargetMode="External") is only ever kept as a string: the
 * reader reads nothing that is not an entry of the zip. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx.h"

char *docx_resolve(const char *source, const char *target)
{
    size_t base_len = 0;
    if (target[0] == '/') {
        target++;
    } else {
        const char *slash = strrchr(source, '/');
        base_len = slash ? (size_t)(slash - source + 1) : 0;
    }
    size_t cap = base_len + strlen(target) + 1;
    char *joined = malloc(cap), *out = malloc(cap);
    if (!joined || !out) {
        free(joined);
        free(out);
        return NULL;
    }
    memcpy(joined, source, base_len);
    strcpy(joined + base_len, target);
    size_t len = 0;
    char *save = NULL;
    for (char *seg = strtok_r(joined, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
        if (strcmp(seg, ".") == 0)
            continue;
        if (strcmp(seg, "..") == 0) {
            if (len == 0) { /* above the package root */
                free(joined);
                free(out);
                return NULL;
            }
            while (len > 0 && out[len - 1] != '/')
                len--;
            if (len > 0)
                len--; /* the slash before the dropped segment */
            continue;
        }
        if (len > 0)
            out[len++] = '/';
        size_t n = strlen(seg);
        memcpy(out + len, seg, n);
        len += n;
    }
    out[len] = '\0';
    free(joined);
    if (len == 0) {
        free(out);
        return NULL;
    }
    return out;
}

/* "word/document.xml" → "word/_rels/document.xml.rels"; "" → "_rels/.rels". */
static char *docx_rels_name(const char *source)
{
    const char *slash = strrchr(source, '/');
    size_t dir = slash ? (size_t)(slash - source + 1) : 0;
    size_t n = strlen(source) + 16;
    char *name = malloc(n);
    if (name)
        snprintf(name, n, "%.*s_rels/%s.rels", (int)dir, source, source + dir);
    return name;
}

/* libxml2 2.9 caps text nodes at 10,000,000 bytes only on some paths; a
 * larger one is refused here, as RELIABILITY.md asks.  Iterative: the tree
 * may be as deep as the parser allows. */
int docx_huge_text(const xmlNode *top)
{
    const xmlNode *n = top;
    while (n) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content &&
            xmlStrlen(n->content) > DOCX_MAX_TEXT)
            return 1;
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        while (n != top && !n->next)
            n = n->parent;
        n = n == top ? NULL : n->next;
    }
    return 0;
}

xmlDocPtr docx_part_xml(mn_job *job, docx_zip *z, const char *name, int *status)
{
    unsigned char *buf;
    size_t len;
    *status = 0;
    int rc = docx_zip_read(z, name, &buf, &len);
    if (rc == 1)
        return NULL;
    if (rc) {
        *status = rc;
        return NULL;
    }
    xmlDocPtr doc = mn_xml_parse_safe(job, name, buf, len);
    free(buf);
    if (doc && docx_huge_text(xmlDocGetRootElement(doc))) {
        mn_job_error(job, MN_EX_DATAERR, 0, "%s: a text node of more than 10 MB", name);
        xmlFreeDoc(doc);
        doc = NULL;
    }
    if (!doc)
        *status = MN_EX_DATAERR;
    return doc;
}

static const char *docx_type_tail(const char *type)
{
    const char *slash = strrchr(type, '/');
    return slash ? slash + 1 : type;
}

static int docx_rel_add(docx_rels *rels, size_t *cap, docx_rel rel)
{
    if (rels->n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        docx_rel *v = realloc(rels->v, c * sizeof *v);
        if (!v)
            return -1;
        rels->v = v;
        *cap = c;
    }
    rels->v[rels->n++] = rel;
    return 0;
}

static int docx_rel_read(mn_job *job, const char *source, const xmlNode *n, docx_rel *rel)
{
    char *id = (char *)xmlGetNoNsProp(n, BAD_CAST "Id");
    char *type = (char *)xmlGetNoNsProp(n, BAD_CAST "Type");
    char *target = (char *)xmlGetNoNsProp(n, BAD_CAST "Target");
    char *mode = (char *)xmlGetNoNsProp(n, BAD_CAST "TargetMode");
    int ok = id && type && target;
    memset(rel, 0, sizeof *rel);
    if (ok) {
        rel->external = mode && strcasecmp(mode, "External") == 0;
        rel->id = strdup(id);
        rel->type = strdup(docx_type_tail(type));
        rel->target = rel->external ? strdup(target) : docx_resolve(source, target);
        if (!rel->external && !rel->target && *target)
            mn_job_warning(job, "outside-package", 0,
                           "relationship '%s' points outside the package; ignored", id);
        ok = rel->id && rel->type && rel->target;
    }
    xmlFree(id);
    xmlFree(type);
    xmlFree(target);
    xmlFree(mode);
    if (!ok) {
        free(rel->id);
        free(rel->type);
        free(rel->target);
    }
    return ok ? 0 : -1;
}

int docx_rels_load(mn_job *job, docx_zip *z, const char *source, docx_rels *out)
{
    memset(out, 0, sizeof *out);
    char *name = docx_rels_name(source);
    if (!name)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    int status;
    xmlDocPtr doc = docx_part_xml(job, z, name, &status);
    free(name);
    if (!doc)
        return status;
    size_t cap = 0;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next) {
        docx_rel rel;
        if (!docx_local(c, "Relationship") || docx_rel_read(job, source, c, &rel) != 0)
            continue;
        if (docx_rel_add(out, &cap, rel) != 0) {
            free(rel.id);
            free(rel.type);
            free(rel.target);
            status = mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
            break;
        }
    }
    xmlFreeDoc(doc);
    return status;
}

void docx_rels_free(docx_rels *rels)
{
    for (size_t i = 0; i < rels->n; i++) {
        free(rels->v[i].id);
        free(rels->v[i].type);
        free(rels->v[i].target);
    }
    free(rels->v);
    rels->v = NULL;
    rels->n = 0;
}

const docx_rel *docx_rel_by_id(const docx_rels *rels, const char *id)
{
    for (size_t i = 0; id && i < rels->n; i++)
        if (strcmp(rels->v[i].id, id) == 0)
            return &rels->v[i];
    return NULL;
}

const docx_rel *docx_rel_by_type(const docx_rels *rels, const char *type)
{
    for (size_t i = 0; i < rels->n; i++)
        if (!rels->v[i].external && strcmp(rels->v[i].type, type) == 0)
            return &rels->v[i];
    return NULL;
}

/* The main part named by [Content_Types].xml, for packages whose root
 * relationships are missing or wrong. */
static char *docx_main_from_types(mn_job *job, docx_zip *z)
{
    int status;
    xmlDocPtr doc = docx_part_xml(job, z, "[Content_Types].xml", &status);
    if (!doc)
        return NULL;
    char *found = NULL;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr c = root ? root->children : NULL; c && !found; c = c->next) {
        if (!docx_local(c, "Override"))
            continue;
        char *type = (char *)xmlGetNoNsProp(c, BAD_CAST "ContentType");
        char *part = (char *)xmlGetNoNsProp(c, BAD_CAST "PartName");
        if (type && part && strstr(type, ".main+xml") &&
            (strstr(type, "wordprocessingml") || strstr(type, "ms-word")))
            found = docx_resolve("", part);
        xmlFree(type);
        xmlFree(part);
    }
    xmlFreeDoc(doc);
    return found;
}

char *docx_main_part(mn_job *job, docx_zip *z, const docx_rels *root)
{
    const docx_rel *rel = docx_rel_by_type(root, "officeDocument");
    if (rel)
        return strdup(rel->target);
    if (mn_job_status(job))
        return NULL;
    char *name = docx_main_from_types(job, z);
    if (name || mn_job_status(job))
        return name;
    if (docx_zip_has(z, "word/document.xml"))
        return strdup("word/document.xml");
    mn_job_error(job, MN_EX_DATAERR, 0, "no main document part: not a Word document");
    return NULL;
}
