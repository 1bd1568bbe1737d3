/* SPDX-License-Identifier: MIT */
/* people.h — the participants under construction (private to
 * core/analyze/): groups and persons as the annexes pass finds them, role
 * lines ("Chair: Ana Ruiz") kept until every list is read, then applied to
 * the person they name, and the whole placed before the body.
 *
 * Where people are found in the tree is people_walk.c's; how one entry is
 * taken apart is people_name.c's. */
#ifndef MN_PEOPLE_H
#define MN_PEOPLE_H

#include <libxml/tree.h>
#include <stddef.h>

#include "minutes/minutes.h"

typedef struct mn_people mn_people;

/* A new, empty set of participants for DOC (mn_people_free). */
mn_people *mn_people_new(xmlDocPtr doc, mn_job *job);
/* Frees pp and whatever of it mn_people_finish did not place. */
void mn_people_free(mn_people *pp);

/* How many people and role lines pp holds so far: a reader of a block
 * compares it before and after to know whether the block gave any. */
size_t mn_people_taken(const mn_people *pp);

/* What a label over people says. */
enum mn_people_label_kind {
    MN_PL_NONE = 0,
    MN_PL_GROUP, /* "Present", "Directors Present", "Apologies", "Guests" */
    MN_PL_ROLE,  /* "Chair", "Scribe(s)", "Minutes", "Staff contact" */
};

/* What the label (LEN bytes at s, as written: "Present (19 members)",
 * "👥 Attendees", "Scribe(s)") is; *role the role it gives its people
 * (NULL for none).  *clean, when not NULL, gets the label without its
 * decorations (malloc'd). */
enum mn_people_label_kind mn_people_label(const char *s, size_t len, const char **role,
                                          char **clean);

/* A new group labelled LABEL (NULL or "" for none); ROLE (may be NULL) is
 * given to every person of it who has no other.  Owned by pp. */
xmlNodePtr mn_people_group(mn_people *pp, const char *label, const char *role);

/* Adds the person TEXT (one entry, with its decorations) to GROUP, with
 * MN_NAME_* FLAGS.  Returns the person, or NULL when TEXT is no person. */
xmlNodePtr mn_people_add(mn_people *pp, xmlNodePtr group, const char *text, unsigned flags);

struct mn_name;
/* Adds the person N (people_name.h) to GROUP; returns the person. */
xmlNodePtr mn_people_add_name(mn_people *pp, xmlNodePtr group, const struct mn_name *n);

/* Adds a person from table cells: FAMILY and GIVEN as written (either may
 * be ""), AFFILIATION and ROLE (NULL for none). */
xmlNodePtr mn_people_add_parts(mn_people *pp, xmlNodePtr group, const char *family,
                               const char *given, const char *affiliation, const char *role);

/* Splits VALUE ("A, B (chair) and C", "the Mayor, Cllr X; Cllrs Y and Z")
 * into entries and adds those that are people to GROUP.  With ALL set,
 * every entry must be a person or nothing is added.  Returns how many
 * were added; *COMPLETE (may be NULL) says whether every entry was a
 * person ("and 7 members of the public" is none: the line must stay). */
size_t mn_people_list(mn_people *pp, xmlNodePtr group, const char *value, unsigned flags, int all,
                      int *complete);

/* A role line: LABEL ("Chairs") gives ROLE to each person of VALUE; with
 * KNOWN_ONLY, only to people listed elsewhere (a role line in the minutes'
 * text adds no one).  Returns 1 when VALUE is a list of people, else 0. */
int mn_people_role_line(mn_people *pp, const char *label, const char *role, const char *value,
                        unsigned flags, int known_only);

/* Applies the role lines to the people they name (or lists those named
 * nowhere else under the line's label), drops empty groups and places the
 * participants before BODY. */
void mn_people_finish(mn_people *pp, xmlNodePtr body);

#endif
