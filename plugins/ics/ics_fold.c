/* SPDX-License-Identifier: MIT */
/* ics_fold.c — the bytes of the calendar.  libical's text is unfolded into
 * logical lines and folded again here, so that the output does not depend on
 * how a given libical release folds (3.0.16 keeps UTF-8 sequences whole, but
 * prefers odd break points such as right after "LOCATION:"), and so that the
 * escaping libical 3.0 leaves incomplete can be finished. */
#include "ics.h"

#include <stdlib.h>
#include <string.h>

#define ICS_LINE_OCTETS 75 /* RFC 5545 3.1, CRLF not counted */

/* Offset of the ':' that ends the name and parameters of a content line
 * (colons inside quoted parameter values do not count), or LEN. */
static size_t value_start(const char *line, size_t len)
{
    int quoted = 0;
    for (size_t i = 0; i < len; i++) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return i;
    }
    return len;
}

/* Writes LINE to OUT, escaping the , and ; that libical left bare in the
 * TEXT value of an X-WR-* property (its \\ and \n are already escaped). */
static void finish_escaping(ics_buf *out, const char *line, size_t len)
{
    size_t colon = value_start(line, len);
    ics_buf_add(out, line, colon < len ? colon + 1 : len);
    for (size_t i = colon + 1; i < len; i++) {
        if (line[i] == '\\' && i + 1 < len) {
            ics_buf_add(out, line + i, 2);
            i++;
            continue;
        }
        if (line[i] == ',' || line[i] == ';')
            ics_buf_addc(out, '\\');
        ics_buf_addc(out, line[i]);
    }
}

/* Appends one logical line folded at 75 octets on character boundaries:
 * the first piece holds up to 75 octets, each continuation (after its
 * leading space) up to 74; a cut never falls inside a UTF-8 sequence. */
static void fold_line(ics_buf *out, const char *line, size_t len)
{
    size_t start = 0, room = ICS_LINE_OCTETS;
    while (len - start > room) {
        size_t cut = start + room;
        while (cut > start && ((unsigned char)line[cut] & 0xC0) == 0x80)
            cut--;
        ics_buf_add(out, line + start, cut - start);
        ics_buf_add(out, "\r\n ", 3);
        start = cut;
        room = ICS_LINE_OCTETS - 1;
    }
    ics_buf_add(out, line + start, len - start);
    ics_buf_add(out, "\r\n", 2);
}

static void emit(ics_buf *out, const ics_buf *logical)
{
    if (!logical->len)
        return;
    if (strncmp(logical->s, "X-WR-", 5) == 0) {
        ics_buf fixed = {0};
        finish_escaping(&fixed, logical->s, logical->len);
        if (fixed.failed)
            out->failed = 1;
        else
            fold_line(out, fixed.s, fixed.len);
        ics_buf_free(&fixed);
    } else {
        fold_line(out, logical->s, logical->len);
    }
}

char *ics_serialize(const char *ical, size_t *len)
{
    ics_buf out = {0}, logical = {0};
    for (const char *p = ical; *p;) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        size_t content = n > 0 && p[n - 1] == '\r' ? n - 1 : n;
        if (content > 0 && (p[0] == ' ' || p[0] == '\t')) {
            ics_buf_add(&logical, p + 1, content - 1); /* a continuation */
        } else {
            emit(&out, &logical);
            logical.len = 0;
            ics_buf_add(&logical, p, content);
        }
        p += eol ? n + 1 : n;
    }
    emit(&out, &logical);
    int failed = logical.failed;
    ics_buf_free(&logical);
    *len = out.len;
    char *s = ics_buf_take(&out);
    if (failed) {
        free(s);
        s = NULL;
    }
    return s;
}
