/* SPDX-License-Identifier: MIT */
/* xmlscan.c — a tokenizer for the first levels of a UTF-8 XML part, fed
 * the bytes piece by piece as they are inflated.  It exists for speed:
 * finding the first section's properties (firstsect.c) this way costs a
 * few instructions a byte, where a libxml2 pass costs about sixty.
 *
 * It reads well-formed XML the way libxml2 does for what it reports:
 * element and attribute names resolved against the namespaces in scope
 * (an undeclared prefix leaves the whole name and no namespace), attribute
 * values normalised (line ends and tabs become spaces) and unescaped.
 * Elements deeper than its depth limit are only counted.  It checks little:
 * what it cannot read (a DOCTYPE, an entity it does not know, a broken tag)
 * makes it give up, and its caller then asks libxml2; malformed XML it
 * reads anyway is refused by the real parse of the part. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include <stdlib.h>
#include <string.h>

#include "docx.h"

#define XS_MAX_ATTRS 256

typedef struct xs_ns {
    size_t prefix, uri; /* offsets in the pool; prefix "" is the default namespace */
    size_t plen;
} xs_ns;

struct docx_xscan {
    int max_depth, depth;
    docx_xstart on_start;
    docx_xend on_end;
    void *ctx;
    enum { XS_TEXT, XS_COMMENT, XS_CDATA, XS_PI } mode;
    unsigned char *carry; /* an unfinished token from the last piece, then the new one */
    size_t clen, ccap;
    size_t resume;        /* how far a carried tag was searched for its end */
    unsigned char quote;  /* the quote open there */
    xs_ns *ns;            /* declared by the open elements, innermost last */
    size_t nns, nscap;
    size_t *ns_mark;      /* nns when the element at each depth opened */
    unsigned char *entered; /* per depth: its element's children are reported */
    char *pool;           /* namespace strings, and at its end one tag's names and values */
    size_t plen, pcap, pmark;
    const unsigned char *tag, *tag_end; /* the start tag being reported: its attributes */
    docx_xattr attrs[XS_MAX_ATTRS];
};

static const char xs_xml_ns[] = "http://www.w3.org/XML/1998/namespace";

docx_xscan *docx_xscan_new(int max_depth, docx_xstart on_start, docx_xend on_end, void *ctx)
{
    docx_xscan *x = calloc(1, sizeof *x);
    if (!x)
        return NULL;
    x->max_depth = max_depth;
    x->on_start = on_start;
    x->on_end = on_end;
    x->ctx = ctx;
    x->ns_mark = calloc((size_t)max_depth + 2, sizeof *x->ns_mark);
    x->entered = calloc((size_t)max_depth + 2, 1);
    if (!x->ns_mark || !x->entered) {
        docx_xscan_free(x);
        return NULL;
    }
    return x;
}

void docx_xscan_free(docx_xscan *x)
{
    if (!x)
        return;
    free(x->carry);
    free(x->ns);
    free(x->ns_mark);
    free(x->entered);
    free(x->pool);
    free(x);
}

/* ---- the string pool ------------------------------------------------------------ */

static int xs_reserve(void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 256;
    while (c < need)
        c *= 2;
    void *nv = realloc(*v, c * size);
    if (!nv)
        return -1;
    *v = nv;
    *cap = c;
    return 0;
}

static int xs_put(docx_xscan *x, const void *s, size_t n)
{
    if (xs_reserve((void **)&x->pool, &x->pcap, x->plen + n + 1, 1) != 0)
        return -1;
    memcpy(x->pool + x->plen, s, n);
    x->plen += n;
    return 0;
}

/* The character a reference from V to SEMI (its ';') stands for, as
 * UTF-8 in out: its length, or 0 for one libxml2 would not take here. */
static size_t xs_reference(const unsigned char *v, const unsigned char *semi, char out[8])
{
    static const char *const names[] = {"&lt;", "&gt;", "&amp;", "&apos;", "&quot;"};
    static const char chars[] = "<>&'\"";
    size_t n = (size_t)(semi - v) + 1;
    for (int k = 0; k < 5; k++)
        if (n == strlen(names[k]) && memcmp(v, names[k], n) == 0) {
            out[0] = chars[k];
            return 1;
        }
    if (n < 4 || v[1] != '#')
        return 0; /* an entity of a DTD, which the part cannot have */
    int hex = v[2] == 'x';
    unsigned long cp = 0;
    const unsigned char *d = v + 2 + hex;
    if (d == semi)
        return 0;
    for (; d < semi && cp <= 0x10FFFF; d++) {
        int dv = *d >= '0' && *d <= '9' ? *d - '0'
                 : hex && *d >= 'a' && *d <= 'f' ? *d - 'a' + 10
                 : hex && *d >= 'A' && *d <= 'F' ? *d - 'A' + 10 : -1;
        if (dv < 0)
            return 0;
        cp = cp * (hex ? 16u : 10u) + (unsigned)dv;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
        return 0; /* not a character: libxml2 refuses the part */
    return mn_utf8_encode(cp, out);
}

/* An attribute value, normalised and unescaped as XML 1.0 says, into the
 * pool with its NUL.  -1 for a reference it does not know. */
static int xs_value(docx_xscan *x, const unsigned char *v, const unsigned char *end)
{
    while (v < end) {
        unsigned char c = *v;
        if (c == '\t' || c == '\n' || c == '\r') {
            v += c == '\r' && v + 1 < end && v[1] == '\n' ? 2 : 1;
            if (xs_put(x, " ", 1) != 0)
                return -1;
            continue;
        }
        if (c != '&') {
            const unsigned char *stop = v;
            while (stop < end && *stop != '&' && *stop != '\t' && *stop != '\n' && *stop != '\r')
                stop++;
            if (xs_put(x, v, (size_t)(stop - v)) != 0)
                return -1;
            v = stop;
            continue;
        }
        const unsigned char *semi = memchr(v, ';', (size_t)(end - v));
        char out[8];
        size_t olen = semi ? xs_reference(v, semi, out) : 0;
        if (!olen || xs_put(x, out, olen) != 0)
            return -1;
        v = semi + 1;
    }
    return xs_put(x, "", 1);
}

/* ---- namespaces --------------------------------------------------------------- */

/* The namespace PREFIX (LEN bytes; 0 for the default) stands for, or NULL. */
static const char *xs_lookup(const docx_xscan *x, const char *prefix, size_t len)
{
    if (len == 3 && memcmp(prefix, "xml", 3) == 0)
        return xs_xml_ns;
    for (size_t i = x->nns; i-- > 0;) {
        const char *p = x->pool + x->ns[i].prefix;
        if (x->ns[i].plen == len && memcmp(p, prefix, len) == 0) {
            const char *uri = x->pool + x->ns[i].uri;
            return *uri ? uri : NULL;
        }
    }
    return NULL;
}

static int xs_declare(docx_xscan *x, const char *prefix, size_t plen, const unsigned char *v,
                      const unsigned char *vend)
{
    size_t p = x->plen;
    if (xs_put(x, prefix, plen) != 0 || xs_put(x, "", 1) != 0)
        return -1;
    size_t u = x->plen;
    if (xs_value(x, v, vend) != 0)
        return -1;
    /* libxml2 skips xmlns:p="" and declarations of xml and xmlns */
    if (plen && (!x->pool[u] || (plen == 3 && memcmp(prefix, "xml", 3) == 0) ||
                 (plen == 5 && memcmp(prefix, "xmlns", 5) == 0))) {
        x->plen = p;
        return 0;
    }
    if (xs_reserve((void **)&x->ns, &x->nscap, x->nns + 1, sizeof *x->ns) != 0)
        return -1;
    x->ns[x->nns++] = (xs_ns){p, u, plen};
    return 0;
}

/* ---- tags ---------------------------------------------------------------------- */

typedef struct xs_raw {
    const unsigned char *name, *value, *vend;
    size_t nlen;
} xs_raw;

static int xs_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const unsigned char *xs_name_end(const unsigned char *p, const unsigned char *end)
{
    while (p < end && !xs_space(*p) && *p != '=' && *p != '/' && *p != '>')
        p++;
    return p;
}

/* Splits the attributes of a start tag (between its name and its end). */
static int xs_attrs(const unsigned char *p, const unsigned char *end, xs_raw *raw, int *n)
{
    *n = 0;
    for (;;) {
        while (p < end && xs_space(*p))
            p++;
        if (p == end)
            return 0;
        if (*n == XS_MAX_ATTRS)
            return -1;
        xs_raw *a = &raw[(*n)++];
        a->name = p;
        p = xs_name_end(p, end);
        a->nlen = (size_t)(p - a->name);
        while (p < end && xs_space(*p))
            p++;
        if (!a->nlen || p == end || *p != '=')
            return -1;
        for (p++; p < end && xs_space(*p);)
            p++;
        if (p == end || (*p != '"' && *p != '\''))
            return -1;
        a->value = p + 1;
        a->vend = memchr(a->value, *p, (size_t)(end - a->value));
        if (!a->vend)
            return -1;
        p = a->vend + 1;
    }
}

/* Resolves QNAME: *local and the namespace, as libxml2 would name it. */
static const char *xs_resolve(const docx_xscan *x, const char *qname, int element, const char **local)
{
    const char *colon = strchr(qname, ':');
    *local = qname;
    if (!colon)
        return element ? xs_lookup(x, "", 0) : NULL;
    if (colon == qname || !colon[1] || strchr(colon + 1, ':'))
        return NULL;
    const char *uri = xs_lookup(x, qname, (size_t)(colon - qname));
    if (uri)
        *local = colon + 1;
    return uri;
}

/* The namespaces a start tag declares (most declare none). */
static int xs_declarations(docx_xscan *x, const unsigned char *attrs, const unsigned char *end)
{
    const unsigned char *p = attrs;
    while ((p = memchr(p, 'x', (size_t)(end - p))) && !(end - p >= 5 && memcmp(p, "xmlns", 5) == 0))
        p++;
    if (!p)
        return 0;
    xs_raw raw[XS_MAX_ATTRS];
    int n;
    if (xs_attrs(attrs, end, raw, &n) != 0)
        return -1;
    for (int i = 0; i < n; i++) {
        const xs_raw *a = &raw[i];
        int dflt = a->nlen == 5 && memcmp(a->name, "xmlns", 5) == 0;
        if ((dflt || (a->nlen > 6 && memcmp(a->name, "xmlns:", 6) == 0)) &&
            xs_declare(x, (const char *)a->name + 6, dflt ? 0 : a->nlen - 6, a->value, a->vend) != 0)
            return -1;
    }
    return 0;
}

int docx_xscan_attrs(docx_xscan *x, const docx_xattr **out)
{
    xs_raw raw[XS_MAX_ATTRS];
    size_t off[2 * XS_MAX_ATTRS];
    int n, na = 0;
    *out = x->attrs;
    if (xs_attrs(x->tag, x->tag_end, raw, &n) != 0)
        return -1;
    for (int i = 0; i < n; i++) {
        off[2 * i] = x->plen;
        if (xs_put(x, raw[i].name, raw[i].nlen) != 0 || xs_put(x, "", 1) != 0)
            return -1;
        off[2 * i + 1] = x->plen;
        if (xs_value(x, raw[i].value, raw[i].vend) != 0)
            return -1;
    }
    for (int i = 0; i < n; i++) { /* the pool has stopped moving */
        const char *qn = x->pool + off[2 * i];
        if (strcmp(qn, "xmlns") == 0 || strncmp(qn, "xmlns:", 6) == 0)
            continue;
        x->attrs[na].uri = xs_resolve(x, qn, 0, &x->attrs[na].local);
        x->attrs[na++].value = x->pool + off[2 * i + 1];
    }
    return na;
}

/* A start tag whose parent is reported: its namespaces, then the event. */
static int xs_start(docx_xscan *x, const unsigned char *t, const unsigned char *end)
{
    const unsigned char *name_end = xs_name_end(t, end);
    x->ns_mark[x->depth] = x->nns;
    if (name_end == t || xs_declarations(x, name_end, end) != 0)
        return -1;
    x->pmark = x->plen; /* what follows is this tag's alone */
    if (xs_put(x, t, (size_t)(name_end - t)) != 0 || xs_put(x, "", 1) != 0)
        return -1;
    const char *local, *qname = x->pool + x->pmark;
    const char *uri = xs_resolve(x, qname, 1, &local);
    x->tag = name_end;
    x->tag_end = end;
    int rc = x->on_start(x->ctx, x->depth, local, uri);
    x->plen = x->pmark;
    if (rc < 0)
        return -1;
    x->entered[x->depth] = (rc & DOCX_XENTER) && x->depth < x->max_depth;
    return rc & DOCX_XSTOP;
}

/* Whether the element at depth D is reported: its parent's children are. */
static int xs_reported(const docx_xscan *x, int d)
{
    return d == 0 || (d <= x->max_depth && x->entered[d - 1]);
}

static int xs_end(docx_xscan *x)
{
    int d = --x->depth;
    if (!xs_reported(x, d))
        return 0;
    x->entered[d] = 0;
    if (x->nns != x->ns_mark[d]) {
        x->nns = x->ns_mark[d];
        x->plen = x->nns ? x->ns[x->nns - 1].uri + strlen(x->pool + x->ns[x->nns - 1].uri) + 1 : 0;
    }
    int rc = x->on_end(x->ctx, d);
    if ((rc & DOCX_XLEAVE) && d > 0)
        x->entered[d - 1] = 0; /* the parent's other children do not matter */
    return rc & DOCX_XSTOP;
}

/* A whole tag from '<' to '>'.  1 when a callback stopped the scan. */
static int xs_tag(docx_xscan *x, const unsigned char *t, const unsigned char *gt)
{
    if (t[1] == '/')
        return x->depth > 0 ? xs_end(x) : -1;
    int empty = gt[-1] == '/' && gt - 1 > t;
    int rc = 0;
    if (xs_reported(x, x->depth))
        rc = xs_start(x, t + 1, gt - empty);
    x->depth++;
    if (rc == 0 && empty)
        rc = xs_end(x);
    return rc;
}

/* The bytes that matter in a tag: its end, and quotes (a value may hold '>'). */
static const unsigned char xs_stop[256] = {['>'] = 1, ['"'] = 1, ['\''] = 1};

/* The '>' that ends the tag starting at b (from *at, with *quote open), or
 * NULL with *at and *quote saying where to go on. */
static const unsigned char *xs_tag_end(const unsigned char *b, size_t n, size_t *at, unsigned char *quote)
{
    size_t i = *at;
    unsigned char q = *quote;
    while (i < n) {
        if (q) {
            const unsigned char *c = memchr(b + i, q, n - i);
            if (!c)
                break;
            i = (size_t)(c - b) + 1;
            q = 0;
            continue;
        }
        while (i < n && !xs_stop[b[i]])
            i++;
        if (i == n)
            break;
        if (b[i] == '>') {
            *at = i;
            *quote = 0;
            return b + i;
        }
        q = b[i++];
    }
    *at = n;
    *quote = q;
    return NULL;
}

/* ---- the loop --------------------------------------------------------------------- */

static const char *const xs_closers[] = {NULL, "-->", "]]>", "?>"};

/* Runs over b[0..n): the bytes consumed (the rest is an unfinished tag to
 * carry), *rc set to 1 when stopped, -1 when given up. */
static size_t xs_run(docx_xscan *x, const unsigned char *b, size_t n, int *rc)
{
    size_t i = 0;
    *rc = 0;
    while (i < n && *rc == 0) {
        if (x->mode != XS_TEXT) {
            const char *closer = xs_closers[x->mode];
            size_t cl = strlen(closer);
            const unsigned char *c = memmem(b + i, n - i, closer, cl);
            if (!c) /* keep what may begin the closer */
                return n - i < cl - 1 ? i : n - (cl - 1);
            i = (size_t)(c - b) + cl;
            x->mode = XS_TEXT;
            continue;
        }
        const unsigned char *lt = memchr(b + i, '<', n - i);
        if (!lt)
            return n;
        i = (size_t)(lt - b);
        size_t avail = n - i;
        if (avail < 2)
            return i;
        if (lt[1] == '?' || lt[1] == '!') {
            int comment = avail >= 4 && memcmp(lt, "<!--", 4) == 0;
            int cdata = avail >= 9 && memcmp(lt, "<![CDATA[", 9) == 0;
            if (lt[1] == '?') {
                x->mode = XS_PI;
                i += 2;
            } else if (comment || cdata) {
                x->mode = comment ? XS_COMMENT : XS_CDATA;
                i += comment ? 4 : 9;
            } else if ((avail < 4 && memcmp(lt, "<!--", avail) == 0) ||
                       (avail < 9 && memcmp(lt, "<![CDATA[", avail) == 0)) {
                return i; /* not known yet */
            } else {
                *rc = -1; /* a DOCTYPE, or not XML */
            }
            continue;
        }
        size_t at = x->resume ? x->resume : 1;
        const unsigned char *gt = xs_tag_end(lt, avail, &at, &x->quote);
        if (!gt) {
            x->resume = at;
            return i;
        }
        x->resume = 0;
        *rc = xs_tag(x, lt, gt);
        i = (size_t)(gt - b) + 1;
    }
    return i;
}

int docx_xscan_feed(docx_xscan *x, const unsigned char *p, size_t n)
{
    const unsigned char *b = p;
    size_t len = n;
    if (x->clen) { /* the carried bytes first, then the new ones */
        if (xs_reserve((void **)&x->carry, &x->ccap, x->clen + n, 1) != 0)
            return -1;
        memcpy(x->carry + x->clen, p, n);
        b = x->carry;
        len = x->clen + n;
    }
    int rc;
    size_t used = xs_run(x, b, len, &rc);
    if (rc)
        return rc;
    size_t rest = len - used;
    if (xs_reserve((void **)&x->carry, &x->ccap, rest, 1) != 0)
        return -1;
    if (rest)
        memmove(x->carry, b + used, rest);
    x->clen = rest;
    return 0;
}
