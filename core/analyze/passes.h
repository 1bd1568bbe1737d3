/* SPDX-License-Identifier: MIT */
/* passes.h — the analysis passes that turn the builder's generic tree into the
 * canonical document.  Each pass is a file of its own in core/analyze/, runs
 * on the whole xmlDoc in place, reports through mn_job_warn/mn_job_error, and
 * returns 0 or an MN_EX_* status.  docs/INTERNALS.md describes the tree each
 * pass receives and leaves. */
#ifndef MN_PASSES_H
#define MN_PASSES_H

#include <libxml/tree.h>
#include "minutes/minutes.h"

typedef int (*mn_pass_fn)(xmlDocPtr doc, mn_job *job);

int mn_pass_frontmatter(xmlDocPtr doc, mn_job *job); /* frontmatter.c */
int mn_pass_sections(xmlDocPtr doc, mn_job *job);    /* sections.c */
int mn_pass_digest(xmlDocPtr doc, mn_job *job);      /* digest.c */
int mn_pass_agenda(xmlDocPtr doc, mn_job *job);      /* agenda.c */
int mn_pass_annexes(xmlDocPtr doc, mn_job *job);     /* annexes.c */
int mn_pass_actions(xmlDocPtr doc, mn_job *job);     /* actions.c */
int mn_pass_speakers(xmlDocPtr doc, mn_job *job);    /* speakers.c */
int mn_pass_ids(xmlDocPtr doc, mn_job *job);         /* ids.c */
int mn_pass_temporal(xmlDocPtr doc, mn_job *job);    /* temporal.c */
int mn_pass_events(xmlDocPtr doc, mn_job *job);      /* events.c */
int mn_pass_due(xmlDocPtr doc, mn_job *job);         /* due.c */
int mn_pass_finish(xmlDocPtr doc, mn_job *job);      /* finish.c */

/* Runs every pass in order; stops at the first that fails. */
int mn_run_passes(xmlDocPtr doc, mn_job *job);

#endif
