/* SPDX-License-Identifier: MIT */
/* html_jsonld.c — what search engines and mail clients read: schema.org
 * JSON-LD with the meeting as an Event (its date, time, place, organiser
 * and attendees) and one Event per calendar entry (startDate, endDate,
 * location, a link to where the minutes name it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"

static void key(ho *h, int *first, const char *name)
{
    ho_str(h, *first ? "" : ",");
    *first = 0;
    ho_json(h, name);
    ho_str(h, ":");
}

static void str_field(ho *h, int *first, const char *name, const char *value)
{
    if (!value || !*value)
        return;
    key(h, first, name);
    ho_json(h, value);
}

/* "#ID": a place in this page. */
static void fragment_field(ho *h, int *first, const char *name, const char *id)
{
    char *s = NULL;
    if (id && asprintf(&s, "#%s", id) >= 0)
        str_field(h, first, name, s);
    free(s);
}

/* The meeting's start or end: a UTC time as xs:dateTime with Z, a time in a
 * named zone as a local date and time (the zone is not resolved here). */
static void meeting_time(ho *h, int *first, const char *name, const char *date, const char *clock,
                         const char *zone)
{
    if (!date)
        return;
    char buf[64];
    int utc = zone && (strcmp(zone, "UTC") == 0 || strcmp(zone, "Z") == 0 ||
                       strcmp(zone, "GMT") == 0 || strcmp(zone, "Etc/UTC") == 0);
    if (clock)
        snprintf(buf, sizeof buf, "%sT%s:00%s", date, clock, utc ? "Z" : "");
    else
        snprintf(buf, sizeof buf, "%s", date);
    str_field(h, first, name, buf);
}

static void place(ho *h, int *first, const char *name, const char *mode)
{
    if (!name)
        return;
    key(h, first, "location");
    int online = mode && strcmp(mode, "online") == 0;
    ho_str(h, online ? "{\"@type\":\"VirtualLocation\",\"name\":" : "{\"@type\":\"Place\",\"name\":");
    ho_json(h, name);
    ho_str(h, "}");
}

static void attendance_mode(ho *h, int *first, const char *mode)
{
    static const char *const modes[][2] = {{"online", "OnlineEventAttendanceMode"},
                                           {"in-person", "OfflineEventAttendanceMode"},
                                           {"hybrid", "MixedEventAttendanceMode"}};
    for (size_t i = 0; mode && i < 3; i++)
        if (strcmp(mode, modes[i][0]) == 0) {
            key(h, first, "eventAttendanceMode");
            ho_str(h, "\"https://schema.org/");
            ho_str(h, modes[i][1]);
            ho_str(h, "\"");
        }
}

/* Whether a group lists people who were not there.  The annexes pass does
 * not mark such groups yet, so the common English labels count too. */
static int absent_group(const mn_node *g)
{
    static const char *const words[] = {"absent", "regrets", "apologies", "excused", NULL};
    const char *role = mn_node_attr(g, "role"), *label = mn_node_attr(g, "label");
    for (const char *const *w = words; *w; w++)
        if ((role && strcasecmp(role, *w) == 0) || (label && strncasecmp(label, *w, strlen(*w)) == 0))
            return 1;
    return 0;
}

static void person(ho *h, const mn_node *p)
{
    int first = 1;
    char *name = hw_person_name(p);
    ho_str(h, "{\"@type\":\"Person\",");
    first = 1;
    str_field(h, &first, "name", name);
    str_field(h, &first, "givenName", mn_node_attr(p, "given"));
    str_field(h, &first, "familyName", mn_node_attr(p, "family"));
    str_field(h, &first, "alternateName", mn_node_attr(p, "handle"));
    str_field(h, &first, "jobTitle", mn_node_attr(p, "role"));
    const char *aff = mn_node_attr(p, "affiliation");
    if (aff && *aff) {
        key(h, &first, "affiliation");
        ho_str(h, "{\"@type\":\"Organization\",\"name\":");
        ho_json(h, aff);
        ho_str(h, "}");
    }
    if (first)
        ho_str(h, "\"name\":\"\"");
    ho_str(h, "}");
    free(name);
}

static void attendees(hw *w, int *first)
{
    ho *h = w->h;
    const mn_node *ps = mn_node_child(w->root, MN_KIND_PARTICIPANTS);
    int any = 0;
    for (const mn_node *g = mn_node_child(ps, MN_KIND_GROUP); g; g = mn_node_next_of(g, MN_KIND_GROUP)) {
        if (absent_group(g))
            continue;
        for (const mn_node *p = mn_node_child(g, MN_KIND_PERSON); p; p = mn_node_next_of(p, MN_KIND_PERSON)) {
            if (!any++) {
                key(h, first, "attendee");
                ho_str(h, "[");
            } else {
                ho_str(h, ",");
            }
            person(h, p);
        }
    }
    if (any)
        ho_str(h, "]");
}

static void meeting(hw *w, const char *org)
{
    ho *h = w->h;
    int first = 1;
    char *title = hd_child_text(w->meta, MN_KIND_TITLE), *sub = hd_child_text(w->meta, MN_KIND_SUBTITLE);
    char *date = hd_child_text(w->meta, MN_KIND_DATE), *where = hd_child_text(w->meta, MN_KIND_LOCATION);
    const mn_node *t = mn_node_child(w->meta, MN_KIND_TIME), *loc = mn_node_child(w->meta, MN_KIND_LOCATION);
    ho_str(h, "{\"@type\":\"Event\",\"@id\":\"#minutes\",");
    first = 1;
    str_field(h, &first, "name", title ? title : hw_label(w, "minutes"));
    str_field(h, &first, "description", sub);
    meeting_time(h, &first, "startDate", date, mn_node_attr(t, "start"), mn_node_attr(t, "zone"));
    if (mn_node_attr(t, "end"))
        meeting_time(h, &first, "endDate", date, mn_node_attr(t, "end"), mn_node_attr(t, "zone"));
    place(h, &first, where, mn_node_attr(loc, "mode"));
    attendance_mode(h, &first, mn_node_attr(loc, "mode"));
    if (org) {
        key(h, &first, "organizer");
        ho_str(h, "{\"@type\":\"Organization\",\"name\":");
        ho_json(h, org);
        ho_str(h, "}");
    }
    str_field(h, &first, "inLanguage", mn_node_lang(w->root));
    attendees(w, &first);
    ho_str(h, "}");
    free(title);
    free(sub);
    free(date);
    free(where);
}

/* "FREQ=WEEKLY;INTERVAL=2" as a Schedule's repeatFrequency ("P2W"). */
static void schedule(ho *h, int *first, const char *rule, const char *start)
{
    static const char *const freqs[][2] = {
        {"FREQ=DAILY", "D"}, {"FREQ=WEEKLY", "W"}, {"FREQ=MONTHLY", "M"}, {"FREQ=YEARLY", "Y"}};
    const char *unit = NULL;
    for (size_t i = 0; i < 4; i++)
        if (strstr(rule, freqs[i][0]))
            unit = freqs[i][1];
    if (!unit)
        return;
    const char *iv = strstr(rule, "INTERVAL=");
    int every = iv ? atoi(iv + 9) : 1;
    char freq[32];
    snprintf(freq, sizeof freq, "P%d%s", every > 0 ? every : 1, unit);
    key(h, first, "eventSchedule");
    ho_str(h, "{\"@type\":\"Schedule\",\"repeatFrequency\":");
    ho_json(h, freq);
    ho_str(h, ",\"startDate\":");
    ho_json(h, start);
    ho_str(h, "}");
}

static void entry(hw *w, const mn_node *e)
{
    ho *h = w->h;
    int first = 1;
    const char *id = mn_node_attr(e, "id"), *ref = mn_node_attr(e, "ref"), *start = mn_node_attr(e, "start");
    char *summary = hd_child_text(e, MN_KIND_SUMMARY), *desc = hd_child_text(e, MN_KIND_DESCRIPTION);
    char *where = hd_child_text(e, MN_KIND_LOCATION);
    char *rule = hd_child_or_attr(e, MN_KIND_RECURRENCE, "recurrence");
    int deadline = strcmp(mn_node_attr(e, "kind") ? mn_node_attr(e, "kind") : "", "deadline") == 0;
    char *name = NULL;
    if (deadline && asprintf(&name, "%s: %s", hw_label(w, "deadline"), summary ? summary : "") < 0)
        name = NULL;
    ho_str(h, "{\"@type\":\"Event\",");
    fragment_field(h, &first, "@id", id);
    str_field(h, &first, "name", name ? name : summary ? summary : "");
    str_field(h, &first, "startDate", start);
    str_field(h, &first, "endDate", mn_node_attr(e, "end"));
    str_field(h, &first, "description", desc);
    if (where) {
        key(h, &first, "location");
        ho_str(h, "{\"@type\":\"Place\",\"name\":");
        ho_json(h, where);
        ho_str(h, "}");
    }
    if (rule && start)
        schedule(h, &first, rule, start);
    fragment_field(h, &first, "url", ref);
    key(h, &first, "superEvent");
    ho_str(h, "{\"@id\":\"#minutes\"}}");
    free(name);
    free(summary);
    free(desc);
    free(where);
    free(rule);
}

void hw_jsonld(hw *w)
{
    ho *h = w->h;
    char *doc_org = hd_child_or_attr(w->meta, MN_KIND_ORGANISATION, "organisation");
    const char *org = doc_org ? doc_org : mn_style_get(w->style, "organisation");
    ho_str(h, "<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\","
              "\"@graph\":[");
    meeting(w, org);
    const mn_node *events = mn_node_child(w->root, MN_KIND_EVENTS);
    for (const mn_node *e = mn_node_child(events, MN_KIND_EVENT); e; e = mn_node_next_of(e, MN_KIND_EVENT)) {
        ho_str(h, ",\n");
        entry(w, e);
    }
    ho_str(h, "]}\n</script>\n");
    free(doc_org);
}
