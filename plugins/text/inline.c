/* SPDX-License-Identifier: MIT */
/* inline.c — the little inline syntax plain-text minutes carry.
 *
 * Minutes pasted out of web editors keep Markdown-style links
 * `[webpage](#)` and backslash escapes `\(04:00 UTC\)`; nothing else of
 * Markdown is read, so an asterisk or underscore stays what it is.  Every
 * scan stops at the next bracket, so a text full of brackets costs linear
 * time. */
#include <stdlib.h>
#include <string.h>

#include "text.h"

static int mn_escapable(char c)
{
    return c != '\0' && strchr("()[]\\*_", c) != NULL;
}

/* s without the backslashes of escapes, as a new string (free()), or NULL. */
static char *mn_unescaped(const char *s, size_t len, size_t *out_len)
{
    char *out = malloc(len + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\\' && i + 1 < len && mn_escapable(s[i + 1]))
            i++;
        *o++ = s[i];
    }
    *o = '\0';
    *out_len = (size_t)(o - out);
    return out;
}

/* Emits s as text without the backslashes of escapes, in one call: the
 * builder appends to one text node, so many small calls would copy it over
 * and over. */
static int mn_plain(mn_builder *b, const char *s, size_t len)
{
    if (!memchr(s, '\\', len))
        return mn_builder_text(b, s, len);
    size_t n = 0;
    char *t = mn_unescaped(s, len, &n);
    if (!t)
        return MN_EX_SOFTWARE;
    int rc = mn_builder_text(b, t, n);
    free(t);
    return rc;
}

/* Index of the ']' closing the link text opened at s[i], or 0: the text may
 * not hold another unescaped '['. */
static size_t mn_text_end(const char *s, size_t len, size_t i)
{
    for (size_t j = i + 1; j < len; j++) {
        if (s[j] == '\\' && j + 1 < len)
            j++;
        else if (s[j] == '[')
            return 0;
        else if (s[j] == ']')
            return j > i + 1 ? j : 0;
    }
    return 0;
}

/* Index of the ')' closing the destination opened at s[i], or 0: no white
 * space or brackets inside, parentheses balanced (Wikipedia's "X_(y)"). */
static size_t mn_url_end(const char *s, size_t len, size_t i)
{
    int depth = 0;
    for (size_t j = i + 1; j < len; j++) {
        char c = s[j];
        if (c == '\\' && j + 1 < len)
            j++;
        else if (c == ' ' || c == '\t' || c == '[' || c == ']' || c == '<' || c == '>')
            return 0;
        else if (c == '(')
            depth++;
        else if (c == ')' && depth-- == 0)
            return j > i + 1 ? j : 0;
    }
    return 0;
}

static int mn_link(mn_builder *b, const char *text, size_t tlen, const char *url, size_t ulen)
{
    size_t n = 0;
    char *href = mn_unescaped(url, ulen, &n);
    if (!href)
        return MN_EX_SOFTWARE;
    mn_node_attrs attrs = {.href = href};
    int rc = mn_builder_open(b, MN_NODE_LINK, &attrs);
    free(href);
    if (rc == 0)
        rc = mn_plain(b, text, tlen);
    if (rc == 0)
        rc = mn_builder_close(b, MN_NODE_LINK);
    return rc;
}

int mn_text_inline(mn_builder *b, const char *s, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\\' && i + 1 < len) {
            i++; /* an escaped '[' opens no link */
            continue;
        }
        if (s[i] != '[')
            continue;
        size_t close = mn_text_end(s, len, i);
        if (!close || close + 1 >= len || s[close + 1] != '(')
            continue;
        size_t end = mn_url_end(s, len, close + 1);
        if (!end)
            continue;
        int rc = mn_plain(b, s + start, i - start);
        if (rc == 0)
            rc = mn_link(b, s + i + 1, close - i - 1, s + close + 2, end - close - 2);
        if (rc)
            return rc;
        start = end + 1;
        i = end;
    }
    return mn_plain(b, s + start, len - start);
}
