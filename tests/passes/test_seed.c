/* SPDX-License-Identifier: MIT */
/* The seed in all three forms through its reader and the structural passes
 * only (front matter, sections, annexes, actions, ids, finish): the shape
 * DESIGN.md gives, whatever the temporal passes later add. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builder.h"
#include "job.h"
#include "passes.h"
#include "pt.h"

static int seed_call(mn_job *job, const mn_plugin *p, mn_builder *b)
{
    mn_input in = {.data = job->data, .size = job->size, .name = "igf-mag-xii"};
    return p->read(job, &in, b);
}

static unsigned char *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    unsigned char *buf = malloc(1 << 20);
    *size = buf ? fread(buf, 1, 1 << 20, f) : 0;
    fclose(f);
    return buf;
}

/* The generic tree of samples/igf-mag-xii.EXT made by reader NAME, through
 * the structural passes; NULL when the reader is not built. */
static xmlDocPtr seed_doc(const char *reader, const char *ext)
{
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_PLUGIN_DIR);
    const mn_plugin *p = mn_context_find(ctx, reader, MN_CAN_READ);
    if (!p) {
        mn_context_free(ctx);
        return NULL;
    }
    char path[512];
    snprintf(path, sizeof path, "%s/samples/igf-mag-xii.%s", MN_TEST_SOURCE_DIR, ext);
    mn_job *job = mn_job_new(ctx, path);
    job->data = slurp(path, &job->size);
    assert_non_null(job->data);
    job->data_given = 1;
    mn_builder *b = mn_builder_new(job);
    assert_int_equal(seed_call(job, p, b), 0);
    int canonical = 0;
    xmlDocPtr doc = mn_builder_finish(b, &canonical);
    mn_builder_free(b);
    assert_non_null(doc);
    const mn_pass_fn passes[] = {mn_pass_frontmatter, mn_pass_sections, mn_pass_agenda,
                                 mn_pass_annexes,     mn_pass_actions,  mn_pass_ids,
                                 mn_pass_finish};
    for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++)
        assert_int_equal(passes[i](doc, job), 0);
    for (size_t i = 0; i < mn_job_diag_count(job); i++)
        print_message("%s: %s\n", ext, mn_job_diag(job, i)->message);
    mn_job_free(job);
    mn_context_free(ctx);
    return doc;
}

static void check_seed(xmlDocPtr doc)
{
    pt_expect(doc, "string(//m:meta/m:title)", "IGF 2025 MAG Meeting XII");
    pt_expect(doc, "string(//m:meta/m:subtitle)", "Action items & next steps");
    pt_expect(doc, "string(//m:meta/m:date)", "2025-11-18");
    pt_expect(doc, "concat(//m:meta/m:time/@start, ' ', //m:meta/m:time/@zone)", "11:00 UTC");
    pt_expect(doc, "string(//m:meta/m:location/@mode)", "online");
    pt_expect(doc, "count(//m:agenda/m:item)", "6");
    pt_expect(doc, "string(//m:agenda/m:item[6]/@n)", "6");
    pt_expect(doc, "count(//m:participants/m:group[@label])", "7");
    pt_expect(doc, "count(//m:person[@family and @given])", "33");
    pt_expect(doc, "string(//m:participants/m:group[7]/@label)", "IGF Secretariat");
    pt_expect(doc, "count(//m:participants/m:group[7]/m:person)", "6");
    pt_expect(doc, "count(/m:minutes/m:body/m:section)", "5");
    pt_expect(doc, "string(//m:section[@id='s2']/m:heading)",
              "Updates from the WSIS+20 Informal Multistakeholder Sounding Board (IMSB)");
    pt_expect(doc, "count(//m:section[@id='s4']/m:section)", "4");
    pt_expect(doc, "string(//m:section[@id='s4-4']/m:heading)",
              "National and Regional IGF Initiatives (NRIs)");
    pt_expect(doc, "count(//m:action)", "5");
    pt_expect(doc, "count(//m:action[starts-with(@owner,'MAG members')])", "5");
    pt_expect(doc, "string(//m:action[@id='a5']/@owner)", "MAG members and interested participants");
    pt_expect(doc, "count(//m:item[@id='s1-i4']/m:list/m:item)", "4");
    pt_expect(doc, "count(//m:section[@id='s1']/m:list/m:item)", "5");
    pt_expect(doc, "count(//m:link)", "9");
    /* nothing of the body is lost: every bullet is there */
    pt_expect(doc, "count(/m:minutes/m:body//m:item)", "25");
}

static void test_seed_forms(void **state)
{
    (void)state;
    static const char *const forms[][2] = {{"text", "txt"}, {"markdown", "md"}, {"docx", "docx"}};
    for (size_t i = 0; i < 3; i++) {
        xmlDocPtr doc = seed_doc(forms[i][0], forms[i][1]);
        if (!doc) {
            print_message("reader %s not built: skipped\n", forms[i][0]);
            continue;
        }
        check_seed(doc);
        xmlFreeDoc(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_forms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
