/* SPDX-License-Identifier: MIT */
/* ics_calendar.c — builds the VCALENDAR from the model with libical:
 * VEVENTs for events, VTODOs (or all-day "Deadline: …" VEVENTs) for
 * deadlines, optionally the meeting itself and an alarm on every entry. */
#include "ics.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define ICS_PRODID "-//minutes//minutes " MN_VERSION "//EN"

/* ---- times ------------------------------------------------------------------- */

static struct icaltimetype ical_when(const ics_when *w)
{
    struct icaltimetype t = w->has_time ? icaltime_null_time() : icaltime_null_date();
    t.year = w->year;
    t.month = w->month;
    t.day = w->day;
    if (w->has_time) {
        t.hour = w->hour;
        t.minute = w->minute;
        t.second = w->second;
        t.zone = icaltimezone_get_utc_timezone();
    }
    return t;
}

static struct icaltimetype next_day(struct icaltimetype t)
{
    icaltime_adjust(&t, 1, 0, 0, 0);
    return t;
}

/* DTSTAMP: SOURCE_DATE_EPOCH when given, else the meeting's day at 00:00
 * UTC, so that two conversions of the same minutes give the same bytes. */
static struct icaltimetype dtstamp(const ics_model *m, const ics_options *o)
{
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    ics_when day;
    if (o->has_dtstamp)
        return icaltime_from_timet_with_zone((time_t)o->dtstamp, 0, utc);
    if (ics_parse_when(m->date, &day) == 0) {
        day.has_time = 1;
        day.hour = day.minute = day.second = 0;
        return ical_when(&day);
    }
    if (m->n_events > 0) {
        ics_when first = m->events[0].start;
        first.has_time = 1;
        first.hour = first.minute = first.second = 0;
        return ical_when(&first);
    }
    return icaltime_from_timet_with_zone(0, 0, utc);
}

/* ---- properties ---------------------------------------------------------------- */

static void add(icalcomponent *c, icalproperty *p)
{
    if (p)
        icalcomponent_add_property(c, p);
}

/* A text property of the minutes' own words, with their language
 * (RFC 5545 3.2.10) whenever the document states one: a client cannot
 * tell the language of a text otherwise, English included. */
static void add_text_prop(icalcomponent *c, icalproperty *p, const ics_model *m)
{
    if (p && m->lang && *m->lang)
        icalproperty_add_parameter(p, icalparameter_new_language(m->lang));
    add(c, p);
}

static void add_categories(icalcomponent *c, const char *first, const char *second)
{
    /* One value per property: libical 3.0 writes a CATEGORIES value's commas
     * bare (as list separators), so a list is several properties. */
    add(c, icalproperty_new_categories(first));
    if (second)
        add(c, icalproperty_new_categories(second));
}

static void add_alarm(icalcomponent *c, const char *summary, int seconds, int related_end)
{
    icalcomponent *a = icalcomponent_new(ICAL_VALARM_COMPONENT);
    struct icaltriggertype trig;
    memset(&trig, 0, sizeof trig);
    trig.time = icaltime_null_time();
    trig.duration = icaldurationtype_from_int(-seconds);
    icalproperty *tp = icalproperty_new_trigger(trig);
    if (related_end) /* a VTODO has a DUE and no DTSTART */
        icalproperty_add_parameter(tp, icalparameter_new_related(ICAL_RELATED_END));
    add(a, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    add(a, tp);
    add(a, icalproperty_new_description(summary));
    icalcomponent_add_component(c, a);
}

/* A label in the document's language with its colon ("Section: ",
 * "Section : "); FALLBACK when the lexicon has none. */
static void add_label(ics_buf *b, const ics_model *m, const char *key, const char *fallback)
{
    const char *v = m->words ? mn_words_label(m->words, key) : NULL;
    const char *colon = m->words ? mn_words_label(m->words, "colon") : NULL;
    ics_buf_adds(b, v && *v ? v : fallback);
    ics_buf_adds(b, colon ? colon : ":");
    ics_buf_addc(b, ' ');
}

static const char *label_of(const ics_model *m, const char *key, const char *fallback)
{
    const char *v = m->words ? mn_words_label(m->words, key) : NULL;
    return v && *v ? v : fallback;
}

/* "Minutes: Title – Subtitle, 2025-11-18" */
static void add_source_line(ics_buf *b, const ics_model *m)
{
    add_label(b, m, "minutes", "Minutes");
    ics_buf_adds(b, m->calname);
    if (m->subtitle) {
        ics_buf_adds(b, " \xE2\x80\x93 "); /* – */
        ics_buf_adds(b, m->subtitle);
    }
    if (m->date) {
        ics_buf_adds(b, ", ");
        ics_buf_adds(b, m->date);
    }
}

static char *event_description(const ics_model *m, const ics_event *e)
{
    ics_buf b = {0};
    /* The sentence that names the event and the task of an action anchor,
     * each once: neither when the other holds it. */
    const char *sentence = e->sentence && *e->sentence ? e->sentence : NULL;
    if (sentence && e->task && strstr(e->task, sentence))
        sentence = NULL;
    if (sentence) {
        ics_buf_adds(&b, sentence);
        ics_buf_adds(&b, "\n\n");
    }
    if (e->task && !(sentence && strstr(sentence, e->task))) {
        ics_buf_adds(&b, e->task);
        ics_buf_adds(&b, "\n\n");
    }
    if (e->section) {
        add_label(&b, m, "section", "Section");
        ics_buf_adds(&b, e->section);
        ics_buf_addc(&b, '\n');
    }
    if (e->owner && *e->owner) {
        add_label(&b, m, "owner", "Owner");
        ics_buf_adds(&b, e->owner);
        ics_buf_addc(&b, '\n');
    }
    if (e->tentative) {
        ics_buf_adds(&b, label_of(m, "approximate-date", "Approximate date"));
        if (e->as_written) {
            ics_buf_adds(&b, ", ");
            add_label(&b, m, "as-written", "as written");
            ics_buf_adds(&b, e->as_written);
        }
        ics_buf_addc(&b, '\n');
    }
    add_source_line(&b, m);
    return ics_buf_take(&b);
}

/* ---- entries --------------------------------------------------------------------- */

/* UID and DTSTAMP open every entry. */
static icalcomponent *entry(icalcomponent_kind kind, const ics_event *e, struct icaltimetype stamp)
{
    icalcomponent *c = icalcomponent_new(kind);
    add(c, icalproperty_new_uid(e->uid));
    add(c, icalproperty_new_dtstamp(stamp));
    return c;
}

/* What every entry says after its times, in a fixed order. */
static int add_text(icalcomponent *c, const ics_model *m, const ics_event *e, const char *summary)
{
    char *desc = event_description(m, e);
    if (!desc)
        return -1;
    add_text_prop(c, icalproperty_new_summary(summary), m);
    add_text_prop(c, icalproperty_new_description(desc), m);
    free(desc);
    if (e->location)
        add_text_prop(c, icalproperty_new_location(e->location), m);
    if (m->url)
        add(c, icalproperty_new_url(m->url));
    return 0;
}

static icalcomponent *todo_for(const ics_model *m, const ics_event *e, const ics_options *o,
                               struct icaltimetype stamp)
{
    icalcomponent *c = entry(ICAL_VTODO_COMPONENT, e, stamp);
    add(c, icalproperty_new_due(ical_when(e->has_end ? &e->end : &e->start)));
    if (add_text(c, m, e, e->summary) != 0) {
        icalcomponent_free(c);
        return NULL;
    }
    add_categories(c, "Deadline", e->is_action ? "Action" : NULL);
    /* TENTATIVE is a VEVENT status; a vague deadline says so in its text.
     * An action the minutes report done is a completed to-do, not a new one. */
    add(c, icalproperty_new_status(e->done ? ICAL_STATUS_COMPLETED : ICAL_STATUS_NEEDSACTION));
    if (o->alarm_seconds)
        add_alarm(c, e->summary, o->alarm_seconds, 1);
    return c;
}

/* "Deadline: …", or NULL when out of memory. */
static char *deadline_summary(const ics_event *e)
{
    ics_buf b = {0};
    ics_buf_adds(&b, "Deadline: ");
    ics_buf_adds(&b, e->summary);
    return ics_buf_take(&b);
}

static struct icaltimetype one_hour_later(struct icaltimetype t)
{
    icaltime_adjust(&t, 0, 1, 0, 0);
    return t;
}

/* "every other Thursday": the event's rule, when libical reads it (the
 * schema's pattern lets through what RFC 5545 might still refuse). */
static void add_rrule(icalcomponent *c, const ics_event *e)
{
    if (!e->recurrence || e->deadline)
        return;
    struct icalrecurrencetype r = icalrecurrencetype_from_string(e->recurrence);
    if (r.freq != ICAL_NO_RECURRENCE)
        add(c, icalproperty_new_rrule(r));
}

static icalcomponent *event_for(const ics_model *m, const ics_event *e, const ics_options *o,
                                struct icaltimetype stamp)
{
    const ics_when *first = &e->start, *last = e->has_end ? &e->end : NULL;
    char *summary = NULL;
    if (e->deadline) { /* --deadlines=events: one entry on the day it is due */
        first = e->has_end ? &e->end : &e->start;
        last = NULL;
        if (!(summary = deadline_summary(e)))
            return NULL;
    }
    icalcomponent *c = entry(ICAL_VEVENT_COMPONENT, e, stamp);
    add(c, icalproperty_new_dtstart(ical_when(first)));
    if (!first->has_time) /* DTEND of a day is exclusive: 15–17 December ends on the 18th */
        add(c, icalproperty_new_dtend(next_day(ical_when(last ? last : first))));
    else if (last)
        add(c, icalproperty_new_dtend(ical_when(last)));
    else if (!e->deadline) /* no end written: a calendar shows an hour, not an instant */
        add(c, icalproperty_new_dtend(one_hour_later(ical_when(first))));
    if (add_text(c, m, e, summary ? summary : e->summary) != 0) {
        free(summary);
        icalcomponent_free(c);
        return NULL;
    }
    add_categories(c, e->deadline ? "Deadline" : "Event", e->is_action ? "Action" : NULL);
    add_rrule(c, e);
    if (e->tentative)
        add(c, icalproperty_new_status(ICAL_STATUS_TENTATIVE));
    if (e->deadline) /* a deadline does not make anyone busy */
        add(c, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    if (o->alarm_seconds)
        add_alarm(c, summary ? summary : e->summary, o->alarm_seconds, 0);
    free(summary);
    return c;
}

/* ---- the meeting itself ------------------------------------------------------------- */

typedef struct zone {
    enum { ZONE_FLOATING, ZONE_OFFSET, ZONE_NAMED } kind;
    int offset;        /* seconds east of UTC */
    icaltimezone *tz;  /* libical's built-in zone; not owned */
} zone;

/* "+2", "-05:00", "+0530" after UTC/GMT; returns 0 and the seconds east. */
static int parse_offset(const char *s, int *out)
{
    int sign = *s == '-' ? -1 : 1, h = 0, m = 0;
    if (*s != '+' && *s != '-')
        return -1;
    s++;
    if (!isdigit((unsigned char)*s))
        return -1;
    while (isdigit((unsigned char)*s) && h < 100)
        h = h * 10 + (*s++ - '0');
    if (h >= 100 && !*s) { /* "+0530" */
        m = h % 100;
        h /= 100;
    } else if (*s == ':' && isdigit((unsigned char)s[1]) && isdigit((unsigned char)s[2]) && !s[3]) {
        m = (s[1] - '0') * 10 + (s[2] - '0');
    } else if (*s) {
        return -1;
    }
    if (h > 14 || m > 59)
        return -1;
    *out = sign * (h * 3600 + m * 60);
    return 0;
}

static zone resolve_zone(mn_job *job, const char *name)
{
    zone z = {ZONE_FLOATING, 0, NULL};
    if (!name || !*name)
        return z; /* no zone given: floating time, as RFC 5545 intends */
    const char *rest = name;
    if (strncasecmp(name, "UTC", 3) == 0 || strncasecmp(name, "GMT", 3) == 0)
        rest = name + 3;
    else if (strcasecmp(name, "Z") == 0 || strcasecmp(name, "UT") == 0)
        rest = "";
    if (rest != name && (!*rest || parse_offset(rest, &z.offset) == 0)) {
        z.kind = ZONE_OFFSET;
        return z;
    }
    if (*name == '+' || *name == '-') {
        if (parse_offset(name, &z.offset) == 0)
            z.kind = ZONE_OFFSET;
        else
            mn_job_warning(job, "time-zone", 0,
                           "ics: meeting time zone \"%s\" is not understood; written as floating time", name);
        return z;
    }
    z.tz = icaltimezone_get_builtin_timezone(name);
    if (z.tz)
        z.kind = ZONE_NAMED;
    else
        mn_job_warning(job, "time-zone", 0,
                       "ics: meeting time zone \"%s\" is unknown; written as floating time", name);
    return z;
}

/* "11:00" (the schema's clock, 00:00 to 24:00) as minutes after midnight. */
static int parse_clock(const char *s, int *minutes)
{
    int h, m;
    if (!s || strlen(s) != 5 || sscanf(s, "%2d:%2d", &h, &m) != 2 || !isdigit((unsigned char)s[0]))
        return -1;
    if (h > 24 || m > 59 || (h == 24 && m > 0))
        return -1;
    *minutes = h * 60 + m;
    return 0;
}

/* A VTIMEZONE for Z, named as the minutes name it (libical's own TZIDs carry
 * a "/freeassociation.sourceforge.net/" prefix that clients do not know),
 * and cut to the rules in force from the meeting's year on. */
static icalcomponent *vtimezone(const zone *z, const char *tzid, int year)
{
    icalcomponent *src = icaltimezone_get_component(z->tz);
    if (!src)
        return NULL;
    icalcomponent *vtz = icalcomponent_new_clone(src);
    struct icaltimetype from = icaltime_null_time();
    from.year = year;
    from.month = from.day = 1;
    from.zone = icaltimezone_get_utc_timezone();
    icaltimezone_truncate_vtimezone(vtz, from, icaltime_null_time(), 0);
    icalproperty *id = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
    if (id)
        icalproperty_set_tzid(id, tzid);
    return vtz;
}

static icalproperty *meeting_time(icalproperty *(*make)(struct icaltimetype), struct icaltimetype t,
                                  const zone *z, const char *tzid)
{
    if (z->kind == ZONE_OFFSET) {
        icaltime_adjust(&t, 0, 0, 0, -z->offset);
        t.zone = icaltimezone_get_utc_timezone();
    }
    icalproperty *p = make(t);
    if (z->kind == ZONE_NAMED)
        icalproperty_add_parameter(p, icalparameter_new_tzid(tzid));
    return p;
}

static char *meeting_description(const ics_model *m)
{
    ics_buf b = {0};
    if (m->subtitle) {
        ics_buf_adds(&b, m->subtitle);
        ics_buf_adds(&b, "\n\n");
    }
    if (m->agenda) {
        ics_buf_adds(&b, "Agenda:\n");
        ics_buf_adds(&b, m->agenda);
        ics_buf_adds(&b, "\n\n");
    }
    add_source_line(&b, m);
    return ics_buf_take(&b);
}

/* Adds the meeting's times; a named zone's VTIMEZONE goes to CAL. */
static void add_meeting_times(mn_job *job, icalcomponent *cal, icalcomponent *c,
                              const ics_model *m, const ics_when *day)
{
    int from, to;
    struct icaltimetype d = ical_when(day);
    if (!m->time_start || parse_clock(m->time_start, &from) != 0) {
        if (m->time_start)
            mn_job_warning(job, "ics-meeting", 0,
                           "ics: meeting time \"%s\" is not understood; the meeting is written as a whole day",
                           m->time_start);
        add(c, icalproperty_new_dtstart(d));
        add(c, icalproperty_new_dtend(next_day(d)));
        return;
    }
    zone z = resolve_zone(job, m->zone);
    if (z.kind == ZONE_NAMED) {
        icalcomponent *vtz = vtimezone(&z, m->zone, day->year);
        if (vtz)
            icalcomponent_add_component(cal, vtz);
        else
            z.kind = ZONE_FLOATING;
    }
    struct icaltimetype start = icaltime_null_time();
    start.year = day->year;
    start.month = day->month;
    start.day = day->day;
    struct icaltimetype end = start;
    icaltime_adjust(&start, 0, 0, from, 0);
    add(c, meeting_time(icalproperty_new_dtstart, start, &z, m->zone));
    if (m->time_end && parse_clock(m->time_end, &to) == 0) {
        /* "23:00–01:00" ends the next day */
        icaltime_adjust(&end, to <= from ? 1 : 0, 0, to, 0);
        add(c, meeting_time(icalproperty_new_dtend, end, &z, m->zone));
    }
}

static int add_meeting(mn_job *job, icalcomponent *cal, const ics_model *m, const ics_options *o,
                       struct icaltimetype stamp)
{
    ics_when day;
    if (ics_parse_when(m->date, &day) != 0 || day.has_time) {
        mn_job_warning(job, "ics-meeting", 0,
                       "ics: the minutes give no meeting date; the meeting is left out");
        return 0;
    }
    char *uid = ics_uid(m->identity, NULL, 0);
    char *summary = ics_shorten(m->calname, 80);
    char *desc = meeting_description(m);
    int rc = uid && summary && desc ? 0 : -1;
    if (rc == 0) {
        icalcomponent *c = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        add(c, icalproperty_new_uid(uid));
        add(c, icalproperty_new_dtstamp(stamp));
        add_meeting_times(job, cal, c, m, &day);
        add_text_prop(c, icalproperty_new_summary(summary), m);
        add_text_prop(c, icalproperty_new_description(desc), m);
        if (m->location)
            add_text_prop(c, icalproperty_new_location(m->location), m);
        if (m->url)
            add(c, icalproperty_new_url(m->url));
        add_categories(c, "Meeting", NULL);
        if (o->alarm_seconds)
            add_alarm(c, summary, o->alarm_seconds, 0);
        icalcomponent_add_component(cal, c);
    }
    free(uid);
    free(summary);
    free(desc);
    return rc;
}

/* ---- the calendar ------------------------------------------------------------------- */

static icalcomponent *calendar_head(const ics_model *m)
{
    icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    add(cal, icalproperty_new_prodid(ICS_PRODID));
    add(cal, icalproperty_new_version("2.0"));
    add(cal, icalproperty_new_calscale("GREGORIAN"));
    add(cal, icalproperty_new_name(m->calname));
    /* Escaped in full by ics_serialize: libical 3.0 leaves , and ; bare in
     * X- properties. */
    icalproperty *x = icalproperty_new_x(m->calname);
    icalproperty_set_x_name(x, "X-WR-CALNAME");
    add(cal, x);
    if (m->url)
        add(cal, icalproperty_new_url(m->url));
    return cal;
}

/* Whether a day or time falls before the day *NOT_BEFORE (NULL: never). */
static int before(const ics_when *w, const ics_when *not_before)
{
    if (!not_before)
        return 0;
    ics_when day = *w;
    day.has_time = 0;
    day.hour = day.minute = day.second = 0;
    return ics_when_cmp(&day, not_before) < 0;
}

/* Whether CAL already holds the VTIMEZONE named TZID. */
static int has_vtimezone(icalcomponent *cal, const char *tzid)
{
    for (icalcomponent *v = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT); v;
         v = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *id = icalcomponent_get_first_property(v, ICAL_TZID_PROPERTY);
        if (id && strcmp(icalproperty_get_tzid(id), tzid) == 0)
            return 1;
    }
    return 0;
}

/* The time of property P (UTC) as the wall clock of zone TZ, named TZID. */
static void to_wall_clock(icalproperty *p, icaltimezone *tz, const char *tzid)
{
    struct icaltimetype t = icalvalue_get_datetime(icalproperty_get_value(p));
    t = icaltime_convert_to_zone(t, tz);
    t.zone = NULL; /* floating, with the TZID parameter: as the meeting's times */
    icalvalue_set_datetime(icalproperty_get_value(p), t);
    icalproperty_add_parameter(p, icalparameter_new_tzid(tzid));
}

/* The zone recurring entries are written in: the meeting's, when it is
 * named and some timed entry recurs (its VTIMEZONE then goes to CAL, before
 * the entries).  A rule counts weeks on the group's wall clock, so "every
 * Thursday at 15:00" in Paris stays at 15:00 across the change to summer
 * time; in UTC it would move.  NULL: the times stay in UTC. */
static icaltimezone *recurrence_zone(icalcomponent *cal, const ics_model *m)
{
    if (!m->zone || !strchr(m->zone, '/'))
        return NULL;
    const ics_event *first = NULL;
    for (size_t i = 0; i < m->n_events && !first; i++)
        if (m->events[i].recurrence && !m->events[i].deadline && m->events[i].start.has_time)
            first = &m->events[i];
    zone z = {ZONE_NAMED, 0, first ? icaltimezone_get_builtin_timezone(m->zone) : NULL};
    if (!z.tz || has_vtimezone(cal, m->zone))
        return z.tz;
    icalcomponent *vtz = vtimezone(&z, m->zone, first->start.year);
    if (!vtz)
        return NULL;
    icalcomponent_add_component(cal, vtz);
    return z.tz;
}

/* A recurring entry's start and end on the wall clock of TZ. */
static void recur_on_wall_clock(icalcomponent *c, icaltimezone *tz, const char *tzid)
{
    if (!tz || !icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY))
        return;
    icalproperty_kind kinds[] = {ICAL_DTSTART_PROPERTY, ICAL_DTEND_PROPERTY};
    for (size_t k = 0; k < 2; k++) {
        icalproperty *p = icalcomponent_get_first_property(c, kinds[k]);
        if (p && icalvalue_get_datetime(icalproperty_get_value(p)).is_date == 0)
            to_wall_clock(p, tz, tzid);
    }
}

icalcomponent *ics_calendar_build(mn_job *job, const ics_model *m, const ics_options *o)
{
    icalcomponent *cal = calendar_head(m);
    struct icaltimetype stamp = dtstamp(m, o);
    ics_when meeting_day;
    int meeting_kept = ics_parse_when(m->date, &meeting_day) != 0 || !before(&meeting_day, o->not_before);
    if (o->include_meeting && meeting_kept && add_meeting(job, cal, m, o, stamp) != 0)
        goto oom;
    icaltimezone *tz = recurrence_zone(cal, m);
    for (size_t i = 0; i < m->n_events; i++) {
        const ics_event *e = &m->events[i];
        if (before(&e->start, o->not_before))
            continue;
        icalcomponent *c = e->deadline && !o->deadlines_as_events ? todo_for(m, e, o, stamp)
                                                                 : event_for(m, e, o, stamp);
        if (!c)
            goto oom;
        recur_on_wall_clock(c, e->start.has_time ? tz : NULL, m->zone);
        icalcomponent_add_component(cal, c);
    }
    if (m->n_events == 0 && !o->include_meeting && !o->collection)
        mn_job_warning(job, "empty-calendar", 0,
                       "ics: the minutes name no upcoming events; the calendar is empty");
    return cal;
oom:
    icalcomponent_free(cal);
    mn_job_error(job, MN_EX_SOFTWARE, 0, "ics: out of memory");
    return NULL;
}
