/* SPDX-License-Identifier: MIT */
/* test_lexicon_used.c — every list of the lexicon is read by some pass: the
 * samples and the small inputs of tests/lexicon/used/ are converted (read,
 * and written as HTML, whose labels come from the lexicon) in one context, then each list of core/src/lexicon_lists.h must have been
 * consulted.  A list the C no longer reads fails here (remove its row, or
 * its words, then), and so does a list added to the table that no pass
 * looks up yet. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "lexicon.h"
#include "minutes/minutes.h"

static void convert(mn_context *ctx, const char *path)
{
    mn_job *job = mn_job_new(ctx, path);
    assert_non_null(job);
    int rc = mn_job_read(job);
    if (rc)
        fail_msg("%s: status %d: %s", path, rc,
                 mn_job_diag_count(job) ? mn_job_diag(job, 0)->message : "");
    /* the writers read the lexicon too: their labels (output-labels) */
    FILE *sink = fopen("/dev/null", "w");
    assert_non_null(sink);
    rc = mn_job_write_stream(job, "html", sink);
    fclose(sink);
    if (rc)
        fail_msg("%s: html: status %d", path, rc);
    mn_job_free(job);
}

static void convert_dir(mn_context *ctx, const char *dir)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    assert_true(n >= 0);
    for (int i = 0; i < n; i++) {
        const char *name = names[i]->d_name;
        const char *dot = strrchr(name, '.');
        if (dot && (strcmp(dot, ".txt") == 0 || strcmp(dot, ".md") == 0 || strcmp(dot, ".docx") == 0)) {
            char path[1024];
            snprintf(path, sizeof path, "%s/%s", dir, name);
            convert(ctx, path);
        }
        free(names[i]);
    }
    free(names);
}

static void test_every_list_consulted(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_non_null(ctx);
    mn_context_add_plugin_dir(ctx, MN_TEST_PLUGIN_DIR);
    assert_int_equal(mn_context_load_lexicon(ctx), 0);
    convert_dir(ctx, MN_TEST_SOURCE_DIR "/samples");
    convert_dir(ctx, MN_TEST_SOURCE_DIR "/tests/lexicon/used");
    int unread = 0;
    for (int l = 0; l < MN_LX_COUNT; l++)
        if (!mn_lx_consulted(ctx->lexicon, l)) {
            print_error("list '%s' (%s) was never consulted\n", mn_lx_spec_of(l)->name,
                        mn_lx_spec_of(l)->purpose);
            unread++;
        }
    assert_int_equal(unread, 0);
    mn_context_free(ctx);
}

/* The check itself can fail: a fresh lexicon has consulted nothing. */
static void test_fresh_lexicon_consulted_nothing(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_non_null(ctx);
    assert_int_equal(mn_context_load_lexicon(ctx), 0);
    for (int l = 0; l < MN_LX_COUNT; l++)
        assert_false(mn_lx_consulted(ctx->lexicon, l));
    mn_lx_words(ctx->lexicon, MN_LX_ARTICLES);
    assert_true(mn_lx_consulted(ctx->lexicon, MN_LX_ARTICLES));
    mn_context_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fresh_lexicon_consulted_nothing),
        cmocka_unit_test(test_every_list_consulted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
