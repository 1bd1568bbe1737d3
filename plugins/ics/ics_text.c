/* SPDX-License-Identifier: MIT */
/* ics_text.c — text helpers of the iCalendar writer: a growable string,
 * shortening on word boundaries, the sentence around a date, and alarm
 * durations.  (Places are the events pass's: the event's `location`.) */
#include "ics.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- ics_buf ------------------------------------------------------------ */

static int buf_reserve(ics_buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            b->failed = 1;
            return -1;
        }
        cap *= 2;
    }
    char *s = realloc(b->s, cap);
    if (!s) {
        b->failed = 1;
        return -1;
    }
    b->s = s;
    b->cap = cap;
    return 0;
}

void ics_buf_add(ics_buf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n) != 0)
        return;
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void ics_buf_adds(ics_buf *b, const char *s)
{
    ics_buf_add(b, s, strlen(s));
}

void ics_buf_addc(ics_buf *b, char c)
{
    ics_buf_add(b, &c, 1);
}

char *ics_buf_take(ics_buf *b)
{
    char *s = NULL;
    if (!b->failed)
        s = b->s ? b->s : strdup("");
    else
        free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
    return s;
}

void ics_buf_free(ics_buf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

/* ---- shortening ----------------------------------------------------------- */

static int utf8_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* Byte index just after the first N characters of S (or its end). */
static size_t after_chars(const char *s, size_t n)
{
    size_t i = 0;
    while (s[i] && n > 0) {
        i++;
        while (s[i] && utf8_cont((unsigned char)s[i]))
            i++;
        n--;
    }
    return i;
}

char *ics_shorten(const char *s, size_t max_chars)
{
    if (max_chars < 2 || !s[after_chars(s, max_chars)])
        return strdup(s);
    /* The ellipsis takes one character; cut at the last word boundary unless
     * that throws away most of the text. */
    size_t limit = after_chars(s, max_chars - 1), cut = limit;
    for (size_t k = limit; k > limit / 2; k--)
        if (s[k] == ' ') {
            cut = k;
            break;
        }
    while (cut > 0 && strchr(" ,;:-", s[cut - 1]))
        cut--;
    ics_buf b = {0};
    ics_buf_add(&b, s, cut);
    ics_buf_adds(&b, "\xE2\x80\xA6"); /* … */
    return ics_buf_take(&b);
}

/* ---- sentences -------------------------------------------------------------- */

static const char *const abbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "cf", "approx", "incl",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "ltd", "co", "corp", "dept", "ed", "eds", "fig", "vol", "p", "pp", NULL};

/* Whether the word that ends just before TEXT[END] (the terminator) is an
 * abbreviation, after which a period does not end a sentence. */
static int is_abbreviation(const char *text, size_t end)
{
    size_t start = end;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(')
        start--;
    size_t len = end - start;
    if (len == 0)
        return 0;
    if (len == 1 && isalpha((unsigned char)text[start]))
        return 1; /* an initial: "J. Smith" */
    if (memchr(text + start, '.', len))
        return 1; /* "e.g", "U.S" */
    for (size_t k = 0; abbreviations[k]; k++)
        if (strlen(abbreviations[k]) == len && strncasecmp(abbreviations[k], text + start, len) == 0)
            return 1;
    return 0;
}

static int starts_sentence(unsigned char c)
{
    return isupper(c) || isdigit(c) || c == '"' || c == '\'' || c == '(' || c >= 0x80;
}

/* Whether TEXT[I] is the space between two sentences. */
static int is_boundary(const char *text, size_t i)
{
    if (text[i] != ' ' || i == 0 || !starts_sentence((unsigned char)text[i + 1]))
        return 0;
    size_t t = i;
    while (t > 0 && (text[t - 1] == ')' || text[t - 1] == '"' || text[t - 1] == '\''))
        t--;
    /* a closing curly quote, U+201D */
    if (t >= 3 && memcmp(text + t - 3, "\xE2\x80\x9D", 3) == 0)
        t -= 3;
    if (t == 0 || !strchr(".!?", text[t - 1]))
        return 0;
    return text[t - 1] != '.' || !is_abbreviation(text, t - 1);
}

int ics_sentences_index(ics_sentences *s, const char *text, size_t len)
{
    *s = (ics_sentences){.text = text, .len = len};
    size_t cap = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] != ' ' || !is_boundary(text, i))
            continue;
        if (s->n == cap) {
            size_t c = cap ? 2 * cap : 64;
            size_t *v = realloc(s->end, c * sizeof *v);
            if (!v) {
                ics_sentences_free(s);
                return -1;
            }
            s->end = v;
            cap = c;
        }
        s->end[s->n++] = i;
    }
    return 0;
}

void ics_sentence_span(const ics_sentences *s, size_t offset, size_t *start, size_t *end)
{
    if (offset > s->len)
        offset = s->len;
    size_t lo = 0, hi = s->n; /* the first boundary at or after OFFSET */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->end[mid] < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t a = lo > 0 ? s->end[lo - 1] + 1 : 0, b = lo < s->n ? s->end[lo] : s->len;
    while (a < b && s->text[a] == ' ')
        a++;
    while (b > a && s->text[b - 1] == ' ')
        b--;
    *start = a;
    *end = b;
}

void ics_sentences_free(ics_sentences *s)
{
    free(s->end);
    s->end = NULL;
    s->n = 0;
}

char *ics_sentence_at(const char *text, size_t offset)
{
    ics_sentences s;
    if (ics_sentences_index(&s, text, strlen(text)) < 0)
        return NULL;
    size_t a, b;
    ics_sentence_span(&s, offset, &a, &b);
    ics_sentences_free(&s);
    ics_buf buf = {0};
    ics_buf_add(&buf, text + a, b - a);
    return ics_buf_take(&buf);
}

/* ---- durations ------------------------------------------------------------------- */

int ics_parse_duration(const char *s, int *seconds)
{
    long long total = 0;
    const char *p = s;
    if (!p || !*p)
        return -1;
    while (*p) {
        if (!isdigit((unsigned char)*p))
            return -1;
        long long n = 0;
        while (isdigit((unsigned char)*p)) {
            n = n * 10 + (*p++ - '0');
            if (n > 1000000)
                return -1;
        }
        switch (tolower((unsigned char)*p++)) {
        case 'w': total += n * 604800; break;
        case 'd': total += n * 86400; break;
        case 'h': total += n * 3600; break;
        case 'm': total += n * 60; break;
        default: return -1;
        }
        if (total > 366LL * 86400)
            return -1;
    }
    if (total <= 0)
        return -1;
    *seconds = (int)total;
    return 0;
}
