/* SPDX-License-Identifier: MIT */
/* html_blocks.c — the body of the minutes: sections with their canonical
 * ids (so that "#s2" links into the page the way the PDF outline and the
 * calendar's URL do), paragraphs, lists, tables, notes, actions and
 * decisions, and the inline content inside them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"

static void block_kind(hw *w, const mn_node *n, mn_kind k, int level);

/* ---- inline ------------------------------------------------------------------------ */

/* Links the page may carry: web, mail and telephone addresses, and links
 * inside the page or relative to it.  A "javascript:" or "data:" target from
 * a hostile document is written as plain text. */
static int safe_href(const hw *w, const char *href)
{
    if (!href || !*href || strcmp(href, "#") == 0)
        return 0; /* "#": a link whose target the source lost */
    if (href[0] == '#') /* a place in this page: only one that is there */
        return hw_anchors_find(&w->ids, href + 1) != NULL;
    static const char *const schemes[] = {"http:", "https:", "mailto:", "tel:", "ftp:", NULL};
    for (const char *const *s = schemes; *s; s++)
        if (strncasecmp(href, *s, strlen(*s)) == 0)
            return 1;
    size_t scheme = strcspn(href, ":/?#");
    return href[scheme] != ':'; /* no scheme: relative */
}

static void date_inline(hw *w, const mn_node *n)
{
    ho *h = w->h;
    const char *value = mn_node_attr(n, "value"), *end = mn_node_attr(n, "end");
    hdate d;
    if (!value || hdate_parse(value, &d) != 0) {
        hw_inline(w, n);
        return;
    }
    char machine[32];
    ho_str(h, "<time");
    ho_attr_pair(h, "datetime", hdate_machine(value, mn_node_attr(n, "precision"), machine, sizeof machine));
    if (mn_node_attr(n, "certain") && !mn_node_attr_bool(n, "certain"))
        ho_str(h, " class=\"vague\"");
    ho_attr_pair(h, "data-end", end);
    ho_str(h, ">");
    hw_inline(w, n);
    ho_str(h, "</time>");
}

/* Inline node C of kind K (the caller has asked it already). */
static void inline_kind(hw *w, const mn_node *c, mn_kind k)
{
    ho *h = w->h;
    switch (k) {
    case MN_KIND_TEXT: ho_text(h, mn_node_text(c)); break;
    case MN_KIND_EM: ho_str(h, "<em>"), hw_inline(w, c), ho_str(h, "</em>"); break;
    case MN_KIND_STRONG: ho_str(h, "<strong>"), hw_inline(w, c), ho_str(h, "</strong>"); break;
    case MN_KIND_BR: ho_str(h, "<br>"); break;
    case MN_KIND_DATE: date_inline(w, c); break;
    case MN_KIND_LINK: {
        const char *href = mn_node_attr(c, "href");
        if (safe_href(w, href)) {
            ho_str(h, "<a");
            ho_attr_pair(h, "href", href);
            ho_str(h, ">");
            hw_inline(w, c);
            ho_str(h, "</a>");
        } else {
            hw_inline(w, c);
        }
        break;
    }
    default: break; /* blocks are the flow's; unknown elements are skipped */
    }
}

void hw_inline(hw *w, const mn_node *n)
{
    for (const mn_node *c = mn_node_first(n); c; c = mn_node_next(c))
        inline_kind(w, c, mn_node_kind(c));
}

static int is_inline(mn_kind k)
{
    return k == MN_KIND_TEXT || k == MN_KIND_EM || k == MN_KIND_STRONG || k == MN_KIND_BR || k == MN_KIND_DATE ||
           k == MN_KIND_LINK;
}

void hw_flow(hw *w, const mn_node *n)
{
    for (const mn_node *c = mn_node_first(n); c; c = mn_node_next(c)) {
        mn_kind k = mn_node_kind(c);
        if (is_inline(k))
            inline_kind(w, c, k);
        else
            block_kind(w, c, k, 0);
    }
}

/* A transcript line's speaker, before what they said. */
static void speaker(hw *w, const mn_node *n)
{
    const char *who = mn_node_attr(n, "speaker");
    if (!who || !*who)
        return;
    ho_str(w->h, "<span class=\"speaker\">");
    ho_text(w->h, who);
    ho_str(w->h, hw_colon(w));
    ho_str(w->h, "</span> ");
}

/* ---- actions and decisions ----------------------------------------------------------- */

/* " · Label: value", or " · label value" for a phrase ("moved by"). */
static void head_part(hw *w, const char *cls, const char *label, const char *value, int colon)
{
    if (!value || !*value)
        return;
    ho *h = w->h;
    ho_str(h, " \u00b7 <span class=\"");
    ho_str(h, cls);
    ho_str(h, "\">");
    if (label) {
        ho_text(h, label);
        if (colon)
            ho_str(h, hw_colon(w));
        ho_str(h, colon ? " " : strcmp(label, "#") == 0 ? "" : " ");
    }
    ho_text(h, value);
    ho_str(h, "</span>");
}

static const char *status_label(const hw *w, const char *status)
{
    if (strcmp(status, "open") == 0 || strcmp(status, "done") == 0)
        return hw_label(w, status);
    if (strcmp(status, "carried") == 0)
        return hw_label(w, "carried");
    return status;
}

static void action(hw *w, const mn_node *n)
{
    ho *h = w->h;
    const char *owner = mn_node_attr(n, "owner"), *due = mn_node_attr(n, "due");
    const char *status = mn_node_attr(n, "status"), *ref = mn_node_attr(n, "ref");
    ho_str(h, "<div class=\"action\"");
    ho_attr_pair(h, "id", mn_node_attr(n, "id"));
    ho_attr_pair(h, "data-status", status);
    ho_str(h, ">\n<span class=\"head\"><span class=\"kind\">");
    ho_text(h, hw_label(w, "action"));
    ho_str(h, "</span>");
    if (ref)
        head_part(w, "ref", "#", ref, 0);
    head_part(w, "owner", hw_label(w, "owner"), owner, 1);
    if (due) {
        ho_str(h, " \u00b7 <span class=\"due\">");
        ho_text(h, hw_label(w, "due"));
        ho_str(h, hw_colon(w));
        ho_str(h, " ");
        hdate_time(h, w->dates, due, 0);
        ho_str(h, "</span>");
    }
    if (status) {
        ho_str(h, " \u00b7 <span class=\"status\">");
        ho_text(h, status_label(w, status));
        ho_str(h, "</span>");
    }
    ho_str(h, "</span>\n");
    speaker(w, n);
    hw_flow(w, n);
    ho_str(h, "\n</div>\n");
}

static void decision(hw *w, const mn_node *n)
{
    ho *h = w->h;
    const char *kind = mn_node_attr(n, "kind");
    ho_str(h, "<div class=\"decision\"");
    ho_attr_pair(h, "id", mn_node_attr(n, "id"));
    ho_attr_pair(h, "data-kind", kind);
    ho_str(h, ">\n<span class=\"head\"><span class=\"kind\">");
    ho_text(h, hw_label(w, "decision"));
    ho_str(h, "</span>");
    head_part(w, "decision-kind", NULL, kind, 0);
    head_part(w, "vote", hw_label(w, "vote"), mn_node_attr(n, "vote"), 1);
    head_part(w, "mover", hw_label(w, "moved"), mn_node_attr(n, "mover"), 0);
    head_part(w, "seconder", hw_label(w, "seconded"), mn_node_attr(n, "seconder"), 0);
    const char *result = mn_node_attr(n, "result");
    if (result && strcmp(result, "failed") == 0) /* a motion lost is a decision too */
        head_part(w, "result", NULL, hw_label(w, "failed"), 0);
    ho_str(h, "</span>\n");
    speaker(w, n);
    hw_flow(w, n);
    ho_str(h, "\n</div>\n");
}

/* ---- lists and tables ------------------------------------------------------------------ */

/* The xml:lang N carries itself (a paragraph in another language than the
 * document's), not one it inherits, or NULL: HTML's lang says the same. */
static const char *own_lang(const mn_node *n)
{
    const char *value;
    int xml_ns;
    for (size_t i = 0;; i++) {
        const char *name = mn_node_attr_at(n, i, &value, &xml_ns);
        if (!name)
            return NULL;
        if (xml_ns && strcmp(name, "lang") == 0)
            return value;
    }
}

static void list(hw *w, const mn_node *n)
{
    ho *h = w->h;
    int labelled = 0;
    for (const mn_node *i = mn_node_child(n, MN_KIND_ITEM); i && !labelled; i = mn_node_next_of(i, MN_KIND_ITEM))
        labelled = mn_node_attr(i, "n") != NULL;
    ho_str(h, labelled ? "<ul class=\"labelled\">\n" : "<ul>\n");
    for (const mn_node *i = mn_node_child(n, MN_KIND_ITEM); i; i = mn_node_next_of(i, MN_KIND_ITEM)) {
        const char *label = mn_node_attr(i, "n");
        ho_str(h, "<li");
        ho_attr_pair(h, "id", mn_node_attr(i, "id"));
        ho_attr_pair(h, "lang", own_lang(i));
        ho_str(h, ">");
        if (label) {
            ho_str(h, "<span class=\"n\">");
            ho_text(h, label);
            ho_str(h, "</span>");
        }
        speaker(w, i);
        hw_flow(w, i);
        ho_str(h, "</li>\n");
    }
    ho_str(h, "</ul>\n");
}

/* A head row, as the PDF writer takes it: every cell is one <strong> and
 * nothing else (the canonical document has no header cells). */
static int is_head_row(const mn_node *row)
{
    int cells = 0;
    for (const mn_node *c = mn_node_first(row); c; c = mn_node_next(c)) {
        if (mn_node_kind(c) != MN_KIND_CELL)
            continue;
        const mn_node *only = NULL;
        for (const mn_node *x = mn_node_first(c); x; x = mn_node_next(x)) {
            const char *t = mn_node_text(x);
            if (t && strspn(t, " \t\n\r") == strlen(t))
                continue;
            if (only || mn_node_kind(x) != MN_KIND_STRONG)
                return 0;
            only = x;
        }
        if (!only)
            return 0;
        cells++;
    }
    return cells > 0;
}

static void cell(hw *w, const mn_node *c, int head)
{
    ho *h = w->h;
    ho_str(h, head ? "<th scope=\"col\"" : "<td");
    const char *cs = mn_node_attr(c, "colspan"), *rs = mn_node_attr(c, "rowspan");
    if (cs && strcmp(cs, "1") != 0)
        ho_attr_pair(h, "colspan", cs);
    if (rs && strcmp(rs, "1") != 0)
        ho_attr_pair(h, "rowspan", rs);
    ho_str(h, ">");
    if (head) {
        for (const mn_node *x = mn_node_child(c, MN_KIND_STRONG); x; x = NULL)
            hw_inline(w, x); /* the strong is what made it a head cell */
    } else {
        hw_flow(w, c);
    }
    ho_str(h, head ? "</th>" : "</td>");
}

static void row(hw *w, const mn_node *r, int head)
{
    ho_str(w->h, "<tr>");
    for (const mn_node *c = mn_node_child(r, MN_KIND_CELL); c; c = mn_node_next_of(c, MN_KIND_CELL))
        cell(w, c, head);
    ho_str(w->h, "</tr>\n");
}

static void table(hw *w, const mn_node *n)
{
    ho *h = w->h;
    const mn_node *r = mn_node_child(n, MN_KIND_ROW);
    ho_str(h, "<table>\n");
    if (r && mn_node_next_of(r, MN_KIND_ROW) && is_head_row(r)) {
        ho_str(h, "<thead>\n");
        row(w, r, 1);
        ho_str(h, "</thead>\n");
        r = mn_node_next_of(r, MN_KIND_ROW);
    }
    if (r) {
        ho_str(h, "<tbody>\n");
        for (; r; r = mn_node_next_of(r, MN_KIND_ROW))
            row(w, r, 0);
        ho_str(h, "</tbody>\n");
    }
    ho_str(h, "</table>\n");
}

/* ---- blocks and sections --------------------------------------------------------------- */

static void note(hw *w, const mn_node *n)
{
    ho *h = w->h;
    ho_str(h, "<div class=\"note\" role=\"note\"><span class=\"kind\">");
    ho_text(h, hw_label(w, "note"));
    ho_str(h, hw_colon(w));
    ho_str(h, "</span> ");
    hw_flow(w, n);
    ho_str(h, "</div>\n");
}

static void paragraph(hw *w, const mn_node *n)
{
    ho *h = w->h;
    ho_str(h, "<p");
    ho_attr_pair(h, "id", mn_node_attr(n, "id"));
    ho_attr_pair(h, "lang", own_lang(n));
    ho_str(h, ">");
    speaker(w, n);
    hw_inline(w, n);
    ho_str(h, "</p>\n");
}

static void section(hw *w, const mn_node *n, int level)
{
    ho *h = w->h;
    /* h1 is the title: sections start at h2, and HTML stops at h6 */
    int hl = level + 1 > 6 ? 6 : level + 1;
    const char *n_label = mn_node_attr(n, "n");
    char open[] = ">\n<h?>", close[] = "</h?>\n";
    open[4] = close[3] = (char)('0' + hl);
    ho_str(h, "<section");
    ho_attr_pair(h, "id", mn_node_attr(n, "id"));
    ho_str(h, open);
    if (n_label) {
        ho_str(h, "<span class=\"n\">");
        ho_text(h, n_label);
        ho_str(h, "</span> ");
    }
    hw_inline(w, mn_node_child(n, MN_KIND_HEADING));
    ho_str(h, close);
    for (const mn_node *c = mn_node_first(n); c; c = mn_node_next(c))
        block_kind(w, c, mn_node_kind(c), level + 1);
    ho_str(h, "</section>\n");
}

/* Block N of kind K (the caller has asked it already), at section depth
 * LEVEL (0 inside flow content). */
static void block_kind(hw *w, const mn_node *n, mn_kind k, int level)
{
    switch (k) {
    case MN_KIND_P: paragraph(w, n); break;
    case MN_KIND_LIST: list(w, n); break;
    case MN_KIND_TABLE: table(w, n); break;
    case MN_KIND_ACTION: action(w, n); break;
    case MN_KIND_DECISION: decision(w, n); break;
    case MN_KIND_NOTE: note(w, n); break;
    case MN_KIND_SECTION: section(w, n, level ? level : 1); break;
    default: break; /* the heading, white space between blocks */
    }
}

void hw_body(hw *w)
{
    const mn_node *body = mn_node_child(w->root, MN_KIND_BODY);
    for (const mn_node *c = mn_node_first(body); c; c = mn_node_next(c))
        block_kind(w, c, mn_node_kind(c), 1);
}
