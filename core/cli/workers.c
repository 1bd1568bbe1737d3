/* SPDX-License-Identifier: MIT */
/* workers.c — a batch's worker processes.
 *
 * The parent forks up to -j workers after the plugins are loaded and
 * prepared; each converts one input at a time, as the parent hands them out
 * (an input index per line on a task pipe), and answers with its result
 * (result.c's lines, then "E") on a result pipe.  A worker lives for many
 * inputs, so a batch pays fork, exit and the copy-on-write faults once per
 * worker rather than once per input.  Isolation stays per input: the parent
 * knows which input each worker holds, so a worker that crashes, exceeds the
 * time limit (re-armed for every input) or its memory limit takes down only
 * that input, and a fresh worker takes over the rest. */
#include <errno.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "workers.h"

typedef struct mn_worker {
    pid_t pid;        /* 0: no process in this slot */
    int task_fd;      /* parent -> worker: input indexes */
    int result_fd;    /* worker -> parent: results */
    int busy;
    size_t index;     /* the input it holds while busy */
    char *buf;
    size_t len, cap;
} mn_worker;

/* ---- the worker's side ----------------------------------------------------- */

static void mn_limit_memory(const mn_convert_opts *o)
{
    if (o->memory_limit > 0) {
        struct rlimit as = {o->memory_limit, o->memory_limit};
        setrlimit(RLIMIT_AS, &as);
    }
}

/* RLIMIT_CPU counts the whole process's time, so each input gets the limit
 * on top of what the worker has used so far; the alarm catches a hang that
 * burns no CPU. */
static void mn_limit_time(const mn_convert_opts *o)
{
    if (o->time_limit <= 0)
        return;
    struct rusage ru;
    struct rlimit cpu;
    if (getrusage(RUSAGE_SELF, &ru) == 0 && getrlimit(RLIMIT_CPU, &cpu) == 0) {
        rlim_t secs = (rlim_t)ru.ru_utime.tv_sec + (rlim_t)ru.ru_stime.tv_sec + 1 +
                      (rlim_t)(o->time_limit + 0.999);
        cpu.rlim_cur = cpu.rlim_max == RLIM_INFINITY || secs < cpu.rlim_max ? secs : cpu.rlim_max;
        setrlimit(RLIMIT_CPU, &cpu);
    }
    alarm((unsigned)(o->time_limit + 0.999) * 2 + 1);
}

static void mn_worker_main(mn_cli *cli, const mn_convert_opts *o, int task_fd, int result_fd)
{
    signal(SIGPIPE, SIG_DFL);
    mn_limit_memory(o);
    FILE *tasks = fdopen(task_fd, "r");
    char line[32];
    while (tasks && fgets(line, sizeof line, tasks)) {
        size_t i = strtoul(line, NULL, 10);
        if (i >= o->n_inputs)
            break;
        mn_limit_time(o);
        mn_result r = {.input = o->inputs[i]};
        mn_convert_one(cli, o, i, &r);
        alarm(0);
        mn_result_send(&r, result_fd);
        mn_result_clear(&r);
        /* Under a memory limit, what this input freed goes back to the
         * system, so the next one starts as a fresh process would. */
        if (o->memory_limit > 0)
            malloc_trim(0);
    }
    _exit(0);
}

/* ---- the parent's side ----------------------------------------------------- */

static void mn_close_fd(int *fd)
{
    if (*fd >= 0)
        close(*fd);
    *fd = -1;
}

static int mn_spawn(mn_cli *cli, const mn_convert_opts *o, mn_worker *slots, size_t n, size_t s)
{
    int task[2], result[2];
    if (pipe(task) != 0)
        return -1;
    if (pipe(result) != 0) {
        close(task[0]);
        close(task[1]);
        return -1;
    }
    fflush(NULL);
    pid_t parent = getpid(), pid = fork();
    if (pid < 0) {
        close(task[0]), close(task[1]), close(result[0]), close(result[1]);
        return -1;
    }
    if (pid == 0) {
        /* A batch stopped by ending its parent alone ends its workers too:
         * SIGTERM, which removes what each was writing (signals.c). */
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            _exit(MN_EX_SOFTWARE); /* the parent ended before prctl */
        /* Other workers' pipes would keep them from seeing their end. */
        for (size_t i = 0; i < n; i++)
            if (slots[i].pid) {
                close(slots[i].task_fd);
                close(slots[i].result_fd);
            }
        close(task[1]);
        close(result[0]);
        mn_worker_main(cli, o, task[0], result[1]);
    }
    close(task[0]);
    close(result[1]);
    slots[s] = (mn_worker){.pid = pid, .task_fd = task[1], .result_fd = result[0]};
    return 0;
}

static int mn_hand_out(mn_worker *w, size_t index)
{
    char line[32];
    int len = snprintf(line, sizeof line, "%zu\n", index);
    if (write(w->task_fd, line, (size_t)len) != len)
        return -1;
    w->busy = 1;
    w->index = index;
    w->len = 0;
    return 0;
}

/* Reads what the worker sent; returns 1 when its result is complete, -1 at
 * end of file (the worker died), 0 for more to come. */
static int mn_read_result(mn_worker *w)
{
    if (w->len + 4096 + 1 > w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8192;
        char *grown = realloc(w->buf, cap);
        if (!grown)
            return -1;
        w->buf = grown;
        w->cap = cap;
    }
    ssize_t got = read(w->result_fd, w->buf + w->len, 4096);
    if (got < 0 && errno == EINTR)
        return 0;
    if (got <= 0)
        return -1;
    w->len += (size_t)got;
    w->buf[w->len] = '\0';
    return mn_result_complete(w->buf, w->len);
}

/* A worker that died holding an input: a crash or a limit. */
static void mn_report_death(int wstatus, mn_result *r)
{
    int sig = WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0;
    const char *why = sig == SIGXCPU || sig == SIGALRM ? "exceeded the time limit"
                      : sig == SIGSEGV || sig == SIGABRT || sig == SIGBUS ? "crashed"
                      : sig == SIGKILL ? "was killed (memory limit?)" : "failed";
    mn_result_add_error(r, "conversion %s (%s %d)", why, sig ? "signal" : "status",
                        sig ? sig : WEXITSTATUS(wstatus));
    r->status = MN_EX_SOFTWARE;
}

static int mn_reap(pid_t pid)
{
    int wstatus = 0;
    while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
        ;
    return wstatus;
}

static void mn_retire(mn_worker *w)
{
    mn_close_fd(&w->task_fd);
    mn_close_fd(&w->result_fd);
    free(w->buf);
    *w = (mn_worker){.task_fd = -1, .result_fd = -1};
}

/* Ends an idle worker: no more tasks, so it exits. */
static void mn_stop(mn_worker *w)
{
    mn_close_fd(&w->task_fd);
    mn_reap(w->pid);
    mn_retire(w);
}

/* Waits for one busy worker to finish its input or die; returns the
 * input's index and leaves the worker idle (or its slot empty). */
static size_t mn_wait_one(mn_worker *slots, size_t n, mn_result *results)
{
    for (;;) {
        struct pollfd pfd[n];
        for (size_t i = 0; i < n; i++)
            pfd[i] = (struct pollfd){.fd = slots[i].busy ? slots[i].result_fd : -1, .events = POLLIN};
        if (poll(pfd, n, -1) < 0)
            continue;
        for (size_t i = 0; i < n; i++) {
            if (!slots[i].busy || !(pfd[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            int got = mn_read_result(&slots[i]);
            if (got == 0)
                continue;
            size_t index = slots[i].index;
            slots[i].busy = 0;
            if (got > 0) {
                mn_result_parse(&results[index], slots[i].buf);
                /* A failed conversion may have left the worker short of
                 * memory or in a state no other input should inherit. */
                if (results[index].status >= MN_EX_USAGE)
                    mn_stop(&slots[i]);
            } else {
                mn_close_fd(&slots[i].task_fd);
                mn_report_death(mn_reap(slots[i].pid), &results[index]);
                mn_retire(&slots[i]);
            }
            return index;
        }
    }
}

/* The next input to convert, skipping those already settled. */
static int mn_next_input(const mn_convert_opts *o, const int *skip, size_t *next, size_t *index)
{
    while (*next < o->n_inputs && skip[*next])
        (*next)++;
    if (*next >= o->n_inputs)
        return 0;
    *index = (*next)++;
    return 1;
}

/* Starts slot S's worker if need be and hands it INDEX; 0 when it took it. */
static int mn_assign(mn_cli *cli, const mn_convert_opts *o, mn_worker *slots, size_t n, size_t s,
                     size_t index)
{
    if (slots[s].pid && mn_hand_out(&slots[s], index) == 0)
        return 0;
    if (slots[s].pid)
        mn_stop(&slots[s]); /* the worker is gone: its pipe is closed */
    if (mn_spawn(cli, o, slots, n, s) == 0 && mn_hand_out(&slots[s], index) == 0)
        return 0;
    if (slots[s].pid)
        mn_stop(&slots[s]);
    return -1;
}

/* Gives every idle worker (started as needed) its next input; an input no
 * worker can take is converted here.  Returns how many workers are busy. */
static size_t mn_fill(mn_cli *cli, const mn_convert_opts *o, mn_worker *slots, size_t n,
                      const int *skip, size_t *next, mn_result *results, mn_done_fn done, void *arg)
{
    size_t busy = 0, index;
    for (size_t s = 0; s < n; s++) {
        while (!slots[s].busy && mn_next_input(o, skip, next, &index)) {
            if (mn_assign(cli, o, slots, n, s, index) == 0)
                break;
            mn_convert_one(cli, o, index, &results[index]); /* no worker: do it here */
            done(&results[index], arg);
        }
        busy += slots[s].busy != 0;
    }
    return busy;
}

int mn_run_workers(mn_cli *cli, const mn_convert_opts *o, const int *skip, mn_result *results,
                   mn_done_fn done, void *arg)
{
    size_t n = (size_t)(o->jobs > 0 ? o->jobs : 1), next = 0;
    mn_worker *slots = calloc(n, sizeof *slots);
    if (!slots)
        return MN_EX_SOFTWARE;
    /* A worker that died leaves a closed pipe: writing to it must fail with
     * EPIPE here, not kill the batch. */
    struct sigaction ign = {.sa_handler = SIG_IGN}, old_pipe;
    sigaction(SIGPIPE, &ign, &old_pipe);
    for (size_t s = 0; s < n; s++)
        slots[s] = (mn_worker){.task_fd = -1, .result_fd = -1};
    while (mn_fill(cli, o, slots, n, skip, &next, results, done, arg) > 0) {
        size_t index = mn_wait_one(slots, n, results);
        done(&results[index], arg);
    }
    for (size_t s = 0; s < n; s++)
        if (slots[s].pid)
            mn_stop(&slots[s]);
    free(slots);
    sigaction(SIGPIPE, &old_pipe, NULL);
    return 0;
}
