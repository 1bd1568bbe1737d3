/* SPDX-License-Identifier: MIT */
/* The actions pass: markers, owners, decisions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

#define ARROW "\xE2\x86\x92 "

static xmlDocPtr run(const char *body)
{
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc("", body);
    assert_int_equal(mn_pass_actions(doc, job), 0);
    assert_int_equal(mn_job_diag_count(job), 0);
    mn_job_free(job);
    return doc;
}

static void test_seed_arrows(void **state)
{
    (void)state;
    xmlDocPtr doc = run(
        "<section><heading>1</heading>"
        "<p>" ARROW "MAG members were asked to indicate who will participate in person.</p>"
        "<p>" ARROW "MAG members and interested participants can register for the IMSB working hours "
        "here for <link href=\"#\">Wednesday 19 November (04:00 UTC)</link>.</p>"
        "<p>" ARROW "MAG members were reminded to register by 21 November via "
        "<link href=\"#\">INDICO</link> (for non-governmental participants).</p>"
        "<p>" ARROW "MAG members are invited to share their input and take part in the "
        "<link href=\"#\">Doodle Poll</link> by 20 November to schedule a meeting.</p>"
        "</section>");
    pt_expect(doc, "count(//m:action)", "4");
    pt_expect(doc, "count(//m:p)", "0");
    pt_expect(doc, "count(//m:action[starts-with(@owner,'MAG members')])", "4");
    pt_expect(doc, "string(//m:action[2]/@owner)", "MAG members and interested participants");
    pt_expect(doc, "string(//m:action[1]/@owner)", "MAG members");
    pt_expect(doc, "string(//m:action[3]/@owner)", "MAG members");
    pt_expect(doc, "substring(//m:action[1], 1, 25)", "MAG members were asked to");
    /* inline content survives */
    pt_expect(doc, "count(//m:action[4]/m:link)", "1");
    xmlFreeDoc(doc);
}

static void test_markers_and_owners(void **state)
{
    (void)state;
    xmlDocPtr doc = run(
        "<p>-&gt; K. Novak and S. Ferreira to circulate the draft by Friday.</p>"
        "<p>ACTION: Secretariat will send the notes.</p>"
        "<p><strong>ACTION:</strong> Anna Berg to book a room.</p>"
        "<p>ACTION (K. Novak): update the wiki.</p>"
        "<p>Action: Send the minutes to all members.</p>"
        "<p>Action item: The Secretariat will inform MAG members via email.</p>"
        "<p>=&gt; Everyone to read the report.</p>");
    pt_expect(doc, "count(//m:action)", "7");
    pt_expect(doc, "string(//m:action[1]/@owner)", "K. Novak and S. Ferreira");
    pt_expect(doc, "string(//m:action[1])", "K. Novak and S. Ferreira to circulate the draft by Friday.");
    pt_expect(doc, "string(//m:action[2]/@owner)", "Secretariat");
    pt_expect(doc, "string(//m:action[2])", "Secretariat will send the notes.");
    pt_expect(doc, "string(//m:action[3]/@owner)", "Anna Berg");
    pt_expect(doc, "count(//m:action[3]/m:strong)", "0");
    pt_expect(doc, "string(//m:action[3])", "Anna Berg to book a room.");
    pt_expect(doc, "string(//m:action[4]/@owner)", "K. Novak");
    pt_expect(doc, "string(//m:action[4])", "update the wiki.");
    /* no owner rather than a wrong one */
    pt_expect(doc, "count(//m:action[5]/@owner)", "0");
    pt_expect(doc, "string(//m:action[6]/@owner)", "Secretariat");
    pt_expect(doc, "string(//m:action[7]/@owner)", "Everyone");
    xmlFreeDoc(doc);
}

static void test_decisions(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>DECISION: The budget was approved.</p>"
                        "<p>Agreed: meet monthly.</p>"
                        "<p>RESOLVED: that the report be adopted.</p>"
                        "<p>Resolution: <em>adopted</em> unanimously.</p>");
    pt_expect(doc, "count(//m:decision)", "4");
    pt_expect(doc, "count(//m:decision/@owner)", "0");
    pt_expect(doc, "string(//m:decision[1])", "The budget was approved.");
    pt_expect(doc, "string(//m:decision[2])", "meet monthly.");
    pt_expect(doc, "string(//m:decision[4]/m:em)", "adopted");
    xmlFreeDoc(doc);
}

static void test_list_items(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<list><item>First point.</item>"
                        "<item>" ARROW "MAG members to review the draft."
                        "<list><item>by Friday</item></list></item>"
                        "<item>Decision: adopted.</item></list>");
    /* the list stays whole; the items hold the action and the decision */
    pt_expect(doc, "count(/m:minutes/m:body/m:list/m:item)", "3");
    pt_expect(doc, "string(//m:item[2]/m:action/@owner)", "MAG members");
    pt_expect(doc, "string(//m:item[2]/m:action)", "MAG members to review the draft.");
    pt_expect(doc, "name(//m:item[2]/*[1])", "action");
    pt_expect(doc, "count(//m:item[2]/m:list/m:item)", "1");
    pt_expect(doc, "string(/m:minutes/m:body/m:list/m:item[3]/m:decision)", "adopted.");
    xmlFreeDoc(doc);
}

static void test_not_markers(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Actions:</p><list><item>x</item></list>"
                        "<p>Actionable items are listed below.</p>"
                        "<p>Agreed that the text is fine</p>"
                        "<p>The decision: postponed.</p>"
                        "<p>Costs -&gt; up.</p>"
                        "<section><heading>ACTION: heading text</heading></section>");
    pt_expect(doc, "count(//m:action | //m:decision)", "0");
    pt_expect(doc, "count(//m:p)", "5");
    pt_expect(doc, "string(//m:heading)", "ACTION: heading text");
    xmlFreeDoc(doc);
}

/* A subject after "The " is searched for past the article: a verb that
 * starts inside "The " (its space) once made the owner's length negative
 * and the copy ran off a malloc(0) (issue 14). */
static void test_owner_after_article(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Action: The - x</p>"
                        "<p>ACTION: The - x</p>"
                        "<p>" ARROW "The to x</p>"
                        "<p>Action: The: x</p>"
                        "<p>Action: The will x</p>"
                        "<p>Action: The \xE2\x80\x93 x</p>"
                        "<p>Action: The\xC2\xA0- x</p>"
                        "<p>Action: The\xE2\x80\x83to x</p>"
                        "<p>" ARROW "The</p>"
                        "<p>Action: The Secretariat will send the notes.</p>"
                        "<p>ACTION (The - x): y</p>"
                        "<p>ACTION ( ): The - x</p>"
                        "<p>ACTION (K. Novak) The - x</p>"
                        "<list><item>Action: The - x</item><item>" ARROW "The: x</item></list>");
    pt_expect(doc, "count(//m:action)", "14");
    pt_expect(doc, "count(//m:action[@owner])", "2");
    pt_expect(doc, "string(//m:action[1])", "The - x");
    pt_expect(doc, "string(//m:action[3])", "The to x");
    pt_expect(doc, "string(//m:action[4])", "The: x");
    pt_expect(doc, "string(//m:action[9])", "The");
    pt_expect(doc, "string(//m:action[10]/@owner)", "Secretariat");
    pt_expect(doc, "string(//m:action[11]/@owner)", "The - x");
    pt_expect(doc, "string(//m:action[11])", "y");
    pt_expect(doc, "string(//m:action[12])", "The - x");
    /* no colon after the parenthesis: not a marker */
    pt_expect(doc, "string(//m:p)", "ACTION (K. Novak) The - x");
    pt_expect(doc, "string(//m:item[1]/m:action)", "The - x");
    pt_expect(doc, "string(//m:item[2]/m:action)", "The: x");
    xmlFreeDoc(doc);

    doc = run("<p>Decision: The - x</p><p>DECISION: The: x</p>");
    pt_expect(doc, "count(//m:decision)", "2");
    pt_expect(doc, "string(//m:decision[1])", "The - x");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_arrows),
        cmocka_unit_test(test_markers_and_owners),
        cmocka_unit_test(test_decisions),
        cmocka_unit_test(test_list_items),
        cmocka_unit_test(test_not_markers),
        cmocka_unit_test(test_owner_after_article),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
