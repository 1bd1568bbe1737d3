/* SPDX-License-Identifier: MIT */
/* frontmatter_source.c — where each value of the title block came from,
 * for the -v account (issue 16: "each value says where it came from").
 *
 * The readers of the title block set their fields in many places; rather
 * than each of them saying what it read, the pass marks where it is
 * reading (a paragraph, a list item, a property, the file's name) and a
 * field whose value changed since the last mark came from there.  Only
 * done for a verbose job (mn_job_verbose): the notes cost a message each. */
#include <stdio.h>
#include <string.h>

#include "frontmatter.h"
#include "textscan.h"

static const char *const mn_src_names[MN_SRC_N] = {"title", "date", "time", "zone",
                                                    "location", "mode", "organisation"};

static unsigned long mn_src_hash(const char *s)
{
    unsigned long h = s ? 1469598103UL : 0;
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211UL;
    return h;
}

mn_fm_print mn_fm_print_of(const mn_fm_info *i)
{
    mn_fm_print p = {{0}};
    p.v[MN_SRC_TITLE] = mn_src_hash(i->title);
    p.v[MN_SRC_DATE] = i->has_date ? (unsigned long)(i->date.year * 10000 + i->date.month * 100 + i->date.day) : 0;
    p.v[MN_SRC_TIME] = i->has_time ? (unsigned long)(i->start * 10000 + i->end + 2) : 0;
    p.v[MN_SRC_ZONE] = i->zone[0] ? mn_src_hash(i->zone) : 0;
    p.v[MN_SRC_PLACE] = mn_src_hash(i->place);
    p.v[MN_SRC_MODE] = mn_src_hash(i->mode);
    p.v[MN_SRC_ORG] = mn_src_hash(i->org);
    return p;
}

/* What to quote: the text folded, cut at a character's start. */
static void mn_src_quote(char *out, size_t size, const char *what)
{
    size_t n = 0;
    while (what[n] && n + mn_ts_char_len(what + n) < size - 4)
        n += mn_ts_char_len(what + n);
    snprintf(out, size, "%.*s%s", (int)n, what, what[n] ? "…" : "");
    for (char *c = out; *c; c++)
        if (*c == '\n' || *c == '\t')
            *c = ' ';
}

void mn_fm_source_mark(mn_fm *fm, const mn_fm_info *info, mn_fm_print before, unsigned line, const char *what)
{
    if (!mn_job_verbose(fm->job) || !what)
        return;
    int which = info == &fm->auth ? 1 : info == &fm->weak ? 2 : 0;
    mn_fm_print after = mn_fm_print_of(info);
    for (int k = 0; k < MN_SRC_N; k++) {
        if (after.v[k] == before.v[k] || !after.v[k])
            continue;
        mn_fm_source *s = &fm->src[which][k];
        s->line = line;
        mn_src_quote(s->what, sizeof s->what, what);
    }
}

void mn_fm_source_note(mn_fm *fm, int field, const mn_fm_info *info, const char *value)
{
    if (!mn_job_verbose(fm->job) || !info)
        return;
    int which = info == &fm->auth ? 1 : info == &fm->weak ? 2 : 0;
    const mn_fm_source *s = &fm->src[which][field];
    const char *name = mn_src_names[field];
    char v[64];
    mn_src_quote(v, sizeof v, value ? value : "");
    if (!s->what[0])
        mn_job_verbose_note(fm->job, "title-block", 0, "%s '%s': from the %s", name, v,
                            which == 1 ? "document's authoritative properties (front matter)"
                            : which == 2 ? "document's properties" : "text");
    else if (s->line)
        mn_job_verbose_note(fm->job, "title-block", s->line, "%s '%s': from line %u, '%s'", name, v,
                            s->line, s->what);
    else
        mn_job_verbose_note(fm->job, "title-block", 0, "%s '%s': from %s", name, v, s->what);
}
