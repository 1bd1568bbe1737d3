/* SPDX-License-Identifier: MIT */
/* warnings.c — the names of the warnings, in one table: what -W no-NAME
 * silences, what `minutes help warnings` and the man page list.  Every
 * warning of the core and of the bundled plugins has one of these names;
 * a plugin of its own may use names of its own. */
#include <stdlib.h>
#include <string.h>

#include "job.h"

static const mn_warning_kind mn_kinds[] = {
    {"ambiguous-date", "a numeric date read in an order the document does not state (--date-order sets it)"},
    {"empty-calendar", "ics: the minutes name no upcoming date, so the calendar is empty"},
    {"encoding", "input bytes not in the encoding expected: replaced, or read as Windows-1252; NULs dropped"},
    {"flattened-nesting", "lists or blocks nested deeper than minutes keeps, flattened"},
    {"front-matter", "Markdown front matter not understood (an unclosed list, a block scalar, a stray line)"},
    {"front-matter-mismatch", "the text's meeting date, time or place disagrees with the front matter's"},
    {"ics-event", "ics: an event whose start, end or reference cannot be used, left out or corrected"},
    {"ics-meeting", "ics: the meeting's date or time cannot be used: left out, or written as a whole day"},
    {"lexicon", "the lexicon of the document's language is not valid: the English one is used"},
    {"meeting-date", "the meeting's date: given twice, unreadable, or without a year"},
    {"metadata-ignored", "-M metadata given for canonical XML input, which is read as it is"},
    {"missing-glyphs", "pdf: characters no installed font can show, drawn as boxes"},
    {"option", "an option value the library cannot use (a reference date, a date order), ignored"},
    {"other", "a warning of a plugin that gives it no name"},
    {"outside-package", "docx: a relationship that points outside the package, ignored"},
    {"property", "a document property (date, time, time zone) that cannot be read, ignored"},
    {"raw-html", "Markdown raw HTML blocks that could not be read, left out"},
    {"replaced-characters", "invalid UTF-8, control characters or noncharacters, replaced or removed"},
    {"source-date-epoch", "SOURCE_DATE_EPOCH is not a count of seconds, ignored"},
    {"style", "pdf: a house style's logo or font it cannot use (SVG without librsvg, a font not installed)"},
    {"time-zone", "a time zone that is unknown or not understood; times read as UTC, or floating"},
    {"too-many-events", "more dates than one document may give; the rest left out"},
    {"tracked-changes", "docx: the document has tracked changes (--track-changes says which are kept)"},
    {"unresolved-date", "a date in the text that cannot be resolved, left as text"},
    {"unsupported-content", "docx: content minutes does not read (embedded alternative content)"},
    {"weekday-mismatch", "a date whose weekday, as written, is not that date's"},
    {NULL, NULL},
};

const mn_warning_kind *mn_warning_kinds(void)
{
    return mn_kinds;
}

int mn_job_silence(mn_job *job, const char *name)
{
    char **grown = realloc(job->silenced, (job->n_silenced + 1) * sizeof *grown);
    if (!grown)
        return MN_EX_SOFTWARE;
    job->silenced = grown;
    if (!(grown[job->n_silenced] = strdup(name)))
        return MN_EX_SOFTWARE;
    job->n_silenced++;
    return 0;
}

int mn_job_silenced(const mn_job *job, const char *name)
{
    for (size_t i = 0; name && i < job->n_silenced; i++)
        if (strcmp(job->silenced[i], name) == 0)
            return 1;
    return 0;
}

void mn_job_silence_free(mn_job *job)
{
    for (size_t i = 0; i < job->n_silenced; i++)
        free(job->silenced[i]);
    free(job->silenced);
    job->silenced = NULL;
    job->n_silenced = 0;
}
