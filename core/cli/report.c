/* SPDX-License-Identifier: MIT */
/* report.c — the batch's JSON report: for each input its status, warnings
 * and errors (each with severity, file, line, name and message), outputs and
 * milliseconds.  Its schema is docs/report.schema.json.  Written atomically
 * like every output. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"

/* Length of the valid UTF-8 sequence at S (1..4: no overlong forms, no
 * surrogates, nothing past U+10FFFF), or 0.  S is NUL-terminated. */
static size_t mn_utf8_len(const unsigned char *s)
{
    if (s[0] < 0x80)
        return 1;
    size_t n = s[0] >= 0xc2 && s[0] <= 0xdf ? 2 : s[0] >= 0xe0 && s[0] <= 0xef ? 3
             : s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0) ||
        (s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))
        return 0;
    return n;
}

/* A JSON string.  File names are bytes, not always UTF-8: a byte that is
 * not part of valid UTF-8 is written as \udcXX (XX the byte), the escape of
 * Python's surrogateescape, so that no byte is lost and
 * name.encode('utf-8', 'surrogateescape') gives the name back. */
static void mn_json_string(FILE *fp, const char *s)
{
    fputc('"', fp);
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t n = mn_utf8_len(p);
        if (n == 0)
            fprintf(fp, "\\udc%02x", *p);
        else if (*p == '"' || *p == '\\')
            fprintf(fp, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", fp);
        else if (*p == '\t')
            fputs("\\t", fp);
        else if (*p < 0x20)
            fprintf(fp, "\\u%04x", *p);
        else
            fwrite(p, 1, n, fp);
        p += n ? n : 1;
    }
    fputc('"', fp);
}

/* A string, or null. */
static void mn_json_string_or_null(FILE *fp, const char *s)
{
    if (s)
        mn_json_string(fp, s);
    else
        fputs("null", fp);
}

static void mn_json_diag(FILE *fp, const mn_result_diag *d)
{
    fputs("{\"severity\": ", fp);
    mn_json_string(fp, d->severity == MN_ERROR ? "error" : d->severity == MN_WARNING ? "warning" : "note");
    fputs(", \"file\": ", fp);
    mn_json_string_or_null(fp, d->file);
    if (d->line)
        fprintf(fp, ", \"line\": %u", d->line);
    else
        fputs(", \"line\": null", fp);
    fputs(", \"name\": ", fp);
    mn_json_string_or_null(fp, d->name);
    fputs(", \"message\": ", fp);
    mn_json_string(fp, d->message);
    fputc('}', fp);
}

/* The warnings (WARNINGS 1) or the errors of a result. */
static void mn_json_diags(FILE *fp, const mn_result *r, int warnings)
{
    int first = 1;
    fputc('[', fp);
    for (size_t i = 0; i < r->n_diags; i++) {
        /* notes (why a date is no calendar entry) are -v's, not the report's */
        if (r->diags[i].severity == MN_NOTE || (r->diags[i].severity == MN_WARNING) != warnings)
            continue;
        fputs(first ? "\n       " : ",\n       ", fp);
        mn_json_diag(fp, &r->diags[i]);
        first = 0;
    }
    fputc(']', fp);
}

static void mn_json_result(FILE *fp, const mn_result *r)
{
    fputs("    {\"input\": ", fp);
    mn_json_string(fp, r->input);
    fprintf(fp, ", \"status\": %d, \"ok\": %s, \"ms\": %ld,\n     \"warnings\": ", r->status,
            r->status ? "false" : "true", r->ms);
    mn_json_diags(fp, r, 1);
    fputs(",\n     \"errors\": ", fp);
    mn_json_diags(fp, r, 0);
    fputs(",\n     \"outputs\": [", fp);
    for (size_t i = 0; i < r->n_outputs; i++) {
        fputs(i ? ", " : "", fp);
        mn_json_string(fp, r->outputs[i]);
    }
    fputs("]}", fp);
}

/* The report's layout is docs/report.schema.json, version MN_REPORT_VERSION:
 * a change that could break a reader raises it. */
#define MN_REPORT_VERSION 1

static void mn_json_report(FILE *fp, const mn_convert_opts *o, const mn_result *results, int worst)
{
    size_t failed = 0;
    for (size_t i = 0; i < o->n_inputs; i++)
        failed += results[i].status != 0;
    fprintf(fp, "{\n  \"report_version\": %d,\n  \"minutes\": \"%s\",\n  \"status\": %d,\n"
                "  \"converted\": %zu,\n  \"failed\": %zu,\n",
            MN_REPORT_VERSION, mn_version(), worst, o->n_inputs - failed, failed);
    if (o->shard_count)
        fprintf(fp, "  \"shard\": {\"index\": %u, \"count\": %u},\n", o->shard_index, o->shard_count);
    fputs("  \"inputs\": [\n", fp);
    for (size_t i = 0; i < o->n_inputs; i++) {
        mn_json_result(fp, &results[i]);
        fputs(i + 1 < o->n_inputs ? ",\n" : "\n", fp);
    }
    fputs("  ]\n}\n", fp);
}

/* Written like every output (mn_atomic_open): whole or not at all. */
int mn_write_report(const char *path, const mn_convert_opts *o, const mn_result *results, int worst)
{
    mn_atomic_file *f = mn_atomic_open(path);
    if (!f) {
        mn_cli_error("%s: cannot create the report: %s", path, strerror(errno));
        return MN_EX_CANTCREAT;
    }
    mn_json_report(mn_atomic_stream(f), o, results, worst);
    const char *step = "write error";
    int rc;
    if (ferror(mn_atomic_stream(f))) {
        mn_atomic_discard(f);
        rc = MN_EX_IOERR;
    } else {
        rc = mn_atomic_commit(f, &step);
    }
    if (rc)
        mn_cli_error("%s: cannot write the report: %s: %s", path, step, strerror(errno));
    return rc;
}
