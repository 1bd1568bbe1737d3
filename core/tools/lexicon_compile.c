/* SPDX-License-Identifier: MIT */
/* lexicon_compile.c — build tool: validates each bundled lexicon with the
 * library's own loader (schema, list table and all) and writes its indexed
 * tables as C, with the file's size and digest, so that a process whose
 * lexicon file has exactly those bytes uses them instead of parsing the file
 * again (lexicon_data.h says why).  A lexicon that does not load fails the
 * build.
 *
 *     lexicon_compile OUT.c LANG=FILE...
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "lexicon_data.h"

/* A C string literal of s. */
static void put_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= ' ' && *p < 0x7F && *p != '"' && *p != '\\' && *p != '?')
            fputc(*p, out);
        else
            fprintf(out, "\\%03o", *p);
    }
    fputc('"', out);
}

/* ---- the string pool: every distinct string once ------------------------- */

typedef struct pool {
    char *bytes;
    size_t len, cap;
    uint32_t *slots; /* offset + 1, 0 empty */
    size_t mask;
} pool;

static uint32_t pool_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void *checked(void *p)
{
    if (!p) {
        fprintf(stderr, "lexicon_compile: out of memory\n");
        exit(71);
    }
    return p;
}

/* The offset of s in the pool (MN_LX_NO_STRING for NULL), added if new. */
static uint32_t pool_add(pool *p, const char *s)
{
    if (!s)
        return MN_LX_NO_STRING;
    size_t i = pool_hash(s) & p->mask;
    for (; p->slots[i]; i = (i + 1) & p->mask)
        if (strcmp(p->bytes + p->slots[i] - 1, s) == 0)
            return p->slots[i] - 1;
    size_t n = strlen(s) + 1;
    if (p->len + n > p->cap) {
        p->cap = (p->len + n) * 2;
        p->bytes = checked(realloc(p->bytes, p->cap));
    }
    memcpy(p->bytes + p->len, s, n);
    p->slots[i] = (uint32_t)p->len + 1;
    p->len += n;
    return (uint32_t)(p->len - n);
}

static void put_pool(FILE *out, const char *id, const pool *p)
{
    fprintf(out, "static const char %s_strings[%zu] =\n", id, p->len ? p->len : 1);
    for (size_t at = 0; at < p->len; at += strlen(p->bytes + at) + 1) {
        fputs("    ", out);
        put_string(out, p->bytes + at);
        fputs(at + strlen(p->bytes + at) + 1 < p->len ? "\"\\000\"\n" : ";\n", out);
    }
    if (!p->len)
        fputs("    \"\";\n", out);
}

/* ---- the unsigned pool: hash and prefix tables ---------------------------- */

typedef struct ints {
    unsigned *v;
    size_t len, cap;
} ints;

static uint32_t ints_add(ints *p, const unsigned *v, size_t n)
{
    if (p->len + n > p->cap) {
        p->cap = (p->len + n) * 2;
        p->v = checked(realloc(p->v, p->cap * sizeof *p->v));
    }
    memcpy(p->v + p->len, v, n * sizeof *v);
    p->len += n;
    return (uint32_t)(p->len - n);
}

static void put_ints(FILE *out, const char *id, const ints *p)
{
    fprintf(out, "static const unsigned %s_ints[%zu] = {", id, p->len ? p->len : 1);
    for (size_t i = 0; i < p->len; i++)
        fprintf(out, "%s%u", i == 0 ? "\n    " : i % 16 ? ", " : ",\n    ", p->v[i]);
    fputs(p->len ? "};\n" : "0};\n", out);
}

/* ---- the tables ---------------------------------------------------------------- */

/* The position of entry e in the one array all of a lexicon's entries are
 * written to, list after list. */
static size_t entry_index(const mn_lx_tables *t, const mn_lx_entry *e)
{
    size_t base = 0;
    for (int l = 0; l < e->list; l++)
        base += t->lists[l].n;
    return base + (size_t)(e - t->lists[e->list].entries);
}

static void put_entries(FILE *out, const char *id, const mn_lx_tables *t, pool *strings)
{
    fprintf(out, "static const mn_lx_centry %s_entries[] = {\n", id);
    size_t total = 0;
    for (int l = 0; l < MN_LX_COUNT; l++) {
        for (size_t i = 0; i < t->lists[l].n; i++, total++) {
            const mn_lx_entry *e = &t->lists[l].entries[i];
            fprintf(out, "    {%uu, %zuu, %uu, %uu, %d, %uu, %du, %zuu},\n", pool_add(strings, e->w),
                    e->len, pool_add(strings, e->means), pool_add(strings, e->after), e->value,
                    e->flags, e->list, e->same_word ? entry_index(t, e->same_word) + 1 : 0);
        }
    }
    if (!total)
        fputs("    {0},\n", out);
    fputs("};\n", out);
}

/* The lists' rows, their hash and prefix tables added to the unsigned pool. */
static void make_lists(const mn_lx_tables *t, ints *pool_ints, mn_lx_clist *rows)
{
    uint32_t base = 0;
    for (int l = 0; l < MN_LX_COUNT; l++) {
        const mn_lx_list_data *d = &t->lists[l];
        rows[l] = (mn_lx_clist){
            .entries = base,
            .n = (uint32_t)d->n,
            .slots = ints_add(pool_ints, d->slots, d->mask + 1),
            .mask = (uint32_t)d->mask,
            .first = ints_add(pool_ints, d->first, d->first_mask + 2),
            .order = ints_add(pool_ints, d->order, d->first[d->first_mask + 1]),
            .first_mask = (uint32_t)d->first_mask,
        };
        base += (uint32_t)d->n;
    }
}

static void put_words(FILE *out, const char *id, const mn_lx_tables *t, pool *strings)
{
    fprintf(out, "static const mn_lx_cword %s_words[] = {\n", id);
    for (size_t i = 0; i < t->n_words; i++)
        fprintf(out, "    {{0x%" PRIx64 "u, 0x%" PRIx64 "u, 0x%" PRIx64 "u}, %zuu, %uu, %zuu},\n",
                t->words[i].in[0], t->words[i].in[1], t->words[i].in[2],
                entry_index(t, t->words[i].first), pool_add(strings, t->word_keys[i]),
                t->word_lens[i]);
    if (!t->n_words)
        fputs("    {{0}, 0, 0, 0},\n", out);
    fputs("};\n", out);
}

static void put_compiled(FILE *out, const char *id, const mn_lx_tables *t, const mn_lx_clist *rows,
                         uint32_t word_slots)
{
    fprintf(out, "static const mn_lx_compiled %s_tables = {\n    %s_strings, %s_entries, %s_ints, %s_words,\n"
                 "    %uu, %zuu, %uu, %zuu,\n    {\n", id, id, id, id, id,
            rows[MN_LX_COUNT - 1].entries + rows[MN_LX_COUNT - 1].n, t->n_words, word_slots,
            t->words_mask);
    for (int l = 0; l < MN_LX_COUNT; l++)
        fprintf(out, "        {%uu, %uu, %uu, %uu, %uu, %uu, %uu}, /* %s */\n", rows[l].entries,
                rows[l].n, rows[l].slots, rows[l].mask, rows[l].first, rows[l].order,
                rows[l].first_mask, mn_lx_spec_of(l)->name);
    fputs("    },\n};\n\n", out);
}

/* Entries and words fill the string pool, the lists fill the unsigned
 * pool; then the pools and the struct that ties them go out. */
static void put_tables(FILE *out, const char *id, const mn_lx_tables *t)
{
    size_t total = 0;
    for (int l = 0; l < MN_LX_COUNT; l++)
        total += t->lists[l].n;
    pool strings = {0};
    for (strings.mask = 64; strings.mask < 4 * (total + t->n_words); strings.mask *= 2)
        ;
    strings.slots = checked(calloc(strings.mask--, sizeof *strings.slots));
    ints pool_ints = {0};
    mn_lx_clist rows[MN_LX_COUNT];
    put_entries(out, id, t, &strings);
    put_words(out, id, t, &strings);
    make_lists(t, &pool_ints, rows);
    uint32_t word_slots = ints_add(&pool_ints, t->word_slots, t->words_mask + 1);
    put_pool(out, id, &strings);
    put_ints(out, id, &pool_ints);
    put_compiled(out, id, t, rows, word_slots);
    free(strings.bytes);
    free(strings.slots);
    free(pool_ints.v);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: lexicon_compile OUT.c LANG=FILE...\n");
        return 64;
    }
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 73;
    }
    fputs("/* Generated by core/tools/lexicon_compile.c from the bundled lexicons: do not edit. */\n"
          "#include <stddef.h>\n\n#include \"lexicon_data.h\"\n\n",
          out);
    int bad = 0;
    char (*ids)[16] = calloc((size_t)argc, sizeof *ids);
    size_t *sizes = calloc((size_t)argc, sizeof *sizes);
    uint64_t *digests = calloc((size_t)argc, sizeof *digests);
    for (int i = 2; i < argc && ids && sizes && digests; i++) {
        const char *eq = strchr(argv[i], '=');
        size_t n = eq ? (size_t)(eq - argv[i]) : 0;
        if (n == 0 || n >= sizeof ids[i]) {
            fprintf(stderr, "lexicon_compile: '%s' is not LANG=FILE\n", argv[i]);
            return 64;
        }
        char lang[16];
        memcpy(lang, argv[i], n);
        lang[n] = '\0';
        for (size_t k = 0; k <= n; k++) /* "pt-BR" is named pt_BR in C */
            ids[i][k] = lang[k] == '-' ? '_' : lang[k];
        char *error = NULL, *bytes = mn_lexicon_read(eq + 1, &sizes[i], &error);
        mn_lexicon *lx = bytes ? mn_lexicon_parse(bytes, sizes[i], lang, eq + 1, &error) : NULL;
        if (!lx) {
            fprintf(stderr, "lexicon_compile: %s\n", error ? error : "out of memory");
            free(error);
            bad = 1;
        } else {
            digests[i] = mn_lx_digest(bytes, sizes[i]);
            put_tables(out, ids[i], mn_lexicon_tables(lx));
        }
        mn_lexicon_free(lx);
        free(bytes);
    }
    fputs("const mn_lx_builtin mn_lx_builtins[] = {\n", out);
    for (int i = 2; i < argc && !bad; i++)
        fprintf(out, "    {\"%.*s\", %zu, 0x%" PRIx64 "u, &%s_tables},\n", (int)strcspn(argv[i], "="),
                argv[i], sizes[i], digests[i], ids[i]);
    fputs("    {NULL, 0, 0, NULL},\n};\n", out);
    free(ids);
    free(sizes);
    free(digests);
    if (fclose(out) != 0 || bad) {
        remove(argv[1]);
        return bad ? 65 : 74;
    }
    return 0;
}
