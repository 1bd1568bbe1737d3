/* SPDX-License-Identifier: MIT */
/* frontmatter_props.c — the reader's properties the front-matter pass owns
 * (title, subtitle, date, time, timezone, location, url): authoritative
 * ones (Markdown front matter) into fm->auth, the others (DOCX core
 * properties) into fm->weak (frontmatter.h). */
#include <string.h>

#include "frontmatter.h"
#include "textscan.h"
#include "xmlutil.h"


static void mn_fm_prop(mn_fm *fm, const char *name, const char *value, unsigned line,
                       mn_fm_info *info)
{
    if (strcmp(name, "title") == 0 || strcmp(name, "subtitle") == 0) {
        /* document properties often hold junk ("." or a template's name) */
        if (info == &fm->weak && !mn_fm_wordy(value))
            return;
        mn_fm_set(strcmp(name, "title") == 0 ? &info->title : &info->subtitle, value);
    } else if (strcmp(name, "location") == 0) {
        mn_fm_set(&info->place, value);
    } else if (strcmp(name, "url") == 0) {
        mn_fm_set(&info->url, value);
    } else if (strcmp(name, "timezone") == 0) {
        if (strlen(value) < sizeof info->zone && !strchr(value, ' '))
            strcpy(info->zone, value);
        else
            mn_job_warning(fm->job, "property", line, "ignoring the time zone property \"%s\"", value);
    } else {
        mn_fm_info tmp = {0};
        int ok = mn_fm_read_when(fm, value, line, &tmp) && !tmp.place &&
                 (strcmp(name, "date") == 0 ? tmp.has_date : tmp.has_time);
        if (ok && tmp.has_date) {
            info->has_date = 1, info->date = tmp.date, info->date_line = line;
        }
        if (ok && tmp.has_time) {
            info->has_time = 1, info->start = tmp.start, info->end = tmp.end;
            if (tmp.zone[0])
                memcpy(info->zone, tmp.zone, sizeof info->zone);
        }
        if (!ok)
            mn_job_warning(fm->job, "property", line, "cannot read the %s property \"%s\"", name, value);
        mn_fm_info_free(&tmp);
    }
}

static const char *const mn_fm_prop_names[] = {"title", "subtitle", "date", "time", "timezone",
                                               "location", "url", NULL};

void mn_fm_props(mn_fm *fm, xmlNodePtr meta)
{
    for (xmlNodePtr c = mn_child(meta, "prop"), next; c; c = next) {
        next = mn_next(c, "prop");
        char *name = mn_attr(c, "name");
        int mine = 0;
        for (const char *const *k = mn_fm_prop_names; name && *k && !mine; k++)
            mine = strcmp(name, *k) == 0;
        if (mine) {
            char *value = mn_text_folded(c);
            char *auth = mn_attr(c, "authoritative");
            int strong = auth && (strcmp(auth, "1") == 0 || strcmp(auth, "true") == 0);
            mn_fm_info *info = strong ? &fm->auth : &fm->weak;
            mn_fm_print before = mn_fm_print_of(info);
            if (value && *value)
                mn_fm_prop(fm, name, value, mn_ts_line(c), info);
            char what[64];
            snprintf(what, sizeof what, "the %s property '%s'", strong ? "front matter's" : "document's", name);
            mn_fm_source_mark(fm, info, before, 0, what);
            free(value);
            xmlFree(auth);
            mn_ts_drop(c);
        }
        xmlFree(name);
    }
}

