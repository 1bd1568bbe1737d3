/* SPDX-License-Identifier: MIT */
/* html.c — the HTML writer: options, the page frame and the write entry.
 * The page is one self-contained file: inline CSS, no script to run (the
 * only script element holds JSON-LD data), nothing fetched from the
 * network, a logo inlined as a data URI. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"

static const mn_option html_options[] = {
    {"html-fragment", NULL,
     "write the <article> alone (with its JSON-LD), without <html>, <head> or CSS, "
     "for embedding in an existing site"},
    {"style", "FILE", "house style: organisation, logo, accent colour, fonts, footer, labels "
                      "(key = value lines; see docs/STYLE-FILE.md)"},
    {"index", NULL, "with several inputs and -o DIRECTORY: also write index.html (every "
                    "meeting by date, open actions, next dates) and calendar.ics (every "
                    "upcoming entry of the batch)"},
    {NULL, NULL, NULL},
};

/* Default labels, English, for a language without a lexicon (the English
 * lexicon's output-labels say the same); a style file may replace any
 * (label.NAME). */
static const char *const default_labels[][2] = {
    {"contents", "Contents"},         {"agenda", "Agenda"},
    {"participants", "Participants"}, {"actions", "Actions"},
    {"upcoming", "Upcoming dates"},   {"action", "Action"},
    {"decision", "Decision"},         {"note", "Note"},
    {"owner", "Owner"},               {"due", "Due"},
    {"status", "Status"},             {"open", "open"},
    {"done", "done"},                 {"carried", "carried over"},
    {"date", "Date"},                 {"what", "What"},
    {"where", "Where"},               {"section", "Section"},
    {"deadline", "Deadline"},         {"tentative", "to be confirmed"},
    {"presenter", "presented by"},    {"vote", "Vote"},
    {"moved", "moved by"},            {"seconded", "seconded by"},
    {"source", "Source"},             {"meetings", "Meetings"},
    {"minutes", "Minutes"},           {"next-dates", "Next dates"},
    {"open-actions", "Open actions"}, {"failed", "not carried"},
};

const char *hw_label(const hw *w, const char *name)
{
    /* Asked for every action and date: without a style, straight to the
     * defaults. */
    if (w->style) {
        char key[48];
        snprintf(key, sizeof key, "label.%s", name);
        const char *v = mn_style_get(w->style, key);
        if (v)
            return v;
    }
    const char *v = mn_words_label(w->words, name);
    if (v)
        return v;
    for (size_t i = 0; i < sizeof default_labels / sizeof default_labels[0]; i++)
        if (strcmp(default_labels[i][0], name) == 0)
            return default_labels[i][1];
    return name;
}

void hw_set_language(hw *w, const char *lang)
{
    w->words = mn_words_of(w->job, lang);
    /* English dates stay the page's own ("Tue 18 Nov 2025" in tables) */
    const char *of = mn_words_lang(w->words);
    w->dates = of && strcmp(of, "en") != 0 ? w->words : NULL;
}

const char *hw_colon(const hw *w)
{
    const char *c = mn_words_label(w->words, "colon");
    return c ? c : ":";
}

static int flag_on(const char *v)
{
    return v && strcmp(v, "0") != 0 && strcasecmp(v, "false") != 0 && strcasecmp(v, "no") != 0;
}

/* The <article>: what a page and a fragment share. */
static void article(hw *w)
{
    ho *h = w->h;
    const char *lang = mn_node_lang(w->root);
    ho_str(h, "<article class=\"minutes\"");
    if (w->fragment)
        ho_attr_pair(h, "lang", lang);
    ho_str(h, ">\n");
    hw_title_block(w);
    hw_toc(w);
    hw_agenda(w);
    hw_body(w);
    hw_actions_summary(w);
    hw_upcoming(w);
    hw_participants(w);
    hw_footer(w);
    ho_str(h, "</article>\n");
}

static void page(hw *w)
{
    ho *h = w->h;
    const char *lang = mn_node_lang(w->root);
    ho_str(h, "<!DOCTYPE html>\n<html");
    ho_attr_pair(h, "lang", lang && *lang ? lang : "und");
    ho_str(h, ">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    ho_str(h, "<meta name=\"generator\" content=\"minutes " MN_VERSION "\">\n<title>");
    char *title = hw_page_title(w);
    ho_text(h, title ? title : "");
    free(title);
    ho_str(h, "</title>\n");
    hw_css(h, w->style);
    hw_jsonld(w);
    ho_str(h, "</head>\n<body>\n<main>\n");
    article(w);
    ho_str(h, "</main>\n</body>\n</html>\n");
}

/* Reads --style.  Returns 0 and the style (NULL without --style), or a
 * status with the error on JOB. */
static int load_style(mn_job *job, mn_style **out)
{
    const char *path = mn_job_option(job, "style");
    *out = NULL;
    if (!path)
        return 0;
    char *err = NULL;
    *out = mn_style_load(path, &err);
    if (*out)
        return 0;
    int rc = mn_job_error(job, MN_EX_DATAERR, 0, "html: --style: %s", err ? err : "out of memory");
    free(err);
    return rc;
}

static int html_write(mn_job *job, const mn_doc *doc, mn_output *out)
{
    static ho h; /* 64 KiB: kept off the stack; writers run one at a time */
    mn_style *style = NULL;
    int rc = load_style(job, &style);
    if (rc)
        return rc;
    ho_init(&h, out);
    hw w = {.h = &h, .job = job, .root = mn_doc_root(doc), .style = style,
            .fragment = flag_on(mn_job_option(job, "html-fragment"))};
    w.meta = mn_node_child(w.root, MN_KIND_META);
    hw_set_language(&w, mn_node_lang(w.root));
    hw_anchors_build(&w.ids, w.root);
    if (w.fragment) {
        article(&w);
        hw_jsonld(&w);
    } else {
        page(&w);
    }
    rc = ho_finish(&h);
    if (rc == 0 && w.ids.failed)
        rc = mn_job_error(job, MN_EX_SOFTWARE, 0, "html: out of memory");
    hw_anchors_free(&w.ids);
    mn_style_free(style);
    return rc;
}

static int html_write_index(mn_job *job, const mn_doc *const *docs, const char *const *stems,
                            size_t n, mn_output *out)
{
    static ho h;
    mn_style *style = NULL;
    int rc = load_style(job, &style);
    if (rc)
        return rc;
    ho_init(&h, out);
    hw w = {.h = &h, .job = job, .style = style};
    rc = hw_write_index(&w, docs, stems, n);
    int wrc = ho_finish(&h);
    mn_style_free(style);
    return rc ? rc : wrc;
}

static const mn_plugin html_plugin = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "html",
    .version = MN_VERSION,
    .description = "HTML page (one self-contained file, or a fragment): title block, contents, "
                   "agenda, sections, actions, upcoming dates, participants, schema.org JSON-LD",
    .extensions = "html htm",
    .media_types = "text/html",
    .caps = MN_CAN_WRITE,
    .write = html_write,
    .options = html_options,
    .write_collection = html_write_index,
};

MN_PLUGIN_EXPORT(html_plugin);
