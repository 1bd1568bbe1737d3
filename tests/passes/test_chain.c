/* SPDX-License-Identifier: MIT */
/* The passes together (front matter, sections, annexes, actions, ids,
 * finish) on whole generic trees: the result is valid against the schema. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

static void test_plain_text_tree(void **state)
{
    (void)state;
    xmlDocPtr doc = pt_doc(
        "<source format=\"text\" name=\"m.txt\"/>",
        "<p>Board Meeting</p><p>Brussels and online, 5 February 2026, 10:00\xE2\x80\x93" "12:30 CET</p>"
        "<p>Present: Anna Berg (Chair), Bo Chen</p><p>Regrets: Cy Dunn</p>"
        "<p>1. Opening</p><list><item>Welcome.</item></list>"
        "<p>-&gt; Bo Chen to circulate the slides.</p>"
        "<p>2. Budget</p><p>Finance</p><list><item>Costs rose.</item>"
        "<item>ACTION: Anna Berg to check.</item></list><p>DECISION: Adopted.</p>"
        "<p>Annex 1: Agenda</p><list ordered=\"1\"><item n=\"1.\">Opening</item>"
        "<item n=\"2.\">Budget</item></list>");
    pt_run_all_valid(doc);
    pt_expect(doc, "string(//m:meta/m:location/@mode)", "hybrid");
    pt_expect(doc, "count(//m:agenda/m:item)", "2");
    pt_expect(doc, "string(//m:person[@role='chair'])", "Anna Berg");
    pt_expect(doc, "count(/m:minutes/m:body/m:section)", "2");
    pt_expect(doc, "string(//m:section[@id='s2-1']/m:heading)", "Finance");
    pt_expect(doc, "string(//m:action[@id='a1']/@owner)", "Bo Chen");
    pt_expect(doc, "string(//m:action[@id='a2']/@owner)", "Anna Berg");
    pt_expect(doc, "count(//m:decision[@id='d1'])", "1");
    pt_expect(doc, "count(//@style | //@ordered | //@level | //m:prop)", "0");
    xmlFreeDoc(doc);
}

static void test_styled_tree(void **state)
{
    (void)state;
    xmlDocPtr doc = pt_doc(
        "<source format=\"markdown\" name=\"m.md\"/>"
        "<prop name=\"title\" authoritative=\"1\">Weekly sync</prop>"
        "<prop name=\"date\" authoritative=\"1\">2026-03-03</prop>"
        "<prop name=\"participant\" authoritative=\"1\">Anna Berg</prop>"
        "<prop name=\"scribe\" authoritative=\"1\">Anna Berg</prop>"
        "<prop name=\"lang\" authoritative=\"1\">de</prop>"
        "<prop name=\"organisation\">  Larkspur   Design Studio </prop>"
        "<prop name=\"organisation\">Second letterhead</prop>",
        "<h level=\"1\" style=\"Heading1\">1. Status</h><p>Text <em>x</em>.</p>"
        "<h level=\"2\">Details</h><table><row><cell colspan=\"2\">wide</cell></row></table>"
        "<h level=\"1\">Annex A: Participants</h><list><item>Bo Chen</item></list>"
        "<note>A note.</note>");
    pt_run_all_valid(doc);
    pt_expect(doc, "string(//m:meta/m:title)", "Weekly sync");
    pt_expect(doc, "string(//m:meta/m:date)", "2026-03-03");
    pt_expect(doc, "string(/m:minutes/@xml:lang)", "de");
    /* the reader's letterhead, once, after the location in meta's order */
    pt_expect(doc, "string(//m:meta/m:organisation)", "Larkspur Design Studio");
    pt_expect(doc, "count(//m:meta/m:organisation)", "1");
    pt_expect(doc, "name(//m:meta/m:organisation/following-sibling::*[1])", "source");
    pt_expect(doc, "count(//m:participants/m:group)", "2");
    pt_expect(doc, "string(//m:person[@role='scribe'])", "Anna Berg");
    pt_expect(doc, "string(//m:section[@id='s1']/@n)", "1");
    /* the annex kept what it could not place (the note) */
    pt_expect(doc, "count(//m:section)", "3");
    xmlFreeDoc(doc);
}

static void test_empty_and_odd_trees(void **state)
{
    (void)state;
    static const char *const bodies[] = {
        "",
        "<p></p><list></list><table><row></row></table>",
        "<p>\xE2\x86\x92</p><p>ACTION:</p><p>Present:</p><p>Annex</p><p>1.</p>",
        "<list><item>\xE2\x86\x92 A to go<list><item>-&gt; B to go<list><item>DECISION: c</item>"
        "</list></item></list></item></list>",
        "<p>Annex 1: Agenda</p><p>Annex 2: Participants</p><table><row><cell colspan=\"2\"></cell>"
        "</row><row><cell>\t</cell><cell>x</cell></row></table>",
    };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        xmlDocPtr doc = pt_doc("<source format=\"text\"/>", bodies[i]);
        pt_run_all_valid(doc);
        xmlFreeDoc(doc);
    }
}

static void test_many_blocks(void **state)
{
    (void)state;
    /* 900 numbered headings (labels have at most three digits), arrow lines
     * and participants lines */
    size_t size = 900 * 200;
    char *body = malloc(size);
    assert_non_null(body);
    body[0] = '\0';
    size_t len = 0;
    for (int i = 1; i <= 900; i++)
        len += (size_t)snprintf(body + len, size - len,
                                "<p>%d. Heading %d</p><p>-&gt; Team %d to act.</p>"
                                "<p>Present: Ann Lee, Bo Chen</p>", i, i, i);
    xmlDocPtr doc = pt_doc("", body);
    free(body);
    pt_run_all_valid(doc);
    pt_expect(doc, "count(/m:minutes/m:body/m:section)", "900");
    pt_expect(doc, "string(//m:action[@id='a900']/@owner)", "Team 900");
    pt_expect(doc, "count(//m:participants/m:group)", "900");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_text_tree),
        cmocka_unit_test(test_styled_tree),
        cmocka_unit_test(test_empty_and_odd_trees),
        cmocka_unit_test(test_many_blocks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
