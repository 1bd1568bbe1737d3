/* SPDX-License-Identifier: MIT */
/* icslint_main.c — the test suite's checker as a command, for script tests:
 * icslint FILE... prints each file's problems and exits 1 when there are. */
#include <stdio.h>
#include <stdlib.h>

#include "icslint.h"

static int lint_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    size_t cap = 1 << 16, len = 0;
    char *data = malloc(cap + 1);
    size_t n;
    while (data && (n = fread(data + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            char *bigger = realloc(data, 2 * cap + 1);
            if (!bigger) {
                free(data);
                data = NULL;
                break;
            }
            data = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (!data) {
        fprintf(stderr, "%s: out of memory\n", path);
        return 1;
    }
    data[len] = '\0';
    icslint l;
    int problems = icslint_check(data, len, &l);
    if (problems)
        printf("%s: %d problem(s):\n%s", path, problems, l.text);
    int errors = icslint_libical(data, &l);
    if (errors)
        printf("%s: libical: %d error(s):\n%s", path, errors, l.text);
    free(data);
    return problems || errors;
}

int main(int argc, char **argv)
{
    int bad = 0;
    for (int i = 1; i < argc; i++)
        bad |= lint_file(argv[i]);
    return bad;
}
