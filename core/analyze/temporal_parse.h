/* SPDX-License-Identifier: MIT */
/* temporal_parse.h — the grammar of temporal expressions over tokens.
 *
 * The parser only recognises what is written; it does not know the
 * reference date.  It fills an mn_tx with the fields as written (a year of 0
 * means "not written"), relative amounts and modifiers, times and zone; the
 * resolver (temporal_resolve.h) turns that into dates. */
#ifndef MN_TEMPORAL_PARSE_H
#define MN_TEMPORAL_PARSE_H

#include "temporal_cal.h"
#include "temporal_lex.h"
#include "tz_zone.h"

/* What an expression names. */
enum mn_tx_form {
    MN_TX_DATE = 0,  /* calendar fields in a (and b for a range) */
    MN_TX_DAYS,      /* reference + n days: today, tomorrow, in 3 days */
    MN_TX_WEEKS,     /* reference + n weeks (in two weeks) */
    MN_TX_MONTHS,    /* reference + n months (in two months) */
    MN_TX_WEEK,      /* the whole week n weeks from the reference week */
    MN_TX_MONTH,     /* the whole month n months from the reference month */
    MN_TX_YEAR,      /* the whole year n years from the reference year */
    MN_TX_WEEKDAY,   /* a weekday relative to the reference (dir) */
    MN_TX_LATER,     /* later/earlier this week|month|year (n = -1 earlier) */
    MN_TX_TIME       /* a time alone (continuation of a dated time) */
};

/* Modifiers of a period (month, year, week). */
enum mn_tx_part {
    MN_PART_NONE = 0,
    MN_PART_EARLY, MN_PART_MID, MN_PART_LATE, MN_PART_BEGIN, MN_PART_END,
    MN_PART_WEEK1, MN_PART_WEEK2, MN_PART_WEEK3, MN_PART_WEEK4, MN_PART_WEEK5,
    MN_PART_WEEKLAST,
    MN_PART_Q1, MN_PART_Q2, MN_PART_Q3, MN_PART_Q4,
    MN_PART_H1, MN_PART_H2,
    MN_PART_WEEKEND
};

/* Units of the period a relative expression or a weekday refers to. */
enum mn_tx_unit { MN_UNIT_NONE = 0, MN_UNIT_WEEK, MN_UNIT_MONTH, MN_UNIT_YEAR };

typedef struct mn_tx {
    int form;
    mn_ymd a, b;     /* written fields; a field is 0 when not written */
    int has_b;       /* a range: b is its (inclusive) end */
    int wday, wday_b; /* written weekday of a and b (0 = Monday), -1 none */
    int part;        /* enum mn_tx_part */
    int unit;        /* MN_TX_LATER, MN_TX_WEEKDAY "Monday next week": enum mn_tx_unit */
    int n;           /* relative amount */
    int dir;         /* weekday: +1 next, -1 last, 0 this; month: +1/-1/0 when said */
    int bare;        /* a weekday or month with no next/last/this: tense decides */
    int vague;       /* certain="false" whatever the precision */
    int deadline;    /* the expression itself says "within" */
    int numeric;     /* 1: d/m/y order needed and known, 2: needed and unknown */
    int t1, t2;      /* minutes after midnight of the start and end times, -1 none */
    int same_time;   /* "same time", "the usual time": the meeting's own hours */
    int has_zone;
    mn_tz zone;
    int s, e;        /* token span [s, e) */
} mn_tx;

/* Date orders for numeric dates (--date-order). */
enum { MN_ORDER_NONE = 0, MN_ORDER_DMY, MN_ORDER_MDY };

typedef struct mn_tparser {
    const char *text; /* the text the tokens were lexed from (zone names) */
    const mn_ttok *t;
    int n;     /* tokens an expression may use */
    int n_all; /* tokens that may be looked at (context after the limit) */
    int order;
    const struct mn_lexicon *lx; /* the words; NULL: the passes' lexicon (mn_lx) */
} mn_tparser;

/* The longest expression starting at token i.  Returns its end token (> i),
 * or 0 when none starts there. */
int mn_tparse_at(const mn_tparser *p, int i, mn_tx *out);
/* A time (or time range) with its zone starting at token i, for times that
 * continue a dated one ("at 04:00 UTC and 14:00 UTC").  Returns the end
 * token or 0. */
int mn_tparse_time_at(const mn_tparser *p, int i, mn_tx *out);

#endif
