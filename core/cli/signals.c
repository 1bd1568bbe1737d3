/* SPDX-License-Identifier: MIT */
/* signals.c — a signal that ends the process first removes the named
 * temporary files it was writing (outputs are written unnamed where the
 * file system allows, and those need nothing: see mn_atomic_open), then
 * takes its usual course, so that the exit status still names the signal
 * and a crash still dumps core. */
#include <signal.h>

#include "cli.h"

/* Every signal whose default action ends the process, but SIGPIPE (workers.c
 * sets it as it needs; nothing written through a temporary goes to a pipe)
 * and SIGXFSZ (ignored: a write past the size limit is an error reported). */
static const int mn_ending_signals[] = {SIGHUP,  SIGINT,  SIGQUIT, SIGTERM, SIGALRM, SIGXCPU,
                                        SIGVTALRM, SIGUSR1, SIGUSR2, SIGABRT, SIGSEGV, SIGBUS,
                                        SIGFPE,  SIGILL,  SIGSYS,  SIGTRAP};
#define MN_N_ENDING (sizeof mn_ending_signals / sizeof *mn_ending_signals)

static void mn_on_ending_signal(int sig)
{
    mn_atomic_cleanup();
    struct sigaction dfl = {.sa_handler = SIG_DFL};
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    /* Pending until the handler returns (the signal is blocked in it); a
     * fault's instruction runs again and faults with the default action. */
    raise(sig);
}

void mn_cli_clean_on_signals(void)
{
    struct sigaction sa = {.sa_handler = mn_on_ending_signal};
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < MN_N_ENDING; i++)
        sigaddset(&sa.sa_mask, mn_ending_signals[i]);
    for (size_t i = 0; i < MN_N_ENDING; i++) {
        struct sigaction old;
        /* An ignored signal stays ignored (a background job's SIGINT), and a
         * handler installed before (a sanitizer's) is left in place. */
        if (sigaction(mn_ending_signals[i], NULL, &old) == 0 && !(old.sa_flags & SA_SIGINFO) &&
            old.sa_handler == SIG_DFL)
            sigaction(mn_ending_signals[i], &sa, NULL);
    }
}
