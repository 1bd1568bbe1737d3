/* batch.c — runs a batch.  With several inputs, -j or limits, each input is
 * converted in a child process (forked after the plugins are loaded): one
 * input's crash or runaway cannot take the batch down, and per-input CPU and
 * memory limits come from setrlimit.  Children report back over a pipe as
 * lines (result.c); the parent prints each input's diagnostics together. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "convert.h"
#include "progress.h"

typedef struct mn_child {
    pid_t pid;
    int fd;
    size_t index;
    char *buf;
    size_t len, cap;
} mn_child;

/* Output paths already claimed in this batch: a second input that would
 * write the same file is reported instead of overwriting the first's. */
static int mn_claim_outputs(mn_cli *cli, const mn_convert_opts *o, char ***claimed, size_t *n,
                            size_t index, mn_result *r)
{
    for (size_t f = 0; f < o->n_formats; f++) {
        char *path = mn_output_path(cli, o, o->inputs[index], o->formats[f]);
        if (!path || strcmp(path, "-") == 0) {
            free(path);
            continue;
        }
        for (size_t i = 0; i < *n; i++) {
            if (strcmp((*claimed)[i], path) == 0) {
                char *msg = NULL;
                if (asprintf(&msg, "%s: error: output %s would overwrite the output of another input; not converted",
                             o->inputs[index], path) >= 0)
                    mn_result_add_diag(r, msg, 0);
                free(msg);
                free(path);
                return r->status = MN_EX_CANTCREAT;
            }
        }
        char **grown = realloc(*claimed, (*n + 1) * sizeof *grown);
        if (!grown) {
            free(path);
            return r->status = MN_EX_SOFTWARE;
        }
        *claimed = grown;
        grown[(*n)++] = path;
    }
    return 0;
}

static void mn_apply_limits(const mn_convert_opts *o)
{
    if (o->time_limit > 0) {
        rlim_t secs = (rlim_t)(o->time_limit + 0.999);
        struct rlimit cpu = {secs, secs + 1};
        setrlimit(RLIMIT_CPU, &cpu);
        alarm((unsigned)secs * 2 + 1); /* a hang that burns no CPU */
    }
    if (o->memory_limit > 0) {
        struct rlimit as = {o->memory_limit, o->memory_limit};
        setrlimit(RLIMIT_AS, &as);
    }
}

static void mn_print_result(const mn_result *r)
{
    for (size_t i = 0; i < r->n_diags; i++)
        fprintf(stderr, "%s\n", r->diags[i]);
}

/* One input is done: its diagnostics above the bar, then the bar. */
static void mn_done(mn_progress *prog, const mn_result *r)
{
    if (r->n_diags)
        mn_progress_clear(prog);
    mn_print_result(r);
    mn_progress_step(prog, r->input);
}

static int mn_start_child(mn_cli *cli, const mn_convert_opts *o, size_t index, mn_child *c)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        mn_apply_limits(o);
        mn_result r = {.input = o->inputs[index]};
        mn_convert_one(cli, o, o->inputs[index], &r);
        mn_result_send(&r, fds[1]);
        _exit(0);
    }
    close(fds[1]);
    *c = (mn_child){.pid = pid, .fd = fds[0], .index = index};
    return 0;
}

static void mn_read_child(mn_child *c)
{
    if (c->len + 4096 + 1 > c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 8192;
        char *grown = realloc(c->buf, cap);
        if (!grown)
            return;
        c->buf = grown;
        c->cap = cap;
    }
    ssize_t got = read(c->fd, c->buf + c->len, 4096);
    if (got > 0)
        c->len += (size_t)got;
    else if (got == 0 || errno != EINTR) {
        close(c->fd);
        c->fd = -1;
    }
}

/* A child that died without reporting: a crash or a limit. */
static void mn_child_died(const mn_convert_opts *o, mn_child *c, int wstatus, mn_result *r)
{
    char *msg = NULL;
    int sig = WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0;
    const char *why = sig == SIGXCPU || sig == SIGALRM ? "exceeded the time limit"
                      : sig == SIGSEGV || sig == SIGABRT || sig == SIGBUS ? "crashed"
                      : sig == SIGKILL ? "was killed (memory limit?)" : "failed";
    if (asprintf(&msg, "%s: error: conversion %s (%s %d)", o->inputs[c->index], why,
                 sig ? "signal" : "status", sig ? sig : WEXITSTATUS(wstatus)) >= 0)
        mn_result_add_diag(r, msg, 0);
    free(msg);
    r->status = MN_EX_SOFTWARE;
}

static void mn_finish_child(const mn_convert_opts *o, mn_child *c, mn_result *r)
{
    int wstatus = 0;
    while (waitpid(c->pid, &wstatus, 0) < 0 && errno == EINTR)
        ;
    if (c->buf) {
        c->buf[c->len] = '\0';
        mn_result_parse(r, c->buf);
    }
    int reported = c->buf && strncmp(c->buf, "S ", 2) == 0;
    if (!reported || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0)
        mn_child_died(o, c, wstatus, r);
    free(c->buf);
    c->buf = NULL;
}

/* Waits until some running child finishes; returns its slot. */
static size_t mn_wait_any(const mn_convert_opts *o, mn_child *slots, size_t n, mn_result *results)
{
    for (;;) {
        struct pollfd pfd[n];
        for (size_t i = 0; i < n; i++)
            pfd[i] = (struct pollfd){.fd = slots[i].pid ? slots[i].fd : -1, .events = POLLIN};
        if (poll(pfd, n, -1) < 0 && errno != EINTR)
            continue;
        for (size_t i = 0; i < n; i++) {
            if (!slots[i].pid || !(pfd[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            mn_read_child(&slots[i]);
            if (slots[i].fd < 0) {
                mn_finish_child(o, &slots[i], &results[slots[i].index]);
                return i;
            }
        }
    }
}

/* The library parses its schema on first use and keeps it.  Parsing it here,
 * before the first fork, lets every child inherit it instead of parsing it
 * again: about 3 M instructions, a tenth of converting the sample DOCX.
 * Validating any small document does it; the verdict does not matter. */
static void mn_warm_schema(mn_cli *cli)
{
    static const char doc[] = "<minutes xmlns=\"urn:minutes:1\" version=\"1\"/>";
    mn_job *job = mn_job_new(cli->ctx, "-");
    if (job && mn_job_set_input(job, doc, sizeof doc - 1) == 0)
        (void)mn_job_validate(job);
    mn_job_free(job);
}

static int mn_run_children(mn_cli *cli, const mn_convert_opts *o, mn_result *results,
                           int *skip, mn_progress *prog)
{
    size_t n = (size_t)(o->jobs > 0 ? o->jobs : 1), running = 0, next = 0;
    mn_child *slots = calloc(n, sizeof *slots);
    if (!slots)
        return MN_EX_SOFTWARE;
    mn_warm_schema(cli);
    mn_context_prepare(cli->ctx); /* fonts, zone tables: once, before forking */
    while (next < o->n_inputs || running > 0) {
        while (running < n && next < o->n_inputs) {
            size_t i = next++;
            if (skip[i])
                continue;
            size_t s = 0;
            while (slots[s].pid)
                s++;
            if (mn_start_child(cli, o, i, &slots[s]) != 0) {
                mn_convert_one(cli, o, o->inputs[i], &results[i]); /* no fork: do it here */
                mn_done(prog, &results[i]);
                continue;
            }
            running++;
        }
        if (running == 0)
            break;
        size_t s = mn_wait_any(o, slots, n, results);
        mn_done(prog, &results[slots[s].index]);
        slots[s].pid = 0;
        running--;
    }
    free(slots);
    return 0;
}

int mn_run_batch(mn_cli *cli, const mn_convert_opts *o, mn_result *results)
{
    int *skip = calloc(o->n_inputs ? o->n_inputs : 1, sizeof *skip);
    char **claimed = NULL;
    size_t n_claimed = 0;
    if (!skip)
        return MN_EX_SOFTWARE;
    for (size_t i = 0; i < o->n_inputs; i++) {
        results[i].input = o->inputs[i];
        skip[i] = mn_claim_outputs(cli, o, &claimed, &n_claimed, i, &results[i]) != 0;
        if (skip[i])
            mn_print_result(&results[i]);
    }
    int isolate = o->n_inputs > 1 || o->jobs > 1 || o->time_limit > 0 || o->memory_limit > 0;
    mn_progress prog;
    mn_progress_start(&prog, o->n_inputs, cli->quiet);
    if (!isolate && o->n_inputs == 1 && !skip[0]) {
        mn_convert_one(cli, o, o->inputs[0], &results[0]);
        mn_print_result(&results[0]);
    } else if (isolate) {
        mn_run_children(cli, o, results, skip, &prog);
    }
    mn_progress_end(&prog);
    int worst = 0;
    for (size_t i = 0; i < o->n_inputs; i++)
        if (results[i].status > worst)
            worst = results[i].status;
    for (size_t i = 0; i < n_claimed; i++)
        free(claimed[i]);
    free(claimed);
    free(skip);
    return worst;
}
