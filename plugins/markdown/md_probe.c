/* SPDX-License-Identifier: MIT */
/* md_probe.c — how sure the Markdown reader is that an input is its own.
 *
 * Evidence adds up, as libarchive's bidders do: the file extension
 * (MN_PROBE_EXTENSION) or the media type (MN_PROBE_MEDIA_TYPE), plus what
 * the first bytes show — front matter, ATX headings, a table's delimiter
 * row, fenced code, and links beside any of those.  Markdown is plain text
 * with conventions, so content alone stays below an extension's score (a
 * .txt file with a heading-like line stays text), and nothing reaches the
 * certainty of a format with a signature.  Bytes that begin another format's signature
 * contradict and score 0. */
#include "md.h"

#include <strings.h>
#include <string.h>

#define MD_CONTENT_MAX 45 /* content alone: below an extension's 50 */
#define MD_SCORE_MAX 90   /* never the certainty of a signature */

/* Kinds of evidence, each counted once. */
enum { MD_HEADING = 1, MD_TABLE = 2, MD_FENCE = 4, MD_LINK = 8, MD_FRONT = 16 };

/* Whether WORD (LEN bytes) is one of the space-separated LIST, ignoring case. */
static int md_in_list(const char *list, const char *word, size_t len)
{
    while (*list) {
        size_t n = strcspn(list, " ");
        if (n == len && strncasecmp(list, word, len) == 0)
            return 1;
        list += n;
        list += strspn(list, " ");
    }
    return 0;
}

static int md_name_score(const mn_probe *p)
{
    int score = 0;
    const char *dot = p->filename ? strrchr(p->filename, '.') : NULL;
    if (dot && !strchr(dot, '/') && md_in_list(MN_MD_EXTENSIONS, dot + 1, strlen(dot + 1)))
        score = MN_PROBE_EXTENSION;
    if (p->media_type) {
        size_t n = strcspn(p->media_type, " ;");
        if (md_in_list(MN_MD_MEDIA_TYPES, p->media_type, n))
            score = MN_PROBE_MEDIA_TYPE;
    }
    return score;
}

static int md_foreign_signature(const unsigned char *d, size_t n)
{
    static const char *const magic[] = {"PK\x03\x04", "%PDF", "<?xml", "\xD0\xCF\x11\xE0",
                                        "BEGIN:VCALENDAR", "{\\rtf"};
    for (size_t i = 0; i < sizeof magic / sizeof *magic; i++)
        if (n >= strlen(magic[i]) && memcmp(d, magic[i], strlen(magic[i])) == 0)
            return 1;
    return 0;
}

static int md_starts(const unsigned char *line, size_t len, const char *s)
{
    size_t n = strlen(s);
    return len >= n && memcmp(line, s, n) == 0;
}

/* A GFM delimiter row: pipes, dashes, colons and spaces, with a pipe and
 * three dashes. */
static int md_is_delimiter_row(const unsigned char *l, size_t len)
{
    int pipes = 0, dashes = 0;
    for (size_t i = 0; i < len; i++) {
        if (l[i] == '|')
            pipes++;
        else if (l[i] == '-')
            dashes++;
        else if (l[i] != ':' && l[i] != ' ' && l[i] != '\t' && l[i] != '\r')
            return 0;
    }
    return pipes > 0 && dashes >= 3;
}

/* Evidence from one line; each kind counts once (bit in *seen). */
static int md_line_score(const unsigned char *l, size_t len, unsigned *seen)
{
    int score = 0;
    size_t hashes = 0;
    while (hashes < len && hashes < 7 && l[hashes] == '#')
        hashes++;
    if (hashes >= 1 && hashes <= 6 && hashes < len && l[hashes] == ' ' && !(*seen & MD_HEADING))
        *seen |= MD_HEADING, score += 20;
    if (md_is_delimiter_row(l, len) && !(*seen & MD_TABLE))
        *seen |= MD_TABLE, score += 15;
    if ((md_starts(l, len, "```") || md_starts(l, len, "~~~")) && !(*seen & MD_FENCE))
        *seen |= MD_FENCE, score += 10;
    if (len >= 2 && memmem(l, len, "](", 2) && !(*seen & MD_LINK))
        *seen |= MD_LINK, score += 5;
    return score;
}

static int md_content_score(const unsigned char *d, size_t n)
{
    int score = 0;
    unsigned seen = 0;
    /* Front matter: `---` then a `key:` line. */
    if (md_starts(d, n, "---\n") || md_starts(d, n, "---\r\n")) {
        const unsigned char *next = memchr(d, '\n', n) + 1;
        const unsigned char *end = memchr(next, '\n', n - (size_t)(next - d));
        const unsigned char *colon = memchr(next, ':', (size_t)((end ? end : d + n) - next));
        if (colon && colon > next && *next != ' ' && *next != '-')
            seen |= MD_FRONT, score += 30;
    }
    for (size_t i = 0; i < n;) {
        const unsigned char *nl = memchr(d + i, '\n', n - i);
        size_t len = nl ? (size_t)(nl - (d + i)) : n - i;
        score += md_line_score(d + i, len, &seen);
        i += len + 1;
    }
    /* Links alone are no evidence: plain text pasted from web editors keeps
     * `[text](url)` too (the seed does). */
    if (seen == MD_LINK)
        return 0;
    return score > MD_CONTENT_MAX ? MD_CONTENT_MAX : score;
}

int mn_md_probe(const mn_probe *p)
{
    const unsigned char *d = p->data;
    size_t n = p->size;
    if (n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0)
        d += 3, n -= 3;
    if (md_foreign_signature(d, n))
        return MN_PROBE_NONE;
    int name = md_name_score(p);
    /* NUL bytes are no evidence of Markdown; a named .md file still is one. */
    int content = memchr(d, '\0', n) ? 0 : md_content_score(d, n);
    int score = name ? name + content / 3 : content;
    return score > MD_SCORE_MAX ? MD_SCORE_MAX : score;
}
