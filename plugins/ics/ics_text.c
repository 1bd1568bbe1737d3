/* SPDX-License-Identifier: MIT */
/* ics_text.c — text helpers of the iCalendar writer: a growable string,
 * shortening on word boundaries, and alarm durations.  (Sentences and
 * places are the events pass's: the event's `description` and `location`.) */
#include "ics.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
