/* SPDX-License-Identifier: MIT */
/* due.c — the due pass: when each action is due, and a deadline in the
 * calendar for it.  Runs after the events pass.
 *
 * An action's due date is, in this order: the one its register row gave
 * (registers.c read the Due column); the first deadline named inside it
 * ("register … by 21 November"); else the first upcoming day inside it
 * ("report back at the next virtual meeting on 9 March", "launch the
 * campaign on 2 February": an action's date is when it is due; not so a
 * done action's, which is when it was done); a deadline in the line right
 * after it that repeats it (a tracker bot's "Created ACTION-47 - … due
 * 2013-12-12"); else, for "before the next sync", the day of the next sync
 * when the document dates it (an event titled "Next sync"); "for the
 * October meeting", the meeting that month; "before the extra call", the
 * dated occasion so named (due_occasion.c).  A past date, a month or a
 * vague week never makes a due date.
 *
 * Every due date is a deadline entry titled by the action (GOLD.md: "an
 * action with a due date gives a deadline that day"): the deadline event
 * the date already made, pointed at the action; the event a register's Due
 * cell made, which is the action's deadline and no occasion of its own; or
 * a new one, beside the occasion the date names ("the next meeting"). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "due_occasion.h"
#include "lexicon.h"
#include "passes.h"
#include "temporal_cal.h"
#include "temporal_doc.h"
#include "temporal_kind.h"
#include "textscan.h"
#include "xmlutil.h"

/* A deadline's summary is the action's text, cut at a word near this. */
enum { MN_DUE_SUMMARY = 80 };

typedef struct mn_due {
    xmlNodePtr events; /* may be created */
    xmlDocPtr doc;
    mn_tref ref;
    char next_word[32]; /* "sync" of a "Next sync" event, lower case; "" when none */
    char next_day[16];  /* that event's day (YYYY-MM-DD) */
    xmlHashTablePtr ids; /* the body's elements by id, made on first need */
} mn_due;

/* The event with id ID, or NULL. */
static xmlNodePtr mn_event_by_id(xmlNodePtr events, const char *id)
{
    for (xmlNodePtr e = events ? mn_child(events, "event") : NULL; e; e = mn_next(e, "event"))
        if (mn_attr_is(e, "id", id))
            return e;
    return NULL;
}

/* The event date element D points at, or NULL. */
static xmlNodePtr mn_event_of(const mn_due *due, xmlNodePtr d)
{
    char *id = mn_attr(d, "event");
    xmlNodePtr e = id ? mn_event_by_id(due->events, id) : NULL;
    xmlFree(id);
    return e;
}

/* Whether date D is an upcoming day or time (not a month, a week, a range or
 * a past day). */
static int mn_upcoming_day(const mn_due *due, xmlNodePtr d)
{
    char *value = mn_attr(d, "value"), *precision = mn_attr(d, "precision");
    int p = mn_tprec_parse(precision);
    int ok = value && !xmlHasProp(d, BAD_CAST "end") && (p == MN_PREC_DAY || p == MN_PREC_TIME) &&
             mn_tkind(p, value, NULL, 0, 0, &due->ref) == MN_TKIND_EVENT;
    xmlFree(value);
    xmlFree(precision);
    return ok;
}

/* Whether date D is a day's name used as a noun's modifier ("ask about
 * Saturday plowing", "the winter Sunday rides"): one word with no digit,
 * a lower-case word right after it, and no date lead or deadline word
 * before it ("on Saturday", "by Friday" are days). */
static int mn_attributive_day(xmlNodePtr d)
{
    char *t = mn_ts_inline_folded(d);
    int one = t && *t && !strchr(t, ' ') && !strpbrk(t, "0123456789");
    free(t);
    const xmlNode *after = d->next, *before = d->prev;
    if (!one || !after || after->type != XML_TEXT_NODE || !after->content)
        return 0;
    const char *a = (const char *)after->content;
    if (a[0] != ' ' || !islower((unsigned char)a[1]))
        return 0;
    if (!before || before->type != XML_TEXT_NODE || !before->content)
        return 1;
    const char *b = (const char *)before->content;
    size_t n = strlen(b);
    while (n > 0 && b[n - 1] == ' ')
        n--;
    size_t w = n;
    while (w > 0 && mn_ts_word_at(b + w - 1))
        w--;
    return n == w || !(mn_lx_find(mn_lx(), MN_LX_SHORT_DATE_LEADS, b + w, n - w) ||
                       mn_lx_find(mn_lx(), MN_LX_DEADLINE_WORDS, b + w, n - w));
}

/* The first date below n whose event is a deadline (want_deadline) or that
 * is an upcoming day (else), in document order; nested actions are their
 * own. */
static xmlNodePtr mn_first_date(const mn_due *due, xmlNodePtr n, int want_deadline)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || mn_is(c, "action"))
            continue;
        if (mn_is(c, "date")) {
            xmlNodePtr e = mn_event_of(due, c);
            if (want_deadline ? e && mn_attr_is(e, "kind", "deadline")
                              : mn_upcoming_day(due, c) && !mn_attributive_day(c))
                return c;
        }
        xmlNodePtr d = mn_first_date(due, c, want_deadline);
        if (d)
            return d;
    }
    return NULL;
}

/* ---- the owner's sentence ------------------------------------------------------ */

/* Appends the folded text of node C to BUF (SIZE bytes, cut when full). */
static void mn_append_text(char *buf, size_t size, xmlNodePtr c)
{
    char *t = c->type == XML_TEXT_NODE ? strdup((const char *)c->content) : mn_ts_inline_folded(c);
    size_t have = strlen(buf);
    if (t && have + 1 < size)
        snprintf(buf + have, size - have, "%s", t);
    free(t);
}

/* Where the sentence that holds offset AT of TEXT starts and ends. */
static void mn_sentence_around(const char *text, size_t at, size_t *from, size_t *to)
{
    size_t b = at, e = at;
    while (b > 0 && !(strchr(".;!?", text[b - 1]) && text[b] == ' '))
        b--;
    while (text[e] && !(strchr(".;!?", text[e]) && (text[e + 1] == ' ' || !text[e + 1])))
        e++;
    *from = b;
    *to = e;
}

/* In an action of several sentences that names its owner, the first
 * deadline (WANT_DEADLINE) or upcoming day in the sentence that names the
 * owner ("… Members who have not paid by 31 March will not play.  Fatima
 * will send a final reminder by 15 March."): the task's own sentence says
 * when it is due.  NULL when no such sentence holds one. */
static xmlNodePtr mn_owner_date(const mn_due *due, xmlNodePtr a, int want_deadline)
{
    char *owner = mn_attr(a, "owner"), text[2048] = "";
    size_t on = owner ? strcspn(owner, " ,(") : 0;
    xmlNodePtr found = NULL;
    size_t dates = 0, at[16];
    xmlNodePtr which[16];
    for (xmlNodePtr c = on >= 2 ? a->children : NULL; c && dates < 16; c = c->next) {
        if (mn_is(c, "date")) {
            xmlNodePtr e = mn_event_of(due, c);
            if (want_deadline ? e && mn_attr_is(e, "kind", "deadline") : mn_upcoming_day(due, c))
                which[dates] = c, at[dates++] = strlen(text);
        }
        mn_append_text(text, sizeof text, c);
    }
    for (size_t i = 0; i < dates && dates > 1 && !found; i++) {
        size_t from, to;
        mn_sentence_around(text, at[i], &from, &to);
        for (const char *p = text + from; !found && (p = strstr(p, owner)) != NULL && p < text + to; p++)
            if ((p == text || !mn_ts_word_at(p - 1)) && !mn_ts_word_at(p + on))
                found = which[i];
    }
    xmlFree(owner);
    return found;
}

/* The date of a register row's Due cell that gave the action its due date:
 * in a cell of the action's row, with that value. */
static xmlNodePtr mn_row_date(xmlNodePtr action, const char *value)
{
    xmlNodePtr cell = action->parent, row = cell ? cell->parent : NULL;
    if (!mn_is(cell, "cell") || !mn_is(row, "row"))
        return NULL;
    for (xmlNodePtr c = mn_child(row, "cell"); c; c = mn_next(c, "cell"))
        for (xmlNodePtr d = c != cell ? c->children : NULL; d; d = d->next)
            if (mn_is(d, "date") && mn_attr_is(d, "value", value))
                return d;
    return NULL;
}

/* ---- the deadline entry ------------------------------------------------------ */

/* The action's text as a deadline's summary: folded, cut at a word. */
static char *mn_summary_of(xmlNodePtr action)
{
    char *t = mn_ts_inline_folded(action);
    if (!t || strlen(t) <= MN_DUE_SUMMARY)
        return t;
    size_t cut = MN_DUE_SUMMARY;
    while (cut > 0 && t[cut] != ' ')
        cut--;
    if (cut == 0)
        cut = MN_DUE_SUMMARY;
    while (cut > 0 && ((unsigned char)t[cut] & 0xC0) == 0x80)
        cut--;
    /* the ellipsis takes three bytes where the cut may leave fewer ("…"
     * after 80 bytes of a text of 81 with no space) */
    char *out = realloc(t, cut + sizeof "\xE2\x80\xA6");
    if (!out) {
        free(t);
        return NULL;
    }
    memcpy(out + cut, "\xE2\x80\xA6", sizeof "\xE2\x80\xA6"); /* … */
    return out;
}

/* Makes event E the action's deadline: its kind and anchor; with RETITLE,
 * its title too (a Due cell's date says nothing of what is due). */
static void mn_own_deadline(xmlNodePtr e, xmlNodePtr action, int retitle)
{
    char *id = mn_attr(action, "id");
    mn_set_attr(e, "kind", "deadline");
    if (id)
        mn_set_attr(e, "ref", id);
    xmlFree(id);
    xmlNodePtr s = mn_child(e, "summary");
    char *summary = retitle && s ? mn_summary_of(action) : NULL;
    if (summary) {
        xmlNodeSetContent(s, NULL);
        xmlNodeAddContent(s, BAD_CAST summary);
    }
    free(summary);
}

static xmlNodePtr mn_events_list(mn_due *due)
{
    if (due->events)
        return due->events;
    xmlNodePtr body = mn_body(due->doc);
    if (!body)
        return NULL;
    due->events = body->next && body->next->type == XML_ELEMENT_NODE
                      ? mn_add_before(body->next, "events", NULL)
                      : mn_add(body->parent, "events", NULL);
    return due->events;
}

/* A new deadline event for the action, due on VALUE. */
static void mn_new_deadline(mn_due *due, xmlNodePtr action, const char *value)
{
    char *id = mn_attr(action, "id");
    xmlNodePtr list = id ? mn_events_list(due) : NULL;
    char eid[96];
    snprintf(eid, sizeof eid, "e-%.80s-due", id ? id : "");
    if (!list || mn_event_by_id(list, eid)) {
        xmlFree(id);
        return;
    }
    xmlNodePtr e = mn_add(list, "event", NULL);
    char *text = mn_ts_inline_folded(action);
    mn_set_attr(e, "id", eid);
    mn_set_attr(e, "kind", "deadline");
    mn_set_attr(e, "start", value);
    if (!strchr(value, 'T'))
        mn_set_attr(e, "all-day", "true");
    mn_set_attr(e, "ref", id);
    char *summary = mn_summary_of(action);
    mn_add(e, "summary", summary ? summary : "");
    if (text && *text)
        mn_add(e, "description", text);
    free(summary);
    free(text);
    xmlFree(id);
}

/* ---- one action ------------------------------------------------------------------ */

/* Whether the action offers rather than asks ("… can register for the
 * working hours on 19 November"): an optional-verbs word in its text. */
static int mn_optional(xmlNodePtr a)
{
    char *t = mn_ts_inline_folded(a);
    int found = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_OPTIONAL_VERBS); t && *w && !found; w++)
        found = mn_ts_has_word(t, *w);
    free(t);
    return found;
}

/* ---- "before the next sync" ------------------------------------------------------ */

/* The word after "next" in S when it is an occasion ("➡️ Next meeting",
 * "RO next call") or ALSO (the word of the next meeting, "sync"), or ends
 * S when S is "Next X" alone (a "Next sync:" field): copied to WORD in
 * lower case; 0 when none. */
static int mn_next_occasion(const char *s, char *word, size_t size, const char *also)
{
    for (const char *p = s; p && (p = strcasestr(p, "next ")) != NULL; p += 5) {
        if (p > s && mn_ts_word_at(p - 1))
            continue;
        const char *w = p + 5;
        size_t n = 0;
        while (mn_ts_word_at(w + n))
            n++;
        int alone = p == s && !w[n];
        int known = (also && strlen(also) == n && strncasecmp(w, also, n) == 0) ||
                    mn_lx_find(mn_lx(), MN_LX_OCCASIONS, w, n);
        if (!n || n >= size || !(alone || known))
            continue;
        for (size_t i = 0; i < n; i++)
            word[i] = (char)tolower((unsigned char)w[i]);
        word[n] = '\0';
        return 1;
    }
    return 0;
}

/* The next meeting the document dates: an event titled "next" and an
 * occasion ("Next sync: Mon Aug 25", "➡️ Next meeting"), the first one
 * with a clock time if any (the announcement; a day alone is often a
 * series' guess); its word and day kept in DUE. */
static void mn_find_next_meeting(mn_due *due)
{
    int timed = 0;
    for (xmlNodePtr e = due->events ? mn_child(due->events, "event") : NULL; e && !timed;
         e = mn_next(e, "event")) {
        char *s = mn_ts_inline_folded(mn_child(e, "summary")), *start = mn_attr(e, "start");
        char word[sizeof due->next_word];
        if (s && start && strlen(start) >= 10 && !mn_attr_is(e, "kind", "deadline") &&
            mn_next_occasion(s, word, sizeof word, NULL) && (!*due->next_word || strchr(start, 'T'))) {
            memcpy(due->next_word, word, sizeof word);
            snprintf(due->next_day, sizeof due->next_day, "%.10s", start);
            timed = strchr(start, 'T') != NULL;
        }
        free(s);
        xmlFree(start);
    }
}

/* Whether the LEN bytes at W link a task to the meeting it is due at:
 * a deadline word ("before", "by") or a meeting-due-links word ("for the
 * next call", "at the January meeting"). */
static int mn_due_link(const char *w, size_t len)
{
    return mn_lx_find(mn_lx(), MN_LX_DEADLINE_WORDS, w, len) ||
           mn_lx_find(mn_lx(), MN_LX_MEETING_DUE_LINKS, w, len);
}

/* The start of the link word before Q (past "the"), or NULL: "before the
 * next call" with Q at "next". */
static const char *mn_link_before(const char *text, const char *q)
{
    while (q > text && q[-1] == ' ')
        q--;
    if (q - text >= 3 && strncasecmp(q - 3, "the", 3) == 0 && (q - 3 == text || !mn_ts_word_at(q - 4)))
        for (q -= 3; q > text && q[-1] == ' '; q--)
            ;
    const char *w = q;
    while (w > text && mn_ts_word_at(w - 1))
        w--;
    return w < q && mn_due_link(w, (size_t)(q - w)) ? w : NULL;
}

/* Whether TEXT is due at the next meeting: a link word, then "next X"
 * with X the word of the dated next meeting or another occasion ("before
 * next sync", "by the next meeting", "for the next call"). */
static int mn_due_next_meeting(const mn_due *due, const char *text)
{
    char word[sizeof due->next_word];
    for (const char *p = text; *due->next_word && (p = strcasestr(p, "next ")) != NULL; p += 5)
        if (mn_next_occasion(p, word, sizeof word, due->next_word) && mn_link_before(text, p))
            return 1;
    return 0;
}

/* ---- "for the October meeting" ------------------------------------------------ */

/* The day of the one meeting the calendar holds in the month of date D, or
 * 0: an event (no deadline) starting within D's month. */
static int mn_meeting_in_month(const mn_due *due, xmlNodePtr d, char *day, size_t size)
{
    char *from = mn_attr(d, "value"), *to = mn_attr(d, "end"), timed_day[16] = "";
    int found = 0, timed = 0;
    for (xmlNodePtr e = from && to ? mn_child(due->events, "event") : NULL; e; e = mn_next(e, "event")) {
        char *start = mn_attr(e, "start");
        if (start && strlen(start) >= 10 && !mn_attr_is(e, "kind", "deadline") &&
            strncmp(start, from, 10) >= 0 && strncmp(start, to, 10) <= 0) {
            found++;
            snprintf(day, size, "%.10s", start);
            /* a meeting has its hours; a congregation over three days or
             * a holiday is a day or days alone */
            if (strchr(start, 'T') && !xmlHasProp(e, BAD_CAST "all-day")) {
                timed++;
                snprintf(timed_day, sizeof timed_day, "%.10s", start);
            }
        }
        xmlFree(start);
    }
    xmlFree(from);
    xmlFree(to);
    if (found > 1 && timed == 1)
        snprintf(day, size, "%s", timed_day);
    return found == 1 || timed == 1;
}

/* A month date in action A that names a meeting it is due at ("write up
 * the proposal for the October meeting", "report at the January
 * meeting"): a link word and "the" before the month, an occasion after it.
 * The day of the one meeting the calendar holds that month, or 0. */
static int mn_due_month_meeting(const mn_due *due, xmlNodePtr a, char *day, size_t size)
{
    for (xmlNodePtr d = a->children; d; d = d->next) {
        if (!mn_is(d, "date") || !mn_attr_is(d, "precision", "month") || !d->prev || !d->next ||
            d->prev->type != XML_TEXT_NODE || d->next->type != XML_TEXT_NODE)
            continue;
        const char *before = (const char *)d->prev->content, *after = (const char *)d->next->content;
        size_t bl = strlen(before), skip = strspn(after, " "), n = 0;
        while (mn_ts_word_at(after + skip + n))
            n++;
        if (bl < 4 || strcasecmp(before + bl - 4, "the ") != 0 || !n ||
            !mn_lx_find(mn_lx(), MN_LX_OCCASIONS, after + skip, n) || !mn_link_before(before, before + bl))
            continue;
        return mn_meeting_in_month(due, d, day, size);
    }
    return 0;
}

/* The action with id ID under N, or NULL. */
static xmlNodePtr mn_action_by_id(xmlNodePtr n, const char *id)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (mn_is(c, "action") && mn_attr_is(c, "id", id))
            return c;
        xmlNodePtr found = mn_action_by_id(c, id);
        if (found)
            return found;
    }
    return NULL;
}

/* An earlier deadline the same day for an action of the same owner: the
 * one a register row repeats ("Town Clerk to reply … by 9 April" in the
 * text, "Reply to resident | Town Clerk | 9 April 2019" in the register). */
static xmlNodePtr mn_same_deadline(const mn_due *due, xmlNodePtr e, xmlNodePtr action)
{
    char *start = mn_attr(e, "start"), *owner = mn_attr(action, "owner");
    xmlNodePtr same = NULL;
    for (xmlNodePtr o = mn_child(due->events, "event"); o && start && owner && !same;
         o = mn_next(o, "event")) {
        char *ref = o == e ? NULL : mn_attr(o, "ref");
        xmlNodePtr other = ref && mn_attr_is(o, "kind", "deadline") && mn_attr_is(o, "start", start)
                               ? mn_action_by_id(mn_body(due->doc), ref)
                               : NULL;
        if (other && other != action && mn_attr_is(other, "owner", owner))
            same = o;
        xmlFree(ref);
    }
    xmlFree(start);
    xmlFree(owner);
    return same;
}

/* A register row's Due cell: its event is the action's deadline, unless
 * the row repeats a deadline already in the calendar, which the cell's
 * date then points at instead of making the day twice. */
static void mn_register_deadline(mn_due *due, xmlNodePtr a, xmlNodePtr d, xmlNodePtr e)
{
    xmlNodePtr same = mn_same_deadline(due, e, a);
    if (!same) {
        mn_own_deadline(e, a, 1);
        return;
    }
    char *id = mn_attr(same, "id");
    if (id)
        mn_set_attr(d, "event", id);
    xmlFree(id);
    xmlUnlinkNode(e);
    xmlFreeNode(e);
}

/* A line right after action A that repeats it with its due date, as an
 * issue tracker's bot confirms an action recorded in chat ("ACTION: Sunita
 * to draft test cases …" then "Created ACTION-47 - Draft test cases … [on
 * Sunita Rao - due 2013-12-12]"): the first deadline in it, or NULL.  The
 * line repeats the task when it holds the action's words after "to". */
static xmlNodePtr mn_confirmed_date(const mn_due *due, xmlNodePtr a)
{
    xmlNodePtr next = a->next;
    while (next && next->type != XML_ELEMENT_NODE)
        next = next->next;
    if (!next || !mn_is(next, "p"))
        return NULL;
    char *task = mn_ts_inline_folded(a), *line = mn_ts_inline_folded(next);
    const char *to = task ? strstr(task, " to ") : NULL;
    xmlNodePtr d = NULL;
    if (to && line && strlen(to + 4) >= 16 && strcasestr(line, to + 4))
        d = mn_first_date(due, next, 1);
    free(task);
    free(line);
    return d;
}

/* Whether action A is reported done: a date in it is when it was done
 * ("completed on 10 June"), not when it is due. */
static int mn_done(xmlNodePtr a)
{
    return mn_attr_is(a, "status", "done");
}

/* The day of the meeting's date as YYYY-MM-DD, "" when unknown. */
static void mn_today(const mn_due *due, char *out, size_t size)
{
    if (due->ref.have)
        snprintf(out, size, "%04d-%02d-%02d", due->ref.date.y, due->ref.date.m, due->ref.date.d);
    else
        snprintf(out, size, "0000-00-00");
}

static void mn_action_due(mn_due *due, xmlNodePtr a)
{
    char *given = mn_attr(a, "due");
    if (given) {
        /* from a register: its Due cell's event is the action's deadline */
        xmlNodePtr d = mn_row_date(a, given);
        xmlNodePtr e = d ? mn_event_of(due, d) : NULL;
        if (e)
            mn_register_deadline(due, a, d, e);
        else if (!d || mn_upcoming_day(due, d))
            mn_new_deadline(due, a, given);
        xmlFree(given);
        return;
    }
    xmlNodePtr d = mn_owner_date(due, a, 1);
    if (!d)
        d = mn_first_date(due, a, 1);
    if (!d)
        d = mn_confirmed_date(due, a);
    int deadline = d != NULL;
    if (!d && !mn_optional(a) && !mn_done(a))
        d = mn_first_date(due, a, 0);
    char *start = NULL;
    xmlNodePtr e = d ? mn_event_of(due, d) : NULL;
    if (deadline && e)
        start = mn_attr(e, "start");
    else if (d)
        start = mn_attr(d, "value");
    if (!start && *due->next_day) {
        char *t = mn_ts_inline_folded(a);
        if (t && mn_due_next_meeting(due, t))
            start = (char *)xmlStrdup(BAD_CAST due->next_day);
        free(t);
    }
    char day[16];
    if (!start && due->events && mn_due_month_meeting(due, a, day, sizeof day))
        start = (char *)xmlStrdup(BAD_CAST day);
    if (!start && due->events) {
        char *t = mn_ts_inline_folded(a), today[16];
        mn_today(due, today, sizeof today);
        if (t && mn_due_named_occasion(due->doc, due->events, &due->ids, today, t, day, sizeof day))
            start = (char *)xmlStrdup(BAD_CAST day);
        free(t);
    }
    if (!start)
        return;
    mn_set_attr(a, "due", start);
    if (deadline && e)
        mn_own_deadline(e, a, 0);
    else if (!e)
        mn_new_deadline(due, a, start);
    /* else the day names an occasion already in the calendar ("the carol
     * concert on Saturday 7 December"): a deadline beside it would be the
     * same day twice */
    xmlFree(start);
}

static void mn_walk(mn_due *due, xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (mn_is(c, "action"))
            mn_action_due(due, c);
        mn_walk(due, c);
    }
}

int mn_pass_due(xmlDocPtr doc, mn_job *job)
{
    mn_due due;
    memset(&due, 0, sizeof due);
    due.doc = doc;
    due.events = mn_child(xmlDocGetRootElement(doc), "events");
    mn_tdoc_reference(doc, job, &due.ref, 0);
    mn_find_next_meeting(&due);
    xmlNodePtr body = mn_body(doc);
    if (body)
        mn_walk(&due, body);
    xmlHashFree(due.ids, NULL);
    return 0;
}
