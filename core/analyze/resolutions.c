/* SPDX-License-Identifier: MIT */
/* resolutions.c — a resolution written over several paragraphs and the
 * line that gives its result are one decision.
 *
 * Boards write a resolution as its clauses ("NOW, THEREFORE, BE IT
 * RESOLVED, that …", "RESOLVED, that …", "BE IT FURTHER RESOLVED …"), each
 * a paragraph, then one line with the result: "Special Order 7A, Establish
 * the Marlin Project, was approved by Unanimous Vote", "The resolution was
 * approved 5-1, Director Haldane voting no.", "Approved by a vote of 6-1".
 * Read one paragraph at a time, each clause and the result line were
 * decisions of their own; the meeting took one.  The run of clauses and the
 * result line become one decision in the first clause's place, the lines
 * kept apart by line breaks, with the vote and result the last line gives.
 * When discussion stands between them ("Bo asked whether …"), the result
 * line ("The resolution was approved 7-0", "Approved by a vote of 6-1")
 * gives the resolution its vote and result and goes back to being a
 * paragraph.  Clauses with no
 * result line after them stay as they are. */
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "textscan.h"
#include "xmlutil.h"

static xmlNodePtr mn_next_el(xmlNodePtr n)
{
    for (n = n->next; n && n->type != XML_ELEMENT_NODE; n = n->next)
        ;
    return n;
}

/* A clause of a resolution: a decision read as one, with no id of its own
 * that something could point at. */
static int mn_clause(xmlNodePtr n)
{
    return n && mn_is(n, "decision") && mn_attr_is(n, "kind", "resolution") &&
           !xmlHasProp(n, BAD_CAST "id");
}

/* Paragraphs of discussion a result line may come after. */
enum { MN_RESULT_GAP = 3 };

/* Whether N is a line that gives the result of the clauses before it. */
static int mn_result_line(xmlNodePtr n)
{
    if (!n || !(mn_is(n, "p") || mn_is(n, "decision")) || xmlHasProp(n, BAD_CAST "id"))
        return 0;
    char *text = mn_ts_inline_folded(n);
    int result = text && mn_resolution_result(text);
    free(text);
    return result;
}

/* A result line after at most MN_RESULT_GAP paragraphs from N, or NULL: one
 * that names the resolution, or one with neither subject nor object
 * ("Approved by a vote of 6-1"), which can only be about it. */
static xmlNodePtr mn_later_result(xmlNodePtr n)
{
    for (int gap = 0; n && gap <= MN_RESULT_GAP; gap++, n = mn_next_el(n)) {
        if (mn_result_line(n))
            return n;
        if (!mn_is(n, "p"))
            return NULL;
    }
    return NULL;
}

/* Moves what MEMBER holds to the end of DECISION after a line break, and
 * drops MEMBER. */
static void mn_absorb(xmlNodePtr decision, xmlNodePtr member)
{
    xmlNodePtr br = xmlNewDocNode(decision->doc, decision->ns, BAD_CAST "br", NULL);
    if (!br)
        return;
    xmlAddChild(decision, br);
    for (xmlNodePtr c = member->children, next; c; c = next) {
        next = c->next;
        xmlUnlinkNode(c);
        xmlAddChild(decision, c); /* may merge a text into the one before */
    }
    xmlUnlinkNode(member);
    xmlFreeNode(member);
}

/* The result line's vote and outcome go to the whole resolution. */
static void mn_take_result(xmlNodePtr decision, xmlNodePtr line)
{
    char *text = mn_ts_inline_folded(line);
    if (!text)
        return;
    char vote[24];
    if (mn_vote_of(text, vote, sizeof vote))
        mn_set_attr(decision, "vote", vote);
    mn_set_attr(decision, "result", mn_result_failed(text) ? "failed" : "carried");
    free(text);
}

/* A result line read as a decision goes back to being a paragraph. */
static void mn_undecide(xmlNodePtr d)
{
    for (const char *const *a = (const char *const[]){"kind", "vote", "mover", "seconder", "result", NULL}; *a; a++)
        xmlUnsetProp(d, BAD_CAST *a);
    mn_rename(d, "p");
}

/* Joins the run of clauses that starts at FIRST when a result line ends
 * it; returns the element to go on from. */
static xmlNodePtr mn_join_run(xmlNodePtr first)
{
    xmlNodePtr end = mn_next_el(first);
    while (mn_clause(end))
        end = mn_next_el(end);
    xmlNodePtr line = mn_result_line(end) ? end : NULL;
    if (!line) {
        xmlNodePtr later = mn_later_result(end);
        if (later) {
            mn_take_result(first, later);
            if (mn_is(later, "decision")) /* the result, not a decision of its own */
                mn_undecide(later);
        }
        return end;
    }
    xmlNodePtr after = mn_next_el(line);
    mn_take_result(first, line);
    for (xmlNodePtr m = mn_next_el(first), next; m; m = next) {
        next = m == line ? NULL : mn_next_el(m);
        mn_absorb(first, m);
    }
    return after;
}

/* A motion moved or seconded and carried, then the RESOLVED line that
 * words it ("Cllr Hallett moved, and Cllr Beresford seconded, the
 * officer recommendation … CARRIED (5 for, 4 against).  RESOLVED: That
 * permission be GRANTED …"): one decision, the resolution, which takes the
 * motion's vote, mover and seconder; the motion goes back to being the
 * paragraph that led to it.  A motion that failed stays a decision. */
static void mn_motion_resolved(xmlNodePtr d)
{
    xmlNodePtr res = mn_next_el(d);
    for (int skip = 0; skip < 2 && res && mn_is(res, "p"); skip++) {
        /* "(5 for, 4 against)." cut off the motion's paragraph */
        char *t = mn_ts_inline_folded(res);
        int result = t && mn_result_only(t);
        free(t);
        if (!result)
            break;
        res = mn_next_el(res);
    }
    if (!mn_clause(res) || !mn_attr_is(d, "kind", "motion") || mn_attr_is(d, "result", "failed") ||
        !(xmlHasProp(d, BAD_CAST "mover") || xmlHasProp(d, BAD_CAST "seconder")))
        return;
    for (const char *const *a = (const char *const[]){"vote", "mover", "seconder", NULL}; *a; a++) {
        char *v = mn_attr(d, *a);
        if (v && !xmlHasProp(res, BAD_CAST *a))
            mn_set_attr(res, *a, v);
        xmlFree(v);
    }
    mn_undecide(d);
}

void mn_join_resolutions(xmlNodePtr n)
{
    for (xmlNodePtr c = mn_child(n, NULL); c;) {
        if (mn_is(c, "decision") && !mn_clause(c))
            mn_motion_resolved(c);
        if (mn_clause(c)) {
            c = mn_join_run(c);
            continue;
        }
        if (mn_is(c, "section"))
            mn_join_resolutions(c);
        c = mn_next_el(c);
    }
}
