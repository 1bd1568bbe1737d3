/* SPDX-License-Identifier: MIT */
/* action_tail.c — an action line set in bold at the end of a paragraph of
 * discussion ("… carried 5–0. **Action – Ana Ruiz to book the repair.**"):
 * Word minutes often close a topic's paragraph with its action typed this
 * way instead of on a line of its own.  The bold run and what follows it
 * become a paragraph of their own, next after the discussion, so that the
 * actions pass reads it as it reads any action line and the discussion
 * keeps its own reading (a decision, prose). */
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "textscan.h"
#include "xmlutil.h"

/* Whether the inline nodes before EL hold words that end a sentence: the
 * bold run follows discussion, it is not a bold lead-in of the line. */
static int mn_tail_after_sentence(const xmlNode *el)
{
    const xmlNode *prev = el->prev;
    while (prev && prev->type == XML_TEXT_NODE && xmlIsBlankNode((xmlNodePtr)prev))
        prev = prev->prev;
    if (!prev)
        return 0;
    char *t = prev->type == XML_TEXT_NODE ? mn_ts_fold((const char *)prev->content, strlen((const char *)prev->content))
                                          : mn_ts_inline_folded(prev);
    size_t n = t ? strlen(t) : 0;
    while (n && t[n - 1] == ' ')
        n--;
    int ended = n && strchr(".!?;", t[n - 1]) != NULL;
    free(t);
    return ended;
}

/* Whether a strong element's text opens with a written action key. */
static int mn_tail_action_key(const xmlNode *strong)
{
    char *t = mn_ts_inline_folded(strong);
    mn_lead lead;
    int is = t && mn_lead_read(t, &lead) == MN_MARK_ACTION && lead.keyword && t[lead.len];
    free(t);
    return is;
}

/* Splits P before its trailing bold action line, when it has one. */
static void mn_tail_split(xmlNodePtr p)
{
    xmlNodePtr strong = NULL;
    for (xmlNodePtr c = p->children; c; c = c->next)
        if (mn_is(c, "strong") && mn_tail_after_sentence(c) && mn_tail_action_key(c)) {
            strong = c;
            break;
        }
    if (!strong)
        return;
    xmlNodePtr tail = xmlNewDocNode(p->doc, p->ns, BAD_CAST "p", NULL);
    if (!tail)
        return;
    tail->line = strong->line ? strong->line : p->line;
    for (xmlNodePtr c = strong, next; c; c = next) {
        next = c->next;
        xmlUnlinkNode(c);
        xmlAddChild(tail, c);
    }
    xmlAddNextSibling(p, tail);
    xmlNodePtr last = p->last; /* the space that stood before the bold run */
    if (last && last->type == XML_TEXT_NODE && last->content) {
        size_t n = strlen((const char *)last->content);
        while (n && last->content[n - 1] == ' ')
            n--;
        last->content[n] = '\0';
    }
}

void mn_action_tails(xmlNodePtr parent)
{
    for (xmlNodePtr c = mn_child(parent, NULL); c; c = mn_next(c, NULL)) {
        if (mn_is(c, "p"))
            mn_tail_split(c);
        else if (mn_is(c, "section"))
            mn_action_tails(c);
    }
}
