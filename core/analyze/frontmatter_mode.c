/* SPDX-License-Identifier: MIT */
/* frontmatter_mode.c — how the meeting was held, when the place alone does
 * not say it all (frontmatter.h).  Minutes of a meeting at a physical place
 * often say elsewhere that some joined from afar: "The meeting was held in
 * person at the offices of X in Denver, with a video bridge for remote
 * directors", "Hours: 09:00–17:00; remote participation via Zoom".  Such
 * wording (the lexicon's remote-attendance) in the title block or the
 * opening paragraphs makes the meeting hybrid. */
#include <string.h>

#include "frontmatter.h"
#include "lexicon.h"
#include "place.h"
#include "textscan.h"

void mn_fm_remote_words(mn_fm *fm, const char *text, unsigned line)
{
    const mn_lx_entry *e;
    if (text && !fm->remote && mn_ts_find_entry(MN_LX_REMOTE_ATTENDANCE, text, 0, &e) >= 0) {
        fm->remote = 1;
        fm->remote_line = line;
    }
}

const char *mn_fm_mode(const mn_fm *fm, const char *place)
{
    const char *mode = mn_place_mode(place);
    if (strcmp(mode, "in-person") == 0 && fm->remote) {
        mn_job_verbose_note(fm->job, "title-block", fm->remote_line,
                            "mode 'hybrid': the place is a room, and line %u says some joined from afar",
                            fm->remote_line);
        return "hybrid";
    }
    mn_job_verbose_note(fm->job, "title-block", 0, "mode '%s': from the location's words", mode);
    return mode;
}
