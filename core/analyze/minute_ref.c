/* SPDX-License-Identifier: MIT */
/* minute_ref.c — a council's minute reference at the start of a heading.
 *
 * Parish, town and community councils, trustees and senates number each
 * minute across the year ("23/112 Apologies for absence", "25/061 Welcome",
 * "TC/141 Public forum", "PL/24/031 Minutes", "C21/40 Welcome", "Min 12/204
 * Matters arising"): two or three parts joined by '/', a committee's
 * letters only at the start of the first, the minute's number last.  A
 * date is never read as one: without letters the number has three digits,
 * or two where no day and month could be ("25/31", not "12/05"); "2024/25"
 * (a financial year) and "3/4/2024" are no references. */
#include <string.h>

#include "lexicon.h"
#include "sections.h"
#include "textscan.h"

#define MN_REF_MAX_PARTS 3

typedef struct mn_ref_part {
    size_t len, letters, digits;
    int value;
} mn_ref_part;

/* One part at s: digits (1-4), after 1-4 capitals only when FIRST ("PL",
 * "C21"); 0 when there is none. */
static size_t mn_ref_read(const char *s, int first, mn_ref_part *p)
{
    size_t i = 0;
    memset(p, 0, sizeof *p);
    while (first && i < 5 && s[i] >= 'A' && s[i] <= 'Z')
        i++;
    p->letters = i;
    while (i - p->letters < 5 && s[i] >= '0' && s[i] <= '9')
        p->value = p->value * 10 + (s[i++] - '0');
    p->digits = i - p->letters;
    if (p->letters > 4 || p->digits > 4 || i == 0)
        return 0;
    return p->len = i;
}

/* Whether the parts read make a reference, not a date or a year span. */
static int mn_ref_shape(const mn_ref_part *part, size_t n)
{
    const mn_ref_part *last = &part[n - 1];
    if (n < 2 || last->letters || last->digits == 0 || last->digits > 3)
        return 0;
    if (part[0].letters)
        return 1;
    if (last->digits == 3)
        return 1;
    if (n != 2 || last->digits != 2 || part[0].digits != 2)
        return 0;
    int a = part[0].value, b = last->value;
    return !((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

/* Length of the words before the reference ("Min ", "Minute "), or 0. */
static size_t mn_ref_words(const char *s)
{
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_MINUTE_REF_WORDS); *w; w++) {
        size_t k = mn_ts_prefix(s, *w, 1);
        if (k && s[k] == ' ')
            return k + 1;
    }
    return 0;
}

size_t mn_sec_minute_ref(const char *s, char n[MN_MINUTE_REF_N])
{
    mn_ref_part part[MN_REF_MAX_PARTS];
    size_t start = mn_ref_words(s), i = start, parts = 0;
    for (;;) {
        size_t k = mn_ref_read(s + i, parts == 0, &part[parts]);
        if (!k)
            return 0;
        i += k;
        parts++;
        if (s[i] != '/' || parts == MN_REF_MAX_PARTS)
            break;
        i++;
    }
    if (!mn_ref_shape(part, parts) || i - start >= MN_MINUTE_REF_N)
        return 0;
    size_t len = i - start;
    if (s[i] == '.' || s[i] == ':')
        i++;
    if (!(s[i] == ' ' || s[i] == '\t') || s[i + mn_ts_skip_space(s + i)] == '\0')
        return 0;
    memcpy(n, s + start, len);
    n[len] = '\0';
    return i;
}
