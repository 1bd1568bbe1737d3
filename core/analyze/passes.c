/* SPDX-License-Identifier: MIT */
/* passes.c — the order the analysis passes run in (docs/INTERNALS.md). */
#include "passes.h"

#include <stddef.h>

int mn_run_passes(xmlDocPtr doc, mn_job *job)
{
    const mn_pass_fn passes[] = {
        mn_pass_frontmatter, mn_pass_sections, mn_pass_digest,   mn_pass_agenda,
        mn_pass_annexes,     mn_pass_actions,  mn_pass_speakers, mn_pass_ids,
        mn_pass_temporal,    mn_pass_events,   mn_pass_due,      mn_pass_finish,
    };
    for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
        int rc = passes[i](doc, job);
        if (rc)
            return rc;
    }
    return 0;
}
