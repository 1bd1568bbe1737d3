/* SPDX-License-Identifier: MIT */
/* speakers.c — the speakers pass: a transcript line keeps who speaks as
 * `speaker` on its `p` or `item` (DESIGN.md, "Growth"); the text is left as
 * written, name and all, so nothing is lost where a writer ignores it.
 *
 * A line speaks when it starts "Name: …" ("**Ana Ruiz:** …", "NAME: …",
 * "Rohan Iyer (Streamforge): …", a quoted "> Ana: …") or "<nick> …" (IRC
 * logs).  One such line proves nothing — "Status:", "Chairs:", "Other Time
 * Zones:" start lines too — so the pass decides for the whole document:
 *   - field and label words (Present, Date, Action, Hum, For, …: the
 *     lexicon's speaker-stops) never speak;
 *   - a document is a transcript when three lines or more, by two names or
 *     more, have the shape;
 *   - in a transcript, a name speaks when it does so twice, when it is a
 *     listed participant (name, given or family name, handle), when another
 *     speaking line shares its first word ("Jaime" and "Jaime Ortega"), when
 *     the text names that person elsewhere ("Bram:" and "Chairs: Noura
 *     El-Sayed, Bram de Groot"; "Paul Okonkwo:" and "… Paul Okonkwo …"), or
 *     when it is initials ("RO:") or a lower-case nick ("hkudo:") like
 *     another; a role ("Chairs:", speaker-roles) only when it speaks twice,
 *     since "Chairs: A, B" is the usual label line;
 *   - a line whose text after the name is only a link is a label line
 *     ("**GitHub Issue**: https://…"); lines in a section whose heading has
 *     a task-headings word name owners, not speakers.
 * The speaker is the name without its parenthesis ("Tunde (chair)" gives
 * "Tunde").  Runs after the actions pass: what became an action or a
 * decision is no transcript line. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "passes.h"
#include "speakers_text.h"
#include "textscan.h"
#include "xmlutil.h"

#define MN_SPK_MAX_NAME 64  /* bytes before the colon */
#define MN_SPK_MAX_WORDS 4
#define MN_SPK_MIN_LINES 3

typedef struct mn_turn {
    xmlNodePtr el;
    char *name;      /* malloc'd, without its parenthesis */
    char *first;     /* its first word (malloc'd) */
    int irc;         /* "<nick> text" */
    int initials;    /* "RO" */
    int nick;        /* "hkudo": lower case, one word */
    int role;        /* a role word */
    size_t times;       /* turns with this name */
    size_t first_times; /* turns with this first word */
} mn_turn;

typedef struct mn_speakers {
    mn_turn *turns;
    size_t n, cap;
    char **people;   /* the participants' names, given and family names, sorted */
    size_t n_people;
    mn_spk_text text; /* the words of the document, read on first need */
    int text_read;
    xmlNodePtr root;
    int failed;
} mn_speakers;

/* Whether the LEN bytes at s are a word of lexicon LIST (ASCII case ignored). */
static int mn_spk_in(const char *s, size_t len, int list)
{
    return mn_lx_find(mn_lx(), list, s, len) != NULL;
}

/* ---- one line ---------------------------------------------------------------- */

static int mn_spk_word_ok(const char *w, size_t len, int first)
{
    char buf[32];
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, w, len);
    buf[len] = '\0';
    if (!first && mn_spk_in(w, len, MN_LX_NAME_PARTICLES))
        return 1;
    if (!mn_ts_starts_upper(buf))
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        int letter = c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        if (!letter && !strchr("-.'_", c))
            return 0;
    }
    return 1;
}

/* "hkudo", "bkowalski", "ey": an IRC or chat nick, one lower-case word
 * (digits and one '_' or '-' at most: "draft-ietf-x-05" is no nick). */
static int mn_spk_nick(const char *name)
{
    size_t i = 0, joins = 0;
    if (!(name[0] >= 'a' && name[0] <= 'z'))
        return 0;
    for (; name[i] && i <= 16; i++) {
        char c = name[i];
        if (c == '_' || c == '-')
            joins++;
        else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return 0;
    }
    return i >= 2 && i <= 16 && joins <= 1;
}

/* Whether NAME (folded) reads as a person's name or initials. */
static int mn_spk_name_ok(const char *name, int *initials)
{
    size_t words = 0, len = strlen(name), caps = 0, letters = 0;
    for (const char *p = name; *p;) {
        size_t n = strcspn(p, " ");
        if (!mn_spk_word_ok(p, n, words == 0) || ++words > MN_SPK_MAX_WORDS)
            return 0;
        p += n + (p[n] == ' ');
    }
    for (size_t i = 0; i < len; i++) {
        caps += name[i] >= 'A' && name[i] <= 'Z';
        letters += (name[i] | 0x20) >= 'a' && (name[i] | 0x20) <= 'z';
    }
    *initials = words == 1 && letters >= 2 && letters <= 4 && caps == letters;
    return words > 0;
}

/* "<nick> text": the nick, or 0. */
static size_t mn_spk_irc(const char *s)
{
    if (s[0] != '<')
        return 0;
    size_t i = 1;
    while (s[i] && i <= 32 && (strchr("_-|^`.", s[i]) || ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
                                (s[i] >= '0' && s[i] <= '9')))
        i++;
    return i > 1 && s[i] == '>' && s[i + 1] == ' ' ? i - 1 : 0;
}

/* The name before the colon of "Name (x): text", without the parenthesis;
 * NULL when the line does not have that shape (malloc'd). */
static char *mn_spk_colon_name(const char *s)
{
    const char *colon = strchr(s, ':');
    if (!colon || colon == s || colon - s > MN_SPK_MAX_NAME || (colon[1] && colon[1] != ' '))
        return NULL;
    size_t end = (size_t)(colon - s);
    while (end > 0 && s[end - 1] == ' ')
        end--;
    if (end > 0 && (s[end - 1] == ')' || s[end - 1] == ']')) {
        char open = s[end - 1] == ')' ? '(' : '[';
        const char *o = memchr(s, open, end);
        if (!o || o == s)
            return NULL;
        end = (size_t)(o - s);
        while (end > 0 && s[end - 1] == ' ')
            end--;
    }
    return end ? mn_ts_fold(s, end) : NULL;
}

/* Whether the text after the name is nothing but a link or a URL: a
 * label line ("**GitHub Issue**: https://…"), or nothing at all ("Present:"
 * over a list). */
static int mn_spk_only_link(const xmlNode *el, const char *rest)
{
    rest += mn_ts_skip_space(rest);
    if (*rest == '\0' || (!strchr(rest, ' ') && strstr(rest, "://")))
        return 1;
    for (const xmlNode *c = el->children; c; c = c->next) {
        if (!mn_is(c, "link"))
            continue;
        char *inside = mn_ts_inline_folded(c);
        int only = inside && strcmp(inside, rest) == 0;
        free(inside);
        return only;
    }
    return 0;
}

/* Whether el's text after its colon is only a link: a label line.  REST is
 * what the line's start holds after the colon; CUT, whether the line goes
 * on past it (a URL's start says nothing of what follows it). */
static int mn_spk_label_line(const xmlNode *el, const char *rest, int cut)
{
    rest += mn_ts_skip_space(rest);
    if (*rest == '\0' && !cut)
        return 1;
    if (!strchr(rest, ' ') && strstr(rest, "://")) {
        if (!cut)
            return 1;
    } else if (!mn_ts_has_descendant(el, "link")) {
        return 0; /* the usual transcript line: no need to read it all */
    }
    char *text = mn_ts_inline_folded(el);
    const char *colon = text ? strchr(text, ':') : NULL;
    int only = colon && mn_spk_only_link(el, colon + 1);
    free(text);
    return only;
}

static char *mn_spk_first_word(const char *name)
{
    size_t n = strcspn(name, " ");
    char *w = malloc(n + 1);
    if (w) {
        memcpy(w, name, n);
        w[n] = '\0';
    }
    return w;
}

/* The start of el's own line (its inline text up to a line break), white
 * space folded, into BUF (CAP bytes, NUL-terminated): enough to read a
 * name and its colon without copying whole paragraphs. */
typedef struct mn_spk_buf {
    char *s;
    size_t len, cap;
    int space, full;
    int cut; /* the line goes on past cap */
} mn_spk_buf;

/* The bytes read after a colon: enough to tell a label's lone link from
 * words spoken. */
#define MN_SPK_AFTER_COLON 24

static void mn_spk_prefix_text(mn_spk_buf *b, const char *t)
{
    for (; *t; t++) {
        unsigned char c = (unsigned char)*t;
        if (c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            b->space = b->len > 0;
            continue;
        }
        if (b->len + 2 >= b->cap) {
            b->full = b->cut = 1;
            return;
        }
        if (b->space)
            b->s[b->len++] = ' ';
        b->space = 0;
        b->s[b->len++] = (char)c;
        if (c == ':' && b->len + MN_SPK_AFTER_COLON + 2 < b->cap)
            b->cap = b->len + MN_SPK_AFTER_COLON + 2; /* the first colon decides */
    }
}

static void mn_spk_prefix_walk(const xmlNode *el, mn_spk_buf *b)
{
    for (const xmlNode *c = el->children; c && !b->full; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content)
            mn_spk_prefix_text(b, (const char *)c->content);
        else if (mn_is(c, "br") || (mn_ts_is_block(c) && !mn_is(c, "action") && !mn_is(c, "decision")))
            b->full = 1; /* an item's action or decision holds the item's own words */
        else if (c->type == XML_ELEMENT_NODE)
            mn_spk_prefix_walk(c, b);
    }
}

/* Returns whether the line went on past what BUF holds. */
static int mn_spk_prefix(const xmlNode *el, char *buf, size_t cap)
{
    mn_spk_buf b = {buf, 0, cap, 0, 0, 0};
    mn_spk_prefix_walk(el, &b);
    buf[b.len] = '\0';
    return b.cut;
}

/* Whether el's first text shows it is no turn without reading further: no
 * ':' nor '<' in the bytes where a name and its colon would be, the text
 * going on past them or ending there.  Most lines are settled here. */
static int mn_spk_plainly_no_turn(const xmlNode *el)
{
    const xmlNode *c = el->children;
    if (!c || c->type != XML_TEXT_NODE || !c->content)
        return 0;
    const char *s = (const char *)c->content;
    size_t window = MN_SPK_MAX_NAME + 8, n = strnlen(s, window);
    if (memchr(s, ':', n) || memchr(s, '<', n))
        return 0;
    return n == window || !c->next;
}

/* Reads el's line as a turn; returns 1 when it has the shape. */
static int mn_spk_turn(xmlNodePtr el, mn_turn *t)
{
    if (mn_spk_plainly_no_turn(el))
        return 0;
    char text[MN_SPK_MAX_NAME + 24];
    int cut = mn_spk_prefix(el, text, sizeof text);
    const char *s = text;
    if (s[0] == '>' && s[1] == ' ')
        s += 2; /* a quoted line in plain text */
    memset(t, 0, sizeof *t);
    size_t nick = mn_spk_irc(s);
    if (nick) {
        t->name = mn_ts_fold(s + 1, nick);
        t->irc = 1;
    } else if ((t->name = mn_spk_colon_name(s)) != NULL) {
        size_t nlen = strlen(t->name);
        t->role = mn_spk_in(t->name, nlen, MN_LX_SPEAKER_ROLES);
        t->nick = !t->role && mn_spk_nick(t->name);
        if (mn_spk_in(t->name, nlen, MN_LX_SPEAKER_STOPS) ||
            (!t->role && !t->nick && !mn_spk_name_ok(t->name, &t->initials)) ||
            mn_spk_label_line(el, strchr(s, ':') + 1, cut)) {
            free(t->name);
            t->name = NULL;
        }
    }
    if (!t->name)
        return 0;
    t->el = el;
    t->first = mn_spk_first_word(t->name);
    return t->first != NULL;
}

/* ---- the document -------------------------------------------------------------- */

/* Whether WORD is in S as a whole word (ASCII case ignored). */
static int mn_spk_has_word(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = s; (p = strcasestr(p, word)) != NULL; p++)
        if ((p == s || !mn_ts_word_before(s, p)) && !mn_ts_word_at(p + n))
            return 1;
    return 0;
}

/* Whether section's heading names a list of tasks. */
static int mn_spk_task_section(const xmlNode *section)
{
    char *h = mn_ts_inline_folded(mn_child(section, "heading"));
    int tasks = 0;
    for (const char *const *w = mn_lx_words(mn_lx(), MN_LX_TASK_HEADINGS); h && *w && !tasks; w++)
        tasks = mn_spk_has_word(h, *w);
    free(h);
    return tasks;
}

static void mn_spk_collect(mn_speakers *sp, xmlNodePtr parent)
{
    for (xmlNodePtr c = parent->children; c && !sp->failed; c = c->next) {
        const char *name = mn_ts_name(c);
        if (!name)
            continue;
        if (strcmp(name, "p") == 0 || strcmp(name, "item") == 0) {
            if (sp->n == sp->cap) {
                size_t cap = sp->cap ? sp->cap * 2 : 64;
                mn_turn *grown = realloc(sp->turns, cap * sizeof *grown);
                if (!grown) {
                    sp->failed = 1;
                    return;
                }
                sp->turns = grown;
                sp->cap = cap;
            }
            sp->n += mn_spk_turn(c, &sp->turns[sp->n]);
        }
        if (strcmp(name, "p") != 0)
            mn_spk_collect(sp, c); /* sections, lists, items' nested lists, cells */
    }
}

static void mn_spk_turn_free(mn_turn *t)
{
    free(t->name);
    free(t->first);
}

/* Whether el lies in a section whose heading, or an enclosing one's, names
 * tasks.  LAST and LAST_TASKS remember the innermost section asked about
 * last and its answer: turns come in document order, so most share it. */
static int mn_spk_in_tasks(const xmlNode *el, const xmlNode **last, int *last_tasks)
{
    const xmlNode *sec = el->parent;
    while (sec && !mn_is(sec, "section"))
        sec = sec->parent;
    if (!sec)
        return 0;
    if (sec != *last) {
        int tasks = 0;
        for (const xmlNode *a = sec; a && !tasks; a = a->parent)
            tasks = mn_is(a, "section") && mn_spk_task_section(a);
        *last = sec;
        *last_tasks = tasks;
    }
    return *last_tasks;
}

/* Drops the turns of task lists, items of sections whose heading names
 * tasks: "Ana: send the form" there names an owner.  A paragraph there
 * still speaks ("RO: action-41?" under "Action item review").  Asked only
 * once a document has enough turns to be a transcript: most have none, and
 * their headings are then never read. */
static void mn_spk_drop_task_turns(mn_speakers *sp)
{
    const xmlNode *last = NULL;
    int last_tasks = 0;
    size_t kept = 0;
    for (size_t i = 0; i < sp->n; i++) {
        if (mn_is(sp->turns[i].el, "item") &&
            mn_spk_in_tasks(sp->turns[i].el, &last, &last_tasks))
            mn_spk_turn_free(&sp->turns[i]);
        else
            sp->turns[kept++] = sp->turns[i];
    }
    sp->n = kept;
}

static int mn_spk_cmp(const void *a, const void *b)
{
    return strcasecmp(*(char *const *)a, *(char *const *)b);
}

static void mn_spk_add_person(mn_speakers *sp, const char *s)
{
    if (!s || !*s)
        return;
    char *copy = strdup(s);
    if (!copy) {
        sp->failed = 1;
        return;
    }
    sp->people[sp->n_people++] = copy;
}

/* The participants' names, given and family names (the annexes pass has
 * run), sorted for lookups. */
static void mn_spk_people(mn_speakers *sp, xmlDocPtr doc)
{
    xmlNodePtr parts = mn_child(xmlDocGetRootElement(doc), "participants");
    size_t n = 0;
    for (xmlNodePtr g = parts ? mn_child(parts, "group") : NULL; g; g = mn_next(g, "group"))
        for (xmlNodePtr p = mn_child(g, "person"); p; p = mn_next(p, "person"))
            n += 4;
    if (n == 0 || !(sp->people = calloc(n, sizeof *sp->people))) {
        sp->failed = n != 0;
        return;
    }
    for (xmlNodePtr g = mn_child(parts, "group"); g; g = mn_next(g, "group"))
        for (xmlNodePtr p = mn_child(g, "person"); p; p = mn_next(p, "person")) {
            char *text = mn_text_folded(p), *given = mn_attr(p, "given"), *family = mn_attr(p, "family");
            char *handle = mn_attr(p, "handle");
            mn_spk_add_person(sp, text);
            mn_spk_add_person(sp, given);
            mn_spk_add_person(sp, family);
            mn_spk_add_person(sp, handle && handle[0] == '@' ? handle + 1 : handle);
            free(text);
            xmlFree(given);
            xmlFree(family);
            xmlFree(handle);
        }
    qsort(sp->people, sp->n_people, sizeof *sp->people, mn_spk_cmp);
}

static int mn_spk_is_person(const mn_speakers *sp, const char *name)
{
    if (!sp->n_people)
        return 0;
    if (bsearch(&name, sp->people, sp->n_people, sizeof *sp->people, mn_spk_cmp))
        return 1;
    /* an IRC name joins the words with '_' ("Sam_Okoye:"); the annexes
     * pass lists the person as "Sam Okoye" */
    char spaced[128];
    size_t len = strlen(name);
    if (!strchr(name, '_') || len >= sizeof spaced)
        return 0;
    for (size_t i = 0; i <= len; i++)
        spaced[i] = name[i] == '_' ? ' ' : name[i];
    const char *key = spaced;
    return bsearch(&key, sp->people, sp->n_people, sizeof *sp->people, mn_spk_cmp) != NULL;
}

typedef struct mn_spk_index {
    size_t initials, nicks, irc, distinct;
} mn_spk_index;

static int mn_spk_by_name(const void *a, const void *b)
{
    return strcasecmp((*(mn_turn *const *)a)->name, (*(mn_turn *const *)b)->name);
}

static int mn_spk_by_first(const void *a, const void *b)
{
    return strcasecmp((*(mn_turn *const *)a)->first, (*(mn_turn *const *)b)->first);
}

/* Sorts BY with CMP and gives every turn the size of its run of equals in
 * *field (the field's offset in mn_turn); returns the number of runs. */
static size_t mn_spk_runs(mn_turn **by, size_t n, int (*cmp)(const void *, const void *),
                          size_t offset)
{
    qsort(by, n, sizeof *by, cmp);
    size_t runs = 0;
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && cmp(&by[i], &by[j]) == 0; j++)
            ;
        for (size_t k = i; k < j; k++)
            *(size_t *)((char *)by[k] + offset) = j - i;
        runs++;
    }
    return runs;
}

/* How often each name and each first word speaks, and what kinds there are. */
static int mn_spk_index_build(mn_speakers *sp, mn_spk_index *ix)
{
    memset(ix, 0, sizeof *ix);
    mn_turn **by = malloc((sp->n ? sp->n : 1) * sizeof *by);
    if (!by)
        return -1;
    for (size_t i = 0; i < sp->n; i++) {
        by[i] = &sp->turns[i];
        ix->nicks += sp->turns[i].nick;
        ix->initials += sp->turns[i].initials;
        ix->irc += sp->turns[i].irc;
    }
    ix->distinct = mn_spk_runs(by, sp->n, mn_spk_by_name, offsetof(mn_turn, times));
    mn_spk_runs(by, sp->n, mn_spk_by_first, offsetof(mn_turn, first_times));
    free(by);
    return 0;
}

/* Whether the document names T elsewhere (speakers_text.c), reading its
 * words the first time this is asked. */
static int mn_spk_elsewhere(mn_speakers *sp, const mn_turn *t)
{
    if (!sp->text_read) {
        sp->text_read = 1;
        sp->failed |= mn_spk_text_read(&sp->text, sp->root) != 0;
    }
    return !sp->failed && mn_spk_named_elsewhere(&sp->text, t->name);
}

static int mn_spk_speaks(mn_speakers *sp, const mn_spk_index *ix, const mn_turn *t)
{
    size_t times = t->times;
    if (t->role)
        return times >= 2;
    if (t->irc)
        return ix->irc >= 2;
    if (times >= 2 || mn_spk_is_person(sp, t->name) || mn_spk_is_person(sp, t->first) ||
        (t->initials && ix->initials >= 2) || (t->nick && ix->nicks >= 2))
        return 1;
    if (t->nick || t->initials)
        return 0;
    return t->first_times >= 2 || mn_spk_elsewhere(sp, t);
}

static void mn_spk_free(mn_speakers *sp)
{
    for (size_t i = 0; i < sp->n; i++)
        mn_spk_turn_free(&sp->turns[i]);
    free(sp->turns);
    for (size_t i = 0; i < sp->n_people; i++)
        free(sp->people[i]);
    free(sp->people);
    mn_spk_text_free(&sp->text);
}

/* ---- actions and decisions said in a turn ---------------------------------------- */

static int mn_spk_cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* An action or decision the actions pass made of a paragraph ("RO: action-43,
 * Paolo's survey …?") is still a speaker's line when its name is one this
 * document's turns were given: never a new speaker, so that "Action A:" or
 * "Key:" over a task stay what they are. */
static void mn_spk_made_walk(xmlNodePtr parent, char **names, size_t n, char **firsts)
{
    for (xmlNodePtr c = parent->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!mn_is(c, "action") && !mn_is(c, "decision")) {
            if (!mn_is(c, "item") && !mn_is(c, "cell") && !mn_is(c, "p"))
                mn_spk_made_walk(c, names, n, firsts);
            continue;
        }
        mn_turn t;
        if (!mn_spk_turn(c, &t))
            continue;
        /* "Aisha:" where the turns say "Aisha Karimova:" */
        int one_word = !strchr(t.name, ' ');
        if (bsearch(&t.name, names, n, sizeof *names, mn_spk_cmp_str) ||
            (one_word && bsearch(&t.name, firsts, n, sizeof *firsts, mn_spk_cmp_str)))
            mn_set_attr(c, "speaker", t.name);
        mn_spk_turn_free(&t);
    }
}

static void mn_spk_made(mn_speakers *sp, xmlNodePtr body)
{
    size_t cap = sp->n ? sp->n : 1, n = 0;
    char **names = malloc(cap * sizeof *names), **firsts = malloc(cap * sizeof *firsts);
    if (!names || !firsts) {
        free(names);
        free(firsts);
        sp->failed = 1;
        return;
    }
    for (size_t i = 0; i < sp->n; i++)
        if (xmlHasProp(sp->turns[i].el, BAD_CAST "speaker")) {
            names[n] = sp->turns[i].name;
            firsts[n++] = sp->turns[i].first;
        }
    if (n) {
        qsort(names, n, sizeof *names, mn_spk_cmp_str);
        qsort(firsts, n, sizeof *firsts, mn_spk_cmp_str);
        mn_spk_made_walk(body, names, n, firsts);
    }
    free(names);
    free(firsts);
}

int mn_pass_speakers(xmlDocPtr doc, mn_job *job)
{
    xmlNodePtr body = mn_body(doc);
    if (!body)
        return 0;
    mn_speakers sp = {0};
    mn_spk_collect(&sp, body);
    if (!sp.failed && sp.n >= MN_SPK_MIN_LINES)
        mn_spk_drop_task_turns(&sp);
    mn_spk_index ix = {0};
    int ok = !sp.failed && (sp.n < MN_SPK_MIN_LINES || mn_spk_index_build(&sp, &ix) == 0);
    if (ok && sp.n >= MN_SPK_MIN_LINES && ix.distinct >= 2) {
        mn_spk_people(&sp, doc);
        sp.root = xmlDocGetRootElement(doc);
        for (size_t i = 0; i < sp.n && !sp.failed; i++)
            if (mn_spk_speaks(&sp, &ix, &sp.turns[i]))
                mn_set_attr(sp.turns[i].el, "speaker", sp.turns[i].name);
        if (!sp.failed)
            mn_spk_made(&sp, body);
    }
    int failed = sp.failed || !ok;
    mn_spk_free(&sp);
    return failed ? mn_job_error(job, MN_EX_SOFTWARE, 0, "out of memory finding speakers") : 0;
}
