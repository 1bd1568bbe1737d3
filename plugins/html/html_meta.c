/* SPDX-License-Identifier: MIT */
/* html_meta.c — the parts around the minutes' content: the title block
 * (organisation and logo, title, subtitle, when and where), the table of
 * contents, and the footer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

char *hw_page_title(const hw *w)
{
    char *title = hd_child_text(w->meta, MN_KIND_TITLE);
    char *sub = hd_child_text(w->meta, MN_KIND_SUBTITLE);
    char *out = NULL;
    if (title && sub) {
        if (asprintf(&out, "%s \u2014 %s", title, sub) < 0)
            out = NULL;
        free(title);
    } else {
        out = title ? title : strdup(hw_label(w, "minutes"));
    }
    free(sub);
    return out;
}

/* The logo as a data URI: base64 of its bytes. */
static void logo_uri(ho *h, const unsigned char *d, size_t n, const char *type)
{
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    ho_str(h, "data:");
    ho_str(h, type);
    ho_str(h, ";base64,");
    char quad[4];
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)d[i] << 16 | (i + 1 < n ? (unsigned)d[i + 1] << 8 : 0) |
                     (i + 2 < n ? d[i + 2] : 0);
        quad[0] = b64[v >> 18 & 63];
        quad[1] = b64[v >> 12 & 63];
        quad[2] = i + 1 < n ? b64[v >> 6 & 63] : '=';
        quad[3] = i + 2 < n ? b64[v & 63] : '=';
        ho_raw(h, quad, 4);
    }
}

/* The letterhead: the house style's organisation and logo, else the
 * organisation the minutes name. */
static void organisation(hw *w)
{
    size_t size = 0;
    const char *type = NULL;
    const unsigned char *logo = mn_style_logo(w->style, &size, &type);
    char *doc_org = hd_child_or_attr(w->meta, MN_KIND_ORGANISATION, "organisation");
    const char *org = mn_style_get(w->style, "organisation");
    if (!org)
        org = doc_org;
    if (org || logo) {
        ho_str(w->h, "<p class=\"org\">");
        if (logo) {
            /* the name beside it says who: the image itself is decoration */
            ho_str(w->h, "<img alt=\"\" src=\"");
            logo_uri(w->h, logo, size, type);
            ho_str(w->h, "\">");
        }
        if (org) {
            ho_str(w->h, "<span>");
            ho_text(w->h, org);
            ho_str(w->h, "</span>");
        }
        ho_str(w->h, "</p>\n");
    }
    free(doc_org);
}

static int is_utc(const char *zone)
{
    return zone && (strcmp(zone, "UTC") == 0 || strcmp(zone, "Z") == 0 || strcmp(zone, "GMT") == 0 ||
                    strcmp(zone, "Etc/UTC") == 0);
}

/* A clock time of the meeting's day: a global date and time in UTC, else a
 * local one (the zone is named in the text beside it). */
static void clock_time(ho *h, const mn_words *local, const char *date, const char *clock, int utc)
{
    ho_str(h, "<time datetime=\"");
    if (date) {
        ho_attr(h, date);
        ho_str(h, "T");
    }
    ho_attr(h, clock);
    ho_str(h, utc && date ? "Z\">" : "\">");
    char buf[32];
    ho_text(h, hdate_clock(local, clock, buf, sizeof buf));
    ho_str(h, "</time>");
}

static void when_line(hw *w)
{
    ho *h = w->h;
    char *date = hd_child_text(w->meta, MN_KIND_DATE);
    const mn_node *t = mn_node_child(w->meta, MN_KIND_TIME);
    const char *start = mn_node_attr(t, "start"), *end = mn_node_attr(t, "end"), *zone = mn_node_attr(t, "zone");
    char *place = hd_child_text(w->meta, MN_KIND_LOCATION);
    hdate d;
    int has_date = date && hdate_parse(date, &d) == 0;
    if (!has_date && !start && !place) {
        free(date);
        free(place);
        return;
    }
    const char *sep = "";
    ho_str(h, "<p class=\"when\">");
    if (has_date) {
        char buf[96];
        hdate_format_in(w->dates, &d, 0, 1, buf, sizeof buf);
        ho_str(h, "<time");
        ho_attr_pair(h, "datetime", date);
        ho_str(h, ">");
        ho_text(h, buf);
        ho_str(h, "</time>");
        sep = " \u00b7 ";
    }
    if (start) {
        ho_str(h, sep);
        clock_time(h, w->dates, has_date ? date : NULL, start, is_utc(zone));
        if (end) {
            ho_str(h, "\u2013");
            clock_time(h, w->dates, has_date ? date : NULL, end, is_utc(zone));
        }
        if (zone) {
            ho_str(h, " ");
            ho_text(h, zone);
        }
        sep = " \u00b7 ";
    }
    if (place) {
        ho_str(h, sep);
        ho_str(h, "<span class=\"place\">");
        ho_text(h, place);
        ho_str(h, "</span>");
    }
    ho_str(h, "</p>\n");
    free(date);
    free(place);
}

void hw_title_block(hw *w)
{
    ho *h = w->h;
    ho_str(h, "<header class=\"title-block\">\n");
    organisation(w);
    char *title = hd_child_text(w->meta, MN_KIND_TITLE);
    ho_str(h, "<h1>");
    ho_text(h, title ? title : hw_label(w, "minutes"));
    ho_str(h, "</h1>\n");
    free(title);
    char *sub = hd_child_text(w->meta, MN_KIND_SUBTITLE);
    if (sub) {
        ho_str(h, "<p class=\"subtitle\">");
        ho_text(h, sub);
        ho_str(h, "</p>\n");
    }
    free(sub);
    when_line(w);
    ho_str(h, "</header>\n");
}

/* ---- contents ---------------------------------------------------------------------- */

static void toc_entry(ho *h, const char *id, const char *text)
{
    ho_str(h, "<li><a href=\"#");
    ho_attr(h, id);
    ho_str(h, "\">");
    ho_text(h, text);
    ho_str(h, "</a>");
}

/* A section's entry, "4.1 Heading" (the number and the heading escaped
 * apart: no string is put together for it). */
static void toc_section(ho *h, const mn_node *s, const char *id)
{
    /* Most headings fit the buffer: folded there, without a copy of the
     * heading's whole text. */
    enum { MAX = 480 };
    char buf[4 * (MAX + 1) + 1];
    const mn_node *hd = mn_node_child(s, MN_KIND_HEADING);
    char *long_heading = NULL;
    const char *heading = hd ? hd_folded_prefix(hd, MAX, buf, sizeof buf) : NULL;
    if (heading && hd_prefix_full(heading, MAX))
        heading = long_heading = mn_node_text_folded(hd);
    const char *n = mn_node_attr(s, "n");
    ho_str(h, "<li><a href=\"#");
    ho_attr(h, id);
    ho_str(h, "\">");
    if (n) {
        ho_text(h, n);
        ho_str(h, " ");
    }
    ho_text(h, heading ? heading : "");
    ho_str(h, "</a>");
    free(long_heading);
}

/* The sections below PARENT that have an id, DEPTH levels deep. */
static void toc_sections(hw *w, const mn_node *parent, int depth)
{
    ho *h = w->h;
    int open = 0;
    for (const mn_node *s = mn_node_child(parent, MN_KIND_SECTION); s; s = mn_node_next_of(s, MN_KIND_SECTION)) {
        const char *id = mn_node_attr(s, "id");
        if (!id)
            continue;
        if (!open++)
            ho_str(h, "<ul>");
        toc_section(h, s, id);
        if (depth > 1)
            toc_sections(w, s, depth - 1);
        ho_str(h, "</li>\n");
    }
    if (open)
        ho_str(h, "</ul>");
}

void hw_toc(hw *w)
{
    ho *h = w->h;
    const mn_node *agenda = mn_node_child(w->root, MN_KIND_AGENDA);
    const mn_node *body = mn_node_child(w->root, MN_KIND_BODY);
    ho_str(h, "<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">");
    ho_text(h, hw_label(w, "contents"));
    ho_str(h, "</h2>\n<ul>\n");
    if (hd_has(agenda, MN_KIND_ITEM))
        toc_entry(h, "agenda", hw_label(w, "agenda")), ho_str(h, "</li>\n");
    for (const mn_node *s = mn_node_child(body, MN_KIND_SECTION); s; s = mn_node_next_of(s, MN_KIND_SECTION)) {
        /* the top level is a list of its own so that numbering stays as written */
        const char *id = mn_node_attr(s, "id");
        if (!id)
            continue;
        toc_section(h, s, id);
        toc_sections(w, s, 1);
        ho_str(h, "</li>\n");
    }
    if (hw_has_actions(w))
        toc_entry(h, "actions", hw_label(w, "actions")), ho_str(h, "</li>\n");
    if (hw_has_events(w))
        toc_entry(h, "upcoming", hw_label(w, "upcoming")), ho_str(h, "</li>\n");
    if (hd_has(mn_node_child(w->root, MN_KIND_PARTICIPANTS), MN_KIND_GROUP))
        toc_entry(h, "participants", hw_label(w, "participants")), ho_str(h, "</li>\n");
    ho_str(h, "</ul>\n</nav>\n");
}

/* ---- footer ------------------------------------------------------------------------ */

void hw_footer(hw *w)
{
    ho *h = w->h;
    const char *text = mn_style_get(w->style, "footer");
    const mn_node *src = mn_node_child(w->meta, MN_KIND_SOURCE);
    const char *name = mn_node_attr(src, "name");
    char *url = hd_child_text(w->meta, MN_KIND_URL);
    ho_str(h, "<footer class=\"page-footer\">\n");
    if (text) {
        ho_str(h, "<p>");
        ho_text(h, text);
        ho_str(h, "</p>\n");
    }
    ho_str(h, "<p>");
    if (name || url) {
        ho_text(h, hw_label(w, "source"));
        ho_str(h, ": ");
        if (url) {
            ho_str(h, "<a");
            ho_attr_pair(h, "href", url);
            ho_str(h, ">");
            ho_text(h, name ? name : url);
            ho_str(h, "</a>");
        } else {
            ho_text(h, name);
        }
        ho_str(h, " \u00b7 ");
    }
    ho_str(h, "converted by minutes " MN_VERSION "</p>\n</footer>\n");
    free(url);
}
