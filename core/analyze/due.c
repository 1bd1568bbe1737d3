/* SPDX-License-Identifier: MIT */
/* due.c — the due pass: an action whose text sets a deadline ("register …
 * by 21 November") gets that deadline as action/@due, so writers can show
 * who must do what by when without reading the text again.  Runs after the
 * events pass: only a date that became a deadline event counts, so a past
 * date or an occasion ("at the meeting on 5 May") never becomes a due date. */
#include <string.h>

#include "passes.h"
#include "xmlutil.h"

/* The deadline event with id ID, or NULL. */
static xmlNodePtr mn_deadline(xmlNodePtr events, const char *id)
{
    for (xmlNodePtr e = mn_child(events, "event"); e; e = mn_next(e, "event"))
        if (mn_attr_is(e, "id", id))
            return mn_attr_is(e, "kind", "deadline") ? e : NULL;
    return NULL;
}

/* The first deadline named by a date below n, in document order. */
static xmlNodePtr mn_first_deadline(xmlNodePtr n, xmlNodePtr events)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || mn_is(c, "action"))
            continue; /* a nested action has a due date of its own */
        if (mn_is(c, "date")) {
            char *ev = mn_attr(c, "event");
            xmlNodePtr d = ev ? mn_deadline(events, ev) : NULL;
            xmlFree(ev);
            if (d)
                return d;
        }
        xmlNodePtr d = mn_first_deadline(c, events);
        if (d)
            return d;
    }
    return NULL;
}

static void mn_walk(xmlNodePtr n, xmlNodePtr events)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (mn_is(c, "action") && !xmlHasProp(c, BAD_CAST "due")) {
            xmlNodePtr d = mn_first_deadline(c, events);
            char *start = d ? mn_attr(d, "start") : NULL;
            if (start)
                mn_set_attr(c, "due", start);
            xmlFree(start);
        }
        mn_walk(c, events);
    }
}

int mn_pass_due(xmlDocPtr doc, mn_job *job)
{
    (void)job;
    xmlNodePtr events = mn_child(xmlDocGetRootElement(doc), "events");
    xmlNodePtr body = mn_body(doc);
    if (events && body)
        mn_walk(body, events);
    return 0;
}
