/* SPDX-License-Identifier: MIT */
/* people_name.c — one person as written, taken apart (people_name.h).
 *
 * Decorations come off the end first, as a reader peels them: a note in
 * brackets, a note after a spaced dash, an organisation after a comma (one
 * person per line only), a trailing "@handle", a trailing note ("for item
 * 5").  Each note is read piece by piece (split at commas): a handle, a
 * role word, the person's own initials ("(LHD)"), a note of how they
 * attended, a job, or else the organisation.  Then titles and offices come
 * off the front ("Dr.", "Cllr", "President"), and what is left must read
 * as a name: capitalised words, initials, particles ("de", "van"). */
#include "people_name.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "textscan.h"

/* ---- words ------------------------------------------------------------------ */

int mn_name_is_given(const char *s, size_t len)
{
    return mn_lx_find(mn_lx(), MN_LX_GIVEN_NAMES, s, len) != NULL;
}

const char *mn_role_of(const char *s, size_t len)
{
    const mn_lx_entry *e = mn_lx_find(mn_lx(), MN_LX_PERSON_ROLES, s, len);
    return e ? e->means : NULL;
}

static int mn_role_rank(const char *r)
{
    static const char *const functions[] = {"chair",       "co-chair", "scribe", "note taker",
                                            "facilitator", "host",     "timekeeper", NULL};
    static const char *const offices[] = {"vice-chair", "secretary", "treasurer", NULL};
    if (!r || strcmp(r, "none") == 0)
        return 0;
    for (const char *const *f = functions; *f; f++)
        if (strcmp(r, *f) == 0)
            return 3;
    for (const char *const *o = offices; *o; o++)
        if (strcmp(r, *o) == 0)
            return 2;
    return 1;
}

const char *mn_role_better(const char *a, const char *b)
{
    return mn_role_rank(b) > mn_role_rank(a) ? b : a;
}

/* Bytes of the word at s (up to a space or the end). */
static size_t mn_word_len(const char *s)
{
    return strcspn(s, " ");
}

/* Bytes of the first word of the LEN bytes at s. */
static size_t mn_word_len_in(const char *s, size_t len)
{
    size_t w = 0;
    while (w < len && s[w] != ' ')
        w++;
    return w;
}

static int mn_has_digit(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (isdigit((unsigned char)s[i]))
            return 1;
    return 0;
}

static int mn_is_lower(const char *s)
{
    return (unsigned char)*s < 0x80 && islower((unsigned char)*s);
}

/* Whether the LEN bytes at s are letters written in capitals only (at
 * least two letters; "KOVAČ", "LHD"). */
static int mn_all_caps(const char *s, size_t len)
{
    size_t letters = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && islower(c))
            return 0;
        if (c < 0x80 && !isupper(c) && c != '-' && c != '\'')
            return 0;
        letters += isupper(c) != 0;
    }
    return letters >= 2;
}

/* Whether a word of the LEN bytes at s is in capitals ("docs WG"). */
static int mn_has_caps_word(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t w = 0;
        while (i + w < len && s[i + w] != ' ')
            w++;
        if (mn_all_caps(s + i, w))
            return 1;
        i += w + 1;
    }
    return 0;
}

/* An initial: "J.", "J", "J.R.". */
static int mn_initial(const char *s, size_t len)
{
    if (len == 0 || len > 6 || !isupper((unsigned char)s[0]))
        return 0;
    for (size_t i = 0; i < len; i++)
        if (!(isupper((unsigned char)s[i]) && (i + 1 == len || s[i + 1] == '.')) && s[i] != '.')
            return 0;
    return 1;
}

/* ---- the notes beside a name --------------------------------------------------- */

typedef struct mn_notes {
    const char *role;
    char *affiliation;
    char *handle;
    char *abbreviation; /* capitals that may be the person's initials */
    char *note;         /* what else was written beside the name */
    char *pending;      /* the note of the decoration being read */
} mn_notes;

static int mn_handle_like(const char *s, size_t len)
{
    if (len < 2 || s[0] != '@')
        return 0;
    for (size_t i = 1; i < len; i++)
        if (!isalnum((unsigned char)s[i]) && !strchr("_-.", s[i]))
            return 0;
    return 1;
}

static int mn_any_word_in(const char *s, size_t len, int list)
{
    for (size_t i = 0; i < len;) {
        while (i < len && !mn_ts_word_at(s + i))
            i += mn_ts_char_len(s + i);
        size_t j = i;
        while (j < len && (mn_ts_word_at(s + j) || s[j] == '-'))
            j += mn_ts_char_len(s + j);
        if (j > i && mn_lx_find(mn_lx(), list, s + i, j - i))
            return 1;
        i = j;
    }
    return 0;
}

/* Whether a note piece starts with a person-notes word ("remote", "for"). */
static int mn_note_word(const char *s, size_t len)
{
    size_t w = 0;
    while (w < len && (mn_ts_word_at(s + w) || s[w] == '-'))
        w += mn_ts_char_len(s + w);
    if (w && mn_lx_find(mn_lx(), MN_LX_PERSON_NOTES, s, w))
        return 1;
    return mn_lx_find(mn_lx(), MN_LX_PERSON_NOTES, s, len) != NULL;
}

static void mn_keep(char **field, const char *s, size_t len)
{
    if (!*field)
        *field = mn_ts_fold(s, len);
}

/* Joins FIRST and the LEN bytes at s (", " between) into *dst; FIRST is
 * the string to put first (*dst or the new text). */
static void mn_join_note(char **dst, const char *s, size_t len, int before)
{
    size_t had = *dst ? strlen(*dst) : 0;
    char *grown = malloc(len + had + 3);
    if (!grown)
        return;
    if (before || !had) {
        memcpy(grown, s, len);
        grown[len] = '\0';
        if (had) {
            strcat(grown, ", ");
            strcat(grown, *dst);
        }
    } else {
        memcpy(grown, *dst, had);
        memcpy(grown + had, ", ", 2);
        memcpy(grown + had + 2, s, len);
        grown[had + 2 + len] = '\0';
    }
    free(*dst);
    *dst = grown;
}

/* Adds a note: the pieces of one bracket in their order (pending), the
 * brackets before the ones already read (they come off the end). */
static void mn_add_note(mn_notes *nt, const char *s, size_t len)
{
    mn_join_note(&nt->pending, s, len, 0);
}

static void mn_notes_settle(mn_notes *nt)
{
    if (nt->pending)
        mn_join_note(&nt->note, nt->pending, strlen(nt->pending), 1);
    free(nt->pending);
    nt->pending = NULL;
}

/* One piece of a note: a handle, a role, capitals, a note of attendance or
 * a job (dropped), or the organisation. */
static void mn_note_piece(mn_notes *nt, const char *s, size_t len)
{
    while (len && (s[0] == ' '))
        s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '.'))
        len--;
    if (!len)
        return;
    const char *role = mn_role_of(s, len);
    if (role) {
        nt->role = mn_role_better(nt->role, role);
        if (strcmp(role, "none") == 0)
            mn_add_note(nt, s, len); /* "observer": no role, but written */
    } else if (mn_handle_like(s, len)) {
        mn_keep(&nt->handle, s, len);
    } else if (mn_all_caps(s, len) && len <= 6 && !nt->abbreviation) {
        mn_keep(&nt->abbreviation, s, len); /* a second ("AV, RH") is read below, not lost */
    } else if (mn_is_lower(s) && (role = mn_role_of(s, mn_word_len_in(s, len))) != NULL) {
        nt->role = mn_role_better(nt->role, role); /* "chair this week" */
    } else if (mn_lx_find(mn_lx(), MN_LX_AFFILIATION_WORDS, s, len) && !nt->affiliation) {
        mn_keep(&nt->affiliation, s, len); /* "(independent)", "(Invited Expert)" */
    } else if ((mn_is_lower(s) && !mn_has_caps_word(s, len)) || mn_note_word(s, len) ||
               mn_has_digit(s, len) || mn_any_word_in(s, len, MN_LX_JOB_WORDS) ||
               mn_any_word_in(s, len, MN_LX_ONLINE_WORDS) || /* "(Zoom)", "(Zulip)" */
               nt->affiliation) {
        mn_add_note(nt, s, len); /* "joined late", "remote", "for item 5"; not "docs WG" */
    } else {
        mn_keep(&nt->affiliation, s, len);
    }
}

/* A note: pieces split at commas and semicolons. */
static void mn_note(mn_notes *nt, const char *s, size_t len)
{
    size_t i = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && s[j] != ',' && s[j] != ';')
            j++;
        mn_note_piece(nt, s + i, j - i);
        i = j + 1;
    }
    mn_notes_settle(nt);
}

/* ---- peeling decorations off the end ------------------------------------------- */

static void mn_trim_end(char *s)
{
    size_t n = strlen(s);
    for (;;) {
        while (n && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == ';' || s[n - 1] == ':'))
            n--;
        /* a full stop after a word of two letters or more, not after an initial */
        if (n >= 3 && s[n - 1] == '.' && isalpha((unsigned char)s[n - 2]) &&
            isalpha((unsigned char)s[n - 3]))
            n--;
        else if (n >= 2 && s[n - 1] == '.' && (s[n - 2] == ')' || s[n - 2] == ']'))
            n--; /* "(ward member, for minute 80)." ending a list */
        else
            break;
    }
    s[n] = '\0';
}

/* A closing bracket at the end: its opening bracket, or NULL. */
static char *mn_bracket_open(char *s, size_t n)
{
    char close = s[n - 1], open = close == ')' ? '(' : '[';
    int depth = 0;
    for (size_t i = n; i-- > 0;) {
        if (s[i] == close)
            depth++;
        else if (s[i] == open && --depth == 0)
            return s + i;
    }
    return NULL;
}

/* The last spaced dash (" - ", " – ", " — "): the space before it, or NULL. */
static char *mn_spaced_dash(char *s)
{
    char *found = NULL;
    for (char *p = s; *p; p++) {
        size_t d;
        if (p[0] == ' ' && (d = mn_ts_dash(p + 1)) && p[1 + d] == ' ')
            found = p;
    }
    return found;
}

/* "Ruiz, Ana" or "RUIZ, Ana": a family name, a comma and a given name
 * (one word each side, the second a given name or the first in
 * capitals). */
static int mn_family_comma(const char *head, const char *tail)
{
    size_t h = mn_word_len(head), t = mn_word_len(tail);
    if (head[h] || tail[t] || !t)
        return 0;
    return mn_name_is_given(tail, t) || mn_all_caps(head, h);
}

/* Whether s is an office written before a name and a comma ("the Mayor",
 * "Deputy Mayor", "Chair"). */
static int mn_office(const char *s)
{
    size_t k = mn_ts_prefix(s, "the", 1);
    if (k && s[k] == ' ')
        return 1;
    return mn_role_of(s, strlen(s)) || mn_lx_find(mn_lx(), MN_LX_NAME_TITLES, s, strlen(s));
}

/* "Joan Ellery JE", "Derek Hollis (Chair) DH": capitals after a name that
 * are its initials, written without brackets as UK minutes do to key the
 * action column.  WORD is the last word of s; the first capital is the
 * first name-word's initial and the last the last name-word's (words in
 * brackets left out). */
static int mn_trailing_initials(const char *s, const char *word)
{
    size_t len = strlen(word);
    if (len < 2 || len > 4 || !mn_all_caps(word, len))
        return 0;
    for (size_t i = 0; i < len; i++)
        if (!isupper((unsigned char)word[i]))
            return 0;
    char first = 0, last = 0;
    int depth = 0, words = 0;
    for (const char *p = s; p < word; p++) {
        if (*p == '(' || *p == '[')
            depth++;
        else if ((*p == ')' || *p == ']') && depth)
            depth--;
        else if (!depth && (p == s || p[-1] == ' ') && isupper((unsigned char)*p)) {
            if (!first)
                first = *p;
            last = *p;
            words++;
        }
    }
    return words >= 2 && word[0] == first && word[len - 1] == last;
}

/* Takes one decoration off the end of s into nt; returns 1 when it did. */
static int mn_peel(char *s, unsigned flags, mn_notes *nt)
{
    size_t n = strlen(s);
    if (n && (s[n - 1] == ')' || s[n - 1] == ']')) {
        char *open = mn_bracket_open(s, n);
        if (!open || open == s)
            return 0;
        mn_note(nt, open + 1, (size_t)(s + n - 1 - (open + 1)));
        *open = '\0';
        return 1;
    }
    char *dash = mn_spaced_dash(s);
    if (dash && dash > s) {
        const char *tail = dash + 1 + mn_ts_dash(dash + 1);
        mn_note(nt, tail, strlen(tail));
        *dash = '\0';
        return 1;
    }
    char *comma = strrchr(s, ',');
    if (comma && comma > s && (flags & MN_NAME_ONE_PER_LINE)) {
        *comma = '\0';
        const char *tail = comma + 1 + mn_ts_skip_space(comma + 1);
        if (mn_family_comma(s, tail) || mn_office(s)) {
            *comma = ',';
            return 0;
        }
        mn_note(nt, tail, strlen(tail));
        return 1;
    }
    char *sp = strrchr(s, ' ');
    if (sp && mn_trailing_initials(s, sp + 1)) {
        mn_keep(&nt->abbreviation, sp + 1, strlen(sp + 1));
        *sp = '\0';
        return 1;
    }
    if (sp && mn_handle_like(sp + 1, strlen(sp + 1))) {
        mn_keep(&nt->handle, sp + 1, strlen(sp + 1));
        *sp = '\0';
        return 1;
    }
    /* "Ben Rowe for item 5": a note word after two words of the name */
    for (char *p = s, *w = NULL; (p = strchr(p, ' ')) != NULL; p++) {
        w = p + 1;
        if (mn_is_lower(w) && mn_note_word(w, mn_word_len(w)) && mn_ts_word_count(s) > 2 &&
            (size_t)(w - s) > 3) {
            mn_add_note(nt, w, strlen(w));
            mn_notes_settle(nt);
            *p = '\0';
            return 1;
        }
    }
    return 0;
}

/* ---- the front: titles and offices ------------------------------------------------ */

/* The bytes of a LIST entry at the start of s followed by a space (and an
 * optional full stop before it), or 0. */
static size_t mn_lead_entry(const char *s, int list, const char **means)
{
    size_t n, best = 0;
    const mn_lx_entry *e = mn_lx_entries(mn_lx(), list, &n);
    for (size_t i = 0; i < n; i++) {
        size_t k = mn_ts_prefix(s, e[i].w, 1);
        if (!k)
            continue;
        if (s[k] == '.')
            k++;
        if (s[k] == ' ' && k > best) {
            best = k;
            if (means)
                *means = e[i].means;
        }
    }
    return best;
}

/* Takes titles and offices off the front; returns the name's start. */
static const char *mn_front(const char *s, mn_notes *nt, int *titled)
{
    for (int rounds = 0; rounds < 4; rounds++) {
        size_t k = mn_ts_prefix(s, "the", 1);
        if (k && s[k] == ' ') {
            s += k + 1;
            continue;
        }
        const char *role = NULL;
        k = mn_lead_entry(s, MN_LX_PERSON_ROLES, &role);
        if (!k)
            k = mn_lead_entry(s, MN_LX_NAME_TITLES, NULL);
        /* what follows must still be a capitalised name */
        if (!k || !mn_ts_starts_upper(s + k + 1))
            break;
        if (role)
            nt->role = mn_role_better(nt->role, role);
        *titled = 1;
        s += k + 1;
    }
    return s;
}

/* ---- the name itself ------------------------------------------------------------------- */

static int mn_name_word_ok(const char *w, size_t len, unsigned flags, size_t index)
{
    if (!mn_ts_word_at(w))
        return 0; /* "→", "•" */
    if ((len > 2 && strncmp(w + len - 2, "'s", 2) == 0) ||
        (len > 4 && strncmp(w + len - 4, "\xE2\x80\x99s", 4) == 0))
        return 0; /* a possessive: "Cllr Ainsley's apologies were accepted" is a sentence */
    if (mn_ts_starts_upper(w) || mn_initial(w, len))
        return 1;
    if (index > 0 && mn_lx_find(mn_lx(), MN_LX_NAME_PARTICLES, w, len))
        return 1;
    return (flags & MN_NAME_NICKS) && index == 0;
}

/* Whether s (folded, decorations off) reads as a person's name. */
static int mn_name_ok(const char *s, unsigned flags)
{
    size_t len = strlen(s), words = mn_ts_word_count(s);
    if (len < 2 || len > 80 || words == 0 || words > 6)
        return 0;
    if (mn_lx_find(mn_lx(), MN_LX_NOT_NAMES, s, len) || mn_role_of(s, len) ||
        mn_lx_find(mn_lx(), MN_LX_GROUP_LABELS, s, len))
        return 0;
    for (const char *p = s; *p; p++)
        if ((*p >= '0' && *p <= '9') || strchr(":;!?\"()[]{}<>=/|#*&+,@", *p))
            return 0;
    if ((flags & MN_NAME_NICKS) && words > 1 && mn_is_lower(s))
        return 0; /* nicknames are one word */
    if (mn_lx_find(mn_lx(), MN_LX_COUNT_WORDS, s, mn_word_len(s)))
        return 0; /* "Two members of the public": a count of people */
    int initials_only = 1;
    for (const char *w = s; *w && initials_only; w += mn_word_len(w) + (w[mn_word_len(w)] == ' '))
        initials_only = mn_initial(w, mn_word_len(w));
    if (initials_only)
        return 0; /* "D." cut from its family name by a line's end */
    size_t i = 0;
    for (const char *w = s; *w; i++) {
        size_t n = mn_word_len(w);
        if (!mn_name_word_ok(w, n, flags, i))
            return 0;
        w += n + (w[n] == ' ');
    }
    return 1;
}

/* "Ana_Ruiz" (an IRC nick standing for a name) as "Ana Ruiz". */
static void mn_underscores(char *s)
{
    if (strchr(s, ' ') || !mn_ts_starts_upper(s))
        return;
    for (char *p = s; *p; p++)
        if (*p == '_' && p > s && isalpha((unsigned char)p[-1]) && isupper((unsigned char)p[1]))
            *p = ' ';
}

static char *mn_join(char **w, size_t from, size_t to)
{
    size_t size = 1;
    for (size_t i = from; i < to; i++)
        size += strlen(w[i]) + 1;
    char *out = malloc(size);
    if (!out)
        return NULL;
    out[0] = '\0';
    for (size_t i = from; i < to; i++) {
        if (i > from)
            strcat(out, " ");
        strcat(out, w[i]);
    }
    return out;
}

/* Splits a folded name into its words (pointers into BUF, a copy). */
static size_t mn_words(char *buf, char **w, size_t max)
{
    size_t n = 0;
    char *save = NULL;
    for (char *p = strtok_r(buf, " ", &save); p && n < max; p = strtok_r(NULL, " ", &save))
        w[n++] = p;
    return n;
}

/* The family part when a word is written in capitals in a name that is
 * not ("Matej KOVAČ"); 0 when none is. */
static int mn_caps_family(char **w, size_t n, size_t *from, size_t *to)
{
    size_t first = n, last = 0, caps = 0;
    for (size_t i = 0; i < n; i++)
        if (mn_all_caps(w[i], strlen(w[i])) && !mn_initial(w[i], strlen(w[i]))) {
            first = first < i ? first : i;
            last = i;
            caps++;
        }
    if (!caps || caps == n || last + 1 - first != caps)
        return 0;
    *from = first, *to = last + 1;
    return 1;
}

void mn_name_parts(const char *name, int titled, char **given, char **family)
{
    *given = *family = NULL;
    char *buf = strdup(name), *w[12];
    if (!buf)
        return;
    size_t n = mn_words(buf, w, 12), f0, f1;
    if (n == 0 || w[0][0] == '@' || mn_is_lower(w[0])) {
        /* a handle or a nickname says nothing of its parts */
    } else if (n == 1) {
        if (titled && !mn_name_is_given(w[0], strlen(w[0])))
            *family = strdup(w[0]);
        else if (!mn_all_caps(w[0], strlen(w[0])))
            *given = strdup(w[0]);
    } else if (mn_initial(w[0], strlen(w[0]))) {
        size_t i = 0;
        while (i < n - 1 && mn_initial(w[i], strlen(w[i])))
            i++;
        *family = mn_join(w, i, n);
    } else if (mn_caps_family(w, n, &f0, &f1)) {
        *family = mn_join(w, f0, f1);
        *given = f0 > 0 ? mn_join(w, 0, f0) : mn_join(w, f1, n);
    } else {
        /* the given name: the first word, and the words after it that are
         * given names themselves ("Mei Lin"), never the last */
        size_t g = 1;
        while (g < n - 1 && mn_name_is_given(w[g], strlen(w[g])) &&
               !mn_lx_find(mn_lx(), MN_LX_NAME_PARTICLES, w[g], strlen(w[g])))
            g++;
        *given = mn_join(w, 0, g);
        *family = mn_join(w, g, n);
    }
    free(buf);
}

/* ---- reading one entry -------------------------------------------------------------------- */

/* The capitals in brackets are the person's own initials ("Laila Haddad
 * (LHD)"): the first letter is the given name's, the family name's first
 * letter is among them. */
static int mn_own_initials(const char *abbr, const char *name)
{
    const char *last = strrchr(name, ' ');
    if (!last)
        return 0;
    char f = (char)toupper((unsigned char)last[1]);
    return toupper((unsigned char)abbr[0]) == toupper((unsigned char)name[0]) && strchr(abbr + 1, f);
}

/* "the Mayor, Cllr J. Okonedo": an office, a comma and the name; or
 * "RUIZ, Ana": the family name first.  Rewrites s as the name alone. */
static int mn_comma_name(char *s, mn_notes *nt)
{
    char *comma = strchr(s, ',');
    if (!comma)
        return 1;
    *comma = '\0';
    char *tail = comma + 1 + mn_ts_skip_space(comma + 1);
    size_t k = mn_ts_prefix(s, "the", 1);
    const char *office = s + (k && s[k] == ' ' ? k + 1 : 0);
    if (strchr(tail, ','))
        return 0;
    if (mn_office(s)) {
        const char *role = mn_role_of(office, strlen(office));
        nt->role = mn_role_better(nt->role, role);
        if (!role) { /* "the Mayor": an office that is no role, kept as a note */
            mn_add_note(nt, office, strlen(office));
            mn_notes_settle(nt);
        }
        memmove(s, tail, strlen(tail) + 1);
        return 1;
    }
    if (!mn_family_comma(s, tail))
        return 0;
    size_t h = strlen(s), t = strlen(tail); /* "Family, Given" as "Given Family" */
    char *swapped = malloc(h + t + 2);
    if (!swapped)
        return 0;
    memcpy(swapped, tail, t);
    swapped[t] = ' ';
    memcpy(swapped + t + 1, s, h + 1);
    memcpy(s, swapped, h + t + 2);
    free(swapped);
    return 1;
}

/* NAME is the name alone, SHOWN the name as written with its titles
 * ("Cllr J. Okonedo"): the person's text, while the parts leave titles
 * out. */
static int mn_name_take(mn_name *n, const char *name, const char *shown, mn_notes *nt, int titled)
{
    if (name[0] == '@') {
        n->handle = strdup(name);
        n->name = strdup(name + 1);
    } else {
        n->name = strdup(shown);
        mn_name_parts(name, titled, &n->given, &n->family);
    }
    if (nt->handle && !n->handle)
        n->handle = nt->handle, nt->handle = NULL;
    /* capitals that are not the person's initials are an organisation
     * ("(SIS)"), when the name has the two parts to tell */
    if (nt->abbreviation && strchr(name, ' ') && !mn_own_initials(nt->abbreviation, name) &&
        !nt->affiliation)
        nt->affiliation = nt->abbreviation, nt->abbreviation = NULL;
    if (nt->abbreviation) {
        mn_add_note(nt, nt->abbreviation, strlen(nt->abbreviation));
        mn_notes_settle(nt);
    }
    n->affiliation = nt->affiliation, nt->affiliation = NULL;
    n->note = nt->note, nt->note = NULL;
    n->role = nt->role && strcmp(nt->role, "none") != 0 ? nt->role : NULL;
    return n->name ? 1 : -1;
}

void mn_name_note(mn_name *n, const char *text)
{
    mn_notes nt = {.role = n->role};
    mn_note(&nt, text, strlen(text));
    n->role = nt.role && strcmp(nt.role, "none") != 0 ? nt.role : NULL;
    if (nt.handle && !n->handle)
        n->handle = nt.handle, nt.handle = NULL;
    if (nt.abbreviation && n->name && strchr(n->name, ' ') &&
        !mn_own_initials(nt.abbreviation, n->name) && !nt.affiliation && !n->affiliation)
        nt.affiliation = nt.abbreviation, nt.abbreviation = NULL;
    if (nt.abbreviation) {
        mn_add_note(&nt, nt.abbreviation, strlen(nt.abbreviation));
        mn_notes_settle(&nt);
    }
    if (nt.affiliation && !n->affiliation)
        n->affiliation = nt.affiliation, nt.affiliation = NULL;
    else if (nt.affiliation)
        mn_join_note(&n->note, nt.affiliation, strlen(nt.affiliation), 0);
    if (nt.note)
        mn_join_note(&n->note, nt.note, strlen(nt.note), 0);
    free(nt.affiliation);
    free(nt.handle);
    free(nt.abbreviation);
    free(nt.note);
}

static int mn_name_read_plain(const char *text, unsigned flags, mn_name *n);

/* "Head of Planning (Mrs E. Carver)": an office, and the person in
 * brackets with a title, as UK councils list their officers.  Returns 1
 * when read so (the office a note, or its role: "Clerk (Mrs D. Lund)"),
 * else 0 with n untouched. */
static int mn_office_bracket(const char *text, unsigned flags, mn_name *n)
{
    char *s = mn_ts_fold(text, strlen(text));
    if (!s)
        return 0;
    mn_trim_end(s);
    size_t len = strlen(s);
    char *open = len && s[len - 1] == ')' ? mn_bracket_open(s, len) : NULL;
    int rc = 0;
    if (open && open > s && !strchr(open + 1, '(')) {
        s[len - 1] = '\0';
        const char *inner = open + 1;
        *open = '\0';
        if (mn_lead_entry(inner, MN_LX_NAME_TITLES, NULL) &&
            mn_name_read_plain(inner, flags | MN_NAME_ONE_PER_LINE, n) == 1) {
            mn_trim_end(s);
            mn_name_note(n, s);
            rc = 1;
        }
    }
    free(s);
    return rc;
}

int mn_name_read(const char *text, unsigned flags, mn_name *n)
{
    /* a titled name in brackets is the person, never an organisation */
    if (mn_office_bracket(text, flags, n))
        return 1;
    return mn_name_read_plain(text, flags, n);
}

static int mn_name_read_plain(const char *text, unsigned flags, mn_name *n)
{
    memset(n, 0, sizeof *n);
    char *s = mn_ts_fold(text, strlen(text));
    if (!s)
        return -1;
    mn_notes nt = {0};
    mn_trim_end(s);
    for (int i = 0; i < 6 && mn_peel(s, flags, &nt); i++)
        mn_trim_end(s);
    int titled = 0, rc = 0;
    if (mn_comma_name(s, &nt)) {
        size_t the = mn_ts_prefix(s, "the", 1);
        const char *shown = s + (the && s[the] == ' ' ? the + 1 : 0);
        const char *name = mn_front(s, &nt, &titled);
        char *copy = mn_ts_fold(name, strlen(name)), *shown_copy = mn_ts_fold(shown, strlen(shown));
        if (!copy || !shown_copy) {
            rc = -1;
        } else {
            mn_underscores(copy);
            mn_underscores(shown_copy);
            if (mn_handle_like(copy, strlen(copy)) || mn_name_ok(copy, flags))
                rc = mn_name_take(n, copy, name > shown ? shown_copy : copy, &nt, titled);
        }
        free(copy);
        free(shown_copy);
    }
    free(nt.affiliation);
    free(nt.handle);
    free(nt.abbreviation);
    free(nt.note);
    free(s);
    if (rc != 1)
        mn_name_free(n);
    return rc;
}

void mn_name_free(mn_name *n)
{
    free(n->name);
    free(n->given);
    free(n->family);
    free(n->affiliation);
    free(n->handle);
    free(n->note);
    memset(n, 0, sizeof *n);
}
