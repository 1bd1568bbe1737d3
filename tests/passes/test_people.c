/* SPDX-License-Identifier: MIT */
/* People as groups write them: one entry taken apart (people_name.c), and
 * the shapes of the annexes pass (people_walk.c, people.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "people_name.h"
#include "pt.h"

#define P "/m:minutes/m:participants/"

/* ---- one entry ------------------------------------------------------------ */

static void expect_name(const char *text, unsigned flags, const char *name, const char *given,
                        const char *family, const char *role, const char *affiliation,
                        const char *handle)
{
    mn_name n;
    int rc = mn_name_read(text, flags, &n);
    if (!name) {
        if (rc != 0)
            fail_msg("\"%s\" read as a person: \"%s\"", text, n.name);
        mn_name_free(&n);
        return;
    }
    if (rc != 1)
        fail_msg("\"%s\" not read as a person", text);
#define SAME(field, want)                                                                         \
    if (((want) == NULL) != (n.field == NULL) || ((want) && strcmp((want), n.field) != 0))        \
        fail_msg("\"%s\": " #field " is \"%s\", want \"%s\"", text, n.field ? n.field : "(none)", \
                 (want) ? (want) : "(none)");
    SAME(name, name)
    SAME(given, given)
    SAME(family, family)
    SAME(role, role)
    SAME(affiliation, affiliation)
    SAME(handle, handle)
#undef SAME
    mn_name_free(&n);
}

static void test_decorations(void **state)
{
    (void)state;
    expect_name("Ana Ruiz (Acme)", 0, "Ana Ruiz", "Ana", "Ruiz", NULL, "Acme", NULL);
    expect_name("Ana Ruiz, Acme Corp", MN_NAME_ONE_PER_LINE, "Ana Ruiz", "Ana", "Ruiz", NULL,
                "Acme Corp", NULL);
    expect_name("Ana Ruiz - Acme", 0, "Ana Ruiz", "Ana", "Ruiz", NULL, "Acme", NULL);
    expect_name("Ana Ruiz (@aruiz)", 0, "Ana Ruiz", "Ana", "Ruiz", NULL, NULL, "@aruiz");
    expect_name("Ana Ruiz @aruiz", 0, "Ana Ruiz", "Ana", "Ruiz", NULL, NULL, "@aruiz");
    expect_name("@aruiz", 0, "aruiz", NULL, NULL, NULL, NULL, "@aruiz");
    expect_name("Dr. Ana Ruiz", 0, "Dr. Ana Ruiz", "Ana", "Ruiz", NULL, NULL, NULL);
    expect_name("Ana Ruiz [host]", 0, "Ana Ruiz", "Ana", "Ruiz", "host", NULL, NULL);
    expect_name("Ana Ruiz (chair)", 0, "Ana Ruiz", "Ana", "Ruiz", "chair", NULL, NULL);
    /* a note, a job, a count: no organisation */
    expect_name("Bo Chen (remote)", 0, "Bo Chen", "Bo", "Chen", NULL, NULL, NULL);
    expect_name("Bo Chen (Head of Sales)", 0, "Bo Chen", "Bo", "Chen", NULL, NULL, NULL);
    expect_name("Bo Chen (joined at 10:40)", 0, "Bo Chen", "Bo", "Chen", NULL, NULL, NULL);
    /* several notes: a function in the meeting wins over an office */
    expect_name("Cy Dunn (Treasurer, minutes)", 0, "Cy Dunn", "Cy", "Dunn", "note taker", NULL,
                NULL);
    expect_name("Cy Dunn (Hon. Secretary)", 0, "Cy Dunn", "Cy", "Dunn", "secretary", NULL, NULL);
    /* the person's own initials are no organisation; other capitals are */
    expect_name("Dee Eng (DEG), Orbit Labs", MN_NAME_ONE_PER_LINE, "Dee Eng", "Dee", "Eng", NULL,
                "Orbit Labs", NULL);
    expect_name("Dee Eng (OSB)", 0, "Dee Eng", "Dee", "Eng", NULL, "OSB", NULL);
    /* an office before the name */
    expect_name("the Deputy Mayor, Cllr F. Gray", MN_NAME_ONE_PER_LINE, "Cllr F. Gray", NULL, "Gray",
                "vice-chair", NULL, NULL);
    expect_name("Clerk Gil Hart", 0, "Clerk Gil Hart", "Gil", "Hart", "secretary", NULL, NULL);
    /* "FAMILY, Given" */
    expect_name("HART, Gil", MN_NAME_ONE_PER_LINE, "Gil HART", "Gil", "HART", NULL, NULL, NULL);
    /* IRC nicks standing for names */
    expect_name("Ida_Jonsson", 0, "Ida Jonsson", "Ida", "Jonsson", NULL, NULL, NULL);
    expect_name("ida", MN_NAME_NICKS, "ida", NULL, NULL, NULL, NULL, NULL);
}

static void test_not_names(void **state)
{
    (void)state;
    expect_name("none", 0, NULL, NULL, NULL, NULL, NULL, NULL);
    expect_name("7 members of the public", 0, NULL, NULL, NULL, NULL, NULL, NULL);
    expect_name("the meeting agreed", 0, NULL, NULL, NULL, NULL, NULL, NULL);
    expect_name("Chair", 0, NULL, NULL, NULL, NULL, NULL, NULL);
    expect_name("→ Members were asked", 0, NULL, NULL, NULL, NULL, NULL, NULL);
    expect_name("ida", 0, NULL, NULL, NULL, NULL, NULL, NULL);
    expect_name("Cllr Ruiz's report was noted.", MN_NAME_ONE_PER_LINE, NULL, NULL, NULL, NULL, NULL, NULL);
}

static void test_parts(void **state)
{
    (void)state;
    /* given names run on only while they are given names */
    expect_name("Mei Lin Zhao", 0, "Mei Lin Zhao", "Mei Lin", "Zhao", NULL, NULL, NULL);
    expect_name("Rosa Quintana Vidal", 0, "Rosa Quintana Vidal", "Rosa", "Quintana Vidal", NULL,
                NULL, NULL);
    /* particles belong to the family name */
    expect_name("Jan van der Berg", 0, "Jan van der Berg", "Jan", "van der Berg", NULL, NULL, NULL);
    expect_name("Omar El Fassi", 0, "Omar El Fassi", "Omar", "El Fassi", NULL, NULL, NULL);
    /* initials: the family name only */
    expect_name("K. Lowe", 0, "K. Lowe", NULL, "Lowe", NULL, NULL, NULL);
    expect_name("Cllr M Pratt", 0, "Cllr M Pratt", NULL, "Pratt", NULL, NULL, NULL);
    /* a family name in capitals, in either place */
    expect_name("Nils STRAND", 0, "Nils STRAND", "Nils", "STRAND", NULL, NULL, NULL);
    expect_name("STRAND Nils", 0, "STRAND Nils", "Nils", "STRAND", NULL, NULL, NULL);
    /* one word: a given name, unless a title says it is the family name */
    expect_name("Olek", 0, "Olek", "Olek", NULL, NULL, NULL, NULL);
    expect_name("Mr Pryce", 0, "Mr Pryce", NULL, "Pryce", NULL, NULL, NULL);
}

/* ---- the shapes in the tree ------------------------------------------------- */

static xmlDocPtr run(const char *body)
{
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc("", body);
    assert_int_equal(mn_pass_annexes(doc, job), 0);
    mn_job_free(job);
    return doc;
}

static void test_label_over_lines(void **state)
{
    (void)state;
    /* plain text's indented blocks arrive as one name per paragraph */
    xmlDocPtr doc = run("<section n=\"2\"><heading>Roll call</heading>"
                        "<p>Trustees Present:</p><p>Ana Ruiz</p><p>Bo Chen</p>"
                        "<p>Trustees Absent:</p><p>Cy Dunn</p>"
                        "<p>The quorum was confirmed.</p></section>");
    pt_expect(doc, "count(" P "m:group)", "2");
    pt_expect(doc, "string(" P "m:group[1]/@label)", "Trustees Present");
    pt_expect(doc, "count(" P "m:group[1]/m:person)", "2");
    pt_expect(doc, "string(" P "m:group[2]/@label)", "Trustees Absent");
    pt_expect(doc, "count(//m:section/m:p)", "1");
    xmlFreeDoc(doc);
}

/* Word users type a bullet (Symbol's U+F0B7 and a tab) before each name
 * under a bold label; a label over lines that are no names stays. */
static void test_typed_bullets(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p><strong>Attending:</strong></p>"
                        "<p>\xEF\x82\xB7\tCllr Ana Ruiz (Chair)</p><p>\xE2\x80\xA2 Bo Chen</p>"
                        "<p><strong>Notes:</strong></p><p>The hall was booked for the whole evening.</p>");
    pt_expect(doc, "count(" P "m:group/m:person)", "2");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@role)", "chair");
    pt_expect(doc, "string(" P "m:group/m:person[2]/@family)", "Chen");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    pt_expect(doc, "string(//m:body/m:p[1])", "Notes:");
    xmlFreeDoc(doc);
}

static void test_heading_with_decorations(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>\xF0\x9F\x91\xA5 Attendees</heading><list>"
                        "<item>Ana Ruiz (@aruiz) [host]</item><item>@bochen</item>"
                        "<item>Cy Dunn \xE2\x80\x94 Nordwind GmbH</item></list></section>"
                        "<section><heading>Notes</heading><p>x</p></section>");
    pt_expect(doc, "string(" P "m:group/@label)", "Attendees");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@role)", "host");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@handle)", "@aruiz");
    pt_expect(doc, "string(" P "m:group/m:person[2])", "bochen");
    pt_expect(doc, "string(" P "m:group/m:person[3]/@affiliation)", "Nordwind GmbH");
    pt_expect(doc, "count(//m:section)", "1");
    xmlFreeDoc(doc);
}

static void test_sub_groups_and_roles(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<list><item>Attendance:<list>"
                        "<item>Team members: Ana, Bo, Cy</item><item>Others: Dee Eng (docs WG)</item>"
                        "<item>Apologies: none</item></list></item>"
                        "<item>Minutes: Bo</item><item>Decide on the release date</item></list>"
                        "<p>Chairs: Ana, Dee Eng</p>");
    pt_expect(doc, "count(" P "m:group)", "2");
    pt_expect(doc, "string(" P "m:group[1]/@label)", "Team members");
    pt_expect(doc, "string(" P "m:group[1]/m:person[2]/@role)", "note taker");
    /* two people named together as chairs are co-chairs */
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@role)", "co-chair");
    pt_expect(doc, "string(" P "m:group[2]/m:person/@role)", "co-chair");
    pt_expect(doc, "string(" P "m:group[2]/m:person/@affiliation)", "docs WG");
    /* the item that is no label stays, and so does "Apologies: none" (no
     * group, but what it says is kept) */
    pt_expect(doc, "count(//m:body/m:list/m:item)", "2");
    pt_expect(doc, "string(//m:body/m:list/m:item[1]/m:list/m:item)", "Apologies: none");
    xmlFreeDoc(doc);
}

static void test_people_table(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p><strong>In-person and remote attendees:</strong></p><table>"
                        "<row><cell>Name</cell><cell>Abbreviation</cell><cell>Organization</cell></row>"
                        "<row><cell>Ana Ruiz</cell><cell>ARZ</cell><cell>Orbit Labs</cell></row>"
                        "<row><cell>Bo Chen</cell><cell>BCN</cell><cell>Invited Expert</cell></row>"
                        "</table><table><row><cell>Name</cell><cell>Role</cell><cell>Attendance</cell></row>"
                        "<row><cell>Cllr Cy Dunn</cell><cell>Chair</cell><cell>Present</cell></row>"
                        "<row><cell>Cllr Dee Eng</cell><cell>Councillor</cell><cell>Apologies</cell></row>"
                        "</table>");
    pt_expect(doc, "string(" P "m:group[1]/@label)", "In-person and remote attendees");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@affiliation)", "Orbit Labs");
    pt_expect(doc, "string(" P "m:group[1]/m:person[2]/@affiliation)", "Invited Expert");
    pt_expect(doc, "string(//m:person[@family='Dunn']/../@label)", "Present");
    pt_expect(doc, "string(//m:person[@family='Dunn']/@role)", "chair");
    pt_expect(doc, "string(//m:person[@family='Eng']/../@label)", "Apologies");
    pt_expect(doc, "count(//m:person[@family='Eng']/@role)", "0");
    pt_expect(doc, "count(//m:body/*)", "0");
    xmlFreeDoc(doc);
}

static void test_semicolon_lists(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Present: The Mayor, Cllr A. Ash (in the Chair); the Deputy Mayor, Cllr B. Bell;"
                        " Cllrs C. Cole, D. Dean and E. Eyre; and 9 members of the public.</p>"
                        "<p>Apologies: Priya Shah (Head of Finance, Norbank), Tom Ure</p>");
    pt_expect(doc, "count(" P "m:group[1]/m:person)", "5");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@role)", "chair");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@family)", "Ash");
    pt_expect(doc, "string(" P "m:group[1]/m:person[2]/@role)", "vice-chair");
    pt_expect(doc, "string(" P "m:group[1]/m:person[5])", "E. Eyre");
    /* a comma inside brackets does not split the list */
    pt_expect(doc, "count(" P "m:group[2]/m:person)", "2");
    pt_expect(doc, "string(" P "m:group[2]/m:person[1]/@affiliation)", "Norbank");
    /* the job is a note, and the title stays in the text, not in the parts */
    pt_expect(doc, "string(" P "m:group[2]/m:person[1]/@note)", "Head of Finance");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1])", "Cllr A. Ash");
    /* "and 9 members of the public" is no one: that line stays, the other goes */
    pt_expect(doc, "count(//m:body/m:p)", "1");
    pt_expect(doc, "starts-with(//m:body/m:p, 'Present:')", "true");
    xmlFreeDoc(doc);
}

static void test_sentences_stay(void **state)
{
    (void)state;
    /* role words that open a sentence are no role lines */
    xmlDocPtr doc = run("<p>Chairs: the call for adoption ends on Friday.</p>"
                        "<p>Minutes of the last meeting were approved.</p>"
                        "<section n=\"4\"><heading>Updates from the Secretariat</heading>"
                        "<p>Members were asked to reply.</p></section>");
    pt_expect(doc, "count(" P "m:group)", "0");
    pt_expect(doc, "count(//m:body//m:p)", "3");
    xmlFreeDoc(doc);
}

/* What the source says about a person that is no part of the canonical
 * reading stays, as a label or a note: nothing said is lost. */
static void test_kept_as_written(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Members present (non-voting): Ana Ruiz, Bo Chen</p>"
                        "<p>Recorder: Bo Chen</p>"
                        "<p>Also present: Cy Dunn (observer)</p>"
                        "<p>Apologies: Fay Hart (FH, HR)</p>"
                        "<table><row><cell>Name</cell><cell>Country</cell><cell>Attendance</cell></row>"
                        "<row><cell>Dee Eng</cell><cell>Norway</cell><cell>Voting member</cell></row>"
                        "</table>");
    /* the bracketed note of a group's label is kept in the label */
    pt_expect(doc, "string(" P "m:group[1]/@label)", "Members present (non-voting)");
    /* "Recorder" read as the note taker: the word stays as a note */
    pt_expect(doc, "string(//m:person[@family='Chen']/@role)", "note taker");
    pt_expect(doc, "string(//m:person[@family='Chen']/@note)", "Recorder");
    /* "observer" is no role the schema knows: a note */
    pt_expect(doc, "count(//m:person[@family='Dunn']/@role)", "0");
    pt_expect(doc, "string(//m:person[@family='Dunn']/@note)", "observer");
    /* initials, then a department's capitals: neither is lost */
    pt_expect(doc, "contains(//m:person[@family='Hart']/@note, 'FH')", "true");
    pt_expect(doc, "contains(concat(//m:person[@family='Hart']/@note, "
                   "//m:person[@family='Hart']/@affiliation), 'HR')", "true");
    /* a delegate's country is the affiliation when no organisation is
     * named; an attendance value that is no attendance is a note */
    pt_expect(doc, "string(//m:person[@family='Eng']/@affiliation)", "Norway");
    pt_expect(doc, "string(//m:person[@family='Eng']/@note)", "Voting member");
    xmlFreeDoc(doc);
    /* with an organisation column, that is the affiliation; the country,
     * commas and all, a note */
    doc = run("<table><row><cell>Name</cell><cell>Country</cell><cell>Organization</cell></row>"
              "<row><cell>Fay Gill</cell><cell>Korea, Republic of</cell><cell>KATS</cell></row>"
              "</table>");
    pt_expect(doc, "string(//m:person[@family='Gill']/@affiliation)", "KATS");
    pt_expect(doc, "string(//m:person[@family='Gill']/@note)", "Korea, Republic of");
    xmlFreeDoc(doc);
}

/* A role line names someone of the list below it in its own way: with a
 * title, a job beside the name, or a template's label ("Meeting called
 * by:"); that is the same person, given the role. */
static void test_role_lines_meet_the_list(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p><strong>Meeting called by:</strong> Ana Ruiz</p>"
                        "<p>Chair: Dr Bo Chen (Principal)</p>"
                        "<p>Attendees: Ana Ruiz, Bo Chen, Cy Dunn</p>");
    pt_expect(doc, "count(" P "m:group)", "1");
    pt_expect(doc, "count(" P "m:group/m:person)", "3");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@role)", "chair");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@note)", "Meeting called by");
    pt_expect(doc, "string(" P "m:group/m:person[2]/@role)", "chair");
    pt_expect(doc, "string(" P "m:group/m:person[2]/@note)", "Principal");
    /* the title the role line wrote is kept, out of the name's parts */
    pt_expect(doc, "string(" P "m:group/m:person[2])", "Dr Bo Chen");
    pt_expect(doc, "string(" P "m:group/m:person[2]/@given)", "Bo");
    xmlFreeDoc(doc);
}

/* A headerless table under a people heading whose first cell holds the
 * whole name, then initials, organisation and job (construction and
 * engineering minutes); a Surname | Given table stays read as one. */
static void test_whole_name_rows(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Attendees</heading><table>"
                        "<row><cell>Rosa Quint</cell><cell>RQ</cell><cell>Fenbrook Civils</cell>"
                        "<cell>Site Manager</cell></row>"
                        "<row><cell>Tam Ure-Vale</cell><cell>TUV</cell><cell>County Council</cell>"
                        "<cell>Client</cell></row></table></section>"
                        "<section><heading>Notes</heading><p>x</p></section>");
    pt_expect(doc, "count(" P "m:group/m:person)", "2");
    pt_expect(doc, "string(" P "m:group/m:person[1])", "Rosa Quint");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@family)", "Quint");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@affiliation)", "Fenbrook Civils");
    pt_expect(doc, "string(" P "m:group/m:person[2]/@affiliation)", "County Council");
    pt_expect(doc, "contains(" P "m:group/m:person[1]/@note, 'Site Manager')", "true");
    xmlFreeDoc(doc);
    doc = run("<section><heading>Attendees</heading><table>"
              "<row><cell>QUINT</cell><cell>Rosa</cell><cell>Fenbrook Civils</cell></row>"
              "</table></section><section><heading>Notes</heading><p>x</p></section>");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@family)", "QUINT");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@given)", "Rosa");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decorations),
        cmocka_unit_test(test_not_names),
        cmocka_unit_test(test_parts),
        cmocka_unit_test(test_label_over_lines),
        cmocka_unit_test(test_typed_bullets),
        cmocka_unit_test(test_heading_with_decorations),
        cmocka_unit_test(test_sub_groups_and_roles),
        cmocka_unit_test(test_people_table),
        cmocka_unit_test(test_semicolon_lists),
        cmocka_unit_test(test_sentences_stay),
        cmocka_unit_test(test_kept_as_written),
        cmocka_unit_test(test_role_lines_meet_the_list),
        cmocka_unit_test(test_whole_name_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
