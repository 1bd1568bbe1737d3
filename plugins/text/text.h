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
    MN_TEXT_ROW     /* holds a TAB after its first character */
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
} mn_text_line;

/* Cuts TEXT (LEN bytes of UTF-8) into lines on LF, CRLF and CR, classifies
 * them and links numbered runs.  Returns an array owned by the caller (free())
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
