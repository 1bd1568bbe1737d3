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

/* A C string literal of s (NULL: the null pointer). */
static void put_string(FILE *out, const char *s)
{
    if (!s) {
        fputs("NULL", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= ' ' && *p < 0x7F && *p != '"' && *p != '\\' && *p != '?')
            fputc(*p, out);
        else
            fprintf(out, "\\%03o", *p);
    }
    fputc('"', out);
}

/* The position of entry e in the one array all of a lexicon's entries are
 * written to, list after list. */
static size_t entry_index(const mn_lx_tables *t, const mn_lx_entry *e)
{
    size_t base = 0;
    for (int l = 0; l < e->list; l++)
        base += t->lists[l].n;
    return base + (size_t)(e - t->lists[e->list].entries);
}

static void put_entries(FILE *out, const char *id, const mn_lx_tables *t, size_t total)
{
    fprintf(out, "static const mn_lx_entry %s_e[%zu] = {\n", id, total ? total : 1);
    for (int l = 0; l < MN_LX_COUNT; l++) {
        for (size_t i = 0; i < t->lists[l].n; i++) {
            const mn_lx_entry *e = &t->lists[l].entries[i];
            fputs("    {.w = ", out);
            put_string(out, e->w);
            fprintf(out, ", .len = %zu, .value = %d, .means = ", e->len, e->value);
            put_string(out, e->means);
            fputs(", .after = ", out);
            put_string(out, e->after);
            fprintf(out, ", .flags = %u, .list = %d, .same_word = ", e->flags, e->list);
            if (e->same_word)
                fprintf(out, "&%s_e[%zu]},\n", id, entry_index(t, e->same_word));
            else
                fputs("NULL},\n", out);
        }
    }
    fputs("};\n", out);
}

static void put_unsigneds(FILE *out, const char *name, const unsigned *v, size_t n)
{
    fprintf(out, "static const unsigned %s[%zu] = {", name, n);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s%u", i == 0 ? "\n    " : i % 16 ? ", " : ",\n    ", v[i]);
    fputs("};\n", out);
}

static void put_lists(FILE *out, const char *id, const mn_lx_tables *t)
{
    for (int l = 0; l < MN_LX_COUNT; l++) {
        const mn_lx_list_data *d = &t->lists[l];
        fprintf(out, "static const char *const %s_w%d[] = {", id, l);
        for (size_t i = 0; i < d->n; i++) {
            put_string(out, d->words[i]);
            fputs(", ", out);
        }
        fputs("NULL};\n", out);
        char name[64];
        snprintf(name, sizeof name, "%s_s%d", id, l);
        put_unsigneds(out, name, d->slots, d->mask + 1);
        snprintf(name, sizeof name, "%s_f%d", id, l);
        put_unsigneds(out, name, d->first, d->first_mask + 2);
        snprintf(name, sizeof name, "%s_o%d", id, l);
        size_t order_len = d->first[d->first_mask + 1];
        if (order_len)
            put_unsigneds(out, name, d->order, order_len);
        else
            fprintf(out, "static const unsigned %s[1] = {0};\n", name);
    }
}

static void put_index(FILE *out, const char *id, const mn_lx_tables *t)
{
    fprintf(out, "static const mn_lx_word %s_words[%zu] = {\n", id, t->n_words ? t->n_words : 1);
    for (size_t i = 0; i < t->n_words; i++)
        fprintf(out, "    {{0x%" PRIx64 "u, 0x%" PRIx64 "u, 0x%" PRIx64 "u}, &%s_e[%zu]},\n",
                t->words[i].in[0], t->words[i].in[1], t->words[i].in[2], id,
                entry_index(t, t->words[i].first));
    fputs("};\n", out);
    fprintf(out, "static const char *const %s_keys[%zu] = {\n", id, t->n_words ? t->n_words : 1);
    for (size_t i = 0; i < t->n_words; i++) {
        fputs("    ", out);
        put_string(out, t->word_keys[i]);
        fputs(",\n", out);
    }
    fputs("};\n", out);
    fprintf(out, "static const size_t %s_lens[%zu] = {", id, t->n_words ? t->n_words : 1);
    for (size_t i = 0; i < t->n_words; i++)
        fprintf(out, "%s%zu", i == 0 ? "\n    " : i % 16 ? ", " : ",\n    ", t->word_lens[i]);
    fputs("};\n", out);
    char name[64];
    snprintf(name, sizeof name, "%s_wslots", id);
    put_unsigneds(out, name, t->word_slots, t->words_mask + 1);
}

static void put_tables(FILE *out, const char *id, const mn_lx_tables *t)
{
    size_t total = 0;
    for (int l = 0; l < MN_LX_COUNT; l++)
        total += t->lists[l].n;
    put_entries(out, id, t, total);
    put_lists(out, id, t);
    put_index(out, id, t);
    fprintf(out, "static const mn_lx_tables %s_tables = {\n    {\n", id);
    size_t base = 0;
    for (int l = 0; l < MN_LX_COUNT; l++) {
        const mn_lx_list_data *d = &t->lists[l];
        fprintf(out, "        {%s_w%d, %s_e + %zu, %zu, %s_s%d, %zu, %s_f%d, %s_o%d, %zu}, /* %s */\n", id, l,
                id, base, d->n, id, l, d->mask, id, l, id, l, d->first_mask, mn_lx_spec_of(l)->name);
        base += d->n;
    }
    fprintf(out, "    },\n    %s_words, %s_keys, %s_lens, %zu, %s_wslots, %zu};\n\n", id, id, id,
            t->n_words, id, t->words_mask);
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
