/* SPDX-License-Identifier: MIT */
/* frontmatter_org.c — the organisation holding the meeting, as title blocks
 * name it (frontmatter.h).  Two habits, seen in boards, councils, charities,
 * clubs and companies alike:
 *  - a letterhead: the organisation's name, perhaps a department, then its
 *    address, phone number, e-mail or registration number, and only then
 *    the meeting's title ("Wexcombe District Council / Civic Offices,
 *    Station Road, Wexcombe WX1 2AB / Planning Committee"), or a document
 *    symbol's block ("Distr.: General / 24 June 2014 / Original: English",
 *    whose date is the document's).  The contact lines are never the
 *    title; the name above them is the organisation;
 *  - the organisation's name as the first line of the title block, the
 *    meeting's own title under it ("Kestrel Open Systems Foundation /
 *    Special Meeting of the Board of Directors").  The first line is taken
 *    for the organisation only when it is named as one (the lexicon's
 *    organisation-words: "Foundation", "Ltd", "Council") and names no
 *    document ("Minutes", "Meeting").
 * The letterhead's lines stay in the body as they were written. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "frontmatter.h"
#include "lexicon.h"
#include "people.h"
#include "textscan.h"

/* Longest label of a letterhead's "Headteacher: Mrs L. Penhale" line. */
#define MN_ORG_LABEL_MAX 24

/* Calls FN on each space-separated word of line, its brackets and trailing
 * commas taken off; stops at the first that FN accepts. */
static int mn_org_any_word(const char *line, int (*fn)(const char *w, size_t n, void *arg), void *arg)
{
    for (const char *p = line; *p;) {
        p += strspn(p, " ");
        size_t n = strcspn(p, " ");
        const char *w = p;
        size_t k = n;
        while (k && (*w == '(' || *w == '[' || *w == '"')) {
            w++;
            k--;
        }
        while (k && strchr(",;:)]\"", w[k - 1]))
            k--;
        if (k && fn(w, k, arg))
            return 1;
        p += n;
    }
    return 0;
}

static int mn_org_in_list(const char *w, size_t n, void *list)
{
    return mn_lx_find(mn_lx(), *(int *)list, w, n) != NULL;
}

static int mn_org_has(const char *line, int list)
{
    return mn_org_any_word(line, mn_org_in_list, &list);
}

/* "office@example.org": letters before the @, a dot after it. */
static int mn_org_email(const char *w, size_t n, void *unused)
{
    (void)unused;
    const char *at = memchr(w, '@', n);
    return at && at > w && memchr(at, '.', n - (size_t)(at - w)) != NULL;
}

/* "+44", "(541)": how a phone number starts. */
static int mn_org_phone(const char *w, size_t n, void *unused)
{
    (void)unused;
    if (n >= 3 && w[0] == '+' && isdigit((unsigned char)w[1]))
        return 1;
    return n == 5 && w[0] == '(' && w[4] == ')' && isdigit((unsigned char)w[1]) &&
           isdigit((unsigned char)w[2]) && isdigit((unsigned char)w[3]);
}

static int mn_org_upper_run(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]))
            return 0;
    return 1;
}

/* A British postcode ("TD4 7PQ", "SE16 4RT", "EM2 4RX") or a US state
 * and ZIP code ("MN 55404", "OR 97380") at s. */
static int mn_org_postcode_at(const char *s)
{
    size_t a = 0;
    while (isupper((unsigned char)s[a]))
        a++;
    if (a == 2 && s[2] == ' ') { /* "OR 97380" */
        size_t d = 0;
        while (isdigit((unsigned char)s[3 + d]))
            d++;
        return d == 5 && !isalnum((unsigned char)s[3 + d]);
    }
    if (a < 1 || a > 2 || !isdigit((unsigned char)s[a]))
        return 0;
    size_t b = a + 1;
    if (isalnum((unsigned char)s[b]))
        b++;
    return s[b] == ' ' && isdigit((unsigned char)s[b + 1]) && mn_org_upper_run(s + b + 2, 2) &&
           !isalnum((unsigned char)s[b + 4]);
}

static int mn_org_postcode(const char *line)
{
    for (size_t i = 0; line[i]; i++)
        if ((i == 0 || line[i - 1] == ' ') && mn_org_postcode_at(line + i))
            return 1;
    return 0;
}

/* Whether one line is a letterhead's contact line. */
static int mn_org_contact_line(const char *line)
{
    return mn_org_has(line, MN_LX_LETTERHEAD_WORDS) || mn_org_any_word(line, mn_org_email, NULL) ||
           mn_org_any_word(line, mn_org_phone, NULL) || mn_org_postcode(line);
}

/* Below a contact line: "Headteacher: Mrs L. Penhale", "Clerk: …" (a
 * label of one or two words that is no meeting field nor a group of
 * people). */
static int mn_org_label_line(const char *line)
{
    const char *colon = strchr(line, ':');
    size_t n = colon ? (size_t)(colon - line) : 0;
    if (!n || n > MN_ORG_LABEL_MAX || colon[1] != ' ' || !mn_ts_starts_upper(colon + 2))
        return 0;
    const char *role;
    if (mn_lx_find(mn_lx(), MN_LX_MEETING_FIELDS, line, n) ||
        mn_people_label(line, n, &role, NULL) == MN_PL_GROUP)
        return 0; /* "Date: …", "Present: …" begin the minutes */
    size_t spaces = 0;
    for (size_t i = 0; i < n; i++)
        spaces += line[i] == ' ';
    return spaces <= 1;
}

/* A line that is a date and nothing else. */
static int mn_org_date_only(const mn_fm *fm, const char *line)
{
    mn_fm_date d;
    size_t k = mn_fm_parse_date(line, fm->order, &d);
    return k && line[k] == '\0';
}

/* Takes the block that gave only FIELD out of the front matter: its
 * paragraph stays in the body. */
static void mn_org_unnote(mn_fm *fm, unsigned field)
{
    for (size_t i = 0; i < fm->nblocks; i++)
        if (fm->blocks[i].fields == field) {
            memmove(&fm->blocks[i], &fm->blocks[i + 1], (fm->nblocks - i - 1) * sizeof fm->blocks[0]);
            fm->nblocks--;
            return;
        }
}

int mn_fm_names_document(const char *s)
{
    return mn_org_has(s, MN_LX_DOCUMENT_WORDS);
}

int mn_fm_letterhead(mn_fm *fm, char **lines, size_t n)
{
    mn_fm_info *t = &fm->text;
    if (t->has_date || t->has_time || t->place || fm->text_seen)
        return 0; /* past the title block's top: an address is the meeting's place */
    int contact = 0, label = 0;
    for (size_t i = 0; i < n; i++) {
        if (!lines[i] || !*lines[i])
            continue;
        if (mn_org_contact_line(lines[i]))
            contact = 1;
        else if (fm->letterhead && !t->title && (mn_org_label_line(lines[i]) || mn_org_date_only(fm, lines[i])))
            label = 1; /* "Original: English"; the document's date, not the meeting's */
        else
            return 0;
    }
    if (!contact && !label)
        return 0;
    if (contact && t->title && !t->org && !fm->title_styled) {
        t->org = t->title; /* the name above the address */
        t->title = NULL;
        if (t->subtitle) { /* a department's line: back to the body */
            mn_org_unnote(fm, MN_FM_SUBTITLE);
            free(t->subtitle);
            t->subtitle = NULL;
        }
    }
    fm->letterhead = 1;
    fm->title_last = 0;
    fm->when_last = 0;
    return 1;
}

void mn_fm_org_over_title(mn_fm *fm)
{
    mn_fm_info *t = &fm->text;
    if (t->org || !t->title || !t->subtitle || fm->auth.title || fm->auth.subtitle)
        return;
    if (!mn_ts_starts_upper(t->title) || mn_ts_word_count(t->title) > 10 ||
        !mn_org_has(t->title, MN_LX_ORGANISATION_WORDS) || mn_org_has(t->title, MN_LX_DOCUMENT_WORDS))
        return;
    t->org = t->title;
    t->title = t->subtitle;
    t->subtitle = NULL;
}
