/* SPDX-License-Identifier: MIT */
/* The passes run together (mn_run_passes): what one pass makes of a line
 * the next must still read right: talk under an action review is no
 * action, and a turn made an action keeps its speaker.  (A register row
 * repeating a deadline, and a register's task cell titling its deadline,
 * are held by the fidelity floors of the council and pdftext families.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "pt.h"

static xmlDocPtr run(const char *meta, const char *body)
{
    xmlDocPtr doc = pt_doc(meta, body);
    mn_job *job = pt_job();
    assert_int_equal(mn_run_passes(doc, job), 0);
    mn_job_free(job);
    return doc;
}

#define MEETING "<p>Tools call</p><p>3 March 2026</p>"

static void test_turn_under_action_review(void **state)
{
    (void)state;
    xmlDocPtr doc = run("", MEETING
                        "<h level=\"1\">Discussion</h>"
                        "<p>RO: welcome all</p><p>PF: thanks</p><p>RO: let us start</p>"
                        "<p>PF: fine</p>"
                        "<h level=\"1\">Action item review</h>"
                        "<p>RO: ok, carried</p>"
                        "<p>RO: action-43, Paolo's survey of player settings?</p>");
    /* the talk about the actions is no action; the turn naming one is, and
     * is still RO's line */
    pt_expect(doc, "count(//m:action)", "1");
    pt_expect(doc, "string(//m:action/@speaker)", "RO");
    pt_expect(doc, "string(//m:p[contains(., 'carried')]/@speaker)", "RO");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_turn_under_action_review),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
