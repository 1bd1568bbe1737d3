/* SPDX-License-Identifier: MIT */
/* tz_ical.h — the two things the temporal pass asks of libical, with
 * libical loaded only when a document first names an IANA zone. */
#ifndef MN_TZ_ICAL_H
#define MN_TZ_ICAL_H

/* Whether libical knows the zone NAME ("Europe/Geneva"). */
int mn_ical_zone_exists(const char *name);

/* The offset in seconds east of UTC of zone NAME at that local time;
 * returns 0 when the zone is unknown or libical cannot be loaded. */
int mn_ical_zone_offset(const char *name, int y, int m, int d, int h, int mi, int *seconds);

#endif
