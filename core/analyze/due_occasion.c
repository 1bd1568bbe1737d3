/* SPDX-License-Identifier: MIT */
/* due_occasion.c — "before the extra call", "by the sixth session": an
 * action due at an occasion that the minutes date elsewhere ("Extra call:
 * Thursday 26 October, 15:00 UTC").
 *
 * The occasion is named by a qualifier and an occasion word; the calendar
 * entry is the one whose title or source line holds those words.  A bare
 * "the call" or "the meeting" names nothing in particular and is left
 * alone; "the next call" is due.c's own rule (the dated next meeting). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "due_occasion.h"
#include "lexicon.h"
#include "textscan.h"
#include "xmlutil.h"

enum { MN_QUALIFIER_MAX = 3, MN_PHRASE_MAX = 96 };

/* The LEN bytes at W are a deadline word ("before", "by"): "for the extra
 * call" is as often what a thing is for ("a Zoom room … for the extra
 * call", "a boat for the open meeting weekend") as when it is due. */
static int mn_link_word(const char *w, size_t len)
{
    return mn_lx_find(mn_lx(), MN_LX_DEADLINE_WORDS, w, len) != NULL;
}

static size_t mn_word_len(const char *s)
{
    size_t n = 0;
    while (mn_ts_word_at(s + n))
        n++;
    return n;
}

/* The occasion named at P ("special topic call" after "before the "):
 * one to three words, the last an occasion, the first not "next"; copied
 * to PHRASE.  0 when P names none. */
static int mn_occasion_phrase(const char *p, char *phrase, size_t size)
{
    const char *w = p;
    for (int words = 1; words <= MN_QUALIFIER_MAX + 1; words++) {
        size_t n = mn_word_len(w);
        if (!n || (words == 1 && n == 4 && strncasecmp(w, "next", 4) == 0))
            return 0;
        if (words > 1 && mn_lx_find(mn_lx(), MN_LX_OCCASIONS, w, n)) {
            size_t len = (size_t)(w + n - p);
            if (len >= size)
                return 0;
            memcpy(phrase, p, len);
            phrase[len] = '\0';
            return 1;
        }
        if (w[n] != ' ')
            return 0;
        w += n + 1;
    }
    return 0;
}

/* Whether folded TEXT holds PHRASE as whole words, case aside. */
static int mn_holds_phrase(const char *text, const char *phrase)
{
    size_t n = strlen(phrase);
    for (const char *p = text; p && (p = strcasestr(p, phrase)) != NULL; p++)
        if ((p == text || !mn_ts_word_at(p - 1)) && !mn_ts_word_at(p + n))
            return 1;
    return 0;
}

/* Adds the elements under N that have an id to IDS (the first of an id
 * wins, as a walk in document order would find it). */
static void mn_index_ids(xmlHashTablePtr ids, xmlNodePtr n)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        xmlAttrPtr id = xmlHasProp(c, BAD_CAST "id");
        if (id && id->children && id->children->content)
            xmlHashAddEntry(ids, id->children->content, c);
        mn_index_ids(ids, c);
    }
}

/* The body's element with id ID, or NULL; *IDS made on first need (a walk
 * of the body per event and action was most of the due pass's cost). */
static xmlNodePtr mn_by_id(xmlDocPtr doc, xmlHashTablePtr *ids, const char *id)
{
    if (!*ids) {
        *ids = xmlHashCreate(256);
        if (!*ids)
            return NULL;
        mn_index_ids(*ids, mn_body(doc));
    }
    return xmlHashLookup(*ids, BAD_CAST id);
}

/* Whether event E's title or the line it came from names PHRASE. */
static int mn_event_names(xmlDocPtr doc, xmlHashTablePtr *ids, xmlNodePtr e, const char *phrase)
{
    char *summary = mn_ts_inline_folded(mn_child(e, "summary"));
    int found = summary && mn_holds_phrase(summary, phrase);
    free(summary);
    char *ref = found ? NULL : mn_attr(e, "ref");
    xmlNodePtr src = ref ? mn_by_id(doc, ids, ref) : NULL;
    char *line = src ? mn_ts_inline_folded(src) : NULL;
    found |= line && mn_holds_phrase(line, phrase);
    free(line);
    xmlFree(ref);
    return found;
}

/* The earliest event on or after TODAY, not a deadline, that names PHRASE. */
static int mn_occasion_day(xmlDocPtr doc, xmlHashTablePtr *ids, xmlNodePtr events, const char *today,
                           const char *phrase, char *day, size_t size)
{
    int found = 0;
    for (xmlNodePtr e = events ? mn_child(events, "event") : NULL; e; e = mn_next(e, "event")) {
        char *start = mn_attr(e, "start");
        if (start && strlen(start) >= 10 && strncmp(start, today, 10) >= 0 &&
            !mn_attr_is(e, "kind", "deadline") && (!found || strncmp(start, day, 10) < 0) &&
            mn_event_names(doc, ids, e, phrase)) {
            snprintf(day, size, "%.10s", start);
            found = 1;
        }
        xmlFree(start);
    }
    return found;
}

int mn_due_named_occasion(xmlDocPtr doc, xmlNodePtr events, xmlHashTablePtr *ids, const char *today,
                          const char *text, char *day, size_t size)
{
    char phrase[MN_PHRASE_MAX];
    for (const char *p = text; events && p && (p = strcasestr(p, " the ")) != NULL; p += 5) {
        const char *w = p;
        while (w > text && mn_ts_word_at(w - 1))
            w--;
        if (w == p || !mn_link_word(w, (size_t)(p - w)) || !mn_occasion_phrase(p + 5, phrase, sizeof phrase))
            continue;
        if (mn_occasion_day(doc, ids, events, today, phrase, day, size))
            return 1;
    }
    return 0;
}
