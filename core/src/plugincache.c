/* SPDX-License-Identifier: MIT */
/* plugincache.c — DIR/plugins.cache: what the loader knows of a module
 * without loading it, after gdk-pixbuf's loaders.cache.
 *
 * Probing asks every reader, and a text reader's probe is never certain
 * (a .md file may hold a DOCX's bytes), so without the cache reading a
 * Markdown file would map the DOCX reader and libzip only to hear "not
 * mine".  A reader that declares magic (plugin.h) promises when it says
 * "not mine"; the cache carries that promise, so the core rules such a
 * reader out from the input's first bytes, name and media type alone.
 *
 * The file is text, one module a line, tab separated:
 *   FILE SIZE MTIME-S MTIME-NS NAME CAPS EXTENSIONS MAGIC
 * EXTENSIONS space separated or "-", MAGIC hex patterns space separated or
 * "-".  An entry is trusted only while its module's size and modification
 * time match: a rebuilt or replaced module is loaded as if the cache were
 * not there, and a missing or unreadable cache only costs time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "context.h"
#include "loader.h"

#define MN_CACHE_NAME "plugins.cache"
#define MN_CACHE_HEADER "minutes-plugin-cache 1"

static void mn_entry_free(mn_cache_entry *e)
{
    free(e->dir);
    free(e->file);
    free(e->extensions);
    free(e->magic);
}

void mn_context_free_cache(mn_context *ctx)
{
    for (size_t i = 0; i < ctx->n_cache; i++)
        mn_entry_free(&ctx->cache[i]);
    free(ctx->cache);
    for (size_t i = 0; i < ctx->n_cache_dirs; i++)
        free(ctx->cache_dirs[i]);
    free(ctx->cache_dirs);
}

/* ---- reading ---------------------------------------------------------------- */

static int mn_hex_digit(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decodes MAGIC ("504b0304 d0cf11e0") into length-prefixed patterns. */
static int mn_parse_magic(const char *hex, mn_cache_entry *e)
{
    if (strcmp(hex, "-") == 0)
        return 0;
    size_t len = strlen(hex);
    if (!(e->magic = malloc(len)))
        return -1;
    while (*hex) {
        size_t n = strcspn(hex, " ");
        if (n == 0 || n % 2 || n / 2 > 255)
            return -1;
        e->magic[e->magic_size++] = (unsigned char)(n / 2);
        for (size_t i = 0; i < n; i += 2) {
            int hi = mn_hex_digit(hex[i]), lo = mn_hex_digit(hex[i + 1]);
            if (hi < 0 || lo < 0)
                return -1;
            e->magic[e->magic_size++] = (unsigned char)(hi * 16 + lo);
        }
        hex += n;
        hex += *hex == ' ';
    }
    return 0;
}

/* Fills E from one line; returns 0, or -1 for a line not to trust. */
static int mn_parse_entry(char *line, const char *dir, mn_cache_entry *e)
{
    char *f[8];
    size_t n = 0;
    for (char *s = line; n < 8 && s;)
        f[n++] = strsep(&s, "\t");
    if (n != 8)
        return -1;
    char *end;
    e->size = strtoll(f[1], &end, 10);
    e->mtime_s = strtoll(f[2], &end, 10);
    e->mtime_ns = strtoll(f[3], &end, 10);
    e->caps = (unsigned)strtoul(f[5], &end, 10);
    e->dir = strdup(dir);
    e->file = strdup(f[0]);
    e->extensions = strdup(strcmp(f[6], "-") ? f[6] : "");
    if (!e->dir || !e->file || !e->extensions)
        return -1;
    return mn_parse_magic(f[7], e);
}

static void mn_add_entry(mn_context *ctx, mn_cache_entry *e)
{
    mn_cache_entry *grown = realloc(ctx->cache, (ctx->n_cache + 1) * sizeof *grown);
    if (!grown) {
        mn_entry_free(e);
        return;
    }
    ctx->cache = grown;
    ctx->cache[ctx->n_cache++] = *e;
}

/* Reads DIR's cache into the context once; a file with another header is
 * ignored whole (a later format this loader does not know). */
static void mn_read_cache(mn_context *ctx, const char *dir)
{
    for (size_t i = 0; i < ctx->n_cache_dirs; i++)
        if (strcmp(ctx->cache_dirs[i], dir) == 0)
            return;
    char **grown = realloc(ctx->cache_dirs, (ctx->n_cache_dirs + 1) * sizeof *grown);
    if (!grown || !(grown[ctx->n_cache_dirs] = strdup(dir))) {
        if (grown)
            ctx->cache_dirs = grown;
        return;
    }
    ctx->cache_dirs = grown;
    ctx->n_cache_dirs++;
    char *path = NULL;
    if (asprintf(&path, "%s/%s", dir, MN_CACHE_NAME) < 0)
        return;
    FILE *fp = fopen(path, "r");
    free(path);
    if (!fp)
        return;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = getline(&line, &cap, fp);
    int ours = len > 0 && strcmp(line, MN_CACHE_HEADER "\n") == 0;
    while (ours && (len = getline(&line, &cap, fp)) > 0) {
        if (line[len - 1] == '\n')
            line[len - 1] = '\0';
        mn_cache_entry e = {0};
        if (mn_parse_entry(line, dir, &e) == 0)
            mn_add_entry(ctx, &e);
        else
            mn_entry_free(&e);
    }
    free(line);
    fclose(fp);
}

/* DIR/FILE's entry, when the module is still the one it describes. */
static const mn_cache_entry *mn_trusted_entry(mn_context *ctx, const char *dir, const char *file)
{
    mn_read_cache(ctx, dir);
    for (size_t i = 0; i < ctx->n_cache; i++) {
        const mn_cache_entry *e = &ctx->cache[i];
        if (strcmp(e->dir, dir) || strcmp(e->file, file))
            continue;
        char *path = NULL;
        struct stat st;
        if (asprintf(&path, "%s/%s", dir, file) < 0)
            return NULL;
        int same = stat(path, &st) == 0 && st.st_size == e->size && st.st_mtim.tv_sec == e->mtime_s &&
                   st.st_mtim.tv_nsec == e->mtime_ns;
        free(path);
        return same ? e : NULL;
    }
    return NULL;
}

/* ---- ruling out ------------------------------------------------------------------ */

static int mn_has_extension(const char *list, const char *filename)
{
    const char *slash = filename ? strrchr(filename, '/') : NULL;
    const char *dot = filename ? strrchr(slash ? slash + 1 : filename, '.') : NULL;
    if (!dot || !dot[1])
        return 0;
    size_t n = strlen(dot + 1);
    for (const char *e = list; *e;) {
        size_t len = strcspn(e, " ");
        if (len == n && strncasecmp(e, dot + 1, n) == 0)
            return 1;
        e += len;
        e += strspn(e, " ");
    }
    return 0;
}

static int mn_starts_with(const unsigned char *d, size_t n, const unsigned char *pat, size_t len)
{
    return n >= len && memcmp(d, pat, len) == 0;
}

/* Whether the data begins with one of E's patterns, at its first byte or
 * after a UTF-8 byte-order mark and white space (plugin.h). */
static int mn_magic_matches(const mn_cache_entry *e, const unsigned char *d, size_t n)
{
    size_t skip = mn_starts_with(d, n, (const unsigned char *)"\xEF\xBB\xBF", 3) ? 3 : 0;
    while (skip < n && strchr(" \t\r\n", d[skip]) && d[skip])
        skip++;
    for (size_t i = 0; i < e->magic_size; i += 1 + e->magic[i]) {
        const unsigned char *pat = e->magic + i + 1;
        size_t len = e->magic[i];
        if (mn_starts_with(d, n, pat, len) || mn_starts_with(d + skip, n - skip, pat, len))
            return 1;
    }
    return 0;
}

int mn_plugin_cache_rules_out(mn_context *ctx, const char *dir, const char *file, const mn_probe *pr)
{
    const mn_cache_entry *e = mn_trusted_entry(ctx, dir, file);
    if (!e)
        return 0;
    if (!(e->caps & MN_CAN_READ))
        return 1;
    if (!e->magic_size || pr->media_type || mn_has_extension(e->extensions, pr->filename))
        return 0;
    return !mn_magic_matches(e, pr->data, pr->size);
}

/* ---- writing ---------------------------------------------------------------------- */

/* Whether S can stand in a field of the cache as it is. */
static int mn_plain_field(const char *s)
{
    return s && !strpbrk(s, "\t\n\r");
}

static void mn_write_magic(FILE *fp, const mn_plugin *p)
{
    const char *const *magic = MN_PLUGIN_HAS(p, magic) && (p->caps & MN_CAN_READ) ? p->magic : NULL;
    if (!magic || !*magic) {
        fputs("-", fp);
        return;
    }
    for (const char *const *m = magic; *m; m++) {
        if (m != magic)
            fputc(' ', fp);
        for (const unsigned char *c = (const unsigned char *)*m; *c; c++)
            fprintf(fp, "%02x", *c);
    }
}

/* One line for the plugin loaded from PATH, FILE being its name in the
 * directory.  A plugin whose strings the format cannot hold, or whose
 * magic pattern is empty or too long, gets no line: it is simply loaded. */
static void mn_write_entry(FILE *fp, const char *path, const char *file, const mn_plugin *p)
{
    struct stat st;
    if (stat(path, &st) != 0 || !mn_plain_field(p->name) || !mn_plain_field(file) ||
        (p->extensions && !mn_plain_field(p->extensions)))
        return;
    if (MN_PLUGIN_HAS(p, magic) && p->magic)
        for (const char *const *m = p->magic; *m; m++)
            if (!**m || strlen(*m) > 255)
                return;
    fprintf(fp, "%s\t%lld\t%lld\t%ld\t%s\t%u\t%s\t", file, (long long)st.st_size,
            (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec, p->name, p->caps,
            p->extensions && *p->extensions ? p->extensions : "-");
    mn_write_magic(fp, p);
    fputc('\n', fp);
}

int mn_plugin_cache_write(mn_context *ctx, const char *dir)
{
    char *path = NULL;
    if (asprintf(&path, "%s/%s", dir, MN_CACHE_NAME) < 0)
        return MN_EX_CANTCREAT;
    mn_atomic_file *f = mn_atomic_open(path);
    free(path);
    if (!f)
        return MN_EX_CANTCREAT;
    FILE *fp = mn_atomic_stream(f);
    fputs(MN_CACHE_HEADER "\n", fp);
    size_t dlen = strlen(dir);
    for (size_t i = 0; i < ctx->n_plugins; i++) {
        const char *mpath = ctx->plugins[i].path;
        if (strncmp(mpath, dir, dlen) == 0 && mpath[dlen] == '/' && !strchr(mpath + dlen + 1, '/'))
            mn_write_entry(fp, mpath, mpath + dlen + 1, ctx->plugins[i].plugin);
    }
    const char *step = NULL;
    return mn_atomic_commit(f, &step) ? MN_EX_CANTCREAT : 0;
}
