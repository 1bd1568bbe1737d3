/* SPDX-License-Identifier: MIT */
/* The command line: exit statuses (sysexits), atomic outputs, stdin/stdout,
 * never writing over an input, batches that try every input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char tmp[256];

/* Runs a shell command with $M set to the CLI and the temp dir as cwd;
 * returns its exit status. */
static int run(const char *fmt, ...)
{
    char cmd[4096], full[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    snprintf(full, sizeof full, "cd '%s' && M='%s' && %s", tmp, MN_TEST_CLI, cmd);
    int st = system(full);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void write_file(const char *name, const char *data, size_t len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmp, name);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fwrite(data, 1, len, fp);
    fclose(fp);
}

static char *read_file(const char *name, size_t *len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmp, name);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    *len = fread(s, 1, (size_t)n, fp);
    s[*len] = '\0';
    fclose(fp);
    return s;
}

static const char good[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<minutes xmlns=\"urn:minutes:1\" version=\"1\" xml:lang=\"en\"><meta><title>T</title>"
    "<date>2025-11-18</date></meta><body><section id=\"s1\" n=\"1\"><heading>H</heading>"
    "<p id=\"s1-p1\">Text</p></section></body></minutes>\n";

static int setup(void **state)
{
    (void)state;
    snprintf(tmp, sizeof tmp, "/tmp/mn-cli-XXXXXX");
    assert_non_null(mkdtemp(tmp));
    write_file("good.xml", good, sizeof good - 1);
    write_file("empty.txt", "", 0);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    return system(cmd);
}

static void test_usage_statuses(void **state)
{
    (void)state;
    assert_int_equal(run("$M >/dev/null 2>&1"), 64);
    assert_int_equal(run("$M frobnicate 2>/dev/null"), 64);
    assert_int_equal(run("$M --help | grep -q 'convert'"), 0);
    assert_int_equal(run("$M --version | grep -q '^minutes [0-9]'"), 0);
    assert_int_equal(run("$M convert 2>/dev/null"), 64);
    assert_int_equal(run("$M convert good.xml --no-such-option 2>/dev/null"), 64);
    assert_int_equal(run("$M convert good.xml -t nosuchformat 2>/dev/null"), 64);
    assert_int_equal(run("$M convert good.xml -f nosuchformat 2>/dev/null"), 64);
    assert_int_equal(run("$M convert good.xml --shard 3/2 2>/dev/null"), 64);
    assert_int_equal(run("$M convert good.xml good.xml 2>/dev/null"), 64); /* two outputs, no -o */
}

static void test_input_statuses(void **state)
{
    (void)state;
    assert_int_equal(run("$M convert nonexistent.txt -o out.xml 2>err; grep -q 'nonexistent.txt: error: cannot open' err"), 0);
    assert_int_equal(run("$M convert nonexistent.txt -o out.xml 2>/dev/null"), 66);
    assert_int_equal(run("$M convert empty.txt -o out.xml 2>err"), 65);
    assert_int_equal(run("grep -q 'empty.txt: error: empty input' err"), 0);
    assert_int_equal(run("head -c 4096 /dev/urandom | tr -d '<' > random.bin && $M convert random.bin -o r.xml 2>/dev/null; s=$?; [ $s = 0 ] || [ $s = 65 ]"), 0);
    write_file("invalid.xml", "<minutes xmlns='urn:minutes:1' version='1'><body/></minutes>", 60);
    assert_int_equal(run("$M convert invalid.xml -o out.xml 2>err"), 65); /* meta missing */
    assert_int_equal(run("grep -q 'schema' err"), 0);
}

static void test_validate(void **state)
{
    (void)state;
    assert_int_equal(run("$M validate good.xml >/dev/null"), 0);
    write_file("bad.xml", "<minutes xmlns='urn:minutes:1' version='2'><meta/><body/></minutes>", 67);
    assert_int_equal(run("$M validate bad.xml 2>/dev/null"), 65);
    assert_int_equal(run("$M validate good.xml bad.xml >/dev/null 2>&1"), 65);
    write_file("xxe.xml", "<?xml version='1.0'?><!DOCTYPE m [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                          "<minutes xmlns='urn:minutes:1' version='1'><meta><title>&x;</title></meta><body/></minutes>", 155);
    assert_int_equal(run("$M validate xxe.xml 2>err"), 65);
    assert_int_equal(run("! grep -q 'root:' err"), 0);
    assert_int_equal(run("$M convert xxe.xml -o xxe-out.xml 2>/dev/null"), 65);
    assert_int_equal(run("test ! -e xxe-out.xml"), 0);
    assert_int_equal(run("$M validate missing.xml 2>/dev/null"), 66);
}

static void test_round_trip_and_stdio(void **state)
{
    (void)state;
    assert_int_equal(run("$M convert good.xml -o a.xml && $M convert a.xml -o b.xml && cmp -s a.xml b.xml"), 0);
    assert_int_equal(run("$M convert - < a.xml > c.xml && cmp -s a.xml c.xml"), 0);
    assert_int_equal(run("$M convert a.xml -o - | cmp -s - a.xml"), 0);
    assert_int_equal(run("$M convert a.xml | cmp -s - a.xml"), 0); /* one output: stdout */
    /* A device is written in place, never replaced by a renamed file. */
    assert_int_equal(run("$M convert a.xml -o /dev/null && test -c /dev/null"), 0);
}

static void test_failed_conversion_keeps_old_output(void **state)
{
    (void)state;
    assert_int_equal(run("$M convert good.xml -o keep.xml"), 0);
    size_t n1, n2;
    char *before = read_file("keep.xml", &n1);
    write_file("broken.xml", "<minutes xmlns='urn:minutes:1'", 30);
    assert_int_equal(run("$M convert broken.xml -o keep.xml 2>/dev/null"), 65);
    char *after = read_file("keep.xml", &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, n1);
    assert_int_equal(run("! ls -A | grep -q 'tmp-'"), 0);
    free(before);
    free(after);
}

static void test_never_over_input(void **state)
{
    (void)state;
    assert_int_equal(run("cp good.xml self.xml && $M convert self.xml -o self.xml 2>err"), 73);
    assert_int_equal(run("cmp -s good.xml self.xml && grep -q 'over the input' err"), 0);
    assert_int_equal(run("ln -sf self.xml link.xml && $M convert link.xml -o self.xml 2>/dev/null"), 73);
}

static void test_unwritable_and_full(void **state)
{
    (void)state;
    assert_int_equal(run("$M convert good.xml -o /nonexistent-dir/out.xml 2>/dev/null"), 73);
    /* A document bigger than the file size limit: the write fails (EFBIG). */
    assert_int_equal(run("{ printf '<minutes xmlns=\"urn:minutes:1\" version=\"1\"><meta/><body>';"
                         "  for i in $(seq 1 400); do printf '<p>paragraph number %%s of many</p>' $i; done;"
                         "  printf '</body></minutes>'; } > big.xml"), 0);
    assert_int_equal(run("echo old > full.xml && (ulimit -f 4; $M convert big.xml -o full.xml 2>err)"), 74);
    assert_int_equal(run("grep -qx old full.xml && ! ls -A | grep -q 'tmp-'"), 0);
}

static void test_batch_tries_every_input(void **state)
{
    (void)state;
    write_file("bad.xml", "<minutes xmlns='urn:minutes:1'><meta>", 37);
    assert_int_equal(run("cp good.xml one.xml && cp good.xml two.xml && $M convert one.xml bad.xml two.xml -o outdir 2>err"), 65);
    assert_int_equal(run("test -s outdir/one.xml && test -s outdir/two.xml && test ! -e outdir/bad.xml"), 0);
    assert_int_equal(run("grep -q 'bad.xml' err"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_usage_statuses),
        cmocka_unit_test(test_input_statuses),
        cmocka_unit_test(test_validate),
        cmocka_unit_test(test_round_trip_and_stdio),
        cmocka_unit_test(test_failed_conversion_keeps_old_output),
        cmocka_unit_test(test_never_over_input),
        cmocka_unit_test(test_unwritable_and_full),
        cmocka_unit_test(test_batch_tries_every_input),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
