/* SPDX-License-Identifier: MIT */
/* para.c — the docx_para buffer: a paragraph's visible content as segments
 * (text with its emphasis and link, breaks, note references), its links and
 * its text boxes.  Text is normalised on the way in: no-break spaces become
 * spaces (dates and names are matched on spaces), soft hyphens vanish. */
#include <stdlib.h>
#include <string.h>

#include "docx.h"

void docx_para_free(docx_para *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->segs[i].text);
        free(p->segs[i].note_prefix);
    }
    for (size_t i = 0; i < p->nlinks; i++)
        free(p->links[i]);
    free(p->segs);
    free(p->links);
    free(p->boxes);
    memset(p, 0, sizeof *p);
}

static int docx_reserve(void **v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t c = *cap ? *cap * 2 : 8;
    void *nv = realloc(*v, c * size);
    if (!nv)
        return -1;
    *v = nv;
    *cap = c;
    return 0;
}

static docx_seg *docx_seg_new(docx_para *p, enum docx_seg_kind kind, unsigned fmt, int link)
{
    if (docx_reserve((void **)&p->segs, &p->cap, p->n, sizeof *p->segs) != 0)
        return NULL;
    docx_seg *s = &p->segs[p->n++];
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->fmt = fmt;
    s->link = link;
    return s;
}

/* Copies text, turning NBSP (U+00A0) and narrow NBSP (U+202F) into spaces
 * and dropping soft hyphens (U+00AD). */
static size_t docx_normalise(const char *in, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)in[i] < 0xC2) { /* most text: copied as it is */
            out[o++] = in[i];
            continue;
        }
        const unsigned char *u = (const unsigned char *)in + i;
        if (u[0] == 0xC2 && i + 1 < len && u[1] == 0xA0) {
            out[o++] = ' ';
            i++;
        } else if (u[0] == 0xC2 && i + 1 < len && u[1] == 0xAD) {
            i++;
        } else if (u[0] == 0xE2 && i + 2 < len && u[1] == 0x80 && u[2] == 0xAF) {
            out[o++] = ' ';
            i += 2;
        } else {
            out[o++] = in[i];
        }
    }
    return o;
}

int docx_para_text(docx_para *p, const char *text, size_t len, unsigned fmt, int link)
{
    if (len == 0)
        return 0;
    docx_seg *last = p->n ? &p->segs[p->n - 1] : NULL;
    if (!last || last->kind != DOCX_SEG_TEXT || last->fmt != fmt || last->link != link) {
        last = docx_seg_new(p, DOCX_SEG_TEXT, fmt, link);
        if (!last)
            return -1;
    }
    if (last->len + len + 1 > last->tcap) { /* doubling: a paragraph of a million runs stays linear */
        size_t cap = last->tcap ? last->tcap : 64;
        while (cap < last->len + len + 1)
            cap *= 2;
        char *t = realloc(last->text, cap);
        if (!t)
            return -1;
        last->text = t;
        last->tcap = cap;
    }
    last->len += docx_normalise(text, len, last->text + last->len);
    last->text[last->len] = '\0';
    return 0;
}

int docx_para_break(docx_para *p, unsigned fmt, int link)
{
    return docx_seg_new(p, DOCX_SEG_BREAK, fmt, link) ? 0 : -1;
}

int docx_para_note(docx_para *p, const xmlNode *note, const char *prefix, unsigned fmt, int link)
{
    char *pre = prefix ? strdup(prefix) : NULL;
    docx_seg *s = (!prefix || pre) ? docx_seg_new(p, DOCX_SEG_NOTE, fmt, link) : NULL;
    if (!s) {
        free(pre);
        return -1;
    }
    s->note = note;
    s->note_prefix = pre;
    return 0;
}

int docx_para_link(docx_para *p, const char *href)
{
    /* only the last link is reused: searching them all would be quadratic */
    if (p->nlinks && strcmp(p->links[p->nlinks - 1], href) == 0)
        return (int)p->nlinks - 1;
    if (docx_reserve((void **)&p->links, &p->lcap, p->nlinks, sizeof *p->links) != 0)
        return -1;
    char *h = strdup(href);
    if (!h)
        return -1;
    p->links[p->nlinks] = h;
    return (int)p->nlinks++;
}

int docx_para_box(docx_para *p, const xmlNode *box)
{
    if (docx_reserve((void **)&p->boxes, &p->bcap, p->nboxes, sizeof *p->boxes) != 0)
        return -1;
    p->boxes[p->nboxes++] = box;
    return 0;
}

int docx_para_has_text(const docx_para *p)
{
    for (size_t i = 0; i < p->n; i++)
        for (size_t k = 0; p->segs[i].kind == DOCX_SEG_TEXT && k < p->segs[i].len; k++)
            if (!strchr(" \t\r\n", p->segs[i].text[k]))
                return 1;
    return 0;
}

int docx_para_has_tab(const docx_para *p)
{
    int seen_text = 0;
    for (size_t i = 0; i < p->n; i++)
        for (size_t k = 0; p->segs[i].kind == DOCX_SEG_TEXT && k < p->segs[i].len; k++) {
            char c = p->segs[i].text[k];
            if (c == '\t' && seen_text)
                return 1;
            if (c != ' ' && c != '\t')
                seen_text = 1;
        }
    return 0;
}

int docx_para_prefix(docx_para *p, const char *text)
{
    size_t n = strlen(text);
    docx_seg *first = p->n ? &p->segs[0] : NULL;
    if (first && first->kind == DOCX_SEG_TEXT) {
        char *t = malloc(first->len + n + 1);
        if (!t)
            return -1;
        memcpy(t, text, n);
        memcpy(t + n, first->text, first->len + 1);
        free(first->text);
        first->text = t;
        first->len += n;
        first->tcap = first->len + 1;
        return 0;
    }
    if (!docx_seg_new(p, DOCX_SEG_TEXT, 0, -1))
        return -1;
    docx_seg s = p->segs[p->n - 1];
    memmove(p->segs + 1, p->segs, (p->n - 1) * sizeof *p->segs);
    s.text = strdup(text);
    s.len = n;
    s.tcap = n + 1;
    p->segs[0] = s;
    return s.text ? 0 : -1;
}

void docx_para_trim_cells(docx_para *p)
{
    for (size_t i = 0; i < p->n; i++) {
        docx_seg *s = &p->segs[i];
        if (s->kind != DOCX_SEG_TEXT)
            continue;
        size_t o = 0;
        for (size_t k = 0; k < s->len; k++) {
            if (s->text[k] == ' ') {
                size_t e = k;
                while (e < s->len && s->text[e] == ' ')
                    e++;
                if (e < s->len && s->text[e] == '\t') { /* spaces before a TAB */
                    k = e - 1;
                    continue;
                }
            }
            if (s->text[k] == ' ' && o > 0 && s->text[o - 1] == '\t')
                continue; /* spaces after a TAB */
            s->text[o++] = s->text[k];
        }
        s->len = o;
        s->text[o] = '\0';
    }
}

/* ---- positions: cutting a paragraph where a typed structure says --------------- */

/* Whether POS is at or past the end of the visible content. */
static int docx_pos_end(const docx_para *p, docx_pos pos)
{
    return pos.seg >= p->n;
}

/* The byte at POS in a text segment, or -1 (a break, a note, the end). */
static int docx_pos_byte(const docx_para *p, docx_pos pos)
{
    if (docx_pos_end(p, pos) || p->segs[pos.seg].kind != DOCX_SEG_TEXT)
        return -1;
    return (unsigned char)p->segs[pos.seg].text[pos.off];
}

/* One step forward: within a text segment, else to the next segment. */
static docx_pos docx_pos_step(const docx_para *p, docx_pos pos)
{
    const docx_seg *s = &p->segs[pos.seg];
    if (s->kind == DOCX_SEG_TEXT && pos.off + 1 < s->len)
        return (docx_pos){pos.seg, pos.off + 1};
    return (docx_pos){pos.seg + 1, 0};
}

/* POS moved to a real position: empty text segments are skipped. */
static docx_pos docx_pos_norm(const docx_para *p, docx_pos pos)
{
    while (!docx_pos_end(p, pos) && p->segs[pos.seg].kind == DOCX_SEG_TEXT && pos.off >= p->segs[pos.seg].len)
        pos = (docx_pos){pos.seg + 1, 0};
    return pos;
}

docx_pos docx_para_skip_blank(const docx_para *p, docx_pos pos)
{
    for (pos = docx_pos_norm(p, pos); !docx_pos_end(p, pos); pos = docx_pos_norm(p, docx_pos_step(p, pos))) {
        int c = docx_pos_byte(p, pos);
        if (c != ' ' && c != '\t')
            break;
    }
    return pos;
}

int docx_para_tab_cut(const docx_para *p, docx_pos *tab, docx_pos *after)
{
    int seen_text = 0;
    for (docx_pos pos = docx_pos_norm(p, (docx_pos){0, 0}); !docx_pos_end(p, pos);
         pos = docx_pos_norm(p, docx_pos_step(p, pos))) {
        int c = docx_pos_byte(p, pos);
        if (c == '\t' && seen_text) {
            *tab = pos;
            *after = docx_para_skip_blank(p, pos);
            return 1;
        }
        if (c >= 0 && c != ' ' && c != '\t')
            seen_text = 1;
        if (c < 0 && p->segs[pos.seg].kind == DOCX_SEG_BREAK)
            return 0; /* a TAB on a later line: not the first cell's */
    }
    return 0;
}

size_t docx_para_copy(const docx_para *p, docx_pos from, docx_pos to, char *buf, size_t max)
{
    size_t o = 0;
    from = docx_para_skip_blank(p, from);
    for (docx_pos pos = from; !docx_pos_end(p, pos) && o + 1 < max; pos = docx_pos_norm(p, docx_pos_step(p, pos))) {
        if (pos.seg > to.seg || (pos.seg == to.seg && pos.off >= to.off))
            break;
        int c = docx_pos_byte(p, pos);
        if (c >= 0)
            buf[o++] = (char)c;
        else if (p->segs[pos.seg].kind == DOCX_SEG_BREAK)
            buf[o++] = '\n';
    }
    while (o > 0 && (buf[o - 1] == ' ' || buf[o - 1] == '\t'))
        o--;
    if (max)
        buf[o] = '\0';
    return o;
}

docx_pos docx_para_end(const docx_para *p)
{
    return (docx_pos){p->n, 0};
}

/* Copies the links (the segments keep their indices) into an empty TAIL. */
static int docx_para_copy_links(const docx_para *p, docx_para *tail)
{
    for (size_t i = 0; i < p->nlinks; i++) {
        if (docx_reserve((void **)&tail->links, &tail->lcap, tail->nlinks, sizeof *tail->links) != 0)
            return -1;
        if (!(tail->links[tail->nlinks] = strdup(p->links[i])))
            return -1;
        tail->nlinks++;
    }
    return 0;
}

int docx_para_split(docx_para *p, docx_pos at, docx_para *tail)
{
    memset(tail, 0, sizeof *tail);
    at = docx_pos_norm(p, at);
    if (docx_para_copy_links(p, tail) != 0)
        return -1;
    size_t from = at.seg;
    if (!docx_pos_end(p, at) && at.off > 0) { /* the segment is cut in two */
        docx_seg *s = &p->segs[at.seg];
        if (docx_para_text(tail, s->text + at.off, s->len - at.off, s->fmt, s->link) != 0)
            return -1;
        s->len = at.off;
        s->text[s->len] = '\0';
        from++;
    }
    for (size_t i = from; i < p->n; i++) {
        if (docx_reserve((void **)&tail->segs, &tail->cap, tail->n, sizeof *tail->segs) != 0)
            return -1;
        tail->segs[tail->n++] = p->segs[i]; /* the tail owns its text now */
    }
    if (from < p->n)
        p->n = from;
    return 0;
}

int docx_para_drop_head(docx_para *p, docx_pos at)
{
    docx_para tail;
    int rc = docx_para_split(p, at, &tail);
    if (rc != 0) {
        docx_para_free(&tail);
        return rc;
    }
    tail.boxes = p->boxes; /* text boxes stay with the paragraph */
    tail.nboxes = p->nboxes;
    tail.bcap = p->bcap;
    p->boxes = NULL;
    docx_para_free(p);
    *p = tail;
    return 0;
}

int docx_para_squeeze_tabs(docx_para *p)
{
    for (size_t i = 0; i < p->n; i++) {
        docx_seg *s = &p->segs[i];
        size_t o = 0;
        for (size_t k = 0; s->kind == DOCX_SEG_TEXT && k < s->len; k++)
            if (!(s->text[k] == '\t' && o > 0 && s->text[o - 1] == '\t'))
                s->text[o++] = s->text[k];
        if (s->kind == DOCX_SEG_TEXT) {
            s->len = o;
            s->text[o] = '\0';
        }
    }
    return 0;
}

int docx_para_replace_tabs(docx_para *p, const char *sep)
{
    size_t slen = strlen(sep);
    for (size_t i = 0; i < p->n; i++) {
        docx_seg *s = &p->segs[i];
        size_t tabs = 0;
        for (size_t k = 0; s->kind == DOCX_SEG_TEXT && k < s->len; k++)
            tabs += s->text[k] == '\t';
        if (!tabs)
            continue;
        char *t = malloc(s->len + tabs * slen + 1);
        if (!t)
            return -1;
        size_t o = 0;
        for (size_t k = 0; k < s->len; k++) {
            if (s->text[k] == '\t') {
                memcpy(t + o, sep, slen);
                o += slen;
            } else {
                t[o++] = s->text[k];
            }
        }
        t[o] = '\0';
        free(s->text);
        s->text = t;
        s->len = o;
        s->tcap = o + 1;
    }
    return 0;
}
