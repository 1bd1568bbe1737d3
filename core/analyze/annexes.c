/* SPDX-License-Identifier: MIT */
/* annexes.c — the annexes pass: the participants, out of the body into
 * `participants` (docs/INTERNALS.md).  The agenda is the agenda pass's
 * (agenda.c), which runs before: sections whose heading names an agenda are
 * left alone here.
 *
 * Participants: a section whose heading is an annex/appendix about
 * participants or a label over people ("Attendees", "👥 Present",
 * "Directors Present") is read whole (people_walk.c); anywhere else in the
 * body, label lines ("Present: A, B (Chair)", "**Regrets:** none",
 * "Chair: C"), labels over a list, a table or lines of names, and tables
 * with a Name column give groups and roles; so do the reader's chair,
 * scribe, participant and regrets properties.  What the pass cannot place
 * stays in the body: an annex section is removed only when all of it was
 * used. */
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "lexicon.h"
#include "passes.h"
#include "people.h"
#include "people_name.h"
#include "people_walk.h"
#include "textscan.h"
#include "xmlutil.h"

typedef struct mn_annexes {
    mn_job *job;
    xmlDocPtr doc;
    mn_people *people;
} mn_annexes;

enum mn_annex_kind { MN_ANNEX_NONE, MN_ANNEX_AGENDA, MN_ANNEX_PARTICIPANTS };

/* ---- recognising the headings ---------------------------------------------- */

/* Whether the LEN bytes at s are a word of LIST (ASCII case ignored). */
static int mn_in_list(const char *s, size_t len, int list)
{
    return mn_lx_find(mn_lx(), list, s, len) != NULL;
}

static int mn_has_any_word(const char *s, int list)
{
    for (const char *const *words = mn_lx_words(mn_lx(), list); *words; words++)
        if (mn_ts_has_word(s, *words))
            return 1;
    return 0;
}

/* "Annex II" over a line "List of participants" (UN reports set the
 * annex's title on a line of its own): that line, else NULL. */
static xmlNodePtr mn_annex_title_line(const xmlNode *section)
{
    xmlNodePtr heading = mn_child(section, "heading"), first = mn_next(heading, NULL);
    if (!mn_is(first, "p"))
        return NULL;
    char *h = mn_ts_inline_folded(heading);
    int annex = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_ANNEX_WORDS); h && *w && !annex; w++)
        annex = mn_ts_prefix(h, *w, 1) != 0;
    free(h);
    if (!annex)
        return NULL;
    char *t = mn_ts_inline_folded(first);
    size_t len = t ? strlen(t) : 0;
    if (len && t[len - 1] == ':')
        len--;
    int is = len && mn_in_list(t, len, MN_LX_PARTICIPANT_TITLES);
    free(t);
    return is ? first : NULL;
}

static enum mn_annex_kind mn_annex_kind(const xmlNode *section)
{
    char *t = mn_ts_inline_folded(mn_child(section, "heading"));
    if (!t)
        return MN_ANNEX_NONE;
    size_t len = strlen(t);
    if (len && t[len - 1] == ':')
        len--;
    int annex = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_ANNEX_WORDS); *w && !annex; w++)
        annex = mn_ts_prefix(t, *w, 1) != 0;
    enum mn_annex_kind k = MN_ANNEX_NONE;
    if (mn_agenda_heading(section))
        k = MN_ANNEX_AGENDA;
    else if (mn_in_list(t, len, MN_LX_PARTICIPANT_TITLES) ||
             (annex && mn_has_any_word(t, MN_LX_PARTICIPANT_WORDS)) || mn_people_heading(section) ||
             mn_annex_title_line(section))
        k = MN_ANNEX_PARTICIPANTS;
    free(t);
    return k;
}

/* ---- the walk ------------------------------------------------------------------------- */

static void mn_walk(mn_annexes *ax, xmlNodePtr parent, int top);

/* Whether T (folded) is no one's name ("none", "n/a."). */
static int mn_no_one(const char *t)
{
    size_t n = strlen(t);
    while (n && (t[n - 1] == '.' || t[n - 1] == ' '))
        n--;
    return n && mn_in_list(t, n, MN_LX_NOT_NAMES);
}

/* A block a roll call leaves in the text: a quorum line ("Quorum: 7 of 9
 * voting members present"), a label over no one ("Directors Absent:",
 * "Guests: none"), or a list of no one ("- none"). */
static int mn_roll_call_rest(const xmlNode *c)
{
    if (mn_is(c, "list")) {
        xmlNodePtr it = mn_child(c, "item");
        for (; it; it = mn_next(it, "item")) {
            char *t = mn_text_folded(it);
            int no = t && mn_no_one(t);
            free(t);
            if (!no)
                return 0;
        }
        return mn_child(c, "item") != NULL;
    }
    char *t = mn_is(c, "p") ? mn_ts_inline_folded(c) : NULL;
    if (!t)
        return 0;
    const char *colon = strchr(t, ':'), *role;
    int rest = mn_has_any_word(t, MN_LX_QUORUM_WORDS) ||
               (colon && mn_people_label(t, (size_t)(colon - t), &role, NULL) &&
                (!colon[1 + strspn(colon + 1, " ")] || mn_no_one(colon + 1 + strspn(colon + 1, " "))));
    free(t);
    return rest;
}

static int mn_absence_sentence(const xmlNode *c)
{
    char *t = mn_is(c, "p") ? mn_ts_inline_folded(c) : NULL;
    int is = t && mn_absence_lead(t);
    free(t);
    return is;
}

/* Whether what is left of SECTION after its people were taken is at most a
 * few blocks about the attendance: what a roll call leaves, or (TITLED: an
 * "Attendance" heading) up to two paragraphs of any kind ("About 25 more
 * people did not add themselves."); no table or sub-section. */
static int mn_remnant_lines(const xmlNode *section, int titled)
{
    int n = 0, prose = 0;
    for (xmlNodePtr c = mn_next(mn_child(section, "heading"), NULL); c; c = mn_next(c, NULL)) {
        if (++n > 4)
            return 0;
        if (mn_roll_call_rest(c))
            continue;
        if (mn_absence_sentence(c))
            return 0; /* "Apologies were received from …" is a minute: its heading stays */
        if (!titled || !mn_is(c, "p") || ++prose > 2)
            return 0;
    }
    return 1;
}

/* An attendance section's remnant keeps its place in the text without the
 * heading: at the end of the section before it, else where the section
 * was. */
static void mn_hoist_remnant(xmlNodePtr section)
{
    xmlNodePtr prev = section->prev;
    while (prev && prev->type != XML_ELEMENT_NODE)
        prev = prev->prev;
    int into_prev = prev && mn_is(prev, "section");
    for (xmlNodePtr c = mn_next(mn_child(section, "heading"), NULL), next; c; c = next) {
        next = mn_next(c, NULL);
        xmlUnlinkNode(c);
        if (into_prev)
            xmlAddChild(prev, c);
        else
            xmlAddPrevSibling(section, c);
    }
}

/* A section the people came from: a "Roll Call" whose lists all went to
 * participants, an "Attendance" left with its quorum line.  GOLD.md and
 * CONVENTIONS.md: such a heading is no topic of the minutes, so it goes
 * (returns 1) once every list of it was taken, what else it held kept in
 * the text.  HAD: the section held blocks before the walk; TAKEN: people
 * were taken from it. */
static int mn_attendance_spent(xmlNodePtr section, int had, int taken, int titled)
{
    if (!had || !taken)
        return 0;
    if (!mn_next(mn_child(section, "heading"), NULL))
        return 1;
    if (!mn_remnant_lines(section, titled))
        return 0;
    mn_hoist_remnant(section);
    return 1;
}

/* A section of the body: read whole when its heading is about people, the
 * agenda pass's when about the agenda, else walked. */
static int mn_walk_section(mn_annexes *ax, xmlNodePtr c)
{
    enum mn_annex_kind k = mn_annex_kind(c);
    if (k == MN_ANNEX_AGENDA)
        return 0;
    int had = mn_next(mn_child(c, "heading"), NULL) != NULL;
    size_t before = mn_people_taken(ax->people);
    if (k == MN_ANNEX_PARTICIPANTS) {
        xmlNodePtr title = mn_annex_title_line(c);
        if (title)
            xmlUnlinkNode(title); /* the annex's title, no group's label */
        int all = mn_people_section(ax->people, c);
        if (title && !all) {
            xmlNodePtr heading = mn_child(c, "heading");
            xmlAddNextSibling(heading, title);
        } else if (title) {
            xmlFreeNode(title);
        }
        if (all)
            return 1;
    } else {
        mn_walk(ax, c, 0);
    }
    return mn_attendance_spent(c, had, mn_people_taken(ax->people) > before,
                               k == MN_ANNEX_PARTICIPANTS);
}

/* TOP: parent is the body, whose blocks before its first section are the
 * title block's. */
static void mn_walk(mn_annexes *ax, xmlNodePtr parent, int top)
{
    for (xmlNodePtr c = mn_child(parent, NULL), next; c; c = next) {
        next = mn_next(c, NULL);
        const char *name = mn_ts_name(c);
        if (name && strcmp(name, "section") == 0) {
            top = 0;
            if (mn_walk_section(ax, c))
                mn_ts_drop(c);
        } else if (name && (strcmp(name, "p") == 0 || strcmp(name, "list") == 0 ||
                            strcmp(name, "table") == 0)) {
            next = mn_people_block(ax->people, c, top);
        }
    }
}

/* ---- properties ------------------------------------------------------------------------ */

/* The label of the group made from property PROP ("participant"). */
static const char *mn_prop_label(const char *prop)
{
    size_t n;
    const mn_lx_entry *e = mn_lx_entries(mn_lx(), MN_LX_PROPERTY_GROUPS, &n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].means, prop) == 0)
            return e[i].w;
    return prop; /* not reached: the lexicon's loader requires every meaning */
}

static void mn_props(mn_annexes *ax, xmlNodePtr meta)
{
    xmlNodePtr participants = NULL, regrets = NULL;
    for (xmlNodePtr c = mn_child(meta, "prop"), next; c; c = next) {
        next = mn_next(c, "prop");
        char *name = mn_attr(c, "name");
        char *value = mn_text_folded(c);
        int used = 1;
        if (!name || !value || !*value)
            used = 0;
        else if (strcmp(name, "chair") == 0 || strcmp(name, "scribe") == 0)
            used = mn_people_role_line(ax->people, mn_prop_label(name),
                                       mn_role_of(name, strlen(name)), value, MN_NAME_ONE_PER_LINE,
                                       0);
        else if (strcmp(name, "participant") == 0 &&
                 (participants || (participants = mn_people_group(ax->people, mn_prop_label(name), NULL))))
            mn_people_add(ax->people, participants, value, MN_NAME_ONE_PER_LINE);
        else if (strcmp(name, "regrets") == 0 &&
                 (regrets || (regrets = mn_people_group(ax->people, mn_prop_label(name), NULL))))
            mn_people_add(ax->people, regrets, value, MN_NAME_ONE_PER_LINE);
        else
            used = 0;
        if (used)
            mn_ts_drop(c);
        xmlFree(name);
        free(value);
    }
}

int mn_pass_annexes(xmlDocPtr doc, mn_job *job)
{
    xmlNodePtr body = mn_body(doc);
    if (!body)
        return 0;
    mn_annexes ax = {.job = job, .doc = doc, .people = mn_people_new(doc, job)};
    if (!ax.people)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    mn_props(&ax, mn_meta(doc));
    mn_walk(&ax, body, 1);
    mn_people_finish(ax.people, body);
    mn_people_free(ax.people);
    return 0;
}
