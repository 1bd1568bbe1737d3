/* SPDX-License-Identifier: MIT */
/* frontmatter.c — the front-matter pass: the meeting's title, subtitle, date,
 * time, zone and place, into meta (docs/INTERNALS.md).
 *
 * Three sources, in order of trust: properties a reader marked authoritative
 * (Markdown front matter), what the leading lines of the text say, and other
 * properties (DOCX core properties), which only fill what the text leaves
 * open.  The leading lines are the paragraphs before the first heading, list,
 * table or numbered heading-like line: a title, a subtitle right after it, a
 * "date | time | place" line in any order of those parts, and "Date:",
 * "Time:", "Location:" lines.  A paragraph is consumed (removed from body)
 * only when every one of its lines was understood, so nothing is lost.
 *
 * Nothing the author wrote is lost to an authoritative property either.  A
 * leading block (a "# Title" heading, a title-like paragraph, a DOCX
 * Title/Subtitle paragraph, a date/time/place line) whose value says the same
 * as the authoritative one (titles compared ignoring ASCII case and white
 * space; dates, times and places by value) is consumed.  One that disagrees
 * stays in the body as it was written, with these exceptions and details:
 *  - a differing title becomes the subtitle when neither the authoritative
 *    properties nor the text give one (the author's heading is then shown
 *    under the front matter's title); otherwise it stays in the body;
 *  - a text subtitle belongs to the text's title: when that title stays in
 *    the body, its subtitle stays with it (and is not the meta subtitle)
 *    unless it says the same as the authoritative subtitle;
 *  - a date, time (or zone) or place that disagrees keeps its whole
 *    paragraph in the body, with a warning; the authoritative value is the
 *    one written into meta;
 *  - a text value that only says less (a date without its year, a time
 *    without end or zone) agrees.
 * A paragraph that held several of these lines stays whole when any one of
 * them disagrees. */
#include <stdlib.h>
#include <string.h>

#include "doclang.h"
#include "frontmatter.h"
#include "passes.h"
#include "xmlutil.h"

void mn_fm_info_free(mn_fm_info *i)
{
    free(i->title);
    free(i->subtitle);
    free(i->place);
    free(i->url);
    free(i->org);
    memset(i, 0, sizeof *i);
}

void mn_fm_set(char **field, const char *value)
{
    free(*field);
    *field = value ? strdup(value) : NULL;
}

/* Day first unless the option or the document's language says otherwise. */
static mn_date_order mn_fm_order(xmlDocPtr doc, const mn_job *job)
{
    switch (mn_doc_date_order(doc, job)) {
    case 'm':
        return MN_ORDER_MDY;
    case 'y':
        return MN_ORDER_YMD;
    default:
        return MN_ORDER_DMY;
    }
}

/* Whether the word at t[i] is a number's after a number sign ("n° 11 —
 * 23 janvier 2025", "#11 - 23 January"): a meeting's number, no day. */
static int mn_fm_numbered(const char *t, size_t i)
{
    while (i > 0 && t[i - 1] == ' ')
        i--;
    return (i >= 1 && t[i - 1] == '#') ||
           (i >= 2 && (unsigned char)t[i - 2] == 0xC2 && ((unsigned char)t[i - 1] == 0xB0 || (unsigned char)t[i - 1] == 0xBA));
}

/* The time right after the date a title names ("… 06 Aug 2021 9:30 AM
 * PDT"), when nothing else gave one. */
static void mn_fm_title_time(mn_fm *fm, const char *after)
{
    mn_fm_time t;
    after += strspn(after, " ,");
    if (fm->text.has_time || fm->auth.has_time || !mn_fm_parse_time(after, &t))
        return;
    fm->text.has_time = 1, fm->text.start = t.start, fm->text.end = t.end;
    memcpy(fm->text.zone, t.zone, sizeof fm->text.zone);
}

int mn_pass_frontmatter(xmlDocPtr doc, mn_job *job)
{
    xmlNodePtr meta = mn_meta(doc), body = mn_body(doc);
    if (!meta || !body)
        return 0;
    mn_fm fm = {.job = job, .order = mn_fm_order(doc, job), .order_known = mn_doc_date_order(doc, job) != 0};
    mn_fm_props(&fm, meta);
    mn_fm_scan(&fm, body);
    mn_fm_print before = mn_fm_print_of(&fm.text);
    mn_fm_org_over_title(&fm);
    mn_fm_source_mark(&fm, &fm.text, before, 0, "the title block's first lines (the organisation's name over the meeting's title)");
    before = mn_fm_print_of(&fm.text);
    /* A title (or its subtitle) that names the meeting's date ("Minutes of
     * 3 March 2026") gives the date when no line or property does. */
    const char *named[] = {fm.text.title, fm.text.subtitle};
    for (size_t k = 0; k < 2; k++) {
        const char *t = named[k];
        for (size_t i = 0; t && t[i] && !fm.text.has_date && !fm.auth.has_date; i++) {
            mn_fm_date d;
            size_t dk = mn_fm_word_start(t, i) && !mn_fm_numbered(t, i) ? mn_fm_parse_date(t + i, fm.order, &d) : 0;
            if (dk && d.year) {
                fm.text.has_date = 1;
                fm.text.date = d;
                mn_fm_title_time(&fm, t + i + dk); /* "Minutes of Feb 5, 2013 5:30 PM" */
            }
        }
    }
    mn_fm_source_mark(&fm, &fm.text, before, 0, "the title");
    /* The file's name, the last resort ("2026-03-04.md"). */
    before = mn_fm_print_of(&fm.weak);
    if (!fm.text.has_date && !fm.auth.has_date && !fm.weak.has_date &&
        mn_fm_file_date(mn_job_input_name(job), &fm.weak.date))
        fm.weak.has_date = 1;
    mn_fm_source_mark(&fm, &fm.weak, before, 0, "the file name");
    mn_fm_settle(&fm);
    before = mn_fm_print_of(&fm.weak);
    mn_fm_clock(&fm, body);
    mn_fm_source_mark(&fm, &fm.weak, before, 0, "the minutes' account of the meeting (when it opened or closed)");
    mn_fm_write(&fm, meta);
    mn_fm_info_free(&fm.text);
    mn_fm_info_free(&fm.auth);
    mn_fm_info_free(&fm.weak);
    return 0;
}

