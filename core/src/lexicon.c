/* SPDX-License-Identifier: MIT */
/* lexicon.c — reads a lexicon file, checks it against the bundled schema
 * (schemas/lexicon-1.xsd, compiled in) and the table of lexicon_lists.h, and
 * indexes its lists for the passes.
 *
 * Everything a lexicon holds lives in one arena freed with it: the strings,
 * the entries, the word arrays and the hash tables. */
#include <errno.h>
#include <pthread.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "lexicon_data.h"
#include "minutes/minutes.h"
#include "validate.h"

extern const char mn_lexicon_schema_data[];

#define MN_LX_MAX_FILE (4u << 20)

_Static_assert(MN_LX_COUNT <= 192, "the token index keeps a list's bit in three 64-bit words");

static const mn_lx_spec mn_lx_specs[MN_LX_COUNT] = {
#define MN_LX_SPEC(id, name, kind, lo, hi, means, purpose) {name, kind, lo, hi, means, purpose},
    MN_LEXICON_LISTS(MN_LX_SPEC)
#undef MN_LX_SPEC
};

const mn_lx_spec *mn_lx_spec_of(int list)
{
    return list >= 0 && list < MN_LX_COUNT ? &mn_lx_specs[list] : NULL;
}

/* ---- the arena ------------------------------------------------------------- */

typedef struct mn_chunk {
    struct mn_chunk *next;
    size_t used, size;
    max_align_t data[];
} mn_chunk;

static void *mn_arena_alloc(mn_chunk **arena, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    mn_chunk *c = *arena;
    if (!c || c->size - c->used < n) {
        size_t size = n > 32768 ? n : 32768;
        c = malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->next = *arena;
        c->used = 0;
        c->size = size;
        *arena = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

static char *mn_arena_strdup(mn_chunk **arena, const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = mn_arena_alloc(arena, n);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* ---- hashing ---------------------------------------------------------------- */

static size_t mn_lx_slots_for(size_t n)
{
    size_t size = 8;
    while (size < 2 * n)
        size *= 2;
    return size;
}

struct mn_lexicon {
    char *lang, *path;
    mn_chunk *arena;     /* what a parsed lexicon's tables point into; NULL when compiled */
    mn_lx_tables t;
    void *owned;         /* a compiled lexicon's pointer tables (mn_lexicon_from_compiled) */
    int compiled;        /* t points into compiled tables (lexicon_builtin.c) */
    unsigned char *consulted; /* written through const lexicons: not in the arena */
    /* a compiled lexicon whose pointer tables are made on first read, or
     * NULL; lazy->ready says they are (written through const lexicons) */
    const mn_lx_compiled *source;
    struct mn_lx_lazy {
        pthread_mutex_t lock;
        int ready;
    } *lazy;
};

/* Makes a compiled lexicon's pointer tables the first time anything reads
 * them: a bundled lexicon opened only for the language guess never does. */
static void mn_lx_make(const mn_lexicon *lx)
{
    pthread_mutex_lock(&lx->lazy->lock);
    if (!__atomic_load_n(&lx->lazy->ready, __ATOMIC_RELAXED)) {
        mn_lxc_fill(lx->source, lx->owned);
        __atomic_store_n(&lx->lazy->ready, 1, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&lx->lazy->lock);
}

static inline void mn_lx_ready(const mn_lexicon *lx)
{
    if (lx->source && !__atomic_load_n(&lx->lazy->ready, __ATOMIC_ACQUIRE))
        mn_lx_make(lx);
}

static void mn_lx_mark(const mn_lexicon *lx, int list)
{
    __atomic_store_n(&lx->consulted[list], 1, __ATOMIC_RELAXED);
}

/* ---- errors ------------------------------------------------------------------ */

typedef struct mn_lx_load {
    mn_lexicon *lx;
    const char *what;
    char *error;
} mn_lx_load;

static int mn_lx_fail(mn_lx_load *ld, unsigned line, const char *fmt, ...) MN_PRINTF(3, 4);

static int mn_lx_fail(mn_lx_load *ld, unsigned line, const char *fmt, ...)
{
    if (ld->error)
        return -1;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *full = NULL;
    if (line ? asprintf(&full, "%s:%u: %s", ld->what, line, msg) < 0
             : asprintf(&full, "%s: %s", ld->what, msg) < 0)
        full = NULL;
    ld->error = full ? full : strdup("out of memory");
    return -1;
}

/* ---- the schema ---------------------------------------------------------------- */

static xmlSchemaPtr mn_lx_schema(void)
{
    static xmlSchemaPtr schema;
    if (!schema) {
        xmlSchemaParserCtxtPtr pc =
            xmlSchemaNewMemParserCtxt(mn_lexicon_schema_data, (int)strlen(mn_lexicon_schema_data));
        if (pc) {
            schema = xmlSchemaParse(pc);
            xmlSchemaFreeParserCtxt(pc);
        }
    }
    return schema;
}

static void mn_lx_schema_error(void *data, xmlErrorPtr err)
{
    mn_lx_load *ld = data;
    char msg[300];
    snprintf(msg, sizeof msg, "%s", err && err->message ? err->message : "invalid");
    msg[strcspn(msg, "\n")] = '\0';
    mn_lx_fail(ld, err ? (unsigned)err->line : 0, "schema: %s", msg);
}

static int mn_lx_validate(mn_lx_load *ld, xmlDocPtr doc)
{
    xmlSchemaPtr schema = mn_lx_schema();
    if (!schema)
        return mn_lx_fail(ld, 0, "the bundled lexicon schema does not parse");
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
    if (!vc)
        return mn_lx_fail(ld, 0, "out of memory");
    xmlSchemaSetValidStructuredErrors(vc, mn_lx_schema_error, ld);
    int rc = xmlSchemaValidateDoc(vc, doc);
    xmlSchemaFreeValidCtxt(vc);
    if (rc != 0)
        return mn_lx_fail(ld, 0, "schema: not a valid lexicon");
    return 0;
}

/* ---- reading the lists ----------------------------------------------------------- */

static int mn_lx_list_of(const char *name)
{
    for (int i = 0; i < MN_LX_COUNT; i++)
        if (strcmp(mn_lx_specs[i].name, name) == 0)
            return i;
    return -1;
}

static const char *mn_lx_kind_name(enum mn_lx_kind k)
{
    static const char *const names[] = {"words", "numbers", "meanings", "zones"};
    return names[k];
}

/* Whether MEANS is one of the '|'-separated ALLOWED. */
static int mn_lx_means_ok(const char *allowed, const char *means)
{
    size_t n = strlen(means);
    for (const char *p = allowed; *p;) {
        size_t k = strcspn(p, "|");
        if (k == n && strncmp(p, means, n) == 0)
            return 1;
        p += k + (p[k] == '|');
    }
    return 0;
}

/* An attribute copied into the arena, or NULL when absent. */
static const char *mn_lx_attr(mn_lx_load *ld, xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(n, BAD_CAST name);
    if (!v)
        return NULL;
    const char *copy = mn_arena_strdup(&ld->lx->arena, (const char *)v);
    xmlFree(v);
    return copy;
}

/* An xs:boolean attribute: 1 true, 0 false, -1 absent (the schema has
 * checked the form; white space around it is allowed). */
static int mn_lx_bool(xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(n, BAD_CAST name);
    if (!v)
        return -1;
    const char *p = (const char *)v + strspn((const char *)v, " \t\r\n");
    int truth = *p == 't' || *p == '1';
    xmlFree(v);
    return truth;
}

/* "+01:00" (the schema checked its form) in minutes. */
static int mn_lx_offset(const char *s)
{
    int m = ((s[1] - '0') * 10 + (s[2] - '0')) * 60 + (s[4] - '0') * 10 + (s[5] - '0');
    return s[0] == '-' ? -m : m;
}

/* Fills e from w's attributes as LIST's kind wants them. */
static int mn_lx_entry_attrs(mn_lx_load *ld, int list, xmlNodePtr w, mn_lx_entry *e)
{
    const mn_lx_spec *sp = &mn_lx_specs[list];
    unsigned line = (unsigned)xmlGetLineNo(w);
    e->after = mn_lx_attr(ld, w, "after");
    if (sp->kind == MN_LX_NUMBERS) {
        const char *v = mn_lx_attr(ld, w, "value");
        long value = v ? strtol(v, NULL, 10) : 0;
        if (value < sp->lo || value > sp->hi)
            return mn_lx_fail(ld, line, "list '%s': value %s of \"%s\" is not within %d..%d",
                              sp->name, v ? v : "?", e->w, sp->lo, sp->hi);
        e->value = (int)value;
        e->flags = (mn_lx_bool(w, "abbr") == 1 ? MN_LX_ABBR : 0) | (mn_lx_bool(w, "cap") == 1 ? MN_LX_CAP : 0) |
                   (mn_lx_bool(w, "alone") == 0 ? MN_LX_NOT_ALONE : 0);
    } else if (sp->kind == MN_LX_MEANINGS) {
        e->means = mn_lx_attr(ld, w, "means");
        if (!e->means || (sp->means && !mn_lx_means_ok(sp->means, e->means)))
            return mn_lx_fail(ld, line, "list '%s': \"%s\" means '%s', not one of %s", sp->name,
                              e->w, e->means ? e->means : "", sp->means);
    } else if (sp->kind == MN_LX_ZONES) {
        const char *offset = mn_lx_attr(ld, w, "offset");
        e->means = mn_lx_attr(ld, w, "zone");
        if (!offset == !e->means)
            return mn_lx_fail(ld, line, "list '%s': \"%s\" needs an offset or a zone, not %s",
                              sp->name, e->w, offset ? "both" : "neither");
        e->value = offset ? mn_lx_offset(offset) : 0;
    }
    return 0;
}

static size_t mn_lx_count_entries(xmlNodePtr list)
{
    size_t n = 0;
    for (xmlNodePtr w = list->children; w; w = w->next)
        n += w->type == XML_ELEMENT_NODE;
    return n;
}

static int mn_lx_read_list(mn_lx_load *ld, xmlNodePtr el, int list)
{
    mn_lx_list_data *d = &ld->lx->t.lists[list];
    size_t n = mn_lx_count_entries(el);
    mn_lx_entry *entries = mn_arena_alloc(&ld->lx->arena, (n ? n : 1) * sizeof *entries);
    const char **words = mn_arena_alloc(&ld->lx->arena, (n + 1) * sizeof *words);
    if (!entries || !words)
        return mn_lx_fail(ld, 0, "out of memory");
    d->entries = entries;
    d->words = words;
    for (xmlNodePtr w = el->children; w; w = w->next) {
        if (w->type != XML_ELEMENT_NODE)
            continue;
        mn_lx_entry *e = &entries[d->n];
        xmlChar *text = xmlNodeGetContent(w);
        e->w = text ? mn_arena_strdup(&ld->lx->arena, (const char *)text) : NULL;
        xmlFree(text);
        if (!e->w)
            return mn_lx_fail(ld, 0, "out of memory");
        e->len = strlen(e->w);
        e->list = list;
        if (mn_lx_entry_attrs(ld, list, w, e))
            return -1;
        words[d->n++] = e->w;
    }
    return 0;
}

/* A meanings list whose meanings must all have a word: each has one. */
static int mn_lx_check_meanings(mn_lx_load *ld, int list)
{
    const mn_lx_spec *sp = &mn_lx_specs[list];
    const mn_lx_list_data *d = &ld->lx->t.lists[list];
    if (sp->kind != MN_LX_MEANINGS || !sp->means || sp->lo != 1)
        return 0;
    for (const char *p = sp->means; *p;) {
        size_t k = strcspn(p, "|"), i = 0;
        while (i < d->n && !(strlen(d->entries[i].means) == k && strncmp(d->entries[i].means, p, k) == 0))
            i++;
        if (i == d->n)
            return mn_lx_fail(ld, 0, "list '%s' has no word meaning '%.*s'", sp->name, (int)k, p);
        p += k + (p[k] == '|');
    }
    return 0;
}

/* Every word of a subset list is a word of its superset (lexicon_lists.h). */
static int mn_lx_check_subsets(mn_lx_load *ld)
{
    static const int pairs[][2] = {
#define MN_LX_PAIR(sub, super) {MN_LX_##sub, MN_LX_##super},
        MN_LEXICON_SUBSETS(MN_LX_PAIR)
#undef MN_LX_PAIR
    };
    const mn_lx_tables *t = &ld->lx->t;
    for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++) {
        const mn_lx_list_data *sub = &t->lists[pairs[p][0]], *super = &t->lists[pairs[p][1]];
        for (size_t i = 0; i < sub->n; i++) {
            size_t k = 0;
            while (k < super->n && strcmp(super->entries[k].w, sub->entries[i].w) != 0)
                k++;
            if (k == super->n)
                return mn_lx_fail(ld, 0, "list '%s': \"%s\" is not in '%s'",
                                  mn_lx_specs[pairs[p][0]].name, sub->entries[i].w,
                                  mn_lx_specs[pairs[p][1]].name);
        }
    }
    return 0;
}

static int mn_lx_read_lists(mn_lx_load *ld, xmlNodePtr root)
{
    unsigned char seen[MN_LX_COUNT] = {0};
    for (xmlNodePtr el = root->children; el; el = el->next) {
        if (el->type != XML_ELEMENT_NODE)
            continue;
        xmlChar *name = xmlGetNoNsProp(el, BAD_CAST "name");
        int list = name ? mn_lx_list_of((const char *)name) : -1;
        unsigned line = (unsigned)xmlGetLineNo(el);
        if (list < 0)
            mn_lx_fail(ld, line, "unknown list '%s' (the lists are those of core/src/lexicon_lists.h)",
                       name ? (const char *)name : "");
        else if (strcmp((const char *)el->name, mn_lx_kind_name(mn_lx_specs[list].kind)) != 0)
            mn_lx_fail(ld, line, "list '%s' must be a <%s> list, not <%s>", name,
                       mn_lx_kind_name(mn_lx_specs[list].kind), (const char *)el->name);
        xmlFree(name);
        if (ld->error || mn_lx_read_list(ld, el, list) || mn_lx_check_meanings(ld, list))
            return -1;
        seen[list] = 1;
    }
    for (int i = 0; i < MN_LX_COUNT; i++)
        if (!seen[i])
            return mn_lx_fail(ld, 0, "missing list '%s' (%s)", mn_lx_specs[i].name,
                              mn_lx_specs[i].purpose);
    return mn_lx_check_subsets(ld);
}

/* ---- indexes ---------------------------------------------------------------------- */

static int mn_lx_index_prefixes(mn_lexicon *lx, mn_lx_list_data *d)
{
    size_t buckets = mn_lx_prefix_buckets(d->n);
    unsigned *first = mn_arena_alloc(&lx->arena, (buckets + 1) * sizeof *first);
    unsigned *order = mn_arena_alloc(&lx->arena, (mn_lx_prefix_order_len(d, buckets) + 1) * sizeof *order);
    if (!first || !order)
        return -1;
    mn_lx_prefix_fill(d, first, order, buckets);
    return 0;
}

static int mn_lx_index_list(mn_lexicon *lx, mn_lx_list_data *d)
{
    size_t size = mn_lx_slots_for(d->n);
    unsigned *slots = mn_arena_alloc(&lx->arena, size * sizeof *slots);
    if (!slots)
        return -1;
    d->slots = slots;
    d->mask = size - 1;
    for (size_t i = 0; i < d->n; i++) {
        const mn_lx_entry *e = &d->entries[i];
        size_t s = mn_lx_hash(e->w, e->len) & d->mask;
        for (; slots[s]; s = (s + 1) & d->mask)
            if (mn_lx_same(d->entries[slots[s] - 1].w, d->entries[slots[s] - 1].len, e->w, e->len))
                break; /* the first in file order answers */
        if (!slots[s])
            slots[s] = (unsigned)i + 1;
    }
    return mn_lx_index_prefixes(lx, d);
}

/* The token index's slot for the word at s (lower case: the index keeps
 * its keys lower-cased, so a token is compared byte for byte), found or
 * free. */
static size_t mn_lx_word_slot(const mn_lx_tables *t, const char *s, size_t len)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    size_t i = h & t->words_mask;
    while (t->word_slots[i]) {
        size_t k = t->word_slots[i] - 1;
        if (t->word_lens[k] == len && memcmp(t->word_keys[k], s, len) == 0)
            break;
        i = (i + 1) & t->words_mask;
    }
    return i;
}

/* The token index being built: the same arrays as t's, writable. */
typedef struct mn_lx_build {
    mn_lx_word *words;
    const char **keys;
    size_t *lens;
    unsigned *slots;
} mn_lx_build;

static int mn_lx_index_entry(mn_lexicon *lx, mn_lx_build *b, mn_lx_entry *e)
{
    mn_lx_tables *t = &lx->t;
    char *key = mn_arena_alloc(&lx->arena, e->len + 1);
    if (!key)
        return -1;
    for (size_t i = 0; i <= e->len; i++)
        key[i] = (char)(e->w[i] >= 'A' && e->w[i] <= 'Z' ? e->w[i] + 32 : e->w[i]);
    size_t slot = mn_lx_word_slot(t, key, e->len);
    if (!b->slots[slot]) {
        b->keys[t->n_words] = key;
        b->lens[t->n_words] = e->len;
        b->slots[slot] = (unsigned)++t->n_words;
    }
    mn_lx_word *w = &b->words[b->slots[slot] - 1];
    uint64_t bit = (uint64_t)1 << (e->list & 63);
    if (w->in[e->list >> 6] & bit)
        return 0; /* the same word again in one list: the first answers */
    w->in[e->list >> 6] |= bit;
    /* entries live in the lexicon's arena: the chain is ours to extend */
    mn_lx_entry *last = (mn_lx_entry *)w->first;
    while (last && last->same_word)
        last = (mn_lx_entry *)last->same_word;
    if (last)
        last->same_word = e;
    else
        w->first = e;
    return 0;
}

static int mn_lx_index(mn_lexicon *lx)
{
    mn_lx_tables *t = &lx->t;
    size_t total = 0;
    for (int l = 0; l < MN_LX_COUNT; l++) {
        if (mn_lx_index_list(lx, &t->lists[l]))
            return -1;
        total += t->lists[l].n;
    }
    size_t size = mn_lx_slots_for(total);
    mn_lx_build b = {mn_arena_alloc(&lx->arena, (total + 1) * sizeof *b.words),
                     mn_arena_alloc(&lx->arena, (total + 1) * sizeof *b.keys),
                     mn_arena_alloc(&lx->arena, (total + 1) * sizeof *b.lens),
                     mn_arena_alloc(&lx->arena, size * sizeof *b.slots)};
    if (!b.words || !b.keys || !b.lens || !b.slots)
        return -1;
    t->words = b.words;
    t->word_keys = b.keys;
    t->word_lens = b.lens;
    t->word_slots = b.slots;
    t->words_mask = size - 1;
    for (int l = 0; l < MN_LX_COUNT; l++)
        for (size_t i = 0; i < t->lists[l].n; i++)
            if (mn_lx_index_entry(lx, &b, (mn_lx_entry *)&t->lists[l].entries[i]))
                return -1;
    return 0;
}

/* ---- loading ---------------------------------------------------------------------- */

static int mn_lx_check_root(mn_lx_load *ld, xmlNodePtr root, const char *lang)
{
    xmlChar *l = xmlGetNoNsProp(root, BAD_CAST "lang");
    int ok = l && strcmp((const char *)l, lang) == 0;
    if (!ok)
        mn_lx_fail(ld, (unsigned)xmlGetLineNo(root), "lang=\"%s\" where the file is for '%s'",
                   l ? (const char *)l : "", lang);
    xmlFree(l);
    return ok ? 0 : -1;
}

mn_lexicon *mn_lexicon_parse(const void *data, size_t size, const char *lang, const char *what,
                             char **error)
{
    mn_lx_load ld = {.what = what};
    *error = NULL;
    char msg[300];
    unsigned line = 0;
    xmlDocPtr doc = mn_xml_read_checked(data, size, msg, sizeof msg, &line);
    if (!doc) {
        mn_lx_fail(&ld, line, "%s", msg);
        *error = ld.error;
        return NULL;
    }
    ld.lx = calloc(1, sizeof *ld.lx);
    if (ld.lx) {
        ld.lx->consulted = calloc(MN_LX_COUNT, 1);
        ld.lx->lang = strdup(lang);
        ld.lx->path = strdup(what);
    }
    if (!ld.lx || !ld.lx->consulted || !ld.lx->lang || !ld.lx->path)
        mn_lx_fail(&ld, 0, "out of memory");
    else if (mn_lx_validate(&ld, doc) == 0 && mn_lx_check_root(&ld, xmlDocGetRootElement(doc), lang) == 0 &&
             mn_lx_read_lists(&ld, xmlDocGetRootElement(doc)) == 0 && mn_lx_index(ld.lx))
        mn_lx_fail(&ld, 0, "out of memory");
    xmlFreeDoc(doc);
    if (ld.error) {
        mn_lexicon_free(ld.lx);
        *error = ld.error;
        return NULL;
    }
    return ld.lx;
}

char *mn_lexicon_read(const char *path, size_t *size, char **error)
{
    *error = NULL;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        if (asprintf(error, "%s: %s", path, strerror(errno)) < 0)
            *error = NULL;
        return NULL;
    }
    char *buf = malloc(MN_LX_MAX_FILE + 1);
    size_t n = buf ? fread(buf, 1, MN_LX_MAX_FILE + 1, fp) : 0;
    const char *bad = !buf ? "out of memory" : ferror(fp) ? "cannot be read"
                      : n > MN_LX_MAX_FILE ? "larger than 4 MiB" : NULL;
    fclose(fp);
    if (bad) {
        if (asprintf(error, "%s: %s", path, bad) < 0)
            *error = NULL;
        free(buf);
        return NULL;
    }
    *size = n;
    return buf;
}

mn_lexicon *mn_lexicon_load(const char *path, const char *lang, char **error)
{
    size_t n = 0;
    char *buf = mn_lexicon_read(path, &n, error);
    mn_lexicon *lx = buf ? mn_lexicon_parse(buf, n, lang, path, error) : NULL;
    free(buf);
    return lx;
}

mn_lexicon *mn_lexicon_empty(const char *lang)
{
    mn_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx)
        return NULL;
    lx->consulted = calloc(MN_LX_COUNT, 1);
    lx->lang = strdup(lang);
    lx->path = strdup("(no lexicon)");
    int ok = lx->consulted && lx->lang && lx->path;
    for (int l = 0; l < MN_LX_COUNT && ok; l++)
        ok = (lx->t.lists[l].words = mn_arena_alloc(&lx->arena, sizeof(const char *))) != NULL;
    if (!ok || mn_lx_index(lx)) {
        mn_lexicon_free(lx);
        return NULL;
    }
    return lx;
}

mn_lexicon *mn_lexicon_from_tables(const mn_lx_tables *t, void *owned, const char *lang,
                                   const char *path)
{
    mn_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) {
        free(owned);
        return NULL;
    }
    lx->t = *t;
    lx->owned = owned;
    lx->compiled = 1;
    lx->consulted = calloc(MN_LX_COUNT, 1);
    lx->lang = strdup(lang);
    lx->path = strdup(path);
    if (!lx->consulted || !lx->lang || !lx->path) {
        mn_lexicon_free(lx);
        return NULL;
    }
    return lx;
}

mn_lexicon *mn_lexicon_from_compiled(const mn_lx_compiled *c, const char *lang, const char *path)
{
    mn_lx_tables t = {0};
    void *block = mn_lxc_block_new(c, &t);
    struct mn_lx_lazy *lazy = block ? malloc(sizeof *lazy) : NULL;
    mn_lexicon *lx = lazy ? mn_lexicon_from_tables(&t, block, lang, path) : NULL;
    if (!lx) {
        if (!lazy)
            free(block);
        free(lazy);
        return NULL;
    }
    pthread_mutex_init(&lazy->lock, NULL);
    lazy->ready = 0;
    lx->lazy = lazy;
    lx->source = c;
    return lx;
}

const mn_lx_tables *mn_lexicon_tables(const mn_lexicon *lx)
{
    mn_lx_ready(lx);
    return &lx->t;
}

int mn_lexicon_made(const mn_lexicon *lx)
{
    return !lx->source || __atomic_load_n(&lx->lazy->ready, __ATOMIC_ACQUIRE);
}

int mn_lexicon_compiled(const mn_lexicon *lx)
{
    return lx->compiled;
}

uint64_t mn_lx_digest(const void *data, size_t size)
{
    /* eight bytes a step, each step mixed by a multiply and a shift */
    const unsigned char *p = data;
    uint64_t h = 0x9E3779B97F4A7C15u ^ size;
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9u;
        h ^= h >> 31;
    }
    for (; i < size; i++)
        h = (h ^ p[i]) * 0x94D049BB133111EBu;
    h ^= h >> 29;
    return h;
}

void mn_lexicon_free(mn_lexicon *lx)
{
    if (!lx)
        return;
    for (mn_chunk *c = lx->arena, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    if (lx->lazy)
        pthread_mutex_destroy(&lx->lazy->lock);
    free(lx->lazy);
    free(lx->owned);
    free(lx->consulted);
    free(lx->lang);
    free(lx->path);
    free(lx);
}

const char *mn_lexicon_lang(const mn_lexicon *lx)
{
    return lx->lang;
}

const char *mn_lexicon_path(const mn_lexicon *lx)
{
    return lx->path;
}

/* ---- lookups ------------------------------------------------------------------------ */

const char *const *mn_lx_words(const mn_lexicon *lx, int list)
{
    mn_lx_mark(lx, list);
    mn_lx_ready(lx);
    return lx->t.lists[list].words;
}

const mn_lx_entry *mn_lx_entries(const mn_lexicon *lx, int list, size_t *n)
{
    mn_lx_mark(lx, list);
    mn_lx_ready(lx);
    *n = lx->t.lists[list].n;
    return lx->t.lists[list].entries;
}

const mn_lx_entry *mn_lx_find(const mn_lexicon *lx, int list, const char *s, size_t len)
{
    mn_lx_mark(lx, list);
    mn_lx_ready(lx);
    const mn_lx_list_data *d = &lx->t.lists[list];
    for (size_t i = mn_lx_hash(s, len) & d->mask; d->slots[i]; i = (i + 1) & d->mask) {
        const mn_lx_entry *e = &d->entries[d->slots[i] - 1];
        if (mn_lx_same(e->w, e->len, s, len))
            return e;
    }
    return NULL;
}

int mn_lx_after_ok(const mn_lx_entry *e, const char *prev)
{
    return !e->after || (prev && mn_lx_same(e->after, strlen(e->after), prev, strlen(prev)));
}

int mn_lx_fold_equal(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x - 0xC3u < 3u && i + 1 < n) {
            if (mn_lx_fold2(x, (unsigned char)a[i + 1]) != mn_lx_fold2(y, (unsigned char)b[i + 1]))
                return 0;
            i++;
        } else if (x != y && !((x | 32u) - 'a' < 26u && (x | 32u) == (y | 32u))) {
            return 0;
        }
    }
    return 1;
}

const mn_lx_entry *mn_lx_find_after(const mn_lexicon *lx, int list, const char *s, size_t len,
                                    const char *prev)
{
    const mn_lx_entry *e = mn_lx_find(lx, list, s, len);
    if (!e || mn_lx_after_ok(e, prev))
        return e;
    /* the word again, later in the list: the first that fits */
    const mn_lx_list_data *d = &lx->t.lists[list];
    for (const mn_lx_entry *f = e + 1; f < d->entries + d->n; f++)
        if (mn_lx_same(f->w, f->len, s, len) && mn_lx_after_ok(f, prev))
            return f;
    return NULL;
}

const unsigned *mn_lx_candidates(const mn_lexicon *lx, int list, const char *s, size_t len, size_t *n)
{
    mn_lx_mark(lx, list);
    const mn_lx_list_data *d = &lx->t.lists[list];
    size_t b = mn_lx_prefix_bucket(d->first_mask, s, len);
    *n = d->first[b + 1] - d->first[b];
    return d->order + d->first[b];
}

int mn_lx_has(const mn_lexicon *lx, int list, const char *w)
{
    return mn_lx_has_len(lx, list, w, strlen(w));
}

int mn_lx_has_len(const mn_lexicon *lx, int list, const char *s, size_t len)
{
    if (lx->source && !__atomic_load_n(&lx->lazy->ready, __ATOMIC_ACQUIRE)) {
        mn_lx_mark(lx, list);
        return mn_lxc_has(lx->source, list, s, len);
    }
    return mn_lx_find(lx, list, s, len) != NULL;
}

const mn_lx_word *mn_lx_token(const mn_lexicon *lx, const char *s, size_t len)
{
    const mn_lx_tables *t = &lx->t;
    if (!t->word_slots)
        return NULL;
    mn_lx_ready(lx);
    size_t i = mn_lx_word_slot(t, s, len);
    return t->word_slots[i] ? &t->words[t->word_slots[i] - 1] : NULL;
}

int mn_lx_in(const mn_lexicon *lx, const mn_lx_word *w, int list)
{
    mn_lx_mark(lx, list);
    return w && (w->in[list >> 6] >> (list & 63) & 1);
}

const mn_lx_entry *mn_lx_entry_of(const mn_lexicon *lx, const mn_lx_word *w, int list)
{
    if (!mn_lx_in(lx, w, list))
        return NULL;
    const mn_lx_entry *e = w->first;
    while (e && e->list != list)
        e = e->same_word;
    return e;
}

int mn_lx_consulted(const mn_lexicon *lx, int list)
{
    return __atomic_load_n(&lx->consulted[list], __ATOMIC_RELAXED);
}
