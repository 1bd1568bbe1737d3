/* SPDX-License-Identifier: MIT */
/* ids.c — the ids pass: stable, positional ids (docs/INTERNALS.md).
 *
 *   section         s1, s2 … at the top; s4-1, s4-2 … inside s4
 *   p               s1-p1, s1-p2 … within their section
 *   item            s1-i1, s1-i2 … within their section (every list of the
 *                   section counts on); a nested item counts under its
 *                   parent item: s1-i4-i1
 *   action          a1, a2 … in document order
 *   decision        d1, d2 …
 *   agenda/item     ag1, ag2 …
 * Blocks before the first section count under "s0".  Ids follow only the
 * structure, never the text, so converting the same minutes again gives the
 * same ids, and fixing a word or a date keeps them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "textscan.h"
#include "xmlutil.h"

typedef struct mn_ids {
    unsigned actions, decisions;
} mn_ids;

typedef struct mn_scope {
    const char *prefix; /* the section's id */
    unsigned p, i;
} mn_scope;

static void mn_blocks(mn_ids *ids, mn_scope *sc, xmlNodePtr parent);
static void mn_block(mn_ids *ids, mn_scope *sc, xmlNodePtr c);

/* Sets n's id to PREFIX TAG NUMBER ("s1" "-p" 3, "" "a" 2).  Ids grow with
 * nesting (s1-i4-i1-i2…), so they are never cut to a buffer: two deep items
 * cut to one length would share an id.  Written by hand: there are as many
 * ids as blocks, and a printf costs more than setting the attribute. */
static void mn_set_id(xmlNodePtr n, const char *prefix, const char *tag, unsigned number)
{
    char digits[16], *d = digits + sizeof digits;
    *--d = '\0';
    do
        *--d = (char)('0' + number % 10);
    while ((number /= 10) > 0);
    size_t lp = strlen(prefix), lt = strlen(tag), ln = (size_t)(digits + sizeof digits - d);
    char local[128], *id = lp + lt + ln <= sizeof local ? local : malloc(lp + lt + ln);
    if (!id)
        return;
    memcpy(id, prefix, lp);
    memcpy(id + lp, tag, lt);
    memcpy(id + lp + lt, d, ln);
    mn_set_attr(n, "id", id);
    if (id != local)
        free(id);
}

/* What an item holds: its nested lists number their items under the item's
 * own id, counting on from one nested list to the next. */
static void mn_item_content(mn_ids *ids, mn_scope *sc, xmlNodePtr item)
{
    char *id = mn_attr(item, "id");
    unsigned k = 0;
    for (xmlNodePtr c = mn_child(item, NULL); c; c = mn_next(c, NULL)) {
        if (!mn_is(c, "list")) {
            mn_block(ids, sc, c);
            continue;
        }
        for (xmlNodePtr it = mn_child(c, "item"); it; it = mn_next(it, "item")) {
            mn_set_id(it, id ? id : "(null)", "-i", ++k);
            mn_item_content(ids, sc, it);
        }
    }
    xmlFree(id);
}

static void mn_list(mn_ids *ids, mn_scope *sc, xmlNodePtr list)
{
    for (xmlNodePtr it = mn_child(list, "item"); it; it = mn_next(it, "item")) {
        mn_set_id(it, sc->prefix, "-i", ++sc->i);
        mn_item_content(ids, sc, it);
    }
}

/* One block that is not a section: gives it its id and goes into what it
 * holds (items, cells and notes hold lists, tables and actions). */
static void mn_block(mn_ids *ids, mn_scope *sc, xmlNodePtr c)
{
    static const char *const holders[] = {"table", "row", "cell", "note", NULL};
    const char *name = mn_ts_name(c);
    if (!name)
        return;
    if (strcmp(name, "p") == 0) {
        mn_set_id(c, sc->prefix, "-p", ++sc->p);
    } else if (strcmp(name, "list") == 0) {
        mn_list(ids, sc, c);
    } else if (strcmp(name, "action") == 0) {
        mn_set_id(c, "", "a", ++ids->actions);
        mn_blocks(ids, sc, c);
    } else if (strcmp(name, "decision") == 0) {
        mn_set_id(c, "", "d", ++ids->decisions);
        mn_blocks(ids, sc, c);
    } else if (mn_ts_name_in(name, holders)) {
        mn_blocks(ids, sc, c);
    }
}

static void mn_blocks(mn_ids *ids, mn_scope *sc, xmlNodePtr parent)
{
    for (xmlNodePtr c = mn_child(parent, NULL); c; c = mn_next(c, NULL))
        mn_block(ids, sc, c);
}

static void mn_section(mn_ids *ids, xmlNodePtr sec, const char *id)
{
    mn_set_attr(sec, "id", id);
    mn_scope sc = {id, 0, 0};
    unsigned sub = 0;
    for (xmlNodePtr c = mn_child(sec, NULL); c; c = mn_next(c, NULL)) {
        if (mn_is(c, "section")) {
            char *child = NULL;
            if (asprintf(&child, "%s-%u", id, ++sub) >= 0)
                mn_section(ids, c, child);
            free(child);
        } else if (!mn_is(c, "heading")) {
            mn_block(ids, &sc, c);
        }
    }
}

int mn_pass_ids(xmlDocPtr doc, mn_job *job)
{
    (void)job;
    mn_ids ids = {0, 0};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    unsigned k = 0;
    for (xmlNodePtr it = mn_child(mn_child(root, "agenda"), "item"); it; it = mn_next(it, "item"))
        mn_set_id(it, "", "ag", ++k);
    xmlNodePtr body = mn_body(doc);
    if (!body)
        return 0;
    mn_scope top = {"s0", 0, 0};
    unsigned sections = 0;
    for (xmlNodePtr c = mn_child(body, NULL); c; c = mn_next(c, NULL)) {
        if (mn_is(c, "section")) {
            char id[32];
            snprintf(id, sizeof id, "s%u", ++sections);
            mn_section(&ids, c, id);
        } else {
            mn_block(&ids, &top, c);
        }
    }
    return 0;
}
