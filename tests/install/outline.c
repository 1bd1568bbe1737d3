/* SPDX-License-Identifier: MIT */
/* outline.c — a whole output plugin written from the installed headers:
 * the meeting's title and weekday, then one line per section heading and
 * per action, indented by depth.  docs/INTERNALS.md shows it. */
#include <minutes/doc.h>
#include <minutes/plugin.h>
#include <stdlib.h>
#include <string.h>

static const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

static int line(mn_job *job, mn_output *out, int depth, const char *tag, const mn_node *n)
{
    char *text = mn_node_text_folded(n); /* ours to free */
    if (!text)
        return mn_job_error(job, MN_EX_SOFTWARE, 0, "outline: out of memory");
    int rc = mn_output_printf(out, "%*s%s %s\n", 2 * depth, "", tag, text);
    free(text);
    return rc;
}

static int outline_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    const mn_node *meta = mn_node_child(mn_doc_root(doc), MN_KIND_META);
    mn_datetime when;
    const mn_node *date = mn_node_child(meta, MN_KIND_DATE);
    char *day = mn_node_text_folded(date);
    int rc = line(job, out, 0, "#", mn_node_child(meta, MN_KIND_TITLE));
    if (!rc && day && mn_datetime_parse(day, strlen(day), &when) == 0)
        rc = mn_output_printf(out, "%s %s\n", weekdays[mn_date_weekday(when.year, when.month, when.day)], day);
    free(day);
    mn_iter *it = mn_iter_new(mn_node_child(mn_doc_root(doc), MN_KIND_BODY));
    int depth = 0;
    for (mn_event ev; !rc && it && (ev = mn_iter_next(it)) != MN_EVENT_DONE;) {
        const mn_node *n = mn_iter_node(it);
        if (mn_node_is(n, MN_KIND_SECTION))
            depth += ev == MN_EVENT_ENTER ? 1 : -1;
        else if (ev == MN_EVENT_ENTER && mn_node_is(n, MN_KIND_HEADING))
            rc = line(job, out, depth, "§", n);
        else if (ev == MN_EVENT_ENTER && mn_node_is(n, MN_KIND_ACTION)) {
            rc = line(job, out, depth, "ACTION", n);
            mn_iter_skip(it); /* its text is said: no need to walk it */
        }
    }
    if (!it)
        rc = mn_job_error(job, MN_EX_SOFTWARE, 0, "outline: out of memory");
    mn_iter_free(it);
    return rc; /* a failed write is already on the job */
}

static const mn_plugin outline = {
    .abi = MN_PLUGIN_ABI, .size = sizeof(mn_plugin), .name = "outline", .version = "1.0",
    .description = "section headings and actions", .extensions = "outline",
    .caps = MN_CAN_WRITE, .write = outline_write,
};
MN_PLUGIN_EXPORT(outline);
