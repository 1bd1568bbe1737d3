/* SPDX-License-Identifier: MIT */
/* result.c — per-input results and their line protocol between processes.
 * A diagnostic travels as "D severity line file name message", the fields
 * separated by tabs, with tab, newline and backslash escaped (\t \n \\) and
 * an empty field standing for none. */
#include "result.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "minutes/minutes.h"

static void mn_push(char ***v, size_t *n, const char *s)
{
    char **grown = realloc(*v, (*n + 1) * sizeof *grown);
    if (!grown)
        return;
    *v = grown;
    if ((grown[*n] = strdup(s)))
        (*n)++;
}

static char *mn_dup(const char *s)
{
    return s && *s ? strdup(s) : NULL;
}

void mn_result_add_diag(mn_result *r, int severity, const char *file, unsigned line,
                        const char *name, const char *message)
{
    mn_result_diag *grown = realloc(r->diags, (r->n_diags + 1) * sizeof *grown);
    if (!grown)
        return;
    r->diags = grown;
    grown[r->n_diags++] = (mn_result_diag){severity, mn_dup(file), line, mn_dup(name),
                                           strdup(message ? message : "")};
}

void mn_result_add_error(mn_result *r, const char *fmt, ...)
{
    char *msg = NULL;
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&msg, fmt, ap) < 0)
        msg = NULL;
    va_end(ap);
    mn_result_add_diag(r, MN_ERROR, r->input, 0, NULL, msg ? msg : "out of memory");
    free(msg);
}

void mn_result_add_output(mn_result *r, const char *path)
{
    mn_push(&r->outputs, &r->n_outputs, path);
}

void mn_result_clear(mn_result *r)
{
    for (size_t i = 0; i < r->n_diags; i++) {
        free(r->diags[i].file);
        free(r->diags[i].name);
        free(r->diags[i].message);
    }
    for (size_t i = 0; i < r->n_outputs; i++)
        free(r->outputs[i]);
    free(r->diags);
    free(r->outputs);
    const char *input = r->input;
    memset(r, 0, sizeof *r);
    r->input = input;
}

static void mn_send_field(FILE *fp, const char *s)
{
    fputc('\t', fp);
    for (; s && *s; s++) {
        if (*s == '\t' || *s == '\n' || *s == '\\')
            fprintf(fp, "\\%c", *s == '\t' ? 't' : *s == '\n' ? 'n' : '\\');
        else
            fputc(*s, fp);
    }
}

void mn_result_send(const mn_result *r, int fd)
{
    FILE *fp = fdopen(dup(fd), "w");
    if (!fp)
        return;
    fprintf(fp, "S %d\nT %ld\n", r->status, r->ms);
    for (size_t i = 0; i < r->n_diags; i++) {
        const mn_result_diag *d = &r->diags[i];
        fprintf(fp, "D %d %u", d->severity, d->line);
        mn_send_field(fp, d->file);
        mn_send_field(fp, d->name);
        mn_send_field(fp, d->message);
        fputc('\n', fp);
    }
    for (size_t i = 0; i < r->n_outputs; i++) {
        fputs("O", fp);
        mn_send_field(fp, r->outputs[i]);
        fputc('\n', fp);
    }
    fputs("E\n", fp);
    fclose(fp);
}

int mn_result_complete(const char *text, size_t len)
{
    return (len == 2 && text[0] == 'E' && text[1] == '\n') ||
           (len > 2 && memcmp(text + len - 3, "\nE\n", 3) == 0);
}

/* Unescapes the field at *P (up to a tab or the end) into a new string and
 * moves *P past it. */
static char *mn_take_field(const char **p)
{
    const char *s = *p;
    size_t n = strcspn(s, "\t");
    char *out = malloc(n + 1), *o = out;
    for (size_t i = 0; out && i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            i++;
            *o++ = s[i] == 't' ? '\t' : s[i] == 'n' ? '\n' : s[i];
        } else {
            *o++ = s[i];
        }
    }
    if (out)
        *o = '\0';
    *p = s + n + (s[n] == '\t');
    return out;
}

static void mn_parse_diag(mn_result *r, const char *line)
{
    int severity = 0;
    unsigned lineno = 0;
    int used = 0;
    if (sscanf(line, "%d %u%n", &severity, &lineno, &used) != 2 || line[used] != '\t')
        return;
    const char *p = line + used + 1;
    char *file = mn_take_field(&p), *name = mn_take_field(&p), *message = mn_take_field(&p);
    mn_result_add_diag(r, severity, file, lineno, name, message);
    free(file);
    free(name);
    free(message);
}

void mn_result_parse(mn_result *r, const char *text)
{
    for (const char *line = text; line && *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char *copy = strndup(line, len);
        if (copy && len >= 2) {
            const char *rest = copy + 2;
            switch (copy[0]) {
            case 'S': r->status = atoi(rest); break;
            case 'T': r->ms = atol(rest); break;
            case 'D': mn_parse_diag(r, rest); break;
            case 'O': {
                char *path = mn_take_field(&rest);
                if (path)
                    mn_result_add_output(r, path);
                free(path);
                break;
            }
            default: break;
            }
        }
        free(copy);
        line = end ? end + 1 : NULL;
    }
}
