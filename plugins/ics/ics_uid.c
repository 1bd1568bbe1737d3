/* SPDX-License-Identifier: MIT */
/* ics_uid.c — stable UIDs.  A calendar entry keeps its UID when the minutes
 * are converted again or corrected elsewhere, so that a subscribed calendar
 * updates the entry instead of adding a second one: the UID names the meeting
 * (title and date, never the file's bytes) and the item the entry is anchored
 * at (never the entry's own date, which a correction may change). */
#include "ics.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* FNV-1a, 64 bits: stable across platforms and releases, which is all a UID
 * needs (it is not a security boundary). */
static uint64_t fnv1a(uint64_t h, const char *s)
{
    for (; s && *s; s++) {
        h ^= (unsigned char)*s;
        h *= 0x100000001b3ULL;
    }
    return h;
}

/* Hashes S with runs of white space folded to one space and trimmed, so
 * that re-wrapping a title does not change the identity. */
static uint64_t fnv1a_folded(uint64_t h, const char *s)
{
    int pending = 0, started = 0;
    for (; s && *s; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            pending = started;
            continue;
        }
        if (pending)
            h = fnv1a(h, " ");
        pending = 0;
        started = 1;
        char c[2] = {*s, 0};
        h = fnv1a(h, c);
    }
    return h;
}

void ics_identity(const char *title, const char *date, char out[17])
{
    uint64_t h = 0xcbf29ce484222325ULL;
    h = fnv1a_folded(h, title);
    h = fnv1a(h, "\n");
    h = fnv1a_folded(h, date);
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

char *ics_uid(const char identity[17], const char *ref, unsigned ordinal)
{
    ics_buf b = {0};
    ics_buf_add(&b, identity, 16);
    if (ref) {
        ics_buf_addc(&b, '-');
        for (const unsigned char *p = (const unsigned char *)ref; *p; p++) {
            if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
                (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' || *p == '-') {
                ics_buf_addc(&b, (char)*p);
            } else {
                char hex[4];
                snprintf(hex, sizeof hex, "%%%02X", *p);
                ics_buf_adds(&b, hex);
            }
        }
        if (ordinal > 1) {
            char n[16];
            snprintf(n, sizeof n, "+%u", ordinal);
            ics_buf_adds(&b, n);
        }
    }
    ics_buf_adds(&b, "@minutes");
    return ics_buf_take(&b);
}
