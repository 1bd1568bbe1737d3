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
    /* initials after the name, unbracketed, key the action column */
    expect_name("Gail Ortiz GO", 0, "Gail Ortiz", "Gail", "Ortiz", NULL, NULL, NULL);
    expect_name("Gail Ortiz (Treasurer) GO", 0, "Gail Ortiz", "Gail", "Ortiz", "treasurer", NULL,
                NULL);
    expect_name("Gail Mae Ortiz GMO", 0, "Gail Mae Ortiz", "Gail", "Mae Ortiz", NULL, NULL, NULL);
    /* capitals that are not the initials stay part of the name */
    expect_name("Gail ORTIZ", 0, "Gail ORTIZ", "Gail", "ORTIZ", NULL, NULL, NULL);
    expect_name("Gail Ortiz XY", 0, "Gail Ortiz XY", "Gail Ortiz", "XY", NULL, NULL, NULL);
    /* a council above the parish's written before the title */
    expect_name("County Cllr G Rhodes", 0, "County Cllr G Rhodes", NULL, "Rhodes", NULL, NULL, NULL);
    /* an office, the person in brackets with a title */
    expect_name("Head of Housing (Mrs K. Vale)", 0, "Mrs K. Vale", NULL, "Vale", NULL, NULL, NULL);
    expect_name("Town Clerk (Mr J. Rudd)", 0, "Mr J. Rudd", NULL, "Rudd", "secretary", NULL, NULL);
    expect_name("Kim Vale (Head of Housing).", 0, "Kim Vale", "Kim", "Vale", NULL, NULL, NULL);
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
    expect_name("Two members of the public", 0, NULL, NULL, NULL, NULL, NULL, NULL);
    expect_name("D.", 0, NULL, NULL, NULL, NULL, NULL, NULL);
    expect_name("Three residents (for item 4)", 0, NULL, NULL, NULL, NULL, NULL, NULL);
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
    /* the quorum line stays in the text; the roll call's heading goes */
    pt_expect(doc, "count(//m:section)", "0");
    pt_expect(doc, "string(//m:body/m:p)", "The quorum was confirmed.");
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

/* A count of people among typed name lines stays in the text, its bullet
 * (an arrow from the DOCX reader) off so no pass reads it as a task. */
static void test_count_among_names(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p><strong>In attendance:</strong></p>"
                        "<p>\xE2\x86\x92\tRia Moss, Clerk</p>"
                        "<p>\xE2\x86\x92\tThree members of the public</p>"
                        "<p>\xE2\x86\x92\tBo Chen</p>");
    pt_expect(doc, "count(" P "m:group/m:person)", "2");
    pt_expect(doc, "string(//m:body/m:p)", "Three members of the public");
    xmlFreeDoc(doc);
}

/* A steering group or committee lists its members by that label: a group
 * over people, as "Present:" is. */
static void test_members_label(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p><strong>Members:</strong> Ria Moss, Bo Chen, Cy Dunn</p>"
                        "<p><strong>Apologies:</strong> Di Eze</p>");
    pt_expect(doc, "count(" P "m:group[@label='Members']/m:person)", "3");
    pt_expect(doc, "string(" P "m:group[@label='Members']/m:person[2])", "Bo Chen");
    xmlFreeDoc(doc);
}

/* Under an apologies heading, the minute names them in a sentence
 * ("Apologies were received from …"): the people are read to the
 * sentence's end, an initial's full stop included, and the sentence and
 * its heading stay in the text. */
static void test_absence_sentence(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Apologies for absence</heading>"
                        "<p>Apologies were received from Cllr H. Tennant and Cllr Ria Moss (holiday). "
                        "RESOLVED: that the apologies be accepted.</p></section>"
                        "<section><heading>Minutes</heading><p>Approved.</p></section>");
    pt_expect(doc, "count(" P "m:group/m:person)", "2");
    pt_expect(doc, "string(" P "m:group/m:person[1]/@family)", "Tennant");
    pt_expect(doc, "string(" P "m:group/m:person[2]/@family)", "Moss");
    pt_expect(doc, "count(//m:section[m:heading='Apologies for absence']/m:p)", "1");
    xmlFreeDoc(doc);
}

/* A governing body's attendance table: the name column headed by the
 * members' kind, codes explained by the key printed under it. */
static void test_attendance_key(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<table><row><cell>Trustee</cell><cell>Category</cell><cell>Attendance</cell></row>"
                        "<row><cell>Ms Ria Moss (Chair)</cell><cell>Elected</cell><cell>Q</cell></row>"
                        "<row><cell>Mr Bo Chen</cell><cell>Co-opted</cell><cell>R</cell></row>"
                        "<row><cell>Dr Cy Dunn</cell><cell>Elected</cell><cell>Q</cell></row></table>"
                        "<p>Key: Q = present, R = apologies received</p>");
    pt_expect(doc, "string(" P "m:group[1]/@label)", "Present");
    pt_expect(doc, "count(" P "m:group[1]/m:person)", "2");
    pt_expect(doc, "string(" P "m:group[2]/@label)", "Absent");
    pt_expect(doc, "string(" P "m:group[2]/m:person/@family)", "Chen");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@role)", "chair");
    /* a category is a note, not an organisation */
    pt_expect(doc, "count(//m:person/@affiliation)", "0");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@note)", "Elected");
    xmlFreeDoc(doc);
}

/* Role lines of a working group's header: the area director is a
 * participant; one who sent regrets is among the absent. */
static void test_role_line_regrets(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Responsible AD: Una Berg</p><p>Chat monitor: Bo Chen</p>"
                        "<p>Area Director: Cy Dunn (regrets)</p>");
    pt_expect(doc, "count(" P "m:group/m:person)", "3");
    pt_expect(doc, "string(//m:person[@family='Berg']/../@label)", "Responsible AD");
    pt_expect(doc, "count(//m:person[@family='Berg']/@role)", "0");
    pt_expect(doc, "string(//m:person[@family='Dunn']/../@label)", "Absent");
    pt_expect(doc, "string(//m:person[@family='Dunn']/@note)", "Area Director, regrets");
    xmlFreeDoc(doc);
}

/* An unlabelled roster at the top, every name with its own initials;
 * a list of other things in brackets stays. */
static void test_initials_roster(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Anna Berg (ABG), Peter Chen (PCN), Maria Dunn-Eng (MDE)</p>");
    pt_expect(doc, "count(" P "m:group/m:person)", "3");
    pt_expect(doc, "string(" P "m:group/m:person[3]/@family)", "Dunn-Eng");
    pt_expect(doc, "count(//m:body/*)", "0");
    xmlFreeDoc(doc);
    doc = run("<p>Anna Berg (ABG), Peter Chen (PCN), Maria Dunn (XYZ)</p>");
    pt_expect(doc, "count(//m:person)", "0");
    xmlFreeDoc(doc);
    doc = run("<p>Berg Report (BR), Chen Memo (CM), Dunn Plan (DP)</p><section><heading>A</heading><p>x</p></section>");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    xmlFreeDoc(doc);
}

/* Generated minutes set each label alone on its line, without a colon,
 * over the names; a label over a sentence stays. */
static void test_bare_labels(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Present</p><p>Anna_Berg, Peter_Chen</p><p>Regrets</p><p>Maria_Dunn</p>"
                        "<p>Chair</p><p>Anna_Berg</p><p>Guests</p><p>The room was full.</p>");
    pt_expect(doc, "count(" P "m:group)", "2");
    pt_expect(doc, "string(" P "m:group[2]/@label)", "Regrets");
    pt_expect(doc, "string(//m:person[@family='Berg']/@role)", "chair");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    xmlFreeDoc(doc);
}

/* Name lines under a label: a line of several titled people is split at
 * its commas, a list wrapped over lines ending in commas is one line; a
 * name with its organisation after a comma stays one person. */
static void test_titled_name_lines(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Present online:</p>"
                        "<p>Dr Anna Berg (North Branch), Mr Peter Chen,\nMs Maria Dunn</p>"
                        "<p>Capt. Olga Ek</p><p>Apologies:</p><p>Hugo Falk, Acme Ltd</p>");
    pt_expect(doc, "string(" P "m:group[1]/@label)", "Present online");
    pt_expect(doc, "count(" P "m:group[1]/m:person)", "4");
    pt_expect(doc, "string(" P "m:group[1]/m:person[1]/@affiliation)", "North Branch");
    pt_expect(doc, "string(" P "m:group[1]/m:person[4]/@given)", "Olga");
    pt_expect(doc, "count(" P "m:group[2]/m:person)", "1");
    pt_expect(doc, "string(" P "m:group[2]/m:person/@affiliation)", "Acme Ltd");
    xmlFreeDoc(doc);
    /* one person, her organisation and office after a comma, set apart by a
     * spaced dash: the "&" of the office joins no names */
    doc = run("<p>Apologies: Rhian Pugh (RP), Caerwen Homes \xE2\x80\x93 Fire &amp; Rescue Liaison</p><p>Text.</p>");
    pt_expect(doc, "count(" P "m:group/m:person)", "1");
    pt_expect(doc, "string(" P "m:group/m:person/@family)", "Pugh");
    pt_expect(doc, "string(" P "m:group/m:person/@affiliation)", "Caerwen Homes");
    xmlFreeDoc(doc);
    /* a list of people with a dash inside an entry stays a list */
    doc = run("<p>Present: Ana Ruiz \xE2\x80\x93 Acme, Bo Chen \xE2\x80\x93 Initech</p><p>Text.</p>");
    pt_expect(doc, "count(" P "m:group/m:person)", "2");
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
                        "<p>Apologies: Priya Shah (Head of Finance, Norbank), Tom Ure</p>"
                        "<p>Absent: Cllrs F. Fenn and G. Gale</p>"
                        "<p>Also present: Hal Ives, Manager (Acme); members from flats 4 and 9</p>");
    /* "members from …" is no plural title over names */
    pt_expect(doc, "string(" P "m:group[4]/m:person)", "Hal Ives");
    /* a plural title without semicolons is every name's, no one's given name */
    pt_expect(doc, "string(" P "m:group[3]/m:person[1])", "F. Fenn");
    pt_expect(doc, "string(" P "m:group[3]/m:person[1]/@family)", "Fenn");
    pt_expect(doc, "count(" P "m:group[3]/m:person)", "2");
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
    /* "and 9 members of the public" is no one: that line stays, as does
     * the one about the members from flats; the others go */
    pt_expect(doc, "count(//m:body/m:p)", "2");
    pt_expect(doc, "starts-with(//m:body/m:p[1], 'Present:')", "true");
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

/* "Chair: Ida Berg, President": the office after the comma is the
 * person's, no one of its own; a school's "Principal Tom Ash" is Tom Ash;
 * "(Hon. Sec)" is a club's secretary. */
static void test_office_after_comma(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Present: Ida Berg, Tom Ash, Una Lind</p>"
                        "<p>Chair: Ida Berg, President</p>"
                        "<p>Guests: Principal Cy Dunn, Bo Chen (Hon. Sec)</p>");
    pt_expect(doc, "count(//m:person)", "5");
    pt_expect(doc, "count(//m:person[. = 'President'])", "0");
    pt_expect(doc, "string(//m:person[@family='Berg']/@role)", "chair");
    pt_expect(doc, "string(//m:person[@family='Dunn']/@given)", "Cy");
    pt_expect(doc, "string(//m:person[@family='Chen']/@role)", "secretary");
    pt_expect(doc, "count(//m:person[@family='Chen']/@affiliation)", "0");
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
        cmocka_unit_test(test_count_among_names),
        cmocka_unit_test(test_attendance_key),
        cmocka_unit_test(test_role_line_regrets),
        cmocka_unit_test(test_office_after_comma),
        cmocka_unit_test(test_initials_roster),
        cmocka_unit_test(test_bare_labels),
        cmocka_unit_test(test_titled_name_lines),
        cmocka_unit_test(test_heading_with_decorations),
        cmocka_unit_test(test_sub_groups_and_roles),
        cmocka_unit_test(test_people_table),
        cmocka_unit_test(test_semicolon_lists),
        cmocka_unit_test(test_sentences_stay),
        cmocka_unit_test(test_kept_as_written),
        cmocka_unit_test(test_role_lines_meet_the_list),
        cmocka_unit_test(test_whole_name_rows),
        cmocka_unit_test(test_members_label),
        cmocka_unit_test(test_absence_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
