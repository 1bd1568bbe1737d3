/* SPDX-License-Identifier: MIT */
/* actions.h — what the files of the actions pass share (private to
 * core/analyze/).  The pass (actions.c) walks the body; marks.c reads the
 * markers of action and decision lines, owners.c who must act, status.c an
 * action's state, registers.c action and decision tables, decisions.c
 * decisions written as prose, votes.c a decision's kind, vote, result,
 * mover and seconder. */
#ifndef MN_ACTIONS_H
#define MN_ACTIONS_H

#include <libxml/tree.h>
#include <stddef.h>

#include "minutes/minutes.h"

enum mn_mark { MN_MARK_NONE, MN_MARK_ACTION, MN_MARK_DECISION };

/* An action's state (action/@status); NONE: the text does not say. */
enum mn_astatus { MN_AST_NONE, MN_AST_OPEN, MN_AST_DONE, MN_AST_CARRIED };

/* A decision's kind (decision/@kind); NONE: not known. */
enum mn_dkind { MN_DKIND_NONE, MN_DKIND_RESOLUTION, MN_DKIND_MOTION, MN_DKIND_CONSENSUS, MN_DKIND_APPROVAL };

enum { MN_OWNER_MAX = 160, MN_REF_MAX = 24 };

/* What the start of a line says it is. */
typedef struct mn_lead {
    enum mn_mark mark;
    size_t len;               /* bytes of the marker: the text is read after it */
    size_t strip;             /* bytes taken off the text: an arrow, which no word of it is */
    int keyword;              /* a written key ("ACTION:", "RESOLVED"), not an arrow or box */
    enum mn_astatus status;    /* a task box: "[ ]" open, "[x]" done */
    enum mn_dkind kind;        /* a decision key's kind */
    char owner[MN_OWNER_MAX]; /* named by the marker: "ACTION (Ana):", "ACTION on Ana to" */
    char ref[MN_REF_MAX];     /* the action's number: "ACTION 12:", "Action #3:" */
} mn_lead;

/* ---- marks.c ------------------------------------------------------------------ */

/* The marker at the start of TEXT (folded inline text): an arrow, a task
 * box, an action or decision key, "@handle:".  Returns its mark. */
enum mn_mark mn_lead_read(const char *text, mn_lead *lead);
/* Where a trailing owner marker starts in TEXT ("… by Friday. Action: Ana",
 * "… **Action: Geoff**"): its offset, the owner copied to OWNER; or -1. */
long mn_trailing_owner(const char *text, char *owner, size_t size);

/* ---- action_tail.c ------------------------------------------------------------- */

/* Paragraphs of discussion that end with a bold action line ("… agreed.
 * **Action – Ana to book it.**"): the line becomes a paragraph of its own
 * after them, in PARENT and the sections below it. */
void mn_action_tails(xmlNodePtr parent);

/* ---- owners.c ----------------------------------------------------------------- */

/* Who must act, from the text of an action (its marker gone): the subject
 * before an owner verb, "to", a colon or a dash; "@handle …"; a trailing
 * "(Name)".  STRONG: the line had a written action key, so a single
 * lower-case nickname before "to" counts ("ACTION: rafael to write …").
 * Returns a malloc'd owner, or NULL when none reads as one. */
char *mn_owner_of(const char *text, int strong);
/* The role that is the subject of TEXT ("Le Secrétariat établira …"), or
 * NULL (owners.c; malloc'd). */
char *mn_role_subject(const char *text);
/* Who a lead of the lexicon's owner-leads names ("The committee asked
 * Sanjay to …", "Il est demandé au secrétariat de …"), or NULL (owners.c;
 * malloc'd). */
char *mn_lead_owner(const char *text);
/* Whether S (LEN bytes) reads as who may own an action: names, initials,
 * handles, roles ("the Secretariat", "Chairs", "all members"). */
int mn_owner_names(const char *s, size_t len, int strong);
/* Whether S reads as the title of an office, alone as an owner ("Director
 * of Library Services", "Heads of Department", "Pro-Vice-Chancellor
 * (Education)"): at most six capitalised words, lexicon office-links
 * between them. */
int mn_office_title(const char *s);
/* OWNER written the canonical way in place: "+" and "/" between owners
 * become ", ", a trailing full stop goes. */
void mn_owner_tidy(char *owner);

/* ---- status.c ----------------------------------------------------------------- */

/* The status a cell of a Status column gives ("Done", "Ongoing – carried",
 * "Open"), or NONE. */
enum mn_astatus mn_status_cell(const char *text);
/* The status the end of an action's text gives ("… — done", "(ongoing)",
 * "Status: Completed", "… - not done, carried."), or NONE. */
enum mn_astatus mn_status_tail(const char *text);
const char *mn_status_name(enum mn_astatus s);

/* ---- the tree ----------------------------------------------------------------- */

/* Makes EL (a p, item or cell) an action or a decision (NAME): a paragraph
 * is renamed, an item or cell keeps its place and its inline content moves
 * into a new element.  Returns the action or decision, or NULL. */
xmlNodePtr mn_act_make(xmlNodePtr el, const char *name);
/* Sets the attributes of a new action. */
void mn_act_set(xmlNodePtr action, const char *owner, enum mn_astatus status, const char *ref);

/* Whether the nearest section around EL has a heading over actions
 * ("Action items", "Follow-up items", "Matters arising"). */
int mn_in_action_section(const xmlNode *el);

/* ---- registers.c -------------------------------------------------------------- */

/* Action registers and decision lists: tables whose header row names their
 * columns (Action / Owner / Due / Status, Decision).  Each row becomes an
 * action or a decision in its first cell of that column.  Returns the
 * number of tables read. */
size_t mn_registers(xmlNodePtr body, mn_job *job);
/* Whether el is inside a register (the pass leaves its cells alone). */
int mn_in_register(const xmlNode *el);
/* Takes the registers' marks off the tables below n, once the pass is done. */
void mn_registers_done(xmlNodePtr n);

/* ---- decisions.c -------------------------------------------------------------- */

/* Whether folded TEXT records a decision in prose ("The minutes were
 * approved", "It was agreed that …", "Jo moved … seconded … Carried 5-0");
 * its kind in *kind.  CONCLUSION: the block is an item of a conclusion
 * section, where an outcome may be written without a verb. */
int mn_decision_prose(const char *text, int conclusion, enum mn_dkind *kind);
/* Whether TEXT, written where decisions are listed, says that none was
 * taken: its first sentence is a question or holds a blocker ("None yet;
 * to be revisited", "No decision was taken"). */
int mn_no_decision(const char *text);
/* Whether TEXT gives the result of the resolution before it: names it
 * ("Special Order 7A … was approved by Unanimous Vote", "The resolution was
 * approved 5-1") or is an outcome with neither subject nor object
 * ("Approved by a vote of 6-1", "Carried."). */
int mn_resolution_result(const char *text);
/* Joins each run of resolution paragraphs (RESOLVED, FURTHER RESOLVED) and
 * the line after it that gives their result into one decision (resolutions.c). */
void mn_join_resolutions(xmlNodePtr n);
/* Whether TEXT only states the result of the motion before it ("The motion
 * was CARRIED.", "For 6, Against 2. Carried."). */
int mn_result_only(const char *text);

/* ---- turns.c ------------------------------------------------------------------ */

/* The speaker label that opens TEXT ("RMA: …", "Laila Haddad (LHD): …"):
 * the name copied to NAME (SIZE bytes), the bytes up to the colon
 * returned; 0 when TEXT opens with none. */
size_t mn_turn_label(const char *text, char *name, size_t size);
/* When the document below BODY is a transcript, its speakers' labels
 * ('\n'-separated, malloc'd); else NULL. */
char *mn_turn_speakers(xmlNodePtr body);
/* Whether TEXT is a turn of the transcript whose SPEAKERS are given (NULL:
 * no transcript). */
int mn_is_turn(const char *speakers, const char *text);

/* ---- votes.c ------------------------------------------------------------------ */

/* Sets a decision's kind, vote, result, mover and seconder from its folded
 * TEXT; HINT is the kind its marker or shape gave (NONE: read the text). */
void mn_decision_describe(xmlNodePtr decision, const char *text, enum mn_dkind hint);
/* The vote written in TEXT ("carried 7–0–1", "For 3, Against 1", "by 9
 * votes to 14, with 5 abstentions") as "7-0-1" into VOTE; 0 when none. */
int mn_vote_of(const char *text, char *vote, size_t size);
/* "Ana/Bo" or "(Ana/Bo)" at s, after "M/S" or "MOTION": mover and seconder
 * copied (SIZE bytes each); 0 when s holds no such pair. */
int mn_pair_at(const char *s, char *mover, char *seconder, size_t size);
/* Whether TEXT says the motion failed (lost, defeated, not carried, fell for
 * want of a seconder, no consensus). */
int mn_result_failed(const char *text);
const char *mn_dkind_name(enum mn_dkind k);

#endif
