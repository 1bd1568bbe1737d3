/* SPDX-License-Identifier: MIT */
/* md.h — the Markdown reader's internal interface, shared by its files and
 * its unit tests (tests/markdown/). */
#ifndef MN_MD_H
#define MN_MD_H

#include <stddef.h>
#include <stdint.h>

#include "minutes/plugin.h"

/* Deepest list nesting handed to the builder; deeper lists are flattened
 * into the deepest item, with one warning. */
#define MN_MD_MAX_LIST_DEPTH 12
/* Deepest inline nesting (emphasis, links) handed to the builder; deeper
 * spans keep their text but lose their markup. */
#define MN_MD_MAX_SPAN_DEPTH 16

/* What the descriptor declares and the probe recognises (space separated). */
#define MN_MD_EXTENSIONS "md markdown mdown mkd mkdn"
#define MN_MD_MEDIA_TYPES "text/markdown text/x-markdown"

/* ---- md_source.c: the bytes md4c sees ------------------------------------ */

/* The input as UTF-8 without BOM.  A UTF-16 input (with BOM) is converted.
 * data points either into the caller's input or into owned (freed by
 * mn_md_source_free). */
typedef struct mn_md_source {
    const char *data;
    size_t size;
    char *owned;
    size_t *line_starts; /* offset of each line's first byte */
    size_t nlines;
} mn_md_source;

/* Fills src from the input bytes.  Returns 0 or an MN_EX_* status (recorded
 * on job). */
int mn_md_source_init(mn_md_source *src, mn_job *job, const unsigned char *data, size_t size);
void mn_md_source_free(mn_md_source *src);
/* The 1-based line of the byte at OFFSET. */
unsigned mn_md_source_line(const mn_md_source *src, size_t offset);

/* ---- md_frontmatter.c ------------------------------------------------------- */

/* When src begins with a `---` front-matter block, hands its keys to the
 * builder as authoritative properties and sets *end to the offset of the
 * first byte after the block (0 when there is none).  Lines it cannot read
 * are warnings.  Returns 0 or an MN_EX_* status (recorded on job). */
int mn_md_front_matter(const mn_md_source *src, mn_job *job, mn_builder *b, size_t *end);

/* ---- md_kramdown.c ------------------------------------------------------------- */

/* Blanks out of src, from offset START, the attribute lists kramdown and
 * Pandoc generators add (`{: .no_toc}` lines, `{:toc}` and its one-item
 * list, `## Title {#id}`), with spaces so that offsets and lines stay; makes
 * src->data an owned copy on the first change.  Fenced and indented code is
 * left alone.  Returns 0 or an MN_EX_* status (recorded on job). */
int mn_md_kramdown(mn_md_source *src, size_t start, mn_job *job);

/* ---- md_text.c: small text recognisers ---------------------------------------- */

/* Length of a heading's leading number as written ("1.", "2.1", "IV.", "b)")
 * when TEXT starts with one followed by white space and more text, else 0. */
size_t mn_md_heading_label(const char *text, size_t len);
/* Whether the line starting at TEXT (LEN bytes to the end of the input) reads
 * as a field line ("**Date:** …", "ACTION: …", "Present: …") or an arrow
 * line ("→ …", "-> …"): scribe-style lines a paragraph is split before. */
int mn_md_is_field_line(const char *text, size_t len);
/* Writes code point C as UTF-8 to OUT (at least 4 bytes); NUL, surrogates
 * and values past U+10FFFF become U+FFFD.  Returns the length. */
/* Decodes an entity as md4c passes it ("&amp;", "&#8594;", "&#x2192;") into
 * OUT (at least 8 bytes) as UTF-8.  Returns the length, or 0 when unknown. */
size_t mn_md_decode_entity(const char *entity, size_t len, char *out);

/* ---- md_html.c ------------------------------------------------------------------ */

/* Reads a raw HTML block (LEN bytes, from source LINE) and describes what it
 * holds to b: tables, lists, headings, paragraphs, breaks, emphasis, links;
 * <details> and other containers flow, <summary> is a paragraph; scripts
 * and styles are not text.  Returns 0 or an MN_EX_* status (recorded on job). */
int mn_md_html(mn_job *job, mn_builder *b, const char *html, size_t len, unsigned line);

/* ---- md_render.c: md4c events to builder calls ------------------------------------ */

/* Parses the Markdown in src from offset START and describes it to b.
 * keep_struck: keep struck-through text instead of leaving it out.
 * Returns 0 or an MN_EX_* status (recorded on job). */
int mn_md_render(const mn_md_source *src, size_t start, mn_job *job, mn_builder *b,
                 int keep_struck);

/* ---- markdown.c -------------------------------------------------------------------- */

/* Reads a whole Markdown document from memory into b: the plugin's read
 * function without the mn_input wrapper, for tests. */
int mn_md_read_buffer(mn_job *job, const unsigned char *data, size_t size, mn_builder *b);
/* The plugin's probe. */
int mn_md_probe(const mn_probe *p);

#endif
