/* result.c — per-input results and their line protocol between processes. */
#include "result.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void mn_push(char ***v, size_t *n, const char *s)
{
    char **grown = realloc(*v, (*n + 1) * sizeof *grown);
    if (!grown)
        return;
    *v = grown;
    if ((grown[*n] = strdup(s)))
        (*n)++;
}

void mn_result_add_diag(mn_result *r, const char *line, int is_warning)
{
    mn_push(&r->diags, &r->n_diags, line);
    if (is_warning)
        r->n_warnings++;
}

void mn_result_add_output(mn_result *r, const char *path)
{
    mn_push(&r->outputs, &r->n_outputs, path);
}

void mn_result_clear(mn_result *r)
{
    for (size_t i = 0; i < r->n_diags; i++)
        free(r->diags[i]);
    for (size_t i = 0; i < r->n_outputs; i++)
        free(r->outputs[i]);
    free(r->diags);
    free(r->outputs);
    const char *input = r->input;
    memset(r, 0, sizeof *r);
    r->input = input;
}

static void mn_send_line(FILE *fp, char tag, const char *s)
{
    fputc(tag, fp);
    fputc(' ', fp);
    for (; *s; s++)
        fputc(*s == '\n' ? ' ' : *s, fp);
    fputc('\n', fp);
}

void mn_result_send(const mn_result *r, int fd)
{
    FILE *fp = fdopen(dup(fd), "w");
    if (!fp)
        return;
    fprintf(fp, "S %d\nT %ld\n", r->status, r->ms);
    for (size_t i = 0; i < r->n_diags; i++)
        mn_send_line(fp, strstr(r->diags[i], ": warning: ") ? 'W' : 'D', r->diags[i]);
    for (size_t i = 0; i < r->n_outputs; i++)
        mn_send_line(fp, 'O', r->outputs[i]);
    fputs("E\n", fp);
    fclose(fp);
}

int mn_result_complete(const char *text, size_t len)
{
    return (len == 2 && text[0] == 'E' && text[1] == '\n') ||
           (len > 2 && memcmp(text + len - 3, "\nE\n", 3) == 0);
}

void mn_result_parse(mn_result *r, const char *text)
{
    for (const char *line = text; line && *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char *copy = strndup(line, len);
        if (copy && len >= 2) {
            switch (copy[0]) {
            case 'S': r->status = atoi(copy + 2); break;
            case 'T': r->ms = atol(copy + 2); break;
            case 'W': mn_result_add_diag(r, copy + 2, 1); break;
            case 'D': mn_result_add_diag(r, copy + 2, 0); break;
            case 'O': mn_result_add_output(r, copy + 2); break;
            default: break;
            }
        }
        free(copy);
        line = end ? end + 1 : NULL;
    }
}
