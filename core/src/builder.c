/* SPDX-License-Identifier: MIT */
/* builder.c — the generic tree an input plugin describes (docs/INTERNALS.md).
 *
 * The builder is forgiving by design: readers of real-world files cannot
 * always know what is open, so text outside a paragraph opens one, a block
 * opened inside a paragraph closes it, an item outside a list opens a list,
 * and anything left open is closed at the end.  Nesting deeper than
 * MN_MAX_DEPTH is flattened, with one warning, so hostile input cannot make
 * the later tree walks recurse without bound. */
#include "builder.h"

#include <stdlib.h>
#include <string.h>

#include "job.h"
#include "utf8.h"
#include "xmlutil.h"

#define MN_MAX_DEPTH 100

typedef struct mn_frame {
    mn_node_type type;
    xmlNodePtr node;  /* the element text and children go to */
    int transparent;  /* a PARA inside an item/cell/note: no element */
    int ignored;      /* past the depth limit: no element */
    mn_node_type opened; /* for an ignored frame: the type the reader opened */
} mn_frame;

struct mn_builder {
    mn_job *job;
    xmlDocPtr doc;
    xmlNodePtr meta, body;
    mn_frame *stack;
    size_t depth, cap;
    unsigned line;
    int warned_text, warned_depth;
    int canonical;
};

static const char *const mn_node_names[] = {
    [MN_NODE_HEADING] = "h",  [MN_NODE_PARA] = "p",     [MN_NODE_LIST] = "list",
    [MN_NODE_ITEM] = "item",  [MN_NODE_TABLE] = "table", [MN_NODE_ROW] = "row",
    [MN_NODE_CELL] = "cell",  [MN_NODE_NOTE] = "note",   [MN_NODE_EM] = "em",
    [MN_NODE_STRONG] = "strong", [MN_NODE_LINK] = "link",
};

static int mn_is_inline(mn_node_type t)
{
    return t == MN_NODE_EM || t == MN_NODE_STRONG || t == MN_NODE_LINK;
}

/* Containers that hold inline content directly. */
static int mn_is_flow(mn_node_type t)
{
    return t == MN_NODE_ITEM || t == MN_NODE_CELL || t == MN_NODE_NOTE;
}

static int mn_new_doc(mn_builder *b)
{
    b->doc = xmlNewDoc(BAD_CAST "1.0");
    if (!b->doc)
        return -1;
    /* Element and attribute names interned once per document, as the
     * parser does, instead of a copy per node: a tenth of a large tree. */
    b->doc->dict = xmlDictCreate();
    xmlNodePtr root = xmlNewDocNode(b->doc, NULL, BAD_CAST "minutes", NULL);
    xmlDocSetRootElement(b->doc, root);
    xmlNsPtr ns = xmlNewNs(root, BAD_CAST MN_NS, NULL);
    xmlSetNs(root, ns);
    xmlSetProp(root, BAD_CAST "version", BAD_CAST "1");
    b->meta = mn_add(root, "meta", NULL);
    b->body = mn_add(root, "body", NULL);
    return b->meta && b->body ? 0 : -1;
}

mn_builder *mn_builder_new(mn_job *job)
{
    mn_builder *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->job = job;
    if (mn_new_doc(b) != 0) {
        mn_builder_free(b);
        return NULL;
    }
    return b;
}

void mn_builder_free(mn_builder *b)
{
    if (!b)
        return;
    if (b->doc)
        xmlFreeDoc(b->doc);
    free(b->stack);
    free(b);
}

static mn_frame *mn_top(mn_builder *b)
{
    return b->depth ? &b->stack[b->depth - 1] : NULL;
}

/* The element new content goes into. */
static xmlNodePtr mn_cursor(mn_builder *b)
{
    mn_frame *f = mn_top(b);
    return f ? f->node : b->body;
}

static int mn_push(mn_builder *b, mn_frame f)
{
    if (b->depth == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        mn_frame *s = realloc(b->stack, cap * sizeof *s);
        if (!s)
            return MN_EX_SOFTWARE;
        b->stack = s;
        b->cap = cap;
    }
    b->stack[b->depth++] = f;
    return 0;
}

static void mn_pop_to(mn_builder *b, size_t depth)
{
    while (b->depth > depth)
        b->depth--;
}

/* Closes paragraphs, headings and inlines, back to the nearest block. */
static void mn_close_inline_context(mn_builder *b)
{
    size_t d = b->depth;
    while (d > 0) {
        mn_node_type t = b->stack[d - 1].type;
        if (!(mn_is_inline(t) || t == MN_NODE_PARA || t == MN_NODE_HEADING))
            break;
        d--;
    }
    mn_pop_to(b, d);
}

static mn_node_type mn_top_type(mn_builder *b)
{
    mn_frame *f = mn_top(b);
    return f ? f->type : 0;
}

static xmlNodePtr mn_element(mn_builder *b, xmlNodePtr parent, mn_node_type t)
{
    xmlNodePtr n = mn_add(parent, mn_node_names[t], NULL);
    if (n)
        n->line = (unsigned short)(b->line > 65535 ? 65535 : b->line);
    return n;
}

static int mn_open_plain(mn_builder *b, mn_node_type t)
{
    xmlNodePtr n = mn_element(b, mn_cursor(b), t);
    if (!n)
        return MN_EX_SOFTWARE;
    return mn_push(b, (mn_frame){.type = t, .node = n});
}

/* Makes sure the cursor can take a block of type T, opening or closing what
 * the structure needs around it. */
static int mn_prepare_block(mn_builder *b, mn_node_type t)
{
    mn_close_inline_context(b);
    mn_node_type top = mn_top_type(b);
    if (top == t && (t == MN_NODE_ITEM || t == MN_NODE_ROW || t == MN_NODE_CELL)) {
        /* An item opened in an item is its sibling: the reader did not close. */
        mn_pop_to(b, b->depth - 1);
        top = mn_top_type(b);
    }
    /* A list holds only items, a table only rows, a row only cells: any
     * other block goes into a new item or cell first. */
    int rc = 0;
    if (top == MN_NODE_LIST && t != MN_NODE_ITEM) {
        rc = mn_open_plain(b, MN_NODE_ITEM);
        top = MN_NODE_ITEM;
    } else if ((top == MN_NODE_TABLE && t != MN_NODE_ROW && t != MN_NODE_CELL) ||
               (top == MN_NODE_ROW && t != MN_NODE_CELL)) {
        rc = mn_prepare_block(b, MN_NODE_CELL) || mn_open_plain(b, MN_NODE_CELL);
        top = MN_NODE_CELL;
    }
    if (rc)
        return rc;
    if (t == MN_NODE_ITEM) {
        if (top != MN_NODE_LIST)
            rc = mn_open_plain(b, MN_NODE_LIST);
    } else if (t == MN_NODE_ROW) {
        if (top != MN_NODE_TABLE)
            rc = mn_open_plain(b, MN_NODE_TABLE);
    } else if (t == MN_NODE_CELL) {
        if (top == MN_NODE_TABLE)
            rc = mn_open_plain(b, MN_NODE_ROW);
        else if (top != MN_NODE_ROW)
            rc = mn_prepare_block(b, MN_NODE_ROW) || mn_open_plain(b, MN_NODE_ROW);
    }
    return rc;
}

/* Makes sure the cursor can take inline content. */
static int mn_prepare_inline(mn_builder *b)
{
    mn_node_type top = mn_top_type(b);
    if (mn_is_inline(top) || top == MN_NODE_PARA || top == MN_NODE_HEADING || mn_is_flow(top))
        return 0;
    int rc = mn_prepare_block(b, MN_NODE_PARA);
    if (rc)
        return rc;
    top = mn_top_type(b);
    return mn_is_flow(top) ? 0 : mn_open_plain(b, MN_NODE_PARA);
}

static void mn_set_int(xmlNodePtr n, const char *name, int v)
{
    char buf[24];
    snprintf(buf, sizeof buf, "%d", v);
    mn_set_attr(n, name, buf);
}

static void mn_apply_attrs(xmlNodePtr n, mn_node_type t, const mn_node_attrs *a)
{
    if (!a)
        return;
    if (t == MN_NODE_HEADING && a->level > 0)
        mn_set_int(n, "level", a->level);
    if ((t == MN_NODE_HEADING || t == MN_NODE_ITEM) && a->label && *a->label) {
        int changed = 0;
        char *label = mn_utf8_clean(a->label, strlen(a->label), &changed);
        if (label)
            mn_set_attr(n, "n", label);
        free(label);
    }
    if (t == MN_NODE_LIST && a->ordered)
        mn_set_attr(n, "ordered", "1");
    if (t == MN_NODE_LINK && a->href) {
        int changed = 0;
        char *href = mn_utf8_clean(a->href, strlen(a->href), &changed);
        if (href)
            mn_set_attr(n, "href", href);
        free(href);
    }
    if (t == MN_NODE_CELL && a->colspan > 1)
        mn_set_int(n, "colspan", a->colspan);
    if (t == MN_NODE_CELL && a->rowspan > 1)
        mn_set_int(n, "rowspan", a->rowspan);
    if (a->style && *a->style && !mn_is_inline(t)) {
        int changed = 0;
        char *style = mn_utf8_clean(a->style, strlen(a->style), &changed);
        if (style)
            mn_set_attr(n, "style", style);
        free(style);
    }
}

/* A paragraph inside an item, cell or note adds no element; a second one is
 * set off from the first by a line break. */
static int mn_open_transparent(mn_builder *b, mn_node_type t)
{
    xmlNodePtr host = mn_cursor(b);
    if (host->children && !mn_add(host, "br", NULL))
        return MN_EX_SOFTWARE;
    return mn_push(b, (mn_frame){.type = t, .node = host, .transparent = 1});
}

/* Where a note opened in running text goes: after the paragraph or heading
 * that references it (after notes already there), or inside a flow container. */
static xmlNodePtr mn_note_anchor(mn_builder *b, int *as_child)
{
    for (size_t d = b->depth; d > 0; d--) {
        mn_frame *f = &b->stack[d - 1];
        if (f->type == MN_NODE_PARA || f->type == MN_NODE_HEADING) {
            if (f->transparent)
                break;
            *as_child = 0;
            xmlNodePtr after = f->node;
            while (after->next && mn_is(after->next, "note"))
                after = after->next;
            return after;
        }
    }
    *as_child = 1;
    return NULL;
}

static int mn_open_note(mn_builder *b, const mn_node_attrs *attrs)
{
    mn_node_type top = mn_top_type(b);
    if (!(mn_is_inline(top) || top == MN_NODE_PARA || top == MN_NODE_HEADING)) {
        int rc = mn_prepare_block(b, MN_NODE_NOTE);
        if (rc)
            return rc;
        rc = mn_open_plain(b, MN_NODE_NOTE);
        if (rc == 0)
            mn_apply_attrs(mn_top(b)->node, MN_NODE_NOTE, attrs);
        return rc;
    }
    int as_child = 0;
    xmlNodePtr anchor = mn_note_anchor(b, &as_child);
    xmlNodePtr n = mn_element(b, b->body, MN_NODE_NOTE);
    if (!n)
        return MN_EX_SOFTWARE;
    xmlUnlinkNode(n); /* made in the body for its namespace; placed below */
    if (as_child) {
        /* Inside an item or cell: the note goes at the end of that container. */
        xmlNodePtr host = NULL;
        for (size_t d = b->depth; d > 0 && !host; d--)
            if (mn_is_flow(b->stack[d - 1].type) && !b->stack[d - 1].transparent)
                host = b->stack[d - 1].node;
        xmlAddChild(host ? host : b->body, n);
    } else {
        xmlAddNextSibling(anchor, n);
    }
    return mn_push(b, (mn_frame){.type = MN_NODE_NOTE, .node = n});
}

int mn_builder_open(mn_builder *b, mn_node_type t, const mn_node_attrs *attrs)
{
    if (t < MN_NODE_HEADING || t > MN_NODE_LINK || b->canonical)
        return MN_EX_SOFTWARE;
    if (b->depth >= MN_MAX_DEPTH) {
        if (!b->warned_depth)
            mn_job_warning(b->job, "flattened-nesting", b->line,
                           "nesting deeper than %d levels flattened", MN_MAX_DEPTH);
        b->warned_depth = 1;
        /* No element: what the reader puts inside goes where text can go,
         * and the frame acts as the one below it, so that nothing lands in
         * a table, row or list (which take no text). */
        int rc = mn_prepare_inline(b);
        if (rc)
            return rc;
        return mn_push(b, (mn_frame){.type = mn_top_type(b), .node = mn_cursor(b), .ignored = 1, .opened = t});
    }
    if (t == MN_NODE_NOTE)
        return mn_open_note(b, attrs);
    int rc;
    if (mn_is_inline(t)) {
        rc = mn_prepare_inline(b);
    } else {
        rc = mn_prepare_block(b, t);
        if (rc == 0 && (t == MN_NODE_PARA || t == MN_NODE_HEADING) && mn_is_flow(mn_top_type(b)))
            return mn_open_transparent(b, t);
    }
    if (rc == 0)
        rc = mn_open_plain(b, t);
    if (rc == 0)
        mn_apply_attrs(mn_top(b)->node, t, attrs);
    return rc;
}

int mn_builder_close(mn_builder *b, mn_node_type t)
{
    for (size_t d = b->depth; d > 0; d--) {
        const mn_frame *f = &b->stack[d - 1];
        if ((f->ignored ? f->opened : f->type) == t) {
            mn_pop_to(b, d - 1);
            return 0;
        }
    }
    return 0; /* nothing of that type is open: forgiven */
}

int mn_builder_text(mn_builder *b, const char *text, size_t len)
{
    if (b->canonical || len == 0)
        return 0;
    int rc = mn_prepare_inline(b);
    if (rc)
        return rc;
    int changed = 0;
    char *clean = mn_utf8_clean(text, len, &changed);
    if (!clean)
        return mn_job_error(b->job, MN_EX_SOFTWARE, b->line, "out of memory");
    if (changed && !b->warned_text) {
        mn_job_warning(b->job, "replaced-characters", b->line,
                       "invalid UTF-8 or control characters replaced");
        b->warned_text = 1;
    }
    if (*clean)
        xmlNodeAddContent(mn_cursor(b), BAD_CAST clean);
    free(clean);
    return 0;
}

/* The generic tree's block-role attribute; finish.c removes it. */
int mn_builder_role(mn_builder *b, mn_block_role role)
{
    static const char *const names[] = {[MN_BLOCK_ROLE_TITLE] = "title", [MN_BLOCK_ROLE_SUBTITLE] = "subtitle"};
    const mn_frame *f = b->depth ? mn_top(b) : NULL;
    if (b->canonical || !f || f->transparent || f->ignored ||
        (f->type != MN_NODE_PARA && f->type != MN_NODE_HEADING))
        return 0;
    if (role <= MN_BLOCK_ROLE_NONE || (size_t)role >= sizeof names / sizeof *names)
        return 0;
    return xmlSetProp(f->node, BAD_CAST "block-role", BAD_CAST names[role]) ? 0 : MN_EX_SOFTWARE;
}

int mn_builder_break(mn_builder *b)
{
    if (b->canonical)
        return 0;
    int rc = mn_prepare_inline(b);
    if (rc == 0 && !mn_add(mn_cursor(b), "br", NULL))
        rc = MN_EX_SOFTWARE;
    return rc;
}

void mn_builder_set_line(mn_builder *b, unsigned line)
{
    b->line = line;
}

int mn_builder_property(mn_builder *b, const char *key, const char *value, int authoritative)
{
    if (b->canonical || !key || !value)
        return 0;
    int changed = 0;
    char *clean = mn_utf8_clean(value, strlen(value), &changed);
    if (!clean)
        return MN_EX_SOFTWARE;
    xmlNodePtr p = mn_add(b->meta, "prop", NULL);
    if (p) {
        xmlNodeAddContent(p, BAD_CAST clean);
        mn_set_attr(p, "name", key);
        if (authoritative)
            mn_set_attr(p, "authoritative", "1");
    }
    free(clean);
    return p ? 0 : MN_EX_SOFTWARE;
}

int mn_builder_override_property(mn_builder *b, const char *key, const char *value, int add)
{
    if (b->canonical || !b->meta)
        return 0;
    for (xmlNodePtr c = b->meta->children, next; c && !add; c = next) {
        next = c->next;
        xmlChar *name = c->type == XML_ELEMENT_NODE ? xmlGetProp(c, BAD_CAST "name") : NULL;
        if (name && strcmp((const char *)name, key) == 0) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        }
        xmlFree(name);
    }
    return mn_builder_property(b, key, value, 1);
}

int mn_builder_adopt_canonical(mn_builder *b, struct _xmlDoc *doc)
{
    if (!doc)
        return MN_EX_SOFTWARE;
    if (b->doc)
        xmlFreeDoc(b->doc);
    b->doc = doc;
    b->depth = 0;
    b->canonical = 1;
    return 0;
}

xmlDocPtr mn_builder_finish(mn_builder *b, int *canonical)
{
    xmlDocPtr doc = b->doc;
    b->doc = NULL;
    b->depth = 0;
    if (canonical)
        *canonical = b->canonical;
    return doc;
}
