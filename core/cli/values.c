/* SPDX-License-Identifier: MIT */
/* values.c — the values of convert's own options: each is checked here,
 * and one the command cannot use is a usage error that says what is wrong
 * (--shard 5/4, --reference-date 2025-02-29, -M titel=x, -W no-nosuch). */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "optlists.h"
#include "values.h"

/* -M KEY=VALUE: KEY one of the library's metadata keys, in any case. */
static int mn_add_metadata(mn_convert_opts *o, const char *label, const char *arg)
{
    const char *eq = strchr(arg, '=');
    if (!eq || eq == arg) {
        mn_cli_error("option '%s' needs KEY=VALUE, such as title=\"Board meeting\", not '%s'", label, arg);
        return -1;
    }
    char *key = strndup(arg, (size_t)(eq - arg));
    if (!key)
        return -1;
    for (char *p = key; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    int known = 0;
    mn_suggest s;
    mn_suggest_init(&s, key);
    for (const char *const *k = mn_metadata_keys(); *k && !known; k++) {
        known = strcmp(*k, key) == 0;
        mn_suggest_consider(&s, *k, strlen(*k));
    }
    if (!known)
        mn_cli_error("option '%s': no metadata key '%s'%s (keys: title, subtitle, date, time, timezone, "
                     "location, chair, scribe, participant, regrets, creator, created, url, lang)",
                     label, key, mn_suggest_text(&s, NULL));
    mn_suggest_free(&s);
    mn_opt_kv *grown = known ? realloc(o->metadata, (o->n_metadata + 1) * sizeof *grown) : NULL;
    if (!grown) {
        free(key);
        return -1;
    }
    o->metadata = grown;
    o->metadata[o->n_metadata++] = (mn_opt_kv){key, eq + 1};
    return 0;
}

/* -W no-NAME silences NAME, -W NAME takes that back; -Wno-NAME too.  NAME
 * must be a known warning. */
static int mn_warning_option(mn_convert_opts *o, const char *label, const char *v)
{
    int off = strncmp(v, "no-", 3) == 0;
    const char *name = off ? v + 3 : v;
    int known = 0;
    mn_suggest s;
    mn_suggest_init(&s, name);
    for (const mn_warning_kind *k = mn_warning_kinds(); k->name && !known; k++) {
        known = strcmp(k->name, name) == 0;
        mn_suggest_consider(&s, k->name, strlen(k->name));
    }
    if (!known)
        mn_cli_error("option '%s': no warning named '%s'%s (see 'minutes help warnings')", label, name,
                     mn_suggest_text(&s, off ? "no-" : NULL));
    mn_suggest_free(&s);
    if (!known)
        return -1;
    size_t kept = 0;
    for (size_t i = 0; i < o->n_silenced; i++) {
        if (strcmp(o->silenced[i], name) == 0)
            free(o->silenced[i]);
        else
            o->silenced[kept++] = o->silenced[i];
    }
    o->n_silenced = kept;
    return off ? mn_opts_push(&o->silenced, &o->n_silenced, name) : 0;
}

/* A whole positive number, or -1. */
static long mn_count(const char *s)
{
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    return errno || end == s || *end || n <= 0 ? -1 : n;
}

/* I/N with 1 <= I <= N; a message that says what is wrong otherwise. */
static int mn_parse_shard(mn_convert_opts *o, const char *label, const char *s)
{
    unsigned long i = 0, n = 0;
    char extra;
    if (sscanf(s, "%lu/%lu%c", &i, &n, &extra) != 2 || strchr(s, '-') || strchr(s, ' ')) {
        mn_cli_error("option '%s' needs I/N, share I of N (e.g. 2/4), not '%s'", label, s);
        return -1;
    }
    if (n == 0 || n > 65536) {
        mn_cli_error("option '%s': the number of shards N must be 1 to 65536, not %lu ('%s')", label, n, s);
        return -1;
    }
    if (i == 0 || i > n) {
        mn_cli_error("option '%s': shard %lu of %lu does not exist; shards are numbered 1 to %lu ('%s')",
                     label, i, n, n, s);
        return -1;
    }
    o->shard_index = (unsigned)i;
    o->shard_count = (unsigned)n;
    return 0;
}

/* A real date written YYYY-MM-DD (2025-02-29 is not one): an xs:date
 * without a zone, read by the project's one parser (minutes/doc.h). */
static int mn_is_iso_date(const char *s)
{
    mn_datetime t;
    return strlen(s) == 10 && mn_datetime_parse(s, 10, &t) == 0 && !t.has_time && !t.has_zone;
}

/* dmy or mdy, in any case (lowered in place: the library wants lower case). */
static int mn_is_date_order(char *s)
{
    for (char *p = s; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return strcmp(s, "dmy") == 0 || strcmp(s, "mdy") == 0;
}

/* A BCP 47 tag as minutes keep them: two or three letters, then subtags of
 * letters and digits after hyphens ("fr", "es-MX", "zh-Hant-TW"). */
static int mn_is_language_tag(const char *s)
{
    size_t n = strlen(s), primary = 0;
    while (isalpha((unsigned char)s[primary]))
        primary++;
    if (primary < 2 || primary > 3 || n >= 36 || (s[primary] && s[primary] != '-'))
        return 0;
    for (size_t i = primary; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && !(s[i] == '-' && s[i + 1] && s[i + 1] != '-'))
            return 0;
    return 1;
}

static int mn_bad_value(const char *label, const char *value, const char *want)
{
    mn_cli_error("option '%s' needs %s, not '%s'", label, want, value);
    return -1;
}

/* Applies a core option that takes value V. */
int mn_apply_valued(mn_cli *cli, mn_convert_opts *o, const mn_cli_option *op, const char *label,
                           const char *v)
{
    switch (op->id) {
    case MN_O_TO: return 0; /* read by the prescan */
    case MN_O_OUTPUT: return o->output = v, 0;
    case MN_O_REPORT: return o->report = v, 0;
    case MN_O_LEXICON: return o->lexicon = v, 0;
    case MN_O_PLUGIN_DIR: return 0; /* taken out by main.c before */
    case MN_O_FROM: return mn_opts_add_kv(o, "from", 4, v);
    case MN_O_METADATA: return mn_add_metadata(o, label, v);
    case MN_O_WARNING: return mn_warning_option(o, label, v);
    case MN_O_DIAGNOSTICS:
        return mn_cli_parse_diagnostics(cli, v) == 0 ? 0 : mn_bad_value(label, v, "gnu or github");
    case MN_O_MEDIA_TYPE: return mn_opts_add_kv(o, "media-type", 10, v);
    case MN_O_REFERENCE_DATE:
        if (!mn_is_iso_date(v))
            return mn_bad_value(label, v, "a date written YYYY-MM-DD, such as 2026-03-12");
        return mn_opts_add_kv(o, op->lng, strlen(op->lng), v);
    case MN_O_LANG:
        if (!mn_is_language_tag(v))
            return mn_bad_value(label, v, "a language tag such as fr, es or es-MX");
        return mn_opts_add_kv(o, op->lng, strlen(op->lng), v);
    case MN_O_DATE_ORDER:
        if (!mn_is_date_order((char *)v))
            return mn_bad_value(label, v, "dmy (12/03/2026 is 12 March) or mdy (December 3)");
        return mn_opts_add_kv(o, op->lng, strlen(op->lng), v);
    case MN_O_JOBS:
        o->jobs = (int)mn_count(v);
        return o->jobs > 0 ? 0 : mn_bad_value(label, v, "a number of jobs, 1 or more");
    case MN_O_TIME_LIMIT: {
        char *end;
        o->time_limit = strtod(v, &end);
        return o->time_limit > 0 && !*end ? 0 : mn_bad_value(label, v, "a number of seconds above 0");
    }
    case MN_O_MEMORY_LIMIT:
        o->memory_limit = mn_parse_size(v);
        return o->memory_limit > 0 ? 0 : mn_bad_value(label, v, "a size such as 512M or 1G");
    case MN_O_MAX_INPUT_SIZE:
        if (mn_parse_size(v) == 0)
            return mn_bad_value(label, v, "a size such as 64M");
        return mn_opts_add_kv(o, op->lng, strlen(op->lng), v);
    case MN_O_SHARD:
        return mn_parse_shard(o, label, v);
    default: return 0;
    }
}
