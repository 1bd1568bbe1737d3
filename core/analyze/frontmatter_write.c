/* SPDX-License-Identifier: MIT */
/* frontmatter_write.c — the values chosen (authoritative properties first,
 * then the text, then the weak properties) into meta, with the warnings a
 * meeting date may need (frontmatter.h). */
#include <stdio.h>

#include "frontmatter.h"
#include "xmlutil.h"

#define MN_PICK(field) (fm->auth.field ? fm->auth.field : fm->text.field ? fm->text.field : fm->weak.field)
/* The source MN_PICK took FIELD from. */
#define MN_PICK_INFO(field) (fm->auth.field ? &fm->auth : fm->text.field ? &fm->text : &fm->weak)

static const mn_fm_info *mn_fm_pick_date(const mn_fm *fm)
{
    return fm->auth.has_date ? &fm->auth : fm->text.has_date ? &fm->text
           : fm->weak.has_date ? &fm->weak : NULL;
}

static const mn_fm_info *mn_fm_pick_time(const mn_fm *fm)
{
    return fm->auth.has_time ? &fm->auth : fm->text.has_time ? &fm->text
           : fm->weak.has_time ? &fm->weak : NULL;
}

static const char *mn_fm_pick_zone(const mn_fm *fm)
{
    return fm->auth.zone[0] ? fm->auth.zone : fm->text.zone[0] ? fm->text.zone : fm->weak.zone;
}

/* The year of the reference date option, or 0. */
static int mn_fm_reference_year(mn_job *job)
{
    const char *ref = mn_job_option(job, "reference-date");
    int y = 0;
    return ref && sscanf(ref, "%4d-", &y) == 1 ? y : 0;
}

static const char *const mn_weekday_names[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};

static void mn_fm_write_date(mn_fm *fm, xmlNodePtr meta, const mn_fm_info *src)
{
    mn_fm_date d = src->date;
    if (d.year == 0)
        d.year = mn_fm_reference_year(fm->job);
    if (d.year == 0 || !mn_fm_valid_date(d.year, d.month, d.day)) {
        mn_job_warning(fm->job, "meeting-date", src->date_line,
                       "the meeting date has no year; give --reference-date to set it");
        return;
    }
    if (d.ambiguous && !fm->order_known)
        mn_job_warning(fm->job, "ambiguous-date", src->date_line,
                       "read the numeric meeting date as %04d-%02d-%02d; --date-order sets the order",
                       d.year, d.month, d.day);
    int wd = mn_fm_weekday(d.year, d.month, d.day);
    if (d.weekday && d.weekday != wd)
        mn_job_warning(fm->job, "weekday-mismatch", src->date_line,
                       "the meeting date %04d-%02d-%02d is a %s, not a %s",
                       d.year, d.month, d.day, mn_weekday_names[wd], mn_weekday_names[d.weekday]);
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    mn_add(meta, "date", buf);
    mn_fm_source_note(fm, MN_SRC_DATE, src, buf);
}

static void mn_fm_write_time(mn_fm *fm, xmlNodePtr meta)
{
    const mn_fm_info *src = mn_fm_pick_time(fm);
    if (!src)
        return;
    xmlNodePtr t = mn_add(meta, "time", NULL);
    char buf[16];
    snprintf(buf, sizeof buf, "%02d:%02d", src->start / 60 % 24, src->start % 60);
    mn_set_attr(t, "start", buf);
    if (src->end >= 0) {
        char end[8];
        snprintf(end, sizeof end, "%02d:%02d", src->end / 60 % 24, src->end % 60);
        mn_set_attr(t, "end", end);
        snprintf(buf + 5, sizeof buf - 5, "-%s", end);
    }
    mn_fm_source_note(fm, MN_SRC_TIME, src, buf);
    const char *zone = mn_fm_pick_zone(fm);
    if (*zone) {
        mn_set_attr(t, "zone", zone);
        mn_fm_source_note(fm, MN_SRC_ZONE, fm->auth.zone[0] ? &fm->auth : fm->text.zone[0] ? &fm->text : &fm->weak,
                          zone);
    }
}

void mn_fm_write(mn_fm *fm, xmlNodePtr meta)
{
    if (MN_PICK(title)) {
        mn_add(meta, "title", MN_PICK(title));
        mn_fm_source_note(fm, MN_SRC_TITLE, MN_PICK_INFO(title), MN_PICK(title));
    }
    if (MN_PICK(subtitle))
        mn_add(meta, "subtitle", MN_PICK(subtitle));
    const mn_fm_info *date = mn_fm_pick_date(fm);
    if (date)
        mn_fm_write_date(fm, meta, date);
    mn_fm_write_time(fm, meta);
    const char *place = MN_PICK(place);
    if (place) {
        xmlNodePtr loc = mn_add(meta, "location", place);
        mn_fm_source_note(fm, MN_SRC_PLACE, MN_PICK_INFO(place), place);
        mn_set_attr(loc, "mode", mn_fm_mode(fm, place));
    } else if (MN_PICK(mode)) {
        /* "by teleconference": how, but no place (writers show no empty one) */
        mn_set_attr(mn_add(meta, "location", NULL), "mode", MN_PICK(mode));
        mn_fm_source_note(fm, MN_SRC_MODE, MN_PICK_INFO(mode), MN_PICK(mode));
    }
    if (MN_PICK(org)) {
        mn_add(meta, "organisation", MN_PICK(org));
        mn_fm_source_note(fm, MN_SRC_ORG, MN_PICK_INFO(org), MN_PICK(org));
    }
    if (MN_PICK(url))
        mn_add(meta, "url", MN_PICK(url));
}
