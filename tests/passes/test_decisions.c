/* SPDX-License-Identifier: MIT */
/* The actions pass on decisions written as prose, motions and their votes,
 * conclusion sections, and action registers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

static xmlDocPtr run_meta(const char *meta, const char *body)
{
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc(meta, body);
    assert_int_equal(mn_pass_actions(doc, job), 0);
    mn_job_free(job);
    return doc;
}

static xmlDocPtr run(const char *body)
{
    return run_meta("", body);
}

/* Passive approvals, a body that decides, phrases; and what is none. */
static void test_prose(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>The minutes of the meeting held on 2 May were approved as a true record.</p>"
                        "<p>Agenda adopted with one late item.</p>"
                        "<p>The committee agreed to hold the fair on the green.</p>"
                        "<p>After a long debate the WG decided to drop the annex.</p>"
                        "<p>It was agreed that the fees stay as they are.</p>"
                        "<p>Approved by General Consent.</p>"
                        "<p>Kim Osei \xE2\x80\x94 elected unopposed.</p>"
                        "<p>Lee asked whether the hall was free; Sam agreed.</p>"
                        "<p>The stage was painted as agreed in March.</p>"
                        "<p>Several options were discussed; no decision was taken.</p>"
                        "<p>Do we have consensus on the draft?</p>"
                        "<p>Nadia approved the invoice.</p>"
                        "<p>Rosa Lind was elected Treasurer on a show of hands.</p>");
    pt_expect(doc, "count(//m:decision)", "8");
    pt_expect(doc, "string(//m:decision[8]/@kind)", "approval");
    pt_expect(doc, "string(//m:decision[1]/@kind)", "approval");
    pt_expect(doc, "string(//m:decision[2]/@kind)", "approval");
    pt_expect(doc, "string(//m:decision[3]/@kind)", "consensus");
    pt_expect(doc, "string(//m:decision[4]/@kind)", "consensus");
    pt_expect(doc, "string(//m:decision[5]/@kind)", "consensus");
    pt_expect(doc, "string(//m:decision[6]/@kind)", "approval");
    pt_expect(doc, "string(//m:decision[7]/@kind)", "approval");
    pt_expect(doc, "count(//m:decision[@result='carried'])", "8");
    pt_expect(doc, "count(//m:p)", "5");
    xmlFreeDoc(doc);
}

/* Motions: mover, seconder, vote and result; a failed motion is a decision;
 * a proposal only discussed is none; a result in the next paragraph goes
 * to its motion. */
static void test_motions(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Motion by Dr Ruiz, second by Vice Chair Bell, to buy two laptops. "
                        "Motion carried 5\xE2\x80\x93" "0\xE2\x80\x93" "1.</p>"
                        "<p>Jonas moved to close the shop on Sundays; seconded by Pia. "
                        "For 2, Against 4, Abstain 1. The motion was LOST.</p>"
                        "<p>M/S Tran/Varga to approve the December bills. Carried.</p>"
                        "<p>The Bureau approved the budget by 6 votes to 1, with 1 abstention.</p>"
                        "<p>Motion by Cllr Obi to adopt the plan. Roll call vote \xE2\x80\x93 Ayes: Cho, Diaz, "
                        "Obi. Noes: Lind. Abstentions: none.</p>"
                        "<p>It was moved by Cllr Hart and seconded by Cllr Moss that the grant be paid.</p>"
                        "<p>The substantive motion was put: For 6, Against 2. The motion was CARRIED.</p>"
                        "<p>Hana suggested moving the meeting to Tuesdays.</p>");
    pt_expect(doc, "string(//m:decision[1]/@kind)", "motion");
    pt_expect(doc, "string(//m:decision[1]/@mover)", "Dr Ruiz");
    pt_expect(doc, "string(//m:decision[1]/@seconder)", "Vice Chair Bell");
    pt_expect(doc, "string(//m:decision[1]/@vote)", "5-0-1");
    pt_expect(doc, "string(//m:decision[2]/@mover)", "Jonas");
    pt_expect(doc, "string(//m:decision[2]/@seconder)", "Pia");
    pt_expect(doc, "string(//m:decision[2]/@vote)", "2-4-1");
    pt_expect(doc, "string(//m:decision[2]/@result)", "failed");
    pt_expect(doc, "string(//m:decision[3]/@mover)", "Tran");
    pt_expect(doc, "string(//m:decision[3]/@seconder)", "Varga");
    pt_expect(doc, "string(//m:decision[4]/@vote)", "6-1-1");
    pt_expect(doc, "string(//m:decision[4]/@kind)", "motion");
    pt_expect(doc, "string(//m:decision[5]/@vote)", "3-1");
    pt_expect(doc, "string(//m:decision[6]/@mover)", "Cllr Hart");
    pt_expect(doc, "string(//m:decision[6]/@vote)", "6-2");
    pt_expect(doc, "count(//m:decision)", "6");
    pt_expect(doc, "count(//m:p)", "2");
    xmlFreeDoc(doc);
}

/* Votes written around numbers that are not votes. */
static void test_not_votes(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>RESOLVED to adopt Resolution No. 2016-07 (2019-05-07 draft).</p>"
                        "<p>The board agreed to meet for 2 hours against the usual 3.</p>");
    pt_expect(doc, "count(//m:decision)", "2");
    pt_expect(doc, "count(//m:decision/@vote)", "0");
    pt_expect(doc, "string(//m:decision[1]/@kind)", "resolution");
    xmlFreeDoc(doc);
}

/* A transcript's conclusion: outcomes are decisions, "X to …" an action,
 * remarks and labels nothing. */
static void test_conclusion(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Summary/Conclusion</heading><list>"
                        "<item>Stage 2 for the pipeline operator.</item>"
                        "<item>No consensus on the naming.</item>"
                        "<item>KLM to update the explainer.</item>"
                        "<item>Open questions: defaults, errors.</item>"
                        "<item>RTS noted the cost of the change.</item>"
                        "<item>Tests to be merged after review.</item></list></section>"
                        "<section><heading>Decisions</heading><list>"
                        "<item>Keep the weekly slot on Mondays.</item></list></section>");
    pt_expect(doc, "count(//m:section[1]//m:decision)", "2");
    pt_expect(doc, "string(//m:section[1]//m:item[2]/m:decision/@result)", "failed");
    pt_expect(doc, "count(//m:section[1]//m:action)", "2");
    pt_expect(doc, "string(//m:section[1]//m:item[3]/m:action/@owner)", "KLM");
    pt_expect(doc, "string(//m:section[2]//m:decision/@kind)", "consensus");
    xmlFreeDoc(doc);
}

/* A Word template's "Conclusions:" field holds decisions up to the next
 * label or table. */
static void test_labels(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p><strong>Discussion:</strong></p><p>The launch slipped a week.</p>"
                        "<p><strong>Conclusions:</strong></p><p>The launch moves to June.</p>"
                        "<table><row><cell>Agenda item:</cell><cell>Budget</cell></row></table>"
                        "<p>The budget is on track.</p>");
    pt_expect(doc, "count(//m:decision)", "1");
    pt_expect(doc, "string(//m:decision)", "The launch moves to June.");
    xmlFreeDoc(doc);
    /* a field that says nothing was concluded is no decision; a register
     * table and a new bold field close the label's field */
    doc = run("<p><strong>Conclusions:</strong></p><p>None yet; we look at it again in May.</p>"
              "<p><strong>Conclusions:</strong></p><p>The stand stays in hall B.</p>"
              "<table><row><cell>Action items</cell><cell>Person responsible</cell>"
              "<cell>Deadline</cell></row><row><cell>Book the stand</cell><cell>Rui Costa</cell>"
              "<cell/></row></table>"
              "<p>The caterer sent two quotes.</p>"
              "<p><strong>Conclusions:</strong></p><p>The quiz night goes ahead.</p>"
              "<p><strong>Next meeting:</strong> Friday in the small hall.</p>");
    pt_expect(doc, "count(//m:decision)", "2");
    pt_expect(doc, "string(//m:decision[1])", "The stand stays in hall B.");
    pt_expect(doc, "string(//m:decision[2])", "The quiz night goes ahead.");
    pt_expect(doc, "count(//m:action)", "1");
    xmlFreeDoc(doc);
}

/* Action registers: the header names the columns; each row an action with
 * its owner, due date (a date in the Due column) and status. */
static void test_registers(void **state)
{
    (void)state;
    xmlDocPtr doc = run_meta("<date>2027-01-12</date>",
                             "<table><row><cell><strong>#</strong></cell><cell>Action</cell>"
                             "<cell>Owner</cell><cell>Due</cell><cell>Status</cell></row>"
                             "<row><cell>14</cell><cell>Book the hall</cell><cell>Kirsty</cell>"
                             "<cell>31/01/2027</cell><cell>Open</cell></row>"
                             "<row><cell>15</cell><cell>Renew the insurance</cell><cell>Ross, Euan</cell>"
                             "<cell>\xE2\x80\x93</cell><cell>Ongoing \xE2\x80\x93 carried</cell></row>"
                             "<row><cell>16</cell><cell>Print the flyers</cell><cell>TBD</cell>"
                             "<cell>Feb 3</cell><cell>Done</cell></row></table>"
                             "<table><row><cell>Item</cell><cell>Notes</cell><cell>Action</cell></row>"
                             "<row><cell>1</cell><cell>The meter reading is up on last year.</cell><cell/></row>"
                             "<row><cell>2</cell><cell>Rats were seen by the compost bays.</cell>"
                             "<cell>DH</cell></row></table>"
                             "<table><row><cell>Decision</cell><cell>Owner</cell></row>"
                             "<row><cell>Weekly sync moves to Thursdays</cell><cell>Kim</cell></row></table>"
                             "<table><row><cell>Decision</cell><cell>Made by</cell><cell>Date</cell></row>"
                             "<row><cell>Close the office on Fridays</cell><cell>Board</cell>"
                             "<cell>3/1/2027</cell></row></table>"
                             "<table><row><cell>Name</cell><cell>Company</cell><cell>Status</cell></row>"
                             "<row><cell>Ana Ruiz</cell><cell>Acme</cell><cell>Present</cell></row></table>");
    pt_expect(doc, "count(//m:action)", "4");
    pt_expect(doc, "string(//m:row[2]/m:cell[2]/m:action/@owner)", "Kirsty");
    pt_expect(doc, "string(//m:row[2]/m:cell[2]/m:action/@ref)", "14");
    pt_expect(doc, "string(//m:row[2]/m:cell[2]/m:action/@due)", "2027-01-31");
    pt_expect(doc, "string(//m:row[2]/m:cell[2]/m:action/@status)", "open");
    pt_expect(doc, "string(//m:row[2]/m:cell[4]/m:date/@value)", "2027-01-31");
    pt_expect(doc, "string(//m:row[3]/m:cell[2]/m:action/@owner)", "Ross, Euan");
    pt_expect(doc, "string(//m:row[3]/m:cell[2]/m:action/@status)", "carried");
    pt_expect(doc, "count(//m:row[3]/m:cell[2]/m:action/@due)", "0");
    pt_expect(doc, "count(//m:row[4]/m:cell[2]/m:action/@owner)", "0");
    pt_expect(doc, "string(//m:row[4]/m:cell[2]/m:action/@due)", "2027-02-03");
    pt_expect(doc, "string(//m:row[4]/m:cell[2]/m:action/@status)", "done");
    /* "Item | Notes | Action": the action column says who acts on the notes */
    pt_expect(doc, "string(//m:table[2]/m:row[3]/m:cell[2]/m:action/@owner)", "DH");
    pt_expect(doc, "count(//m:table[2]/m:row[2]//m:action)", "0");
    pt_expect(doc, "string(//m:table[3]//m:decision)", "Weekly sync moves to Thursdays");
    /* "Decision | Made by | Date": who settled it is no owner, its date no due */
    pt_expect(doc, "count(//m:table[4]//m:decision)", "1");
    pt_expect(doc, "string(//m:table[4]//m:decision)", "Close the office on Fridays");
    pt_expect(doc, "count(//m:table[4]//m:date)", "0");
    pt_expect(doc, "count(//m:table[5]//m:action | //m:table[5]//m:decision)", "0");
    pt_expect(doc, "count(//@*[starts-with(name(), 'mn-')])", "0");
    xmlFreeDoc(doc);
    /* "Who | What | By when" is a register; "When | What | Who" a schedule */
    doc = run_meta("<date>2027-01-12</date>",
                   "<table><row><cell>Who</cell><cell>What</cell><cell>By when</cell></row>"
                   "<row><cell>Noor Hadi</cell><cell>Order the new chairs</cell><cell>20/01/2027</cell></row>"
                   "</table>"
                   "<table><row><cell>When</cell><cell>What</cell><cell>Who</cell></row>"
                   "<row><cell>10:00</cell><cell>Welcome and coffee</cell><cell>Noor Hadi</cell></row>"
                   "</table>");
    pt_expect(doc, "count(//m:action)", "1");
    pt_expect(doc, "string(//m:table[1]//m:action)", "Order the new chairs");
    pt_expect(doc, "string(//m:table[1]//m:action/@owner)", "Noor Hadi");
    pt_expect(doc, "string(//m:table[1]//m:action/@due)", "2027-01-20");
    xmlFreeDoc(doc);
}

/* A resolution over several paragraphs and its result line are one
 * decision; a result line after discussion gives the resolution its vote. */
static void test_resolutions(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Open the new branch</heading>"
                        "<p>RESOLVED, that the Society opens a branch in Leeds; and be it further</p>"
                        "<p>RESOLVED, that Mo Reid leads the branch.</p>"
                        "<p>Special Order 4B, Open the new branch, was approved by Unanimous Vote.</p>"
                        "</section>"
                        "<section><heading>Grants</heading>"
                        "<p>Resolved that the grants fund grows to $9,000.</p>"
                        "<p>Lu asked where the money comes from; the Treasurer answered.</p>"
                        "<p>The resolution was approved by unanimous vote, 6-0.</p>"
                        "</section>"
                        "<section><heading>Fees</heading>"
                        "<p>Resolved that the fees stay as they are.</p>"
                        "<p>Approved the minutes of the last meeting.</p>"
                        "</section>");
    pt_expect(doc, "count(//m:section[1]/m:decision)", "1");
    pt_expect(doc, "count(//m:section[1]/m:p)", "0");
    pt_expect(doc, "count(//m:section[1]/m:decision/m:br)", "2");
    pt_expect(doc, "string(//m:section[1]/m:decision/@kind)", "resolution");
    pt_expect(doc, "count(//m:section[2]/m:decision)", "1");
    pt_expect(doc, "string(//m:section[2]/m:decision/@vote)", "6-0");
    pt_expect(doc, "count(//m:section[2]/m:p)", "2");
    /* an approval with an object is no result of the resolution before it */
    pt_expect(doc, "count(//m:section[3]/m:decision/m:br)", "0");
    pt_expect(doc, "count(//m:section[3]/m:p)", "1");
    xmlFreeDoc(doc);
}

/* In a transcript, a speaker's turn is talk, not a recorded decision; the
 * chairs' call is one, and so is a topic label's line outside transcripts. */
static void test_turns(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Ana Ruiz: The budget was approved in March, so we can spend it.</p>"
                        "<p>BCH: I agreed to that, but the venue costs rose.</p>"
                        "<p>Ana Ruiz: Then we ask the board again.</p>"
                        "<p>BCH: Fine by me.</p>"
                        "<p>Chairs: it was agreed to ask the board for more.</p>");
    pt_expect(doc, "count(//m:decision)", "1");
    pt_expect(doc, "string(//m:decision)", "Chairs: it was agreed to ask the board for more.");
    xmlFreeDoc(doc);
    doc = run("<p>Budget: The committee approved the budget for the fair.</p>"
              "<p>Venue: The hall was booked for May.</p>");
    pt_expect(doc, "count(//m:decision)", "1");
    xmlFreeDoc(doc);
}

/* Under "Present:" the lines are people, even with an arrow or a bullet a
 * Word symbol became; the first sentence of prose ends the list. */
static void test_people_label(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p><strong>Present:</strong></p>"
                        "<p>\xE2\x86\x92 Cllr Ana Ruiz (Chair)</p>"
                        "<p>\xE2\x86\x92 Bo Chen, Clerk (minutes)</p>"
                        "<p>The Chair welcomed members and opened the meeting at seven.</p>"
                        "<p>The minutes of the last meeting were approved as a correct record.</p>"
                        "<p>\xE2\x86\x92 Clerk to write to the county about the verge.</p>");
    pt_expect(doc, "count(//m:action)", "1");
    pt_expect(doc, "string(//m:action/@owner)", "Clerk");
    pt_expect(doc, "count(//m:decision)", "1");
    xmlFreeDoc(doc);
}

/* A decision and a task in one line ("…; ABC to write …") are a decision
 * and an action side by side; a clause that gives no one a task stays. */
static void test_decision_and_task(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Conclusion</heading><list>"
                        "<item>Stage 2 for <strong>Array.chunk</strong>; KLM to write the spec text.</item>"
                        "</list></section>"
                        "<p>It was agreed to keep the fee; the rest stays as it is.</p>");
    pt_expect(doc, "count(//m:item/m:decision)", "1");
    pt_expect(doc, "string(//m:item/m:decision)", "Stage 2 for Array.chunk;");
    pt_expect(doc, "string(//m:item/m:action)", "KLM to write the spec text.");
    pt_expect(doc, "string(//m:item/m:action/@owner)", "KLM");
    pt_expect(doc, "count(//m:action)", "1");
    pt_expect(doc, "string(/m:minutes/m:body/m:decision)", "It was agreed to keep the fee; the rest stays as it is.");
    xmlFreeDoc(doc);
}

/* Registers as PDF text gives them: "Who | What | By" with dates under
 * "By"; a register broken by a page into a second table without a header
 * (a cell's cut-off line between them), which ends where a table of
 * another kind starts; a table under "Follow-up items" whose header names
 * no action column ("Item | Staff | Due"). */
static void test_broken_registers(void **state)
{
    (void)state;
    xmlDocPtr doc = run_meta("<date>2027-01-12</date>",
                             "<section><heading>Tasks</heading>"
                             "<table><row><cell>Who</cell><cell>What</cell><cell>By</cell></row>"
                             "<row><cell>Noor Hadi</cell><cell>Order the new chairs for the hall</cell>"
                             "<cell>20/01/2027</cell></row></table>"
                             "<p>and the stage</p>"
                             "<table><row><cell>Ivo Brandt</cell><cell>Renew the hall insurance</cell>"
                             "<cell>30/01/2027</cell></row>"
                             "<row><cell>Mia Lund</cell><cell>Collect the spare keys</cell><cell/></row></table>"
                             "<table><row><cell>15 min</cell><cell>Summer fair</cell><cell>Ivo Brandt</cell></row></table>"
                             "</section>"
                             "<section><heading>Follow-up items</heading>"
                             "<table><row><cell>Item</cell><cell>Staff</cell><cell>Due</cell></row>"
                             "<row><cell>Send the lighting quote to the board</cell><cell>Ada Moss</cell>"
                             "<cell>14/02/2027</cell></row></table></section>"
                             "<section><heading>Timetable</heading>"
                             "<table><row><cell>Item</cell><cell>Room</cell><cell>Due</cell></row>"
                             "<row><cell>Opening talk on the new hall roof</cell><cell>Hall B</cell>"
                             "<cell>02/02/2027</cell></row></table></section>");
    pt_expect(doc, "count(//m:action)", "4");
    pt_expect(doc, "string(//m:table[1]//m:action/@due)", "2027-01-20");
    pt_expect(doc, "string(//m:section[1]/m:table[2]/m:row[1]//m:action/@owner)", "Ivo Brandt");
    pt_expect(doc, "string(//m:section[1]/m:table[2]/m:row[1]//m:action)", "Renew the hall insurance");
    pt_expect(doc, "string(//m:section[1]/m:table[2]/m:row[2]//m:action/@owner)", "Mia Lund");
    pt_expect(doc, "count(//m:section[1]/m:table[3]//m:action)", "0");
    pt_expect(doc, "string(//m:section[2]//m:action)", "Send the lighting quote to the board");
    pt_expect(doc, "string(//m:section[2]//m:action/@owner)", "Ada Moss");
    pt_expect(doc, "string(//m:section[2]//m:action/@due)", "2027-02-14");
    pt_expect(doc, "count(//m:section[3]//m:action)", "0");
    pt_expect(doc, "count(//@*[starts-with(name(), 'mn-')])", "0");
    xmlFreeDoc(doc);
}

/* "No. | Action | By | Date": with names under "By", the "Date" column
 * says when each is due when its days all come after the meeting (a
 * state, "Done", aside); a "Date" column with a past day says when the
 * rows were raised. */
static void test_date_column(void **state)
{
    (void)state;
    xmlDocPtr doc = run_meta("<date>2027-05-10</date>",
                             "<table><row><cell>No.</cell><cell>Action</cell><cell>By</cell><cell>Date</cell></row>"
                             "<row><cell>1</cell><cell>Fence off the trench</cell><cell>RT</cell>"
                             "<cell>24/05/27</cell></row>"
                             "<row><cell>2</cell><cell>Send the site plan</cell><cell>KO</cell><cell>Done</cell></row>"
                             "</table>"
                             "<table><row><cell>No.</cell><cell>Action</cell><cell>By</cell><cell>Date</cell></row>"
                             "<row><cell>3</cell><cell>Check the crane permit</cell><cell>RT</cell>"
                             "<cell>28/04/27</cell></row>"
                             "<row><cell>4</cell><cell>Order the barriers</cell><cell>KO</cell>"
                             "<cell>24/05/27</cell></row></table>");
    pt_expect(doc, "count(//m:action)", "4");
    pt_expect(doc, "string(//m:table[1]/m:row[2]//m:action/@due)", "2027-05-24");
    pt_expect(doc, "string(//m:table[1]/m:row[2]//m:action/@owner)", "RT");
    pt_expect(doc, "count(//m:table[1]/m:row[3]//m:action/@due)", "0");
    pt_expect(doc, "count(//m:table[2]//m:action/@due)", "0");
    xmlFreeDoc(doc);
}

/* A "By" column beside a "Lead" column, of numeric dates of which some
 * read either way ("01/07/26"): dates, not names, so it says when. */
static void test_by_column_of_dates(void **state)
{
    (void)state;
    xmlDocPtr doc = run_meta("<date>2027-05-10</date>",
                             "<table><row><cell>Action</cell><cell>Lead</cell><cell>By</cell></row>"
                             "<row><cell>Reseed the lower lawn</cell><cell>Ruth Tan</cell>"
                             "<cell>17/05/27</cell></row>"
                             "<row><cell>Price a new mower</cell><cell>Kofi Obi</cell>"
                             "<cell>02/06/27</cell></row></table>");
    pt_expect(doc, "count(//m:action)", "2");
    pt_expect(doc, "string(//m:row[2]//m:action/@due)", "2027-05-17");
    pt_expect(doc, "string(//m:row[3]//m:action/@due)", "2027-06-02");
    pt_expect(doc, "string(//m:row[3]//m:action/@owner)", "Kofi Obi");
    xmlFreeDoc(doc);
}

/* "Not started" in a Status column is an open action: the work has not
 * begun, which says nothing of an earlier meeting; "carried" beside it does. */
static void test_not_started(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<table><row><cell>Action</cell><cell>Owner</cell><cell>Status</cell></row>"
                        "<row><cell>Paint the boat shed</cell><cell>Ruth Tan</cell>"
                        "<cell>Not started</cell></row>"
                        "<row><cell>Fix the slipway light</cell><cell>Kofi Obi</cell>"
                        "<cell>Not started \u2013 carried</cell></row>"
                        "<row><cell>Renew the insurance</cell><cell>Kofi Obi</cell>"
                        "<cell>In progress</cell></row></table>");
    pt_expect(doc, "count(//m:action)", "3");
    pt_expect(doc, "string(//m:row[2]//m:action/@status)", "open");
    pt_expect(doc, "string(//m:row[3]//m:action/@status)", "carried");
    pt_expect(doc, "string(//m:row[4]//m:action/@status)", "carried");
    xmlFreeDoc(doc);
}

/* A "When" column of written days is when, not who, though the days have
 * capitals; a one-row register's ambiguous numeric day reads with the
 * document's language ("en-IE": day first).  An outline step over a
 * nested list ("Consent to agenda" over what was added) is its title, not
 * a decision. */
static void test_when_days(void **state)
{
    (void)state;
    xmlDocPtr doc = run_meta("<date>2019-03-20</date><prop name='lang'>en-IE</prop>",
                             "<table><row><cell>No.</cell><cell>Action</cell><cell>Who</cell><cell>When</cell></row>"
                             "<row><cell>1</cell><cell>Write to the auditors</cell><cell>Clerk</cell>"
                             "<cell>29 March 2019</cell></row>"
                             "<row><cell>2</cell><cell>Book the hall</cell><cell>Mr Rowe</cell>"
                             "<cell>30 April 2019</cell></row></table>"
                             "<table><row><cell>Action</cell><cell>Owner</cell><cell>Deadline</cell></row>"
                             "<row><cell>Print the flyers</cell><cell>Ana Ruiz</cell><cell>01/07/2019</cell></row></table>"
                             "<list><item>Consent to agenda<list><item>Added: the grant policy.</item></list></item>"
                             "<item>Agreed to move the meeting to Thursdays.</item></list>");
    pt_expect(doc, "string(//m:table[1]/m:row[2]//m:action/@due)", "2019-03-29");
    pt_expect(doc, "string(//m:table[1]/m:row[2]//m:action/@owner)", "Clerk");
    pt_expect(doc, "string(//m:table[1]/m:row[3]//m:action/@due)", "2019-04-30");
    pt_expect(doc, "string(//m:table[2]//m:action/@due)", "2019-07-01");
    pt_expect(doc, "count(//m:decision)", "1");
    xmlFreeDoc(doc);
}

/* A motion carried and the RESOLVED line that words it are one decision:
 * the resolution, with the motion's vote, mover and seconder; a failed
 * motion before a resolution stays a decision of its own. */
static void test_motion_then_resolved(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Councillor Ames moved, and Councillor Brook seconded, the officer recommendation. "
                        "On being put to the vote the motion was CARRIED</p>"
                        "<p>(6 for, 2 against).</p>"
                        "<p>RESOLVED: That the hall extension be approved subject to the conditions.</p>"
                        "<p>Councillor Cole moved, and Councillor Dunn seconded, that the fee be halved. "
                        "The motion was LOST (3 for, 5 against).</p>"
                        "<p>RESOLVED: That the fee stays at 40 pounds.</p>");
    pt_expect(doc, "count(//m:decision)", "3");
    pt_expect(doc, "string(//m:decision[1]/@kind)", "resolution");
    pt_expect(doc, "string(//m:decision[1]/@vote)", "6-2");
    pt_expect(doc, "string(//m:decision[1]/@seconder)", "Councillor Brook");
    pt_expect(doc, "string(//m:decision[2]/@result)", "failed");
    xmlFreeDoc(doc);
}

/* An executive summary whose heading names decisions, and the body's
 * paragraph that tells one of them at length: the summary's item is the
 * decision, the paragraph goes back to text; a decision of the body that
 * tells none of the summary's stays. */
static void test_summary_told_at_length(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<section><heading>Summary: Decisions Taken and Next Steps</heading><list>"
                        "<item>The panel agreed to hold the regional workshop in Accra in October.</item>"
                        "</list></section>"
                        "<section><heading>Proceedings</heading>"
                        "<p>Members weighed three venues. After a long exchange on costs and visas, the panel "
                        "agreed that the regional workshop would be held in Accra in October, with remote "
                        "participation.</p>"
                        "<p>The panel agreed to publish its working methods on the portal.</p></section>");
    pt_expect(doc, "count(//m:decision)", "2");
    pt_expect(doc, "count(//m:section[1]//m:decision)", "1");
    pt_expect(doc, "string(//m:section[2]/m:decision)", "The panel agreed to publish its working methods on the portal.");
    xmlFreeDoc(doc);
}

/* Approvals that decide nothing here: a condition still to be met, the
 * attendance's apologies and quorum, a person confirming a fact, a label
 * whose value is a link or the initials of who signed a report off.  The
 * same words where a body decides still decide. */
static void test_not_decided(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>This record stays a draft until approved by the committee.</p>"
                        "<p>The bid waits; it goes out once the grant is confirmed.</p>"
                        "<p>Apologies were received and accepted from Ruth Ames.</p>"
                        "<p>Legend: P = present, AA = apologies accepted.</p>"
                        "<p>The Clerk confirmed that the meeting was quorate.</p>"
                        "<p>approved: jk, lm, tw</p>"
                        "<p>Approved: https://example.org/notes/2027-03.md</p>"
                        "<p>The minutes of the March meeting were approved.</p>"
                        "<p>Approved: the hall hire rates for 2028.</p>");
    pt_expect(doc, "count(//m:decision)", "2");
    pt_expect(doc, "string(//m:decision[1])", "The minutes of the March meeting were approved.");
    pt_expect(doc, "string(//m:decision[2])", "Approved: the hall hire rates for 2028.");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prose),        cmocka_unit_test(test_motions),
        cmocka_unit_test(test_not_votes),    cmocka_unit_test(test_conclusion),
        cmocka_unit_test(test_labels),       cmocka_unit_test(test_registers),
        cmocka_unit_test(test_broken_registers),
        cmocka_unit_test(test_not_decided),
        cmocka_unit_test(test_summary_told_at_length),
        cmocka_unit_test(test_motion_then_resolved),
        cmocka_unit_test(test_date_column),
        cmocka_unit_test(test_by_column_of_dates),
        cmocka_unit_test(test_not_started),
        cmocka_unit_test(test_when_days),
        cmocka_unit_test(test_resolutions),  cmocka_unit_test(test_turns),
        cmocka_unit_test(test_people_label), cmocka_unit_test(test_decision_and_task),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
