/* SPDX-License-Identifier: MIT */
/* place.c — a place as people write it: is a segment a place, where does it
 * start, how was the meeting held (place.h). */
#include "place.h"

#include <string.h>

#include "lexicon.h"
#include "textscan.h"

int mn_place_connectors_only(const char *seg)
{
    for (const char *p = seg; *p;) {
        size_t n = strcspn(p, " ");
        if (!mn_lx_find(mn_lx(), MN_LX_PLACE_CONNECTORS, p, n))
            return 0;
        p += n + (p[n] == ' ');
    }
    return 1;
}

/* Whether a folded segment reads as a place ("Online", "Brussels and
 * online", "Room 4") rather than part of a sentence or title. */
int mn_place_like(const char *seg)
{
    if (!mn_ts_starts_upper(seg) && !(seg[0] >= '0' && seg[0] <= '9'))
        return 0;
    if (mn_ts_word_count(seg) > 8)
        return 0;
    const mn_lexicon *lx = mn_lx();
    for (const char *const *v = mn_lx_words(lx, MN_LX_PLACE_VERBS); *v; v++)
        if (mn_ts_has_word(seg, *v))
            return 0;
    const char *last = strrchr(seg, ' ');
    last = last ? last + 1 : seg;
    return !mn_lx_has(lx, MN_LX_PLACE_TRAILING, last);
}

/* Leading "at ", "in ", "held in " taken off a place, unless what follows
 * says it is no place ("in person"). */
const char *mn_place_strip_lead(const char *seg)
{
    const mn_lexicon *lx = mn_lx();
    const char *const *exceptions = mn_lx_words(lx, MN_LX_PLACE_LEAD_EXCEPTIONS);
    for (const char *const *l = mn_lx_words(lx, MN_LX_PLACE_LEADS); *l; l++) {
        size_t k = mn_ts_prefix(seg, *l, 0);
        if (!k || seg[k] != ' ')
            continue;
        k++;
        int no_place = 0;
        for (const char *const *x = exceptions; *x && !no_place; x++)
            no_place = mn_ts_prefix(seg + k, *x, 1) != 0;
        if (!no_place)
            return seg + k;
    }
    return seg;
}

/* Separators between the parts of a line: | , ; · • and spaced dashes.
 * Returns the bytes of the separator at s, or 0. */
size_t mn_place_separator(const char *s, int after_space)
{
    if (*s == '|' || *s == ',' || *s == ';')
        return 1;
    if (*s == '/' && after_space && s[1] == ' ')
        return 1; /* "12 May 2026 / 10 AM / Room 4", as typed in one cell */
    if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xB7)
        return 2;
    if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xA2)
        return 3;
    size_t d = mn_ts_dash(s);
    if (d == 1 && s[1] == '-')
        d = 2; /* "--", as typed for a dash */
    return d && after_space && mn_ts_space(s + d) ? d : 0;
}

/* Counts the words of a place by what they say of its mode; *other gets
 * the words that are neither online, hybrid nor neutral (a physical
 * place's). */
static void mn_place_words(const char *place, int *online, int *hybrid, int *physical)
{
    *online = *hybrid = *physical = 0;
    for (const char *p = place; *p;) {
        if (!mn_ts_word_at(p)) {
            p += mn_ts_char_len(p);
            continue;
        }
        size_t n = 0;
        while (p[n] && (mn_ts_word_at(p + n) || (p[n] == '-' && mn_ts_word_at(p + n + 1))))
            n += mn_ts_char_len(p + n);
        const mn_lexicon *lx = mn_lx();
        if (mn_lx_find(lx, MN_LX_HYBRID_WORDS, p, n))
            *hybrid = 1;
        else if (mn_lx_find(lx, MN_LX_ONLINE_WORDS, p, n))
            *online = 1;
        else if (!mn_lx_find(lx, MN_LX_LOCATION_NEUTRAL_WORDS, p, n))
            *physical = 1;
        p += n;
    }
}

int mn_place_mode_only(const char *seg)
{
    int online, hybrid, physical;
    mn_place_words(seg, &online, &hybrid, &physical);
    return (online || hybrid) && !physical;
}

const char *mn_place_mode(const char *place)
{
    int online, hybrid, physical;
    mn_place_words(place, &online, &hybrid, &physical);
    if (hybrid || (online && physical))
        return "hybrid";
    return online ? "online" : "in-person";
}
