/* SPDX-License-Identifier: MIT */
/* md_html.c — raw HTML blocks in Markdown, read for what they hold.
 *
 * Generators and wiki exports put tables in Markdown as HTML (`<table>`
 * with `colspan`), and fold logs into `<details><summary>…</summary>`.
 * libxml2's HTML parser (no network, errors quiet, recovering) reads the
 * block; the walk below hands the builder what the generic tree has:
 * tables with rows, cells and spans, lists, headings, paragraphs, line
 * breaks, emphasis and links.  `<details>` and other containers simply
 * flow; a `<summary>` is a paragraph.  Scripts, styles and comments are
 * not text.  Nesting deeper than MD_HTML_MAX_DEPTH keeps its text but
 * loses its structure, so hostile nesting never reaches the builder
 * (XML_PARSE_HUGE: libxml2 would otherwise drop what lies deeper than 256
 * elements). */
#include "md.h"

#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MD_HTML_MAX_DEPTH 32

typedef struct md_html {
    mn_builder *b;
    int status;
    int space;      /* a space is owed before the next text */
    int at_start;   /* nothing written since the last block opened */
    int para;       /* a paragraph opened here for loose text in a container */
} md_html;

typedef enum { H_SKIP, H_FLOW, H_PARA, H_HEAD, H_LIST, H_ITEM, H_TABLE, H_ROW, H_CELL,
               H_SPAN, H_BR, H_EM, H_STRONG, H_LINK, H_PRE } md_html_role;

static const struct {
    const char *name;
    md_html_role role;
} md_html_roles[] = {
    {"script", H_SKIP},  {"style", H_SKIP},   {"head", H_SKIP},     {"template", H_SKIP},
    {"title", H_SKIP},   {"noscript", H_SKIP}, {"img", H_SKIP},     {"svg", H_SKIP},
    {"p", H_PARA},       {"summary", H_PARA}, {"dt", H_PARA},       {"dd", H_PARA},
    {"figcaption", H_PARA}, {"caption", H_PARA},
    {"ul", H_LIST},      {"ol", H_LIST},      {"li", H_ITEM},
    {"table", H_TABLE},  {"tr", H_ROW},       {"td", H_CELL},       {"th", H_CELL},
    {"br", H_BR},        {"em", H_EM},        {"i", H_EM},          {"strong", H_STRONG},
    {"b", H_STRONG},     {"a", H_LINK},       {"pre", H_PRE},
    {"h1", H_HEAD},      {"h2", H_HEAD},      {"h3", H_HEAD},       {"h4", H_HEAD},
    {"h5", H_HEAD},      {"h6", H_HEAD},
    /* everything else (div, details, section, thead, tbody, span, code, …)
     * flows or is a span */
    {"div", H_FLOW},     {"details", H_FLOW}, {"section", H_FLOW},  {"article", H_FLOW},
    {"blockquote", H_FLOW}, {"center", H_FLOW}, {"thead", H_FLOW},  {"tbody", H_FLOW},
    {"tfoot", H_FLOW},   {"dl", H_FLOW},      {"figure", H_FLOW},   {"body", H_FLOW},
    {"html", H_FLOW},    {"main", H_FLOW},    {"header", H_FLOW},   {"footer", H_FLOW},
    {"nav", H_FLOW},     {"aside", H_FLOW},   {"hr", H_FLOW},
};

static md_html_role md_html_role_of(const xmlNode *n)
{
    for (size_t i = 0; i < sizeof md_html_roles / sizeof *md_html_roles; i++)
        if (strcasecmp((const char *)n->name, md_html_roles[i].name) == 0)
            return md_html_roles[i].role;
    return H_SPAN;
}

static int md_html_fail(md_html *h, int rc)
{
    if (rc && !h->status)
        h->status = rc;
    return h->status;
}

static int md_html_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Text with HTML's white space folded: runs become one space, owed until
 * more text comes, and none at the start of a block. */
static void md_html_text(md_html *h, const char *s)
{
    size_t i = 0, n = strlen(s);
    while (i < n && !h->status) {
        if (md_html_is_space(s[i])) {
            while (i < n && md_html_is_space(s[i]))
                i++;
            h->space = !h->at_start;
            continue;
        }
        size_t j = i;
        while (j < n && !md_html_is_space(s[j]))
            j++;
        if (h->space)
            md_html_fail(h, mn_builder_text(h->b, " ", 1));
        md_html_fail(h, mn_builder_text(h->b, s + i, j - i));
        h->space = 0;
        h->at_start = 0;
        i = j;
    }
}

/* Preformatted text: its lines become line breaks. */
static void md_html_pre_text(md_html *h, const char *s)
{
    const char *line = s;
    for (const char *p = s;; p++) {
        if (*p != '\n' && *p != '\0')
            continue;
        if (p > line)
            md_html_fail(h, mn_builder_text(h->b, line, (size_t)(p - line)));
        if (*p == '\0' || h->status)
            break;
        if (p[1] != '\0')
            md_html_fail(h, mn_builder_break(h->b));
        line = p + 1;
    }
    h->at_start = 0;
}

static int md_html_int_attr(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    int x = v ? atoi((const char *)v) : 0;
    xmlFree(v);
    return x > 0 && x < 1000 ? x : 0;
}

static void md_html_children(md_html *h, const xmlNode *n, int depth, int pre, int flow);

static void md_html_open(md_html *h, mn_node_type t, const mn_node_attrs *a)
{
    md_html_fail(h, mn_builder_open(h->b, t, a));
    h->at_start = 1;
    h->space = 0;
}

static void md_html_close(md_html *h, mn_node_type t)
{
    md_html_fail(h, mn_builder_close(h->b, t));
    h->at_start = 1;
    h->space = 0;
}

/* A row is a header row when all its cells are th. */
static int md_html_header_row(const xmlNode *tr)
{
    int cells = 0;
    for (const xmlNode *c = tr->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (strcasecmp((const char *)c->name, "th") != 0)
            return 0;
        cells++;
    }
    return cells > 0;
}

/* An element that is a block of the generic tree. */
static void md_html_block(md_html *h, const xmlNode *n, md_html_role role, int depth)
{
    mn_node_attrs a = {0};
    mn_node_type t = MN_NODE_PARA;
    switch (role) {
    case H_HEAD:
        t = MN_NODE_HEADING;
        a.level = n->name[1] - '0';
        break;
    case H_LIST:
        t = MN_NODE_LIST;
        a.ordered = strcasecmp((const char *)n->name, "ol") == 0;
        break;
    case H_ITEM:
        t = MN_NODE_ITEM;
        break;
    case H_TABLE:
        t = MN_NODE_TABLE;
        break;
    case H_ROW:
        t = MN_NODE_ROW;
        a.style = md_html_header_row(n) ? "header" : NULL;
        break;
    case H_CELL:
        t = MN_NODE_CELL;
        a.colspan = md_html_int_attr(n, "colspan");
        a.rowspan = md_html_int_attr(n, "rowspan");
        break;
    case H_PRE:
        a.style = "code";
        break;
    default:
        break;
    }
    md_html_open(h, t, &a);
    md_html_children(h, n, depth + 1, role == H_PRE, 0);
    md_html_close(h, t);
}

static void md_html_span(md_html *h, const xmlNode *n, md_html_role role, int depth, int pre)
{
    mn_node_type t = role == H_EM ? MN_NODE_EM : role == H_STRONG ? MN_NODE_STRONG : MN_NODE_LINK;
    xmlChar *href = role == H_LINK ? xmlGetProp(n, (const xmlChar *)"href") : NULL;
    int wrap = role == H_EM || role == H_STRONG || (role == H_LINK && href && *href);
    if (wrap) {
        if (h->space)
            md_html_fail(h, mn_builder_text(h->b, " ", 1));
        h->space = 0;
        mn_node_attrs a = {.href = (const char *)href};
        md_html_fail(h, mn_builder_open(h->b, t, &a));
    }
    md_html_children(h, n, depth + 1, pre, 0);
    if (wrap)
        md_html_fail(h, mn_builder_close(h->b, t));
    xmlFree(href);
}

static void md_html_element(md_html *h, const xmlNode *n, int depth, int pre)
{
    md_html_role role = md_html_role_of(n);
    if (depth > MD_HTML_MAX_DEPTH && role != H_SKIP && role != H_BR)
        role = H_SPAN; /* too deep: text only */
    switch (role) {
    case H_SKIP:
        return;
    case H_BR:
        md_html_fail(h, mn_builder_break(h->b));
        h->space = 0;
        return;
    case H_FLOW:
        md_html_children(h, n, depth + 1, pre, 1);
        return;
    case H_SPAN:
    case H_EM:
    case H_STRONG:
    case H_LINK:
        md_html_span(h, n, role, depth, pre);
        return;
    default:
        md_html_block(h, n, role, depth);
    }
}

/* Whether a node is inline content: text that is not all white space, or
 * an element that is no block. */
static int md_html_inline(const xmlNode *c)
{
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        for (const char *p = (const char *)c->content; p && *p; p++)
            if (!md_html_is_space(*p))
                return 1;
        return 0;
    }
    if (c->type != XML_ELEMENT_NODE)
        return 0;
    md_html_role r = md_html_role_of(c);
    return r == H_SPAN || r == H_EM || r == H_STRONG || r == H_LINK || r == H_BR;
}

/* In a container (FLOW: div, details, the block itself), loose inline
 * content goes into a paragraph of its own, closed before the next block. */
static void md_html_loose(md_html *h, const xmlNode *c)
{
    int in = md_html_inline(c);
    if (in && !h->para) {
        md_html_open(h, MN_NODE_PARA, NULL);
        h->para = 1;
    } else if (!in && h->para && c->type == XML_ELEMENT_NODE && md_html_role_of(c) != H_SKIP) {
        md_html_close(h, MN_NODE_PARA);
        h->para = 0;
    }
}

static void md_html_children(md_html *h, const xmlNode *n, int depth, int pre, int flow)
{
    int outer = h->para;
    if (flow)
        h->para = 0;
    for (const xmlNode *c = n->children; c && !h->status; c = c->next) {
        if (flow)
            md_html_loose(h, c);
        if (c->type == XML_ELEMENT_NODE)
            md_html_element(h, c, depth, pre);
        else if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            pre ? md_html_pre_text(h, (const char *)c->content)
                : md_html_text(h, (const char *)c->content);
    }
    if (flow && h->para)
        md_html_close(h, MN_NODE_PARA);
    if (flow)
        h->para = outer;
}

int mn_md_html(mn_job *job, mn_builder *b, const char *html, size_t len, unsigned line)
{
    if (len > (size_t)0x7fffffff)
        return mn_job_error(job, MN_EX_DATAERR, line, "raw HTML block too large");
    htmlDocPtr doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                        XML_PARSE_HUGE);
    if (!doc) {
        mn_job_warning(job, "raw-html", line, "raw HTML block could not be read; left out");
        return 0;
    }
    md_html h = {.b = b, .at_start = 1};
    mn_builder_set_line(b, line);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (root)
        md_html_children(&h, (xmlNodePtr)doc, 0, 0, 1);
    xmlFreeDoc(doc);
    if (h.status)
        return mn_job_error(job, h.status, line, "Markdown reader: out of memory");
    return 0;
}
