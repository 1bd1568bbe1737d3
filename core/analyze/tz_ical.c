/* SPDX-License-Identifier: MIT */
/* tz_ical.c — libical for IANA zone names, opened with dlopen on first use.
 *
 * Linking it would map libical and libicui18n into every process: 1.4 k
 * symbol bindings and 1.6 M instructions at start-up, about a tenth of
 * converting the sample, though most minutes name no IANA zone.  Only the
 * headers are used at build time (for struct icaltimetype); the library's
 * soname comes from the build (MN_LIBICAL_SONAME).
 *
 * Names are screened first against the areas libical's zone table uses, so
 * "and/or" or "Q3/Q4" never load it. */
#include "tz_ical.h"

#include <dlfcn.h>
#include <libical/ical.h>
#include <string.h>

#ifndef MN_LIBICAL_SONAME
#define MN_LIBICAL_SONAME "libical.so.3"
#endif

typedef struct ical_api {
    int tried;
    icaltimezone *(*get_builtin)(const char *location);
    int (*utc_offset)(icaltimezone *zone, struct icaltimetype *tt, int *is_daylight);
} ical_api;

static ical_api api;

/* The regions of the tz database (and so of libical's built-in zones). */
static int plausible_zone(const char *name)
{
    static const char *const areas[] = {"Africa/",    "America/", "Antarctica/", "Arctic/",
                                        "Asia/",      "Atlantic/", "Australia/", "Europe/",
                                        "Indian/",    "Pacific/", "Etc/"};
    for (size_t i = 0; i < sizeof areas / sizeof areas[0]; i++)
        if (strncmp(name, areas[i], strlen(areas[i])) == 0)
            return name[strlen(areas[i])] != '\0';
    return 0;
}

static const ical_api *ical(void)
{
    if (api.tried)
        return api.get_builtin ? &api : NULL;
    api.tried = 1;
    void *h = dlopen(MN_LIBICAL_SONAME, RTLD_LAZY | RTLD_LOCAL);
    if (!h)
        h = dlopen("libical.so", RTLD_LAZY | RTLD_LOCAL);
    if (!h)
        return NULL;
    /* The handle stays open for the life of the process, as libical's zone
     * cache would otherwise dangle. */
    *(void **)&api.get_builtin = dlsym(h, "icaltimezone_get_builtin_timezone");
    *(void **)&api.utc_offset = dlsym(h, "icaltimezone_get_utc_offset");
    if (!api.get_builtin || !api.utc_offset) {
        api.get_builtin = NULL;
        return NULL;
    }
    return &api;
}

int mn_ical_zone_exists(const char *name)
{
    const ical_api *a = plausible_zone(name) ? ical() : NULL;
    return a && a->get_builtin(name) != NULL;
}

int mn_ical_zone_offset(const char *name, int y, int m, int d, int h, int mi, int *seconds)
{
    const ical_api *a = plausible_zone(name) ? ical() : NULL;
    icaltimezone *zone = a ? a->get_builtin(name) : NULL;
    if (!zone)
        return 0;
    struct icaltimetype t;
    memset(&t, 0, sizeof t); /* what icaltime_null_time() returns */
    t.year = y;
    t.month = m;
    t.day = d;
    t.hour = h;
    t.minute = mi;
    int dst = 0;
    *seconds = a->utc_offset(zone, &t, &dst);
    return 1;
}
