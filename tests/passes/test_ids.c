/* SPDX-License-Identifier: MIT */
/* The ids pass: positional, stable ids. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

static const char *const tree =
    "<p>Before.</p>"
    "<section n=\"1\"><heading>One</heading>"
    "<list><item>a</item><item>b<list><item>b1</item><item>b2</item></list>"
    "<list><item>b3</item></list></item></list>"
    "<p>para</p><action owner=\"X\">act</action>"
    "<list><item>c</item><item><action>nested act</action></item></list>"
    "<decision>dec</decision></section>"
    "<section n=\"2\"><heading>Two</heading><p>p</p>"
    "<section><heading>Sub</heading><list><item>d</item></list><p>q</p></section>"
    "<section><heading>Sub 2</heading><table><row><cell>cell<list><item>e</item></list></cell>"
    "</row></table><action>last</action></section></section>";

static xmlDocPtr run(void)
{
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc("", tree);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    /* an agenda as the annexes pass leaves it */
    xmlNodePtr agenda = xmlNewChild(root, root->ns, BAD_CAST "agenda", NULL);
    xmlNewChild(agenda, root->ns, BAD_CAST "item", BAD_CAST "one");
    xmlNewChild(agenda, root->ns, BAD_CAST "item", BAD_CAST "two");
    assert_int_equal(mn_pass_ids(doc, job), 0);
    assert_int_equal(mn_job_diag_count(job), 0);
    mn_job_free(job);
    return doc;
}

static void test_ids(void **state)
{
    (void)state;
    xmlDocPtr doc = run();
    pt_expect(doc, "string(/m:minutes/m:body/m:p/@id)", "s0-p1");
    pt_expect(doc, "string(//m:section[@n='1']/@id)", "s1");
    pt_expect(doc, "string(//m:item[.='a']/@id)", "s1-i1");
    pt_expect(doc, "string(//m:item[.='b1']/@id)", "s1-i2-i1");
    pt_expect(doc, "string(//m:item[.='b2']/@id)", "s1-i2-i2");
    /* a second list in the same item counts on (found by fuzzing: two
     * sub-lists both gave s1-i2-i1) */
    pt_expect(doc, "string(//m:item[.='b3']/@id)", "s1-i2-i3");
    /* the second list of a section counts on */
    pt_expect(doc, "string(//m:item[.='c']/@id)", "s1-i3");
    pt_expect(doc, "string(//m:p[.='para']/@id)", "s1-p1");
    pt_expect(doc, "string(//m:action[.='act']/@id)", "a1");
    pt_expect(doc, "string(//m:action[.='nested act']/@id)", "a2");
    pt_expect(doc, "string(//m:action[.='last']/@id)", "a3");
    pt_expect(doc, "string(//m:decision/@id)", "d1");
    pt_expect(doc, "string(//m:section[m:heading='Sub']/@id)", "s2-1");
    pt_expect(doc, "string(//m:item[.='d']/@id)", "s2-1-i1");
    pt_expect(doc, "string(//m:p[.='q']/@id)", "s2-1-p1");
    pt_expect(doc, "string(//m:item[.='e']/@id)", "s2-2-i1");
    pt_expect(doc, "string(//m:agenda/m:item[2]/@id)", "ag2");
    /* every id is unique; headings, tables and cells carry none */
    pt_expect(doc, "count(//@id)", "23");
    pt_expect(doc, "count(//*[@id = preceding::*/@id or @id = ancestor::*/@id])", "0");
    pt_expect(doc, "count(//m:heading/@id | //m:table/@id | //m:cell/@id)", "0");
    xmlFreeDoc(doc);
}

static void test_stable(void **state)
{
    (void)state;
    /* the same tree twice gives the same ids; running the pass again too */
    xmlDocPtr a = run(), b = run();
    mn_job *job = pt_job();
    assert_int_equal(mn_pass_ids(b, job), 0);
    mn_job_free(job);
    xmlChar *da = NULL, *db = NULL;
    int la = 0, lb = 0;
    xmlDocDumpMemory(a, &da, &la);
    xmlDocDumpMemory(b, &db, &lb);
    assert_string_equal((const char *)da, (const char *)db);
    xmlFree(da);
    xmlFree(db);
    xmlFreeDoc(a);
    xmlFreeDoc(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ids),
        cmocka_unit_test(test_stable),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
