/* SPDX-License-Identifier: MIT */
/* The sections pass: numbered, unnumbered and styled headings. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

#define B "/m:minutes/m:body/"

static xmlDocPtr run(const char *body)
{
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc("", body);
    assert_int_equal(mn_pass_sections(doc, job), 0);
    assert_int_equal(mn_job_diag_count(job), 0);
    mn_job_free(job);
    return doc;
}

static void test_seed_shape(void **state)
{
    (void)state;
    xmlDocPtr doc = run(
        "<p>1. Updates from the Secretariat</p><list><item>a</item></list>"
        "<p>\xE2\x86\x92 MAG members were asked to indicate who will participate.</p>"
        "<p>2. Updates from the IMSB</p><list><item>b</item></list>"
        "<p>2.1 Office hours</p><list><item>c</item></list>"
        "<p>3. Updates from MAG working groups</p>"
        "<p>Working Group on Strategy (WG-Strategy)</p><list><item>d</item></list>"
        "<p>IGF Intersessional work</p><list><item>e</item></list>"
        "<p>\xE2\x86\x92 MAG members can register here.</p>"
        "<p>4. Any Other Business</p><list><item>f</item></list>"
        "<p>Annex 1: Meeting Agenda</p>"
        "<p>1. Welcoming remarks</p><p>2. Updates from the Secretariat</p>"
        "<p>Annex 2: List of Participants</p>"
        "<table><row><cell>MAG Members</cell><cell></cell></row></table>");
    pt_expect(doc, "count(" B "*)", "6");
    pt_expect(doc, "count(" B "m:section)", "6");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "1");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Updates from the Secretariat");
    pt_expect(doc, "name(" B "m:section[1]/*[1])", "heading");
    pt_expect(doc, "count(" B "m:section[1]/m:p)", "1");
    pt_expect(doc, "string(" B "m:section[2]/m:section/@n)", "2.1");
    pt_expect(doc, "string(" B "m:section[2]/m:section/m:heading)", "Office hours");
    pt_expect(doc, "count(" B "m:section[3]/m:section)", "2");
    pt_expect(doc, "count(" B "m:section[3]/m:section/@n)", "0");
    pt_expect(doc, "string(" B "m:section[3]/m:section[1]/m:heading)",
              "Working Group on Strategy (WG-Strategy)");
    /* the arrow line belongs to the sub-section it follows */
    pt_expect(doc, "count(" B "m:section[3]/m:section[2]/m:p)", "1");
    pt_expect(doc, "string(" B "m:section[4]/@n)", "4");
    /* annexes: top level, whole heading, no n, numbered lines stay content */
    pt_expect(doc, "string(" B "m:section[5]/m:heading)", "Annex 1: Meeting Agenda");
    pt_expect(doc, "count(" B "m:section[5]/@n)", "0");
    pt_expect(doc, "count(" B "m:section[5]/m:p)", "2");
    pt_expect(doc, "string(" B "m:section[6]/m:heading)", "Annex 2: List of Participants");
    pt_expect(doc, "count(" B "m:section[6]/m:table)", "1");
    xmlFreeDoc(doc);
}

static void test_not_headings(void **state)
{
    (void)state;
    xmlDocPtr doc = run(
        "<p>Opening words before any section.</p>"
        "<p>1. Introduction</p>"
        "<p>K. Novak presented the budget</p><list><item>x</item></list>"
        "<p>3. Skipped number</p>"
        "<p>2.4 Not inside 2</p>"
        "<p>The chair thanked everyone</p><list><item>y</item></list>"
        "<p>It was agreed to meet again</p><list><item>z</item></list>"
        "<p>Meeting adjourned</p>"
        "<p>Present: A. Smith</p><list><item>w</item></list>"
        "<p>2. A sentence that ends with a full stop.</p>"
        "<p>1.5 million people attended</p>");
    /* only "1. Introduction" is a heading; the text before stays on top */
    pt_expect(doc, "count(//m:section)", "1");
    pt_expect(doc, "name(" B "*[1])", "p");
    pt_expect(doc, "count(" B "m:section/m:p)", "9");
    xmlFreeDoc(doc);
}

static void test_roman_letters_parens(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>I. Opening</p>"
                        "<p>A. Welcome</p><list><item>a</item></list>"
                        "<p>B. Agenda</p><list><item>b</item></list>"
                        "<p>II. Reports</p>"
                        "<p>A. Finance</p><p>1) Budget</p><p>2) Audit</p>"
                        "<p>III. Close</p>");
    pt_expect(doc, "count(" B "m:section)", "3");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "I");
    pt_expect(doc, "string(" B "m:section[1]/m:section[2]/@n)", "B");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "II");
    pt_expect(doc, "string(" B "m:section[2]/m:section/@n)", "A");
    pt_expect(doc, "string(" B "m:section[2]/m:section/m:section[2]/@n)", "2");
    pt_expect(doc, "string(" B "m:section[2]/m:section/m:section[2]/m:heading)", "Audit");
    pt_expect(doc, "string(" B "m:section[3]/@n)", "III");
    xmlFreeDoc(doc);

    /* "I." after "H." is a letter */
    doc = run("<p>A. One</p><p>B. Two</p><p>C. Three</p><p>D. Four</p><p>E. Five</p>"
              "<p>F. Six</p><p>G. Seven</p><p>H. Eight</p><p>I. Nine</p>");
    pt_expect(doc, "count(" B "m:section)", "9");
    pt_expect(doc, "string(" B "m:section[9]/@n)", "I");
    xmlFreeDoc(doc);
}

static void test_styled(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Before.</p>"
                        "<h level=\"1\" n=\"1.\">Updates</h><p>1. not a heading here</p>"
                        "<h level=\"2\"><strong>Bold sub</strong></h><p>text</p>"
                        "<h level=\"2\">2.1 Budget</h>"
                        "<h level=\"1\" n=\"2)\">Next</h><list><item>x</item></list>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "name(" B "*[1])", "p");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "1");
    pt_expect(doc, "count(" B "m:section[1]/m:p)", "1");
    pt_expect(doc, "count(" B "m:section[1]/m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/m:section[1]/m:heading)", "Bold sub");
    pt_expect(doc, "count(" B "m:section[1]/m:section[1]/m:heading/*)", "0");
    pt_expect(doc, "string(" B "m:section[1]/m:section[2]/@n)", "2.1");
    pt_expect(doc, "string(" B "m:section[1]/m:section[2]/m:heading)", "Budget");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "2");
    /* builder attributes do not stay on the heading */
    pt_expect(doc, "count(//m:heading/@level | //m:heading/@n)", "0");
    xmlFreeDoc(doc);
}

static void test_unnumbered_document(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Attendees</p><list><item>A</item></list>"
                        "<p>Discussion</p><list><item>B</item></list><p>More text.</p>"
                        "<p>Next steps</p><table><row><cell>x</cell></row></table>");
    pt_expect(doc, "count(" B "m:section)", "3");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "Discussion");
    pt_expect(doc, "count(" B "m:section[2]/m:p)", "1");
    xmlFreeDoc(doc);
}

/* A heading alone at the top of the outline names the document; the
 * headings below it are the sections. */
static void test_title_heading(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<h level=\"1\">Harbour WG call — Minutes</h><p>Chair: Ana</p>"
                        "<h level=\"3\">Budget</h><p>a</p><h level=\"3\">Hiring</h><p>b</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:p[1])", "Harbour WG call — Minutes");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "Hiring");
    xmlFreeDoc(doc);
    /* a second heading at its level, a number, or nothing below: a section */
    const char *const kept[] = {
        "<h level=\"1\">Minutes</h><h level=\"2\">A</h><h level=\"1\">Annex</h>",
        "<h level=\"1\" n=\"1.\">Opening</h><h level=\"2\">A</h>",
        "<h level=\"2\">Notes</h><p>x</p>",
    };
    const char *const counts[] = {"2", "1", "1"};
    for (size_t i = 0; i < 3; i++) {
        doc = run(kept[i]);
        pt_expect(doc, "count(" B "m:section)", counts[i]);
        xmlFreeDoc(doc);
    }
}

/* A table of contents leaves the body; the headings it held below its
 * level come up to it. */
static void test_contents(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<h level=\"2\">Attendees</h><list><item>Ana</item></list>"
                        "<h level=\"2\">Contents:</h><list>"
                        "<item><link href=\"#t1\">Budget</link></item>"
                        "<item><link href=\"#t2\">Hiring</link></item></list>"
                        "<h level=\"3\">Budget</h><p>a</p><h level=\"4\">Detail</h><p>b</p>"
                        "<h level=\"3\">Hiring</h><p>c</p>");
    pt_expect(doc, "count(" B "m:section)", "3");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "Budget");
    pt_expect(doc, "string(" B "m:section[2]/m:section/m:heading)", "Detail");
    pt_expect(doc, "count(//m:link)", "0");
    xmlFreeDoc(doc);
    /* a text dump's contents point to its link notes ("[4]"): it stays */
    doc = run("<p>Contents</p><list><item>[3]Topics<list><item>[4]Budget review</item>"
              "<item>[5]Hiring</item></list></item></list>"
              "<p>Budget review</p><list><item>x</item></list>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Contents");
    xmlFreeDoc(doc);
    /* a "Contents" over anything else is content */
    doc = run("<h level=\"2\">Contents</h><list><item>Two chairs</item><item>A table</item>"
              "</list><h level=\"2\">Next</h><p>x</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "count(" B "m:section[1]/m:list/m:item)", "2");
    xmlFreeDoc(doc);
}

/* Lines set apart by bold or capitals head what follows them. */
static void test_typeset_lines(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Ashby Rowing Club</p><p>MINUTES OF THE COMMITTEE</p><p>4 May 2026</p>"
                        "<p>CALL TO ORDER</p><p>The chair opened the meeting at 7 pm.</p>"
                        "<p>TREASURER'S REPORT (Ines)</p><p>Balance as expected.</p>"
                        "<p><strong>Matters arising</strong></p><p>None.</p>"
                        "<p><strong>A.O.B.</strong></p><p>Nothing.</p>"
                        "<p>DATE OF NEXT MEETING</p><p>1 June 2026</p>"
                        "<p><strong>Present:</strong></p><list><item>Ana</item></list>"
                        "<p><strong>The meeting closed at 9 pm.</strong></p><p>Signed.</p>"
                        "<p>NOTE: the bar is shut</p><p>x</p>"
                        "<p>ACTION (INES): book the hall</p><p>z</p>"
                        "<p>UTC).</p><p>y</p>");
    pt_expect(doc, "count(" B "m:section)", "5");
    pt_expect(doc, "count(" B "m:p)", "3"); /* the title block stays on top */
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "CALL TO ORDER");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "TREASURER'S REPORT (Ines)");
    pt_expect(doc, "string(" B "m:section[3]/m:heading)", "Matters arising");
    pt_expect(doc, "count(" B "m:section[3]/m:heading/*)", "0");
    pt_expect(doc, "string(" B "m:section[4]/m:heading)", "A.O.B.");
    pt_expect(doc, "string(" B "m:section[5]/m:heading)", "DATE OF NEXT MEETING");
    pt_expect(doc, "count(" B "m:section[5]/*)", "12"); /* its heading and all after it */
    xmlFreeDoc(doc);

    /* styled input: a bold line is a heading below the section in force;
     * capitals alone are not */
    doc = run("<h level=\"2\">Reports</h><p><strong>Finance</strong></p><p>a</p>"
              "<p>SAFETY</p><p>b</p><h level=\"2\">Close</h><p>c</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/m:section/m:heading)", "Finance");
    pt_expect(doc, "count(" B "m:section[1]/m:section/m:p)", "3");
    xmlFreeDoc(doc);
}

/* Word's numbered paragraphs: a list of one item over the text it heads. */
static void test_numbered_item_headings(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<list><item n=\"1.\"><strong>Declarations of interest</strong></item></list>"
                        "<p>None were made.</p>"
                        "<list><item n=\"2.\"><strong>Budget</strong></item></list>"
                        "<p>Approved.</p><list><item>a note</item></list>"
                        "<list><item n=\"1.\">Buy the new boat.</item></list><p>x</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "1");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Declarations of interest");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "2");
    pt_expect(doc, "count(" B "m:section[2]/m:list)", "2");
    pt_expect(doc, "count(//m:list)", "2");
    xmlFreeDoc(doc);
    /* emphasis inside the bold keeps the document's namespace once the bold
     * is unwrapped */
    doc = run("<list><item n=\"1.\"><strong><em>Apologies</em></strong></item></list>"
              "<p>None.</p>");
    pt_expect(doc, "count(" B "m:section/m:heading/m:em)", "1");
    xmlFreeDoc(doc);
}

/* Plain text's rule headings (h style="rule") keep the text unstyled: the
 * numbered paragraphs under them nest below, their numbering going on from
 * one rule section to the next or starting again. */
static void test_rule_headings_in_plain_text(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<h level=\"1\" style=\"rule\">Session 1 - Tuesday</h>"
                        "<p>1. Administrivia</p><p>Note Well shown.</p>"
                        "<p>2. Hybrid draft</p><p>Discussion.</p>"
                        "<h level=\"1\" style=\"rule\">Session 2 - Thursday</h>"
                        "<p>3. Registry</p><p>More.</p>"
                        "<h level=\"1\" style=\"rule\">Day 3</h>"
                        "<p>1. Restart</p>"
                        "<h level=\"1\" style=\"rule\">Action items</h>"
                        "<p>Action 1: Chairs to start the call.</p>");
    pt_expect(doc, "count(" B "m:section)", "4");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Session 1 - Tuesday");
    pt_expect(doc, "count(" B "m:section[1]/m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/m:section[2]/@n)", "2");
    pt_expect(doc, "string(" B "m:section[2]/m:section/@n)", "3");
    pt_expect(doc, "string(" B "m:section[2]/m:section/m:heading)", "Registry");
    pt_expect(doc, "string(" B "m:section[3]/m:section/@n)", "1");
    pt_expect(doc, "count(" B "m:section[4]/m:section)", "0");
    pt_expect(doc, "count(" B "m:section[4]/m:p)", "1");
    xmlFreeDoc(doc);
    /* A styled heading still makes the input styled. */
    doc = run("<h level=\"1\">Minutes</h><p>1. Not a heading here</p>");
    pt_expect(doc, "count(//m:section)", "1");
    xmlFreeDoc(doc);
}

static void test_deep_and_empty(void **state)
{
    (void)state;
    xmlDocPtr doc = run("");
    pt_expect(doc, "count(" B "*)", "0");
    xmlFreeDoc(doc);
    char body[8192] = "";
    for (int i = 1; i <= 60; i++)
        snprintf(body + strlen(body), sizeof body - strlen(body), "<h level=\"%d\">H%d</h>", i, i);
    /* a second top-level heading: H1 is a section, not the document's title */
    snprintf(body + strlen(body), sizeof body - strlen(body), "<h level=\"1\">End</h>");
    doc = run(body);
    pt_expect(doc, "count(//m:section)", "61");
    pt_expect(doc, "count(//m:heading)", "61");
    xmlFreeDoc(doc);
}

/* A heading's number after its noun ("Article 3 - ", the lexicon's
 * heading-number-words) or before a dash ("1 - Approval", as councils
 * number their items) is the section's number; without the dash or the
 * noun, or before a word in lower case, the heading keeps its words. */
static void test_heading_number_words(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<h level=\"2\">Article IV. Planning</h><p>a</p>"
                        "<h level=\"2\">1 - APPROVAL OF THE MINUTES</h><p>b</p>"
                        "<h level=\"2\">Agenda item 7: Budget</h><p>c</p>"
                        "<h level=\"2\">2 \xE2\x80\x93 Finance</h><p>d</p>"
                        "<h level=\"2\">Article 12 of the rules</h><p>e</p>"
                        "<h level=\"2\">LEP 744 \xE2\x80\x94 lazy imports</h><p>f</p>");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "IV");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Planning");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "1");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "APPROVAL OF THE MINUTES");
    pt_expect(doc, "string(" B "m:section[3]/@n)", "7");
    pt_expect(doc, "string(" B "m:section[3]/m:heading)", "Budget");
    pt_expect(doc, "string(" B "m:section[4]/@n)", "2");
    pt_expect(doc, "string(" B "m:section[4]/m:heading)", "Finance");
    pt_expect(doc, "count(" B "m:section[5]/@n)", "0");
    pt_expect(doc, "string(" B "m:section[5]/m:heading)", "Article 12 of the rules");
    pt_expect(doc, "string(" B "m:section[6]/m:heading)", "LEP 744 \xE2\x80\x94 lazy imports");
    xmlFreeDoc(doc);
}

/* Formal minutes number items with an ordinal word and ".-", the title in
 * capitals (a trailing period kept); the resolution under an item, written
 * the same way but in running case, stays a paragraph. */
static void test_ordinal_word_items(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>FIRST.- APPROVAL OF THE MINUTES OF THE LAST MEETING.</p>"
                        "<p>SECOND.- The accounts of the year are approved by all present.</p>"
                        "<p>THIRD.- QUESTIONS FROM MEMBERS</p><p>None.</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "FIRST");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)",
              "APPROVAL OF THE MINUTES OF THE LAST MEETING.");
    pt_expect(doc, "string(" B "m:section[1]/m:p[1])",
              "SECOND.- The accounts of the year are approved by all present.");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "THIRD");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "QUESTIONS FROM MEMBERS");
    xmlFreeDoc(doc);
}

/* Councils number each minute across the year: the reference is the
 * section's number, not its heading's words; dates are no references. */
static void test_minute_references(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<h level=\"2\">24/071\tApologies for absence</h><p>None.</p>"
                        "<h level=\"2\">FC/24/072 Finance</h><p>Noted.</p>"
                        "<h level=\"2\">Min 24/073:  PLANNING</h><p>x</p>"
                        "<h level=\"2\">12/05 Budget review</h><p>y</p>"
                        "<h level=\"2\">2024/25 Precept</h><p>z</p>"
                        "<h level=\"2\">C24/40 WELCOME</h><p>w</p>"
                        "<h level=\"2\">24/31 Finance</h><p>v</p>"
                        "<h level=\"2\">3/4/2024 Visit</h><p>u</p>");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "24/071");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Apologies for absence");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "FC/24/072");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "Finance");
    pt_expect(doc, "string(" B "m:section[3]/@n)", "24/073");
    pt_expect(doc, "string(" B "m:section[3]/m:heading)", "PLANNING");
    pt_expect(doc, "count(" B "m:section[4]/@n)", "0");
    pt_expect(doc, "string(" B "m:section[4]/m:heading)", "12/05 Budget review");
    pt_expect(doc, "string(" B "m:section[5]/m:heading)", "2024/25 Precept");
    pt_expect(doc, "string(" B "m:section[6]/@n)", "C24/40");
    pt_expect(doc, "string(" B "m:section[7]/@n)", "24/31");
    pt_expect(doc, "string(" B "m:section[8]/m:heading)", "3/4/2024 Visit");
    xmlFreeDoc(doc);
    /* plain text: a reference over a heading's words opens a section; over
     * a sentence it is prose */
    doc = run("<p>Mossbank Community Council</p>"
              "<p>24/101  Welcome and apologies</p><p>The chair welcomed all.</p>"
              "<p>24/102 The treasurer reported a balance of 400 pounds.</p>"
              "<p>24/103  Date of next meeting</p><p>4 June.</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Welcome and apologies");
    pt_expect(doc, "count(" B "m:section[1]/m:p)", "2");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "24/103");
    xmlFreeDoc(doc);
}

/* A text dump's contents names its topics; the lines that repeat them are
 * the headings.  A contents heading whose list the reader left out goes. */
static void test_contents_titles(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Contents</p><list><item>[2]Topics<list>"
                        "<item>[3]Budget review</item><item>[4]Ferry timetable</item></list></item>"
                        "<item>[5]Summary of Action Items</item></list>"
                        "<p>AL: shall we start</p>"
                        "<p>Budget review</p><p>AL: the budget is fine</p>"
                        "<p>Ferry timetable</p><p>TB: winter one is ready</p>"
                        "<p>Summary of Action Items</p><p>none</p>");
    pt_expect(doc, "count(" B "m:section)", "4");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "Budget review");
    pt_expect(doc, "string(" B "m:section[3]/m:heading)", "Ferry timetable");
    pt_expect(doc, "string(" B "m:section[4]/m:heading)", "Summary of Action Items");
    xmlFreeDoc(doc);
    doc = run("<h level=\"2\">Content:</h><h level=\"3\">1. Budget</h><p>a</p>"
              "<h level=\"3\">2. Ferries</h><p>b</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Budget");
    xmlFreeDoc(doc);
}

/* Word's numbered bold paragraphs in a document with a heading style
 * further down: each opens a section beside the others, at the headings'
 * level, with its number. */
static void test_numbered_bold_items_in_styled_input(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Present: Ana, Bo</p>"
                        "<list><item n=\"1.\"><strong>Declarations of interest</strong></item></list>"
                        "<p>None.</p>"
                        "<list><item n=\"2.\"><strong>Budget</strong></item></list><p>Approved.</p>"
                        "<h level=\"2\">Action items</h><p>Ana to send it.</p>");
    pt_expect(doc, "count(" B "m:section)", "3");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "1");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "2");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "Budget");
    pt_expect(doc, "string(" B "m:section[3]/m:heading)", "Action items");
    xmlFreeDoc(doc);
}

/* Minutes numbered by year ("16.40", "16.41"): no "16." is ever open, the
 * numbers go on beside each other; their numbered paragraphs stay text. */
static void test_year_numbered_minutes(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Present: Ana, Bo</p>"
                        "<p>26.12 Welcome and announcements</p>"
                        "<p>26.12.1 The chair welcomed the new members.</p>"
                        "<p>26.13 Minutes of the previous meeting</p>"
                        "<p>26.13.1 Approved.</p>");
    pt_expect(doc, "count(//m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "26.12");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "26.13");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "Minutes of the previous meeting");
    pt_expect(doc, "count(" B "m:section[1]/m:p)", "1");
    xmlFreeDoc(doc);
}

/* Headings numbered without a closing mark, as ISO clauses are; a year or
 * a sentence is no number. */
static void test_bare_heading_numbers(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<h level=\"1\">1 Opening of the meeting</h><p>a</p>"
                        "<h level=\"1\">9.iii Editor's report</h><p>b</p>"
                        "<h level=\"1\">2026 Review</h><p>c</p>"
                        "<h level=\"1\">3 items were left open</h><p>d</p>");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "1");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Opening of the meeting");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "9.iii");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "Editor's report");
    pt_expect(doc, "string(" B "m:section[3]/m:heading)", "2026 Review");
    pt_expect(doc, "string(" B "m:section[4]/m:heading)", "3 items were left open");
    xmlFreeDoc(doc);
}

/* A line in capitals above the attendance block belongs to the title
 * block, whatever line stands between them. */
static void test_capitals_over_attendance(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>HARBOUR TRUST</p>"
                        "<p>Minutes of the meeting held on Tuesday 3 March 2026 at the Old Mill, "
                        "with members joining online from three sites.</p>"
                        "<p>Present in the room: Ana Lima, Tom Berg</p>"
                        "<p>WELCOME</p><p>The chair opened the meeting.</p>");
    pt_expect(doc, "count(" B "m:section)", "1");
    pt_expect(doc, "string(" B "m:section/m:heading)", "WELCOME");
    pt_expect(doc, "string(" B "m:p[1])", "HARBOUR TRUST");
    xmlFreeDoc(doc);
}

/* An action register's title after numbered items closes the minutes: a
 * top-level section over its actions; over prose it stays a line. */
static void test_register_line_closes(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>1. Budget</p><p>Agreed.</p><p>2. Hall</p><p>Booked.</p>"
                        "<p>Action items</p><p>ACTION: Rob to pay the deposit.</p>");
    pt_expect(doc, "count(/m:minutes/m:body/m:section)", "3");
    pt_expect(doc, "string(/m:minutes/m:body/m:section[3]/m:heading)", "Action items");
    xmlFreeDoc(doc);
    doc = run("<p>1. Budget</p><p>Agreed.</p><p>Actions</p><list><item>Rob to pay.</item></list>");
    pt_expect(doc, "count(/m:minutes/m:body/m:section)", "2");
    xmlFreeDoc(doc);
    doc = run("<p>1. Budget</p><p>Agreed.</p><p>Actions</p><p>The hall was booked.</p>");
    pt_expect(doc, "count(/m:minutes/m:body/m:section)", "1");
    /* no numbered items before it: nothing to close */
    xmlFreeDoc(doc);
    doc = run("<p>Intro.</p><p>Action items</p><p>ACTION: Rob to pay.</p>");
    pt_expect(doc, "count(//m:section)", "0");
    xmlFreeDoc(doc);
}

/* Transcript notes as plain text: a topic's title over its "Presenter:"
 * line opens a topic; its "Conclusion/Resolution" lines stay inside it,
 * each beside the one before. */
static void test_presented_topics(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Intro.</p><p>Array grouping for Stage 2</p><p>Presenter: Ana Ruiz (ARZ)</p>"
                        "<p>ARZ: the spec text is ready.</p><p>Conclusion/Resolution</p>"
                        "<list><item>Stage 2</item></list><p>Conclusion/Resolution</p>"
                        "<list><item>Reviewers: Bo Chen</item></list>"
                        "<p>Temporal and time zones</p><p>Presenters: Bo Chen</p><p>BCN: nothing new.</p>");
    pt_expect(doc, "count(/m:minutes/m:body/m:section)", "2");
    pt_expect(doc, "string(/m:minutes/m:body/m:section[1]/m:heading)", "Array grouping for Stage 2");
    pt_expect(doc, "count(/m:minutes/m:body/m:section[1]/m:section)", "2");
    pt_expect(doc, "string(/m:minutes/m:body/m:section[2]/m:heading)", "Temporal and time zones");
    xmlFreeDoc(doc);
    /* a conclusion before any topic opens none, and a presenter line over
     * a list (the slides' link) stays the topic's line */
    doc = run("<p>LHD: welcome.</p><p>Summary/Conclusion</p><list><item>Agenda adopted</item></list>"
              "<p>Array grouping for Stage 2</p><p>Presenter: Ana Ruiz (ARZ)</p>"
              "<list><item>slides</item></list><p>ARZ: ready.</p>");
    pt_expect(doc, "count(/m:minutes/m:body/m:section)", "1");
    pt_expect(doc, "string(/m:minutes/m:body/m:section/m:heading)", "Array grouping for Stage 2");
    pt_expect(doc, "count(//m:section)", "1");
    xmlFreeDoc(doc);
    /* a title over the first turn, the speaker's initials beside the name */
    doc = run("<p>Day 1.</p><p>Opening and agenda</p><p>Ana Ruiz (ARZ): Welcome, all.</p>"
              "<p>ARZ: agenda adopted.</p><p>Budget matters</p><p>Ana Ruiz: a remark.</p>");
    pt_expect(doc, "count(//m:section)", "1");
    pt_expect(doc, "string(//m:section/m:heading)", "Opening and agenda");
    xmlFreeDoc(doc);
    /* a label line is no title, and a sentence over a presenter is none */
    doc = run("<p>We looked at the figures.</p><p>Presenter: Ana Ruiz</p><p>Text.</p>");
    pt_expect(doc, "count(//m:section)", "0");
    xmlFreeDoc(doc);
}

/* TC39's numbered topics: "9.iii Editor's report" over the presenter's name
 * in brackets; a dotted number may precede an API's lower-case name, in
 * text and in a styled heading. */
static void test_bracketed_presenter_topics(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Day 1.</p><p>4.ii Editor's report</p><p>(Ana Ruiz)</p>"
                        "<p>ARZ: two editorial fixes.</p>"
                        "<p>5.i fetchLater for Stage 1</p><p>(Bo Chen, Dan Ek)</p><p>BCN: a proposal.</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "4.ii");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Editor's report");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "5.i");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "fetchLater for Stage 1");
    xmlFreeDoc(doc);
    /* a number alone, ending the text (read past its end once: ASan) */
    doc = run("<h level=\"2\">10.ii</h><p>Text.</p><p>3.iv</p><p>(Ana Ruiz)</p>");
    pt_expect(doc, "count(" B "m:section)", "1");
    xmlFreeDoc(doc);
    doc = run("<h level=\"2\">10.ii queueTask for Stage 2</h><p>Text.</p>");
    pt_expect(doc, "string(" B "m:section/@n)", "10.ii");
    pt_expect(doc, "string(" B "m:section/m:heading)", "queueTask for Stage 2");
    xmlFreeDoc(doc);
    /* a remark in brackets is no presenter, and a plain number before a
     * lower-case word is a sentence's */
    doc = run("<p>Budget approval</p><p>(carried unanimously)</p><p>Text.</p>"
              "<p>3 items were left</p><p>(Ana Ruiz)</p><p>Text.</p>");
    pt_expect(doc, "count(//m:section)", "0");
    xmlFreeDoc(doc);
}

/* A council's minute numbers run on from meeting to meeting: the first
 * item's "77. APOLOGIES" over a line cut short by the page is an item, not
 * the title block's heading over its date. */
static void test_numbered_capitals_first(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>PLANNING COMMITTEE</p><p>Apologies: Cllr B. Varley.</p>"
                        "<p>77. APOLOGIES</p><p>Apologies were received from Cllr Varley and there</p>"
                        "<p>were no substitutions.</p>"
                        "<p>78. MINUTES</p><p>The minutes of the last meeting were approved as a record.</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "77");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "APOLOGIES");
    pt_expect(doc, "count(" B "m:section[1]/m:p)", "2");
    xmlFreeDoc(doc);
}

/* "NEXT MEETING: …" after sections headed in capitals: a section headed by
 * the label, the rest of the line its paragraph; field lines, markers and
 * the same line under headings in mixed case stay lines. */
static void test_capitals_label_line(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Intro.</p><p>OLD BUSINESS</p><p>The shed roof is mended.</p>"
                        "<p>The gate is painted.</p><p>The bins are emptied.</p>"
                        "<p>NEXT MEETING: Tuesday, May 5, at the library.</p><p>Adjourned.</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[2]/m:heading)", "NEXT MEETING");
    pt_expect(doc, "string(" B "m:section[2]/m:p[1])", "Tuesday, May 5, at the library.");
    pt_expect(doc, "count(" B "m:section[2]/m:p)", "2");
    xmlFreeDoc(doc);
    doc = run("<p>Intro.</p><p>OLD BUSINESS</p><p>The shed roof is mended.</p>"
              "<p>The gate is painted.</p><p>The bins are emptied.</p>"
              "<p>MOTION: to adjourn.</p><p>PRESENT: A. Smith</p><p>NOTE: the hall is booked.</p>");
    pt_expect(doc, "count(" B "m:section)", "1");
    xmlFreeDoc(doc);
    doc = run("<p>Intro.</p><p>Old business</p><list><item>a</item></list>"
              "<p>NEXT MEETING: Tuesday, May 5.</p>");
    pt_expect(doc, "count(" B "m:section)", "1");
    xmlFreeDoc(doc);
}

/* IETF and OASIS agendas number the opening formalities 0; only the
 * first item may be 0. */
static void test_item_zero(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Intro.</p><p>0. Administrivia (chairs)</p><p>Note Well shown.</p>"
                        "<p>1. Transport draft</p><p>Discussed.</p><p>0. Not an item</p>");
    pt_expect(doc, "count(" B "m:section)", "2");
    pt_expect(doc, "string(" B "m:section[1]/@n)", "0");
    pt_expect(doc, "string(" B "m:section[1]/m:heading)", "Administrivia (chairs)");
    pt_expect(doc, "string(" B "m:section[2]/@n)", "1");
    xmlFreeDoc(doc);
}

/* A participle before a day dates a noun: "year ended 30 June 2018" is a
 * heading's words; "accounts discussed at length" a sentence's. */
static void test_dated_participle(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<p>Intro.</p><p><strong>Annual accounts, year ended 30 June 2018</strong></p>"
                        "<p>The draft accounts were presented.</p>"
                        "<p><strong>Accounts discussed at length</strong></p><p>More text.</p>");
    pt_expect(doc, "count(" B "m:section)", "1");
    pt_expect(doc, "string(" B "m:section/m:heading)", "Annual accounts, year ended 30 June 2018");
    xmlFreeDoc(doc);
}

/* "0.6 release planning": a version, not the heading's number, whether
 * the reader took it off (h/@n) or it is still in the text. */
static void test_version_not_number(void **state)
{
    (void)state;
    xmlDocPtr doc = run("<h level=\"1\" n=\"0.6\">release planning</h><p>Text.</p>"
                        "<h level=\"1\">0.7 roadmap</h><p>More.</p>"
                        "<h level=\"1\" n=\"2.\">Budget</h><p>Agreed.</p>");
    pt_expect(doc, "string(//m:section[1]/m:heading)", "0.6 release planning");
    pt_expect(doc, "count(//m:section[1]/@n)", "0");
    pt_expect(doc, "string(//m:section[2]/m:heading)", "0.7 roadmap");
    pt_expect(doc, "string(//m:section[3]/@n)", "2");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_shape),
        cmocka_unit_test(test_not_headings),
        cmocka_unit_test(test_roman_letters_parens),
        cmocka_unit_test(test_styled),
        cmocka_unit_test(test_unnumbered_document),
        cmocka_unit_test(test_title_heading),
        cmocka_unit_test(test_contents),
        cmocka_unit_test(test_typeset_lines),
        cmocka_unit_test(test_numbered_item_headings),
        cmocka_unit_test(test_deep_and_empty),
        cmocka_unit_test(test_rule_headings_in_plain_text),
        cmocka_unit_test(test_minute_references),
        cmocka_unit_test(test_heading_number_words),
        cmocka_unit_test(test_ordinal_word_items),
        cmocka_unit_test(test_capitals_over_attendance),
        cmocka_unit_test(test_contents_titles),
        cmocka_unit_test(test_bare_heading_numbers),
        cmocka_unit_test(test_year_numbered_minutes),
        cmocka_unit_test(test_numbered_bold_items_in_styled_input),
        cmocka_unit_test(test_register_line_closes),
        cmocka_unit_test(test_presented_topics),
        cmocka_unit_test(test_bracketed_presenter_topics),
        cmocka_unit_test(test_numbered_capitals_first),
        cmocka_unit_test(test_capitals_label_line),
        cmocka_unit_test(test_item_zero),
        cmocka_unit_test(test_dated_participle),
        cmocka_unit_test(test_version_not_number),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
