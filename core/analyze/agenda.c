/* SPDX-License-Identifier: MIT */
/* agenda.c — the agenda pass: the agenda out of the body into `agenda`
 * (docs/INTERNALS.md).
 *
 * A section whose heading is an annex/appendix about the agenda ("Annex 1:
 * Meeting Agenda") or just "Agenda": its list items and numbered lines
 * become `agenda/item n` (n as written, one trailing '.' or ')' dropped).
 * What the pass cannot place stays in the body: an agenda section is
 * removed only when all of it was used. */
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "lexicon.h"
#include "passes.h"
#include "textscan.h"
#include "xmlutil.h"

typedef struct mn_agenda {
    xmlDocPtr doc;
    xmlNodePtr agenda; /* unlinked until the end; owned here until linked */
} mn_agenda;

/* ---- recognising the heading ------------------------------------------------ */

static int mn_has_any_word(const char *s, int list)
{
    for (const char *const *words = mn_lx_words(mn_lx(), list); *words; words++)
        if (mn_ts_has_word(s, *words))
            return 1;
    return 0;
}

int mn_agenda_heading(const xmlNode *section)
{
    char *t = mn_ts_inline_folded(mn_child(section, "heading"));
    if (!t)
        return 0;
    size_t len = strlen(t);
    if (len && t[len - 1] == ':')
        len--;
    int annex = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_ANNEX_WORDS); *w && !annex; w++)
        annex = mn_ts_prefix(t, *w, 1) != 0;
    int is = mn_lx_find(mn_lx(), MN_LX_AGENDA_TITLES, t, len) != NULL ||
             (annex && mn_has_any_word(t, MN_LX_AGENDA_WORDS));
    free(t);
    return is;
}

/* ---- the items ------------------------------------------------------------------- */

static xmlNodePtr mn_new(mn_agenda *ag, const char *name)
{
    xmlNodePtr root = xmlDocGetRootElement(ag->doc);
    return xmlNewDocNode(ag->doc, root ? root->ns : NULL, BAD_CAST name, NULL);
}

/* Moves el's inline content into a new agenda item; a label that starts the
 * text gives n when el has none. */
static void mn_agenda_item(mn_agenda *ag, xmlNodePtr el, const char *n)
{
    xmlNodePtr item = mn_new(ag, "item");
    if (!item)
        return;
    item->line = el->line;
    xmlAddChild(ag->agenda, item);
    for (xmlNodePtr c = el->children, next; c; c = next) {
        next = c->next;
        if (mn_ts_is_block(c))
            continue;
        xmlUnlinkNode(c);
        xmlAddChild(item, c);
    }
    char *text = n ? NULL : mn_ts_inline_folded(item);
    mn_label l;
    if (text && mn_ts_label(text, &l)) {
        mn_ts_strip_lead(item, l.len);
        n = l.n;
    }
    char *label = n && *n ? strdup(n) : NULL;
    if (label) {
        size_t k = strlen(label);
        if (k > 1 && (label[k - 1] == '.' || label[k - 1] == ')'))
            label[k - 1] = '\0';
        mn_set_attr(item, "n", label);
    }
    free(label);
    free(text);
}

static void mn_agenda_list(mn_agenda *ag, xmlNodePtr list)
{
    for (xmlNodePtr it = mn_child(list, "item"); it; it = mn_next(it, "item")) {
        char *n = mn_attr(it, "n");
        int bullet = n && !strpbrk(n, "0123456789") && strlen(n) <= 4 &&
                     !((n[0] >= 'A' && n[0] <= 'Z') || (n[0] >= 'a' && n[0] <= 'z'));
        mn_agenda_item(ag, it, bullet ? NULL : n);
        xmlFree(n);
        for (xmlNodePtr sub = mn_child(it, "list"); sub; sub = mn_next(sub, "list"))
            mn_agenda_list(ag, sub);
    }
}

/* A paragraph whose lines (split at br) are agenda items. */
static void mn_agenda_lines(mn_agenda *ag, xmlNodePtr p)
{
    while (p->children) {
        xmlNodePtr line = mn_new(ag, "p");
        if (!line)
            return;
        line->line = p->line;
        while (p->children && !mn_is(p->children, "br")) {
            xmlNodePtr c = p->children;
            xmlUnlinkNode(c);
            xmlAddChild(line, c);
        }
        if (p->children)
            mn_ts_drop(p->children);
        if (!mn_ts_is_empty(line))
            mn_agenda_item(ag, line, NULL);
        xmlFreeNode(line);
    }
}

/* Takes the agenda out of section; returns 1 when nothing else was in it. */
static int mn_take_agenda(mn_agenda *ag, xmlNodePtr section)
{
    if (!ag->agenda && !(ag->agenda = mn_new(ag, "agenda")))
        return 0;
    int all = 1, any = 0;
    for (xmlNodePtr c = mn_next(mn_child(section, "heading"), NULL), next; c; c = next) {
        next = mn_next(c, NULL);
        if (mn_is(c, "list")) {
            mn_agenda_list(ag, c);
            mn_ts_drop(c);
            any = 1;
        } else if (mn_is(c, "p")) {
            mn_agenda_lines(ag, c);
            mn_ts_drop(c);
            any = 1;
        } else {
            all = 0;
        }
    }
    return all && any; /* an empty section keeps its heading */
}

/* ---- the walk ---------------------------------------------------------------------- */

static void mn_agenda_walk(mn_agenda *ag, xmlNodePtr parent)
{
    for (xmlNodePtr c = mn_child(parent, "section"), next; c; c = next) {
        next = mn_next(c, "section");
        if (!mn_agenda_heading(c))
            mn_agenda_walk(ag, c);
        else if (mn_take_agenda(ag, c))
            mn_ts_drop(c);
    }
}

int mn_pass_agenda(xmlDocPtr doc, mn_job *job)
{
    (void)job;
    xmlNodePtr body = mn_body(doc);
    if (!body)
        return 0;
    mn_agenda ag = {.doc = doc};
    mn_agenda_walk(&ag, body);
    if (ag.agenda && mn_child(ag.agenda, "item"))
        xmlAddPrevSibling(body, ag.agenda);
    else if (ag.agenda)
        xmlFreeNode(ag.agenda);
    return 0;
}
