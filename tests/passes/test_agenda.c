/* SPDX-License-Identifier: MIT */
/* The agenda pass: where agendas are written, and agenda against
 * discussion (issue 19). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

#define A "/m:minutes/m:agenda/"
#define B "/m:minutes/m:body/"

static xmlDocPtr run(const char *body)
{
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc("", body);
    assert_int_equal(mn_pass_agenda(doc, job), 0);
    assert_int_equal(mn_job_diag_count(job), 0);
    mn_job_free(job);
    return doc;
}

/* Items with notes under them: the section stays as written and the
 * agenda gets its items' own lines. */
static void test_notes_under_items(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Agenda</heading><list>"
                        "<item>Budget 2027 <link href=\"https://x.test/7\">#7</link><list>"
                        "<item>Ines: the draft is on the wiki since Monday.</item>"
                        "<item>Tom asked for a second reading.</item></list></item>"
                        "<item>Hiring<list><item>No news this week, still waiting.</item></list>"
                        "</item></list></section>");
    pt_expect(doc, "count(" A "m:item)", "2");
    pt_expect(doc, "string(" A "m:item[1])", "Budget 2027 #7");
    pt_expect(doc, "count(" A "m:item[1]/m:link)", "1");
    pt_expect(doc, "count(" A "m:item/m:list)", "0");
    pt_expect(doc, "string(" A "m:item[2])", "Hiring");
    pt_expect(doc, "count(" B "m:section)", "1");
    pt_expect(doc, "count(" B "m:section/m:list/m:item)", "2");
    pt_expect(doc, "count(" B "m:section//m:list/m:item/m:list/m:item)", "3");
    xmlFreeDoc(doc);
}

/* Minutes written topic by topic under "Agenda": the topics are the items;
 * a repository's name or a plain group over a list is no topic. */
static void test_topics_as_subsections(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Agenda</heading>"
                        "<section><heading>Announcements</heading>"
                        "<list><item>The release went out on Tuesday without trouble.</item></list>"
                        "</section>"
                        "<section><heading>acme/widgets</heading><list>"
                        "<item>Drop the legacy parser<list><item>Bo: nobody uses it.</item></list>"
                        "</item><item>Faster start-up</item></list></section>"
                        "<section n=\"3\"><heading>Review of the roadmap</heading>"
                        "<p>Ana walked through the roadmap and asked for comments by Friday.</p>"
                        "</section>"
                        "<section><heading>Later topics</heading>"
                        "<list><item>Office move</item><item>Summer party</item></list></section>"
                        "</section>");
    pt_expect(doc, "count(" A "m:item)", "6");
    pt_expect(doc, "string(" A "m:item[1])", "Announcements");
    pt_expect(doc, "string(" A "m:item[2])", "Drop the legacy parser");
    pt_expect(doc, "string(" A "m:item[3])", "Faster start-up");
    pt_expect(doc, "string(" A "m:item[4])", "Review of the roadmap");
    pt_expect(doc, "string(" A "m:item[4]/@n)", "3");
    pt_expect(doc, "string(" A "m:item[5])", "Office move");
    pt_expect(doc, "string(" A "m:item[6])", "Summer party");
    /* nothing left the body */
    pt_expect(doc, "count(" B "m:section/m:section)", "4");
    pt_expect(doc, "count(//m:body//m:item)", "6");
    xmlFreeDoc(doc);
}

/* "Agenda:" over a list, as a line or a bold paragraph; "Agenda items"
 * over the topics inside a list of notes. */
static void test_titled_lines_and_items(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Chair: Ana</p><p>Agenda:</p>"
                        "<list><item n=\"1.\">Opening</item><item n=\"2.\">Budget</item></list>"
                        "<p>1. Opening</p><p>The chair opened the call.</p>");
    pt_expect(doc, "count(" A "m:item)", "2");
    pt_expect(doc, "string(" A "m:item[2]/@n)", "2");
    pt_expect(doc, "count(" B "m:list)", "0");
    pt_expect(doc, "count(" B "m:p)", "3");
    pt_expect(doc, "string(" B "m:p[1])", "Chair: Ana");
    xmlFreeDoc(doc);

    doc = run("<p><strong>Agenda</strong></p><list><item>Roadmap</item></list>");
    pt_expect(doc, "string(" A "m:item)", "Roadmap");
    pt_expect(doc, "count(" B "*)", "0");
    xmlFreeDoc(doc);

    doc = run("<list><item>Check-in</item><item>Agenda items<list>"
              "<item>Travel policy (<em>Esme</em>)<list>"
              "<item>Esme: the cap is now per person and year.</item></list></item>"
              "<item>Meeting cadence<list><item>We agreed to meet every other week.</item>"
              "</list></item></list></item></list>");
    pt_expect(doc, "count(" A "m:item)", "2");
    pt_expect(doc, "string(" A "m:item[1])", "Travel policy (Esme)");
    pt_expect(doc, "string(" A "m:item[2])", "Meeting cadence");
    pt_expect(doc, "count(" B "m:list/m:item)", "2");
    xmlFreeDoc(doc);

    doc = run("<list><item>Check-in</item><item>Agenda:<list>"
              "<item>Travel policy</item><item>Meeting cadence</item></list></item></list>");
    pt_expect(doc, "count(" A "m:item)", "2");
    pt_expect(doc, "count(" B "m:list/m:item)", "1");
    pt_expect(doc, "string(" B "m:list/m:item)", "Check-in");
    xmlFreeDoc(doc);
}

/* Headings that name an agenda: pictographs, a date after the title, an
 * annex whose first line is the title. */
static void test_titles(void **state)
{
    (void)state;
    const char *const bodies[] = {
        "<section><heading>\xF0\x9F\x93\x8B Agenda</heading>",
        "<section><heading>\xE2\x9C\x85\xEF\xB8\x8F Agenda:</heading>",
        "<section><heading>Provisional agenda</heading>",
        "<section><heading>Annex II</heading><p>Agenda</p>",
        /* a date after the title: the heading says more, its section stays */
        "<section><heading>Agenda 2026-03-04</heading>",
        "<section><heading>Agenda \xE2\x80\x93 4.3.2026</heading>",
    };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        char body[512];
        snprintf(body, sizeof body, "%s<list><item>Opening</item><item>Budget</item></list>"
                                    "</section>", bodies[i]);
        xmlDocPtr doc = run(body);
        pt_expect(doc, "count(" A "m:item)", "2");
        pt_expect(doc, "count(" B "*)", i < 4 ? "0" : "1");
        xmlFreeDoc(doc);
    }
    const char *const not_agenda[] = {
        "<section><heading>Agenda review</heading>",
        "<section><heading>Adoption of the agenda</heading>",
        "<section><heading>Agenda for change</heading>",
        "<section><heading>Annex II</heading><p>Participants</p>",
    };
    for (size_t i = 0; i < sizeof not_agenda / sizeof not_agenda[0]; i++) {
        char body[512];
        snprintf(body, sizeof body, "%s<list><item>Opening</item><item>Budget</item></list>"
                                    "</section>", not_agenda[i]);
        xmlDocPtr doc = run(body);
        pt_expect(doc, "count(" A "m:item)", "0");
        pt_expect(doc, "count(" B "m:section)", "1");
        xmlFreeDoc(doc);
    }
}

/* An agenda section holding the minutes themselves (their item headings
 * not recognised): the list is the agenda, the prose stays; a sentence
 * about the agenda is no item and keeps its section. */
static void test_prose_stays(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Agenda</heading><list>"
                        "<item n=\"1.\">Call to order</item><item n=\"2.\">Warrants</item></list>"
                        "<p>The president called the meeting to order at 6:02 p.m.</p>"
                        "<p>On motion by Director Cho the warrants were approved.</p></section>");
    pt_expect(doc, "count(" A "m:item)", "2");
    pt_expect(doc, "string(" A "m:item[2])", "Warrants");
    pt_expect(doc, "count(" B "m:section/m:list/m:item)", "2");
    pt_expect(doc, "count(" B "m:section/m:p)", "2");
    xmlFreeDoc(doc);

    doc = run("<section n=\"A\"><heading>Agenda</heading>"
              "<p>The agenda was adopted as circulated.</p></section>");
    pt_expect(doc, "count(/m:minutes/m:agenda)", "0");
    pt_expect(doc, "count(" B "m:section/m:p)", "1");
    xmlFreeDoc(doc);
}

/* An agenda laid out as a table under an agenda title: the items are the
 * cells of the column that names the agenda, or the first column that is
 * not numbers or times; the table stays in the body. */
static void test_tables(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Agenda</p><table>"
                        "<row><cell><strong>Time</strong></cell><cell><strong>Agenda item"
                        "</strong></cell><cell><strong>Lead</strong></cell></row>"
                        "<row><cell>7:00 PM</cell><cell>Pool rota</cell><cell>Ida Berg</cell></row>"
                        "<row><cell>7:20 PM</cell><cell>Kit budget</cell><cell>Tom Ash</cell></row>"
                        "</table>");
    pt_expect(doc, "count(" A "m:item)", "2");
    pt_expect(doc, "string(" A "m:item[1])", "Pool rota");
    pt_expect(doc, "string(" A "m:item[2])", "Kit budget");
    pt_expect(doc, "count(" B "m:table/m:row)", "3");
    pt_expect(doc, "count(" B "m:p)", "1");
    xmlFreeDoc(doc);

    doc = run("<section><heading>Order of business</heading><table>"
              "<row><cell>1</cell><cell>Welcome</cell><cell>5 min</cell></row>"
              "<row><cell>2</cell><cell>Grounds report</cell><cell>15 min</cell></row>"
              "</table></section>");
    pt_expect(doc, "count(" A "m:item)", "2");
    pt_expect(doc, "string(" A "m:item[2])", "Grounds report");
    pt_expect(doc, "count(" B "m:section/m:table)", "1");
    xmlFreeDoc(doc);

    /* a table under a line that is no agenda title is no agenda */
    doc = run("<p>Budget</p><table><row><cell>Paint</cell><cell>40</cell></row></table>");
    pt_expect(doc, "count(/m:minutes/m:agenda)", "0");
    xmlFreeDoc(doc);
}

/* Formal agendas number items "1.- …" or with ordinal words ("Second.");
 * a text whose reader ran them into one paragraph still gives its items,
 * numbered on from 1, and the agenda section goes. */
static void test_items_run_together(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Agenda</heading>"
                        "<p>1.- Minutes of the last meeting (3 May). 2.- Budget for the hall.</p>"
                        "<p>3.- Any other business.</p></section>"
                        "<section><heading>Minutes</heading><p>Approved.</p></section>");
    pt_expect(doc, "count(" A "m:item)", "3");
    pt_expect(doc, "string(" A "m:item[1])", "Minutes of the last meeting (3 May)");
    pt_expect(doc, "string(" A "m:item[2]/@n)", "2");
    pt_expect(doc, "string(" A "m:item[3])", "Any other business");
    pt_expect(doc, "count(" B "m:section)", "1");
    xmlFreeDoc(doc);
    doc = run("<section><heading>Agenda</heading><p>First. Approval of the accounts.</p>"
              "<p>Second. Election of the board.</p></section>");
    pt_expect(doc, "count(" A "m:item)", "2");
    pt_expect(doc, "string(" A "m:item[2])", "Election of the board");
    xmlFreeDoc(doc);
    /* an agenda title line over such paragraphs, no section */
    doc = run("<p>Owners present: 8 of 12.</p><p>AGENDA:</p>"
              "<p>First.- Minutes of the last meeting. Second.- Accounts for 2018.</p>"
              "<p>Third.- Any other business.</p><p>FIRST.- The minutes were read and approved.</p>");
    pt_expect(doc, "count(" A "m:item)", "3");
    pt_expect(doc, "string(" A "m:item[2])", "Accounts for 2018");
    pt_expect(doc, "count(" B "m:p)", "2");
    xmlFreeDoc(doc);
    /* numbers out of sequence are discussion, copied from as before */
    doc = run("<section><heading>Agenda</heading>"
              "<p>2.- The chair opened the meeting and read the notice of it aloud to all.</p>"
              "<p>The members present discussed the hall at length and agreed nothing.</p></section>");
    pt_expect(doc, "count(" B "m:section)", "1");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_items_run_together),
        cmocka_unit_test(test_notes_under_items),
        cmocka_unit_test(test_topics_as_subsections),
        cmocka_unit_test(test_titled_lines_and_items),
        cmocka_unit_test(test_titles),
        cmocka_unit_test(test_prose_stays),
        cmocka_unit_test(test_tables),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
