/* SPDX-License-Identifier: MIT */
/* Files written whole or not at all (atomic.c), through both of its paths:
 * unnamed (O_TMPFILE) and named temporaries (MINUTES_NO_O_TMPFILE). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "minutes/minutes.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/mn-atomic-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

static const char *at(const char *name)
{
    static char path[4][128];
    static int turn;
    turn = (turn + 1) % 4;
    snprintf(path[turn], sizeof path[turn], "%s/%s", dir, name);
    return path[turn];
}

/* The names in the directory, sorted, space separated. */
static void listing(char *out, size_t size)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    assert_true(n >= 0);
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (strcmp(names[i]->d_name, ".") && strcmp(names[i]->d_name, "..")) {
            strncat(out, names[i]->d_name, size - strlen(out) - 2);
            strcat(out, " ");
        }
        free(names[i]);
    }
    free(names);
}

static void assert_listing(const char *want)
{
    char got[1024];
    listing(got, sizeof got);
    assert_string_equal(got, want);
}

static void assert_content(const char *name, const char *want)
{
    char buf[256] = {0};
    FILE *fp = fopen(at(name), "rb");
    assert_non_null(fp);
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    fclose(fp);
    assert_int_equal(n, strlen(want));
    assert_string_equal(buf, want);
}

static void write_whole(const char *name, const char *text)
{
    mn_atomic_file *f = mn_atomic_open(at(name));
    assert_non_null(f);
    fputs(text, mn_atomic_stream(f));
    const char *step = "unset";
    assert_int_equal(mn_atomic_commit(f, &step), 0);
    assert_null(step);
}

/* A new file, then one replacing it: the content, a new inode, and nothing
 * else in the directory. */
static void create_and_replace(int named)
{
    write_whole("out.xml", "first\n");
    assert_listing("out.xml ");
    assert_content("out.xml", "first\n");
    struct stat before, after;
    assert_int_equal(stat(at("out.xml"), &before), 0);
    assert_int_equal(before.st_mode & 0777, 0666 & ~(mode_t)022);

    mn_atomic_file *f = mn_atomic_open(at("out.xml"));
    assert_non_null(f);
    fputs("second\n", mn_atomic_stream(f));
    fflush(mn_atomic_stream(f));
    char got[1024];
    listing(got, sizeof got);
    if (named)
        assert_non_null(strstr(got, "out.xml.tmp-")); /* the named temporary */
    else
        assert_string_equal(got, "out.xml "); /* nothing named while writing */
    assert_content("out.xml", "first\n");
    assert_int_equal(mn_atomic_commit(f, NULL), 0);
    assert_listing("out.xml ");
    assert_content("out.xml", "second\n");
    assert_int_equal(stat(at("out.xml"), &after), 0);
    assert_true(after.st_ino != before.st_ino);
    unlink(at("out.xml"));
}

/* Discarded: the earlier file untouched, nothing beside it. */
static void discard(int named)
{
    (void)named;
    write_whole("keep.xml", "kept\n");
    mn_atomic_file *f = mn_atomic_open(at("keep.xml"));
    assert_non_null(f);
    fputs("half", mn_atomic_stream(f));
    mn_atomic_discard(f);
    assert_listing("keep.xml ");
    assert_content("keep.xml", "kept\n");
    unlink(at("keep.xml"));
}

/* Put in place fails (the target is a directory that is not empty): the
 * status says so, and neither the target nor anything beside it changed. */
static void cannot_place(int named)
{
    (void)named;
    assert_int_equal(mkdir(at("busy"), 0777), 0);
    write_whole("busy/inner", "x");
    mn_atomic_file *f = mn_atomic_open(at("busy"));
    assert_non_null(f);
    fputs("y", mn_atomic_stream(f));
    const char *step = NULL;
    assert_int_equal(mn_atomic_commit(f, &step), MN_EX_CANTCREAT);
    assert_non_null(step);
    assert_non_null(strstr(step, "into place"));
    assert_listing("busy ");
    assert_content("busy/inner", "x");
    unlink(at("busy/inner"));
    rmdir(at("busy"));
}

static void run_both(void (*fn)(int))
{
    unsetenv("MINUTES_NO_O_TMPFILE");
    fn(0);
    setenv("MINUTES_NO_O_TMPFILE", "1", 1);
    fn(1);
    unsetenv("MINUTES_NO_O_TMPFILE");
}

static void test_create_and_replace(void **state)
{
    (void)state;
    umask(022);
    run_both(create_and_replace);
}

static void test_discard(void **state)
{
    (void)state;
    run_both(discard);
}

static void test_cannot_place(void **state)
{
    (void)state;
    run_both(cannot_place);
}

/* What a signal handler calls removes the named temporary being written. */
static void test_cleanup_removes_named(void **state)
{
    (void)state;
    setenv("MINUTES_NO_O_TMPFILE", "1", 1);
    mn_atomic_file *f = mn_atomic_open(at("sig.xml"));
    assert_non_null(f);
    char got[1024];
    listing(got, sizeof got);
    assert_non_null(strstr(got, "sig.xml.tmp-"));
    mn_atomic_cleanup();
    assert_listing("");
    mn_atomic_discard(f);
    assert_listing("");
    unsetenv("MINUTES_NO_O_TMPFILE");
}

/* No directory: NULL and the reason in errno. */
static void test_no_directory(void **state)
{
    (void)state;
    errno = 0;
    assert_null(mn_atomic_open(at("missing/out.xml")));
    assert_int_equal(errno, ENOENT);
    errno = 0;
    assert_null(mn_atomic_open(at("trailing/")));
    assert_true(errno != 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_create_and_replace),
        cmocka_unit_test(test_discard),
        cmocka_unit_test(test_cannot_place),
        cmocka_unit_test(test_cleanup_removes_named),
        cmocka_unit_test(test_no_directory),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
