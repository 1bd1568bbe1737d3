/* SPDX-License-Identifier: MIT */
/* people_name.h — one person as a list writes them, taken apart: the name,
 * its given and family parts, and the decorations around it — a title
 * ("Dr.", "Cllr"), an office before it ("Clerk Teresa Munoz"), a note in
 * brackets or after a dash or comma ("(chair)", "[host]", "(@aruiz)",
 * "(Acme)", "— Nordlicht Data", "(remote)"), a handle ("@aruiz").
 * (private to core/analyze/; pure string functions: no tree, no
 * diagnostics; the words come from the lexicon.) */
#ifndef MN_PEOPLE_NAME_H
#define MN_PEOPLE_NAME_H

#include <stddef.h>

/* How the list a name comes from writes it. */
enum {
    MN_NAME_ONE_PER_LINE = 1, /* one person per line, item or cell: "Ana Ruiz, Acme"
                                 is a name and an organisation */
    MN_NAME_NICKS = 2,        /* lower-case nicknames are names ("hana, tolland") */
};

/* A person read from a list entry.  Strings are malloc'd (mn_name_free);
 * role points into the lexicon. */
typedef struct mn_name {
    char *name;          /* as it reads without decorations: "Ana Ruiz" */
    char *given, *family; /* NULL when the name does not tell */
    const char *role;    /* a person-roles meaning ("chair"), or NULL */
    char *affiliation;   /* the organisation beside the name, or NULL */
    char *handle;        /* "@aruiz", or NULL */
    char *note;          /* what else was written beside the name ("remote",
                            "Head of Sales", "for item 5"), or NULL */
} mn_name;

/* Reads TEXT (one entry of a list of people) into n.  Returns 1 when it
 * reads as a person, 0 when it does not (n is then empty), -1 when out of
 * memory.  Free n with mn_name_free either way. */
int mn_name_read(const char *text, unsigned flags, mn_name *n);

void mn_name_free(mn_name *n);

/* Reads TEXT as what is written beside n's name (a table's Role or Notes
 * cell, "Head of Marketing (chair)"): its role, handle, organisation and
 * the rest as n's note. */
void mn_name_note(mn_name *n, const char *text);

/* The given and family parts of a name without decorations ("Mei Lin
 * Zhao": "Mei Lin", "Zhao"; "J. Okonedo": none, "Okonedo"; "Matej KOVAČ":
 * "Matej", "KOVAČ"); each malloc'd or NULL.  TITLED says a title stood
 * before the name ("Cllr Smith": Smith is a family name). */
void mn_name_parts(const char *name, int titled, char **given, char **family);

/* The role the LEN bytes at s name (a person-roles word, "in the chair"),
 * or NULL; "none" for a label of people without a role. */
const char *mn_role_of(const char *s, size_t len);

/* The weightier of two roles (NULL for none): a function in the meeting
 * (chair, co-chair, scribe, note taker, facilitator, host, timekeeper)
 * over an office (vice-chair, secretary, treasurer), an office over
 * guest or presenter. */
const char *mn_role_better(const char *a, const char *b);

/* Whether the LEN bytes at s are a common given name. */
int mn_name_is_given(const char *s, size_t len);

#endif
