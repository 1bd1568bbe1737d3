/* SPDX-License-Identifier: MIT */
/* The actions pass: markers, owners, decisions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
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

/* Two marked lines a reader joined into one paragraph are two actions,
 * each with its owner; a trailing "Action: SH" names the owner of the
 * sentence before it and starts nothing. */
static void test_joined_keys(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>ACTION on Irene to publish the errata by Friday. "
                        "ACTION on Tomas and Lea to draft the test plan for the parser.</p>"
                        "<p>ACTION: Ravi to call the venue about the date. Action: RK</p>");
    pt_expect(doc, "count(//m:action)", "3");
    pt_expect(doc, "string(//m:action[1]/@owner)", "Irene");
    pt_expect(doc, "string(//m:action[1])", "ACTION on Irene to publish the errata by Friday.");
    pt_expect(doc, "string(//m:action[2])", "ACTION on Tomas and Lea to draft the test plan for the parser.");
    pt_expect(doc, "string(//m:action[2]/@owner)", "Tomas and Lea");
    pt_expect(doc, "string(//m:action[3]/@owner)", "Ravi");
    xmlFreeDoc(doc);
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
                        "<p>The decision: postponed.</p>"
                        "<p>Costs -&gt; up.</p>"
                        "<section><heading>ACTION: heading text</heading></section>");
    pt_expect(doc, "count(//m:action | //m:decision)", "0");
    pt_expect(doc, "count(//m:p)", "4");
    pt_expect(doc, "string(//m:heading)", "ACTION: heading text");
    xmlFreeDoc(doc);
}


/* Keys as groups write them: numbered, with the owner after "on", in
 * brackets or parentheses, before a colon; in any case, with emphasis. */
static void test_key_forms(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Action 3: Chairs to book the interim.</p>"
                        "<p><strong>Action #2:</strong> merge the parser fix (Lena Holm)</p>"
                        "<p>ACTION on Tomas Berg to send the liaison letter.</p>"
                        "<p>AI: Authors to post revision 07.</p>"
                        "<p>TODO(Mira): rename the branch.</p>"
                        "<p>[ACTION] Oskar \xE2\x80\x93 order the badges.</p>"
                        "<p>Action Ruth Okafor: collect the ballots.</p>"
                        "<p>@ravi: check the mirror certificates</p>"
                        "<p>action item C12: Dee to chase the venue.</p>"
                        "<p>The ai: model was discussed.</p>"
                        "<p>Action items from earlier meetings were reviewed.</p>");
    pt_expect(doc, "count(//m:action)", "9");
    pt_expect(doc, "string(//m:action[1]/@ref)", "3");
    pt_expect(doc, "string(//m:action[1]/@owner)", "Chairs");
    pt_expect(doc, "string(//m:action[1])", "Action 3: Chairs to book the interim."); /* nothing lost */
    pt_expect(doc, "string(//m:action[2]/@ref)", "2");
    pt_expect(doc, "string(//m:action[2]/@owner)", "Lena Holm");
    pt_expect(doc, "string(//m:action[3]/@owner)", "Tomas Berg");
    pt_expect(doc, "string(//m:action[4]/@owner)", "Authors");
    pt_expect(doc, "string(//m:action[5]/@owner)", "Mira");
    pt_expect(doc, "string(//m:action[5])", "rename the branch.");
    pt_expect(doc, "string(//m:action[6]/@owner)", "Oskar");
    pt_expect(doc, "string(//m:action[7]/@owner)", "Ruth Okafor");
    pt_expect(doc, "string(//m:action[8]/@owner)", "@ravi");
    pt_expect(doc, "string(//m:action[9]/@ref)", "C12");
    pt_expect(doc, "string(//m:action[9]/@owner)", "Dee");
    pt_expect(doc, "count(//m:p)", "2");
    xmlFreeDoc(doc);
}

/* Task boxes give the status; a status at the end of a line, after a dash,
 * in parentheses or after "Status:", gives it too. */
static void test_boxes_and_status(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<list><item>[ ] @mika draft the onboarding page</item>"
                        "<item>[x] @jo + @pat: rotate the signing key</item>"
                        "<item>\xE2\x98\x92 @li: close the old tracker</item></list>"
                        "<p>ACTION: Ines to update the FAQ \xE2\x80\x94 done, see PR 12.</p>"
                        "<p>ACTION: Ines to port the tests (carried over from May).</p>"
                        "<p>ACTION: Ines to draft the survey. Status: in progress.</p>"
                        "<p>ACTION: Ines to complete the survey.</p>"
                        "<p>ACTION: Ines to review the plan \xE2\x80\x93 complete the survey first.</p>");
    pt_expect(doc, "string(//m:item[1]/m:action/@status)", "open");
    pt_expect(doc, "string(//m:item[1]/m:action/@owner)", "@mika");
    pt_expect(doc, "string(//m:item[2]/m:action/@status)", "done");
    pt_expect(doc, "string(//m:item[2]/m:action/@owner)", "@jo, @pat");
    pt_expect(doc, "string(//m:item[3]/m:action/@status)", "done");
    pt_expect(doc, "string(/m:minutes/m:body/m:action[1]/@status)", "done");
    pt_expect(doc, "string(/m:minutes/m:body/m:action[2]/@status)", "carried");
    pt_expect(doc, "string(/m:minutes/m:body/m:action[3]/@status)", "carried");
    /* a task is no state: "complete the survey" */
    pt_expect(doc, "count(/m:minutes/m:body/m:action[4]/@status)", "0");
    pt_expect(doc, "count(/m:minutes/m:body/m:action[5]/@status)", "0");
    xmlFreeDoc(doc);
}

/* "… Action: Name" at the end of a paragraph or as a cell of its own. */
static void test_trailing_owner(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>The hall needs new curtains before the fair.\t<strong>Action: Ruth</strong></p>"
                        "<p>Paint was ordered. Action: GH, KL</p>"
                        "<p>These actions were reviewed: none open.</p>"
                        "<table><row><cell>Posters to be printed by Friday.</cell>"
                        "<cell>Action: Omar</cell></row></table>");
    pt_expect(doc, "string(/m:minutes/m:body/m:action[1]/@owner)", "Ruth");
    pt_expect(doc, "string(/m:minutes/m:body/m:action[2]/@owner)", "GH, KL");
    pt_expect(doc, "count(/m:minutes/m:body/m:p)", "1");
    pt_expect(doc, "string(//m:cell[1]/m:action/@owner)", "Omar");
    xmlFreeDoc(doc);
}

/* Items under an action heading are actions; a review of earlier actions
 * gives them "carried" unless they say done, and a report is no action. */
static void test_action_sections(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>\xF0\x9F\x93\x8C Next steps</heading>"
                        "<list><item>Ana: write the release notes</item>"
                        "<item>Bo \xE2\x80\x93 book the room for June</item>"
                        "<item>find a volunteer for the stand</item></list>"
                        "<p>Next meeting: 4 June.</p></section>"
                        "<section><heading>Review of outstanding action items</heading>"
                        "<list><item>Chen: migrate the wiki \xE2\x80\x94 done.</item>"
                        "<item>Dana: audit the licences</item>"
                        "<item>The survey results were published on the wiki.</item></list>"
                        "<p>ACTION: Dana to share the audit by Friday</p></section>"
                        "<section><heading>Follow-up on the outage</heading>"
                        "<list><item>Ops will add a second alarm.</item></list></section>");
    pt_expect(doc, "count(//m:section[1]//m:action)", "3");
    pt_expect(doc, "string(//m:section[1]//m:item[1]/m:action/@owner)", "Ana");
    pt_expect(doc, "string(//m:section[1]//m:item[2]/m:action/@owner)", "Bo");
    pt_expect(doc, "count(//m:section[1]//m:item[3]/m:action/@owner)", "0");
    pt_expect(doc, "count(//m:section[1]/m:p)", "1"); /* "Next meeting:" is no one */
    pt_expect(doc, "string(//m:section[2]//m:item[1]/m:action/@status)", "done");
    pt_expect(doc, "string(//m:section[2]//m:item[2]/m:action/@status)", "carried");
    pt_expect(doc, "count(//m:section[2]//m:item[3]/m:action)", "0");
    /* a new action under the review is new */
    pt_expect(doc, "count(//m:section[2]/m:action/@status)", "0");
    pt_expect(doc, "count(//m:section[3]//m:action)", "0");
    xmlFreeDoc(doc);
}

/* Prose that tells an action the section records with a marker goes back
 * to text: about the same thing ("book"), or right before it; another task
 * of the same person stays an action. */
static void test_prose_told_twice(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc("", "<section><heading>Lunch</heading>"
                               "<p>Noor to book the room for the lunch.</p>"
                               "<p>Noor to send the menu round.</p>"
                               "<p>ACTION: Noor to book a room</p></section>"
                               "<section><heading>Release</heading>"
                               "<p>Agreed: adopt the process; Ivo to update the page.</p>"
                               "<p>ACTION: Ivo to add the signing section</p></section>");
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr parts = xmlNewChild(root, root->ns, BAD_CAST "participants", NULL);
    xmlNodePtr g = xmlNewChild(parts, root->ns, BAD_CAST "group", NULL);
    xmlNodePtr noor = xmlNewChild(g, root->ns, BAD_CAST "person", BAD_CAST "Noor Saleh");
    xmlNewProp(noor, BAD_CAST "given", BAD_CAST "Noor");
    xmlNodePtr ivo = xmlNewChild(g, root->ns, BAD_CAST "person", BAD_CAST "Ivo Petrov");
    xmlNewProp(ivo, BAD_CAST "given", BAD_CAST "Ivo");
    assert_int_equal(mn_pass_actions(doc, job), 0);
    pt_expect(doc, "count(//m:action)", "3");
    pt_expect(doc, "string(//m:section[1]/m:p[1])", "Noor to book the room for the lunch.");
    pt_expect(doc, "string(//m:section[1]/m:action[1])", "Noor to send the menu round.");
    pt_expect(doc, "string(//m:section[2]/m:action[1]/@owner)", "Ivo");
    pt_expect(doc, "count(//m:section[2]/m:action)", "1");
    pt_expect(doc, "count(//@*[starts-with(name(), 'mn-')])", "0");
    mn_job_free(job);
    xmlFreeDoc(doc);
}

/* "Name to …" without a marker when the name is a participant, a role or
 * initials; a summary list that repeats an action keeps one. */
static void test_unmarked_and_summaries(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc("", "<p>Welcome to the meeting.</p>"
                               "<p>Greta to send the budget to the bank.</p>"
                               "<p>Clerk to write to the residents.</p>"
                               "<p>TM to order the shredder.</p>"
                               "<p>ACTION: Greta to call the auditors</p>"
                               "<section><heading>Summary of action items</heading>"
                               "<list><item>ACTION: Greta to call the auditors</item></list></section>");
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr parts = xmlNewChild(root, root->ns, BAD_CAST "participants", NULL);
    xmlNodePtr g = xmlNewChild(parts, root->ns, BAD_CAST "group", NULL);
    xmlNodePtr person = xmlNewChild(g, root->ns, BAD_CAST "person", BAD_CAST "Greta Lind");
    xmlNewProp(person, BAD_CAST "given", BAD_CAST "Greta");
    xmlNewProp(person, BAD_CAST "family", BAD_CAST "Lind");
    assert_int_equal(mn_pass_actions(doc, job), 0);
    pt_expect(doc, "count(//m:action)", "4");
    pt_expect(doc, "string(//m:action[1]/@owner)", "Greta");
    pt_expect(doc, "string(//m:action[2]/@owner)", "Clerk");
    pt_expect(doc, "string(//m:action[3]/@owner)", "TM");
    pt_expect(doc, "string(//m:p[1])", "Welcome to the meeting.");
    pt_expect(doc, "count(//m:item/m:action)", "0");
    pt_expect(doc, "count(//@*[starts-with(name(), 'mn-')])", "0");
    mn_job_free(job);
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

/* A review of earlier actions ("Matters arising"): an item that reports its
 * state is an action with it; a report alone is none.  "Action: Name" on
 * the line after a paragraph makes the paragraph the action.  An item's
 * number is no owner, and neither is its state. */
static void test_review_and_owner_lines(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Matters arising</heading><list>"
                        "<item>Notice board \xE2\x80\x94 repainted in May. Done.</item>"
                        "<item>Hall heating \xE2\x80\x94 still waiting for the engineer. Carried forward.</item>"
                        "<item>The treasurer thanked the volunteers for the fair.</item>"
                        "</list></section>"
                        "<section><heading>Other business</heading>"
                        "<p>Litter on the towpath again; Nadia will report it to the canal trust.</p>"
                        "<p>Action: Nadia</p>"
                        "</section>"
                        "<section><heading>Action items</heading>"
                        "<list><item>#14 Gordon: file the hall insurance claim -- DONE</item></list>"
                        "</section>");
    pt_expect(doc, "count(//m:section[1]//m:action)", "2");
    pt_expect(doc, "string(//m:section[1]//m:item[1]/m:action/@status)", "done");
    pt_expect(doc, "string(//m:section[1]//m:item[2]/m:action/@status)", "carried");
    pt_expect(doc, "count(//m:section[2]/m:p)", "0");
    pt_expect(doc, "string(//m:section[2]/m:action/@owner)", "Nadia");
    pt_expect(doc, "count(//m:section[2]/m:action/m:br)", "1");
    pt_expect(doc, "string(//m:section[3]//m:item/m:action/@owner)", "Gordon");
    pt_expect(doc, "string(//m:section[3]//m:item/m:action/@status)", "done");
    xmlFreeDoc(doc);
}

/* French subjects put the noun first ("Les membres du GMP sont invités
 * à …"): glue words and a capitalised name make an owner; an elided link
 * ("priés d'indiquer") is a link; a subject of common nouns ("les membres
 * du bureau") or a thing ("Le rapport doit …") owns nothing. */
static void test_owners_fr(void **state)
{
    (void)state;
    char path[512], *error = NULL;
    snprintf(path, sizeof path, "%s/lexicons/fr.xml", MN_TEST_SOURCE_DIR);
    mn_lexicon *fr = mn_lexicon_load(path, "fr", &error);
    if (!fr)
        fail_msg("%s", error);
    const mn_lexicon *before = mn_lx_use(fr);
    xmlDocPtr doc = run("<p>\xE2\x86\x92 Les membres du GMP sont invit\xC3\xA9s \xC3\xA0 commenter le projet.</p>"
                        "<p>\xE2\x86\x92 Les membres du CA ont \xC3\xA9t\xC3\xA9 pri\xC3\xA9s d'indiquer leurs dates.</p>"
                        "<p>\xE2\x86\x92 Les membres du bureau sont invit\xC3\xA9s \xC3\xA0 relire le texte.</p>"
                        "<p>\xE2\x86\x92 Le rapport doit \xC3\xAAtre relu.</p>");
    pt_expect(doc, "count(//m:action)", "4");
    pt_expect(doc, "string(//m:action[1]/@owner)", "membres du GMP");
    pt_expect(doc, "string(//m:action[2]/@owner)", "membres du CA");
    pt_expect(doc, "count(//m:action[3]/@owner)", "0");
    pt_expect(doc, "count(//m:action[4]/@owner)", "0");
    xmlFreeDoc(doc);
    mn_lx_use(before);
    mn_lexicon_free(fr);
}

/* A role of the lexicon after an article, then a verb, owns the action
 * ("Le Secrétariat établira …", "Mme le Maire transmettra …"); a thing
 * ("Le rapport sera …") or a role set off by a comma owns nothing. */
static void test_role_subjects_fr(void **state)
{
    (void)state;
    char path[512], *error = NULL;
    snprintf(path, sizeof path, "%s/lexicons/fr.xml", MN_TEST_SOURCE_DIR);
    mn_lexicon *fr = mn_lexicon_load(path, "fr", &error);
    if (!fr)
        fail_msg("%s", error);
    const mn_lexicon *before = mn_lx_use(fr);
    xmlDocPtr doc = run("<p>\xE2\x86\x92 Le Secr\xC3\xA9tariat \xC3\xA9tablira la r\xC3\xA9vision du projet.</p>"
                        "<p>\xE2\x86\x92 Mme le Maire transmettra la motion au pr\xC3\xA9" "fet.</p>"
                        "<p>\xE2\x86\x92 La direction transmet l'\xC3\xA9tude aux \xC3\xA9lus.</p>"
                        "<p>\xE2\x86\x92 Le rapport sera diffus\xC3\xA9 aux membres.</p>"
                        "<p>\xE2\x86\x92 Le Pr\xC3\xA9sident, avec le Bureau, fixera la date.</p>");
    pt_expect(doc, "count(//m:action)", "5");
    pt_expect(doc, "string(//m:action[1]/@owner)", "Secr\xC3\xA9tariat");
    pt_expect(doc, "string(//m:action[2]/@owner)", "Maire");
    pt_expect(doc, "string(//m:action[3]/@owner)", "direction");
    pt_expect(doc, "count(//m:action[4]/@owner)", "0");
    pt_expect(doc, "count(//m:action[5]/@owner)", "0");
    xmlFreeDoc(doc);
    mn_lx_use(before);
    mn_lexicon_free(fr);
}

/* Who the meeting asks owns the action: "Il est demandé au secrétariat
 * de …" (fr), "The committee asked Ravi to …" (en); a question asked, or
 * words that are no names, own nothing. */
static void test_lead_owners(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<list><item>" ARROW "The committee asked Ravi Menon to price a second van.</item>"
                        "<item>" ARROW "Members asked whether the hall is free to book.</item></list>");
    pt_expect(doc, "string(//m:action[1]/@owner)", "Ravi Menon");
    pt_expect(doc, "count(//m:action[2]/@owner)", "0");
    xmlFreeDoc(doc);
    char path[512], *error = NULL;
    snprintf(path, sizeof path, "%s/lexicons/fr.xml", MN_TEST_SOURCE_DIR);
    mn_lexicon *fr = mn_lexicon_load(path, "fr", &error);
    if (!fr)
        fail_msg("%s", error);
    const mn_lexicon *before = mn_lx_use(fr);
    doc = run("<p>\xE2\x86\x92 Il est demand\xC3\xA9 au secr\xC3\xA9tariat de pr\xC3\xA9parer une note.</p>"
              "<p>\xE2\x86\x92 Il est demand\xC3\xA9 aux deux groupes de se r\xC3\xA9unir.</p>");
    pt_expect(doc, "string(//m:action[1]/@owner)", "secr\xC3\xA9tariat");
    pt_expect(doc, "count(//m:action[2]/@owner)", "0");
    xmlFreeDoc(doc);
    mn_lx_use(before);
    mn_lexicon_free(fr);
}

/* A heading that ran on from a minute's text and ends in a label ("…
 * Approved without comments. Open APs from 08.11.:") makes the list right
 * after it a list of carried actions, and nothing after that list; an
 * owner in parentheses before a state ("(Louise) - done.") owns it. */
static void test_run_on_label(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Minutes of 3 May Approved as written. Open APs from 03.05.:</heading>"
                        "<list><item>Supplier audit of the Aarhus plant (Louise) - done.</item>"
                        "<item>Price list for Norway (Henrik) - ongoing.</item></list>"
                        "<p>Henrik expects to close the year at budget.</p></section>");
    pt_expect(doc, "count(//m:action)", "2");
    pt_expect(doc, "string(//m:action[1]/@owner)", "Louise");
    pt_expect(doc, "string(//m:action[1]/@status)", "done");
    pt_expect(doc, "string((//m:action)[2]/@owner)", "Henrik");
    xmlFreeDoc(doc);
    /* the same label ending the minute's paragraph under a heading that
     * stands apart (a hanging indent kept the lines out of the heading) */
    doc = run("<section><heading>Minutes of 3 May</heading>"
              "<p>Approved as written. Open APs from 03.05.:</p>"
              "<list><item>Supplier audit of the Aarhus plant (Louise) - done.</item>"
              "<item>Price list for Norway (Henrik) - ongoing.</item></list>"
              "<p>Henrik expects to close the year at budget.</p>"
              "<list><item>Export figures for Germany.</item></list></section>");
    pt_expect(doc, "count(//m:action)", "2");
    pt_expect(doc, "string(//m:action[1]/@status)", "done");
    pt_expect(doc, "string((//m:action)[2]/@owner)", "Henrik");
    xmlFreeDoc(doc);
}

/* Participants' names that open an action, then a verb, own it ("Sofia
 * demande un devis", "Maëlle and Yann prepare …"); a name that is no
 * participant's, or a name before a capitalised word, owns nothing. */
static void test_name_subjects(void **state)
{
    (void)state;
    static const char xml[] =
        "<minutes xmlns='urn:minutes:1' version='1'><meta/><participants><group name='present'>"
        "<person given='Sofia' family='Ruiz'>Sofia Ruiz</person><person given='Yann' family='Le Goff'>Yann Le Goff</person>"
        "<person given='Ma\xC3\xABlle' family='Roux'>Ma\xC3\xABlle Roux</person></group></participants><body>"
        "<section><heading>Actions</heading><list>"
        "<item>Sofia demande un second devis au traiteur.</item>"
        "<item>Ma\xC3\xABlle and Yann prepare the annual report.</item>"
        "<item>Paris accueillera la prochaine rencontre.</item>"
        "<item>Sofia Ruiz Consulting sends the quote.</item></list></section></body></minutes>";
    xmlDocPtr doc = xmlReadMemory(xml, (int)sizeof xml - 1, NULL, NULL, 0);
    assert_non_null(doc);
    mn_job *job = pt_job();
    assert_int_equal(mn_pass_actions(doc, job), 0);
    mn_job_free(job);
    pt_expect(doc, "string((//m:action)[1]/@owner)", "Sofia");
    pt_expect(doc, "string((//m:action)[2]/@owner)", "Ma\xC3\xABlle and Yann");
    pt_expect(doc, "count((//m:action)[3]/@owner)", "0");
    pt_expect(doc, "count((//m:action)[4]/@owner)", "0");
    xmlFreeDoc(doc);
}

/* "ACTION: Head of Estates" alone under a numbered minute: an office's
 * title owns the paragraph above it, links ("of", "for") and a
 * parenthesised unit included; a sentence after the key is no title. */
static void test_office_owner_lines(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>7.2 The car park lighting is still failing on the north side and a survey is needed.</p>"
                        "<p>ACTION: Head of Estates</p>"
                        "<p>7.3 A revised induction pack for new tutors will go to the next committee.</p>"
                        "<p>ACTION: Dean (Arts and Humanities)</p>"
                        "<p>7.4 Room bookings moved to the new system in March.</p>"
                        "<p>ACTION: Send the report to all staff.</p>");
    pt_expect(doc, "count(//m:action)", "3");
    pt_expect(doc, "string(//m:action[1]/@owner)", "Head of Estates");
    pt_expect(doc, "substring(//m:action[1], 1, 25)", "7.2 The car park lighting");
    pt_expect(doc, "string(//m:action[2]/@owner)", "Dean (Arts and Humanities)");
    pt_expect(doc, "count(//m:p)", "1");
    pt_expect(doc, "string(//m:action[3])", "Send the report to all staff.");
    xmlFreeDoc(doc);
}

/* "AP Name:" is an action point with its owner, as "Action Name:" is;
 * "AP" in a sentence without a key's shape is none. */
static void test_action_point_key(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>AP Sune: send the freight quotes to Lotte.</p>"
                        "<p>AP style is used in the press releases.</p>");
    pt_expect(doc, "count(//m:action)", "1");
    pt_expect(doc, "string(//m:action/@owner)", "Sune");
    xmlFreeDoc(doc);
}

/* A board's "ACTION ITEMS" with a subsection per item of business: the
 * items of its consent agenda are no tasks; a task written as one still
 * is.  An "Action items" list without subsections stays a list of tasks. */
static void test_action_agenda_group(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>ACTION ITEMS</heading>"
                        "<section><heading>Consent Agenda</heading><list>"
                        "<item>Payroll warrants for March</item>"
                        "<item>Gift of 40 library books from the PTA</item></list>"
                        "<p>Clerk to publish the approved warrants on the website.</p></section>"
                        "<section><heading>Bus contract</heading>"
                        "<p>The contract was renewed for one year.</p></section></section>"
                        "<section><heading>Action items</heading><list>"
                        "<item>Gift letter to the PTA</item></list></section>");
    pt_expect(doc, "count(//m:section[1]//m:action)", "1");
    pt_expect(doc, "string(//m:section[1]//m:action/@owner)", "Clerk");
    pt_expect(doc, "count(//m:section[2]//m:action)", "1");
    xmlFreeDoc(doc);
}

/* An item whose last clause after "; " is a known person's task is that
 * action ("…; TKW to draft the PR"); a clause of someone unknown, a
 * passive of no one, or a point left pending ("still to be confirmed"),
 * makes none, and no decision either.  After a conclusion's outcome, a
 * passive task ("to be merged by the editors") is split off. */
static void test_clause_tasks(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Summary</heading><list>"
                        "<item>Broad support for the slimmer API; TKW to draft the PR for review.</item>"
                        "<item>Two engines ship it; the polyfill to be retired later.</item>"
                        "<item>Workshop in the spring; the venue is still to be confirmed.</item>"
                        "<item>Kept the old name; some people to think more about it.</item>"
                        "</list></section>");
    pt_expect(doc, "count(//m:action)", "1");
    pt_expect(doc, "string(//m:item[1]/m:action/@owner)", "TKW");
    pt_expect(doc, "count(//m:decision)", "0");
    xmlFreeDoc(doc);
    /* a conclusion's outcome with a task of no named doer after "; " */
    doc = run("<section><heading>Conclusion</heading><list>"
              "<item>Stage 3 for the slimmer API; the spec PR to be merged by the editors.</item>"
              "<item>Consensus on option B; notes to be added to the FAQ. To be confirmed on the list.</item>"
              "</list></section>");
    pt_expect(doc, "count(//m:decision)", "2");
    pt_expect(doc, "count(//m:action)", "1");
    pt_expect(doc, "string(//m:action)", "the spec PR to be merged by the editors.");
    xmlFreeDoc(doc);
}

/* "Action – Ana to …": a spaced dash closes the key as a colon does; a
 * bold action line at the end of a paragraph of discussion is a line of
 * its own, the discussion stays a paragraph; a bold lead-in is no tail. */
static void test_dash_key_and_bold_tail(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Boats</heading>"
                        "<p>Action \xE2\x80\x93 Ruth Tan to renew the boat licence.</p>"
                        "<p>The trailer needs new tyres. <strong>Action \xE2\x80\x93 Kofi Obi to book the "
                        "fitting.</strong></p>"
                        "<p><strong>Action items</strong> are listed below.</p>"
                        "<p>We spoke of the <strong>Action - Ana</strong> plan.</p></section>");
    pt_expect(doc, "count(//m:action)", "2");
    pt_expect(doc, "string(//m:action[1]/@owner)", "Ruth Tan");
    pt_expect(doc, "string(//m:action[1])", "Ruth Tan to renew the boat licence.");
    pt_expect(doc, "string(//m:action[2]/@owner)", "Kofi Obi");
    pt_expect(doc, "string(//m:section/m:p[1])", "The trailer needs new tyres.");
    pt_expect(doc, "count(//m:section/m:p)", "3");
    xmlFreeDoc(doc);
}

/* A decision key in capitals after a sentence ("… received. RESOLVED:
 * that …") is a resolution of its own; the sentence before it stays a
 * paragraph; "Resolved" in lower case inside a sentence is no key. */
static void test_resolved_run_in(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Finance</heading>"
                        "<p>The bank statement for May was noted. RESOLVED: that the grant to the "
                        "scout hut be paid.</p>"
                        "<p>The hedge was cut. Resolved issues are listed in the log.</p></section>");
    pt_expect(doc, "count(//m:decision)", "1");
    pt_expect(doc, "string(//m:decision/@kind)", "resolution");
    pt_expect(doc, "string(//m:decision)", "that the grant to the scout hut be paid.");
    pt_expect(doc, "string(//m:section/m:p[1])", "The bank statement for May was noted.");
    pt_expect(doc, "count(//m:section/m:p)", "2");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_arrows),
        cmocka_unit_test(test_dash_key_and_bold_tail),
        cmocka_unit_test(test_resolved_run_in),
        cmocka_unit_test(test_joined_keys),
        cmocka_unit_test(test_role_subjects_fr),
        cmocka_unit_test(test_lead_owners),
        cmocka_unit_test(test_run_on_label),
        cmocka_unit_test(test_name_subjects),
        cmocka_unit_test(test_review_and_owner_lines),
        cmocka_unit_test(test_office_owner_lines),
        cmocka_unit_test(test_action_point_key),
        cmocka_unit_test(test_action_agenda_group),
        cmocka_unit_test(test_clause_tasks),
        cmocka_unit_test(test_markers_and_owners),
        cmocka_unit_test(test_decisions),
        cmocka_unit_test(test_list_items),
        cmocka_unit_test(test_not_markers),
        cmocka_unit_test(test_owner_after_article),
        cmocka_unit_test(test_key_forms),
        cmocka_unit_test(test_boxes_and_status),
        cmocka_unit_test(test_trailing_owner),
        cmocka_unit_test(test_action_sections),
        cmocka_unit_test(test_unmarked_and_summaries),
        cmocka_unit_test(test_prose_told_twice),
        cmocka_unit_test(test_owners_fr),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
