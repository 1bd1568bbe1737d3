/* SPDX-License-Identifier: MIT */
/* html_out.c — the writer's output: a fixed buffer in front of the job's
 * output, and the escapes HTML and JSON need.  Runs that need no escape
 * are copied in one piece; this is most of the writer's time. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

void ho_init(ho *h, mn_output *out)
{
    h->out = out;
    h->rc = 0;
    h->len = 0;
}

static void flush(ho *h)
{
    if (h->len && h->rc == 0)
        h->rc = mn_output_write(h->out, h->buf, h->len);
    h->len = 0;
}

int ho_finish(ho *h)
{
    flush(h);
    return h->rc;
}

void ho_raw_slow(ho *h, const char *s, size_t n)
{
    flush(h);
    if (n > sizeof h->buf) {
        if (h->rc == 0)
            h->rc = mn_output_write(h->out, s, n);
        return;
    }
    memcpy(h->buf + h->len, s, n);
    h->len += n;
}

static void escaped(ho *h, const char *s, int attr)
{
    if (!s)
        return;
    const char *special = attr ? "&<>\"" : "&<>";
    for (;;) {
        size_t run = strcspn(s, special);
        ho_raw(h, s, run);
        s += run;
        if (!*s)
            return;
        switch (*s++) {
        case '&': ho_raw(h, "&amp;", 5); break;
        case '<': ho_raw(h, "&lt;", 4); break;
        case '>': ho_raw(h, "&gt;", 4); break;
        default: ho_raw(h, "&quot;", 6); break;
        }
    }
}

void ho_text(ho *h, const char *s)
{
    escaped(h, s, 0);
}

void ho_attr(ho *h, const char *s)
{
    escaped(h, s, 1);
}

void ho_attr_pair(ho *h, const char *name, const char *value)
{
    if (!value)
        return;
    ho_raw(h, " ", 1);
    ho_str(h, name);
    ho_raw(h, "=\"", 2);
    escaped(h, value, 1);
    ho_raw(h, "\"", 1);
}

/* Inside <script> the HTML parser looks for "</script" and "<!--" whatever
 * JSON says: < and > never appear raw, nor & (a reader may take the text
 * for HTML).  U+2028 and U+2029 are escaped for older JavaScript parsers. */
void ho_json(ho *h, const char *s)
{
    ho_raw(h, "\"", 1);
    const unsigned char *p = (const unsigned char *)(s ? s : ""), *run = p;
    for (; *p; p++) {
        char rep[8];
        int special = *p < 0x20 || *p == '"' || *p == '\\' || *p == '<' || *p == '>' || *p == '&';
        int sep = p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9);
        if (!special && !sep)
            continue;
        ho_raw(h, (const char *)run, (size_t)(p - run));
        if (sep) {
            ho_str(h, p[2] == 0xA8 ? "\\u2028" : "\\u2029");
            p += 2;
        } else if (*p == '"' || *p == '\\') {
            rep[0] = '\\';
            rep[1] = (char)*p;
            ho_raw(h, rep, 2);
        } else if (*p == '\n') {
            ho_raw(h, "\\n", 2);
        } else if (*p == '\t') {
            ho_raw(h, "\\t", 2);
        } else {
            snprintf(rep, sizeof rep, "\\u%04x", *p);
            ho_str(h, rep);
        }
        run = p + 1;
    }
    ho_raw(h, (const char *)run, (size_t)(p - run));
    ho_raw(h, "\"", 1);
}

void ho_printf(ho *h, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        ho_raw(h, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        if (h->rc == 0)
            h->rc = MN_EX_SOFTWARE;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    ho_raw(h, big, (size_t)n);
    free(big);
}
