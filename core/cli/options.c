/* SPDX-License-Identifier: MIT */
/* options.c — the convert command's option table (see options.h). */
#include <string.h>

#include "options.h"

static const mn_cli_option mn_options[] = {
    {MN_O_TO, 't', "to", "FORMATS",
     "output formats, comma separated (see 'minutes plugins'); default: the one whose extension -o has, else xml"},
    {MN_O_OUTPUT, 'o', "output", "PATH",
     "output file; a directory (created) for several outputs; '-' is standard output (binary output goes to a terminal only with -o -)"},
    {MN_O_FROM, 'f', "from", "FORMAT", "read with this plugin instead of probing"},
    {MN_O_METADATA, 'M', "metadata", "KEY=VALUE",
     "set a property of the minutes over what the input says (repeatable): title, subtitle, "
     "date, time, timezone, location, chair, scribe, participant, regrets, creator, created, "
     "url, lang"},
    {MN_O_RECURSIVE, 'r', "recursive", NULL, "descend into sub-directories of directory inputs; outputs keep the tree (in/2025/call.md gives out/2025/call.xml)"},
    {MN_O_JOBS, 'j', "jobs", "N", "convert N inputs at a time, each in a worker process"},
    {MN_O_SHARD, 0, "shard", "I/N", "only share I of N of the inputs, by a hash of each path below its input directory (CI matrices)"},
    {MN_O_TIME_LIMIT, 0, "time-limit", "SECONDS", "CPU time per input; one that exceeds it fails alone"},
    {MN_O_MEMORY_LIMIT, 0, "memory-limit", "SIZE", "address space per input (e.g. 1G); likewise"},
    {MN_O_MAX_INPUT_SIZE, 0, "max-input-size", "SIZE", "refuse larger inputs (default 256M)"},
    {MN_O_REFERENCE_DATE, 0, "reference-date", "DATE", "anchor for dates without a year (YYYY-MM-DD)"},
    {MN_O_DATE_ORDER, 0, "date-order", "dmy|mdy", "how to read numeric dates such as 12/03/2026"},
    {MN_O_MEDIA_TYPE, 0, "media-type", "TYPE", "the input's media type, for probing (e.g. text/markdown)"},
    {MN_O_STRICT, 0, "strict", NULL, "warnings (but those silenced with -W) fail the conversion"},
    {MN_O_WARNING, 'W', NULL, "no-NAME",
     "silence warnings named NAME, shown as [-WNAME]; -W NAME shows them again "
     "('minutes help warnings' lists the names)"},
    {MN_O_DIAGNOSTICS, 0, "diagnostics", "gnu|github",
     "how warnings and errors are shown: FILE:LINE: warning: ... (gnu, the default), or as "
     "GitHub Actions annotations (::warning file=FILE,line=LINE::...)"},
    {MN_O_REPORT, 0, "report", "FILE", "JSON summary of the batch (schema: docs/report.schema.json)"},
    {MN_O_LANG, 0, "lang", "TAG",
     "the input's language (fr, es-MX, ...), over what it declares and what its text looks like; "
     "its words are read with lexicons/LANG.xml"},
    {MN_O_LEXICON, 0, "lexicon", "DIR", "words of the analysis from DIR/LANG.xml (e.g. en.xml); languages DIR lacks keep the installed lexicon"},
    {MN_O_PLUGIN_DIR, 0, "plugin-dir", "DIR", "look for plugins in DIR first (repeatable)"},
    {MN_O_QUIET, 'q', "quiet", NULL, "no progress bar"},
    {MN_O_VERBOSE, 'v', "verbose", NULL, "name every output written; say where each title-block value came from"},
    {MN_O_HELP, 'h', "help", NULL, "show this help"},
    {0, 0, NULL, NULL, NULL},
};

const mn_cli_option *mn_option_table(void)
{
    return mn_options;
}

const mn_cli_option *mn_option_find(const char *arg)
{
    if (arg[0] != '-' || !arg[1])
        return NULL;
    for (const mn_cli_option *o = mn_options; o->help; o++) {
        if (arg[1] != '-') {
            /* -t pdf, -tpdf; a flag stands alone (-r) */
            if (o->shrt && arg[1] == o->shrt && (o->arg || !arg[2]))
                return o;
        } else if (o->lng) {
            size_t n = strlen(o->lng);
            if (strncmp(arg + 2, o->lng, n) == 0 && (arg[2 + n] == '\0' || (arg[2 + n] == '=' && o->arg)))
                return o;
        }
    }
    return NULL;
}

#define MN_HELP_INDENT 30
#define MN_HELP_WIDTH 79

/* "  HEAD   TEXT", TEXT wrapped at word boundaries to MN_HELP_WIDTH columns
 * (a newline in TEXT also breaks); a HEAD too wide takes a line of its own. */
void mn_help_row(FILE *fp, const char *head, const char *text)
{
    int col = fprintf(fp, "  %s", head);
    if (col >= MN_HELP_INDENT) {
        fputc('\n', fp);
        col = 0;
    }
    for (const char *w = text; *w;) {
        size_t len = strcspn(w, " \n");
        if (col >= MN_HELP_INDENT && col + 1 + (int)len > MN_HELP_WIDTH) {
            fputc('\n', fp);
            col = 0;
        }
        if (col < MN_HELP_INDENT)
            col += fprintf(fp, "%*s", MN_HELP_INDENT - col, "");
        else
            col += fprintf(fp, " ");
        col += (int)fwrite(w, 1, len, fp);
        w += len;
        if (*w == '\n')
            col = MN_HELP_WIDTH; /* the next word starts a line */
        while (*w == ' ' || *w == '\n')
            w++;
    }
    fputc('\n', fp);
}

void mn_option_print(FILE *fp)
{
    for (const mn_cli_option *o = mn_options; o->help; o++) {
        char head[64];
        int n = o->shrt ? snprintf(head, sizeof head, "-%c%s", o->shrt, o->lng ? ", " : " ")
                        : snprintf(head, sizeof head, "    ");
        if (o->lng)
            n += snprintf(head + n, sizeof head - (size_t)n, "--%s%s", o->lng, o->arg ? " " : "");
        if (o->arg)
            snprintf(head + n, sizeof head - (size_t)n, "%s", o->arg);
        mn_help_row(fp, head, o->help);
    }
}
