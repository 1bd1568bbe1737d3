/* SPDX-License-Identifier: MIT */
/* lang.c — the document's language, handed to the builder as the `lang`
 * property (a BCP 47 tag as the document writes it: "en-GB", "fr-FR").  It
 * tells the order of numeric dates (23/05/22 in en-GB, 05/23/22 in en-US)
 * and becomes the canonical document's xml:lang.
 *
 * Where Word keeps it, most telling first:
 *  - dc:language in docProps/core.xml, which someone set on purpose;
 *  - the runs' own w:lang, when one tag covers most of the text: Word marks
 *    what is typed with the keyboard's language, which is the writer's even
 *    when the template says otherwise;
 *  - the default paragraph style's w:lang, then the document defaults'
 *    (styles.xml w:docDefaults), which come with the template;
 *  - w:themeFontLang in settings.xml.
 * Templates default to en-US whoever writes in them, so all but the first
 * two are weak; `lang-source` says which one gave the tag, for the passes. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx.h"

/* Whether TAG reads as a language tag: letters, digits and hyphens, a
 * primary subtag of two or three letters. */
static int docx_lang_ok(const char *tag)
{
    size_t n = tag ? strlen(tag) : 0, primary = 0;
    if (n < 2 || n >= DOCX_LANG_TAG)
        return 0;
    while (primary < n && isalpha((unsigned char)tag[primary]))
        primary++;
    if (primary < 2 || primary > 3 || (primary < n && tag[primary] != '-'))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)tag[i]) && tag[i] != '-')
            return 0;
    return 1;
}

void docx_lang_count(docx_reader *r, const char *tag, size_t chars)
{
    docx_langs *l = &r->langs;
    l->total += chars;
    if (!tag || !docx_lang_ok(tag))
        return;
    size_t i = 0;
    while (i < l->n && strcasecmp(l->tag[i], tag) != 0)
        i++;
    if (i == l->n) {
        if (l->n == DOCX_LANGS)
            return; /* a document in more languages than that has no one language */
        strcpy(l->tag[l->n++], tag);
    }
    l->chars[i] += chars;
}

/* w:lang/@w:val under rPr of N, or NULL (xmlFree). */
static char *docx_rpr_lang(const xmlNode *n)
{
    return docx_wval(docx_wchild(n, "rPr"), "lang");
}

static void docx_lang_keep(char *slot, char *tag)
{
    if (!slot[0] && docx_lang_ok(tag))
        strcpy(slot, tag);
    xmlFree(tag);
}

void docx_lang_styles(docx_reader *r, xmlDocPtr styles)
{
    xmlNodePtr root = styles ? xmlDocGetRootElement(styles) : NULL;
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next) {
        if (docx_w(c, "docDefaults")) {
            docx_lang_keep(r->langs.defaults, docx_rpr_lang(docx_wchild(c, "rPrDefault")));
        } else if (docx_w(c, "style")) {
            char *type = docx_wattr(c, "type"), *def = docx_wattr(c, "default");
            int normal = type && strcmp(type, "paragraph") == 0 && def &&
                         (strcmp(def, "1") == 0 || strcmp(def, "true") == 0 || strcmp(def, "on") == 0);
            xmlFree(type);
            xmlFree(def);
            if (normal)
                docx_lang_keep(r->langs.style, docx_rpr_lang(c));
        }
    }
}

int docx_lang_settings(docx_reader *r)
{
    const docx_rel *rel = docx_rel_by_type(&r->main_rels, "settings");
    int status = 0;
    xmlDocPtr doc = rel ? docx_part_xml(r->job, r->zip, rel->target, &status) : NULL;
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (root)
        docx_lang_keep(r->langs.settings, docx_wval(root, "themeFontLang"));
    if (doc)
        xmlFreeDoc(doc);
    return status;
}

int docx_lang_emit(docx_reader *r)
{
    docx_langs *l = &r->langs;
    size_t best = 0;
    for (size_t i = 1; i < l->n; i++)
        if (l->chars[i] > l->chars[best])
            best = i;
    /* a run language counts when it covers more than half of the text */
    const char *runs = l->n && l->chars[best] * 2 > l->total ? l->tag[best] : NULL;
    const char *tag = docx_lang_ok(l->core) ? l->core : runs ? runs : l->style[0] ? l->style
                    : l->defaults[0] ? l->defaults : l->settings[0] ? l->settings : NULL;
    const char *source = tag == l->core ? "dc:language" : tag == runs ? "runs"
                       : tag == l->style ? "style" : tag == l->defaults ? "defaults" : "settings";
    if (!tag)
        return 0;
    int rc = mn_builder_property(r->b, "lang", tag, 0);
    return rc ? rc : mn_builder_property(r->b, "lang-source", source, 0);
}
