/* SPDX-License-Identifier: MIT */
/* docx.h — the DOCX reader's internal interfaces, shared by its files.
 * Nothing here is exported from the module (the plugin is built with hidden
 * visibility); unit tests compile the sources in directly.
 *
 * Reading goes (reader.c): ole.c refuses compound files, zip.c opens the
 * package within the safety limits, package.c finds the parts through the
 * relationships, styles.c and numbering.c load what decides structure,
 * props.c passes on the core properties, header.c the first-page header,
 * blocks.c walks the body paragraph by paragraph, inlines.c (with fields.c
 * and symbols.c) collects a paragraph's runs into a docx_para (para.c),
 * emit.c hands it to the builder, notes.c adds footnotes, endnotes and
 * comments where they are referenced. */
#ifndef MN_DOCX_H
#define MN_DOCX_H

#include <libxml/tree.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "minutes/plugin.h"

/* ---- zip.c: the package container, read within limits ---------------------- */

#define DOCX_MAX_ENTRIES 1000
#define DOCX_MAX_PART ((uint64_t)128 << 20)
#define DOCX_MAX_TOTAL ((uint64_t)512 << 20)
#define DOCX_RATIO_FLOOR ((uint64_t)100 << 10) /* ratio checked past this */
#define DOCX_MAX_RATIO 100
#define DOCX_MAX_TEXT 10000000 /* bytes in one text node, libxml2's own limit */

typedef struct docx_zip docx_zip;

/* Opens a zip held in memory (borrowed; must outlive the handle) after
 * checking entry count, duplicate names, methods, encryption and that the
 * entries' compressed sizes fit in the file.  Returns a handle owned by the
 * caller (docx_zip_close), or NULL with an error recorded on job. */
docx_zip *docx_zip_open(mn_job *job, const unsigned char *data, size_t size);
void docx_zip_close(docx_zip *z);

/* Whether the package has part NAME (case-insensitive). */
int docx_zip_has(docx_zip *z, const char *name);
/* A part being inflated piece by piece, within the same limits. */
typedef struct docx_zfile docx_zfile;

/* Opens part NAME (case-insensitive).  AGAIN: the part was read whole
 * before, so its bytes do not count toward the package total twice.
 * Returns 0 with *out (docx_zfile_close), 1 when there is no such part (no
 * diagnostic), or an error status. */
int docx_zfile_open(docx_zip *z, const char *name, int again, docx_zfile **out);
/* Inflates up to LEN bytes into BUF: the count, 0 at the end of the part
 * (where its size is checked against the declared one), or -1 with an
 * error recorded on the job. */
long docx_zfile_read(docx_zfile *p, unsigned char *buf, size_t len);
void docx_zfile_close(docx_zfile *p);

/* Reads part NAME (case-insensitive, as OPC names are) while counting
 * inflated bytes against the limits.  Returns 0 with *out a NUL-terminated
 * malloc'd buffer (owned by the caller), 1 when there is no such part (no
 * diagnostic), or MN_EX_DATAERR with an error recorded. */
int docx_zip_read(docx_zip *z, const char *name, unsigned char **out, size_t *len);

/* ---- ole.c: compound files (encrypted DOCX, legacy .doc) --------------------- */

int docx_is_ole(const unsigned char *data, size_t size);
/* Records the error that says what the compound file is; returns its status. */
int docx_refuse_ole(mn_job *job, const unsigned char *data, size_t size);

/* ---- ooxml.c: names in the WordprocessingML vocabularies --------------------- */

/* The namespaces of WordprocessingML and of relationships: transitional,
 * then strict, NULL-terminated. */
extern const char *const docx_w_ns[];
extern const char *const docx_r_ns[];
/* Element with this local name in any namespace. */
int docx_local(const xmlNode *n, const char *local);
/* Whether element N is in the WordprocessingML namespace. */
int docx_w_ns_of(const xmlNode *n);
/* Element in the main WordprocessingML namespace (transitional or strict);
 * inline, as it is asked of every node the reader walks. */
static inline int docx_w(const xmlNode *n, const char *local)
{
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, local) == 0 && docx_w_ns_of(n);
}
/* First child element that docx_w(child, local). */
xmlNodePtr docx_wchild(const xmlNode *n, const char *local);
/* A w:-namespaced attribute (or an unprefixed one of that name); owned by the
 * caller (xmlFree), or NULL. */
char *docx_wattr(const xmlNode *n, const char *local);
/* w:val of child LOCAL of n, owned by the caller, or NULL. */
char *docx_wval(const xmlNode *n, const char *local);
/* w:val of child LOCAL as an int; DFLT when absent or not a number. */
int docx_wval_int(const xmlNode *n, const char *local, int dflt);
/* A toggle property (w:b, w:i, …): -1 absent, 0 off, 1 on. */
int docx_toggle(const xmlNode *props, const char *local);
/* An attribute in the relationships namespace (r:id, r:embed). */
char *docx_rattr(const xmlNode *n, const char *local);
/* Which branch of an mc:AlternateContent to read: the first Choice whose
 * requirements are understood, else the Fallback; NULL when neither. */
const xmlNode *docx_alternate(const xmlNode *ac);

/* ---- package.c: relationships and parts ----------------------------------------- */

typedef struct docx_rel {
    char *id;
    char *type;   /* last segment of the type URI: "styles", "hyperlink" */
    char *target; /* a part name for internal targets, as written for external */
    int external;
} docx_rel;

typedef struct docx_rels {
    docx_rel *v;
    size_t n;
} docx_rels;

/* Resolves TARGET against the part SOURCE ("" for the package root) into a
 * part name without a leading slash.  NULL when it leaves the package.
 * Owned by the caller (free). */
char *docx_resolve(const char *source, const char *target);
/* Loads the relationships of part SOURCE ("" for the package's own).
 * Missing relationships give an empty set.  Returns 0 or an error status. */
int docx_rels_load(mn_job *job, docx_zip *z, const char *source, docx_rels *out);
void docx_rels_free(docx_rels *rels);
const docx_rel *docx_rel_by_id(const docx_rels *rels, const char *id);
/* The first internal relationship of TYPE. */
const docx_rel *docx_rel_by_type(const docx_rels *rels, const char *type);
/* Whether a text node under TOP (or TOP itself) is over DOCX_MAX_TEXT. */
int docx_huge_text(const xmlNode *top);
/* Reads and safely parses part NAME.  Returns the tree (owned by the caller)
 * or NULL: *status is 0 when the part is missing, else the error status. */
xmlDocPtr docx_part_xml(mn_job *job, docx_zip *z, const char *name, int *status);
/* The main document part's name (owned by the caller), or NULL with an error. */
char *docx_main_part(mn_job *job, docx_zip *z, const docx_rels *root);

/* ---- styles.c ------------------------------------------------------------------ */

enum docx_style_kind { DOCX_KIND_BODY = 0, DOCX_KIND_TITLE, DOCX_KIND_SUBTITLE };

/* A style's values through its basedOn chain (styles.c works them out). */
typedef struct docx_resolved {
    int outline;
    enum docx_style_kind kind;
    int num_id, ilvl;
    int bold, italic;
} docx_resolved;

typedef struct docx_style {
    char *id, *name, *based_on;
    char type;         /* 'p'aragraph, 'c'haracter, 't'able, 'n'umbering */
    int is_default;
    int outline;       /* pPr/outlineLvl: -1 unset, 0..9 (9 = body text) */
    int num_id, ilvl;  /* pPr/numPr: -1 unset */
    int bold, italic;  /* rPr toggles: -1 unset */
    docx_resolved resolved;
} docx_style;

typedef struct docx_styles docx_styles;

/* Builds the style table from styles.xml (doc may be NULL: an empty table).
 * Owned by the caller (docx_styles_free); NULL only when out of memory. */
docx_styles *docx_styles_new(xmlDocPtr doc);
void docx_styles_free(docx_styles *st);
const docx_style *docx_style_get(const docx_styles *st, const char *id);
/* The default style of TYPE ('p' or 'c'), or NULL. */
const docx_style *docx_style_default(const docx_styles *st, char type);
/* Outline level (0..8) of a paragraph style through its basedOn chain, from
 * outlineLvl or a "heading N" name; -1 when it is body text. */
int docx_style_outline(const docx_styles *st, const docx_style *s);
enum docx_style_kind docx_style_kind(const docx_styles *st, const docx_style *s);
/* numPr through the chain: *num_id -1 when none; *ilvl -1 when unset. */
void docx_style_numpr(const docx_styles *st, const docx_style *s, int *num_id, int *ilvl);
/* A character style's bold/italic through the chain (-1 unset). */
int docx_style_toggle(const docx_styles *st, const docx_style *s, int italic);

/* ---- numbering.c ------------------------------------------------------------------ */

typedef struct docx_numbering docx_numbering;

/* Builds the numbering definitions from numbering.xml (doc may be NULL).
 * Owned by the caller; NULL only when out of memory. */
docx_numbering *docx_numbering_new(xmlDocPtr doc, const docx_styles *st);
void docx_numbering_free(docx_numbering *nb);
/* The level a style is attached to within NUM_ID (lvl/pStyle), or -1. */
int docx_numbering_style_level(const docx_numbering *nb, int num_id, const char *style_id);

typedef struct docx_label {
    char text[96];  /* as shown: "1.", "2.1", "a)", "•"; empty when nothing */
    int bullet;     /* a bullet rather than a number */
} docx_label;

/* Advances the counters for a paragraph numbered (NUM_ID, ILVL), in document
 * order, and writes the label it shows.  Returns 0 when the paragraph is
 * numbered, -1 when NUM_ID names no numbering. */
int docx_numbering_next(docx_numbering *nb, int num_id, int ilvl, docx_label *out);

/* ---- symbols.c ------------------------------------------------------------------- */

/* Maps character CODE of symbol font FONT (Symbol, Wingdings; the code as
 * stored, 0x20..0xFF or U+F020..U+F0FF) to UTF-8 in out (NUL-terminated).
 * Returns 1 when FONT is a symbol font it knows (out may then be empty: a
 * glyph with no text meaning), 0 when FONT is an ordinary font. */
int docx_symbol(const char *font, unsigned code, char out[8]);

/* ---- notes.c: footnotes, endnotes, comments ------------------------------------- */

typedef struct docx_note_ref {
    long id;
    const xmlNode *node;
    int used;
} docx_note_ref;

typedef struct docx_noteset {
    xmlDocPtr doc;
    docx_rels rels;   /* of the notes part: its hyperlinks */
    docx_note_ref *v; /* sorted by id */
    size_t n;
} docx_noteset;

/* ---- the reader ------------------------------------------------------------------- */

enum docx_track { DOCX_TRACK_ACCEPT = 0, DOCX_TRACK_REJECT, DOCX_TRACK_ALL };

#define DOCX_MAX_FIELDS 32

typedef struct docx_field {
    char *instr;     /* instruction text so far (malloc'd) */
    size_t len;
    int result;      /* past the separator: text is the field's result */
    char *href;      /* HYPERLINK target (malloc'd), or NULL */
    int link;        /* href's index in the paragraph being collected, or -1 */
    int hidden;      /* a result the reader drops (page numbers in headers) */
} docx_field;

/* lang.c: where the document's language may come from. */
#define DOCX_LANGS 8
#define DOCX_LANG_TAG 36
typedef struct docx_langs {
    char core[DOCX_LANG_TAG], style[DOCX_LANG_TAG], defaults[DOCX_LANG_TAG], settings[DOCX_LANG_TAG];
    char tag[DOCX_LANGS][DOCX_LANG_TAG]; /* the runs' w:lang, with the text they cover */
    unsigned long chars[DOCX_LANGS];
    size_t n;
    unsigned long total;                 /* text seen, with a w:lang or not */
} docx_langs;

typedef struct docx_reader {
    mn_job *job;
    mn_builder *b;
    docx_zip *zip;
    char *main_part;
    const docx_rels *rels;    /* of the part being read: hyperlink targets */
    docx_rels main_rels;
    docx_styles *styles;
    docx_numbering *numbering;
    docx_noteset footnotes, endnotes, comments;
    enum docx_track track;
    int want_comments;
    unsigned changes;         /* tracked insertions and deletions seen */
    int warned_chunk;         /* altChunk content skipped, said once */
    unsigned para_no;         /* paragraph ordinal, the "line" of diagnostics */
    int in_header;
    int page_field;           /* the paragraph being read shows a page number */
    int note_depth;
    const char *note_prefix;  /* put before the next text emitted (a comment's author) */
    docx_field fields[DOCX_MAX_FIELDS];
    int nfields, field_overflow;
    int status;               /* first error (out of memory) while walking */
    docx_langs langs;
    const xmlNode *skip_para; /* a paragraph already used (the letterhead's organisation) */
    int organisation;         /* the organisation property was given */
    char opening[400];        /* the body's first lines, to tell a running head (header.c) */
    int opening_paras;
    int body_blocks;          /* blocks emitted at the top of the body so far */
    int last_heading;         /* level of the last heading emitted, 0 before any */
} docx_reader;

/* ---- lang.c ------------------------------------------------------------------------ */

/* Counts CHARS of visible text in language TAG (a run's w:lang, or NULL). */
void docx_lang_count(docx_reader *r, const char *tag, size_t chars);
/* The default paragraph style's and the document defaults' w:lang. */
void docx_lang_styles(docx_reader *r, xmlDocPtr styles);
/* settings.xml's w:themeFontLang.  Returns 0 or an error status. */
int docx_lang_settings(docx_reader *r);
/* Hands the builder `lang` (and `lang-source`) once the text has been read. */
int docx_lang_emit(docx_reader *r);
/* Whether a content control (w:sdt) still shows its placeholder prompt. */
int docx_placeholder(const xmlNode *sdt);

/* One paragraph's content, collected before it is classified and emitted. */
enum docx_seg_kind { DOCX_SEG_TEXT, DOCX_SEG_BREAK, DOCX_SEG_NOTE };
#define DOCX_STRONG 1u
#define DOCX_EM 2u

typedef struct docx_seg {
    enum docx_seg_kind kind;
    unsigned fmt;       /* DOCX_STRONG | DOCX_EM */
    int link;           /* index in links, or -1 */
    char *text;         /* TEXT: malloc'd */
    size_t len, tcap;
    const xmlNode *note; /* NOTE: the w:footnote/w:endnote/w:comment element */
    char *note_prefix;  /* NOTE: text put before the note's content, or NULL */
} docx_seg;

typedef struct docx_para {
    docx_seg *segs;
    size_t n, cap;
    char **links;
    size_t nlinks, lcap;
    const xmlNode **boxes;  /* text boxes (w:txbxContent) anchored here */
    size_t nboxes, bcap;
    int lead_glyph;         /* its first visible character is a Symbol/Wingdings glyph */
    int group_row;          /* kept with TAB rows as a possible group label (tabrun.c) */
    const char *hint;       /* its style hint, kept with it (the style table's) */
} docx_para;

void docx_para_free(docx_para *p);
/* Appending to a paragraph; each returns 0 or -1 when out of memory. */
int docx_para_text(docx_para *p, const char *text, size_t len, unsigned fmt, int link);
int docx_para_break(docx_para *p, unsigned fmt, int link);
int docx_para_note(docx_para *p, const xmlNode *note, const char *prefix, unsigned fmt, int link);
int docx_para_box(docx_para *p, const xmlNode *box);
/* The index of link HREF in p (added when new), or -1 when out of memory. */
int docx_para_link(docx_para *p, const char *href);
/* Collects paragraph W_P's runs (text, breaks, links, notes, text boxes) into
 * out, honouring tracked changes and fields.  Returns 0 or an error status. */
int docx_collect(docx_reader *r, const xmlNode *w_p, docx_para *out);
/* Whether the visible text has a character other than white space. */
int docx_para_has_text(const docx_para *p);
/* Whether the visible text holds a TAB after some other text. */
int docx_para_has_tab(const docx_para *p);
/* Drops spaces next to TABs: each cell of a tab row is trimmed. */
void docx_para_trim_cells(docx_para *p);
/* Puts "→ " before the paragraph's text (arrow bullets are action lines). */
int docx_para_prefix(docx_para *p, const char *text);

/* A place in a paragraph's segments: segment SEG, byte OFF of its text. */
typedef struct docx_pos {
    size_t seg, off;
} docx_pos;

/* The end of the paragraph. */
docx_pos docx_para_end(const docx_para *p);
/* POS moved past spaces and TABs. */
docx_pos docx_para_skip_blank(const docx_para *p, docx_pos pos);
/* The first TAB after visible text on the paragraph's first line: *tab at
 * it, *after past it and the blanks that follow.  0 when there is none. */
int docx_para_tab_cut(const docx_para *p, docx_pos *tab, docx_pos *after);
/* The visible text from FROM (blanks skipped) up to TO into buf (at most
 * MAX-1 bytes, NUL-terminated, trailing blanks trimmed; a break is '\n').
 * Returns its length. */
size_t docx_para_copy(const docx_para *p, docx_pos from, docx_pos to, char *buf, size_t max);
/* Moves what is at and after AT into TAIL (zeroed first; links are copied,
 * text boxes stay in p).  Returns 0 or -1 when out of memory (TAIL is then
 * to be freed). */
int docx_para_split(docx_para *p, docx_pos at, docx_para *tail);
/* Drops what is before AT.  Returns 0 or -1 when out of memory. */
int docx_para_drop_head(docx_para *p, docx_pos at);
/* Runs of TABs become one TAB (a typist's alignment). */
int docx_para_squeeze_tabs(docx_para *p);
/* Each TAB becomes SEP.  Returns 0 or -1 when out of memory. */
int docx_para_replace_tabs(docx_para *p, const char *sep);

/* ---- marks.c: structure typed by hand ------------------------------------------- */

/* The code point at S (N bytes left) and its length in *len (1 for bytes
 * that are not UTF-8: U+FFFD). */
unsigned docx_utf8_next(const char *s, size_t n, size_t *len);
/* The length of a field label starting S, through its colon: one to five
 * words of letters, then ':' (or " :", or ":-"), then a blank or the end.
 * 0 when there is none.  UPPER: the first letter must be a capital. */
size_t docx_field_label(const char *s, size_t n, int upper);
/* Whether S (N bytes, the whole first cell of a line) is a number typed by
 * hand: "1.", "2)", "2.1", "(a)", "a)", "B.", "IV."; *depth is its level
 * (2.1 is 2; a lower-case letter with a parenthesis is 2). */
int docx_number_label(const char *s, size_t n, int *depth);
/* Arrows typed to mark an action line (→ ⇒ ⇨ ➔ ➢ ► ☞ …). */
int docx_arrow_cp(unsigned cp);
/* Characters typed as bullets (• · ▪ ● ○ – - * o). */
int docx_bullet_cp(unsigned cp);

/* ---- fields.c ------------------------------------------------------------------ */

/* The target of a HYPERLINK instruction ("url", \l "anchor") as an href
 * (owned by the caller), or NULL for any other field. */
char *docx_hyperlink_target(const char *instr);
/* PAGE, NUMPAGES, SECTIONPAGES. */
int docx_is_page_field(const char *instr);
/* The complex-field stack: fldChar begin, separate (P is the paragraph the
 * result starts in), end, and instruction text. */
void docx_field_begin(docx_reader *r);
void docx_field_separate(docx_reader *r, docx_para *p);
void docx_field_end(docx_reader *r);
void docx_field_instr(docx_reader *r, const char *text);
/* Whether run text shows: no field's instruction is being read and no
 * dropped result is open. */
int docx_fields_show(const docx_reader *r);
/* The innermost open hyperlink field's link index in the paragraph, or -1. */
int docx_fields_link(const docx_reader *r);
/* Gives open hyperlink fields their link in a new paragraph P; -1 on OOM. */
int docx_fields_relink(docx_reader *r, docx_para *p);
void docx_fields_free(docx_reader *r);

/* Emits the paragraph's inline content into whatever is open.  With CELLS,
 * each TAB closes the open cell and opens the next one. */
int docx_emit_inlines(docx_reader *r, const docx_para *p, int cells);
/* The same for segments [FROM, TO) of p (a line between breaks). */
int docx_emit_range(docx_reader *r, const docx_para *p, size_t from, size_t to, int cells);
/* Emits a NOTE segment: a note holding the footnote's (…) block content. */
int docx_emit_note(docx_reader *r, const docx_seg *seg);

/* Loads the notes part of relationship TYPE ("footnotes", "endnotes",
 * "comments") whose entries are elements LOCAL.  A missing part is an empty
 * set.  Returns 0 or an error status. */
int docx_notes_load(docx_reader *r, const char *type, const char *local, docx_noteset *out);
void docx_notes_free(docx_noteset *s);
/* The note with ID, the first time it is asked for; NULL afterwards (a note
 * is shown once, however often it is referenced) or when there is none. */
const xmlNode *docx_note_take(docx_noteset *s, long id);

/* Where blocks are: the body (headings and tab rows allowed) or inside an
 * item, cell, note or text box. */
enum docx_where { DOCX_BODY = 0, DOCX_FLOW };

#define DOCX_LIST_DEPTH 9

/* The state of a run of blocks: open lists and tab rows not yet emitted. */
typedef struct docx_ctx {
    docx_reader *r;
    enum docx_where where;
    int lvl[DOCX_LIST_DEPTH]; /* ilvl of each open list, outermost first */
    int depth;
    docx_para *rows;          /* tab rows waiting to become a table */
    size_t nrows, rcap;
    size_t held;              /* text boxes ever put in rows: they point into their paragraph */
} docx_ctx;

/* Notes that a block was emitted: the top of the body is no longer empty
 * (a title table is only looked for there), and a heading's level. */
static inline void docx_emitted(docx_ctx *c, mn_node_type type, const mn_node_attrs *a)
{
    if (c->where == DOCX_BODY && !c->r->in_header)
        c->r->body_blocks++;
    if (type == MN_NODE_HEADING && a)
        c->r->last_heading = a->level;
}

/* Walks the block content of CONTAINER (w:body, w:tc, w:footnote, …). */
int docx_blocks(docx_reader *r, const xmlNode *container, enum docx_where where);
/* The same, one block at a time (the streamed body): begin, docx_block for
 * each child in order, end (which emits what is pending).  A block whose
 * call raised c->held must outlive the call until the end. */
void docx_blocks_begin(docx_ctx *c, docx_reader *r, enum docx_where where);
int docx_block(docx_ctx *c, const xmlNode *n);
int docx_blocks_end(docx_ctx *c);
/* Elements whose children are blocks in their place (w:sdt, w:ins, …). */
int docx_block_wrapper(const xmlNode *n);
/* Lists: close all open ones; open an item at ILVL (a list opened or
 * continued as the level says). */
int docx_close_lists(docx_ctx *c);
/* mn_builder_open, plus the builder role of a Title or Subtitle hint. */
int docx_open_block(mn_builder *b, mn_node_type type, const mn_node_attrs *a);
int docx_open_item(docx_ctx *c, int ilvl, const docx_label *label, const char *style);
/* The text boxes anchored in P, as blocks of their own. */
int docx_boxes(docx_ctx *c, const docx_para *p);

/* A Word table as a grid (blocks.c): cells in row order, merges resolved. */
typedef struct docx_cell {
    const xmlNode *tc;
    long col, span;
    int merge;      /* 0 none, 1 restart, 2 continue */
    int rowspan;
    int skip;       /* continues a merge from above */
    size_t origin;  /* for skipped cells: index of the merge's first cell */
} docx_cell;

typedef struct docx_grid {
    docx_cell *cells;
    size_t n, cap;
    size_t *row_start; /* first cell of each row; row_start[nrows] = n */
    size_t nrows, rcap;
} docx_grid;


/* ---- peek.c: a cell's text, read without side effects ------------------------------ */

typedef struct docx_peek {
    char text[640];  /* paragraphs joined by '\n', breaks '\n', TABs kept; trimmed */
    size_t len;
    int any;         /* some visible text */
    int plain;       /* some of it is not bold */
    int paras;       /* paragraphs with text */
    int complex;     /* holds a table or other blocks that are not paragraphs */
    int cut;         /* text was longer than the buffer */
} docx_peek;

void docx_peek_cell(const docx_reader *r, const xmlNode *tc, docx_peek *pk);
/* The same for one paragraph. */
void docx_peek_para(const docx_reader *r, const xmlNode *p, docx_peek *pk);

/* ---- layout.c: tables that are layout, not data -------------------------------------- */

/* Emits TBL (whose grid is G) as what it lays out, when it is a layout
 * table: fields, a title block, an agenda item.  *handled 0: it is data
 * (nothing emitted).  Returns 0 or an error status. */
int docx_layout_table(docx_ctx *c, const xmlNode *tbl, const docx_grid *g, int *handled);
/* The non-empty paragraphs of a cell (through content controls and tracked
 * changes), collected as the body's are (numbering moves on).  *out is
 * malloc'd, each to be freed (docx_paras_free). */
int docx_cell_paras(docx_ctx *c, const xmlNode *tc, docx_para **out, size_t *n);
void docx_paras_free(docx_para *v, size_t n);

/* ---- tabrun.c: paragraphs with TABs ------------------------------------------------- */

/* Bold name lines held at the very top of the body, over the document's
 * Title paragraph: the first, when it reads as a name, is the organisation
 * (a letterhead typed in the body).  Returns 0 or an error status. */
int docx_rows_letterhead(docx_ctx *c);

/* Keeps a body paragraph that holds a TAB after text (it owns P's content
 * afterwards) until the run of them ends. */
int docx_rows_add(docx_ctx *c, docx_para *p);
/* Whether P, a plain body paragraph, may label a group of TAB rows: a short
 * bold line ("PSG Vice-Chairs" over Surname⇥Given rows, typed without the
 * TAB that would make it a role row). */
int docx_group_label(const docx_para *p);
/* Keeps such a paragraph (HINT its style hint) with the run: it joins a table
 * of rows that follows it, else it is emitted as a paragraph. */
int docx_rows_hold(docx_ctx *c, docx_para *p, const char *hint);
/* Emits the run kept so far: tables from consecutive rows, lines, fields,
 * hand-numbered headings and items, action lines. */
int docx_rows_flush(docx_ctx *c);
/* A paragraph led by a symbol-font glyph with no text meaning, then a TAB:
 * an action line.  Returns 1 when P was emitted so, 0 when it is not one,
 * or an error status. */
int docx_glyph_line(docx_ctx *c, docx_para *p);

/* ---- stream.c: the main part as a stream --------------------------------------- */

/* What the parser said last, kept as mn_xml_parse_safe reports it. */
typedef struct docx_xerr {
    struct _xmlParserCtxt *ctxt; /* the parser's context, from its errors */
    char msg[200];
    unsigned line;
} docx_xerr;

void docx_xerr_note(docx_xerr *x, const struct _xmlError *e);
/* Records "NAME: malformed XML: …" unless an error is recorded already
 * (inflating fails the parse too); returns the job's status. */
int docx_xerr_fail(mn_job *job, const char *name, const docx_xerr *x);
/* The external-entity loader while the main part is parsed: refuses all. */
struct _xmlParserInput *docx_no_entity(const char *url, const char *id, struct _xmlParserCtxt *ctxt);

typedef struct docx_stream docx_stream;

/* Opens the main part (AGAIN as for docx_zfile_open) and reads up to its
 * w:body.  Returns 0 with *out (docx_stream_close), or an error status:
 * malformed XML, a DOCTYPE, no w:document/w:body. */
int docx_stream_open(docx_reader *r, int again, docx_stream **out);
/* The next block of the body, expanded (its whole subtree parsed): a child
 * of w:body that is a w:p or w:sectPr, or with FLATTEN any child element,
 * looking through docx_block_wrapper elements.  *block is NULL after the
 * last one.  A block lives until the next call unless kept.  Returns 0 or an
 * error status. */
int docx_stream_next(docx_stream *s, int flatten, const xmlNode **block);
/* The depth of the last block: 2 for a child of w:body. */
int docx_stream_depth(const docx_stream *s);
/* Keeps the last block until the stream is closed. */
void docx_stream_keep(docx_stream *s);
/* Reads what follows the body to the end: errors there fail the part too. */
int docx_stream_finish(docx_stream *s);
void docx_stream_close(docx_stream *s);

/* ---- xmlscan.c: the first levels of a UTF-8 XML part, from its bytes --------- */

typedef struct docx_xattr {
    const char *local, *uri, *value; /* uri NULL: no namespace; value unescaped */
} docx_xattr;
typedef struct docx_xscan docx_xscan;

/* What an event answers: stop the scan; (start) report this element's
 * children, up to the depth limit; (end) report no more of the parent's
 * children.  A start event may answer -1 to give up. */
#define DOCX_XSTOP 1
#define DOCX_XENTER 2
#define DOCX_XLEAVE 4
/* Events for the root (depth 0) and the children of entered elements. */
typedef int (*docx_xstart)(void *ctx, int depth, const char *local, const char *uri);
typedef int (*docx_xend)(void *ctx, int depth);

docx_xscan *docx_xscan_new(int max_depth, docx_xstart on_start, docx_xend on_end, void *ctx);
/* During a start event: the element's attributes other than namespace
 * declarations, in *out (valid during the event); their count, or -1. */
int docx_xscan_attrs(docx_xscan *x, const docx_xattr **out);
/* The next bytes: 0 to go on, 1 when a callback stopped, -1 when it gives up
 * (what it cannot read, or out of memory). */
int docx_xscan_feed(docx_xscan *x, const unsigned char *p, size_t n);
void docx_xscan_free(docx_xscan *x);

/* ---- firstsect.c: the first section's header, from the bytes --------------- */

typedef struct docx_fsect docx_fsect;

docx_fsect *docx_fsect_new(const docx_rels *rels); /* NULL when out of memory */
/* 0 to go on, 1 once answered, -1 when the bytes cannot tell. */
int docx_fsect_feed(docx_fsect *f, const unsigned char *p, size_t n);
/* Whether it answered; *out is docx_first_header's answer, or NULL. */
int docx_fsect_answer(const docx_fsect *f, const docx_rel **out);
void docx_fsect_free(docx_fsect *f);

/* body.c: the main part — first-page header, then the body streamed. */
int docx_body(docx_reader *r, const docx_rels *root);

/* docProps/core.xml as fallback properties.  Returns 0 or an error status. */
int docx_core_props(docx_reader *r, const docx_rels *root);
/* The section properties a body child carries: itself (w:sectPr) or a
 * paragraph's pPr/sectPr; NULL otherwise. */
const xmlNode *docx_block_sect(const xmlNode *n);
/* The first-page header of a section (w:titlePg and a "first" header
 * reference), or NULL. */
const docx_rel *docx_first_header(const docx_reader *r, const xmlNode *sect);
/* The header part's paragraphs, before the body.  Returns a status. */
int docx_header(docx_reader *r, const docx_rel *rel);
/* The default header a section's properties name, or NULL. */
const docx_rel *docx_default_header(const docx_reader *r, const xmlNode *sect);
/* Whether T (N bytes) reads as an organisation's name: a few capitalised
 * words, no digits, no closing punctuation but an abbreviation's, none of
 * the words that name the document ("Minutes", "Agenda"). */
int docx_org_name(const char *t, size_t n);
/* The letterhead's organisation under ROOT (a header part), as the
 * `organisation` property; its paragraph goes to r->skip_para. */
int docx_letterhead(docx_reader *r, const xmlNode *root);
/* The same from a header part that is not otherwise read. */
int docx_header_org(docx_reader *r, const docx_rel *rel);
/* Keeps the text of the body's first paragraphs (DOCX_OPENING_PARAS). */
#define DOCX_OPENING_PARAS 3
#define DOCX_OPENING_LINE 160
void docx_note_opening(docx_reader *r, const docx_para *p);
void docx_note_opening_text(docx_reader *r, const char *text);

/* Reads a whole DOCX held in memory into builder b (plugin entry point and
 * unit tests).  Returns a status. */
int docx_read_memory(mn_job *job, const unsigned char *data, size_t size, mn_builder *b);

#endif
