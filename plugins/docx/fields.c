/* SPDX-License-Identifier: MIT */
/* fields.c — Word fields, simple (w:fldSimple) and complex (w:fldChar
 * begin, w:instrText, separate, the result, end).  A complex field may span
 * runs and paragraphs and nest, so its state is a stack in the reader.  A
 * HYPERLINK field links its result; every other field shows the result saved
 * in the file (DATE and PAGE are never recomputed), except page numbers in
 * headers, which are dropped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx.h"

/* The next token of a field instruction: a quoted string or a word. */
static const char *docx_token(const char *s, char *out, size_t size)
{
    while (*s == ' ' || *s == '\t')
        s++;
    if (!*s)
        return NULL;
    size_t n = 0;
    if (*s == '"') {
        for (s++; *s && *s != '"'; s++)
            if (n + 1 < size)
                out[n++] = *s;
        if (*s == '"')
            s++;
    } else {
        for (; *s && *s != ' ' && *s != '\t'; s++)
            if (n + 1 < size)
                out[n++] = *s;
    }
    out[n] = '\0';
    return s;
}

/* The target of a HYPERLINK instruction ("url", \l "anchor"), or NULL for
 * any other field.  Owned by the caller. */
char *docx_hyperlink_target(const char *instr)
{
    char tok[2048], url[2048] = "", anchor[2048] = "";
    const char *s = docx_token(instr, tok, sizeof tok);
    if (!s || strcasecmp(tok, "HYPERLINK") != 0)
        return NULL;
    while ((s = docx_token(s, tok, sizeof tok)) != NULL) {
        if (tok[0] == '\\' && (tok[1] == 'l' || tok[1] == 'L')) {
            if ((s = docx_token(s, anchor, sizeof anchor)) == NULL)
                break;
        } else if (tok[0] == '\\' && strchr("otOT", tok[1]) && tok[1]) {
            if ((s = docx_token(s, tok, sizeof tok)) == NULL)
                break;
        } else if (tok[0] != '\\' && !url[0]) {
            strcpy(url, tok);
        }
    }
    if (!url[0] && !anchor[0])
        return NULL;
    size_t n = strlen(url) + strlen(anchor) + 2;
    char *href = malloc(n);
    if (href)
        snprintf(href, n, "%s%s%s", url, anchor[0] ? "#" : "", anchor);
    return href;
}

int docx_is_page_field(const char *instr)
{
    char tok[32];
    if (!docx_token(instr, tok, sizeof tok))
        return 0;
    return strcasecmp(tok, "PAGE") == 0 || strcasecmp(tok, "NUMPAGES") == 0 ||
           strcasecmp(tok, "SECTIONPAGES") == 0;
}

void docx_field_begin(docx_reader *r)
{
    if (r->nfields == DOCX_MAX_FIELDS) {
        r->field_overflow++;
        return;
    }
    r->fields[r->nfields++] = (docx_field){.link = -1};
}

void docx_field_separate(docx_reader *r, docx_para *p)
{
    if (r->field_overflow || r->nfields == 0)
        return;
    docx_field *f = &r->fields[r->nfields - 1];
    if (f->result)
        return;
    f->result = 1;
    const char *instr = f->instr ? f->instr : "";
    f->hidden = r->in_header && docx_is_page_field(instr);
    r->page_field |= f->hidden;
    f->href = docx_hyperlink_target(instr);
    if (f->href && (f->link = docx_para_link(p, f->href)) < 0 && !r->status)
        r->status = mn_job_error(r->job, MN_EX_SOFTWARE, 0, "out of memory");
}

void docx_field_end(docx_reader *r)
{
    if (r->field_overflow) {
        r->field_overflow--;
        return;
    }
    if (r->nfields == 0)
        return;
    docx_field *f = &r->fields[--r->nfields];
    free(f->instr);
    free(f->href);
}

void docx_field_instr(docx_reader *r, const char *text)
{
    if (r->field_overflow || r->nfields == 0)
        return;
    docx_field *f = &r->fields[r->nfields - 1];
    size_t n = strlen(text);
    if (f->result || f->len + n > 65536) /* instructions are short; bound them */
        return;
    char *s = realloc(f->instr, f->len + n + 1);
    if (!s) {
        if (!r->status)
            r->status = mn_job_error(r->job, MN_EX_SOFTWARE, 0, "out of memory");
        return;
    }
    memcpy(s + f->len, text, n + 1);
    f->instr = s;
    f->len += n;
}

/* Text shows unless a field's instruction is being read or its result is
 * dropped. */
int docx_fields_show(const docx_reader *r)
{
    if (r->field_overflow)
        return 0;
    for (int i = 0; i < r->nfields; i++)
        if (!r->fields[i].result || r->fields[i].hidden)
            return 0;
    return 1;
}

int docx_fields_link(const docx_reader *r)
{
    for (int i = r->nfields; i > 0; i--)
        if (r->fields[i - 1].link >= 0)
            return r->fields[i - 1].link;
    return -1;
}

int docx_fields_relink(docx_reader *r, docx_para *p)
{
    for (int i = 0; i < r->nfields; i++)
        if (r->fields[i].href && (r->fields[i].link = docx_para_link(p, r->fields[i].href)) < 0)
            return -1;
    return 0;
}

void docx_fields_free(docx_reader *r)
{
    for (int i = 0; i < r->nfields; i++) {
        free(r->fields[i].instr);
        free(r->fields[i].href);
    }
    r->nfields = 0;
}

