/* SPDX-License-Identifier: MIT */
/* minute_ref.c — a council's minute reference at the start of a heading.
 *
 * Parish, town and community councils number each minute across the year
 * ("23/112 Apologies for absence", "25/061 Welcome", "TC/141 Public forum",
 * "PL/24/031 Minutes", "Min 12/204 Matters arising"): one to three parts
 * joined by '/', letters (a committee's code) only first, the last part the
 * minute's number in three digits.  A date is never read as one ("12/05",
 * "3/4/2024": no part of a date has three digits but a year of four). */
#include <string.h>

#include "lexicon.h"
#include "sections.h"
#include "textscan.h"

#define MN_REF_MAX_PARTS 3

/* Length of one part at s: 1-4 capitals (only when FIRST) or 1-4 digits;
 * *digits tells which. */
static size_t mn_ref_part(const char *s, int first, size_t *digits)
{
    size_t i = 0;
    while (i < 5 && s[i] >= '0' && s[i] <= '9')
        i++;
    *digits = i;
    if (i == 0 && first)
        while (i < 5 && s[i] >= 'A' && s[i] <= 'Z')
            i++;
    return i >= 1 && i <= 4 ? i : 0;
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
    size_t start = mn_ref_words(s), i = start, parts = 0, digits = 0;
    for (;;) {
        size_t k = mn_ref_part(s + i, parts == 0, &digits);
        if (!k)
            return 0;
        i += k;
        parts++;
        if (s[i] != '/' || parts == MN_REF_MAX_PARTS)
            break;
        i++;
    }
    if (parts < 2 || digits != 3 || i - start >= MN_MINUTE_REF_N)
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
