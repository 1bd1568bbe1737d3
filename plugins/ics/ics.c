/* SPDX-License-Identifier: MIT */
/* ics.c — the iCalendar output plugin: the canonical document's events as
 * an RFC 5545 calendar (DESIGN.md, "Calendar output"). */
#include "ics.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "minutes/plugin.h"

static const mn_option ics_options_list[] = {
    {"deadlines", "todo|events",
     "deadlines as VTODOs with DUE (default), or as all-day \"Deadline: …\" events "
     "for calendars that ignore VTODO (Google Calendar)"},
    {"alarm", "DURATION", "a reminder this long before each entry: 1d, 2h, 30m, 1w, 1d12h"},
    {"include-meeting", NULL, "add the meeting itself (its date, time, zone and location)"},
    {NULL, NULL, NULL}};

/* SOURCE_DATE_EPOCH, as reproducible-builds.org specifies it: a decimal
 * count of seconds.  Returns 0 and the value, -1 when unset, -2 when bad. */
static int source_date_epoch(long long *out)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    if (!s || !*s)
        return -1;
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    /* 253402300799 is 9999-12-31T23:59:59Z, the last second a DATE-TIME holds */
    if (errno || *end || v < 0 || v > 253402300799LL || s[0] < '0' || s[0] > '9')
        return -2;
    *out = v;
    return 0;
}

static int flag_on(const char *v)
{
    return v && strcmp(v, "0") != 0 && strcasecmp(v, "false") != 0 && strcasecmp(v, "no") != 0;
}

int ics_options_read(mn_job *job, ics_options *o)
{
    memset(o, 0, sizeof *o);
    const char *d = mn_job_option(job, "deadlines");
    if (d && strcmp(d, "events") == 0)
        o->deadlines_as_events = 1;
    else if (d && strcmp(d, "todo") != 0)
        return mn_job_error(job, MN_EX_USAGE, 0, "ics: --deadlines=%s: expected todo or events", d);
    const char *a = mn_job_option(job, "alarm");
    if (a && ics_parse_duration(a, &o->alarm_seconds) != 0)
        return mn_job_error(job, MN_EX_USAGE, 0,
                            "ics: --alarm=%s: expected a duration such as 1d, 2h or 30m (at most a year)", a);
    o->include_meeting = flag_on(mn_job_option(job, "include-meeting"));
    int rc = source_date_epoch(&o->dtstamp);
    o->has_dtstamp = rc == 0;
    if (rc == -2)
        mn_job_warning(job, "source-date-epoch", 0,
                       "ics: SOURCE_DATE_EPOCH=%s is not a count of seconds; ignored",
                       getenv("SOURCE_DATE_EPOCH"));
    return 0;
}

static int ics_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    ics_options o;
    ics_model m;
    int rc = ics_options_read(job, &o);
    if (rc != 0)
        return rc;
    rc = ics_model_read(job, doc, &m);
    if (rc != 0)
        return rc;
    icalcomponent *cal = ics_calendar_build(job, &m, &o);
    ics_model_free(&m);
    if (!cal)
        return mn_job_status(job) ? mn_job_status(job) : MN_EX_SOFTWARE;
    char *text = icalcomponent_as_ical_string_r(cal);
    icalcomponent_free(cal);
    size_t len = 0;
    char *bytes = text ? ics_serialize(text, &len) : NULL;
    icalmemory_free_buffer(text);
    if (!bytes)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "ics: out of memory");
    rc = mn_output_write(out, bytes, len);
    free(bytes);
    return rc;
}

/* libical builds its zone tables on first use (the UTC zone, the list of
 * built-in zones); done here, a batch parent does it once for all children. */
static int ics_prepare(void)
{
    (void)icaltimezone_get_utc_timezone();
    (void)icaltimezone_get_builtin_timezones();
    return 0;
}

static const mn_plugin ics_plugin = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "ics",
    .version = MN_VERSION,
    .description = "iCalendar (RFC 5545): the minutes' events and deadlines",
    .extensions = "ics",
    .media_types = "text/calendar",
    .caps = MN_CAN_WRITE,
    .write = ics_write,
    .options = ics_options_list,
    .prepare = ics_prepare,
    .write_collection = ics_write_collection,
};

MN_PLUGIN_EXPORT(ics_plugin);
