/* SPDX-License-Identifier: MIT */
/* action_tail.c — an action or a resolution run into the end of a paragraph
 * of discussion instead of on a line of its own:
 *   - an action line set in bold ("… carried 5–0. **Action – Ana Ruiz to
 *     book the repair.**"), as Word minutes often close a topic;
 *   - a decision key in capitals after a sentence ("Apologies were received
 *     from Cllr Tan. RESOLVED: that the apologies be accepted."), as
 *     council clerks minute a formality in one paragraph.
 * The line and what follows it become a paragraph of their own, next after
 * the discussion, so that the actions pass reads it as it reads any action
 * or decision line and the discussion keeps its own reading. */
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

/* Whether the word at s is in capitals, three letters or more. */
static int mn_tail_capitals(const char *s)
{
    size_t n = 0;
    while (s[n] >= 'A' && s[n] <= 'Z')
        n++;
    return n >= 3 && !((s[n] >= 'a' && s[n] <= 'z'));
}

/* In text node T, where a decision key in capitals opens a sentence after
 * another: its offset, or 0. */
static size_t mn_tail_decision_at(const xmlNode *t)
{
    const char *s = (const char *)t->content;
    for (size_t i = 1; s && s[i]; i++) {
        if (s[i] != ' ' || !strchr(".!?;", s[i - 1]))
            continue;
        size_t at = i + 1;
        while (s[at] == ' ')
            at++;
        if (!mn_tail_capitals(s + at))
            continue;
        char *rest = mn_ts_fold(s + at, strlen(s + at));
        mn_lead lead;
        int key = rest && mn_lead_read(rest, &lead) == MN_MARK_DECISION && lead.keyword && lead.len;
        free(rest);
        if (key)
            return at;
    }
    return 0;
}

/* Splits P before its trailing action or decision line, when it has one. */
static void mn_tail_split(xmlNodePtr p)
{
    xmlNodePtr from = NULL, text = NULL; /* the tail starts at FROM, or in TEXT at AT */
    size_t at = 0;
    for (xmlNodePtr c = p->children; c && !from && !text; c = c->next) {
        if (mn_is(c, "strong") && mn_tail_after_sentence(c) && mn_tail_action_key(c))
            from = c;
        else if (c->type == XML_TEXT_NODE && (at = mn_tail_decision_at(c)) > 0)
            text = c;
    }
    if (!from && !text)
        return;
    xmlNodePtr tail = xmlNewDocNode(p->doc, p->ns, BAD_CAST "p", NULL);
    if (!tail)
        return;
    tail->line = p->line;
    if (text) {
        xmlNodePtr rest = xmlNewDocText(p->doc, text->content + at);
        xmlChar *head = xmlStrndup(text->content, (int)at);
        if (!rest || !head) {
            xmlFreeNode(rest);
            xmlFree(head);
            xmlFreeNode(tail);
            return;
        }
        xmlAddChild(tail, rest);
        xmlNodeSetContent(text, head); /* the content may be the dictionary's: set, not cut */
        xmlFree(head);
        from = text->next;
    }
    /* moved one by one: text joins text, so NEXT is taken first */
    for (xmlNodePtr c = from, next; c; c = next) {
        next = c->next;
        xmlUnlinkNode(c);
        xmlAddChild(tail, c);
    }
    xmlAddNextSibling(p, tail);
    xmlNodePtr last = p->last; /* the space that stood before the line */
    if (last && last->type == XML_TEXT_NODE && last->content) {
        size_t n = strlen((const char *)last->content);
        while (n && last->content[n - 1] == ' ')
            n--;
        xmlChar *kept = xmlStrndup(last->content, (int)n);
        if (kept)
            xmlNodeSetContent(last, kept);
        xmlFree(kept);
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
