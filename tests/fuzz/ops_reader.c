/* SPDX-License-Identifier: MIT */
/* ops_reader.c — a reader for fuzz_passes only (loaded by path, never
 * installed): its input is a script of builder calls, so that the analysis
 * passes get every tree shape the builder can make, whichever reader would
 * make it, and a mutation changes the tree rather than a file format.
 *
 * One operation per line ('\n'); the first byte says which, the rest is its
 * argument.  Fields are separated by '|'; INLINE is text with escapes.
 *
 *   #Llabel|INLINE   heading; L is its level ('0'..'9', another byte: its
 *                    value mod 10; 0: none); without '|' all is INLINE
 *   pINLINE          a paragraph, closed
 *   PINLINE          a paragraph left open (the builder closes it)
 *   [O               a list; O '1': ordered
 *   ]                closes the list
 *   -label|INLINE    an item (left open: the next "-" is its sibling, a
 *                    "[" inside it a nested list)
 *   .                closes the item
 *   {  }             opens, closes a table
 *   (  )             opens, closes a row
 *   !CRINLINE        a cell: C and R its column and row span ('0'..'9', or
 *                    the byte's value)
 *   /                closes the cell
 *   ^INLINE          a note, left open;  ~ closes it
 *   =key|value       an authoritative property; ?key|value one from
 *                    metadata.  A key the builder does not document is
 *                    mapped onto one that it does
 *   @style           the style of the next block opened
 *   >N               the next line is source line N (lines count from 1)
 *   anything else    the whole line is INLINE where the builder is
 *
 * Escapes in INLINE: \e \E em open/close, \s \S strong, \lHREF (to the next
 * space) link open, \L link close, \b line break, \n LF in the text, \t TAB,
 * \\ a backslash; any other byte after '\' is text, with the backslash. */
#include <stdlib.h>
#include <string.h>

#include <minutes/plugin.h>

typedef struct ops {
    mn_builder *b;
    char *style; /* for the next block, or NULL */
    unsigned line;
    int rc;
} ops;

/* The property keys the builder documents (minutes/plugin.h). */
static const char *const ops_keys[] = {"title",   "subtitle", "date",    "time",    "timezone",
                                       "location", "chair",   "scribe",  "participant",
                                       "regrets", "creator",  "created", "url",     "lang"};

static void ops_fail(ops *o, int rc)
{
    if (rc && !o->rc)
        o->rc = rc;
}

static void ops_text(ops *o, const char *s, size_t n)
{
    if (n)
        ops_fail(o, mn_builder_text(o->b, s, n));
}

static void ops_open(ops *o, mn_node_type t, mn_node_attrs *a)
{
    mn_node_attrs none = {0};
    if (!a)
        a = &none;
    a->style = o->style;
    ops_fail(o, mn_builder_open(o->b, t, a));
    free(o->style);
    o->style = NULL;
}

/* Runs INLINE: text between escapes goes to the builder in one call each. */
static void ops_inline(ops *o, const char *s, size_t n)
{
    size_t run = 0, i = 0;
    while (i < n && !o->rc) {
        if (s[i] != '\\' || i + 1 == n) {
            i++;
            continue;
        }
        ops_text(o, s + run, i - run);
        char c = s[i + 1];
        i += 2;
        run = i;
        switch (c) {
        case 'e': ops_open(o, MN_NODE_EM, NULL); break;
        case 'E': ops_fail(o, mn_builder_close(o->b, MN_NODE_EM)); break;
        case 's': ops_open(o, MN_NODE_STRONG, NULL); break;
        case 'S': ops_fail(o, mn_builder_close(o->b, MN_NODE_STRONG)); break;
        case 'L': ops_fail(o, mn_builder_close(o->b, MN_NODE_LINK)); break;
        case 'b': ops_fail(o, mn_builder_break(o->b)); break;
        case 'n': ops_text(o, "\n", 1); break;
        case 't': ops_text(o, "\t", 1); break;
        case '\\': ops_text(o, "\\", 1); break;
        case 'l': {
            size_t end = i;
            while (end < n && s[end] != ' ')
                end++;
            char *href = strndup(s + i, end - i);
            if (!href) {
                ops_fail(o, MN_EX_SOFTWARE);
                break;
            }
            ops_open(o, MN_NODE_LINK, &(mn_node_attrs){.href = href});
            free(href);
            i = run = end < n ? end + 1 : end;
            break;
        }
        default:
            run = i - 2; /* not an escape: the backslash is text */
            break;
        }
    }
    ops_text(o, s + run, n - run);
}

/* A digit's value, else the byte's. */
static int ops_number(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c;
}

/* "label|INLINE": the label (malloc'd, "" when there is no '|') and where
 * INLINE starts. */
static char *ops_label(const char *s, size_t n, size_t *rest)
{
    const char *bar = memchr(s, '|', n);
    size_t k = bar ? (size_t)(bar - s) : 0;
    *rest = bar ? k + 1 : 0;
    return strndup(s, k);
}

static void ops_labelled(ops *o, mn_node_type t, int level, const char *s, size_t n)
{
    size_t rest = 0;
    char *label = ops_label(s, n, &rest);
    if (!label) {
        ops_fail(o, MN_EX_SOFTWARE);
        return;
    }
    ops_open(o, t, &(mn_node_attrs){.level = level, .label = label});
    free(label);
    ops_inline(o, s + rest, n - rest);
}

static void ops_property(ops *o, const char *s, size_t n, int authoritative)
{
    size_t rest = 0;
    char *key = ops_label(s, n, &rest), *value = strndup(s + rest, n - rest);
    if (key && value) {
        size_t nkeys = sizeof ops_keys / sizeof ops_keys[0], k = 0, sum = 0;
        while (k < nkeys && strcmp(key, ops_keys[k]) != 0)
            k++;
        for (const char *p = key; *p; p++)
            sum += (unsigned char)*p;
        ops_fail(o, mn_builder_property(o->b, ops_keys[k < nkeys ? k : sum % nkeys], value, authoritative));
    } else {
        ops_fail(o, MN_EX_SOFTWARE);
    }
    free(key);
    free(value);
}

static void ops_line(ops *o, const char *s, size_t n)
{
    const char *a = s + 1; /* the argument */
    size_t an = n ? n - 1 : 0;
    switch (n ? s[0] : '\0') {
    case '#':
        ops_labelled(o, MN_NODE_HEADING, an ? ops_number((unsigned char)a[0]) % 10 : 0, an ? a + 1 : a,
                     an ? an - 1 : 0);
        ops_fail(o, mn_builder_close(o->b, MN_NODE_HEADING));
        break;
    case 'p':
    case 'P':
        ops_open(o, MN_NODE_PARA, NULL);
        ops_inline(o, a, an);
        if (s[0] == 'p')
            ops_fail(o, mn_builder_close(o->b, MN_NODE_PARA));
        break;
    case '[': ops_open(o, MN_NODE_LIST, &(mn_node_attrs){.ordered = an && a[0] == '1'}); break;
    case ']': ops_fail(o, mn_builder_close(o->b, MN_NODE_LIST)); break;
    case '-': ops_labelled(o, MN_NODE_ITEM, 0, a, an); break;
    case '.': ops_fail(o, mn_builder_close(o->b, MN_NODE_ITEM)); break;
    case '{': ops_open(o, MN_NODE_TABLE, NULL); break;
    case '}': ops_fail(o, mn_builder_close(o->b, MN_NODE_TABLE)); break;
    case '(': ops_open(o, MN_NODE_ROW, NULL); break;
    case ')': ops_fail(o, mn_builder_close(o->b, MN_NODE_ROW)); break;
    case '!': {
        mn_node_attrs c = {.colspan = an > 0 ? ops_number((unsigned char)a[0]) : 0,
                           .rowspan = an > 1 ? ops_number((unsigned char)a[1]) : 0};
        ops_open(o, MN_NODE_CELL, &c);
        if (an > 2)
            ops_inline(o, a + 2, an - 2);
        break;
    }
    case '/': ops_fail(o, mn_builder_close(o->b, MN_NODE_CELL)); break;
    case '^':
        ops_open(o, MN_NODE_NOTE, NULL);
        ops_inline(o, a, an);
        break;
    case '~': ops_fail(o, mn_builder_close(o->b, MN_NODE_NOTE)); break;
    case '=':
    case '?': ops_property(o, a, an, s[0] == '='); break;
    case '@':
        free(o->style);
        o->style = strndup(a, an);
        break;
    case '>': o->line = (unsigned)strtoul(a, NULL, 10) - 1; break;
    default: ops_inline(o, s, n); break;
    }
}

static int ops_read(mn_job *job, mn_input *in, mn_builder *b)
{
    (void)job;
    size_t size = 0;
    const char *data = (const char *)mn_input_data(in, &size);
    ops o = {b, NULL, 1, 0};
    for (size_t i = 0; i < size && !o.rc; o.line++) {
        const char *nl = memchr(data + i, '\n', size - i);
        size_t n = nl ? (size_t)(nl - (data + i)) : size - i;
        mn_builder_set_line(b, o.line);
        ops_line(&o, data + i, n);
        i += n + 1;
    }
    free(o.style);
    return o.rc;
}

/* Never claims an input: the harness names this reader. */
static int ops_probe(const mn_probe *p)
{
    (void)p;
    return MN_PROBE_NONE;
}

static const mn_plugin ops_plugin = {
    .abi = MN_PLUGIN_ABI,
    .size = sizeof(mn_plugin),
    .name = "fuzzops",
    .version = "1",
    .description = "builder calls from a script (fuzz_passes only)",
    .extensions = "ops",
    .caps = MN_CAN_READ,
    .probe = ops_probe,
    .read = ops_read,
};

MN_PLUGIN_EXPORT(ops_plugin);
