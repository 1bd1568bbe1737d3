/* SPDX-License-Identifier: MIT */
/* ics_collection.c — a batch's calendar: the upcoming entries of every
 * document in one VCALENDAR that a working group can subscribe to.  Each
 * entry keeps the UID it has in its own document's calendar, so the feed
 * and the per-meeting files update the same entries.  "Upcoming" is taken
 * from the batch itself, never from the clock: entries that start before
 * the day of the latest meeting in the batch are history and left out
 * (every entry is kept when no document has a date).  Zones are defined
 * once (by TZID). */
#include "ics.h"

#include <stdlib.h>
#include <string.h>

#include "minutes/plugin.h"

#define ICS_PRODID "-//minutes//minutes " MN_VERSION "//EN"

/* The latest meeting date among the documents; 0 when none has one. */
static int latest_meeting(mn_job *job, const mn_doc *const *docs, size_t n, ics_when *out)
{
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        ics_model m;
        if (ics_model_read(job, docs[i], &m) != 0)
            continue;
        ics_when d;
        if (ics_parse_when(m.date, &d) == 0 && (!found || ics_when_cmp(&d, out) > 0)) {
            *out = d;
            found = 1;
        }
        ics_model_free(&m);
    }
    return found;
}

static icalcomponent *merged_head(void)
{
    icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(cal, icalproperty_new_prodid(ICS_PRODID));
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_name("Minutes"));
    icalproperty *x = icalproperty_new_x("Minutes");
    icalproperty_set_x_name(x, "X-WR-CALNAME");
    icalcomponent_add_property(cal, x);
    return cal;
}

static int has_zone(icalcomponent *cal, const char *tzid)
{
    for (icalcomponent *z = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT); z;
         z = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *p = icalcomponent_get_first_property(z, ICAL_TZID_PROPERTY);
        if (p && tzid && strcmp(icalproperty_get_tzid(p), tzid) == 0)
            return 1;
    }
    return 0;
}

/* Moves the entries (and the zones not defined yet) of FROM into TO. */
static void move_entries(icalcomponent *to, icalcomponent *from)
{
    icalcomponent *c = icalcomponent_get_first_component(from, ICAL_ANY_COMPONENT);
    while (c) {
        icalcomponent *next = icalcomponent_get_next_component(from, ICAL_ANY_COMPONENT);
        icalcomponent_kind k = icalcomponent_isa(c);
        icalproperty *tz = k == ICAL_VTIMEZONE_COMPONENT
                               ? icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY)
                               : NULL;
        if (k != ICAL_VTIMEZONE_COMPONENT || !has_zone(to, tz ? icalproperty_get_tzid(tz) : NULL)) {
            icalcomponent_remove_component(from, c);
            icalcomponent_add_component(to, c);
        }
        c = next;
    }
}

int ics_write_collection(mn_job *job, const mn_doc *const *docs, const char *const *stems,
                         size_t n, mn_output *out)
{
    (void)stems; /* the entries link to the minutes by their own URL */
    ics_options o;
    int rc = ics_options_read(job, &o);
    if (rc != 0)
        return rc;
    ics_when ref;
    o.not_before = latest_meeting(job, docs, n, &ref) ? &ref : NULL;
    o.collection = 1;
    icalcomponent *merged = merged_head();
    for (size_t i = 0; i < n && rc == 0; i++) {
        ics_model m;
        if ((rc = ics_model_read(job, docs[i], &m)) != 0)
            break;
        icalcomponent *cal = ics_calendar_build(job, &m, &o);
        ics_model_free(&m);
        if (!cal) {
            rc = mn_job_status(job) ? mn_job_status(job) : MN_EX_SOFTWARE;
            break;
        }
        move_entries(merged, cal);
        icalcomponent_free(cal);
    }
    char *text = rc == 0 ? icalcomponent_as_ical_string_r(merged) : NULL;
    icalcomponent_free(merged);
    if (rc != 0)
        return rc;
    size_t len = 0;
    char *bytes = text ? ics_serialize(text, &len) : NULL;
    icalmemory_free_buffer(text);
    if (!bytes)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "ics: out of memory");
    rc = mn_output_write(out, bytes, len);
    free(bytes);
    return rc;
}
