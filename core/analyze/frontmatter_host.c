/* SPDX-License-Identifier: MIT */
/* frontmatter_host.c — the meeting's place told by who hosted it, as
 * standards bodies, consortia and working groups meeting face to face at
 * a member's site write it (frontmatter.h): "Hosted by Bluestem Systems,
 * Austin.", "Host: Aurora Devices, Helsinki.".  The host's name and the
 * city after it are the place, as written.
 *
 * A host is a place only when it reads as a site and not as a person:
 * at least two capitalised parts ("Org, City"), the first not opening
 * with a common given name ("Hosted by Ana Ruiz, Acme" names a person and
 * her company), none holding a date or a time.  "hosted by the Secretary
 * via Zoom" names no place.  Fills only what fm->text leaves open; the
 * sentence stays in the body. */
#include <stdlib.h>
#include <string.h>

#include "frontmatter.h"
#include "lexicon.h"
#include "place.h"
#include "textscan.h"

#define MN_HOST_PARTS_MAX 4

/* Whether i in text starts a sentence: the text's start, or after ". "
 * or ": ". */
static int mn_host_sentence_start(const char *text, size_t i)
{
    return i == 0 || (i >= 2 && text[i - 1] == ' ' && (text[i - 2] == '.' || text[i - 2] == ':'));
}

/* Bytes of the host's words at s: up to the sentence's end (". ", a
 * final ".", ";", "(") or the text's end. */
static size_t mn_host_span(const char *s)
{
    size_t i = 0;
    for (; s[i]; i++)
        if (s[i] == ';' || s[i] == '(' || (s[i] == '.' && (s[i + 1] == ' ' || !s[i + 1])))
            break;
    return i;
}

/* Whether the folded part is a site's name, a street or a city:
 * capitalised (a street after the name may start with its number: "500
 * Lavaca Street"), short, a place as mn_place_like reads it, with no date
 * or time. */
static int mn_host_part(const char *part, int first, mn_date_order order)
{
    if (!*part || !(mn_ts_starts_upper(part) || (!first && *part >= '1' && *part <= '9')) ||
        !mn_place_like(part))
        return 0;
    for (size_t i = 0; part[i]; i++) {
        mn_fm_date d;
        mn_fm_time t;
        if (mn_fm_word_start(part, i) &&
            (mn_fm_parse_date(part + i, order, &d) || mn_fm_parse_time(part + i, &t)))
            return 0;
    }
    return 1;
}

/* The place the host's words at s[0, n) name, malloc'd, or NULL. */
static char *mn_host_place(const char *s, size_t n, mn_date_order order)
{
    char *folded = mn_ts_fold(s, n);
    if (!folded)
        return NULL;
    size_t first = strcspn(folded, " ,");
    int parts = 0, ok = !mn_lx_find(mn_lx(), MN_LX_GIVEN_NAMES, folded, first);
    for (char *p = folded; ok && *p;) {
        size_t k = strcspn(p, ",");
        char *part = mn_ts_fold(p, k);
        ok = part && mn_host_part(part, parts == 0, order) && ++parts <= MN_HOST_PARTS_MAX;
        free(part);
        p += k + (p[k] == ',');
    }
    if (!ok || parts < 2) {
        free(folded);
        return NULL;
    }
    return folded;
}

void mn_fm_host_statement(mn_fm *fm, const char *text)
{
    mn_fm_info *t = &fm->text;
    if (!text || t->place)
        return;
    for (size_t i = 0; text[i]; i++) {
        if (!mn_host_sentence_start(text, i))
            continue;
        size_t k = 0;
        for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_HOST_STATEMENTS); *w && !k; w++)
            k = mn_ts_prefix(text + i, *w, 1);
        if (!k)
            continue;
        const char *s = text + i + k;
        s += mn_ts_skip_space(s);
        t->place = mn_host_place(s, mn_host_span(s), fm->order);
        return;
    }
}
