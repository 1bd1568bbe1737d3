/* SPDX-License-Identifier: MIT */
/* Loader: a good module loads, and so does one built against an older,
 * smaller descriptor, whose later fields are never read; a wrong ABI, a
 * duplicate name, a missing symbol, a missing callback, a file name whose
 * role the descriptor contradicts and a request for per-job state are
 * refused with a message naming the file; the rest still load. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minutes/plugin.h"

static const char *mod(const char *name)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s.so", MN_TEST_MOD_DIR, name);
    return path;
}

/* Whether a loader diagnostic mentions both strings. */
static int has_diag(const mn_context *ctx, const char *a, const char *b)
{
    for (size_t i = 0; i < mn_context_diag_count(ctx); i++) {
        const char *m = mn_context_diag(ctx, i)->message;
        if (strstr(m, a) && (!b || strstr(m, b)))
            return 1;
    }
    return 0;
}

static void test_good_module(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_int_equal(mn_context_load_file(ctx, mod("mn-w-good")), 0);
    assert_int_equal(mn_context_plugin_count(ctx), 1);
    assert_string_equal(mn_context_plugin(ctx, 0)->name, "good");
    assert_non_null(mn_context_find(ctx, "good", MN_CAN_WRITE));
    assert_null(mn_context_find(ctx, "good", MN_CAN_READ));
    mn_context_free(ctx);
}

static void test_wrong_abi(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_int_not_equal(mn_context_load_file(ctx, mod("mn-w-badabi")), 0);
    assert_int_equal(mn_context_plugin_count(ctx), 0);
    assert_true(has_diag(ctx, "mn-w-badabi.so", "ABI version 99"));
    mn_context_free(ctx);
}

static void test_duplicate_name(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_int_equal(mn_context_load_file(ctx, mod("mn-w-dupa")), 0);
    assert_int_not_equal(mn_context_load_file(ctx, mod("mn-w-dupb")), 0);
    assert_int_equal(mn_context_plugin_count(ctx), 1);
    assert_true(has_diag(ctx, "mn-w-dupb.so", "duplicate plugin name 'dup'"));
    assert_true(has_diag(ctx, "mn-w-dupb.so", "mn-w-dupa.so"));
    mn_context_free(ctx);
}

static void test_missing_symbol(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_int_not_equal(mn_context_load_file(ctx, mod("mn-w-nosym")), 0);
    assert_true(has_diag(ctx, "mn-w-nosym.so", "missing symbol " MN_PLUGIN_SYMBOL));
    mn_context_free(ctx);
}

static void test_not_loadable(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_int_not_equal(mn_context_load_file(ctx, MN_TEST_SOURCE_DIR "/README.md"), 0);
    assert_true(has_diag(ctx, "README.md", "cannot be loaded"));
    mn_context_free(ctx);
}

/* A directory with all of them: the refused ones leave messages, the good one
 * and the first of the duplicates still load. */
static void test_directory_survives_bad_modules(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_MOD_DIR);
    mn_context_load_all(ctx);
    assert_int_equal(mn_context_plugin_count(ctx), 3);
    assert_non_null(mn_context_find(ctx, "good", MN_CAN_WRITE));
    assert_non_null(mn_context_find(ctx, "old", MN_CAN_WRITE));
    assert_non_null(mn_context_find(ctx, "dup", MN_CAN_WRITE));
    assert_true(has_diag(ctx, "mn-w-badabi.so", NULL));
    assert_true(has_diag(ctx, "mn-w-nosym.so", NULL));
    assert_true(has_diag(ctx, "mn-w-dupb.so", NULL));
    for (const char *const *m = (const char *const[]){"mn-w-nowrite.so", "mn-r-noprobe.so",
                                                        "mn-r-liar.so", "mn-w-state.so", NULL};
         *m; m++)
        assert_true(has_diag(ctx, *m, "refused"));
    mn_context_free(ctx);
}

/* The smaller descriptor of a plugin built before prepare and
 * write_collection: it loads and writes, and the core reads nothing past
 * its size (what lies there would crash it: mods/mod.c). */
static void test_older_descriptor(void **state)
{
    (void)state;
    static const char xml[] = "<minutes xmlns='urn:minutes:1' version='1'><meta/><body/></minutes>";
    mn_context *ctx = mn_context_new();
    assert_int_equal(mn_context_load_file(ctx, mod("mn-w-old")), 0);
    assert_int_equal(mn_context_prepare(ctx), 0);
    mn_job *job = mn_job_new(ctx, "old.xml");
    assert_int_equal(mn_job_read_canonical(job, xml, sizeof xml - 1), 0);
    FILE *fp = tmpfile();
    assert_non_null(fp);
    assert_int_equal(mn_job_write_stream(job, "old", fp), 0);
    char got[64] = "";
    rewind(fp);
    assert_non_null(fgets(got, sizeof got, fp));
    assert_string_equal(got, "written by old\n");
    fclose(fp);
    mn_job *coll = mn_job_new(ctx, "all");
    assert_int_equal(mn_job_write_collection(coll, "old", &job, NULL, 1, "/nonexistent/all.old"),
                     MN_EX_USAGE);
    assert_non_null(strstr(mn_job_diag(coll, 0)->message, "cannot write several documents"));
    mn_job_free(coll);
    mn_job_free(job);
    mn_context_free(ctx);
}

/* A program that plans its conversion looks a plugin up once and hands the
 * pointer on: mn_job_write_with writes with it, mn_job_set_reader reads
 * with it; each refuses a plugin of the wrong role. */
static void test_plugin_pointers(void **state)
{
    (void)state;
    static const char xml[] = "<minutes xmlns='urn:minutes:1' version='1'><meta/><body/></minutes>";
    mn_context *ctx = mn_context_new();
    assert_int_equal(mn_context_load_file(ctx, mod("mn-w-good")), 0);
    const mn_plugin *good = mn_context_find(ctx, "good", MN_CAN_WRITE);
    mn_job *job = mn_job_new(ctx, "in.txt");
    assert_int_equal(mn_job_set_reader(job, good), MN_EX_USAGE);
    assert_non_null(strstr(mn_job_diag(job, 0)->message, "the good plugin cannot read"));
    assert_int_equal(mn_job_set_reader(job, NULL), 0);
    assert_int_equal(mn_job_write_with(job, good, "/nonexistent/x"), MN_EX_SOFTWARE); /* not read */
    mn_job_free(job);
    job = mn_job_new(ctx, "in.xml");
    assert_int_equal(mn_job_read_canonical(job, xml, sizeof xml - 1), 0);
    assert_int_equal(mn_job_write_with(job, NULL, "-"), MN_EX_USAGE);
    char path[] = "/tmp/mn-loader-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(mn_job_write_with(job, good, path), 0);
    FILE *fp = fopen(path, "r");
    char got[64] = "";
    assert_non_null(fp);
    assert_non_null(fgets(got, sizeof got, fp));
    assert_string_equal(got, "written by good\n");
    fclose(fp);
    unlink(path);
    mn_job_free(job);
    mn_context_free(ctx);
}

/* A callback the caps promise is missing: refused, never called. */
static void test_missing_callback(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_int_equal(mn_context_load_file(ctx, mod("mn-w-nowrite")), MN_EX_SOFTWARE);
    assert_true(has_diag(ctx, "mn-w-nowrite.so", "writer 'nowrite' lacks write"));
    assert_int_equal(mn_context_load_file(ctx, mod("mn-r-noprobe")), MN_EX_SOFTWARE);
    assert_true(has_diag(ctx, "mn-r-noprobe.so", "reader 'noprobe' lacks probe or read"));
    assert_int_equal(mn_context_plugin_count(ctx), 0);
    mn_context_free(ctx);
}

/* mn-r-liar.so says it reads, its descriptor writes: refused, since a
 * writer named as a reader would be mapped for every probe. */
static void test_role_mismatch(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_int_equal(mn_context_load_file(ctx, mod("mn-r-liar")), MN_EX_SOFTWARE);
    assert_true(has_diag(ctx, "mn-r-liar.so", "file name says reader but the plugin writes"));
    assert_int_equal(mn_context_plugin_count(ctx), 0);
    mn_context_free(ctx);
}

/* The slot that was state_size must be 0: the core gives no state. */
static void test_state_refused(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_int_equal(mn_context_load_file(ctx, mod("mn-w-state")), MN_EX_SOFTWARE);
    assert_true(has_diag(ctx, "mn-w-state.so", "per-job state"));
    mn_context_free(ctx);
}

/* Readers are loaded for probing; a writer-only module is not mapped until
 * it is asked for by name. */
static void test_lazy_writers(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_MOD_DIR);
    mn_context_load_readers(ctx);
    assert_int_equal(mn_context_plugin_count(ctx), 0);
    assert_non_null(mn_context_find(ctx, "good", MN_CAN_WRITE));
    assert_int_equal(mn_context_plugin_count(ctx), 1);
    mn_context_free(ctx);
}

/* The bundled plugins of the build tree load cleanly. */
static void test_build_tree_plugins(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_PLUGIN_DIR);
    mn_context_load_all(ctx);
    assert_int_equal(mn_context_diag_count(ctx), 0);
    assert_non_null(mn_context_find(ctx, "xml", MN_CAN_READ | MN_CAN_WRITE));
    mn_context_free(ctx);
}

/* Reads FILE (from samples/, or BYTES under that name) with the bundled
 * plugins; returns the names of the readers loaded, space separated. */
static const char *readers_loaded_for(const char *file, const char *bytes)
{
    static char names[256];
    char path[4096];
    snprintf(path, sizeof path, "%s/samples/%s", MN_TEST_SOURCE_DIR, file);
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_PLUGIN_DIR);
    mn_job *job = mn_job_new(ctx, path);
    assert_non_null(job);
    if (bytes)
        assert_int_equal(mn_job_set_input(job, bytes, strlen(bytes)), 0);
    assert_int_equal(mn_job_read(job), 0);
    names[0] = '\0';
    for (size_t i = 0; i < mn_context_plugin_count(ctx); i++) {
        strcat(names, names[0] ? " " : "");
        strcat(names, mn_context_plugin(ctx, i)->name);
    }
    mn_job_free(job);
    mn_context_free(ctx);
    return names;
}

/* A reader named like the extension that is certain of the bytes is the
 * only one loaded; otherwise every reader is asked that the build tree's
 * plugin cache does not rule out (its magic, plugin.h), so a .md file maps
 * no DOCX reader and a misnamed file is still read by the right one. */
static void test_probe_by_extension(void **state)
{
    (void)state;
    assert_string_equal(readers_loaded_for("igf-mag-xii.docx", NULL), "docx");
    assert_string_equal(readers_loaded_for("igf-mag-xii.xml", NULL), "xml");
    assert_string_equal(readers_loaded_for("igf-mag-xii.md", NULL), "markdown text");
    assert_string_equal(readers_loaded_for("igf-mag-xii.txt", NULL), "markdown text");
    /* Markdown under a .xml name: the xml reader is not certain, so the
     * others are asked (xml first, as the extension named it). */
    assert_string_equal(readers_loaded_for("misnamed.xml", "# Minutes\n\nDate: 3 March 2026\n"),
                        "xml markdown text");
    /* Canonical XML under a .md name: its '<' keeps the xml reader in. */
    assert_string_equal(readers_loaded_for("misnamed.md", "\xEF\xBB\xBF <minutes xmlns='urn:minutes:1' "
                                                          "version='1'><meta/><body/></minutes>"),
                        "markdown text xml");
}

/* ---- the plugin cache, in a directory of its own ---------------------------- */

static char cache_dir[64];

static void link_module(const char *file)
{
    char from[4096], to[4096];
    snprintf(from, sizeof from, "%s/%s", MN_TEST_PLUGIN_DIR, file);
    snprintf(to, sizeof to, "%s/%s", cache_dir, file);
    assert_int_equal(symlink(from, to), 0);
}

static int make_cache_dir(void **state)
{
    (void)state;
    snprintf(cache_dir, sizeof cache_dir, "/tmp/mn-cache-XXXXXX");
    if (!mkdtemp(cache_dir))
        return -1;
    link_module("mn-r-docx.so");
    link_module("mn-r-markdown.so");
    link_module("mn-r-text.so");
    link_module("mn-rw-xml.so");
    return 0;
}

static int remove_cache_dir(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", cache_dir);
    return system(cmd);
}

/* Reads BYTES as NAME with the modules of the cache directory; returns the
 * readers loaded and the format read, "markdown text: markdown". */
static const char *read_in_cache_dir(const char *name, const void *bytes, size_t size)
{
    static char got[256];
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, cache_dir);
    mn_job *job = mn_job_new(ctx, name);
    assert_int_equal(mn_job_set_input(job, bytes, size), 0);
    int rc = mn_job_read(job);
    got[0] = '\0';
    for (size_t i = 0; i < mn_context_plugin_count(ctx); i++) {
        strcat(got, got[0] ? " " : "");
        strcat(got, mn_context_plugin(ctx, i)->name);
    }
    strcat(got, rc ? ": failed" : ": read");
    mn_job_free(job);
    mn_context_free(ctx);
    return got;
}

static char *slurp(const char *path, size_t *size)
{
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    *size = fread(buf, 1, 1 << 20, fp);
    fclose(fp);
    return buf;
}

static void write_cache(void)
{
    mn_context *ctx = mn_context_new();
    assert_int_equal(mn_context_write_plugin_cache(ctx, cache_dir), 0);
    assert_int_equal(mn_context_diag_count(ctx), 0);
    mn_context_free(ctx);
}

/* Without a cache every reader is loaded to be asked; with one, a .md file
 * loads no DOCX reader, yet a DOCX's bytes under a .md name still load it
 * and are read as the DOCX they are. */
static void test_cache_rules_out(void **state)
{
    (void)state;
    static const char md[] = "# Minutes\n\nDate: 3 March 2026\n";
    size_t docx_size;
    char *docx = slurp(MN_TEST_SOURCE_DIR "/samples/igf-mag-xii.docx", &docx_size);
    assert_string_equal(read_in_cache_dir("a.md", md, sizeof md - 1), "docx markdown text xml: read");
    write_cache();
    assert_string_equal(read_in_cache_dir("a.md", md, sizeof md - 1), "markdown text: read");
    assert_string_equal(read_in_cache_dir("a.md", docx, docx_size), "docx markdown text: read");
    /* The extension keeps a reader in even when the bytes do not match (and
     * its name alone outscores the others, as without a cache). */
    assert_string_equal(read_in_cache_dir("a.docx", md, sizeof md - 1), "docx markdown text: failed");
    free(docx);
}

/* A module replaced since the cache was written (size or time differ) is
 * loaded as if there were no cache. */
static void test_cache_stale_entry(void **state)
{
    (void)state;
    static const char md[] = "# Minutes\n\nDate: 3 March 2026\n";
    write_cache();
    char path[2048], cmd[8192];
    snprintf(path, sizeof path, "%s/mn-r-docx.so", cache_dir);
    assert_int_equal(unlink(path), 0);
    snprintf(cmd, sizeof cmd, "cp '%s/mn-r-docx.so' '%s' && echo >> '%s'", MN_TEST_PLUGIN_DIR, path, path);
    assert_int_equal(system(cmd), 0);
    assert_string_equal(read_in_cache_dir("a.md", md, sizeof md - 1), "docx markdown text: read");
}

/* Writing the cache of the test modules reads no descriptor field past a
 * module's size (mn-w-old.so keeps a bad pointer where magic would be). */
static void test_cache_older_descriptor(void **state)
{
    (void)state;
    mn_context *ctx = mn_context_new();
    assert_int_equal(mn_context_write_plugin_cache(ctx, MN_TEST_MOD_DIR), 0);
    mn_context_free(ctx);
    FILE *fp = fopen(MN_TEST_MOD_DIR "/plugins.cache", "r");
    assert_non_null(fp);
    char line[512];
    int seen = 0;
    while (fgets(line, sizeof line, fp))
        if (strncmp(line, "mn-w-old.so\t", 12) == 0)
            seen = strstr(line, "\told\t2\ttxt\t-\n") != NULL;
    fclose(fp);
    assert_true(seen);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_module),
        cmocka_unit_test(test_wrong_abi),
        cmocka_unit_test(test_duplicate_name),
        cmocka_unit_test(test_missing_symbol),
        cmocka_unit_test(test_not_loadable),
        cmocka_unit_test(test_directory_survives_bad_modules),
        cmocka_unit_test(test_older_descriptor),
        cmocka_unit_test(test_plugin_pointers),
        cmocka_unit_test(test_missing_callback),
        cmocka_unit_test(test_role_mismatch),
        cmocka_unit_test(test_state_refused),
        cmocka_unit_test(test_lazy_writers),
        cmocka_unit_test(test_build_tree_plugins),
        cmocka_unit_test(test_probe_by_extension),
        cmocka_unit_test_setup_teardown(test_cache_rules_out, make_cache_dir, remove_cache_dir),
        cmocka_unit_test_setup_teardown(test_cache_stale_entry, make_cache_dir, remove_cache_dir),
        cmocka_unit_test(test_cache_older_descriptor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
