/* SPDX-License-Identifier: MIT */
/* langchoice.c — the language of the document being converted, and the
 * lexicon its passes use (issue 23).
 *
 * In order:
 *  1. --lang (the job's "lang" option) overrides everything;
 *  2. a declaration the writer made: front matter `lang`, DOCX dc:language
 *     or the language of most of the runs (the reader's `lang` property,
 *     whose `lang-source` is absent, "dc:language" or "runs");
 *  3. else the text's own words (language.c), over the bundled lexicons'
 *     languages; a weak declaration (a Word template's default, which is
 *     en-US whoever writes in it) gives way to them, but is kept when it is
 *     the same language ("en-GB" tells more than "en");
 *  4. else the weak declaration, else English.
 * The language chosen, when not the reader's, becomes xml:lang (finish.c
 * writes the reader's); a language without a lexicon keeps the English one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "job.h"
#include "language.h"
#include "lexicon.h"
#include "xmlutil.h"

/* The value of the reader's property NAME (malloc'd), or NULL. */
static char *mn_langchoice_prop(xmlDocPtr doc, const char *name)
{
    xmlNodePtr meta = mn_meta(doc);
    for (xmlNodePtr c = meta ? mn_child(meta, "prop") : NULL; c; c = mn_next(c, "prop"))
        if (mn_attr_is(c, "name", name))
            return mn_text_folded(c);
    return NULL;
}

/* Whether the reader's lang came from a place the writer chose, rather than
 * from a template's defaults. */
static int mn_langchoice_strong(const char *source)
{
    return !source || strcmp(source, "dc:language") == 0 || strcmp(source, "runs") == 0;
}

/* The bundled lexicons that load, into LEXICONS[MN_CONTEXT_LANGS]; their
 * count. */
static size_t mn_langchoice_lexicons(mn_job *job, const mn_lexicon **lexicons)
{
    size_t n = 0;
    for (const char *const *l = mn_lexicon_bundled_langs(); *l && n < MN_CONTEXT_LANGS; l++) {
        const mn_lexicon *lx = mn_context_lexicon_of(job->ctx, *l, NULL);
        if (lx)
            lexicons[n++] = lx;
    }
    return n;
}

/* The language the text is written in, over the bundled lexicons, or NULL. */
static const char *mn_langchoice_guess(mn_job *job, xmlDocPtr doc)
{
    const mn_lexicon *lexicons[MN_CONTEXT_LANGS];
    size_t n = mn_langchoice_lexicons(job, lexicons);
    return mn_language_of_text(doc, lexicons, n);
}

/* Chooses the tag into tag[MN_LANG_TAG]; returns whether it must be written
 * as xml:lang (the reader's own is written by finish.c). */
static int mn_langchoice_choose(mn_job *job, xmlDocPtr doc, char *tag)
{
    const char *opt = mn_job_option(job, "lang");
    if (opt && mn_language_tag_ok(opt)) {
        snprintf(tag, MN_LANG_TAG, "%s", opt);
        return 1;
    }
    char *declared = mn_langchoice_prop(doc, "lang"), *source = mn_langchoice_prop(doc, "lang-source");
    if (declared && !mn_language_tag_ok(declared)) {
        free(declared);
        declared = NULL;
    }
    int write = 0;
    const char *guess = declared && mn_langchoice_strong(source) ? NULL : mn_langchoice_guess(job, doc);
    if (guess && !(declared && mn_language_same(declared, guess))) {
        snprintf(tag, MN_LANG_TAG, "%s", guess);
        write = 1;
    } else {
        snprintf(tag, MN_LANG_TAG, "%s", declared ? declared : "en");
    }
    free(declared);
    free(source);
    return write;
}

const mn_lexicon *mn_doc_language(mn_job *job, xmlDocPtr doc, const mn_lexicon *fallback)
{
    char tag[MN_LANG_TAG];
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root)
        return fallback;
    if (mn_langchoice_choose(job, doc, tag))
        xmlNodeSetLang(root, BAD_CAST tag);
    const char *error = NULL;
    const mn_lexicon *lx = mn_context_lexicon_of(job->ctx, tag, &error);
    if (!lx && error)
        mn_job_warning(job, "lexicon", 0, "%s; the English lexicon is used", error);
    return lx ? lx : fallback;
}

/* ---- paragraphs in another language ----------------------------------------- */

typedef struct mn_block_langs {
    const mn_lexicon *lexicons[MN_CONTEXT_LANGS];
    size_t n;
    mn_lang_memo *memo; /* words looked up in this document, or NULL */
} mn_block_langs;

static int mn_langchoice_is_block(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && n->name &&
           (strcmp((const char *)n->name, "p") == 0 || strcmp((const char *)n->name, "item") == 0);
}

/* Marks block N when its words clearly say another language than the one
 * it inherits (the document's, or an enclosing item's). */
static void mn_langchoice_block(const mn_block_langs *b, xmlNodePtr n)
{
    size_t words;
    const char *lang = mn_language_of_block_memo(n, b->lexicons, b->n, &words, b->memo);
    if (!lang || words < MN_LANG_BLOCK_WORDS)
        return;
    xmlChar *inherited = xmlNodeGetLang(n);
    if (!inherited || !mn_language_same((const char *)inherited, lang))
        xmlNodeSetLang(n, (const xmlChar *)lang);
    xmlFree(inherited);
}

/* Document order, so that an item is marked before the items nested in
 * it, which then inherit its language. */
static void mn_langchoice_walk(const mn_block_langs *b, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (mn_langchoice_is_block(n))
            mn_langchoice_block(b, n);
        mn_langchoice_walk(b, n->children);
    }
}

void mn_doc_block_languages(mn_job *job, xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlChar *lang = root ? xmlNodeGetLang(root) : NULL;
    mn_block_langs b;
    b.n = lang ? mn_langchoice_lexicons(job, b.lexicons) : 0;
    /* no stated language, or one language to tell: nothing to mark */
    if (b.n > 1) {
        b.memo = calloc(1, sizeof *b.memo); /* out of memory: every word looked up */
        mn_langchoice_walk(&b, root->children);
        free(b.memo);
    }
    xmlFree(lang);
}
