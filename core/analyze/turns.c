/* SPDX-License-Identifier: MIT */
/* turns.c — whether a line is someone's turn in a transcript ("RMA: …",
 * "Laila Haddad (LHD): …", "Ana: the minutes were approved on the list").
 *
 * Notes kept as a transcript record what people said; what the meeting
 * decided is written apart (a "Conclusion" list, a RESOLUTION line).  A
 * turn that says "approved" or "agreed" is talk, not a recorded decision,
 * so the actions pass reads no decision from a turn's prose (its markers
 * still count).  The speakers pass, which runs later, finds speakers with
 * more care; this reads just enough: a document is a transcript when two
 * labels or more start lines twice or more each (topic labels such as
 * "Budget:" rarely repeat), and a line is a turn when its label is one of
 * those, or initials ("RMA").  A role's line ("Chairs: consensus to adopt")
 * is the chairs' call, which records the decision, and no turn. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "lexicon.h"
#include "textscan.h"
#include "xmlutil.h"

enum { MN_LABEL_MAX = 48, MN_LABEL_WORDS = 4, MN_LABELS_MAX = 512 };

/* Whether the LEN bytes at S are a name's words: one to four, each opening
 * with a capital ("Ana", "Laila Haddad", "RMA", "Jean-Luc"). */
static int mn_name_words(const char *s, size_t len)
{
    size_t words = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == ' ')
            i++;
        if (i == len)
            break;
        if (!isupper((unsigned char)s[i]))
            return 0;
        words++;
        while (i < len && s[i] != ' ') {
            unsigned char c = (unsigned char)s[i];
            if (!(isalpha(c) || c == '-' || c == '.' || c == '\'' || c >= 0x80))
                return 0;
            i++;
        }
    }
    return words >= 1 && words <= MN_LABEL_WORDS;
}

size_t mn_turn_label(const char *text, char *name, size_t size)
{
    const char *s = text + strspn(text, "*_ ");
    const char *colon = memchr(s, ':', strnlen(s, MN_LABEL_MAX + 16));
    if (!colon || (colon[1] && colon[1] != ' ' && colon[1] != '*'))
        return 0;
    size_t len = (size_t)(colon - s);
    while (len > 0 && strchr("*_ ", s[len - 1]))
        len--;
    const char *paren = memchr(s, '(', len);
    size_t name_len = paren ? (size_t)(paren - s) : len;
    while (name_len > 0 && s[name_len - 1] == ' ')
        name_len--;
    if (!name_len || name_len >= size || name_len > MN_LABEL_MAX || !mn_name_words(s, name_len) ||
        mn_lx_find(mn_lx(), MN_LX_SPEAKER_STOPS, s, name_len))
        return 0;
    memcpy(name, s, name_len);
    name[name_len] = '\0';
    return (size_t)(colon + 1 - text);
}

typedef struct mn_label_count {
    char name[MN_LABEL_MAX + 1];
    size_t times;
} mn_label_count;

typedef struct mn_labels {
    mn_label_count *v;
    size_t n;
} mn_labels;

static void mn_count_label(mn_labels *l, const char *name)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i].name, name) == 0) {
            l->v[i].times++;
            return;
        }
    if (l->n == MN_LABELS_MAX)
        return;
    memcpy(l->v[l->n].name, name, strlen(name) + 1);
    l->v[l->n++].times = 1;
}

static void mn_count_labels(xmlNodePtr n, mn_labels *l)
{
    for (xmlNodePtr c = mn_child(n, NULL); c; c = mn_next(c, NULL)) {
        if (mn_is(c, "p") || mn_is(c, "item")) {
            char *t = mn_ts_inline_folded(c);
            char name[MN_LABEL_MAX + 1];
            if (t && mn_turn_label(t, name, sizeof name))
                mn_count_label(l, name);
            free(t);
        }
        if (!mn_is(c, "p"))
            mn_count_labels(c, l);
    }
}

/* The labels that make the document a transcript (each starts two lines or
 * more), '\n'-separated, malloc'd; NULL when the document is none. */
char *mn_turn_speakers(xmlNodePtr body)
{
    mn_labels l = {calloc(MN_LABELS_MAX, sizeof(mn_label_count)), 0};
    if (!l.v)
        return NULL;
    mn_count_labels(body, &l);
    size_t repeated = 0, bytes = 1;
    for (size_t i = 0; i < l.n; i++)
        if (l.v[i].times >= 2)
            repeated++, bytes += strlen(l.v[i].name) + 1;
    char *out = repeated >= 2 ? malloc(bytes) : NULL;
    for (size_t i = 0, at = 0; out && i < l.n; i++)
        if (l.v[i].times >= 2) {
            size_t len = strlen(l.v[i].name);
            memcpy(out + at, l.v[i].name, len);
            at += len;
            out[at++] = '\n';
            out[at] = '\0';
        }
    free(l.v);
    return out;
}

int mn_is_turn(const char *speakers, const char *text)
{
    char name[MN_LABEL_MAX + 1];
    if (!speakers || !mn_turn_label(text, name, sizeof name))
        return 0;
    size_t n = strlen(name), caps = 0;
    if (mn_lx_find(mn_lx(), MN_LX_SPEAKER_ROLES, name, n))
        return 0; /* "Chairs: no consensus in the room" is the call itself */
    for (size_t i = 0; i < n; i++)
        caps += isupper((unsigned char)name[i]) != 0;
    if (n >= 2 && n <= 4 && caps == n)
        return 1; /* initials */
    for (const char *p = speakers; (p = strstr(p, name)) != NULL; p++)
        if ((p == speakers || p[-1] == '\n') && p[n] == '\n')
            return 1;
    return 0;
}
