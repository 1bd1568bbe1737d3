/* SPDX-License-Identifier: MIT */
/* lines.c — the text cut into classified lines.
 *
 * Everything the layout decides comes from one line at a time plus two
 * facts about the whole text: how wide its wrapped lines are, and which
 * numbered lines form runs.  Both are worked out here, in linear time, so
 * that hostile input (deep indentation, huge files) stays cheap. */
#include <stdlib.h>
#include <string.h>

#include "text.h"

#define MN_TAB_STOP 4
#define MN_MIN_WRAP 60      /* shorter lines are never taken for wrapped ones */
#define MN_WRAP_EVIDENCE 2  /* lines near the margin that run on */
#define MN_NO_WRAP 0x10000000u
#define MN_PAGE_RAGGED 8     /* text from pages: lines ragged by 1/8 of the width */

static int mn_space(unsigned char c)
{
    return c == ' ' || c == '\f' || c == '\v';
}

/* Characters in s (UTF-8 lead bytes). */
static unsigned mn_chars(const char *s, size_t len)
{
    unsigned n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* ---- markers ---------------------------------------------------------------- */

/* Bullets as typed, and as Word and PDF tools export them (U+F0B7 and U+F0A7
 * are the Symbol/Wingdings bullets copied out of Word).  The ASCII ones and
 * the dash need white space after them ("-item" is a word, "->" an arrow);
 * a bullet glyph is a bullet even when the text follows it directly. */
static const struct mn_bullet_mark {
    const char *mark;
    int needs_gap;
} mn_bullets[] = {
    {"-", 1},        {"*", 1},        {"\u2013", 1}, {"\u2022", 0}, {"\u25E6", 0},
    {"\u25AA", 0},   {"\u2023", 0},   {"\u25CF", 0}, {"\uF0B7", 0}, {"\uF0A7", 0},
};

/* Length of the white space at s[i..len), and whether text follows it. */
static size_t mn_gap(const char *s, size_t len, size_t i, int *text_follows)
{
    size_t j = i;
    while (j < len && (s[j] == '\t' || mn_space((unsigned char)s[j])))
        j++;
    *text_follows = j < len;
    return j - i;
}

/* Offset of the text after a bullet marker, or 0. */
static size_t mn_bullet(const char *s, size_t len)
{
    int text = 0;
    for (size_t k = 0; k < sizeof mn_bullets / sizeof *mn_bullets; k++) {
        size_t m = strlen(mn_bullets[k].mark);
        if (len > m && memcmp(s, mn_bullets[k].mark, m) == 0) {
            size_t g = mn_gap(s, len, m, &text);
            return (g || !mn_bullets[k].needs_gap) && text ? m + g : 0;
        }
    }
    /* Word's second-level bullet exported as "o<TAB>". */
    if (len > 2 && s[0] == 'o' && s[1] == '\t') {
        size_t g = mn_gap(s, len, 1, &text);
        return text ? 1 + g : 0;
    }
    return 0;
}

/* A rule: one of = - _ * ~ # + drawn three times or more, alone or spaced
 * ("- - -", "* * *").  Returns the character, or 0. */
static char mn_rule(const char *s, size_t len)
{
    char c = s[0];
    if (c == '\0' || !strchr("=-_*~#+", c))
        return 0;
    int spaced = len > 1 && s[1] == ' ';
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == c)
            n++;
        else if (!(spaced && s[i] == ' ' && i % 2 == 1))
            return 0;
    }
    return n >= 3 ? c : 0;
}

static int mn_arrow(const char *s, size_t len)
{
    return (len > 3 && memcmp(s, "\u2192", 3) == 0) || (len > 2 && memcmp(s, "->", 2) == 0);
}

/* List labels in plain text: the core's parser (minutes/plugin.h) with
 * "(a)" and lower-case roman numerals, which lists use and headings rarely. */
#define MN_TEXT_LABELS (MN_LABEL_ENCLOSED | MN_LABEL_ROMAN_LOWER)

static int mn_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Bytes of a list label at the start of s ("1.", "2)", "(a)", "2.1."),
 * when white space and text follow it; else 0.  A bare "2.1 Budget" is a
 * plain line: the sections pass reads such outline numbers. */
static size_t mn_label_bytes(const char *s, size_t len)
{
    mn_label l;
    return mn_label_parse(s, len, MN_TEXT_LABELS, &l) ? l.len : 0;
}

/* ---- one line ------------------------------------------------------------------ */

/* Classifies the line whose content, without trailing white space, is
 * l->s[0..l->len); ROW_LEN also keeps its trailing TABs. */
static void mn_classify(mn_text_line *l, size_t row_len)
{
    size_t b;
    if ((l->rule = mn_rule(l->s, l->len)) != 0) {
        l->kind = MN_TEXT_RULE;
    } else if ((b = mn_bullet(l->s, l->len)) != 0) {
        l->kind = MN_TEXT_BULLET;
        l->body = b;
    } else if ((b = mn_label_bytes(l->s, l->len)) != 0) {
        int text = 0;
        l->kind = MN_TEXT_NUMBER;
        l->label = b;
        l->body = b + mn_gap(l->s, l->len, b, &text);
    } else if (mn_arrow(l->s, l->len)) {
        l->kind = MN_TEXT_ARROW;
    } else if (memchr(l->s, '\t', row_len)) {
        l->kind = MN_TEXT_ROW; /* the TAB is after the first character */
        l->len = row_len;
    } else {
        l->kind = MN_TEXT_PLAIN;
    }
}

static int mn_nbsp(const char *s, size_t len, size_t i)
{
    return i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0;
}

/* Bytes of leading white space in s; its width in columns goes to *indent.
 * A form feed where a page broke takes no column. */
static size_t mn_indent(const char *s, size_t len, unsigned *indent)
{
    size_t i = 0;
    *indent = 0;
    while (i < len) {
        if (s[i] == '\t')
            *indent = (*indent / MN_TAB_STOP + 1) * MN_TAB_STOP;
        else if (s[i] == ' ')
            ++*indent;
        else if (mn_nbsp(s, len, i))
            ++*indent, i++;
        else if (!mn_space((unsigned char)s[i]))
            break;
        i++;
    }
    return i;
}

/* Length of s without trailing spaces (and TABs when TABS is set). */
static size_t mn_trim(const char *s, size_t len, int tabs)
{
    for (;;) {
        if (len > 0 && (mn_space((unsigned char)s[len - 1]) || (tabs && s[len - 1] == '\t')))
            len--;
        else if (len >= 2 && mn_nbsp(s, len, len - 2))
            len -= 2;
        else
            return len;
    }
}

static mn_text_line mn_line(const char *s, size_t len, unsigned no)
{
    mn_text_line l = {.no = no};
    size_t i = mn_indent(s, len, &l.indent);
    /* Trailing spaces go.  Trailing TABs go too, except from a row:
     * "MAG Members<TAB>" is a row whose second cell is empty. */
    size_t row_len = mn_trim(s + i, len - i, 0), text_len = mn_trim(s + i, row_len, 1);
    l.s = s + i;
    l.len = text_len;
    l.page = memchr(s, '\f', len) != NULL;
    if (l.len == 0) {
        l.kind = MN_TEXT_BLANK;
        return l;
    }
    mn_classify(&l, row_len);
    l.width = l.indent + mn_chars(l.s, l.len);
    return l;
}

/* ---- wrapping --------------------------------------------------------------------- */

static int mn_prose(const mn_text_line *l)
{
    return l->kind != MN_TEXT_BLANK && l->kind != MN_TEXT_ROW && l->kind != MN_TEXT_RULE;
}

static unsigned mn_first_word(const mn_text_line *l)
{
    size_t i = 0;
    while (i < l->len && l->s[i] != ' ' && l->s[i] != '\t')
        i++;
    return mn_chars(l->s, i);
}

static int mn_fits(const mn_text_line *a, const mn_text_line *b, unsigned width)
{
    return a->width + 1 + mn_first_word(b) <= width;
}

static int mn_ends_with(const mn_text_line *l, const char *set)
{
    return l->len > 0 && strchr(set, l->s[l->len - 1]) != NULL;
}

/* A short line that reads like a title: capital or digit first, no closing
 * punctuation, and not itself running on into the next line. */
static int mn_title_like(const mn_text_line *l, const mn_text_line *after, unsigned width)
{
    unsigned char c = (unsigned char)l->s[0];
    if (!((c >= 'A' && c <= 'Z') || mn_digit((char)c)) || mn_ends_with(l, ".,;!?"))
        return 0;
    return !(after && after->kind == MN_TEXT_PLAIN && !mn_fits(l, after, width));
}

/* Bytes of the field name of a "Chair: …", "Date: …", "Action items: …",
 * "Action 5: …" line, up to its colon, or 0.  The name is one to three
 * words, the first capitalised, the others letters or a number. */
static size_t mn_field_name(const mn_text_line *l)
{
    size_t i = 0, words = 1;
    if (!(l->s[0] >= 'A' && l->s[0] <= 'Z'))
        return 0;
    while (i < l->len && i < 32 && l->s[i] != ':') {
        char c = l->s[i++];
        if (c == ' ')
            words++;
        else if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c != '-' && c != '/' &&
                 !(words > 1 && ((c >= '0' && c <= '9') || c == '#')))
            return 0;
    }
    int ok = i < l->len && l->s[i] == ':' && words <= 3 && (i + 1 == l->len || l->s[i + 1] == ' ');
    return ok ? i : 0;
}

/* A field line: never the rest of the line before it. */
int mn_text_field(const mn_text_line *l)
{
    return mn_field_name(l) != 0;
}

/* The column where the value of a field line starts ("Action 3: Tobias"
 * gives the column of "Tobias"), or 0: where its hanging indent would put
 * a continuation line. */
unsigned mn_text_field_value_column(const mn_text_line *l)
{
    size_t colon = mn_field_name(l), i = colon + 1;
    if (!colon)
        return 0;
    while (i < l->len && l->s[i] == ' ')
        i++;
    return i < l->len ? l->indent + mn_chars(l->s, i) : 0;
}

int mn_text_lone_label(const mn_text_line *l)
{
    char buf[32];
    mn_label lab;
    if (l->kind != MN_TEXT_PLAIN || l->len + 2 > sizeof buf)
        return 0;
    memcpy(buf, l->s, l->len);
    memcpy(buf + l->len, " x", 2);
    return mn_label_parse(buf, l->len + 2, MN_LABEL_BARE, &lab) && lab.len == l->len;
}

/* "#14 Gordon: …": a numbered entry of a register. */
static int mn_hash_number(const mn_text_line *l)
{
    size_t i = 1;
    while (i < l->len && mn_digit(l->s[i]))
        i++;
    return l->s[0] == '#' && i > 1 && i < l->len && l->s[i] == ' ';
}

int mn_text_wrapped(const mn_text_line *a, const mn_text_line *b, const mn_text_line *after,
                    unsigned width)
{
    if (b->kind != MN_TEXT_PLAIN || !mn_prose(a) || mn_fits(a, b, width) || mn_text_field(b) ||
        (mn_hash_number(a) && mn_hash_number(b)) || mn_text_lone_label(b))
        return 0;
    /* Across a page break, a finished sentence ends the paragraph. */
    if (b->after_page && mn_ends_with(a, ".!?:"))
        return 0;
    return !(mn_ends_with(a, ".!?:") && mn_title_like(b, after, width));
}

/* The 90th percentile of the widths of prose lines: a hard-wrapped text
 * has most of its lines just short of the margin, and one long URL line must
 * not move it. */
static unsigned mn_percentile90(const mn_text_line *lines, size_t count)
{
    enum { CAP = 1024 };
    size_t hist[CAP + 1] = {0}, total = 0;
    for (size_t i = 0; i < count; i++)
        if (mn_prose(&lines[i])) {
            hist[lines[i].width < CAP ? lines[i].width : CAP]++;
            total++;
        }
    size_t seen = 0;
    unsigned w = 0;
    for (; w <= CAP && total && seen * 10 < total * 9; w++)
        seen += hist[w];
    return w ? w - 1 : 0;
}

unsigned mn_text_wrap_width(const mn_text_line *lines, size_t count)
{
    unsigned w = mn_percentile90(lines, count);
    if (w < MN_MIN_WRAP)
        w = MN_MIN_WRAP;
    /* Evidence that the text is hard-wrapped at all: lines near the margin
     * that run on into a plain line.  Without it (text written one paragraph
     * to a line, or a list of "Key: value" lines) nothing is joined. */
    size_t near = 0;
    for (size_t i = 0; i + 1 < count && near < MN_WRAP_EVIDENCE; i++)
        near += lines[i].width > w - w / 4 && lines[i].width <= w &&
                mn_text_wrapped(&lines[i], &lines[i + 1], i + 2 < count ? &lines[i + 2] : NULL, w);
    if (near < MN_WRAP_EVIDENCE)
        return MN_NO_WRAP;
    /* Text taken out of pages was set in a proportional font: counted in
     * characters its lines are ragged by an eighth of the width or so, and
     * a line that far short of the margin still had no room for the next
     * word. */
    int paged = 0;
    for (size_t i = 0; i < count && !paged; i++)
        paged = lines[i].page || lines[i].after_page;
    return paged ? w - w / MN_PAGE_RAGGED : w;
}

/* ---- numbered runs ----------------------------------------------------------------- */

static int mn_upper_kind(enum mn_label_kind k)
{
    return k == MN_LABEL_ROMAN || k == MN_LABEL_UPPER;
}

/* Whether label B comes right after label A: the same marks around them,
 * the same prefix ("2.1." then "2.2."), and one more in numbers, letters or
 * roman numerals ("h." "i." and "i." "ii." both count), in the same case. */
static int mn_follows(const mn_text_line *a, const mn_text_line *b)
{
    mn_label x, y;
    if (!mn_label_parse(a->s, a->len, MN_TEXT_LABELS, &x) ||
        !mn_label_parse(b->s, b->len, MN_TEXT_LABELS, &y) || x.open != y.open ||
        x.close != y.close)
        return 0;
    int xnum = x.kind == MN_LABEL_ARABIC || x.kind == MN_LABEL_PAREN;
    int ynum = y.kind == MN_LABEL_ARABIC || y.kind == MN_LABEL_PAREN;
    if (xnum || ynum) {
        int d = x.depth;
        return xnum && ynum && d == y.depth &&
               memcmp(x.value, y.value, sizeof(int) * (size_t)(d - 1)) == 0 &&
               y.value[d - 1] == x.value[d - 1] + 1;
    }
    if (mn_upper_kind(x.kind) != mn_upper_kind(y.kind))
        return 0; /* a change of case */
    if (x.n[1] == '\0' && y.n[1] == '\0' && y.n[0] == x.n[0] + 1)
        return 1;
    int xr = x.kind == MN_LABEL_ROMAN || x.kind == MN_LABEL_LOWER_ROMAN;
    int yr = y.kind == MN_LABEL_ROMAN || y.kind == MN_LABEL_LOWER_ROMAN;
    return xr && yr && y.value[0] == x.value[0] + 1;
}

static int mn_same_column(const mn_text_line *a, const mn_text_line *b)
{
    return a->indent == b->indent || a->indent + a->label == b->indent + b->label;
}

typedef struct mn_pending {
    size_t at;        /* index of a numbered line still looking for its successor */
    int blank, deeper; /* seen since it: a blank line, a more indented line */
} mn_pending;

/* Marks the open entries (from the top down) as having seen a blank or a
 * deeper line.  An entry marked implies those below it are, so the walk stops
 * at the first one already marked: linear over the whole text. */
static void mn_mark(mn_pending *stack, size_t depth, int deeper)
{
    for (size_t d = depth; d > 0; d--) {
        int *flag = deeper ? &stack[d - 1].deeper : &stack[d - 1].blank;
        if (*flag)
            break;
        *flag = 1;
    }
}

/* Numbered lines form a run when each is followed, after only blank lines,
 * wrapped continuations or more deeply indented lines, by the next label at
 * the same place.  A blank line plus nested content between two of them
 * reads as two sections rather than one list. */
static void mn_link_runs(mn_text_line *lines, size_t count, mn_pending *stack)
{
    unsigned width = mn_text_wrap_width(lines, count);
    size_t depth = 0, prev = 0;
    int blank = 1;
    for (size_t k = 0; k < count; k++) {
        mn_text_line *l = &lines[k];
        if (l->kind == MN_TEXT_BLANK) {
            mn_mark(stack, depth, 0);
            blank = 1;
            continue;
        }
        if (!blank && mn_text_wrapped(&lines[prev], l, k + 1 < count ? &lines[k + 1] : NULL, width)) {
            prev = k;
            continue;
        }
        int ends = l->kind == MN_TEXT_ROW || l->kind == MN_TEXT_ARROW || l->kind == MN_TEXT_RULE;
        while (depth > 0 && (ends || l->indent <= lines[stack[depth - 1].at].indent)) {
            mn_pending *e = &stack[--depth];
            mn_text_line *a = &lines[e->at];
            if (l->kind == MN_TEXT_NUMBER && mn_same_column(a, l) && mn_follows(a, l) &&
                !(e->blank && e->deeper))
                a->linked = l->linked = 1;
        }
        mn_mark(stack, depth, 1);
        if (l->kind == MN_TEXT_NUMBER)
            stack[depth++] = (mn_pending){.at = k};
        prev = k;
        blank = 0;
    }
}

/* ---- the whole text ----------------------------------------------------------------- */

static size_t mn_count_lines(const char *text, size_t len)
{
    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        n += text[i] == '\n' || (text[i] == '\r' && (i + 1 >= len || text[i + 1] != '\n'));
    return n;
}

mn_text_line *mn_text_lines(const char *text, size_t len, size_t *count)
{
    *count = 0;
    if (len == 0)
        return NULL;
    size_t cap = mn_count_lines(text, len);
    mn_text_line *lines = malloc(cap * sizeof *lines);
    mn_pending *stack = malloc(cap * sizeof *stack);
    if (!lines || !stack) {
        free(lines);
        free(stack);
        return NULL;
    }
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n' && text[i] != '\r')
            continue;
        lines[n] = mn_line(text + start, i - start, (unsigned)(n + 1));
        n++;
        if (i + 1 < len && text[i] == '\r' && text[i + 1] == '\n')
            i++;
        start = i + 1;
    }
    /* A final line end leaves an empty last line: not a line of the text. */
    if (text[len - 1] == '\n' || text[len - 1] == '\r')
        n--;
    n = mn_text_pages(lines, n);
    mn_link_runs(lines, n, stack);
    free(stack);
    *count = n;
    return lines;
}
