/* SPDX-License-Identifier: MIT */
/* The speakers pass: transcript lines keep who speaks (p/@speaker,
 * item/@speaker), decided for the whole document; field lines, roles that
 * label lists, owners in task lists and documents that are no transcript
 * get none. */
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

/* The generic tree with BODY, and PARTICIPANTS (a <participants> element in
 * the minutes namespace, as the annexes pass leaves it) before the body. */
static xmlDocPtr run(const char *participants, const char *body)
{
    mn_job *job = pt_job();
    xmlDocPtr doc = pt_doc("", body);
    if (participants) {
        xmlDocPtr part = xmlReadMemory(participants, (int)strlen(participants), NULL, NULL, 0);
        assert_non_null(part);
        xmlNodePtr root = xmlDocGetRootElement(doc), b = root->children;
        while (b && !(b->type == XML_ELEMENT_NODE && strcmp((const char *)b->name, "body") == 0))
            b = b->next;
        assert_non_null(b);
        xmlAddPrevSibling(b, xmlDocCopyNode(xmlDocGetRootElement(part), doc, 1));
        xmlFreeDoc(part);
    }
    assert_int_equal(mn_pass_speakers(doc, job), 0);
    assert_int_equal(mn_job_diag_count(job), 0);
    mn_job_free(job);
    return doc;
}

static void transcript_lines(void **state)
{
    (void)state;
    xmlDocPtr doc = run(NULL,
        "<p>Chairs: Noura El-Sayed, Bram de Groot</p>"
        "<p><strong>Hyun-woo Park:</strong> Sure. Floors are labelled in every way.</p>"
        "<p>Paul Okonkwo (Fernbridge): Fine with classical first.</p>"
        "<p>Bram: that touches the manifest draft.</p>"
        "<p><strong>Hyun-woo Park:</strong> Then the router falls back.</p>"
        "<p>Status: done.</p>"
        "<p>On (b): Paul Okonkwo: Yes, as an informational column.</p>"
        "<p>Other Time Zones: https://example.org/zones</p>"
        "<p>Jaime Ortega: is the 64-bit change compatible?</p>"
        "<p>Jaime: then please add a transition section.</p>"
        "<p>HUM: should the draft forbid it?</p>");
    pt_expect(doc, "string(" B "m:p[2]/@speaker)", "Hyun-woo Park");
    pt_expect(doc, "string(" B "m:p[3]/@speaker)", "Paul Okonkwo");
    pt_expect(doc, "string(" B "m:p[4]/@speaker)", "Bram");
    pt_expect(doc, "string(" B "m:p[9]/@speaker)", "Jaime Ortega");
    pt_expect(doc, "string(" B "m:p[10]/@speaker)", "Jaime");
    /* The text stays as written. */
    pt_expect(doc, "string(" B "m:p[3])", "Paul Okonkwo (Fernbridge): Fine with classical first.");
    /* Labels, lead-ins, a role once, a link line: no speaker. */
    pt_expect(doc, "count(" B "m:p[1]/@speaker | " B "m:p[6]/@speaker | " B "m:p[7]/@speaker | "
                   B "m:p[8]/@speaker | " B "m:p[11]/@speaker)", "0");
    xmlFreeDoc(doc);
}

static void nicks_initials_and_irc(void **state)
{
    (void)state;
    xmlDocPtr doc = run(NULL,
        "<p>&lt;Janek_Sobczak&gt; I can only stay 30 minutes today</p>"
        "<p>&lt;trackbot&gt; Date: 05 December 2013</p>"
        "<p>RO: action-41?</p>"
        "<p>MH: done last week, sent to the list on Monday</p>"
        "<p>ayse: we have six bidi terms without definitions</p>"
        "<p>hkudo: base direction and paragraph direction should be one entry</p>"
        "<p>draft-ietf-tpt-framework-09: RFC Editor queue</p>"
        "<list><item>Birgit: worked on the build scripts</item></list>");
    pt_expect(doc, "string(" B "m:p[1]/@speaker)", "Janek_Sobczak");
    pt_expect(doc, "string(" B "m:p[3]/@speaker)", "RO");
    pt_expect(doc, "string(" B "m:p[4]/@speaker)", "MH");
    pt_expect(doc, "string(" B "m:p[6]/@speaker)", "hkudo");
    pt_expect(doc, "count(" B "m:p[7]/@speaker)", "0");
    /* Named once, nowhere else: not enough. */
    pt_expect(doc, "count(" B "m:list/m:item/@speaker)", "0");
    xmlFreeDoc(doc);
}

static void participants_are_evidence(void **state)
{
    (void)state;
    xmlDocPtr doc = run(
        "<participants xmlns=\"urn:minutes:1\"><group label=\"Present\">"
        "<person given=\"Birgit\" family=\"Lund\">Birgit Lund</person>"
        "<person handle=\"@cosmin\">Cosmin</person></group></participants>",
        "<p>Quick stand-up</p>"
        "<list><item>Birgit: worked on the build scripts.</item>"
        "<item>cosmin: started a draft of the release procedure.</item>"
        "<item>Dalia: measured small-icu.</item></list>");
    pt_expect(doc, "string(" B "m:list/m:item[1]/@speaker)", "Birgit");
    pt_expect(doc, "string(" B "m:list/m:item[2]/@speaker)", "cosmin");
    pt_expect(doc, "count(" B "m:list/m:item[3]/@speaker)", "0");
    xmlFreeDoc(doc);
}

static void owners_and_plain_documents(void **state)
{
    (void)state;
    /* Under an action-items heading, "Name: task" names an owner. */
    xmlDocPtr doc = run(NULL,
        "<p>Ana: I will check.</p><p>Bo: fine.</p><p>Ana: done then.</p>"
        "<section><heading>Action items</heading><list>"
        "<item>Ana: follow up with the auditors</item><item>Bo: send the form</item>"
        "</list></section>");
    pt_expect(doc, "string(" B "m:p[1]/@speaker)", "Ana");
    pt_expect(doc, "count(//m:section//@speaker)", "0");
    xmlFreeDoc(doc);
    /* Paragraphs under a heading about actions are still spoken. */
    doc = run(NULL,
        "<section><heading>Action item review</heading>"
        "<p>Ana: action 41, the survey?</p><p>Bo: done last week.</p><p>Ana: closed then.</p>"
        "<p>Bo: thanks.</p>"
        "</section>");
    pt_expect(doc, "count(//m:section//@speaker)", "4");
    xmlFreeDoc(doc);
    /* Field lines alone make no transcript. */
    doc = run(NULL, "<p>Date: 4 March</p><p>Chair: Ana Ruiz</p><p>Ana Ruiz: welcome.</p>"
                    "<p>Location: Room 4</p>");
    pt_expect(doc, "count(//@speaker)", "0");
    xmlFreeDoc(doc);
}

/* A line's start decides most of it, but not a link's end: a long address
 * followed by words is spoken, a long address alone is a label line. */
static void long_links(void **state)
{
    (void)state;
    xmlDocPtr doc = run(NULL,
        "<p>Ana: shall we start?</p><p>Bo: yes.</p>"
        "<p>Bo: https://drafts.example.org/working-group/agenda/2026/item-four-long-path "
        "holds the text we read last week</p>"
        "<p>Ana: https://drafts.example.org/working-group/agenda/2026/item-four-long-path</p>"
        "<p>Ana: thanks.</p>");
    pt_expect(doc, "string(" B "m:p[3]/@speaker)", "Bo");
    pt_expect(doc, "count(" B "m:p[4]/@speaker)", "0");
    pt_expect(doc, "count(//@speaker)", "4");
    xmlFreeDoc(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(transcript_lines),
        cmocka_unit_test(nicks_initials_and_irc),
        cmocka_unit_test(participants_are_evidence),
        cmocka_unit_test(owners_and_plain_documents),
        cmocka_unit_test(long_links),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
