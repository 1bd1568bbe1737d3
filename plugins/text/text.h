/* SPDX-License-Identifier: MIT */
/* text.h — the plain-text reader's internal interfaces, shared by its source
 * files and by the unit tests in tests/text/ (which compile these sources in).
 *
 * The reader works in three stages: decode the bytes into UTF-8 (decode.c),
 * cut that into classified lines (lines.c), then describe the blocks those
 * lines form through the builder (layout.c, inline.c).  It stays structural:
 * headings, front matter, annexes and actions are for the analysis passes. */
#ifndef MN_TEXT_H
#define MN_TEXT_H

#include <stddef.h>

#include "minutes/plugin.h"

/* ---- decode.c ------------------------------------------------------------ */

/* Decodes DATA (SIZE bytes) into UTF-8: a UTF-8 BOM is dropped, UTF-16 LE/BE
 * with a BOM is converted, and bytes that are not valid UTF-8 are read as
 * Windows-1252 (one warning).  NUL characters are dropped (one warning).
 * Returns a NUL-terminated buffer owned by the caller (free()), its length in
 * *len, or NULL with an error recorded on job. */
char *mn_text_decode(mn_job *job, const unsigned char *data, size_t size, size_t *len);

/* ---- lines.c --------------------------------------------------------------- */

typedef enum mn_text_kind {
    MN_TEXT_BLANK,
    MN_TEXT_PLAIN,
    MN_TEXT_BULLET, /* "- ", "* ", "• ", "– " … */
    MN_TEXT_NUMBER, /* "1. ", "2) ", "a. ", "(iv) " … */
    MN_TEXT_ARROW,  /* "→ ", "-> " */
    MN_TEXT_ROW,    /* holds a TAB after its first character */
    MN_TEXT_RULE    /* "-----", "=====", "* * *": one character drawn across */
} mn_text_kind;

typedef struct mn_text_line {
    const char *s;   /* content: after the indentation, trailing spaces cut */
    size_t len;      /* bytes of s */
    size_t body;     /* offset in s of the text after a bullet or number */
    size_t label;    /* NUMBER: bytes of the label ("1." is 2) */
    unsigned no;     /* source line, from 1 */
    unsigned indent; /* columns of leading white space (TAB stops of 4) */
    unsigned width;  /* indent plus characters of s */
    mn_text_kind kind;
    int linked;      /* NUMBER: one of a run of two or more, so a list item */
    char rule;       /* RULE: the character it is drawn with */
    unsigned char page;       /* holds a form feed: a page of the source starts */
    unsigned char after_page; /* a page break (and its furniture, taken out) precedes */
} mn_text_line;

/* Cuts TEXT (LEN bytes of UTF-8) into lines on LF, CRLF and CR, classifies
 * them, takes out page furniture (pages.c) and links numbered runs.  Returns an array owned by the caller (free())
 * pointing into TEXT, its length in *count; NULL when out of memory (*count is
 * then 0) or when TEXT has no line. */
mn_text_line *mn_text_lines(const char *text, size_t len, size_t *count);

/* The column past which a line counts as wrapped: most lines are no longer.
 * A very large value when the text shows no sign of hard wrapping. */
unsigned mn_text_wrap_width(const mn_text_line *lines, size_t count);

/* Whether line B continues the sentence of line A that hard wrapping cut at
 * WIDTH: B's first word would not have fitted on A, B is not a "Name: value"
 * field, and the pair does not look like the end of a paragraph followed by a
 * title-like line.  AFTER is the line after B (NULL at the end). */
int mn_text_wrapped(const mn_text_line *a, const mn_text_line *b, const mn_text_line *after,
                    unsigned width);

/* Whether the line is a field: "Chair: …", "Date: …", "Action 5: …", one
 * to three words (the first capitalised, the others may be a number) and a
 * colon. */
int mn_text_field(const mn_text_line *l);

/* Whether L holds only a number label ("1.", "16.40", "IV.", "77."): plain
 * pdftotext puts a minute number on a line of its own, its heading after a
 * blank line.  A year that ends a sentence ("2019.") is no label. */
int mn_text_lone_label(const mn_text_line *l);

/* The column where a field line's value starts ("Action 3: Tobias" gives
 * the column of "Tobias"), or 0 when the line is no field. */
unsigned mn_text_field_value_column(const mn_text_line *l);

/* ---- pages.c ----------------------------------------------------------------- */

/* Takes the page furniture out of LINES: page numbers and running headers
 * and footers next to page edges (form feeds, page numbers that count up),
 * with the blank lines around each edge; the first line after an edge gets
 * after_page.  Returns the lines left (compacted in place). */
size_t mn_text_pages(mn_text_line *lines, size_t count);

/* The number of a line that holds only a page number ("12", "- 12 -",
 * "Page 12 of 30", "12/30", "p. 12"), else -1. */
int mn_text_page_number(const char *s, size_t len);

/* ---- columns.c ----------------------------------------------------------------- */

/* Tables typed in a fixed-width font, or laid out by pdftotext -layout:
 * cells two spaces apart or more, at the same columns line after line. */
#define MN_TEXT_MAX_COLUMNS 16

/* The cells of one line: where each starts (column) and its bytes. */
typedef struct mn_text_cells {
    size_t n;
    unsigned column[MN_TEXT_MAX_COLUMNS];
    size_t from[MN_TEXT_MAX_COLUMNS], to[MN_TEXT_MAX_COLUMNS];
} mn_text_cells;

/* The columns of a table. */
typedef struct mn_text_grid {
    size_t n;
    unsigned column[MN_TEXT_MAX_COLUMNS];
} mn_text_grid;

/* The index past the table that starts at line K (its columns in *G), or 0.
 * The first line sets the columns (two cells or more, not a "Key:   value"
 * line); a line with a cell in the first column starts a row, one whose
 * cells all fall in later columns continues the row above.  Two rows and
 * three columns at least, or three rows of two. */
size_t mn_text_aligned_table(const mn_text_line *lines, size_t count, size_t k, mn_text_grid *g);

/* Places the cells of line L in grid G: slot[i] is the column of cell i.
 * Returns 0 when some cell falls in no column (or out of order); *starts
 * is set when the line has a cell in the first column. */
int mn_text_grid_place(const mn_text_grid *g, const mn_text_line *l, mn_text_cells *c, int *slot,
                       int *starts);

/* ---- words.c ------------------------------------------------------------------ */

/* The set of words in the lines (letters, with hyphens inside: "co-organize"
 * is one word), compared without regard to ASCII case, as far as they can
 * be asked about: words that start like a word the text breaks at a hyphen
 * (mn_text_words_has answers 0 for the others).  Points into the lines'
 * text.  NULL when out of memory; free with mn_text_words_free. */
typedef struct mn_text_words mn_text_words;
mn_text_words *mn_text_words_new(const mn_text_line *lines, size_t count);
int mn_text_words_has(const mn_text_words *w, const char *s, size_t len);
void mn_text_words_free(mn_text_words *w);

/* ---- layout.c ---------------------------------------------------------------- */

/* Describes the lines through the builder.  Returns 0 or an MN_EX_* status. */
int mn_text_layout(mn_job *job, mn_builder *b, const mn_text_line *lines, size_t count);

/* ---- inline.c ---------------------------------------------------------------- */

/* Emits S (LEN bytes) as inline content: `[text](url)` becomes a LINK and the
 * escapes \( \) \[ \] \\ \* \_ lose their backslash; nothing else of Markdown.
 * Returns 0 or an MN_EX_* status. */
int mn_text_inline(mn_builder *b, const char *s, size_t len);

/* ---- reader.c / probe.c ------------------------------------------------------- */

/* Reads a whole plain-text input into the builder. */
int mn_text_read_data(mn_job *job, const unsigned char *data, size_t size, mn_builder *b);

/* The probe: fallback score for text, more for .txt/.text and text/plain,
 * 0 for data that is clearly binary. */
int mn_text_probe(const mn_probe *p);

#endif
