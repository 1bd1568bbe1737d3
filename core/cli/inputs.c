/* SPDX-License-Identifier: MIT */
/* inputs.c — which files a batch converts: directories (with -r, their
 * sub-directories) give the files a reader claims by extension; a pattern
 * that names no file is a glob (CI configurations often quote them); --shard
 * keeps a stable share. */
#include <dirent.h>
#include <glob.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "convert.h"

typedef struct mn_list {
    char **v;
    size_t n;
} mn_list;

static int mn_list_push(mn_list *l, const char *s)
{
    char **grown = realloc(l->v, (l->n + 1) * sizeof *grown);
    if (!grown)
        return -1;
    l->v = grown;
    if (!(grown[l->n] = strdup(s)))
        return -1;
    l->n++;
    return 0;
}

/* The inputs found, each with its name below the directory it was found in. */
typedef struct mn_found {
    mn_list paths, names;
} mn_found;

static int mn_found_push(mn_found *f, const char *path, const char *name)
{
    if (mn_list_push(&f->paths, path))
        return -1;
    if (mn_list_push(&f->names, name) == 0)
        return 0;
    free(f->paths.v[--f->paths.n]);
    return -1;
}

/* A file given itself is named by its base name. */
static int mn_found_push_file(mn_found *f, const char *path)
{
    const char *slash = strrchr(path, '/');
    return mn_found_push(f, path, strcmp(path, "-") == 0 ? "stdin" : slash ? slash + 1 : path);
}

static int mn_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether some reader lists NAME's extension.  The plugin cache answers
 * for the readers it describes, so a directory of .md files maps no DOCX
 * reader; the others are loaded to be asked. */
static int mn_readable_name(mn_cli *cli, const char *name)
{
    const char *dot = strrchr(name, '.');
    if (!dot || dot == name)
        return 0;
    mn_context_load_readers_for_input(cli->ctx, name, NULL, 0, NULL);
    size_t n = strlen(dot + 1);
    for (size_t i = 0; i < mn_context_plugin_count(cli->ctx); i++) {
        const mn_plugin *p = mn_context_plugin(cli->ctx, i);
        if (!(p->caps & MN_CAN_READ) || !p->extensions)
            continue;
        for (const char *e = p->extensions; *e;) {
            size_t len = strcspn(e, " ");
            if (len == n && strncasecmp(e, dot + 1, n) == 0)
                return 1;
            e += len;
            while (*e == ' ')
                e++;
        }
    }
    return 0;
}

/* The files below DIR that a reader claims; ROOT_LEN is the length of the
 * directory the walk began in, whose path the names leave out. */
static int mn_walk(mn_cli *cli, const char *dir, size_t root_len, int recursive, mn_found *out)
{
    DIR *d = opendir(dir);
    if (!d) {
        mn_cli_error("%s: cannot read directory", dir);
        return MN_EX_NOINPUT;
    }
    mn_list names = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.')
            mn_list_push(&names, e->d_name);
    closedir(d);
    if (names.n)
        qsort(names.v, names.n, sizeof *names.v, mn_cmp);
    int rc = 0;
    for (size_t i = 0; i < names.n; i++) {
        char *path = NULL;
        struct stat st;
        size_t dl = strlen(dir);
        if (asprintf(&path, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", names.v[i]) < 0)
            continue;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            int sub = recursive ? mn_walk(cli, path, root_len, recursive, out) : 0;
            if (sub > rc)
                rc = sub;
        } else if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && mn_readable_name(cli, names.v[i])) {
            mn_found_push(out, path, path + root_len + (path[root_len] == '/'));
        }
        free(path);
        free(names.v[i]);
    }
    free(names.v);
    return rc;
}

/* The directory part of a glob before its first wildcard: in/ for
 * in/2025-*\/x.md, whose matches are then named 2025-01/x.md. */
static size_t mn_glob_root(const char *pattern)
{
    size_t wild = strcspn(pattern, "*?[");
    size_t root = 0;
    for (size_t i = 0; i < wild; i++)
        if (pattern[i] == '/')
            root = i + 1;
    return root;
}

static int mn_expand_one(mn_cli *cli, mn_convert_opts *o, const char *arg, mn_found *out)
{
    struct stat st;
    if (strcmp(arg, "-") == 0 || stat(arg, &st) == 0) {
        if (strcmp(arg, "-") != 0 && S_ISDIR(st.st_mode)) {
            o->many = 1;
            return mn_walk(cli, arg, strlen(arg), o->recursive, out);
        }
        return mn_found_push_file(out, arg) ? MN_EX_SOFTWARE : 0;
    }
    if (strpbrk(arg, "*?[")) {
        glob_t g;
        o->many = 1;
        size_t root = mn_glob_root(arg);
        if (glob(arg, 0, NULL, &g) == 0) {
            for (size_t i = 0; i < g.gl_pathc; i++)
                if (strlen(g.gl_pathv[i]) > root)
                    mn_found_push(out, g.gl_pathv[i], g.gl_pathv[i] + root);
            globfree(&g);
        }
        return 0; /* a pattern that matches nothing is an empty batch */
    }
    /* Left for the job to report as an input it cannot open. */
    return mn_found_push_file(out, arg) ? MN_EX_SOFTWARE : 0;
}

int mn_expand_inputs(mn_cli *cli, mn_convert_opts *o)
{
    mn_found out = {0};
    int rc = 0;
    if (o->n_inputs > 1)
        o->many = 1;
    for (size_t i = 0; i < o->n_inputs && rc == 0; i++)
        rc = mn_expand_one(cli, o, o->inputs[i], &out);
    for (size_t i = 0; i < o->n_inputs; i++)
        free(o->inputs[i]);
    free(o->inputs);
    o->inputs = out.paths.v;
    o->names = out.names.v;
    o->n_inputs = out.paths.n;
    return rc;
}

/* FNV-1a with a final avalanche (MurmurHash3's fmix32), so that names
 * differing in one character spread evenly over the shards; stable across
 * runs and machines. */
static uint32_t mn_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

void mn_shard_inputs(mn_convert_opts *o)
{
    if (!o->shard_count)
        return;
    size_t kept = 0;
    for (size_t i = 0; i < o->n_inputs; i++) {
        if (mn_hash(o->names[i]) % o->shard_count == o->shard_index - 1) {
            o->names[kept] = o->names[i];
            o->inputs[kept++] = o->inputs[i];
        } else {
            free(o->inputs[i]);
            free(o->names[i]);
        }
    }
    o->n_inputs = kept;
    o->many = 1;
}
