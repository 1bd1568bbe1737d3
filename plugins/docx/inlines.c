/* SPDX-License-Identifier: MIT */
/* inlines.c — a paragraph's runs, collected into a docx_para.  What is
 * visible depends on tracked changes (insertions and deletions, per the
 * track-changes option) and on the fields open (fields.c). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "docx.h"

enum { DOCX_NORMAL = 0, DOCX_INSERTED, DOCX_DELETED };

typedef struct docx_walk {
    docx_reader *r;
    docx_para *p;
    int change;   /* DOCX_NORMAL, DOCX_INSERTED, DOCX_DELETED */
    int link;     /* index of the enclosing w:hyperlink, or -1 */
} docx_walk;

static void docx_walk_children(docx_walk *w, const xmlNode *parent);

static int docx_oom(docx_reader *r)
{
    if (!r->status)
        r->status = mn_job_error(r->job, MN_EX_SOFTWARE, 0, "out of memory");
    return r->status;
}

/* The link text is in: the innermost hyperlink field's, else the w:hyperlink's. */
static int docx_current_link(const docx_walk *w)
{
    int link = docx_fields_link(w->r);
    return link >= 0 ? link : w->link;
}

/* ---- runs ------------------------------------------------------------------- */

static int docx_change_shows(const docx_walk *w)
{
    if (w->change == DOCX_INSERTED)
        return w->r->track != DOCX_TRACK_REJECT;
    if (w->change == DOCX_DELETED)
        return w->r->track != DOCX_TRACK_ACCEPT;
    return 1;
}

static int docx_shows(const docx_walk *w)
{
    return docx_change_shows(w) && docx_fields_show(w->r);
}

typedef struct docx_runfmt {
    unsigned fmt;
    char *font; /* rFonts of the run, for symbol fonts (xmlFree) */
    int script; /* vertAlign: 1 superscript, 2 subscript */
    char *lang; /* w:lang of the run (xmlFree), or NULL */
} docx_runfmt;

static docx_runfmt docx_run_props(const docx_reader *r, const xmlNode *run)
{
    docx_runfmt f = {0, NULL, 0, NULL};
    xmlNodePtr rpr = docx_wchild(run, "rPr");
    if (!rpr)
        return f;
    char *rstyle = docx_wval(rpr, "rStyle");
    const docx_style *cs = docx_style_get(r->styles, rstyle);
    xmlFree(rstyle);
    int b = docx_toggle(rpr, "b"), i = docx_toggle(rpr, "i");
    if (b < 0)
        b = docx_style_toggle(r->styles, cs, 0);
    if (i < 0)
        i = docx_style_toggle(r->styles, cs, 1);
    f.fmt = (b == 1 ? DOCX_STRONG : 0) | (i == 1 ? DOCX_EM : 0);
    char *va = docx_wval(rpr, "vertAlign");
    f.script = !va ? 0 : strcmp(va, "superscript") == 0 ? 1 : strcmp(va, "subscript") == 0 ? 2 : 0;
    xmlFree(va);
    xmlNodePtr fonts = docx_wchild(rpr, "rFonts");
    f.font = docx_wattr(fonts, "ascii");
    if (!f.font)
        f.font = docx_wattr(fonts, "hAnsi");
    f.lang = docx_wval(rpr, "lang");
    return f;
}

/* A glyph of a symbol font at the very start of the paragraph: "a Wingdings
 * character, a TAB and text" is an action line (blocks.c). */
static void docx_note_glyph(docx_para *p)
{
    if (!p->lead_glyph && p->n <= 2 && !docx_para_has_text(p))
        p->lead_glyph = 1;
}

static unsigned docx_utf8_get(const unsigned char *s, size_t *len)
{
    if (s[0] < 0x80 || !s[1]) {
        *len = 1;
        return s[0];
    }
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
        *len = 2;
        return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *len = 3;
        return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    }
    *len = 1;
    return s[0];
}

/* Text of a run whose font may be a symbol font: its codes are glyphs of
 * that font.  Private-use U+F0xx characters are mapped whatever the font
 * claims, with Symbol as the guess when it names no symbol font. */
/* The length of the longest stretch from S with nothing to map: no
 * private-use U+F0xx (UTF-8 EF 80..83 xx), and with a symbol font no
 * character of U+0020..U+00FF. */
static size_t docx_plain_stretch(const unsigned char *s, int symbol_font)
{
    size_t n = 0;
    if (!symbol_font) { /* only EF-led sequences can be U+F0xx */
        const unsigned char *ef;
        while ((ef = (const unsigned char *)strchr((const char *)s + n, 0xEF)) &&
               !(ef[1] >= 0x80 && ef[1] <= 0x83 && (ef[2] & 0xC0) == 0x80))
            n = (size_t)(ef - s) + 1;
        return ef ? (size_t)(ef - s) : n + strlen((const char *)s + n);
    }
    while (s[n]) {
        size_t l;
        unsigned c = docx_utf8_get(s + n, &l);
        if ((c >= 0xF000 && c <= 0xF0FF) || (c >= 0x20 && c <= 0xFF))
            break;
        n += l;
    }
    return n;
}

static void docx_add_text(docx_walk *w, const char *text, const docx_runfmt *f)
{
    char sym[8];
    int symbol_font = docx_symbol(f->font, ' ', sym);
    int link = docx_current_link(w);
    const unsigned char *s = (const unsigned char *)text;
    while (*s) {
        size_t n = docx_plain_stretch(s, symbol_font);
        if (n && docx_para_text(w->p, (const char *)s, n, f->fmt, link) != 0) {
            docx_oom(w->r);
            return;
        }
        s += n;
        if (!*s)
            break;
        size_t l;
        unsigned c = docx_utf8_get(s, &l);
        docx_note_glyph(w->p);
        if (!docx_symbol(symbol_font ? f->font : "Symbol", c, sym))
            sym[0] = '\0';
        if (sym[0] && docx_para_text(w->p, sym, strlen(sym), f->fmt, link) != 0)
            docx_oom(w->r);
        s += l;
    }
}

/* Superscript or subscript text written with Unicode's super- and subscript
 * characters (m², H₂O) when every character has one; else unchanged. */
static char *docx_script(const char *text, int script)
{
    static const char digits[] = "0123456789+-=()";
    static const unsigned sup[] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074, 0x2075, 0x2076, 0x2077,
                                   0x2078, 0x2079, 0x207A, 0x207B, 0x207C, 0x207D, 0x207E};
    size_t n = strlen(text);
    if (n == 0 || n > 64 || strspn(text, digits) != n)
        return NULL;
    char *out = malloc(n * 3 + 1);
    size_t o = 0;
    for (size_t i = 0; out && i < n; i++) {
        size_t k = (size_t)(strchr(digits, text[i]) - digits);
        o += mn_utf8_encode(script == 1 ? sup[k] : 0x2080 + (unsigned)k, out + o);
    }
    if (out)
        out[o] = '\0';
    return out;
}

static void docx_sym(docx_walk *w, const xmlNode *n, const docx_runfmt *f)
{
    char *font = docx_wattr(n, "font"), *hex = docx_wattr(n, "char");
    unsigned code = hex ? (unsigned)strtoul(hex, NULL, 16) : 0;
    char out[8] = "";
    if (code && docx_symbol(font, code, out))
        docx_note_glyph(w->p);
    else if (code && code < 0x110000 && !(code >= 0xD800 && code < 0xE000))
        out[mn_utf8_encode(code, out)] = '\0'; /* an ordinary font: the code is Unicode */
    if (out[0] && docx_para_text(w->p, out, strlen(out), f->fmt, docx_current_link(w)) != 0)
        docx_oom(w->r);
    xmlFree(font);
    xmlFree(hex);
}

static void docx_note_reference(docx_walk *w, docx_noteset *set, const xmlNode *n, int comment)
{
    docx_reader *r = w->r;
    if (r->note_depth > 0 || (comment && !r->want_comments))
        return;
    char *id = docx_wattr(n, "id");
    const xmlNode *note = id ? docx_note_take(set, strtol(id, NULL, 10)) : NULL;
    xmlFree(id);
    if (!note)
        return;
    char prefix[256] = "";
    if (comment) {
        char *author = docx_wattr(note, "author");
        snprintf(prefix, sizeof prefix, "Comment%s%.200s%s: ", author ? " (" : "",
                 author ? author : "", author ? ")" : "");
        xmlFree(author);
    }
    if (docx_para_note(w->p, note, comment ? prefix : NULL, 0, -1) != 0)
        docx_oom(r);
}

/* Text boxes anywhere inside a drawing, picture or object. */
static void docx_find_boxes(docx_walk *w, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (docx_w(c, "txbxContent")) {
            if (docx_para_box(w->p, c) != 0)
                docx_oom(w->r);
        } else if (docx_local(c, "AlternateContent")) {
            const xmlNode *branch = docx_alternate(c);
            if (branch)
                docx_find_boxes(w, branch);
        } else {
            docx_find_boxes(w, c);
        }
    }
}

/* An element's text: its one text node as it is (the usual case), else a
 * copy in *copy (xmlFree). */
static const char *docx_text_of(const xmlNode *n, xmlChar **copy)
{
    const xmlNode *t = n->children;
    *copy = NULL;
    if (t && !t->next && (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
        return (const char *)t->content;
    *copy = xmlNodeGetContent(n);
    return (const char *)*copy;
}

static void docx_run_child(docx_walk *w, const xmlNode *c, const docx_runfmt *f)
{
    docx_reader *r = w->r;
    int link = docx_current_link(w);
    if (docx_w(c, "t") || docx_w(c, "delText")) {
        if (docx_shows(w)) {
            xmlChar *copy;
            const char *t = docx_text_of(c, &copy);
            char *scripted = t && f->script ? docx_script(t, f->script) : NULL;
            if (t)
                docx_add_text(w, scripted ? scripted : t, f);
            if (t)
                docx_lang_count(r, f->lang, strlen(t));
            free(scripted);
            xmlFree(copy);
        }
    } else if (docx_w(c, "instrText") || docx_w(c, "delInstrText")) {
        if (docx_change_shows(w)) {
            xmlChar *copy;
            const char *t = docx_text_of(c, &copy);
            if (t)
                docx_field_instr(w->r, t);
            xmlFree(copy);
        }
    } else if (docx_w(c, "fldChar")) {
        char *type = docx_wattr(c, "fldCharType");
        if (type && strcmp(type, "begin") == 0)
            docx_field_begin(w->r);
        else if (type && strcmp(type, "separate") == 0)
            docx_field_separate(w->r, w->p);
        else if (type && strcmp(type, "end") == 0)
            docx_field_end(w->r);
        xmlFree(type);
    } else if (!docx_shows(w)) {
        return;
    } else if (docx_w(c, "tab") || docx_w(c, "ptab")) {
        if (docx_para_text(w->p, "\t", 1, f->fmt, link) != 0)
            docx_oom(r);
    } else if (docx_w(c, "br") || docx_w(c, "cr")) {
        if (docx_para_break(w->p, f->fmt, link) != 0)
            docx_oom(r);
    } else if (docx_w(c, "noBreakHyphen")) {
        if (docx_para_text(w->p, "-", 1, f->fmt, link) != 0)
            docx_oom(r);
    } else if (docx_w(c, "sym")) {
        docx_sym(w, c, f);
    } else if (docx_w(c, "footnoteReference")) {
        docx_note_reference(w, &r->footnotes, c, 0);
    } else if (docx_w(c, "endnoteReference")) {
        docx_note_reference(w, &r->endnotes, c, 0);
    } else if (docx_w(c, "commentReference")) {
        docx_note_reference(w, &r->comments, c, 1);
    } else if (docx_w(c, "drawing") || docx_w(c, "pict") || docx_w(c, "object")) {
        docx_find_boxes(w, c);
    } else if (docx_local(c, "AlternateContent")) {
        const xmlNode *branch = docx_alternate(c);
        for (const xmlNode *b = branch ? branch->children : NULL; b; b = b->next)
            docx_run_child(w, b, f);
    } else if (docx_w(c, "ruby")) {
        xmlNodePtr base = docx_wchild(c, "rubyBase");
        if (base)
            docx_walk_children(w, base);
    }
}

static void docx_run(docx_walk *w, const xmlNode *run)
{
    docx_runfmt f = docx_run_props(w->r, run);
    for (const xmlNode *c = run->children; c && !w->r->status; c = c->next)
        docx_run_child(w, c, &f);
    xmlFree(f.font);
    xmlFree(f.lang);
}

/* ---- containers ---------------------------------------------------------- */

static char *docx_hyperlink_href(docx_walk *w, const xmlNode *n)
{
    char *rid = docx_rattr(n, "id"), *anchor = docx_wattr(n, "anchor");
    const docx_rel *rel = docx_rel_by_id(w->r->rels, rid);
    const char *base = rel ? rel->target : "";
    char *href = NULL;
    if (*base || (anchor && *anchor)) {
        size_t len = strlen(base) + (anchor ? strlen(anchor) : 0) + 2;
        href = malloc(len);
        if (href)
            snprintf(href, len, "%s%s%s", base, anchor && *anchor ? "#" : "", anchor ? anchor : "");
    }
    xmlFree(rid);
    xmlFree(anchor);
    return href;
}

static void docx_with(docx_walk *w, const xmlNode *n, int change, int link)
{
    docx_walk inner = *w;
    if (change != DOCX_NORMAL) {
        inner.change = change;
        w->r->changes++;
    }
    if (link >= 0)
        inner.link = link;
    docx_walk_children(&inner, n);
}

static void docx_hyperlink(docx_walk *w, const xmlNode *n)
{
    char *href = docx_hyperlink_href(w, n);
    int link = href ? docx_para_link(w->p, href) : -1;
    if (href && link < 0)
        docx_oom(w->r);
    free(href);
    docx_with(w, n, DOCX_NORMAL, link);
}

static void docx_simple_field(docx_walk *w, const xmlNode *n)
{
    char *instr = docx_wattr(n, "instr");
    char *href = instr ? docx_hyperlink_target(instr) : NULL;
    int hidden = instr && w->r->in_header && docx_is_page_field(instr);
    w->r->page_field |= hidden;
    int link = href ? docx_para_link(w->p, href) : -1;
    if (href && link < 0)
        docx_oom(w->r);
    free(href);
    xmlFree(instr);
    if (!hidden)
        docx_with(w, n, DOCX_NORMAL, link);
}

static int docx_skipped(const xmlNode *c)
{
    static const char *const skip[] = {"pPr", "rPr", "sdtPr", "sdtEndPr", "smartTagPr",
                                       "customXmlPr", "proofErr", "bookmarkStart", "bookmarkEnd",
                                       "permStart", "permEnd", "commentRangeStart",
                                       "commentRangeEnd", NULL};
    const char *name = (const char *)c->name;
    for (const char *const *s = skip; *s; s++)
        if ((*s)[0] == name[0] && strcmp(*s, name) == 0)
            return docx_w_ns_of(c);
    return 0;
}

static void docx_walk_child(docx_walk *w, const xmlNode *c)
{
    if (c->type != XML_ELEMENT_NODE || docx_skipped(c))
        return;
    if (docx_w(c, "r"))
        docx_run(w, c);
    else if (docx_w(c, "hyperlink"))
        docx_hyperlink(w, c);
    else if (docx_w(c, "fldSimple"))
        docx_simple_field(w, c);
    else if (docx_w(c, "ins") || docx_w(c, "moveTo"))
        docx_with(w, c, DOCX_INSERTED, -1);
    else if (docx_w(c, "del") || docx_w(c, "moveFrom"))
        docx_with(w, c, DOCX_DELETED, -1);
    else if (docx_local(c, "AlternateContent")) {
        const xmlNode *branch = docx_alternate(c);
        if (branch)
            docx_walk_children(w, branch);
    } else if (docx_w(c, "sdt") && docx_placeholder(c)) {
        return; /* a content control still showing its prompt ("Click here to enter text.") */
    } else if (docx_local(c, "t") && c->ns && c->ns->href && strstr((const char *)c->ns->href, "/math")) {
        docx_runfmt f = {0, NULL, 0, NULL};
        xmlChar *t = xmlNodeGetContent(c); /* m:t, the text of an equation */
        if (t && docx_shows(w))
            docx_add_text(w, (const char *)t, &f);
        xmlFree(t);
    } else {
        /* smartTag, customXml, sdt/sdtContent, dir, bdo, oMath and what the
         * reader does not know: their runs are text all the same */
        docx_walk_children(w, c);
    }
}

static void docx_walk_children(docx_walk *w, const xmlNode *parent)
{
    for (const xmlNode *c = parent->children; c && !w->r->status; c = c->next)
        docx_walk_child(w, c);
}

int docx_collect(docx_reader *r, const xmlNode *w_p, docx_para *out)
{
    memset(out, 0, sizeof *out);
    docx_walk w = {.r = r, .p = out, .change = DOCX_NORMAL, .link = -1};
    r->page_field = 0;
    /* a hyperlink field running on from the previous paragraph links here too */
    if (docx_fields_relink(r, out) != 0)
        return docx_oom(r);
    xmlNodePtr mark = docx_wchild(docx_wchild(w_p, "pPr"), "rPr");
    if (docx_wchild(mark, "ins") || docx_wchild(mark, "del"))
        r->changes++;
    docx_walk_children(&w, w_p);
    return r->status;
}
