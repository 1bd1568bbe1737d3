/* SPDX-License-Identifier: MIT */
/* place.h — recognising a meeting's or an event's place as people write it
 * (private to core/analyze/): the one place recogniser of the passes.  The
 * front-matter pass reads "date | time | place" lines and "Location:"
 * values with it; the events pass may ask it for the place a sentence
 * names.  Pure string functions: no tree, no diagnostics; the words come
 * from the lexicon (place-verbs, place-trailing, place-leads, …). */
#ifndef MN_PLACE_H
#define MN_PLACE_H

#include <stddef.h>

/* Whether a folded segment reads as a place ("Online", "Brussels and
 * online", "Room 4") rather than part of a sentence or title. */
int mn_place_like(const char *seg);

/* SEG past a leading "at ", "in ", "held in " (the lexicon's place-leads),
 * unless what follows says it is no place ("in person"): a pointer into
 * SEG. */
const char *mn_place_strip_lead(const char *seg);

/* Whether the folded segment is only connecting words ("and", "&"). */
int mn_place_connectors_only(const char *seg);

/* Bytes of the separator between the parts of a "date | time | place"
 * line at s (| , ; · • and, after a space, a spaced dash or slash), or 0. */
size_t mn_place_separator(const char *s, int after_space);

/* Whether the folded segment says only how the meeting was held
 * ("videoconference", "by teleconference", "via Zoom", "hybrid"): a place
 * part of a "date | time | place" line even in lower case. */
int mn_place_mode_only(const char *seg);

/* Where a meeting took place, from the place as written ("Online",
 * "Brussels and online", "Room 4, Geneva", "Hybrid (Zoom)"): "online",
 * "in-person" or "hybrid". */
const char *mn_place_mode(const char *place);

#endif
