/* SPDX-License-Identifier: MIT */
/* frontmatter_file.c — the meeting's date from the file's name, the last
 * resort when neither the text nor the properties give one: groups that
 * keep their minutes as files name them by the meeting's date
 * ("2026-03-04.md", "2019.05.02.md", "Meeting-weekly-2013-02-19.md",
 * "20260304-board.txt", "260304_TC_12.md") (frontmatter.h).
 *
 * The date is a run of digits of its own (no digit on either side):
 * year, month and day with one separator ('-', '.', '_') between them, or
 * eight digits, YYYYMMDD; six digits, YYMMDD, only at the start of the
 * name, where such names put it.  The year must be 1990..2099 and the date
 * must exist. */
#include <ctype.h>
#include <string.h>

#include "frontmatter.h"

static int mn_ff_num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static int mn_ff_set(int y, int m, int d, mn_fm_date *out)
{
    if (y < 1990 || y > 2099 || !mn_fm_valid_date(y, m, d))
        return 0;
    memset(out, 0, sizeof *out);
    out->year = y, out->month = m, out->day = d;
    return 1;
}

/* The date whose digits start at s (a run of RUN digits, maybe followed by
 * separated ones); AT_START when s starts the name. */
static int mn_ff_at(const char *s, size_t run, int at_start, mn_fm_date *out)
{
    if (run == 4 && strchr("-._", s[4]) && s[4] &&
        isdigit((unsigned char)s[5]) && isdigit((unsigned char)s[6]) && s[7] == s[4] &&
        isdigit((unsigned char)s[8]) && isdigit((unsigned char)s[9]) &&
        !isdigit((unsigned char)s[10]))
        return mn_ff_set(mn_ff_num(s, 4), mn_ff_num(s + 5, 2), mn_ff_num(s + 8, 2), out);
    if (run == 8)
        return mn_ff_set(mn_ff_num(s, 4), mn_ff_num(s + 4, 2), mn_ff_num(s + 6, 2), out);
    if (run == 6 && at_start)
        return mn_ff_set(2000 + mn_ff_num(s, 2), mn_ff_num(s + 2, 2), mn_ff_num(s + 4, 2), out);
    return 0;
}

int mn_fm_file_date(const char *path, mn_fm_date *out)
{
    if (!path)
        return 0;
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    for (const char *s = name; *s; s++) {
        if (!isdigit((unsigned char)*s) || (s > name && isdigit((unsigned char)s[-1])))
            continue;
        size_t run = strspn(s, "0123456789");
        if (mn_ff_at(s, run, s == name, out))
            return 1;
        s += run - 1;
    }
    return 0;
}
