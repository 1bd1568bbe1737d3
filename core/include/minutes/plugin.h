/* SPDX-License-Identifier: MIT */
/* plugin.h — the minutes plugin SDK.
 *
 * A plugin is a shared module exporting one symbol, MN_PLUGIN_SYMBOL, that
 * points to a const mn_plugin descriptor.  The core checks abi and size before
 * it touches anything else.  Fields are only ever appended; a plugin built
 * against an older header has a smaller size and the core reads no further.
 *
 * Build one out of tree with:
 *   cc -shared -fPIC $(pkg-config --cflags minutes) my.c -o mn-my.so \
 *      $(pkg-config --libs minutes)
 * and load it with `minutes --plugin-dir DIR`.  Module files are named
 * mn-NAME.so, or better mn-r-NAME.so (reads), mn-w-NAME.so (writes),
 * mn-rw-NAME.so (both): then an output plugin is found by name without
 * loading the others, and probing never maps a writer's libraries.
 */
#ifndef MINUTES_PLUGIN_H
#define MINUTES_PLUGIN_H

#include <stddef.h>
#include "minutes.h"
#include "doc.h"

#ifdef __cplusplus
extern "C" {
#endif

#define MN_PLUGIN_ABI 1
#define MN_PLUGIN_SYMBOL "mn_plugin_descriptor"
#define MN_PLUGIN_PREFIX "mn-"

/* Capabilities. */
#define MN_CAN_READ 1u
#define MN_CAN_WRITE 2u

/* Probe scores, as FFmpeg's: 0 is "not mine", 100 is certain. */
#define MN_PROBE_NONE 0
#define MN_PROBE_FALLBACK 1
#define MN_PROBE_EXTENSION 50
#define MN_PROBE_MEDIA_TYPE 75
#define MN_PROBE_MAX 100

/* What a probe sees.  Pure: no I/O, no allocation.  Everything it points
 * to is the core's and lives only during the probe call: a plugin keeps no
 * pointer into it (read gets the whole input again, as mn_input). */
typedef struct mn_probe {
    const unsigned char *data; /* the first bytes of the input (up to 64 KiB) */
    size_t size;
    const char *filename;      /* may be NULL (stdin) */
    const char *media_type;    /* may be NULL */
} mn_probe;

/* An option a plugin accepts as --name=value (arg NULL: a flag, value "1"). */
typedef struct mn_option {
    const char *name;
    const char *arg;  /* e.g. "accept|reject|all", or NULL for a flag */
    const char *help;
} mn_option;

typedef struct mn_input mn_input;
typedef struct mn_output mn_output;
typedef struct mn_builder mn_builder;

struct mn_plugin {
    unsigned abi;          /* MN_PLUGIN_ABI, checked first */
    unsigned size;         /* sizeof(mn_plugin) */
    const char *name;      /* "docx", "pdf": unique */
    const char *version;
    const char *description;
    const char *extensions;  /* space separated, no dots: "docx docm" */
    const char *media_types; /* space separated */
    unsigned caps;           /* MN_CAN_READ | MN_CAN_WRITE */
    /* Was state_size: per-job state the core allocated.  Each callback is
     * called once per job (read, or write, or write_collection), so a
     * plugin's per-job state is the locals of that call; the core gives
     * none and refuses a descriptor that asks for it.  Must be 0. */
    size_t unused_state_size;
    /* The callbacks.  A reader has probe and read, a writer write; the
     * core refuses a descriptor whose caps promise one it lacks.
     * Errors, one rule for all: read, write and write_collection return 0
     * or an MN_EX_* status, and a non-zero return carries its message on
     * the job (mn_job_error; libarchive keeps it on the handle the same
     * way).  An error recorded while returning 0 fails the call all the
     * same, and a failure with no message gets one naming the plugin.
     * Warnings (mn_job_warning) never fail a call. */
    int (*probe)(const mn_probe *p);
    int (*read)(mn_job *job, mn_input *in, mn_builder *b);
    int (*write)(mn_job *job, const mn_doc *doc, mn_output *out);
    const mn_option *options; /* terminated by a {NULL} entry; may be NULL */
    /* One-time set-up the plugin would otherwise do in its first job (fonts,
     * zone tables), or NULL.  Idempotent; the plugin may call it itself.  A
     * batch calls it through mn_context_prepare() before forking, so that the
     * work is done once and every child inherits it.  Must leave no thread
     * running (fork copies only the caller).  Returns 0 or an MN_EX_* status;
     * a failure is not fatal here: the job reports it when it happens. */
    int (*prepare)(void);
    /* Writes the N documents DOCS together into one output (a batch index,
     * a merged calendar), in the order given; STEMS[i] is the name without
     * extension that the batch gave DOCS[i]'s own outputs in the same
     * directory ("igf-mag-xii"), for links.  NULL when the plugin writes
     * one document at a time only.  Options and diagnostics are the job's,
     * a job of its own that reads no input.  Returns 0 or an MN_EX_*
     * status.  Takes the place of a reserved slot: the descriptor's size
     * is unchanged, and older plugins have NULL here. */
    int (*write_collection)(mn_job *job, const mn_doc *const *docs, const char *const *stems,
                            size_t n, mn_output *out);
    /* The signatures a reader's inputs begin with, NULL-terminated
     * ("PK\x03\x04" for a zip package), or NULL for none: a reader whose
     * probe judges content (plain text, Markdown) declares none.  Listing
     * them is a promise: the probe returns MN_PROBE_NONE for an input that
     * comes with no media type, whose file name has none of the extensions
     * above, and that begins with none of these, either at its first byte
     * or after a UTF-8 byte-order mark and white space (space, tab, CR,
     * LF).  The core then rules the reader out without loading its module,
     * from the plugin cache (`minutes plugins --write-cache DIR`, see
     * docs/INTERNALS.md §6), so that reading a .md file never maps the
     * DOCX reader's libzip.  Takes the place of a reserved slot: the
     * descriptor's size is unchanged, and older plugins have NULL here. */
    const char *const *magic;
    void *reserved[1];        /* room to grow without breaking old plugins */
};

#if defined(__GNUC__)
#define MN_PLUGIN_EXPORT(desc)                                                \
    __attribute__((visibility("default"))) const mn_plugin *const             \
        mn_plugin_descriptor = &(desc)
#else
#define MN_PLUGIN_EXPORT(desc) const mn_plugin *const mn_plugin_descriptor = &(desc)
#endif

/* ---- Job services for plugins ------------------------------------------------ */

/* mn_job_warning / mn_job_error / mn_job_option are in minutes.h.  mn_job_error
 * returns its status so a reader can `return mn_job_error(job, MN_EX_DATAERR,
 * 0, "...")`. */

/* ---- Input ---------------------------------------------------------------------- */

/* The whole input, in memory.  Borrowed; lives as long as the job. */
MN_API const unsigned char *mn_input_data(const mn_input *in, size_t *size);
/* The input's file name as given ("<stdin>" for stdin).  Borrowed; lives as
 * long as the job. */
MN_API const char *mn_input_name(const mn_input *in);

/* ---- Output ---------------------------------------------------------------------- */

/* Writes bytes to the output.  Returns 0, or MN_EX_IOERR (the error is also
 * recorded on the job, so a writer may simply return it). */
MN_API int mn_output_write(mn_output *out, const void *data, size_t size);
MN_API int mn_output_printf(mn_output *out, const char *fmt, ...) MN_PRINTF(2, 3);

/* ---- Builder: how an input plugin describes a document ------------------------ */

/* Node types.  Blocks: HEADING, PARA, LIST, ITEM, TABLE, ROW, CELL, NOTE.
 * Inlines: EM, STRONG, LINK.  Headings and paragraphs hold inlines.  Items,
 * cells and notes hold inlines directly plus nested blocks: a PARA opened in
 * them is transparent (a second paragraph in the same container is separated
 * by a line break).  The builder forgives: text at the top level opens a
 * paragraph, a block opened inside a paragraph closes it first, nodes left
 * open are closed at the end.  See docs/INTERNALS.md for the tree it makes. */
typedef enum mn_node_type {
    MN_NODE_HEADING = 1,
    MN_NODE_PARA,
    MN_NODE_LIST,
    MN_NODE_ITEM,
    MN_NODE_TABLE,
    MN_NODE_ROW,
    MN_NODE_CELL,
    MN_NODE_NOTE,
    MN_NODE_EM,
    MN_NODE_STRONG,
    MN_NODE_LINK
} mn_node_type;

/* Details of an opened node; unused fields are 0/NULL.  Strings are copied. */
typedef struct mn_node_attrs {
    int level;          /* HEADING: 1.. (outline level) */
    const char *label;  /* HEADING, ITEM: the number as shown ("2.1", "a)", "•") */
    int ordered;        /* LIST: 1 for numbered lists */
    const char *href;   /* LINK */
    int colspan;        /* CELL: 0 or 1 is one column */
    int rowspan;        /* CELL */
    const char *style;  /* any block: the source's style name, as a hint */
} mn_node_attrs;

/* What a block is for, when the source says it in its own vocabulary
 * (Word's "Title" and "Subtitle" paragraph styles): the reader translates,
 * the passes read the role and never another format's style names. */
typedef enum mn_block_role {
    MN_BLOCK_ROLE_NONE = 0,
    MN_BLOCK_ROLE_TITLE,    /* the document's title: meta/title */
    MN_BLOCK_ROLE_SUBTITLE  /* the line under it: meta/subtitle */
} mn_block_role;

/* Opens a node; attrs may be NULL.  Returns 0 or an MN_EX_* status. */
MN_API int mn_builder_open(mn_builder *b, mn_node_type type, const mn_node_attrs *attrs);
/* Closes the innermost open node of TYPE (and any left open inside it). */
MN_API int mn_builder_close(mn_builder *b, mn_node_type type);
/* Appends text (UTF-8, LEN bytes; TAB kept).  Invalid UTF-8 and C0 controls
 * other than TAB/LF/CR are replaced (U+FFFD) or dropped, with one warning. */
MN_API int mn_builder_text(mn_builder *b, const char *text, size_t len);
/* Gives the innermost open block ROLE (a function rather than a field of
 * mn_node_attrs, which carries no size: a reader built before roles passes
 * the smaller struct).  Only a PARA or HEADING with an element of its own
 * takes a role (one opened inside an item, cell or note does not, nor
 * one opened past the nesting limit); elsewhere, and for a role this core
 * does not know (a reader built against a newer header), it is a hint
 * dropped: returns 0.  Never fails but for no memory (MN_EX_SOFTWARE). */
MN_API int mn_builder_role(mn_builder *b, mn_block_role role);
/* A line break inside a paragraph or heading. */
MN_API int mn_builder_break(mn_builder *b);
/* Source line of what follows, for diagnostics. */
MN_API void mn_builder_set_line(mn_builder *b, unsigned line);

/* Document properties, used by the front-matter pass before what it infers
 * from the text.  Keys: title, subtitle, date (YYYY-MM-DD or as written),
 * time (as written, "11:00", "10:00-12:30"), timezone, location, chair,
 * scribe, participant (repeatable; "Name", "Name (Role)"), regrets
 * (repeatable), creator, created (ISO 8601), url, lang (a BCP 47 tag as the
 * source declares it, "en-GB": the canonical xml:lang, and the order of
 * numeric dates), lang-source (where lang came from: "dc:language", "runs",
 * "style", "defaults", "settings"; only the first two are the writer's own,
 * templates default to en-US), organisation (a letterhead's name: meta/
 * organisation).  Later values of a non-repeatable key replace earlier ones;
 * front matter a user wrote should be set with `authoritative` 1, metadata
 * like docProps with 0 (used only when the text gives nothing). */
MN_API int mn_builder_property(mn_builder *b, const char *key, const char *value,
                               int authoritative);

/* For the canonical-XML reader: hands over a whole canonical document
 * (a struct _xmlDoc *, ownership passes to the core).  The analysis passes
 * are skipped; the document is still validated. */
MN_API int mn_builder_adopt_canonical(mn_builder *b, struct _xmlDoc *doc);

/* ---- Text ------------------------------------------------------------------------------- */

/* Writes code point CP as UTF-8 into OUT (room for 4 bytes) and returns the
 * number of bytes.  What UTF-8 cannot carry or the canonical document must
 * not hold (NUL, surrogates, past U+10FFFF) becomes U+FFFD. */
MN_API size_t mn_utf8_encode(unsigned long cp, char *out);

/* ---- Number labels -------------------------------------------------------------------- */

/* The number label that starts a heading, a list line or an outline
 * paragraph.  Readers and passes share this one parser (issue 20). */
enum mn_label_kind {
    MN_LABEL_NONE = 0,
    MN_LABEL_ARABIC,      /* 1.  2.1  2.1.  Item 3: */
    MN_LABEL_PAREN,       /* 1)  2.1)  (1) */
    MN_LABEL_ROMAN,       /* IV.  IV)  (IV) */
    MN_LABEL_UPPER,       /* A.  B) */
    MN_LABEL_LOWER,       /* a.  b)  (c) */
    MN_LABEL_LOWER_ROMAN, /* iv.  (ii): only with MN_LABEL_ROMAN_LOWER */
    MN_LABEL_KINDS
};

#define MN_LABEL_MAX_DEPTH 6

typedef struct mn_label {
    enum mn_label_kind kind;
    int also_letter;               /* a one-letter numeral ("I.", "L.", "i)"): maybe a letter */
    int depth;                     /* components: "2.1" is 2 */
    int value[MN_LABEL_MAX_DEPTH]; /* each component; letters count from 1 (a = 1) */
    char open;                     /* '(' for "(a)", else 0 */
    char close;                    /* '.', ')' or ':' as written; 0 for "2.1 Budget" */
    size_t len;                    /* bytes of the label as written ("2.1." 4, "(a)" 3) */
    size_t skip;                   /* bytes up to the text after it */
    char n[24];                    /* the number alone: "2.1", "IV", "a", "3" for "Item 3:" */
} mn_label;

/* Shapes a caller accepts beyond the common ones ("1.", "2.1.", "1)", "IV.",
 * "A.", "b)"). */
#define MN_LABEL_BARE 1u        /* a dotted number without closing mark: "2.1 Budget" */
#define MN_LABEL_ENCLOSED 2u    /* in parentheses: "(a)", "(3)", "(iv)" */
#define MN_LABEL_ROMAN_LOWER 4u /* lower-case roman numerals: "iv.", "xii)" */
#define MN_LABEL_ITEM 8u        /* "Item 3:", "Item 3.", "Item 3 Budget" */

/* Recognises a label at the start of S (LEN bytes; need not be
 * NUL-terminated) that white space and more text follow.  Numbers have at
 * most three digits per component ("2025 Review" is a year) and six
 * components; roman numerals are canonical, in one case, up to LIX ("Mr.",
 * "IIII." and "CV." are not labels).  Returns 1 and fills *L, or 0 and
 * zeroes it. */
MN_API int mn_label_parse(const char *s, size_t len, unsigned flags, mn_label *l);

/* ---- Safe XML for plugins ------------------------------------------------------------ */

/* Parses XML from memory with no DTD loading, no entity substitution, no
 * network, an external-entity loader that refuses everything, and libxml2's
 * default size limits; a document with a DOCTYPE is refused.  Returns a new
 * struct _xmlDoc * owned by the caller (xmlFreeDoc), or NULL with an error
 * recorded on job (status MN_EX_DATAERR) naming WHAT. */
MN_API struct _xmlDoc *mn_xml_parse_safe(mn_job *job, const char *what,
                                         const void *data, size_t size);

#ifdef __cplusplus
}
#endif
#endif
