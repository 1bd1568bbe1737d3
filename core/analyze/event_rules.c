/* SPDX-License-Identifier: MIT */
/* event_rules.c — the dates a careless calendar takes and a reader would
 * not (event_rules.h).  Each rule is one habit seen across groups' minutes:
 *
 *  - a heading's date names the meeting or session the section records
 *    (several meetings in one file, a day of a face-to-face meeting);
 *  - a "Date:" or "Time:" line, or the cell beside such a label, is the
 *    meeting's own title block left in the body;
 *  - the meeting's own day is the meeting, whatever is said of it;
 *  - "today", "tomorrow", "on Friday" said in a transcript line are a
 *    speaker's remark, not a scheduled occasion;
 *  - an occasion called off ("No call on 26 December", "the 3 May meeting
 *    is cancelled") is no entry. */
#include "event_rules.h"
#include "event_table.h"
#include "temporal_cal.h"
#include "temporal_context.h"
#include "temporal_scan.h"
#include "textscan.h"
#include "xmlutil.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int is_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Emphasis marks around a label or a speaker's name ("**Date:**"). */
static size_t skip_marks(const char *t, size_t i, size_t len)
{
    while (i < len && (t[i] == '*' || t[i] == '_'))
        i++;
    return i;
}

/* The meaning of the meeting field named by the LEN bytes at S ("Date",
 * "Date/time", "Time of meeting"), or NULL: the whole label, else each of
 * its parts around '/' or '&'. */
static const char *field_meaning(const char *s, size_t len)
{
    while (len && (is_space(s[len - 1]) || s[len - 1] == '*' || s[len - 1] == '_'))
        len--;
    const mn_lx_entry *e = mn_lx_find(mn_lx(), MN_LX_MEETING_FIELDS, s, len);
    if (e)
        return e->means;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '/' || s[i] == '&') {
            size_t a = i, b = i + 1;
            while (a > 0 && is_space(s[a - 1]))
                a--;
            while (b < len && is_space(s[b]))
                b++;
            if ((e = mn_lx_find(mn_lx(), MN_LX_MEETING_FIELDS, s, a)) != NULL ||
                (e = mn_lx_find(mn_lx(), MN_LX_MEETING_FIELDS, s + b, len - b)) != NULL)
                return e->means;
            return NULL;
        }
    return NULL;
}

static int when_field(const char *s, size_t len)
{
    const char *m = field_meaning(s, len);
    return m && (!strcmp(m, "when") || !strcmp(m, "time"));
}

/* An IRC nick in angle brackets at t[i] ("<trackbot> "): the end, or i. */
static size_t skip_nick(const char *t, size_t i, size_t len)
{
    if (i >= len || t[i] != '<')
        return i;
    size_t k = i + 1;
    while (k < len && k - i < 32 && t[k] != '>' && !is_space(t[k]))
        k++;
    if (k >= len || t[k] != '>' || k == i + 1)
        return i;
    k++;
    while (k < len && t[k] == ' ')
        k++;
    return k;
}

/* Past this many bytes back no line start is looked for: a label or a
 * speaker's name that far before the date is not the date's (and one long
 * paragraph would otherwise cost a scan per date, quadratic in its length). */
enum { LINE_REACH = 2048 };

/* The start of the line holding the date, or (size_t)-1 past LINE_REACH. */
static size_t line_start(const mn_evdate *d)
{
    size_t lo = d->ds > LINE_REACH ? d->ds - LINE_REACH : 0, ls = d->ds;
    while (ls > lo && d->text[ls - 1] != '\n')
        ls--;
    return ls > 0 && d->text[ls - 1] != '\n' ? (size_t)-1 : ls;
}

/* "Date: …" or "**When:** …" opening the line that holds the date. */
static int on_date_line(const mn_evdate *d)
{
    size_t ls = line_start(d);
    if (ls == (size_t)-1)
        return 0;
    size_t i = ls;
    while (i < d->ds && (is_space(d->text[i]) || d->text[i] == '-' || d->text[i] == '#'))
        i++;
    i = skip_marks(d->text, skip_nick(d->text, i, d->ds), d->ds);
    size_t colon = i;
    while (colon < d->ds && colon - i < 32 && d->text[colon] != ':' && d->text[colon] != '\n')
        colon++;
    return colon < d->ds && d->text[colon] == ':' && colon > i &&
           when_field(d->text + i, colon - i);
}

/* The column of CELL in its row (0 for the first), or -1. */
static int column_of(const xmlNode *cell)
{
    int col = 0;
    for (const xmlNode *c = cell->prev; c; c = c->prev)
        col += c->type == XML_ELEMENT_NODE;
    return cell->type == XML_ELEMENT_NODE ? col : -1;
}

static int cell_is_when_label(const xmlNode *cell)
{
    if (!cell)
        return 0;
    char *t = mn_ts_inline_folded(cell);
    size_t n = t ? strlen(t) : 0;
    while (n && (t[n - 1] == ':' || t[n - 1] == '*' || t[n - 1] == ' '))
        n--;
    int yes = n && when_field(t, n);
    free(t);
    return yes;
}

static const xmlNode *prev_element(const xmlNode *n)
{
    for (n = n->prev; n && n->type != XML_ELEMENT_NODE; n = n->prev)
        ;
    return n;
}

/* A cell of a title table: the cell beside a "Date" or "Time" label, or
 * under one in a table of a header and one row ("Date | Time | Location"). */
static int in_title_table(const xmlNode *cell)
{
    if (!mn_is(cell, "cell") || !cell->parent)
        return 0;
    if (cell_is_when_label(prev_element(cell)))
        return 1;
    const xmlNode *row = cell->parent, *table = row->parent;
    if (!table || !mn_is(table, "table"))
        return 0;
    const xmlNode *first = mn_child(table, "row");
    size_t rows = 0;
    for (const xmlNode *r = first; r; r = mn_next(r, "row"))
        rows++;
    if (rows != 2 || row == first || mn_event_in_register(cell))
        return 0; /* "Task | Who | When" over one row is an action register */
    int col = column_of(cell);
    const xmlNode *head = mn_child(first, "cell");
    for (int k = 0; head && k < col; k++)
        head = mn_next(head, "cell");
    return cell_is_when_label(head);
}

/* A date in a heading names the meeting or session under it, unless the
 * heading looks ahead ("Next meeting: 12 May"). */
static int in_heading(const mn_evdate *d)
{
    if (!mn_is(d->block, "heading") && !mn_is(d->block, "h"))
        return 0;
    return mn_tctx_tense(d->text, d->len, d->ds, d->de) != MN_TENSE_FUTURE;
}

/* The meeting's own day as written or as resolved: a whole day's value is
 * the local day itself, read with the document's order of day and month
 * ("4/11/2025" in Australian minutes), which a fresh scan of the words
 * alone cannot know; a time's value is in UTC, so its words say the day. */
static int on_meeting_day(const mn_evdate *d, mn_ttok *window)
{
    mn_ymd day;
    if (!d->ref->have)
        return 0;
    char *value = mn_attr(d->date, "value");
    int whole = value && strlen(value) == 10 && mn_cal_parse(value, &day);
    xmlFree(value);
    if (!whole && !mn_tscan_local_day(d->words, d->ref, &day, window))
        return 0;
    return day.y == d->ref->date.y && day.m == d->ref->date.m && day.d == d->ref->date.d;
}

/* Whether the lower-case word at t[s, e) is a label word that a line may
 * open with ("Note:", "Action:", "Present:"), so no speaker's name. */
static int is_label_word(const char *t, size_t s, size_t e)
{
    const mn_lexicon *lx = mn_lx();
    const int lists[] = {MN_LX_FIELD_KEYS, MN_LX_MEETING_FIELDS, MN_LX_ACTION_MARKERS,
                         MN_LX_DECISION_MARKERS, MN_LX_GROUP_LABELS, MN_LX_PERSON_ROLES};
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
        if (mn_lx_find(lx, lists[k], t + s, e - s))
            return 1;
    return 0;
}

/* A name of one to four capitalised words ("Ana Ruiz", "RMA"), or one
 * word of a chat nick ("tolland"): its end, or 0. */
static size_t speaker_name(const char *t, size_t i, size_t len)
{
    size_t words = 0, k = i;
    int all_cap = 1;
    while (k < len && words < 4) {
        size_t w = k;
        while (k < len && (is_letter((unsigned char)t[k]) || t[k] == '.' || t[k] == '-' ||
                           t[k] == '\'' || (k > w && t[k] >= '0' && t[k] <= '9') || t[k] == '_'))
            k++;
        if (k == w)
            break;
        all_cap &= t[w] >= 'A' && t[w] <= 'Z';
        words++;
        if (k < len && t[k] == ' ' && k + 1 < len && t[k + 1] >= 'A' && t[k + 1] <= 'Z')
            k++;
        else
            break;
    }
    if (!words || (!all_cap && words > 1))
        return 0;
    return k;
}

size_t mn_event_speaker_prefix(const char *t, size_t len)
{
    size_t i = 0;
    while (i < len && (t[i] == ' ' || t[i] == '\t' || t[i] == '-'))
        i++;
    size_t nick = skip_nick(t, i, len);
    if (nick > i)
        return nick;
    i = skip_marks(t, i, len);
    size_t e = speaker_name(t, i, len), w = i;
    while (w < e && t[w] != ' ')
        w++;
    if (!e || is_label_word(t, i, e) || is_label_word(t, i, w))
        return 0;
    size_t k = skip_marks(t, e, len);
    if (k >= len || t[k] != ':')
        return 0;
    k = skip_marks(t, k + 1, len);
    if (k < len && t[k] != ' ')
        return 0; /* "10:30", "http:" */
    while (k < len && t[k] == ' ')
        k++;
    return k;
}

/* Whether the date stands in a transcript line ("RMA: …", a speaker
 * attribute). */
static int in_speakers_line(const mn_evdate *d)
{
    if (xmlHasProp(d->block, BAD_CAST "speaker") != NULL)
        return 1;
    size_t ls = line_start(d);
    return ls != (size_t)-1 && mn_event_speaker_prefix(d->text + ls, d->ds - ls) > 0;
}

/* A remark in a transcript line: a day named from the moment it is said. */
static int speakers_remark(const mn_evdate *d)
{
    /* "Piotr: by Wednesday, send …" is a task and its due day */
    return in_speakers_line(d) && mn_tscan_deictic(d->words) &&
           !mn_tctx_deadline(d->text, d->len, d->ds, d->de);
}

/* The clause around the date: up to the nearest , ; : or sentence end. */
static void clause(const mn_evdate *d, size_t *a, size_t *b)
{
    size_t s, e;
    mn_tctx_sentence(d->text, d->len, d->ds, d->de, &s, &e);
    size_t i = d->ds;
    while (i > s && !strchr(",;:(", d->text[i - 1]))
        i--;
    size_t j = d->de;
    while (j < e && !strchr(",;:)", d->text[j]))
        j++;
    *a = i;
    *b = j;
}

/* The lower-case ASCII word at t[*i] (letters and '-') into w; advances *i
 * past it.  Returns 0 at the end. */
static int next_word(const char *t, size_t *i, size_t end, char *w, size_t size)
{
    while (*i < end && !is_letter((unsigned char)t[*i]))
        (*i)++;
    if (*i >= end)
        return 0;
    size_t n = 0;
    while (*i < end && (is_letter((unsigned char)t[*i]) || t[*i] == '-')) {
        if (n + 1 < size)
            w[n++] = (char)(t[*i] >= 'A' && t[*i] <= 'Z' ? t[*i] + 32 : t[*i]);
        (*i)++;
    }
    w[n] = '\0';
    return 1;
}

/* "No call on 26 December", "the 3 May meeting is cancelled": a called-off
 * word in the date's clause, or "no" a few words before an occasion. */
static int called_off(const mn_evdate *d)
{
    size_t a, b;
    clause(d, &a, &b);
    const mn_lexicon *lx = mn_lx();
    char w[32];
    int after_no = -1; /* words since "no" */
    for (size_t i = a; i < b && next_word(d->text, &i, b, w, sizeof w);) {
        if (i > d->ds && i <= d->de)
            continue; /* the date's own words */
        const mn_lx_entry *c = mn_lx_find(lx, MN_LX_CANCEL_WORDS, w, strlen(w));
        if (c && !strcmp(c->means, "called-off"))
            return 1;
        if (after_no >= 0 && after_no < 3 && mn_lx_find(lx, MN_LX_OCCASIONS, w, strlen(w)))
            return 1;
        after_no = c && !strcmp(c->means, "none") ? 0 : after_no >= 0 ? after_no + 1 : -1;
    }
    return 0;
}

/* The ASCII word ending before offset AT (white space and punctuation
 * skipped), lower-cased into w; its start, or (size_t)-1 when none. */
static size_t word_ending(const char *t, size_t at, char *w, size_t size)
{
    size_t e = at;
    while (e > 0 && at - e < 64 && !is_letter((unsigned char)t[e - 1]))
        e--;
    size_t s = e;
    while (s > 0 && e - s < size && is_letter((unsigned char)t[s - 1]))
        s--;
    if (s == e || e - s >= size)
        return (size_t)-1;
    for (size_t i = s; i < e; i++)
        w[i - s] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
    w[e - s] = '\0';
    return s;
}

/* Whether the date as written opens with a weekday, singular or plural
 * ("Tuesday at 15:00", "Thursdays"). */
static int opens_with_weekday(const char *words)
{
    size_t n = 0;
    while (words[n] && is_letter((unsigned char)words[n]))
        n++;
    const mn_lexicon *lx = mn_lx();
    return n && (mn_lx_find(lx, MN_LX_WEEKDAYS, words, n) ||
                 (n > 1 && words[n - 1] == 's' && mn_lx_find(lx, MN_LX_WEEKDAYS, words, n - 1)));
}

/* The lower-case ASCII word starting at or after AT (before LEN) into w;
 * its end, or (size_t)-1. */
static size_t word_from(const char *t, size_t len, size_t at, char *w, size_t size)
{
    size_t s = at;
    while (s < len && s - at < 64 && !is_letter((unsigned char)t[s]))
        s++;
    size_t e = s;
    while (e < len && e - s < size && is_letter((unsigned char)t[e]))
        e++;
    if (s == e || e - s >= size)
        return (size_t)-1;
    for (size_t i = s; i < e; i++)
        w[i - s] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
    w[e - s] = '\0';
    return e;
}

/* Whether the date as written counts weeks from the meeting ("next week",
 * "the end of the week", "within two weeks"): a week word and no month or
 * number of a calendar ("the last week of November" names its month). */
static int week_horizon(const char *words)
{
    const mn_lexicon *lx = mn_lx();
    int week = 0;
    for (size_t i = 0; words[i];) {
        if (words[i] >= '0' && words[i] <= '9')
            return 0;
        if (!is_letter((unsigned char)words[i])) {
            i++;
            continue;
        }
        size_t a = i;
        while (words[i] && is_letter((unsigned char)words[i]))
            i++;
        if (mn_lx_find(lx, MN_LX_MONTHS, words + a, i - a))
            return 0;
        const mn_lx_entry *u = mn_lx_find(lx, MN_LX_UNITS, words + a, i - a);
        if (!u)
            u = mn_lx_find(lx, MN_LX_UNIT_PLURALS, words + a, i - a);
        week |= u && u->means && !strcmp(u->means, "week");
    }
    return week;
}

/* An approximate date (the temporal pass marks it uncertain; a wrong
 * weekday never comes this far) said in a transcript line ("end of
 * October", "mid-April" — a speaker's estimate), or a horizon of weeks
 * ("by the end of the week", "within two weeks" — a task's, which its
 * action carries).  "A meeting in the last week of November" stays, marked
 * uncertain. */
static int approximate(const mn_evdate *d)
{
    if (!mn_attr_is(d->date, "certain", "false"))
        return 0;
    return in_speakers_line(d) || week_horizon(d->words);
}

/* In a transcript line, a date in a question ("tolland: March 15 for the
 * freeze?") or in a sentence that opens with a supposition ("Halvard: if
 * the answers come back in time we can decide on 5 December") is a speaker
 * thinking aloud; what was settled is minuted as such. */
static int speakers_supposition(const mn_evdate *d)
{
    if (!in_speakers_line(d))
        return 0;
    size_t s, e;
    mn_tctx_sentence(d->text, d->len, d->ds, d->de, &s, &e);
    size_t q = e;
    while (q > s && (is_space(d->text[q - 1]) || d->text[q - 1] == '"' || d->text[q - 1] == ')'))
        q--;
    if (q < d->len && d->text[q] == '?')
        return 1;
    if (q > s && d->text[q - 1] == '?')
        return 1;
    size_t ls = line_start(d);
    if (ls != (size_t)-1 && ls >= s && ls <= d->ds)
        s = ls + mn_event_speaker_prefix(d->text + ls, d->ds - ls);
    char w[24];
    size_t i = s;
    return next_word(d->text, &i, d->ds, w, sizeof w) && mn_lx_has(mn_lx(), MN_LX_CONDITION_WORDS, w);
}

/* "US daylight saving time starts on 14 March, so the call moves": the
 * date of a clock change, told so that people join at the right hour. */
static int clock_change(const mn_evdate *d)
{
    size_t s, e;
    mn_tctx_sentence(d->text, d->len, d->ds, d->de, &s, &e);
    const char *const *p = mn_lx_words(mn_lx(), MN_LX_CLOCK_CHANGE_PHRASES);
    for (size_t i = s; i < e; i++) {
        if ((i > s && is_letter((unsigned char)d->text[i - 1])) || (i >= d->ds && i < d->de))
            continue; /* at a word's start, outside the date ("3 p.m. British Summer Time") */
        for (const char *const *w = p; w && *w; w++) {
            size_t n = strlen(*w);
            if (i + n <= e && !strncasecmp(d->text + i, *w, n) &&
                (i + n == e || !is_letter((unsigned char)d->text[i + n])))
                return 1;
        }
    }
    return 0;
}

int mn_event_lone_weekday(const char *words)
{
    size_t n = 0;
    while (words[n] && is_letter((unsigned char)words[n]))
        n++;
    return n && !words[n] && opens_with_weekday(words);
}

/* The lower-case word (letters and '-') right after one space at AT into
 * w, or 0 when none follows there; *upper: whether it opens capitalised. */
static int word_right_after(const char *t, size_t len, size_t at, char *w, size_t size,
                            int *upper)
{
    if (at + 1 >= len || t[at] != ' ' || !is_letter((unsigned char)t[at + 1]))
        return 0;
    *upper = t[at + 1] >= 'A' && t[at + 1] <= 'Z';
    return word_from(t, len, at, w, size) != (size_t)-1;
}

/* Whether w, or w less a plural 's', is in LIST. */
static int in_list_or_plural(int list, const char *w)
{
    const mn_lexicon *lx = mn_lx();
    size_t n = strlen(w);
    return mn_lx_find(lx, list, w, n) || (n > 2 && w[n - 1] == 's' && mn_lx_find(lx, list, w, n - 1));
}

/* Whether nothing but the date (and marks or punctuation) is in its block. */
static int alone_in_block(const mn_evdate *d)
{
    for (size_t i = 0; i < d->len; i++)
        if ((i < d->ds || i >= d->de) && is_letter((unsigned char)d->text[i]))
            return 0;
    return 1;
}

/* A weekday alone names each week or a label, not a day:
 *  - before a part of the day in the plural ("Saturday mornings");
 *  - between an article or an adjective and a noun ("the Sunday club run",
 *    "whether Sunday racing could start") — "on Sunday", "by Friday",
 *    "Tuesday at 3 pm", "the Tuesday call" stay days.
 * Returns the reason, or NULL. */
/* "Wednesday evening series — every Wednesday from 26 April": a weekday
 * and a part of the day (NEXT) naming a lower-case noun right after them
 * label a programme, when the sentence dates it by something else (another
 * date element follows in the block). */
static int part_label(const mn_evdate *d, const char *next)
{
    const mn_lexicon *lx = mn_lx();
    if (!mn_lx_has(lx, MN_LX_DAY_PARTS, next))
        return 0;
    char part[32], noun[32];
    size_t e = word_from(d->text, d->len, d->de, part, sizeof part);
    int upper = 0;
    if (e == (size_t)-1 || !word_right_after(d->text, d->len, e, noun, sizeof noun, &upper) || upper ||
        mn_lx_has(lx, MN_LX_SUMMARY_STOPS, noun) || mn_lx_has(lx, MN_LX_TIME_LEADS, noun) ||
        mn_lx_has(lx, MN_LX_CLOCK_WORDS, noun) || mn_lx_has(lx, MN_LX_ARTICLES, noun))
        return 0;
    for (const xmlNode *n = d->date->next; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST "date") == 0)
            return 1;
    return 0;
}

static const char *weekday_label(const mn_evdate *d)
{
    if (!mn_event_lone_weekday(d->words))
        return NULL;
    if (alone_in_block(d))
        return "a weekday alone on its line labels a day of a programme";
    const mn_lexicon *lx = mn_lx();
    char next[32], prev[32];
    int upper = 0;
    if (!word_right_after(d->text, d->len, d->de, next, sizeof next, &upper) || upper)
        return NULL;
    size_t n = strlen(next);
    if (n > 2 && next[n - 1] == 's' && mn_lx_find(lx, MN_LX_DAY_PARTS, next, n - 1))
        return "a weekday of each week (\"Saturday mornings\"), not one date";
    if (part_label(d, next))
        return "a weekday as a label (\"the Wednesday evening series\"), not a date";
    if (d->ds < 2 || d->text[d->ds - 1] != ' ' || !is_letter((unsigned char)d->text[d->ds - 2]))
        return NULL; /* the clause opens with it: "Tuesday: call", "Friday we meet" */
    if (word_ending(d->text, d->ds, prev, sizeof prev) == (size_t)-1 ||
        mn_lx_has(lx, MN_LX_WEEKDAY_LEADS, prev))
        return NULL;
    if (mn_lx_has(lx, MN_LX_WEEKDAY_LEADS, next) || mn_lx_has(lx, MN_LX_DAY_PARTS, next) ||
        mn_lx_has(lx, MN_LX_TIME_LEADS, next) || mn_lx_has(lx, MN_LX_CLOCK_WORDS, next) ||
        in_list_or_plural(MN_LX_OCCASIONS, next))
        return NULL;
    return "a weekday as a label (\"the Sunday club run\"), not a date";
}

int mn_event_recurring_day(const mn_evdate *d)
{
    if (!opens_with_weekday(d->words))
        return MN_RECUR_NONE;
    const mn_lexicon *lx = mn_lx();
    char w[24];
    size_t at = word_ending(d->text, d->ds, w, sizeof w);
    if (at != (size_t)-1 && mn_lx_has(lx, MN_LX_ALTERNATE_WORDS, w)) {
        char v[24];
        size_t b = word_ending(d->text, at, v, sizeof v);
        if (b != (size_t)-1 && mn_lx_has(lx, MN_LX_EVERY_WORDS, v))
            return MN_RECUR_EVERY;
    }
    if (at != (size_t)-1 && mn_lx_has(lx, MN_LX_EVERY_WORDS, w))
        return MN_RECUR_EVERY;
    /* "the fourth Tuesday of each month" */
    if (at == (size_t)-1 || !mn_lx_find(lx, MN_LX_ORDINALS, w, strlen(w)))
        return MN_RECUR_NONE;
    size_t e = word_from(d->text, d->len, d->de, w, sizeof w);
    if (e == (size_t)-1 || !mn_lx_has(lx, MN_LX_OF_WORDS, w))
        return MN_RECUR_NONE;
    e = word_from(d->text, d->len, e, w, sizeof w);
    return e != (size_t)-1 && mn_lx_has(lx, MN_LX_EVERY_WORDS, w) ? MN_RECUR_NTH
                                                                  : MN_RECUR_NONE;
}

/* "X suggested a fair on 29 November … the decision was deferred", "BL
 * propose de décaler l'inventaire au 5 janvier ; proposition écartée": a
 * date only proposed, in a block that says the proposal was not taken up. */
enum { PROPOSAL_REACH = 300 }; /* bytes either side: the sentence and the next */

static int proposal_untaken(const mn_evdate *d)
{
    const mn_lexicon *lx = mn_lx();
    char w[32];
    int proposed = 0, untaken = 0;
    /* a window around the date, not the whole block: a long paragraph full
     * of dates would otherwise be read once per date */
    size_t a = d->ds > PROPOSAL_REACH ? d->ds - PROPOSAL_REACH : 0;
    size_t b = d->len - d->de > PROPOSAL_REACH ? d->de + PROPOSAL_REACH : d->len;
    for (size_t i = a; i < b && next_word(d->text, &i, b, w, sizeof w);) {
        const mn_lx_entry *e = mn_lx_find(lx, MN_LX_PROPOSAL_WORDS, w, strlen(w));
        if (!e)
            continue;
        if (!strcmp(e->means, "proposal"))
            proposed |= i <= d->de;
        else
            untaken = 1;
    }
    return proposed && untaken;
}

/* "The report dated 3 May", "the grant will be paid on 1 May": the date of
 * a document or of a payment, a transaction no one attends.  The word right
 * before the date, or before an "on" there, says so. */
static int record_date(const mn_evdate *d)
{
    char w[32];
    size_t at = word_ending(d->text, d->ds, w, sizeof w);
    if (at != (size_t)-1 && (!strcmp(w, "on") || !strcmp(w, "le") || !strcmp(w, "el")))
        at = word_ending(d->text, at, w, sizeof w);
    return at != (size_t)-1 && mn_lx_has(mn_lx(), MN_LX_RECORD_DATE_WORDS, w);
}

/* "The fiscal year ends on April 30", "the school year closes 12 July":
 * a period that runs out by itself, no occasion anyone attends nor task
 * due.  A closer right before the date (or before an "on" there) whose
 * subject is a period's unit. */
static int period_end(const mn_evdate *d)
{
    const mn_lexicon *lx = mn_lx();
    char w[32];
    size_t at = word_ending(d->text, d->ds, w, sizeof w);
    if (at != (size_t)-1 && mn_lx_has(lx, MN_LX_DEADLINE_LINKS, w))
        at = word_ending(d->text, at, w, sizeof w);
    if (at == (size_t)-1 || !mn_lx_has(lx, MN_LX_DEADLINE_CLOSERS, w))
        return 0;
    at = word_ending(d->text, at, w, sizeof w);
    return at != (size_t)-1 && mn_lx_has(lx, MN_LX_UNITS, w);
}

const char *mn_event_refusal(const mn_evdate *d, mn_ttok *window)
{
    if (in_heading(d))
        return "a heading's date names the meeting or session under it";
    if (on_date_line(d) || in_title_table(d->block))
        return "the meeting's own date line";
    if (on_meeting_day(d, window))
        return "the day of the meeting itself";
    if (speakers_remark(d))
        return "a day named in a speaker's remark";
    if (called_off(d))
        return "an occasion called off";
    if (speakers_supposition(d))
        return "a speaker's question or supposition, not a schedule";
    if (proposal_untaken(d))
        return "a date only proposed, the proposal not taken up";
    if (record_date(d))
        return "the date of a document or a payment, no occasion";
    if (clock_change(d))
        return "a change of the clocks, not an occasion";
    if (period_end(d))
        return "the end of a period (\"the fiscal year ends on 30 April\"), not an occasion";
    if (approximate(d))
        return "an approximate date in a remark or a horizon of weeks (\"by the end of the week\"), no day to name";
    return weekday_label(d);
}
