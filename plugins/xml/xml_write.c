/* SPDX-License-Identifier: MIT */
/* xml_write.c — serialises the canonical document, indenting as it goes,
 * through a fixed buffer into the output.  It reads the document through
 * minutes/doc.h only, walking it once.
 *
 * libxml2's dump needed a copy of the tree to indent (writers must not
 * touch the document) and the whole text in memory before the first byte
 * went out: three times the document at once, and a tenth of a large
 * conversion's time.  The bytes are the same as xmlDocDumpFormatMemoryEnc
 * (format 0, UTF-8) gives for the indented copy of a document in the
 * canonical form: the namespace declared once, as the default, on the
 * root; the same escapes in text (& < > CR) and in attributes (& < > " TAB
 * LF CR); UTF-8 written as is; an empty element as <x/>.  What the canonical
 * form does not carry is not kept from a canonical input: a namespace
 * prefix, an unused declaration, a CDATA section (written as the text it
 * holds). */
#include <string.h>

#include "xml.h"

#define MN_XW_BUF 65536

typedef struct mn_xw {
    mn_output *out;
    int rc;
    size_t len;
    char buf[MN_XW_BUF];
} mn_xw;

static void xw_flush(mn_xw *w)
{
    if (w->len && w->rc == 0)
        w->rc = mn_output_write(w->out, w->buf, w->len);
    w->len = 0;
}

static void xw_put(mn_xw *w, const char *s, size_t n)
{
    if (w->len + n > sizeof w->buf) {
        xw_flush(w);
        if (n > sizeof w->buf) {
            if (w->rc == 0)
                w->rc = mn_output_write(w->out, s, n);
            return;
        }
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static void xw_str(mn_xw *w, const char *s)
{
    xw_put(w, s, strlen(s));
}

/* Copies runs that need no escape in one piece; ATTR selects the attribute
 * escapes. */
static void xw_escaped(mn_xw *w, const char *s, int attr)
{
    if (!s)
        return;
    const char *p = s, *run = p;
    for (; *p; p++) {
        const char *rep;
        switch (*p) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '\r': rep = "&#13;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        case '\n': rep = attr ? "&#10;" : NULL; break;
        case '\t': rep = attr ? "&#9;" : NULL; break;
        default: rep = NULL; break;
        }
        if (!rep)
            continue;
        xw_put(w, run, (size_t)(p - run));
        xw_str(w, rep);
        run = p + 1;
    }
    xw_put(w, run, (size_t)(p - run));
}

static void xw_start_tag(mn_xw *w, const mn_node *n, int root)
{
    const char *name, *value;
    int xml_ns;
    xw_put(w, "<", 1);
    xw_str(w, mn_node_name(n));
    if (root)
        xw_str(w, " xmlns=\"" MN_NS "\"");
    for (size_t i = 0; (name = mn_node_attr_at(n, i, &value, &xml_ns)); i++) {
        xw_str(w, xml_ns ? " xml:" : " ");
        xw_str(w, name);
        xw_str(w, "=\"");
        xw_escaped(w, value, 1);
        xw_put(w, "\"", 1);
    }
}

/* A line break and two spaces per level (capped at 64 levels). */
static void xw_indent(mn_xw *w, int levels)
{
    xw_put(w, "\n", 1);
    for (int i = 0; i < levels; i++)
        xw_put(w, "  ", 2);
}

/* Where the walk is.  Indentation goes only into elements whose content is
 * elements alone, and never below mixed content, where white space would
 * be text: FLAT is the nesting level of the outermost open element that
 * takes none inside (0: every open element does). */
typedef struct xw_walk {
    int open; /* elements open */
    int flat;
} xw_walk;

static void xw_enter(mn_xw *w, xw_walk *k, const mn_node *n)
{
    if (k->open > 0 && k->flat == 0)
        xw_indent(w, k->open < 64 ? k->open : 64);
    const char *text = mn_node_text(n);
    if (text) {
        xw_escaped(w, text, 0);
        return;
    }
    xw_start_tag(w, n, k->open == 0);
    if (!mn_node_first(n)) {
        xw_put(w, "/>", 2);
        return;
    }
    xw_put(w, ">", 1);
    k->open++;
    if (k->flat == 0 && !mn_xml_element_only(mn_node_name(n)))
        k->flat = k->open;
}

static void xw_exit(mn_xw *w, xw_walk *k, const mn_node *n)
{
    if (!mn_node_first(n))
        return; /* closed as <x/> */
    if (k->flat == 0)
        xw_indent(w, k->open - 1 < 63 ? k->open - 1 : 63);
    xw_str(w, "</");
    xw_str(w, mn_node_name(n));
    xw_put(w, ">", 1);
    if (k->flat == k->open)
        k->flat = 0;
    k->open--;
}

int mn_xml_serialize(mn_job *job, const mn_doc *doc, mn_output *out)
{
    static mn_xw w; /* 64 KiB: kept off the stack; writers run one at a time */
    w.out = out;
    w.rc = 0;
    w.len = 0;
    mn_iter *it = mn_iter_new(mn_doc_root(doc));
    if (!it)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory");
    xw_str(&w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xw_walk k = {0, 0};
    for (mn_event ev; (ev = mn_iter_next(it)) != MN_EVENT_DONE;) {
        if (ev == MN_EVENT_ENTER)
            xw_enter(&w, &k, mn_iter_node(it));
        else
            xw_exit(&w, &k, mn_iter_node(it));
    }
    mn_iter_free(it);
    xw_put(&w, "\n", 1);
    xw_flush(&w);
    return w.rc;
}
