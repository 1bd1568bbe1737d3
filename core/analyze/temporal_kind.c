/* SPDX-License-Identifier: MIT */
/* temporal_kind.c — calendar entries: upcoming days, times and weeks.
 * A month or a year is too coarse to put in a calendar ("in December" stays
 * a tagged date); a range counts as upcoming while its last day is not past. */
#include "temporal_kind.h"

#include <string.h>

int mn_tkind(int precision, const char *value, const char *end, int conflict, int deadline,
             const mn_tref *ref)
{
    mn_ymd last;
    if (conflict || precision == MN_PREC_MONTH || precision == MN_PREC_YEAR || precision == 0 ||
        !value || !mn_cal_parse(end ? end : value, &last))
        return MN_TKIND_NONE;
    if (ref && ref->have &&
        mn_cal_days(last.y, last.m, last.d) < mn_cal_days(ref->date.y, ref->date.m, ref->date.d))
        return MN_TKIND_PAST;
    return deadline ? MN_TKIND_DEADLINE : MN_TKIND_EVENT;
}

int mn_tprec_parse(const char *name)
{
    for (int p = MN_PREC_TIME; p <= MN_PREC_YEAR; p++)
        if (name && strcmp(name, mn_tprec_name(p)) == 0)
            return p;
    return 0;
}

const char *mn_tkind_name(int kind)
{
    static const char *const names[] = {"none", "past", "event", "deadline"};
    return kind >= 0 && kind <= 3 ? names[kind] : "none";
}
