/* SPDX-License-Identifier: MIT */
/* md_kramdown.c — what kramdown and Pandoc generators add to Markdown that
 * is markup for their HTML, never text of the minutes: block attribute
 * lists on a line of their own (`{: .no_toc}`, `{: #id .class}`), the
 * table-of-contents marker (`{:toc}`, with the one-item list it replaces),
 * extension tags (`{::options … /}`), and attributes at the end of a
 * heading (`## Title {#id}`, `{: .x}`) or of a line (`text {: .class}`).
 *
 * They are blanked out of the source (spaces, so offsets and lines stay
 * where they were) before md4c reads it: an attribute line becomes a blank
 * line, which ends the block it decorated as kramdown itself does.  Fenced
 * and indented code is left alone. */
#include "md.h"

#include <stdlib.h>
#include <string.h>

typedef struct kd_line {
    size_t start, end; /* [start, end) without the line end */
} kd_line;

static kd_line kd_get(const mn_md_source *src, size_t i)
{
    size_t start = src->line_starts[i];
    size_t end = i + 1 < src->nlines ? src->line_starts[i + 1] : src->size;
    while (end > start && (src->data[end - 1] == '\n' || src->data[end - 1] == '\r'))
        end--;
    return (kd_line){start, end};
}

static size_t kd_indent(const char *d, kd_line l)
{
    size_t i = l.start;
    while (i < l.end && d[i] == ' ')
        i++;
    return i - l.start;
}

/* Bytes of a `{:…}` or `{#…}` / `{.…}` span at d[i] (up to END), or 0.
 * HASH_DOT also takes the Pandoc forms, which only headings use. */
static size_t kd_span(const char *d, size_t i, size_t end, int hash_dot)
{
    if (i + 2 >= end || d[i] != '{')
        return 0;
    char c = d[i + 1];
    if (!(c == ':' || (hash_dot && (c == '#' || c == '.'))))
        return 0;
    for (size_t j = i + 2; j < end; j++) {
        if (d[j] == '}')
            return j + 1 - i;
        if (d[j] == '{' || d[j] == '\n')
            return 0;
    }
    return 0;
}

/* Whether line L holds only attribute spans (and spaces). */
static int kd_only_spans(const char *d, kd_line l)
{
    size_t i = l.start + kd_indent(d, l), n, spans = 0;
    while (i < l.end && (n = kd_span(d, i, l.end, 0)) > 0) {
        i += n;
        spans++;
        while (i < l.end && d[i] == ' ')
            i++;
    }
    return spans > 0 && i == l.end;
}

/* Start of the spans that end line L (after a space), or L.end. */
static size_t kd_trailing(const char *d, kd_line l, int hash_dot)
{
    size_t at = l.end;
    for (size_t i = l.start + 1; i < l.end; i++) {
        if (d[i] != '{' || d[i - 1] != ' ')
            continue;
        size_t j = i, n;
        while (j < l.end && (n = kd_span(d, j, l.end, hash_dot)) > 0) {
            j += n;
            while (j < l.end && d[j] == ' ')
                j++;
        }
        if (j > i && j == l.end) {
            at = i - 1;
            break;
        }
    }
    return at;
}

static int kd_fence(const char *d, kd_line l)
{
    size_t i = l.start + kd_indent(d, l);
    return i - l.start < 4 && i + 3 <= l.end &&
           (memcmp(d + i, "```", 3) == 0 || memcmp(d + i, "~~~", 3) == 0);
}

/* A list item line ("* TOC", "1. Contents"): what `{:toc}` replaces. */
static int kd_list_item(const char *d, kd_line l)
{
    size_t i = l.start + kd_indent(d, l);
    if (i < l.end && strchr("*-+", d[i]) && i + 1 < l.end && d[i + 1] == ' ')
        return 1;
    while (i < l.end && d[i] >= '0' && d[i] <= '9')
        i++;
    return i > l.start && i + 1 < l.end && (d[i] == '.' || d[i] == ')') && d[i + 1] == ' ';
}

static int kd_is_toc(const char *d, kd_line l)
{
    size_t i = l.start + kd_indent(d, l);
    return l.end - i >= 6 && memcmp(d + i, "{:toc}", 6) == 0;
}

/* Where the writable copy is made on the first change. */
typedef struct kd_state {
    mn_md_source *src;
    char *data;
} kd_state;

static int kd_blank(kd_state *k, size_t from, size_t to)
{
    if (!k->data) {
        if (k->src->owned) {
            k->data = k->src->owned;
        } else {
            k->data = malloc(k->src->size + 1);
            if (!k->data)
                return MN_EX_SOFTWARE;
            memcpy(k->data, k->src->data, k->src->size);
            k->data[k->src->size] = '\0';
            k->src->owned = k->data;
            k->src->data = k->data;
        }
    }
    memset(k->data + from, ' ', to - from);
    return 0;
}

static int kd_line_spans(kd_state *k, size_t i, int *fenced)
{
    const char *d = k->src->data;
    kd_line l = kd_get(k->src, i);
    if (kd_fence(d, l)) {
        *fenced = !*fenced;
        return 0;
    }
    if (*fenced || kd_indent(d, l) >= 4 || l.end == l.start ||
        !memchr(d + l.start, '{', l.end - l.start))
        return 0;
    if (kd_only_spans(d, l)) {
        if (kd_is_toc(d, l) && i > 0 && kd_list_item(d, kd_get(k->src, i - 1))) {
            kd_line item = kd_get(k->src, i - 1);
            if (kd_blank(k, item.start, item.end))
                return MN_EX_SOFTWARE;
        }
        return kd_blank(k, l.start, l.end);
    }
    int heading = d[l.start + kd_indent(d, l)] == '#';
    size_t at = kd_trailing(d, l, heading);
    return at < l.end ? kd_blank(k, at, l.end) : 0;
}

int mn_md_kramdown(mn_md_source *src, size_t start, mn_job *job)
{
    kd_state k = {.src = src};
    int fenced = 0;
    size_t first = mn_md_source_line(src, start) - 1;
    /* Cheap way out: no '{' at all. */
    if (!memchr(src->data + start, '{', src->size - start))
        return 0;
    for (size_t i = first; i < src->nlines; i++)
        if (kd_line_spans(&k, i, &fenced))
            return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    return 0;
}
