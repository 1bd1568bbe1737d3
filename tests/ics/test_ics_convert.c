/* SPDX-License-Identifier: MIT */
/* test_ics_convert.c — canonical XML fixtures converted to ICS through
 * libminutes and the plugin module, as the CLI does: every calendar linted
 * and parsed back, the seed's calendar checked entry by entry, the options,
 * UID stability under edits, and deterministic bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "ics_testutil.h"
#include "minutes/minutes.h"

#define SEED_FIXTURE ICS_FIXTURES "mag-xii.xml"
#define EDGE_FIXTURE ICS_FIXTURES "edge.xml"

static icalcomponent *parse(const ics_run *r)
{
    ics_assert_clean(r);
    icalcomponent *cal = icalparser_parse_string(r->bytes);
    assert_non_null(cal);
    return cal;
}

static void assert_contains(const char *hay, const char *needle)
{
    if (!hay || !strstr(hay, needle))
        printf("\"%s\"\n  does not contain \"%s\"\n", hay ? hay : "(null)", needle);
    assert_non_null(hay);
    assert_non_null(strstr(hay, needle));
}

/* ---- the seed, entry by entry ------------------------------------------------- */

typedef struct expected {
    const char *anchor;   /* UID suffix */
    icalcomponent_kind kind;
    const char *start;    /* DTSTART or DUE as written */
    const char *end;      /* DTEND as written, "" for none */
    const char *status;   /* "" for none */
    const char *location; /* "" for none */
    const char *summary;
    const char *section;
    const char *sentence; /* a part of the sentence quoted */
} expected;

static const expected seed[] = {
    {"s1-i1", ICAL_VEVENT_COMPONENT, "DTSTART:20251201T140000Z", "DTEND:20251201T150000Z", "", "LOCATION;LANGUAGE=en:Online",
     "Online ceremonial launch of the IGF intersessional work outputs",
     "Section: 1 Updates from the Secretariat",
     "Intersessional work outputs from IGF Policy Networks and the Best Practice Forum are now "
     "available on the IGF website and will be officially presented at an online ceremonial launch "
     "on 1 December at 14:00 UTC.\n"},
    {"s1-i3", ICAL_VEVENT_COMPONENT, "DTSTART;VALUE=DATE:20251126", "DTEND;VALUE=DATE:20251127", "", "",
     "National Parliamentary Track of the Nigeria IGF", "Section: 1 Updates from the Secretariat",
     "with the organization of a national Parliamentary Track on 26 November."},
    /* each place is the event's `location`, as the events pass found it */
    {"s1-i4", ICAL_VEVENT_COMPONENT, "DTSTART;VALUE=DATE:20251215", "DTEND;VALUE=DATE:20251218", "",
     "LOCATION;LANGUAGE=en:New York",
     "WSIS+20 UN General Assembly High-Level Meeting: IGF side events",
     "Section: 1 Updates from the Secretariat", "Meeting from 15 to 17 December 2025:\n"},
    {"s2-i2", ICAL_VEVENT_COMPONENT, "DTSTART:20251119T040000Z", "DTEND:20251119T050000Z", "", "", "IMSB office hours",
     "Section: 2 Updates from the WSIS+20 Informal Multistakeholder Sounding Board (IMSB)",
     "office hours on Wednesday, 19 November at 04:00 UTC and 14:00 UTC."},
    {"s2-i2+2", ICAL_VEVENT_COMPONENT, "DTSTART:20251119T140000Z", "DTEND:20251119T150000Z", "", "", "IMSB office hours",
     "Section: 2 Updates from the WSIS+20", "at 04:00 UTC and 14:00 UTC."},
    {"s2-i4", ICAL_VEVENT_COMPONENT, "DTSTART;VALUE=DATE:20251121", "DTEND;VALUE=DATE:20251122", "",
     "LOCATION;LANGUAGE=en:UN Headquarters", "IMSB informal dialogue with Member States",
     "Section: 2 Updates from the WSIS+20", "on 21 November at UN Headquarters alongside"},
    {"a3", ICAL_VTODO_COMPONENT, "DUE;VALUE=DATE:20251121", "", "STATUS:NEEDS-ACTION", "",
     "Register for the WSIS+20 High-Level event via INDICO", "Owner: MAG members",
     "register for the WSIS+20 high-Level event by 21 November via INDICO (for non-governmental "
     "participants with no UN grounds pass)."},
    {"s3-i2", ICAL_VEVENT_COMPONENT, "DTSTART;VALUE=DATE:20251124", "DTEND;VALUE=DATE:20251201",
     "STATUS:TENTATIVE", "", "WG-WSP meeting on suggested improvements",
     "Approximate date, as written: last week of November", "in the last week of November."},
    {"a4", ICAL_VTODO_COMPONENT, "DUE;VALUE=DATE:20251120", "", "STATUS:NEEDS-ACTION", "",
     "Share input on the draft document and answer the Doodle Poll",
     "Section: 3 MAG updates on streamlining the future MAG's long-term working modalities",
     "take part in the Doodle Poll by 20 November to schedule a dedicated meeting."},
    {"s4-2-i2", ICAL_VEVENT_COMPONENT, "DTSTART:20251227T130000Z", "DTEND:20251227T140000Z", "", "",
     "BPF Cybersecurity final webinar", "Section: IGF Intersessional work",
     "organizing a final webinar on 27 December at 13:00 UTC"},
    {"s4-4-i1", ICAL_VTODO_COMPONENT, "DUE;VALUE=DATE:20251130", "", "STATUS:NEEDS-ACTION", "",
     "NRI survey narrative report", "Approximate date, as written: by the end of month",
     "compiled into a public narrative report by the end of month."},
};

static void check_entry(icalcomponent *cal, const expected *x)
{
    icalcomponent *c = ics_find(cal, x->anchor);
    if (!c)
        printf("no entry anchored at %s\n", x->anchor);
    assert_non_null(c);
    assert_int_equal(icalcomponent_isa(c), x->kind);
    assert_string_equal(ics_prop(c, x->kind == ICAL_VTODO_COMPONENT ? ICAL_DUE_PROPERTY
                                                                     : ICAL_DTSTART_PROPERTY),
                        x->start);
    assert_string_equal(ics_prop(c, ICAL_DTEND_PROPERTY), x->end);
    assert_string_equal(ics_prop(c, ICAL_STATUS_PROPERTY), x->status);
    assert_string_equal(ics_prop(c, ICAL_LOCATION_PROPERTY), x->location);
    assert_string_equal(icalcomponent_get_summary(c), x->summary);
    assert_contains(icalcomponent_get_description(c), x->section);
    assert_contains(icalcomponent_get_description(c), x->sentence);
    assert_contains(icalcomponent_get_description(c),
                    "Minutes: IGF 2025 MAG Meeting XII \xE2\x80\x93 Action items & next steps, 2025-11-18");
    assert_string_equal(ics_prop(c, ICAL_DTSTAMP_PROPERTY), "DTSTAMP:20251118T000000Z");
}

static void test_seed_fixture(void **state)
{
    (void)state;
    unsetenv("SOURCE_DATE_EPOCH");
    ics_run r = ics_convert(SEED_FIXTURE, NULL);
    icalcomponent *cal = parse(&r);
    size_t n = sizeof seed / sizeof seed[0];
    /* past facts (15, 14, 13 and 3 November) are not in the calendar */
    assert_int_equal(ics_count(cal, ICAL_VEVENT_COMPONENT) + ics_count(cal, ICAL_VTODO_COMPONENT), n);
    assert_int_equal(ics_count(cal, ICAL_VTODO_COMPONENT), 3);
    for (size_t i = 0; i < n; i++)
        check_entry(cal, &seed[i]);
    assert_string_equal(ics_prop(cal, ICAL_NAME_PROPERTY), "NAME:IGF 2025 MAG Meeting XII");
    assert_contains(r.bytes, "\r\nX-WR-CALNAME:IGF 2025 MAG Meeting XII\r\n");
    assert_contains(r.bytes, "\r\nCATEGORIES:Deadline\r\nCATEGORIES:Action\r\n");
    assert_null(strstr(r.bytes, "URL")); /* the seed has no URL */
    icalcomponent_free(cal);
    ics_run_free(&r);
}

/* ---- options -------------------------------------------------------------------- */

static void test_deadlines_as_events(void **state)
{
    (void)state;
    const char *opts[] = {"deadlines", "events", NULL};
    ics_run r = ics_convert(SEED_FIXTURE, opts);
    icalcomponent *cal = parse(&r);
    assert_int_equal(ics_count(cal, ICAL_VTODO_COMPONENT), 0);
    assert_int_equal(ics_count(cal, ICAL_VEVENT_COMPONENT), 11);
    icalcomponent *c = ics_find(cal, "a3");
    assert_string_equal(icalcomponent_get_summary(c),
                        "Deadline: Register for the WSIS+20 High-Level event via INDICO");
    assert_string_equal(ics_prop(c, ICAL_DTSTART_PROPERTY), "DTSTART;VALUE=DATE:20251121");
    assert_string_equal(ics_prop(c, ICAL_DTEND_PROPERTY), "DTEND;VALUE=DATE:20251122");
    assert_string_equal(ics_prop(c, ICAL_TRANSP_PROPERTY), "TRANSP:TRANSPARENT");
    c = ics_find(cal, "s4-4-i1");
    assert_string_equal(ics_prop(c, ICAL_STATUS_PROPERTY), "STATUS:TENTATIVE");
    assert_string_equal(ics_prop(c, ICAL_DTSTART_PROPERTY), "DTSTART;VALUE=DATE:20251130");
    /* ordinary events are not marked free */
    assert_string_equal(ics_prop(ics_find(cal, "s1-i1"), ICAL_TRANSP_PROPERTY), "");
    icalcomponent_free(cal);
    ics_run_free(&r);
}

static void test_alarm(void **state)
{
    (void)state;
    const char *opts[] = {"alarm", "1d", "include-meeting", "1", NULL};
    ics_run r = ics_convert(SEED_FIXTURE, opts);
    icalcomponent *cal = parse(&r);
    int entries = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
        icalcomponent *a = icalcomponent_get_first_component(c, ICAL_VALARM_COMPONENT);
        assert_non_null(a);
        assert_string_equal(ics_prop(a, ICAL_ACTION_PROPERTY), "ACTION:DISPLAY");
        assert_string_equal(ics_prop(a, ICAL_TRIGGER_PROPERTY),
                            icalcomponent_isa(c) == ICAL_VTODO_COMPONENT ? "TRIGGER;RELATED=END:-P1D"
                                                                         : "TRIGGER:-P1D");
        entries++;
    }
    assert_int_equal(entries, 12);
    icalcomponent_free(cal);
    ics_run_free(&r);

    const char *two_hours[] = {"alarm", "2h", NULL};
    r = ics_convert(SEED_FIXTURE, two_hours);
    assert_contains(r.bytes, "\r\nTRIGGER:-PT2H\r\n");
    ics_run_free(&r);
}

static void test_include_meeting(void **state)
{
    (void)state;
    const char *opts[] = {"include-meeting", "1", NULL};
    ics_run r = ics_convert(SEED_FIXTURE, opts);
    icalcomponent *cal = parse(&r);
    assert_int_equal(ics_count(cal, ICAL_VEVENT_COMPONENT), 9);
    icalcomponent *m = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
    assert_true(strchr(icalcomponent_get_uid(m), '-') == NULL); /* no anchor: the meeting */
    assert_string_equal(ics_prop(m, ICAL_DTSTART_PROPERTY), "DTSTART:20251118T110000Z");
    assert_string_equal(ics_prop(m, ICAL_DTEND_PROPERTY), "");
    assert_string_equal(ics_prop(m, ICAL_LOCATION_PROPERTY), "LOCATION;LANGUAGE=en:Online");
    assert_string_equal(ics_prop(m, ICAL_CATEGORIES_PROPERTY), "CATEGORIES:Meeting");
    assert_string_equal(icalcomponent_get_summary(m), "IGF 2025 MAG Meeting XII");
    assert_contains(icalcomponent_get_description(m), "Action items & next steps\n\nAgenda:\n1. Welcoming");
    assert_contains(icalcomponent_get_description(m), "\n6. Any Other Business\n");
    icalcomponent_free(cal);
    ics_run_free(&r);
}

static void test_bad_options(void **state)
{
    (void)state;
    const char *alarm[] = {"alarm", "soon", NULL};
    ics_run r = ics_convert(SEED_FIXTURE, alarm);
    assert_int_equal(r.status, MN_EX_USAGE);
    assert_contains(r.diags, "--alarm=soon");
    assert_null(r.bytes);
    const char *deadlines[] = {"deadlines", "google", NULL};
    r = ics_convert(SEED_FIXTURE, deadlines);
    assert_int_equal(r.status, MN_EX_USAGE);
    assert_contains(r.diags, "--deadlines=google");
}

/* ---- escaping, folding, zones ---------------------------------------------------------- */

static void test_edge_fixture(void **state)
{
    (void)state;
    const char *opts[] = {"include-meeting", "1", "alarm", "30m", NULL};
    ics_run r = ics_convert(EDGE_FIXTURE, opts);
    icalcomponent *cal = parse(&r);
    const char *title = "Board; Budget, Q4 \\ review \xE2\x80\x94 Comit\xC3\xA9 \xC2\xAB\xC3\x89t\xC3\xA9\xC2\xBB 2025";
    /* TEXT round-trips through escaping and folding */
    icalproperty *name = icalcomponent_get_first_property(cal, ICAL_NAME_PROPERTY);
    assert_string_equal(icalproperty_get_name(name), title);
    icalproperty *x = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY);
    assert_string_equal(icalproperty_get_x_name(x), "X-WR-CALNAME");
    assert_string_equal(icalproperty_get_x(x), title);
    assert_contains(r.bytes, "\r\nX-WR-CALNAME:Board\\; Budget\\, Q4 \\\\ review");
    assert_string_equal(icalcomponent_get_summary(ics_find(cal, "s1-i1")),
                        "Auditors' meeting; bring receipts, forms \\ copies");
    assert_string_equal(icalcomponent_get_location(ics_find(cal, "s1-i1")), "Gen\xC3\xA8ve");

    /* the meeting in a named zone, with its VTIMEZONE */
    icalcomponent *tz = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
    assert_non_null(tz);
    assert_string_equal(ics_prop(tz, ICAL_TZID_PROPERTY), "TZID:Europe/Paris");
    char meeting_uid[64];
    snprintf(meeting_uid, sizeof meeting_uid, "%.16s@minutes", icalcomponent_get_uid(ics_find(cal, "s1-i1")));
    icalcomponent *m = ics_find(cal, meeting_uid);
    assert_non_null(m);
    assert_string_equal(ics_prop(m, ICAL_DTSTART_PROPERTY), "DTSTART;TZID=Europe/Paris:20251118T093000");
    assert_string_equal(ics_prop(m, ICAL_DTEND_PROPERTY), "DTEND;TZID=Europe/Paris:20251118T110000");
    assert_string_equal(icalcomponent_get_location(m), "Salle 1, Palais des Nations; Gen\xC3\xA8ve");
    assert_string_equal(ics_prop(m, ICAL_URL_PROPERTY), "URL:https://example.org/minutes/2025-11-18?a=1;b=2,c");
    /* libical resolves the zone: 09:30 in Paris in November is 08:30 UTC */
    struct icaltimetype start = icalcomponent_get_dtstart(m);
    struct icaltimetype utc = icaltime_convert_to_zone(start, icaltimezone_get_utc_timezone());
    assert_int_equal(utc.hour * 100 + utc.minute, 830);

    /* a timed deadline, a range deadline, a timed range, an all-day day */
    assert_string_equal(ics_prop(ics_find(cal, "a1"), ICAL_DUE_PROPERTY), "DUE:20251205T170000Z");
    assert_string_equal(ics_prop(ics_find(cal, "a2"), ICAL_DUE_PROPERTY), "DUE;VALUE=DATE:20251205");
    /* the fixture says xml:lang="fr": the description's labels are French */
    assert_contains(icalcomponent_get_description(ics_find(cal, "a2")),
                    "Date approximative, telle qu'\xC3\xA9" "crite\xC2\xA0: early in December");
    /* an action reported done is a completed to-do; an open one needs action */
    assert_string_equal(ics_prop(ics_find(cal, "a2"), ICAL_STATUS_PROPERTY), "STATUS:COMPLETED");
    assert_string_equal(ics_prop(ics_find(cal, "a1"), ICAL_STATUS_PROPERTY), "STATUS:NEEDS-ACTION");
    assert_string_equal(ics_prop(ics_find(cal, "s1-i3"), ICAL_DTEND_PROPERTY), "DTEND:20251210T120000Z");
    assert_string_equal(ics_prop(ics_find(cal, "c1"), ICAL_DTEND_PROPERTY), "DTEND;VALUE=DATE:20251216");
    assert_string_equal(ics_prop(ics_find(cal, "s1-i4"), ICAL_DTSTART_PROPERTY), "DTSTART;VALUE=DATE:20251220");
    assert_contains(icalcomponent_get_description(ics_find(cal, "ag2")), "Section\xC2\xA0: Agenda");
    icalcomponent_free(cal);
    ics_run_free(&r);

    const char *as_events[] = {"deadlines", "events", NULL};
    r = ics_convert(EDGE_FIXTURE, as_events);
    cal = parse(&r);
    /* a timed deadline stays at its time */
    assert_string_equal(ics_prop(ics_find(cal, "a1"), ICAL_DTSTART_PROPERTY), "DTSTART:20251205T170000Z");
    assert_string_equal(ics_prop(ics_find(cal, "a2"), ICAL_DTSTART_PROPERTY), "DTSTART;VALUE=DATE:20251205");
    icalcomponent_free(cal);
    ics_run_free(&r);
}

/* ---- determinism ------------------------------------------------------------------------ */

/* The LANGUAGE parameter (RFC 5545 3.2.10) of every text property of the
 * minutes' own words in CAL: WANT, or NULL for none. */
static void assert_text_language(icalcomponent *cal, const char *want)
{
    static const icalproperty_kind kinds[] = {ICAL_SUMMARY_PROPERTY, ICAL_DESCRIPTION_PROPERTY,
                                              ICAL_LOCATION_PROPERTY};
    static const icalcomponent_kind entries[] = {ICAL_VEVENT_COMPONENT, ICAL_VTODO_COMPONENT};
    int seen = 0;
    for (size_t e = 0; e < 2; e++) {
        icalcomponent_kind ck = entries[e];
        for (icalcomponent *c = icalcomponent_get_first_component(cal, ck); c;
             c = icalcomponent_get_next_component(cal, ck)) {
            for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
                icalproperty *p = icalcomponent_get_first_property(c, kinds[k]);
                if (!p)
                    continue;
                icalparameter *lang = icalproperty_get_first_parameter(p, ICAL_LANGUAGE_PARAMETER);
                if (want) {
                    assert_non_null(lang);
                    assert_string_equal(icalparameter_get_language(lang), want);
                } else {
                    assert_null(lang);
                }
                seen++;
            }
        }
    }
    assert_true(seen >= 3);
}

/* A French document's entries say their text is French, parsed back by
 * libical; the same document without xml:lang says nothing. */
static void test_language_parameter(void **state)
{
    (void)state;
    const char *opts[] = {"include-meeting", "1", NULL};
    ics_run r = ics_convert(EDGE_FIXTURE, opts);
    icalcomponent *cal = parse(&r);
    assert_text_language(cal, "fr");
    icalcomponent_free(cal);
    ics_run_free(&r);

    FILE *f = fopen(EDGE_FIXTURE, "rb");
    assert_non_null(f);
    static char xml[1 << 16];
    size_t n = fread(xml, 1, sizeof xml - 1, f);
    fclose(f);
    xml[n] = '\0';
    char *attr = strstr(xml, " xml:lang=\"fr\"");
    assert_non_null(attr);
    memmove(attr, attr + 14, strlen(attr + 14) + 1);
    assert_null(strstr(xml, "xml:lang"));
    const char *path = ics_scratch_file("no-lang.xml", xml, strlen(xml));
    r = ics_convert(path, opts);
    cal = parse(&r);
    assert_text_language(cal, NULL);
    icalcomponent_free(cal);
    ics_run_free(&r);

    r = ics_convert(SEED_FIXTURE, opts);
    cal = parse(&r);
    assert_text_language(cal, "en");
    icalcomponent_free(cal);
    ics_run_free(&r);
}

static void test_deterministic(void **state)
{
    (void)state;
    const char *opts[] = {"include-meeting", "1", "alarm", "1d", NULL};
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    ics_run a = ics_convert(EDGE_FIXTURE, opts), b = ics_convert(EDGE_FIXTURE, opts);
    ics_assert_clean(&a);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.bytes, b.bytes, a.len);
    assert_contains(a.bytes, "\r\nDTSTAMP:20231114T221320Z\r\n");
    ics_run_free(&a);
    ics_run_free(&b);

    unsetenv("SOURCE_DATE_EPOCH");
    a = ics_convert(SEED_FIXTURE, opts);
    b = ics_convert(SEED_FIXTURE, opts);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.bytes, b.bytes, a.len);
    assert_contains(a.bytes, "\r\nDTSTAMP:20251118T000000Z\r\n");
    ics_run_free(&a);
    ics_run_free(&b);
}

/* ---- UIDs under edits ---------------------------------------------------------------------- */

static xmlNodePtr by_xpath(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlXPathRegisterNs(ctx, BAD_CAST "m", BAD_CAST "urn:minutes:1");
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    assert_non_null(o);
    assert_true(o->nodesetval && o->nodesetval->nodeNr == 1);
    xmlNodePtr n = o->nodesetval->nodeTab[0];
    xmlXPathFreeObject(o);
    xmlXPathFreeContext(ctx);
    return n;
}

static int sort_strcmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef void (*edit_fn)(xmlDocPtr doc);

/* The fixture after EDIT, converted; returns the sorted UIDs, one a line. */
static char *uids_after(edit_fn edit, const char *name)
{
    /* from memory: the core's entity loader refuses files, the main one too */
    FILE *f = fopen(SEED_FIXTURE, "rb");
    assert_non_null(f);
    static char xml[1 << 16];
    size_t len = fread(xml, 1, sizeof xml, f);
    fclose(f);
    xmlDocPtr doc = xmlReadMemory(xml, (int)len, "mag-xii.xml", NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    if (edit)
        edit(doc);
    xmlChar *mem;
    int size;
    xmlDocDumpMemory(doc, &mem, &size);
    const char *path = ics_scratch_file(name, (const char *)mem, (size_t)size);
    xmlFree(mem);
    xmlFreeDoc(doc);
    ics_run r = ics_convert(path, NULL);
    icalcomponent *cal = parse(&r);
    char *uids[64];
    size_t n = 0, total = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c && n < 64;
         c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
        uids[n] = strdup(icalcomponent_get_uid(c));
        total += strlen(uids[n++]) + 1;
    }
    qsort(uids, n, sizeof *uids, sort_strcmp);
    char *out = calloc(1, total + 1);
    for (size_t i = 0; i < n; i++) {
        strcat(out, uids[i]);
        strcat(out, "\n");
        free(uids[i]);
    }
    icalcomponent_free(cal);
    ics_run_free(&r);
    return out;
}

static void edit_sentence(xmlDocPtr doc)
{
    /* reword the sentence that names the launch, and another one */
    xmlNodePtr item = by_xpath(doc, "//m:item[@id='s1-i1']");
    xmlNodePtr text = item->children;
    assert_true(text->type == XML_TEXT_NODE);
    xmlNodeSetContent(text, BAD_CAST "The outputs will be presented at an online launch on ");
    xmlNodeSetContent(by_xpath(doc, "//m:item[@id='s1-i5']"), BAD_CAST "Something else entirely.");
}

static void edit_date(xmlDocPtr doc)
{
    /* a corrected date: 21 November becomes 22 November */
    xmlSetProp(by_xpath(doc, "//m:event[@id='e6']"), BAD_CAST "start", BAD_CAST "2025-11-22");
    xmlSetProp(by_xpath(doc, "//m:date[@event='e6']"), BAD_CAST "value", BAD_CAST "2025-11-22");
}

static void edit_source(xmlDocPtr doc)
{
    /* another file of the same minutes */
    xmlNodePtr src = by_xpath(doc, "//m:source");
    xmlSetProp(src, BAD_CAST "name", BAD_CAST "mag-xii-final.docx");
    xmlSetProp(src, BAD_CAST "format", BAD_CAST "docx");
}

static void edit_title(xmlDocPtr doc)
{
    xmlNodeSetContent(by_xpath(doc, "//m:meta/m:title"), BAD_CAST "IGF 2025 MAG Meeting XIII");
}

static void test_uid_stability(void **state)
{
    (void)state;
    char *base = uids_after(NULL, "base.xml");
    char *sentence = uids_after(edit_sentence, "sentence.xml");
    char *date = uids_after(edit_date, "date.xml");
    char *source = uids_after(edit_source, "source.xml");
    char *title = uids_after(edit_title, "title.xml");
    assert_string_equal(sentence, base);
    assert_string_equal(date, base);
    assert_string_equal(source, base);
    /* another meeting: no UID is shared */
    for (char *line = strtok(base, "\n"); line; line = strtok(NULL, "\n"))
        assert_null(strstr(title, line));
    free(base);
    free(sentence);
    free(date);
    free(source);
    free(title);
}

/* ---- a document with nothing to put in a calendar ------------------------------------------- */

static void test_no_events(void **state)
{
    (void)state;
    static const char xml[] = "<minutes xmlns='urn:minutes:1' version='1'><meta><title>Quiet</title>"
                              "<date>2025-11-18</date></meta><body><p id='p1'>Nothing planned.</p>"
                              "</body></minutes>";
    const char *path = ics_scratch_file("quiet.xml", xml, sizeof xml - 1);
    ics_run r = ics_convert(path, NULL);
    icalcomponent *cal = parse(&r);
    assert_int_equal(ics_count(cal, ICAL_ANY_COMPONENT), 0);
    assert_contains(r.diags, "the calendar is empty");
    icalcomponent_free(cal);
    ics_run_free(&r);
}

/* "every other Thursday at 15:00" in a Paris meeting: one entry with its
 * RRULE, on Paris wall-clock time (15:00 stays 15:00 after the change to
 * summer time), the zone's VTIMEZONE before the entries. */
static void test_recurring_in_meeting_zone(void **state)
{
    (void)state;
    static const char xml[] =
        "<minutes xmlns='urn:minutes:1' version='1'><meta><title>Reading group</title>"
        "<date>2026-03-04</date><time start='18:00' zone='Europe/Paris'/></meta><body>"
        "<p id='p1'>We meet every other Thursday from <date value='2026-03-12T14:00:00Z' "
        "event='r1'>12 March at 15:00</date>.</p><p id='p2'>Weekly all day: <date "
        "value='2026-03-13' event='r2'>13 March</date>.</p></body><events>"
        "<event id='r1' kind='event' start='2026-03-12T14:00:00Z' ref='p1' "
        "recurrence='FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'><summary>Reading group</summary></event>"
        "<event id='r2' kind='event' start='2026-03-13' all-day='true' ref='p2' "
        "recurrence='FREQ=WEEKLY;BYDAY=FR'><summary>Open day</summary></event>"
        "</events></minutes>";
    const char *path = ics_scratch_file("recurring.xml", xml, sizeof xml - 1);
    ics_run r = ics_convert(path, NULL);
    ics_assert_clean(&r);
    icalcomponent *cal = parse(&r);
    icalcomponent *e = ics_find(cal, "p1");
    assert_non_null(e);
    assert_string_equal(ics_prop(e, ICAL_RRULE_PROPERTY), "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    assert_string_equal(ics_prop(e, ICAL_DTSTART_PROPERTY), "DTSTART;TZID=Europe/Paris:20260312T150000");
    assert_string_equal(ics_prop(e, ICAL_DTEND_PROPERTY), "DTEND;TZID=Europe/Paris:20260312T160000");
    assert_int_equal(ics_count(cal, ICAL_VTIMEZONE_COMPONENT), 1);
    icalcomponent *d = ics_find(cal, "p2");
    assert_string_equal(ics_prop(d, ICAL_RRULE_PROPERTY), "RRULE:FREQ=WEEKLY;BYDAY=FR");
    assert_string_equal(ics_prop(d, ICAL_DTSTART_PROPERTY), "DTSTART;VALUE=DATE:20260313");
    /* the first occurrence after the change to summer time (29 March) is 15:00 in Paris */
    icalcomponent *vtz = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
    icaltimezone *tz = icaltimezone_new();
    icaltimezone_set_component(tz, icalcomponent_new_clone(vtz));
    struct icaltimetype t = icaltime_from_string("20260409T150000");
    t = icaltime_convert_to_zone(icaltime_set_timezone(&t, tz), icaltimezone_get_utc_timezone());
    assert_int_equal(t.hour, 13);
    icaltimezone_free(tz, 1);
    icalcomponent_free(cal);
    ics_run_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_recurring_in_meeting_zone),
        cmocka_unit_test(test_seed_fixture),
        cmocka_unit_test(test_deadlines_as_events),
        cmocka_unit_test(test_alarm),
        cmocka_unit_test(test_include_meeting),
        cmocka_unit_test(test_bad_options),
        cmocka_unit_test(test_edge_fixture),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_language_parameter),
        cmocka_unit_test(test_uid_stability),
        cmocka_unit_test(test_no_events),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
