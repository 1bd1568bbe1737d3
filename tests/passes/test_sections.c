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
    doc = run(body);
    pt_expect(doc, "count(//m:section)", "60");
    pt_expect(doc, "count(//m:heading)", "60");
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
        cmocka_unit_test(test_deep_and_empty),
        cmocka_unit_test(test_rule_headings_in_plain_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
