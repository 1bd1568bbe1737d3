/* SPDX-License-Identifier: MIT */
/* The annexes pass: agenda, participants, Present:/Apologies:/Chair: lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

#define R "/m:minutes/"
#define P "/m:minutes/m:participants/"

static xmlDocPtr run(const char *meta, const char *body)
{
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc(meta, body);
    assert_int_equal(mn_pass_agenda(doc, job), 0); /* the agenda is its own pass */
    assert_int_equal(mn_pass_annexes(doc, job), 0);
    assert_int_equal(mn_job_diag_count(job), 0);
    mn_job_free(job);
    return doc;
}

static const char *const seed_annexes =
    "<section n=\"1\"><heading>Welcoming remarks and Adoption of the Agenda</heading>"
    "<p>Text.</p></section>"
    "<section><heading>Annex 1: Meeting Agenda</heading><list ordered=\"1\">"
    "<item n=\"1.\">Welcoming remarks from the MAG Chair</item>"
    "<item n=\"2.\">Updates from the <em>Secretariat</em></item>"
    "<item n=\"3.\">Any Other Business</item></list></section>"
    "<section><heading>Annex 2: List of Participants</heading><table>"
    "<row><cell>IGF 2025 MAG Chair</cell><cell></cell></row>"
    "<row><cell>Roach</cell><cell>Carol</cell></row>"
    "<row><cell colspan=\"2\">MAG Members</cell></row>"
    "<row><cell>Astbink</cell><cell>Gunela</cell></row>"
    "<row><cell>Bou Harb</cell><cell>Zeina</cell></row>"
    "<row><cell></cell><cell></cell></row>"
    "<row><cell>Ibarra</cell><cell>Rafael Lito</cell></row>"
    "<row><cell>IGF Secretariat</cell></row>"
    "<row><cell>Masango</cell><cell>Chengetai</cell></row>"
    "</table><table><row><cell>Gengo</cell><cell>Anja</cell></row></table></section>";

static void test_seed_annexes(void **state)
{
    (void)state;
    xmlDocPtr doc = run("", seed_annexes);
    pt_expect(doc, "count(" R "m:agenda/m:item)", "3");
    pt_expect(doc, "string(" R "m:agenda/m:item[1]/@n)", "1");
    pt_expect(doc, "string(" R "m:agenda/m:item[2])", "Updates from the Secretariat");
    pt_expect(doc, "count(" R "m:agenda/m:item[2]/m:em)", "1");
    pt_expect(doc, "string(" R "m:agenda/m:item[3]/@n)", "3");
    pt_expect(doc, "count(" P "m:group)", "3");
    pt_expect(doc, "string(" P "m:group[1]/@label)", "IGF 2025 MAG Chair");
    pt_expect(doc, "string(" P "m:group[2]/@label)", "MAG Members");
    pt_expect(doc, "count(" P "m:group[2]/m:person)", "3");
    pt_expect(doc, "string(" P "m:group[2]/m:person[2]/@family)", "Bou Harb");
    pt_expect(doc, "string(" P "m:group[2]/m:person[2]/@given)", "Zeina");
    pt_expect(doc, "string(" P "m:group[2]/m:person[2])", "Zeina Bou Harb");
    pt_expect(doc, "string(" P "m:group[2]/m:person[3])", "Rafael Lito Ibarra");
    /* the group carries on into a second table (a split by blank lines) */
    pt_expect(doc, "count(" P "m:group[3]/m:person)", "2");
    pt_expect(doc, "count(//m:person[@family and @given])", "6");
    /* schema order: meta, agenda, participants, body */
    pt_expect(doc, "name(" R "*[2])", "agenda");
    pt_expect(doc, "name(" R "*[3])", "participants");
    /* annex sections are gone; the numbered section that names the agenda stays */
    pt_expect(doc, "count(//m:section)", "1");
    pt_expect(doc, "string(//m:section/@n)", "1");
    xmlFreeDoc(doc);
}

static void test_agenda_lines(void **state)
{
    (void)state;
    xmlDocPtr doc = run("",
                        "<section><heading>Agenda</heading>"
                        "<p>1. Opening</p><p>2) Minutes of the last meeting<br/>3. Budget</p>"
                        "<p>Any other business</p></section>");
    pt_expect(doc, "count(" R "m:agenda/m:item)", "4");
    pt_expect(doc, "string(" R "m:agenda/m:item[2]/@n)", "2");
    pt_expect(doc, "string(" R "m:agenda/m:item[2])", "Minutes of the last meeting");
    pt_expect(doc, "string(" R "m:agenda/m:item[3])", "Budget");
    pt_expect(doc, "count(" R "m:agenda/m:item[4]/@n)", "0");
    pt_expect(doc, "count(//m:section)", "0");
    xmlFreeDoc(doc);
    /* with something else in it, the section stays whole and its numbered
     * lines are copied (test_agenda.c has more) */
    doc = run("",
              "<section><heading>Agenda</heading>"
              "<p>1. Opening</p><p>2) Minutes of the last meeting<br/>3. Budget</p>"
              "<p>Any other business</p>"
              "<table><row><cell>kept</cell></row></table></section>");
    pt_expect(doc, "count(" R "m:agenda/m:item)", "3");
    pt_expect(doc, "string(" R "m:agenda/m:item[3])", "Budget");
    pt_expect(doc, "count(//m:section/m:table)", "1");
    pt_expect(doc, "count(//m:section/m:p)", "3");
    xmlFreeDoc(doc);
}

static void test_present_lines(void **state)
{
    (void)state;
    xmlDocPtr doc = run("",
                        "<p>Present: Anna Berg, Carl Diaz (Chair), E. F. Gomez (UNESCO)</p>"
                        "<p>Apologies: Hana Ito</p>"
                        "<p><strong>Regrets:</strong> Ivo Jansen and Kim Lee</p>"
                        "<p>Chair: Carl Diaz</p><p>Scribe: Lena Moser</p>"
                        "<section n=\"1\"><heading>Opening</heading>"
                        "<p>Present: all MAG members</p><p>Chair: the meeting agreed.</p></section>");
    pt_expect(doc, "count(" P "m:group)", "4");
    pt_expect(doc, "string(" P "m:group[1]/@label)", "Present");
    pt_expect(doc, "count(" P "m:group[1]/m:person)", "3");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@given)", "Anna");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@family)", "Berg");
    pt_expect(doc, "string(" P "m:group[1]/m:person[2])", "Carl Diaz");
    pt_expect(doc, "string(" P "m:group[1]/m:person[2]/@role)", "chair");
    /* initials: the family name alone; the organisation is an affiliation */
    pt_expect(doc, "string(" P "m:group[1]/m:person[3])", "E. F. Gomez");
    pt_expect(doc, "string(" P "m:group[1]/m:person[3]/@family)", "Gomez");
    pt_expect(doc, "count(" P "m:group[1]/m:person[3]/@given)", "0");
    pt_expect(doc, "string(" P "m:group[1]/m:person[3]/@affiliation)", "UNESCO");
    pt_expect(doc, "string(" P "m:group[2]/@label)", "Apologies");
    pt_expect(doc, "count(" P "m:group[3]/m:person)", "2");
    pt_expect(doc, "string(" P "m:group[3]/m:person[2])", "Kim Lee");
    /* a scribe listed nowhere gets a group of their own */
    pt_expect(doc, "string(" P "m:group[4]/@label)", "Scribe");
    pt_expect(doc, "string(" P "m:group[4]/m:person/@role)", "scribe");
    /* the lines were used; the ones that list no names stay */
    pt_expect(doc, "count(/m:minutes/m:body/m:p)", "0");
    pt_expect(doc, "count(//m:section/m:p)", "2");
    xmlFreeDoc(doc);
}

static void test_present_over_list(void **state)
{
    (void)state;
    xmlDocPtr doc = run("", "<p>Attendees:</p><list><item>Anna Berg</item><item>Carl Diaz"
                            "<list><item>Dora Egli</item></list></item></list><p>After.</p>");
    pt_expect(doc, "string(" P "m:group/@label)", "Attendees");
    pt_expect(doc, "count(" P "m:group/m:person)", "3");
    pt_expect(doc, "string(" P "m:group/m:person[2])", "Carl Diaz");
    pt_expect(doc, "count(/m:minutes/m:body/*)", "1");
    xmlFreeDoc(doc);
}

static void test_properties(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<prop name=\"participant\" authoritative=\"1\">Anna Berg</prop>"
                        "<prop name=\"participant\" authoritative=\"1\">Bo Chen (Secretariat)</prop>"
                        "<prop name=\"chair\" authoritative=\"1\">Anna Berg</prop>"
                        "<prop name=\"regrets\" authoritative=\"1\">Cy Dunn</prop>"
                        "<prop name=\"title\" authoritative=\"1\">T</prop>",
                        "<p>Body.</p>");
    pt_expect(doc, "count(" P "m:group)", "2");
    pt_expect(doc, "string(" P "m:group[1]/@label)", "Participants");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@role)", "chair");
    pt_expect(doc, "string(" P "m:group[1]/m:person[2]/@affiliation)", "Secretariat");
    pt_expect(doc, "string(" P "m:group[2]/@label)", "Regrets");
    /* used properties are gone; others stay */
    pt_expect(doc, "count(//m:prop)", "1");
    xmlFreeDoc(doc);
}

static void test_participant_variants(void **state)
{
    (void)state;
    xmlDocPtr doc = run("",
                        "<section><heading>Attendance</heading>"
                        "<table><row><cell>First name</cell><cell>Last name</cell><cell>Organisation</cell></row>"
                        "<row><cell>Anna</cell><cell>Berg</cell><cell>ICANN</cell></row></table>"
                        "<p>Observers: Bo Chen, Cy Dunn</p>"
                        "<p>Staff</p><list><item>Dora Egli</item></list>"
                        "<p>Roach\tCarol</p>"
                        "<section><heading>Guests</heading><list><item>Eve Falk</item></list></section>"
                        "</section>");
    pt_expect(doc, "string(" P "m:group[1]/m:person/@family)", "Berg");
    pt_expect(doc, "string(" P "m:group[1]/m:person/@given)", "Anna");
    pt_expect(doc, "string(" P "m:group[1]/m:person/@affiliation)", "ICANN");
    pt_expect(doc, "string(" P "m:group[2]/@label)", "Observers");
    pt_expect(doc, "string(" P "m:group[3]/@label)", "Staff");
    pt_expect(doc, "string(" P "m:group[3]/m:person[2]/@family)", "Roach");
    pt_expect(doc, "string(" P "m:group[4]/@label)", "Guests");
    pt_expect(doc, "count(//m:section)", "0");
    xmlFreeDoc(doc);
}

static void test_nothing_to_take(void **state)
{
    (void)state;
    xmlDocPtr doc = run("", "<section n=\"1\"><heading>Agenda review</heading><p>x</p></section>");
    pt_expect(doc, "count(" R "m:agenda | " R "m:participants)", "0");
    pt_expect(doc, "count(//m:section)", "1");
    xmlFreeDoc(doc);
    doc = run("", "<section><heading>Annex 3: Budget</heading><p>x</p></section>"
                  "<section><heading>Agenda</heading></section>");
    /* an annex that is not agenda or participants, and an empty agenda, stay */
    pt_expect(doc, "count(" R "m:agenda)", "0");
    pt_expect(doc, "count(//m:section)", "2");
    xmlFreeDoc(doc);
}

static void test_many_role_lines(void **state)
{
    (void)state;
    /* role lines are matched against every person: a bounded number is
     * taken, the rest stays in the body untouched */
    char *body = malloc(100 * 40);
    assert_non_null(body);
    body[0] = '\0';
    for (int i = 0; i < 100; i++)
        sprintf(body + strlen(body), "<p>Chair: Anna %c%c</p>", 'A' + i / 26, 'a' + i % 26);
    xmlDocPtr doc = run("", body);
    free(body);
    pt_expect(doc, "count(" P "m:group)", "1");
    pt_expect(doc, "string(" P "m:group/@label)", "Chair");
    pt_expect(doc, "count(" P "m:group/m:person[@role='chair'])", "64");
    pt_expect(doc, "count(/m:minutes/m:body/m:p)", "36");
    xmlFreeDoc(doc);
}

static void test_attendance_spent(void **state)
{
    (void)state;
    /* a "Roll call" item whose label and names all went to participants
     * leaves the body; its number is no topic */
    xmlDocPtr doc = run("", "<section n=\"1\"><heading>Opening</heading><p>Opened at 7.</p></section>"
                            "<section n=\"2\"><heading>Roll call</heading><p>Members present:</p>"
                            "<list><item>Iris Vonk</item><item>Tomas Reyes</item></list></section>"
                            "<section n=\"3\"><heading>Budget</heading><p>Agreed.</p></section>");
    pt_expect(doc, "count(" P "m:group/m:person)", "2");
    pt_expect(doc, "count(//m:section)", "2");
    pt_expect(doc, "string(//m:section[2]/m:heading)", "Budget");
    xmlFreeDoc(doc);
    /* an "Attendance" heading left with its quorum line: the line stays in
     * the text, at the end of the section before it */
    doc = run("", "<section n=\"1\"><heading>Opening</heading><p>Opened at 7.</p></section>"
                  "<section><heading>Attendance</heading><list><item>Iris Vonk</item>"
                  "<item>Tomas Reyes</item></list><p>A quorum was present.</p></section>");
    pt_expect(doc, "count(//m:section)", "1");
    pt_expect(doc, "string(//m:section/m:p[2])", "A quorum was present.");
    xmlFreeDoc(doc);
    /* the first section: the line stays where the section was */
    doc = run("", "<section><heading>Attendees</heading><list><item>Iris Vonk</item>"
                  "<item>Tomas Reyes</item></list><p>Others joined late.</p></section>"
                  "<section><heading>Budget</heading><p>Agreed.</p></section>");
    pt_expect(doc, "string(/m:minutes/m:body/*[1])", "Others joined late.");
    pt_expect(doc, "count(//m:section)", "1");
    xmlFreeDoc(doc);
    /* a roll call leaves a quorum line and labels over no one: they stay
     * in the text, the heading goes */
    doc = run("", "<section n=\"1\"><heading>Opening</heading><p>Opened at 7.</p></section>"
                  "<section n=\"2\"><heading>Roll call</heading><p>Present: Iris Vonk, Tomas Reyes</p>"
                  "<p>Guests:</p><list><item>None</item></list>"
                  "<p>Two of three members present; the meeting was quorate.</p></section>");
    pt_expect(doc, "count(//m:section)", "1");
    pt_expect(doc, "count(//m:section/m:p)", "3");
    pt_expect(doc, "string(//m:section/m:list/m:item)", "None");
    xmlFreeDoc(doc);
    /* under a heading that is not about attendance, prose keeps it */
    doc = run("", "<section n=\"2\"><heading>Roll call</heading><p>Present: Iris Vonk, Tomas Reyes</p>"
                  "<p>The clerk read the rules.</p></section>");
    pt_expect(doc, "count(//m:section)", "1");
    xmlFreeDoc(doc);
    /* an item with its own minutes beside the names stays */
    doc = run("", "<section n=\"2\"><heading>Roll call</heading><p>Present: Iris Vonk, Tomas Reyes</p>"
                  "<p>The clerk read the rules.</p><p>The chair welcomed the new members.</p>"
                  "<p>Nobody objected.</p></section>");
    pt_expect(doc, "count(" P "m:group/m:person)", "2");
    pt_expect(doc, "count(//m:section)", "1");
    xmlFreeDoc(doc);
    /* a section about something else keeps what the walk did not take */
    doc = run("", "<section><heading>Welcome</heading><p>Present: Iris Vonk</p>"
                  "<p>The chair opened.</p></section>");
    pt_expect(doc, "count(//m:section)", "1");
    xmlFreeDoc(doc);
}

static void test_annex_title_line(void **state)
{
    (void)state;
    /* "Annex II" with its title on the line below, rows Family TAB Given */
    xmlDocPtr doc = run("", "<section n=\"1\"><heading>Opening</heading><p>Opened.</p></section>"
                            "<section><heading>Annex II</heading><p>List of participants</p>"
                            "<p>Chair</p><p>VONK\tIris\tChile</p><p>Experts</p>"
                            "<p>REYES\tTomas\tPeru</p><p>OKAFOR\tAda\tGhana</p></section>");
    pt_expect(doc, "count(" P "m:group/m:person)", "3");
    pt_expect(doc, "string(" P "m:group[1]/m:person/@family)", "VONK");
    pt_expect(doc, "count(//m:section)", "1");
    xmlFreeDoc(doc);
    /* an annex titled otherwise stays an annex */
    doc = run("", "<section><heading>Annex III</heading><p>Budget figures</p>"
                  "<p>VONK\tIris\tChile</p></section>");
    pt_expect(doc, "count(" R "m:participants)", "0");
    pt_expect(doc, "count(//m:section/m:p)", "2");
    xmlFreeDoc(doc);
}

static void test_long_utf8_kept_whole(void **state)
{
    (void)state;
    /* long names are copied whole, never cut inside a UTF-8 sequence */
    char body[4096] = "<section><heading>Participants</heading><table><row><cell>";
    for (int i = 0; i < 300; i++)
        strcat(body, "\xC3\xA9");
    strcat(body, "</cell><cell>Zo\xC3\xAB</cell><cell>Org</cell></row></table></section>");
    xmlDocPtr doc = run("", body);
    pt_expect(doc, "string-length(//m:person/@family)", "300");
    pt_expect(doc, "string-length(//m:person)", "304");
    pt_expect(doc, "string(//m:person/@affiliation)", "Org");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_annexes),
        cmocka_unit_test(test_agenda_lines),
        cmocka_unit_test(test_present_lines),
        cmocka_unit_test(test_present_over_list),
        cmocka_unit_test(test_properties),
        cmocka_unit_test(test_participant_variants),
        cmocka_unit_test(test_nothing_to_take),
        cmocka_unit_test(test_many_role_lines),
        cmocka_unit_test(test_attendance_spent),
        cmocka_unit_test(test_annex_title_line),
        cmocka_unit_test(test_long_utf8_kept_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
