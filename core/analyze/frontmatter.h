/* SPDX-License-Identifier: MIT */
/* frontmatter.h — the state the front-matter pass shares between its files
 * (private to the frontmatter*.c files):
 *   frontmatter.c         the pass: the sources in order, then meta;
 *   frontmatter_line.c    one line: "date | time | place", "Date: …";
 *   frontmatter_scan.c    the leading blocks of the body: title, subtitle,
 *                         the lines above;
 *   frontmatter_props.c   the reader's properties (front matter, docProps);
 *   frontmatter_settle.c  the text against the authoritative properties;
 *   frontmatter_clock.c   the clock the text tells ("adjourned at 9:02");
 *   frontmatter_file.c    the date in the file's name, the last resort;
 *   frontmatter_org.c     the organisation: a letterhead, a name over the title;
 *   frontmatter_sentence.c the opening sentence ("held on … at … in …");
 *   frontmatter_mode.c    how it was held, from wording beside the place;
 *   frontmatter_source.c  where each value came from (the -v account);
 *   frontmatter_write.c   the values chosen, into meta;
 *   frontmatter_when.c    dates, times and zones as written (its own
 *                         header); places are place.c's. */
#ifndef MN_FRONTMATTER_H
#define MN_FRONTMATTER_H

#include <libxml/tree.h>

#include "frontmatter_when.h"
#include "minutes/minutes.h"

/* How many leading blocks may hold front matter. */
#define MN_FM_MAX_BLOCKS 12

/* The fields a leading block gave. */
enum { MN_FM_TITLE = 1, MN_FM_SUBTITLE = 2, MN_FM_DATE = 4, MN_FM_TIME = 8, MN_FM_PLACE = 16 };
/* A block whose words meta cannot give back ("0930"): read, but kept. */
#define MN_FM_KEEP 32u

/* What one source (the text, the authoritative properties, the weak ones)
 * says; strings are owned (mn_fm_info_free). */
typedef struct mn_fm_info {
    unsigned seen; /* MN_FM_* fields read (for the text: by the current block) */
    char *title, *subtitle, *place, *url;
    int place_field; /* the place is a labelled field's ("Location: …"), not a line's part */
    char *org; /* the organisation holding the meeting (a letterhead's name) */
    const char *mode; /* how it was held when no place says it ("by teleconference") */
    int has_date;
    mn_fm_date date;
    unsigned date_line;
    int has_time;
    int start, end;
    char zone[40];
} mn_fm_info;

/* The fields whose source the -v account names (frontmatter_source.c). */
enum { MN_SRC_TITLE, MN_SRC_DATE, MN_SRC_TIME, MN_SRC_ZONE, MN_SRC_PLACE, MN_SRC_MODE, MN_SRC_ORG, MN_SRC_N };

/* A field's value in short, to tell which changed between two marks. */
typedef struct mn_fm_print {
    unsigned long v[MN_SRC_N];
} mn_fm_print;

/* Where a field's value was read: a line and its text ("Date: 4 March"),
 * or line 0 and what it was ("the file name"). */
typedef struct mn_fm_source {
    unsigned line;
    char what[80];
} mn_fm_source;

typedef struct mn_fm {
    mn_job *job;
    mn_date_order order;
    int order_known; /* from --date-order or the document's language */
    mn_fm_info text, auth, weak;
    int title_last;  /* the last thing consumed was the title */
    int when_last;   /* ... was a date/time line (a place line may follow) */
    int title_styled; /* the title is a heading's or a Title-styled paragraph's */
    int time_field;   /* reading a "Time:" field's value */
    int text_seen;   /* a leading paragraph was not front matter */
    int letterhead;  /* an address or phone line was seen among the leading lines */
    int quiet;       /* lines that may be no field's value (a title-block section's): no warning */
    int remote;      /* some joined from afar ("with a video bridge"): frontmatter_mode.c */
    /* the leading blocks read as front matter, removed once they are
     * compared with the authoritative properties (mn_fm_settle) */
    struct {
        xmlNodePtr node;
        unsigned fields;
    } blocks[MN_FM_MAX_BLOCKS + 1];
    size_t nblocks;
    mn_fm_source src[3][MN_SRC_N]; /* text, auth, weak: filled only for -v */
    unsigned remote_line;          /* where the remote-attendance words were */
} mn_fm;

/* frontmatter.c */
void mn_fm_info_free(mn_fm_info *i);
/* Replaces *field with a copy of VALUE (NULL clears it). */
void mn_fm_set(char **field, const char *value);

/* frontmatter_line.c */
/* Whether byte i of line starts a word. */
int mn_fm_word_start(const char *line, size_t i);
/* Reads a line made of a date, a time and a place (any may be missing, but
 * not both date and time) into info.  Returns 1 when the whole line was
 * understood. */
int mn_fm_read_when(mn_fm *fm, const char *line, unsigned lineno, mn_fm_info *info);
/* Reads a line that is only a place ("Community Room, Bramley House") into
 * info when it has none yet: 1 when it was one.  For the line under a date
 * and time line: a place there needs less than within a sentence. */
int mn_fm_read_place(const char *line, mn_fm_info *info);
/* Whether line opens with a meeting field's key ("Date:", "Venue –"). */
int mn_fm_is_key(const char *line);
/* Reads a "Date: …", "Time: …", "Location: …" line into info: 1 when it
 * was one, 0 when it was not, -1 when its value cannot be read (warned). */
int mn_fm_read_key(mn_fm *fm, const char *line, unsigned lineno, mn_fm_info *info);

/* frontmatter_scan.c */
/* Whether s has at least two letters or digits ("D", "." are no titles). */
int mn_fm_wordy(const char *s);
/* Reads the leading blocks of body into fm->text and notes them. */
void mn_fm_scan(mn_fm *fm, xmlNodePtr body);

/* frontmatter_org.c */
/* Whether a leading paragraph's lines are a letterhead's: an address, a
 * phone number, an e-mail address, a registration number ("Tel 01632 960
 * 100", "Civic Offices, Station Road, Wexcombe WX1 2AB"), or, below such a
 * line, "Headteacher: Mrs L. Penhale".  The title read above it was the
 * organisation's name: it becomes fm->text.org (a department line under
 * it goes back to the body).  Returns 1 when the paragraph was one. */
int mn_fm_letterhead(mn_fm *fm, char **lines, size_t n);
/* Whether s names a document ("Minutes", "Meeting Notes", "call"). */
int mn_fm_names_document(const char *s);
/* An organisation's name over the meeting's own title ("Kestrel Open
 * Systems Foundation" over "Special Meeting of the Board of Directors"):
 * the first is the organisation, the second the title. */
void mn_fm_org_over_title(mn_fm *fm);

/* frontmatter_props.c */
/* Reads and removes the meta/prop elements this pass owns. */
void mn_fm_props(mn_fm *fm, xmlNodePtr meta);

/* frontmatter_settle.c */
/* Compares the text with the authoritative properties and removes the
 * leading blocks that agree (the others stay in the body). */
void mn_fm_settle(mn_fm *fm);

/* frontmatter_sentence.c */
/* Reads the date, time and place an opening sentence tells ("Minutes of
 * the meeting held on Tuesday 11 March 2025 at 7.30pm in the Village
 * Hall") into what fm->text leaves open; the sentence stays. */
void mn_fm_sentence_when(mn_fm *fm, const char *text, unsigned lineno);
/* Whether text holds the words of such a sentence ("held on"): it is no
 * title or subtitle line, whatever its shape. */
int mn_fm_held_sentence(const char *text);
/* How or where "The meeting was held via videoconference", "… was held
 * by telephone" says the meeting was held, into what fm->text leaves
 * open (a sentence of the minutes' opening section). */
void mn_fm_sentence_how(mn_fm *fm, const char *text);
/* "Hosted by Bluestem Systems, Austin.", "Host: Aurora Devices, Helsinki.":
 * a sentence of text naming the host's site and city, into the place
 * fm->text leaves open (a person as host, "hosted by the Secretary", is
 * no place). */
void mn_fm_host_statement(mn_fm *fm, const char *text);
/* The words before the held ones ("Minutes of the meeting of Full Council"
 * in "… held on …"), malloc'd, or NULL. */
char *mn_fm_title_before_held(const char *text);
/* The place after "in" or "at" in the rest of s's sentence ("… at 5:32
 * p.m. in the Library Community Room and via Zoom."), malloc'd, or NULL. */
char *mn_fm_sentence_place(const char *s, mn_date_order order);

/* frontmatter_clock.c */
/* The end the text gives ("The meeting closed at 8.50pm"; the first after
 * "called the meeting to order at 7:04 p.m." when that is written) for a
 * time without one. */
void mn_fm_clock(mn_fm *fm, xmlNodePtr body);

/* frontmatter_mode.c */
/* Notes wording in text that says some joined from afar ("with a video
 * bridge for remote directors", "remote participation via Zoom"). */
void mn_fm_remote_words(mn_fm *fm, const char *text, unsigned line);
/* How a meeting at PLACE was held: the place's own words (mn_place_mode),
 * and a physical place is hybrid when some joined from afar. */
const char *mn_fm_mode(const mn_fm *fm, const char *place);

/* frontmatter_source.c */
mn_fm_print mn_fm_print_of(const mn_fm_info *i);
/* The fields of INFO that differ from BEFORE came from WHAT (at LINE, or
 * line 0 for a source that is no line: "the file name").  Only for a
 * verbose job. */
void mn_fm_source_mark(mn_fm *fm, const mn_fm_info *info, mn_fm_print before, unsigned line,
                       const char *what);
/* The -v note saying where FIELD's VALUE, written from INFO, came from. */
void mn_fm_source_note(mn_fm *fm, int field, const mn_fm_info *info, const char *value);

/* frontmatter_write.c */
/* Writes the chosen title, subtitle, date, time, place and url into meta. */
void mn_fm_write(mn_fm *fm, xmlNodePtr meta);

#endif
