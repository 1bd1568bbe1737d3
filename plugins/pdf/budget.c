/* SPDX-License-Identifier: MIT */
/* budget.c — the writer under an address-space limit (ulimit -v, and
 * --memory-limit, which is RLIMIT_AS in each batch worker).
 *
 * Pango and fontconfig cannot fail gracefully: GLib aborts when an
 * allocation or a thread fails ("creating thread '[pango] FcFontSetSort'",
 * SIGTRAP), and fontconfig dereferences what malloc did not give (SIGSEGV).
 * So the writer asks for its address space before it calls them: each step
 * that starts them (the set-up, a document's layout, the system's font
 * configuration) first checks that the space left under the limit holds
 * what that step was measured to need, with a margin, and otherwise fails
 * with a clear error, before anything is drawn or written.
 *
 * That works only if the need is the same from run to run, and Pango 1.50
 * makes it vary: it matches and sorts every new font pattern in a thread of
 * its own.  Each such thread gets an 8 MiB stack (glibc keeps up to 40 MiB
 * of them cached once the threads end) and, on its first allocation, a
 * malloc arena that reserves 64 MiB (128 MiB while glibc aligns it).  How
 * many overlap depends on scheduling: the sample's PDF took 290 to 390 MiB
 * of address space from one run to the next, against 46 MiB for its XML.
 * pdf_budget_tame() makes those threads cheap and predictable before Pango
 * starts any: one malloc arena for the process (the threads are short and
 * rare, and the rest of minutes is single-threaded), and 256 KiB stacks
 * for threads that ask for no size (twice musl's default, under which
 * fontconfig and Pango run).  The sample's PDF then takes 70 to 73 MiB:
 * what still varies comes after the checks, within their margins.  A batch
 * loads its fontsets one at a time before it forks (fonts.c), so that its
 * workers all start with the same address space. */
#include "pdf.h"

#include <dirent.h>
#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#define THREAD_STACK ((size_t)256 << 10)

static void tame(void)
{
    mallopt(M_ARENA_MAX, 1);
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) == 0) {
        if (pthread_attr_setstacksize(&attr, THREAD_STACK) == 0)
            pthread_setattr_default_np(&attr);
        pthread_attr_destroy(&attr);
    }
}

void pdf_budget_tame(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, tame);
}

/* Address space mapped now, in bytes, or 0 when /proc cannot tell. */
static size_t mapped_now(void)
{
    FILE *fp = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    if (!fp)
        return 0;
    if (fscanf(fp, "%lu", &pages) != 1)
        pages = 0;
    fclose(fp);
    return (size_t)pages * (size_t)sysconf(_SC_PAGESIZE);
}

int pdf_budget_check(size_t need, pdf_budget *b)
{
    struct rlimit rl;
    *b = (pdf_budget){.need = need};
    if (getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return 0;
    b->limit = (size_t)rl.rlim_cur;
    b->used = mapped_now();
    b->left = b->used < b->limit ? b->limit - b->used : 0;
    return b->left >= need ? 0 : -1;
}

/* ---- What each step needs -------------------------------------------------------
 *
 * Measured with the sample, the handout and scripts fixtures, and the 10x,
 * 100x and 1000x benchmark documents: the address space mapped when the
 * writer ends, less what was mapped when it started (cairo and Pango are
 * mapped by then: the module is loaded when -t pdf is read).  Each constant
 * is 1.5 to 3 times the largest need seen, so that nothing after a check
 * that passed can run out. */

/* Fontconfig's configuration, Pango's font map and fontsets: 5 MB. */
#define SETUP_BASE ((size_t)8 << 20)
/* A pass's pages, cairo's surface, font subsets and glyph caches: 3 to 6 MB. */
#define LAYOUT_BASE ((size_t)8 << 20)
/* Layouts kept whole, a byte of weight (pass.c): 15 to 32 bytes (the 10x
 * document, paragraphs of 128 and 200 KB). */
#define PER_WEIGHT 64
/* cairo's structure tree, outline, links and pages, an element: 200 bytes
 * (1000x: 86 k elements, 16 MB). */
#define PER_ELEMENT 320
/* The system's configuration and font map beside the writer's: 7 MB here,
 * with 25 fonts; its caches are counted on top. */
#define SYSTEM_BASE ((size_t)12 << 20)
/* Font files a fallback may map (twice, as below): a CJK collection such
 * as Noto Sans CJK is about 20 MB. */
#define FALLBACK_FONTS ((size_t)24 << 20)

/* Bytes of the files in DIR (fontconfig's caches, which it maps whole). */
static size_t dir_bytes(const char *dir)
{
    DIR *d = opendir(dir);
    size_t sum = 0;
    if (!d)
        return 0;
    for (struct dirent *e; (e = readdir(d));) {
        struct stat st;
        if (e->d_name[0] != '.' && fstatat(dirfd(d), e->d_name, &st, 0) == 0 &&
            S_ISREG(st.st_mode))
            sum += (size_t)st.st_size;
    }
    closedir(d);
    return sum;
}

static size_t cache_bytes(void)
{
    char path[4096];
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    size_t sum = dir_bytes("/var/cache/fontconfig");
    if (xdg && *xdg && snprintf(path, sizeof path, "%s/fontconfig", xdg) < (int)sizeof path)
        sum += dir_bytes(path);
    else if (home && *home &&
             snprintf(path, sizeof path, "%s/.cache/fontconfig", home) < (int)sizeof path)
        sum += dir_bytes(path);
    return sum;
}

size_t pdf_budget_system(void)
{
    /* FreeType and HarfBuzz each map a font file whole. */
    return SYSTEM_BASE + cache_bytes() + 2 * FALLBACK_FONTS;
}

size_t pdf_budget_setup(void)
{
    size_t own = pdf_fonts_file_bytes();
    return SETUP_BASE + (own ? 2 * own : pdf_budget_system());
}

size_t pdf_budget_layout(const pdf_size *size, int whole)
{
    return LAYOUT_BASE + (whole ? size->weight * PER_WEIGHT : 0) +
           size->elements * PER_ELEMENT;
}

static size_t mib(size_t bytes)
{
    return (bytes + ((size_t)1 << 20) - 1) >> 20;
}

int pdf_budget_error(mn_job *job, const pdf_budget *b)
{
    return mn_job_error(job, MN_EX_SOFTWARE, 0,
                        "pdf: out of memory in the PDF writer: it needs about %zu MiB of "
                        "address space, %zu MiB are left under the limit of %zu MiB "
                        "(ulimit -v, --memory-limit)",
                        mib(b->need), b->left >> 20, b->limit >> 20);
}
