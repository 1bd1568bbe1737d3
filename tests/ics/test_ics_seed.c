/* SPDX-License-Identifier: MIT */
/* test_ics_seed.c — the seed (samples/igf-mag-xii.txt) converted to ICS
 * through the whole pipeline, its calendar checked entry by entry, and its
 * UIDs kept when a sentence is edited.  The temporal and events passes put
 * the events there: a seed without any fails here, first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ics_testutil.h"
#include "minutes/doc.h"
#include "minutes/minutes.h"

#define SEED MN_TEST_SOURCE_DIR "/samples/igf-mag-xii.txt"

typedef struct expected {
    icalcomponent_kind kind;
    const char *start; /* DTSTART or DUE as written */
    const char *end;   /* DTEND as written, "" for none */
    int tentative;     /* STATUS:TENTATIVE, or "Approximate date" for a VTODO */
    const char *location;
    const char *sentence; /* a part of the DESCRIPTION */
} expected;

static const expected seed[] = {
    {ICAL_VEVENT_COMPONENT, "DTSTART:20251201T140000Z", "DTEND:20251201T150000Z", 0, "Online",
     "officially presented at an online ceremonial launch on 1 December at 14:00 UTC."},
    {ICAL_VEVENT_COMPONENT, "DTSTART;VALUE=DATE:20251126", "DTEND;VALUE=DATE:20251127", 0, NULL,
     "national Parliamentary Track on 26 November."},
    /* New York when the events pass links the action's "in December in New York" to it */
    {ICAL_VEVENT_COMPONENT, "DTSTART;VALUE=DATE:20251215", "DTEND;VALUE=DATE:20251218", 0, NULL,
     "High-Level Meeting from 15 to 17 December 2025"},
    {ICAL_VEVENT_COMPONENT, "DTSTART:20251119T040000Z", "DTEND:20251119T050000Z", 0, NULL,
     "office hours on Wednesday, 19 November at 04:00 UTC and 14:00 UTC."},
    {ICAL_VEVENT_COMPONENT, "DTSTART:20251119T140000Z", "DTEND:20251119T150000Z", 0, NULL,
     "office hours on Wednesday, 19 November at 04:00 UTC and 14:00 UTC."},
    {ICAL_VEVENT_COMPONENT, "DTSTART;VALUE=DATE:20251121", "DTEND;VALUE=DATE:20251122", 0,
     "UN Headquarters", "informal dialogue with Member States on 21 November at UN Headquarters"},
    {ICAL_VTODO_COMPONENT, "DUE;VALUE=DATE:20251121", "", 0, NULL,
     "register for the WSIS+20 high-Level event by 21 November via INDICO"},
    {ICAL_VEVENT_COMPONENT, "DTSTART;VALUE=DATE:20251124", "DTEND;VALUE=DATE:20251201", 1, NULL,
     "to discuss suggested improvements in the last week of November."},
    {ICAL_VTODO_COMPONENT, "DUE;VALUE=DATE:20251120", "", 0, NULL,
     "take part in the Doodle Poll by 20 November to schedule a dedicated meeting."},
    {ICAL_VEVENT_COMPONENT, "DTSTART:20251227T130000Z", "DTEND:20251227T140000Z", 0, NULL,
     "final webinar on 27 December at 13:00 UTC to discuss the BPF's findings."},
    {ICAL_VTODO_COMPONENT, "DUE;VALUE=DATE:20251130", "", 1, NULL,
     "compiled into a public narrative report by the end of month."},
};

/* The entry of CAL that matches X, or NULL. */
static icalcomponent *find_expected(icalcomponent *cal, const expected *x)
{
    icalproperty_kind when = x->kind == ICAL_VTODO_COMPONENT ? ICAL_DUE_PROPERTY : ICAL_DTSTART_PROPERTY;
    for (icalcomponent *c = icalcomponent_get_first_component(cal, x->kind); c;
         c = icalcomponent_get_next_component(cal, x->kind)) {
        const char *d = icalcomponent_get_description(c);
        if (strcmp(ics_prop(c, when), x->start) == 0 && d && strstr(d, x->sentence))
            return c;
    }
    return NULL;
}

static void print_calendar(icalcomponent *cal)
{
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
        icalproperty_kind k = icalcomponent_isa(c) == ICAL_VTODO_COMPONENT ? ICAL_DUE_PROPERTY
                                                                          : ICAL_DTSTART_PROPERTY;
        printf("  %s %s | %s\n", icalcomponent_kind_to_string(icalcomponent_isa(c)), ics_prop(c, k),
               icalcomponent_get_summary(c));
    }
}

static void test_seed_calendar(void **state)
{
    (void)state;
    unsetenv("SOURCE_DATE_EPOCH");
    ics_run r = ics_convert(SEED, NULL);
    ics_assert_clean(&r);
    icalcomponent *cal = icalparser_parse_string(r.bytes);
    size_t n = sizeof seed / sizeof seed[0];
    int entries = ics_count(cal, ICAL_VEVENT_COMPONENT) + ics_count(cal, ICAL_VTODO_COMPONENT);
    int missing = 0;
    for (size_t i = 0; i < n; i++) {
        icalcomponent *c = find_expected(cal, &seed[i]);
        if (!c) {
            printf("missing: %s \"%s\"\n", seed[i].start, seed[i].sentence);
            missing++;
            continue;
        }
        assert_string_equal(ics_prop(c, ICAL_DTEND_PROPERTY), seed[i].end);
        const char *loc = icalcomponent_get_location(c);
        if (seed[i].location)
            assert_string_equal(loc ? loc : "", seed[i].location);
        const char *summary = icalcomponent_get_summary(c);
        assert_true(summary && *summary && strlen(summary) <= 4 * 80);
        if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT)
            assert_int_equal(strcmp(ics_prop(c, ICAL_STATUS_PROPERTY), "STATUS:TENTATIVE") == 0,
                             seed[i].tentative);
        else
            assert_int_equal(strstr(icalcomponent_get_description(c), "Approximate date") != NULL,
                             seed[i].tentative);
        assert_non_null(strstr(icalcomponent_get_description(c), "Section: "));
        assert_string_equal(ics_prop(c, ICAL_DTSTAMP_PROPERTY), "DTSTAMP:20251118T000000Z");
    }
    if (missing || entries != (int)n) {
        printf("the seed's calendar (%d entries, %zu expected):\n", entries, n);
        print_calendar(cal);
    }
    assert_int_equal(missing, 0);
    assert_int_equal(entries, (int)n); /* past facts (15, 14, 13, 3 November) are not entries */
    icalcomponent_free(cal);
    ics_run_free(&r);
}

/* Sorted UIDs of the calendar converted from TEXT, one a line. */
static char *uids_of(const char *text, const char *name)
{
    const char *path = ics_scratch_file(name, text, strlen(text));
    ics_run r = ics_convert(path, NULL);
    ics_assert_clean(&r);
    icalcomponent *cal = icalparser_parse_string(r.bytes);
    char *lines[64];
    size_t n = 0, total = 1;
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c && n < 64;
         c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
        lines[n] = strdup(icalcomponent_get_uid(c));
        total += strlen(lines[n++]) + 1;
    }
    for (size_t i = 1; i < n; i++) /* insertion sort: a handful of lines */
        for (size_t k = i; k > 0 && strcmp(lines[k - 1], lines[k]) > 0; k--) {
            char *t = lines[k];
            lines[k] = lines[k - 1];
            lines[k - 1] = t;
        }
    char *out = calloc(1, total);
    for (size_t i = 0; i < n; i++) {
        strcat(out, lines[i]);
        strcat(out, "\n");
        free(lines[i]);
    }
    icalcomponent_free(cal);
    ics_run_free(&r);
    return out;
}

static char *read_seed(void)
{
    FILE *f = fopen(SEED, "rb");
    assert_non_null(f);
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return strdup(buf);
}

static char *replace(const char *s, const char *from, const char *to)
{
    const char *p = strstr(s, from);
    assert_non_null(p);
    char *out = malloc(strlen(s) - strlen(from) + strlen(to) + 1);
    sprintf(out, "%.*s%s%s", (int)(p - s), s, to, p + strlen(from));
    return out;
}

static void test_seed_edit_keeps_uids(void **state)
{
    (void)state;
    char *text = read_seed();
    /* one sentence reworded: the one that names the ceremonial launch */
    char *edited = replace(text, "are now available on the IGF website and will be officially presented",
                           "are available online and will be presented");
    char *before = uids_of(text, "igf-mag-xii.txt");
    char *after = uids_of(edited, "igf-mag-xii-edited.txt");
    if (strcmp(before, after) != 0)
        printf("before:\n%safter:\n%s", before, after);
    assert_string_equal(before, after);
    assert_true(strlen(before) > 0);
    free(text);
    free(edited);
    free(before);
    free(after);
}

/* The pipeline finds events in the seed: without them the calendar below
 * would be checked against nothing. */
static void test_seed_has_events(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_PLUGIN_DIR);
    mn_job *job = mn_job_new(ctx, SEED);
    assert_int_equal(mn_job_read(job), 0);
    const mn_node *events = mn_node_child(mn_doc_root(mn_job_doc(job)), MN_KIND_EVENTS);
    assert_non_null(mn_node_child(events, MN_KIND_EVENT));
    mn_job_free(job);
    mn_context_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_has_events),
        cmocka_unit_test(test_seed_calendar),
        cmocka_unit_test(test_seed_edit_keeps_uids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
