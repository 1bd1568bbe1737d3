/* SPDX-License-Identifier: MIT */
/* atomic.c — files that appear whole or not at all (see minutes.h).
 *
 * The file is written unnamed (O_TMPFILE) in the target's directory, so a
 * process that dies while writing, even by SIGKILL, leaves nothing: the
 * kernel frees the inode with the last descriptor.  On commit it is linked
 * to the target's name; when the target exists, linked to a hidden unique
 * name and renamed over it, so that a reader sees the old file or the new
 * one, never neither.  Catchable signals are blocked from the link to the
 * rename: only SIGKILL in those few system calls can leave the hidden name.
 *
 * Without O_TMPFILE (some file systems, or /proc missing: the unnamed file
 * is linked through /proc/self/fd/N) the file is a named NAME.tmp-XXXXXX
 * renamed on commit.  Its name sits in a fixed table that a signal handler
 * may read (mn_atomic_cleanup): entries are filled and cleared with signals
 * blocked, so a handler never sees a name whose file does not exist yet or
 * any more. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "minutes/minutes.h"

struct mn_atomic_file {
    FILE *fp;
    int dirfd;  /* the target's directory (O_PATH) */
    char *name; /* the target's name in it */
    char *tmp;  /* the named temporary's name; NULL when unnamed */
    int slot;   /* its entry in mn_pending, or -1 */
};

/* ---- named temporaries a signal handler may remove ---------------------------- */

enum { MN_SLOT_FREE, MN_SLOT_FILLING, MN_SLOT_ARMED };
#define MN_PENDING_MAX 16 /* files written at once by one process */

static struct {
    int state; /* read and written with __atomic builtins */
    pid_t pid; /* a forked child must not remove its parent's files */
    int dirfd;
    char name[NAME_MAX + 1];
} mn_pending[MN_PENDING_MAX];

/* Blocks the signals that can come from outside.  Faults are left alone:
 * a blocked one would kill the process at once. */
static void mn_block(sigset_t *old)
{
    sigset_t set;
    sigfillset(&set);
    static const int faults[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS};
    for (size_t i = 0; i < sizeof faults / sizeof *faults; i++)
        sigdelset(&set, faults[i]);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

static void mn_unblock(const sigset_t *old)
{
    int err = errno;
    pthread_sigmask(SIG_SETMASK, old, NULL);
    errno = err;
}

/* Records a named temporary (signals blocked); its slot, or -1 when the
 * table is full (the file is then not removed by a signal). */
static int mn_arm(int dirfd, const char *name)
{
    if (strlen(name) >= sizeof mn_pending[0].name)
        return -1;
    for (int i = 0; i < MN_PENDING_MAX; i++) {
        int expected = MN_SLOT_FREE;
        if (!__atomic_compare_exchange_n(&mn_pending[i].state, &expected, MN_SLOT_FILLING, 0,
                                         __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            continue;
        mn_pending[i].pid = getpid();
        mn_pending[i].dirfd = dirfd;
        strcpy(mn_pending[i].name, name);
        __atomic_store_n(&mn_pending[i].state, MN_SLOT_ARMED, __ATOMIC_SEQ_CST);
        return i;
    }
    return -1;
}

static void mn_disarm(int slot)
{
    if (slot >= 0)
        __atomic_store_n(&mn_pending[slot].state, MN_SLOT_FREE, __ATOMIC_SEQ_CST);
}

void mn_atomic_cleanup(void)
{
    int err = errno;
    pid_t self = getpid();
    for (int i = 0; i < MN_PENDING_MAX; i++)
        if (__atomic_load_n(&mn_pending[i].state, __ATOMIC_SEQ_CST) == MN_SLOT_ARMED &&
            mn_pending[i].pid == self)
            unlinkat(mn_pending[i].dirfd, mn_pending[i].name, 0);
    errno = err;
}

/* ---- opening ------------------------------------------------------------------- */

/* Six characters for a unique name, as mkstemp's. */
static void mn_suffix(char out[7])
{
    static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static uint64_t counter;
    unsigned char r[6];
    if (getrandom(r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
        /* No entropy yet (early boot): unique enough, as O_EXCL and link
         * refuse a name that is taken and another is drawn. */
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        uint64_t x = (uint64_t)getpid() << 32 ^ (uint64_t)ts.tv_nsec ^ ++counter << 48;
        for (size_t i = 0; i < sizeof r; i++) {
            x = x * 6364136223846793005u + 1442695040888963407u; /* an LCG step (Knuth's MMIX) */
            r[i] = (unsigned char)(x >> 56);
        }
    }
    for (size_t i = 0; i < sizeof r; i++)
        out[i] = chars[r[i] % (sizeof chars - 1)];
    out[6] = '\0';
}

/* A new unique name PREFIX NAME .tmp-XXXXXX (NAME cut to fit NAME_MAX), or
 * NULL on no memory. */
static char *mn_temp_name(const char *prefix, const char *name)
{
    char suffix[7], *s = NULL;
    mn_suffix(suffix);
    return asprintf(&s, "%s%.200s.tmp-%s", prefix, name, suffix) < 0 ? NULL : s;
}

/* An unnamed file in the directory, when the system can link one later. */
static int mn_open_unnamed(mn_atomic_file *f)
{
#ifdef O_TMPFILE
    if (getenv("MINUTES_NO_O_TMPFILE"))
        return -1;
    int fd = openat(f->dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    char proc[40];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    if (fd >= 0 && access(proc, F_OK) != 0) {
        close(fd);
        fd = -1;
    }
    return fd;
#else
    (void)f;
    return -1;
#endif
}

static int mn_open_named(mn_atomic_file *f)
{
    for (int tries = 0; tries < 100; tries++) {
        free(f->tmp);
        if (!(f->tmp = mn_temp_name("", f->name)))
            return -1;
        sigset_t old;
        mn_block(&old);
        int fd = openat(f->dirfd, f->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0)
            f->slot = mn_arm(f->dirfd, f->tmp);
        mn_unblock(&old);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

static void mn_free(mn_atomic_file *f)
{
    if (f->dirfd >= 0)
        close(f->dirfd);
    free(f->name);
    free(f->tmp);
    free(f);
}

/* Splits PATH into its directory, opened, and its last name. */
static int mn_locate(mn_atomic_file *f, const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    if (!*name) {
        errno = EISDIR;
        return -1;
    }
    char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
    f->name = strdup(name);
    if (dir && f->name)
        f->dirfd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
    else
        errno = ENOMEM;
    free(dir);
    return f->dirfd >= 0 && f->name ? 0 : -1;
}

mn_atomic_file *mn_atomic_open(const char *path)
{
    mn_atomic_file *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->dirfd = -1;
    f->slot = -1;
    int fd = -1;
    if (mn_locate(f, path) == 0 && (fd = mn_open_unnamed(f)) < 0)
        fd = mn_open_named(f);
    if (fd >= 0 && (f->fp = fdopen(fd, "wb")))
        return f;
    int err = errno;
    if (fd >= 0) {
        close(fd);
        mn_atomic_discard(f);
    } else {
        mn_free(f);
    }
    errno = err;
    return NULL;
}

FILE *mn_atomic_stream(mn_atomic_file *f)
{
    return f->fp;
}

/* ---- putting in place ---------------------------------------------------------- */

/* The target exists: the unnamed file is linked as a hidden unique name
 * that is renamed over it (rename replaces in one step; link does not). */
static int mn_replace(mn_atomic_file *f, const char *proc)
{
    for (int tries = 0; tries < 100; tries++) {
        char *hidden = mn_temp_name(".", f->name);
        if (!hidden)
            return -1;
        int rc = linkat(AT_FDCWD, proc, f->dirfd, hidden, AT_SYMLINK_FOLLOW);
        if (rc != 0 && errno == EEXIST) {
            free(hidden); /* that name is taken: draw another */
            continue;
        }
        if (rc == 0 && (rc = renameat(f->dirfd, hidden, f->dirfd, f->name)) != 0) {
            int err = errno;
            unlinkat(f->dirfd, hidden, 0);
            errno = err;
        }
        free(hidden);
        return rc;
    }
    errno = EEXIST;
    return -1;
}

/* Links the unnamed file as the target, signals blocked (see the top). */
static int mn_place_unnamed(mn_atomic_file *f)
{
    char proc[40];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fileno(f->fp));
    sigset_t old;
    mn_block(&old);
    int rc = linkat(AT_FDCWD, proc, f->dirfd, f->name, AT_SYMLINK_FOLLOW);
    if (rc != 0 && errno == EEXIST)
        rc = mn_replace(f, proc);
    mn_unblock(&old);
    return rc;
}

/* Removes the named temporary and forgets it, signals blocked so that a
 * handler never sees one without the other. */
static void mn_remove_named(mn_atomic_file *f)
{
    sigset_t old;
    mn_block(&old);
    unlinkat(f->dirfd, f->tmp, 0);
    mn_disarm(f->slot);
    mn_unblock(&old);
}

static int mn_place_named(mn_atomic_file *f)
{
    sigset_t old;
    mn_block(&old);
    int rc = renameat(f->dirfd, f->tmp, f->dirfd, f->name);
    if (rc != 0) {
        int err = errno;
        unlinkat(f->dirfd, f->tmp, 0);
        errno = err;
    }
    mn_disarm(f->slot);
    mn_unblock(&old);
    return rc;
}

int mn_atomic_commit(mn_atomic_file *f, const char **step)
{
    const char *failed = NULL;
    int rc = 0, err = 0;
    if (fflush(f->fp) != 0)
        failed = "write error", rc = MN_EX_IOERR;
    else if (fsync(fileno(f->fp)) != 0 && errno != EINVAL) /* EINVAL: a file system without sync */
        failed = "cannot sync", rc = MN_EX_IOERR;
    else if (!f->tmp && mn_place_unnamed(f) != 0)
        failed = "cannot link into place", rc = MN_EX_CANTCREAT;
    err = errno;
    /* Closing can report what writing did not (a full disk, NFS); once the
     * unnamed file is linked its bytes are synced, and its close is moot. */
    if (fclose(f->fp) != 0 && rc == 0 && f->tmp)
        failed = "write error", rc = MN_EX_IOERR, err = errno;
    if (rc == 0 && f->tmp && mn_place_named(f) != 0)
        failed = "cannot rename into place", rc = MN_EX_CANTCREAT, err = errno;
    else if (rc != 0 && f->tmp)
        mn_remove_named(f);
    if (step)
        *step = failed;
    mn_free(f);
    errno = err;
    return rc;
}

void mn_atomic_discard(mn_atomic_file *f)
{
    if (!f)
        return;
    int err = errno;
    if (f->fp)
        fclose(f->fp);
    if (f->tmp)
        mn_remove_named(f);
    mn_free(f);
    errno = err;
}
