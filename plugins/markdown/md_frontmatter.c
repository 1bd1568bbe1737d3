/* SPDX-License-Identifier: MIT */
/* md_frontmatter.c — a `---` … `---` block at the very start of a Markdown
 * file, read as the YAML subset minutes need: `key: value` lines with plain,
 * 'single' or "double" quoted scalars, flow lists `[A, B]` and block lists
 * (`- A` lines); or a `+++` … `+++` block (Hugo, Zola) read as the TOML
 * subset: `key = value` lines with "basic" or 'literal' strings, bare
 * dates and numbers, and arrays `[A, B]` on one line or several.  Known keys
 * become authoritative builder properties; other keys (layout, tags, … of
 * static-site generators) and TOML tables (`[params]`) are left alone. */
#include "md.h"

#include <stdlib.h>
#include <string.h>

typedef struct fm_key {
    const char *yaml;     /* key as written in the front matter */
    const char *prop;     /* builder property */
    int repeatable;       /* one property per value; else values are joined */
} fm_key;

static const fm_key fm_keys[] = {
    {"title", "title", 0},          {"subtitle", "subtitle", 0},
    {"date", "date", 0},            {"time", "time", 0},
    {"timezone", "timezone", 0},    {"tz", "timezone", 0},
    {"location", "location", 0},    {"place", "location", 0},
    {"venue", "location", 0},       {"chair", "chair", 0},
    {"chairs", "chair", 0},         {"scribe", "scribe", 0},
    {"scribes", "scribe", 0},       {"participants", "participant", 1},
    {"present", "participant", 1},  {"attendees", "participant", 1},
    {"regrets", "regrets", 1},      {"apologies", "regrets", 1},
    {"url", "url", 0},              {"lang", "lang", 0},
    {"author", "creator", 0},       {"creator", "creator", 0},
    {"created", "created", 0},
};

typedef struct fm_state {
    mn_job *job;
    mn_builder *b;
    const fm_key *key; /* key being read, NULL when ignored */
    unsigned line;     /* its line */
    char **vals;
    size_t nvals, cap;
    int status;
    int toml_array;    /* TOML: an array goes on over the next lines */
    int toml_table;    /* TOML: past a [table] header, keys are not the page's */
} fm_state;

typedef struct fm_line {
    const char *p;
    size_t len;
    unsigned no;
} fm_line;

static const fm_key *fm_lookup(const char *k, size_t len)
{
    for (size_t i = 0; i < sizeof fm_keys / sizeof *fm_keys; i++)
        if (strlen(fm_keys[i].yaml) == len && strncasecmp(fm_keys[i].yaml, k, len) == 0)
            return &fm_keys[i];
    return NULL;
}

static int fm_is_space(char c) { return c == ' ' || c == '\t'; }

static void fm_trim(const char **p, size_t *len)
{
    while (*len && fm_is_space(**p))
        (*p)++, (*len)--;
    while (*len && (fm_is_space((*p)[*len - 1]) || (*p)[*len - 1] == '\r'))
        (*len)--;
}

static int fm_push(fm_state *st, const char *v, size_t len)
{
    if (len == 0)
        return 0;
    if (st->nvals == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 8;
        char **vals = realloc(st->vals, cap * sizeof *vals);
        if (!vals)
            return st->status = MN_EX_SOFTWARE;
        st->vals = vals;
        st->cap = cap;
    }
    char *s = strndup(v, len);
    if (!s)
        return st->status = MN_EX_SOFTWARE;
    st->vals[st->nvals++] = s;
    return 0;
}

/* A quoted scalar from p (at the quote) into a new value; *used is set to
 * the bytes consumed.  Double quotes take \" \\ \n \t escapes; single quotes
 * double themselves. */
static int fm_quoted(fm_state *st, const char *p, size_t len, size_t *used)
{
    char q = p[0];
    char *out = malloc(len + 1);
    if (!out)
        return st->status = MN_EX_SOFTWARE;
    size_t o = 0, i = 1;
    for (; i < len; i++) {
        if (p[i] == q && q == '\'' && i + 1 < len && p[i + 1] == '\'') {
            out[o++] = p[++i];
        } else if (p[i] == q) {
            i++;
            break;
        } else if (q == '"' && p[i] == '\\' && i + 1 < len) {
            char e = p[++i];
            out[o++] = e == 'n' ? '\n' : e == 't' ? '\t' : e;
        } else {
            out[o++] = p[i];
        }
    }
    *used = i;
    int rc = fm_push(st, out, o);
    free(out);
    return rc;
}

/* Length of a plain scalar: up to a ` #` comment. */
static size_t fm_plain_len(const char *p, size_t len)
{
    for (size_t i = 1; i < len; i++)
        if (p[i] == '#' && fm_is_space(p[i - 1]))
            return i;
    return len;
}

/* Splits "A, B (Chair), C" at commas outside parentheses (list keys only). */
static int fm_split(fm_state *st, const char *p, size_t len)
{
    size_t start = 0;
    int depth = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && (p[i] == '(' || p[i] == '['))
            depth++;
        else if (i < len && (p[i] == ')' || p[i] == ']') && depth > 0)
            depth--;
        else if (i == len || ((p[i] == ',' || p[i] == ';') && depth == 0)) {
            const char *v = p + start;
            size_t n = i - start;
            fm_trim(&v, &n);
            if (fm_push(st, v, n))
                return st->status;
            start = i + 1;
        }
    }
    return 0;
}

static int fm_scalar(fm_state *st, const char *p, size_t len, int split)
{
    fm_trim(&p, &len);
    if (len && (p[0] == '"' || p[0] == '\'')) {
        size_t used = 0;
        return fm_quoted(st, p, len, &used);
    }
    len = fm_plain_len(p, len);
    fm_trim(&p, &len);
    return split ? fm_split(st, p, len) : fm_push(st, p, len);
}

/* The items of a flow list from p[i] on, up to its ']' (*closed is set
 * when it is on this line). */
static int fm_items(fm_state *st, const char *p, size_t len, size_t i, int *closed)
{
    while (i < len && p[i] != ']') {
        while (i < len && (fm_is_space(p[i]) || p[i] == ','))
            i++;
        if (i < len && p[i] == '#' && (i == 0 || fm_is_space(p[i - 1])))
            break; /* a TOML comment after an item */
        if (i < len && (p[i] == '"' || p[i] == '\'')) {
            size_t used = 0;
            if (fm_quoted(st, p + i, len - i, &used))
                return st->status;
            i += used;
            continue;
        }
        size_t start = i;
        while (i < len && p[i] != ',' && p[i] != ']')
            i++;
        const char *v = p + start;
        size_t n = i - start;
        fm_trim(&v, &n);
        if (fm_push(st, v, n))
            return st->status;
    }
    *closed = i < len && p[i] == ']';
    return 0;
}

/* `[A, "B, C", D]` on one line. */
static int fm_flow_list(fm_state *st, const char *p, size_t len, unsigned line)
{
    int closed = 0;
    if (fm_items(st, p, len, 1, &closed))
        return st->status;
    if (!closed)
        mn_job_warning(st->job, "front-matter", line, "front matter list not closed with ']' on its line");
    return 0;
}

/* Hands the values read for the current key to the builder. */
static int fm_flush(fm_state *st)
{
    if (st->key && st->nvals) {
        mn_builder_set_line(st->b, st->line);
        if (st->key->repeatable) {
            for (size_t i = 0; i < st->nvals && !st->status; i++)
                st->status = mn_builder_property(st->b, st->key->prop, st->vals[i], 1);
        } else {
            size_t total = 1;
            for (size_t i = 0; i < st->nvals; i++)
                total += strlen(st->vals[i]) + 2;
            char *joined = malloc(total);
            if (!joined)
                return st->status = MN_EX_SOFTWARE;
            joined[0] = '\0';
            for (size_t i = 0; i < st->nvals; i++) {
                if (i)
                    strcat(joined, ", ");
                strcat(joined, st->vals[i]);
            }
            st->status = mn_builder_property(st->b, st->key->prop, joined, 1);
            free(joined);
        }
    }
    for (size_t i = 0; i < st->nvals; i++)
        free(st->vals[i]);
    st->nvals = 0;
    st->key = NULL;
    return st->status;
}

static int fm_key_line(fm_state *st, const fm_line *l, size_t colon)
{
    if (fm_flush(st))
        return st->status;
    const char *k = l->p;
    size_t klen = colon;
    fm_trim(&k, &klen);
    if (klen >= 2 && (k[0] == '"' || k[0] == '\'') && k[klen - 1] == k[0])
        k++, klen -= 2;
    st->key = fm_lookup(k, klen);
    st->line = l->no;
    if (!st->key)
        return 0;
    const char *v = l->p + colon + 1;
    size_t vlen = l->len - colon - 1;
    fm_trim(&v, &vlen);
    if (vlen && v[0] == '[')
        return fm_flow_list(st, v, vlen, l->no);
    if (vlen && (v[0] == '|' || v[0] == '>')) {
        mn_job_warning(st->job, "front-matter", l->no,
                       "front matter block scalars are not supported; '%s' left out",
                       st->key->yaml);
        st->key = NULL; /* its indented lines go with it */
        return 0;
    }
    return fm_scalar(st, v, vlen, st->key->repeatable);
}

/* Position of the ':' ending a key at the start of the line, or 0. */
static size_t fm_key_colon(const fm_line *l)
{
    if (l->len == 0 || fm_is_space(l->p[0]) || l->p[0] == '-' || l->p[0] == '#')
        return 0;
    for (size_t i = 1; i < l->len; i++)
        if (l->p[i] == ':' && (i + 1 == l->len || fm_is_space(l->p[i + 1])))
            return i;
    return 0;
}

static void fm_read_line(fm_state *st, const fm_line *l)
{
    const char *p = l->p;
    size_t len = l->len;
    fm_trim(&p, &len);
    if (len == 0 || p[0] == '#')
        return;
    size_t colon = fm_key_colon(l);
    if (colon) {
        fm_key_line(st, l, colon);
    } else if (len >= 1 && p[0] == '-' && (len == 1 || fm_is_space(p[1]))) {
        if (st->key)
            fm_scalar(st, p + 1, len - 1, 0);
    } else if (fm_is_space(l->p[0]) && st->key && st->nvals) {
        /* A plain scalar continued on an indented line: folded with a space. */
        char *prev = st->vals[st->nvals - 1];
        size_t n = strlen(prev);
        char *joined = realloc(prev, n + 1 + len + 1);
        if (!joined) {
            st->status = MN_EX_SOFTWARE;
            return;
        }
        joined[n] = ' ';
        memcpy(joined + n + 1, p, len);
        joined[n + 1 + len] = '\0';
        st->vals[st->nvals - 1] = joined;
    } else if (st->key || !fm_is_space(l->p[0])) {
        mn_job_warning(st->job, "front-matter", l->no, "front matter line not understood; left out");
    }
}

/* ---- TOML ------------------------------------------------------------------------ */

static int fm_key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '-' || c == '.';
}

/* Position of the '=' after a key (bare, "quoted" or dotted) at the start
 * of the line, or 0. */
static size_t fm_toml_equals(const fm_line *l)
{
    if (l->len == 0 || fm_is_space(l->p[0]) || l->p[0] == '#' || l->p[0] == '[')
        return 0;
    char quote = 0;
    for (size_t i = 0; i < l->len; i++) {
        char c = l->p[i];
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '=') {
            return i;
        } else if (!fm_key_char(c) && !fm_is_space(c)) {
            return 0;
        }
    }
    return 0;
}

static void fm_toml_line(fm_state *st, const fm_line *l)
{
    const char *p = l->p;
    size_t len = l->len;
    fm_trim(&p, &len);
    int closed = 0;
    if (st->toml_array) {
        if (fm_items(st, p, len, 0, &closed) == 0 && closed)
            st->toml_array = 0;
        return;
    }
    if (len == 0 || p[0] == '#')
        return;
    if (p[0] == '[') { /* [table] or [[array.of.tables]]: not the page's own keys */
        fm_flush(st);
        st->toml_table = 1;
        return;
    }
    size_t eq = fm_toml_equals(l);
    if (!eq) {
        mn_job_warning(st->job, "front-matter", l->no, "front matter line not understood; left out");
        return;
    }
    if (fm_flush(st) || st->toml_table)
        return;
    const char *k = l->p, *v = l->p + eq + 1;
    size_t klen = eq, vlen = l->len - eq - 1;
    fm_trim(&k, &klen);
    fm_trim(&v, &vlen);
    if (klen >= 2 && (k[0] == '"' || k[0] == '\'') && k[klen - 1] == k[0])
        k++, klen -= 2;
    st->key = fm_lookup(k, klen);
    st->line = l->no;
    if (!st->key)
        return;
    if (vlen >= 3 && (memcmp(v, "\"\"\"", 3) == 0 || memcmp(v, "'''", 3) == 0)) {
        mn_job_warning(st->job, "front-matter", l->no,
                       "front matter multi-line strings are not supported; '%s' left out",
                    st->key->yaml);
        st->key = NULL;
        return;
    }
    if (vlen && v[0] == '[') {
        if (fm_items(st, v, vlen, 1, &closed) == 0 && !closed)
            st->toml_array = 1;
        return;
    }
    fm_scalar(st, v, vlen, st->key->repeatable);
}

/* ---- the block ------------------------------------------------------------------------ */

/* Whether the line is a front-matter fence: `---` (or `...` to close), or
 * `+++` when TOML. */
static int fm_is_fence(const fm_line *l, int closing, int toml)
{
    const char *p = l->p;
    size_t len = l->len;
    fm_trim(&p, &len);
    if (len != 3 || l->p[0] != p[0])
        return 0;
    if (toml)
        return memcmp(p, "+++", 3) == 0;
    return memcmp(p, "---", 3) == 0 || (closing && memcmp(p, "...", 3) == 0);
}

static fm_line fm_get_line(const mn_md_source *src, size_t i)
{
    size_t start = src->line_starts[i];
    size_t end = i + 1 < src->nlines ? src->line_starts[i + 1] : src->size;
    while (end > start && (src->data[end - 1] == '\n' || src->data[end - 1] == '\r'))
        end--;
    return (fm_line){src->data + start, end - start, (unsigned)(i + 1)};
}

/* The closing fence's line index, or 0 when src does not start with front
 * matter: `---` (`+++`) on the first line, a `key:` (`key =`) line right
 * after it (so that a thematic break followed by text is left to
 * Markdown), a closing fence.  *toml tells which. */
static size_t fm_find_close(const mn_md_source *src, int *toml)
{
    if (src->nlines < 3)
        return 0;
    fm_line first = fm_get_line(src, 0), second = fm_get_line(src, 1);
    *toml = fm_is_fence(&first, 0, 1);
    if (*toml ? !fm_toml_equals(&second) : !fm_is_fence(&first, 0, 0) || !fm_key_colon(&second))
        return 0;
    for (size_t i = 2; i < src->nlines; i++) {
        fm_line l = fm_get_line(src, i);
        if (fm_is_fence(&l, 1, *toml))
            return i;
    }
    return 0;
}

int mn_md_front_matter(const mn_md_source *src, mn_job *job, mn_builder *b, size_t *end)
{
    *end = 0;
    int toml = 0;
    size_t close = fm_find_close(src, &toml);
    if (close == 0)
        return 0;
    fm_state st = {.job = job, .b = b};
    for (size_t i = 1; i < close && !st.status; i++) {
        fm_line l = fm_get_line(src, i);
        if (toml)
            fm_toml_line(&st, &l);
        else
            fm_read_line(&st, &l);
    }
    fm_flush(&st);
    free(st.vals);
    if (st.status)
        return mn_job_error(job, st.status, 0, "out of memory reading front matter");
    *end = close + 1 < src->nlines ? src->line_starts[close + 1] : src->size;
    return 0;
}
