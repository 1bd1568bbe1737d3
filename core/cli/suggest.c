/* SPDX-License-Identifier: MIT */
/* suggest.c — "did you mean 'pdf'?": the nearest of a list of names to a
 * misspelt one, by edit distance with transpositions (optimal string
 * alignment), so that "pfd", "pd" and "pdff" all find "pdf". */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define MN_SUGGEST_MAX 64 /* longer names are not compared */

static size_t mn_min3(size_t a, size_t b, size_t c)
{
    size_t m = a < b ? a : b;
    return m < c ? m : c;
}

/* Case-insensitive edit distance of A (length n) and B (length m). */
static size_t mn_distance(const char *a, size_t n, const char *b, size_t m)
{
    size_t d[MN_SUGGEST_MAX + 1][MN_SUGGEST_MAX + 1];
    for (size_t i = 0; i <= n; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= m; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= n; i++) {
        for (size_t j = 1; j <= m; j++) {
            int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
            d[i][j] = mn_min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + !same);
            if (i > 1 && j > 1 && tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == tolower((unsigned char)b[j - 1]) &&
                d[i - 2][j - 2] + 1 < d[i][j])
                d[i][j] = d[i - 2][j - 2] + 1;
        }
    }
    return d[n][m];
}

void mn_suggest_init(mn_suggest *s, const char *typed)
{
    *s = (mn_suggest){.typed = typed, .distance = (size_t)-1};
}

/* A name is worth suggesting when at most a third of it (and at least one
 * character) is wrong: "pfd" → "pdf", but "x" suggests nothing. */
void mn_suggest_consider(mn_suggest *s, const char *name, size_t len)
{
    size_t n = strlen(s->typed);
    if (!name || n > MN_SUGGEST_MAX || len > MN_SUGGEST_MAX || len == 0)
        return;
    size_t dist = mn_distance(s->typed, n, name, len);
    size_t longer = n > len ? n : len;
    size_t allowed = longer / 3 ? longer / 3 : 1;
    if (dist == 0 || dist > allowed || dist >= s->distance)
        return;
    free(s->best);
    s->best = strndup(name, len);
    s->distance = dist;
}

/* " (did you mean 'pdf'?)", or "" when nothing is close. */
const char *mn_suggest_text(mn_suggest *s, const char *prefix)
{
    if (!s->best)
        return "";
    snprintf(s->text, sizeof s->text, "; did you mean '%s%s'?", prefix ? prefix : "", s->best);
    return s->text;
}

void mn_suggest_free(mn_suggest *s)
{
    free(s->best);
    s->best = NULL;
}
