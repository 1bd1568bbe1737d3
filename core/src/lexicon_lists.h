/* SPDX-License-Identifier: MIT */
/* lexicon_lists.h — the one table of the word lists the C looks up: for each
 * list, its name in lexicons/LANG.xml, its kind (schemas/lexicon-1.xsd), the
 * values or meanings its entries may carry, and what the passes use it for.
 *
 * Every lexicon must have every list below and no other; a word is added in
 * the lexicon file alone.  A new list is a new row here, a new list in every
 * lexicon, and the C that reads it (tests/lexicon checks that each row is
 * consulted when the samples are converted).
 *
 * X(ID, "name", KIND, LO, HI, "meaning|…", "purpose"): LO..HI bound a
 * numbers list's values; the meanings are the ones a meanings list may use
 * (NULL: any token, for values the output carries as they are), and LO 1
 * for a meanings list says that each of them must have a word. */
#ifndef MN_LEXICON_LISTS_H
#define MN_LEXICON_LISTS_H

#define MN_LEXICON_TEMPORAL(X)                                                                    \
    /* temporal_words.c, temporal_parse.c, temporal_time.c, temporal_scan.c: words of dates */     \
    X(DEICTIC_WORDS, "deictic-words", MN_LX_NUMBERS, -7, 7, NULL,                                 \
      "words that name a day from the reference day (\"tomorrow\"); value: days after it")         \
    X(DAY_SHIFTS, "day-shifts", MN_LX_NUMBERS, -1, 1, NULL,                                       \
      "\"after\"/\"before\" in \"the day after tomorrow\"; value: the day it adds")                 \
    X(DIRECTIONS, "directions", MN_LX_NUMBERS, -1, 1, NULL,                                       \
      "words that move a weekday or period (\"next Monday\", \"this month\"); value: +1, -1 or 0; " \
      "after: the article some need (\"the coming week\")")                                      \
    X(LATER_WORDS, "later-words", MN_LX_NUMBERS, -1, 1, NULL,                                     \
      "\"later\"/\"earlier\" before \"this week|month|year\"; value: +1 or -1")                     \
    X(UNITS, "units", MN_LX_MEANINGS, 1, 0, "day|week|month|year",                                \
      "names of a period (\"next week\", \"in 3 days\", \"the year 2026\"); means: the period")    \
    X(UNIT_PLURALS, "unit-plurals", MN_LX_MEANINGS, 0, 0, "day|week|month",                       \
      "plural names of a period after a count (\"in 3 days\"); means: the period")                \
    X(DAY_PERIODS, "day-periods", MN_LX_NUMBERS, 1, 366, NULL,                                    \
      "nouns of a span of days after \"a\" (\"in a fortnight\"); value: the days")                  \
    X(IN_WORDS, "in-words", MN_LX_MEANINGS, 1, 0, "in|within",                                    \
      "words before a count of days, weeks or months (\"in two weeks\"); means within: a deadline") \
    X(SHORT_DATE_LEADS, "short-date-leads", MN_LX_WORDS, 0, 0, NULL,                              \
      "words before a day/month with no year (\"on 2/22\", \"starting 22/2\")")                 \
    X(FROM_WORDS, "from-words", MN_LX_WORDS, 0, 0, NULL,                                          \
      "\"from\" in \"two weeks from now\"")                                                         \
    X(NOW_WORDS, "now-words", MN_LX_WORDS, 0, 0, NULL,                                            \
      "what \"two weeks from\" counts from (\"now\", \"today\")")                                    \
    X(COUNT_WORDS, "count-words", MN_LX_NUMBERS, 1, 366, NULL,                                    \
      "numbers written as words (\"two weeks\"); value: the number")                               \
    X(INDEFINITE_ARTICLES, "indefinite-articles", MN_LX_WORDS, 0, 0, NULL,                        \
      "\"a\"/\"an\": one (\"in a week\"), or before a count noun (\"a couple of days\")")          \
    X(COUNT_NOUNS, "count-nouns", MN_LX_NUMBERS, 1, 366, NULL,                                    \
      "nouns of a number between an indefinite article and \"of\" (\"a couple of\"); value")       \
    X(ORDINALS, "ordinals", MN_LX_NUMBERS, -1, 5, NULL,                                           \
      "ordinal words of a part of a period (\"first week of\"); value: 1..5, -1 the last")         \
    X(PART_ADJECTIVES, "part-adjectives", MN_LX_MEANINGS, 1, 0, "early|mid|late",                 \
      "words for a part of a period written before it (\"early December\", \"mid-2026\")")        \
    X(PART_NOUNS, "part-nouns", MN_LX_MEANINGS, 1, 0, "mid|begin|end",                            \
      "nouns for a part of a period, before \"of\" or a hyphen (\"end of May\", \"end-May\")")    \
    X(YEAR_FRACTIONS, "year-fractions", MN_LX_MEANINGS, 1, 0, "half|quarter",                     \
      "\"half\"/\"quarter\" in \"second half of 2026\"")                                           \
    X(QUARTER_ABBREVIATIONS, "quarter-abbreviations", MN_LX_WORDS, 0, 0, NULL,                    \
      "the letter of a quarter written in capitals before its number (\"Q1 2026\")")               \
    X(WEEKEND_WORDS, "weekend-words", MN_LX_WORDS, 0, 0, NULL,                                    \
      "\"weekend\" after a direction (\"this weekend\")")                                           \
    X(CLOCK_WORDS, "clock-words", MN_LX_NUMBERS, 0, 1439, NULL,                                   \
      "words for a time of day (\"noon\", \"midnight\"); value: minutes after midnight")          \
    X(HOURS_WORDS, "hours-words", MN_LX_WORDS, 0, 0, NULL,                                        \
      "words after a time that make it one (\"14:00 hrs\", \"1400 hours\")")                       \
    X(HOUR_LETTERS, "hour-letters", MN_LX_WORDS, 0, 0, NULL,                                      \
      "the letter between hours and minutes or glued after the hour (\"14h30\", \"14h\")")         \
    X(BETWEEN_WORDS, "between-words", MN_LX_WORDS, 0, 0, NULL,                                    \
      "\"between\" before a range whose ends \"and\" joins (\"between 10:00 and 11:00\")")        \
    X(OR_WORDS, "or-words", MN_LX_WORDS, 0, 0, NULL,                                              \
      "\"or\" before a time that continues a dated one (\"at 10:00 or 14:00\")")                   \
    X(TIME_LEADS, "time-leads", MN_LX_WORDS, 0, 0, NULL,                                          \
      "words between a date and its time (\"1 December at 14:00\")")                               \
    X(SAME_TIME_PHRASES, "same-time-phrases", MN_LX_WORDS, 0, 0, NULL,                            \
      "phrases after a date that give it the meeting's own hours (\"4 February, same time\")")     \
    X(DATE_LEADS, "date-leads", MN_LX_WORDS, 0, 0, NULL,                                          \
      "words between a time and its date (\"14:00 on 1 December\")")                               \
    X(PERIOD_PREPOSITIONS, "period-prepositions", MN_LX_WORDS, 0, 0, NULL,                        \
      "prepositions that make a bare month a date (\"in March\", \"by June\")")                    \
    X(YEAR_PREPOSITIONS, "year-prepositions", MN_LX_WORDS, 0, 0, NULL,                            \
      "prepositions that make a bare year a date (\"in 2026\"; not \"IGF 2025\")")                 \
    /* temporal_context.c: sentences, tense, deadlines */                                         \
    X(ABBREVIATIONS, "abbreviations", MN_LX_WORDS, 0, 0, NULL,                                    \
      "lower-case abbreviations whose full stop ends no sentence (\"Dr.\", \"e.g.\"), with the "   \
      "months' abbreviations")                                                                    \
    X(TENSE_CUES, "tense-cues", MN_LX_MEANINGS, 0, 0, "past|future|present",                      \
      "words whose tense dates a year-less date (\"was\", \"will\"); the nearest decides; after: " \
      "a cue that holds only after a word (\"be held\" is future)")                               \
    X(DEADLINE_WORDS, "deadline-words", MN_LX_WORDS, 0, 0, NULL,                                  \
      "words right before a date that make it a deadline (\"by\", \"until\")")                     \
    X(DEADLINE_PHRASES, "deadline-phrases", MN_LX_WORDS, 0, 0, NULL,                              \
      "phrases right before a date that make it a deadline (\"no later than\")")                   \
    X(DEADLINE_CLOSERS, "deadline-closers", MN_LX_WORDS, 0, 0, NULL,                              \
      "words that make a deadline right before the date (\"closes 17 May\", \"ends on\", "      \
      "\"the deadline is\")")       \
    X(DEADLINE_LINKS, "deadline-links", MN_LX_WORDS, 0, 0, NULL,                                  \
      "link words between a deadline-closer and the date (\"on\", \"is\")")                       \
    X(DEADLINE_NOUNS, "deadline-nouns", MN_LX_WORDS, 0, 0, NULL,                                  \
      "nouns within four words before a date that make it a deadline (\"the deadline was "        \
      "extended to …\")")                                                                         \
    /* temporal_summary.c: an event's summary */                                                  \
    X(OCCASIONS, "occasions", MN_LX_WORDS, 0, 0, NULL,                                            \
      "nouns that name an occasion (\"webinar\", \"office hours\" as hours after office): the "    \
      "head of an event's summary")                                                               \
    X(SUMMARY_STOPS, "summary-stops", MN_LX_WORDS, 0, 0, NULL,                                    \
      "words an occasion's noun phrase does not extend over (\"the\", \"will\")")                  \
    X(MODIFIER_SIDE, "modifier-side", MN_LX_NUMBERS, -1, 1, NULL,                                 \
      "one entry: which side of a noun its modifiers stand (-1 before: \"annual meeting\"; 1 "   \
      "after: \"réunion annuelle\"), for an occasion's noun phrase")                              \
    X(CATCHALL_HEADINGS, "catch-all-headings", MN_LX_WORDS, 0, 0, NULL,                          \
      "section headings that name no topic (\"Any other business\", \"Decisions\"): no title "    \
      "for the dated sentences under them")                                                       \
    X(COMPLEMENTS, "complements", MN_LX_WORDS, 0, 0, NULL,                                        \
      "words that open an occasion's complement (\"workshop on …\", \"meeting with …\")")        \
    X(SUBJECT_LINKS, "subject-links", MN_LX_WORDS, 0, 0, NULL,                                    \
      "lower-case words an acting body's name may hold (\"The BPF on Cybersecurity\")")           \
    X(ASKING_WORDS, "asking-words", MN_LX_WORDS, 0, 0, NULL,                                      \
      "words after which a deadline's task starts (\"asked to\", \"due to\")")                     \
    X(INFINITIVE_MARKERS, "infinitive-markers", MN_LX_WORDS, 0, 0, NULL,                          \
      "\"to\" before a task (\"asked to submit\", \"K. Novak to draft\")")                         \
    X(SUMMARY_MARKERS, "summary-markers", MN_LX_WORDS, 0, 0, NULL,                                \
      "words of a deadline's marker, left out of its summary (\"by\", \"no later than\")")        \
    X(SUMMARY_TRAILING, "summary-trailing", MN_LX_WORDS, 0, 0, NULL,                              \
      "verbs left off the end of a deadline's summary (\"Submissions are due\")")                 \
    X(SUMMARY_PREPOSITIONS, "summary-prepositions", MN_LX_WORDS, 0, 0, NULL,                      \
      "prepositions left off before the date in a summary made of its sentence")                  \
    X(DEADLINE_OBJECT_LINKS, "deadline-object-links", MN_LX_WORDS, 0, 0, NULL,                    \
      "words left out after \"the deadline\" (\"the deadline for submissions\")")                 \
    X(COMMON_WORDS, "common-words", MN_LX_WORDS, 0, 0, NULL,                                      \
      "words of four letters or more that say nothing of an occasion, so two summaries that "     \
      "share only them are not one occasion")                                                     \
    X(SUMMARY_DEFAULTS, "summary-defaults", MN_LX_MEANINGS, 1, 0, "event|deadline",               \
      "the summary of an event or deadline whose sentence gives none")                           \
    /* event_rules.c: dates that are no calendar entry */                                        \
    X(CANCEL_WORDS, "cancel-words", MN_LX_MEANINGS, 1, 0, "called-off|none",                      \
      "words that call an occasion off (\"cancelled\"; means none: \"no\" before an occasion, "   \
      "\"No call on 26 December\")")                                                              \
    /* event_table.c: action registers kept as tables */                                          \
    X(DUE_HEADERS, "due-headers", MN_LX_WORDS, 0, 0, NULL,                                        \
      "column headers whose dates are the row's deadline (\"Due\", \"By\", \"Target date\")")        \
    X(WHEN_HEADERS, "when-headers", MN_LX_WORDS, 0, 0, NULL,                                      \
      "column headers whose dates are a deadline when the table has an owner column (\"When\")")   \
    X(OWNER_HEADERS, "owner-headers", MN_LX_WORDS, 0, 0, NULL,                                    \
      "column headers of who acts (\"Owner\", \"Who\"): a task's table, never its name")          \
    /* event_place.c: an entry's place */                                                         \
    X(EVENT_PLACE_LEADS, "event-place-leads", MN_LX_WORDS, 0, 0, NULL,                            \
      "words before an entry's place (\"in\", \"at\"); \"on\" names a topic more often")     \
    X(PLACE_LEAD_BLOCKERS, "place-lead-blockers", MN_LX_WORDS, 0, 0, NULL,                        \
      "words before \"in\"/\"at\" that make no place of what follows (\"take part in\")")    \
    /* event_recur.c: how an entry goes on */                                                     \
    X(EVERY_WORDS, "every-words", MN_LX_WORDS, 0, 0, NULL,                                        \
      "words before a recurring day or period (\"every Thursday\", \"each month\")")          \
    X(ALTERNATE_WORDS, "alternate-words", MN_LX_WORDS, 0, 0, NULL,                                \
      "words after every that skip one (\"every other Thursday\")")                           \
    X(PROPOSAL_WORDS, "proposal-words", MN_LX_MEANINGS, 1, 0, "proposal|set-aside",              \
      "a proposal and what leaves it untaken (\"suggested\" … \"deferred\"): a date only "        \
      "proposed is no entry; means: which of the two")                                           \
    X(RECORD_DATE_WORDS, "record-date-words", MN_LX_WORDS, 0, 0, NULL,                            \
      "words right before a date (\"on\" between them) that make it the date of a document or "   \
      "a payment, no occasion (\"the report dated 3 May\", \"paid on 1 May\")")                   \
    X(CONDITION_WORDS, "condition-words", MN_LX_WORDS, 0, 0, NULL,                                \
      "words opening a speaker's sentence that supposes; its dates are no schedule (\"if "       \
      "the answers come back …\")")                                                              \
    X(CLOCK_CHANGE_PHRASES, "clock-change-phrases", MN_LX_WORDS, 0, 0, NULL,                      \
      "phrases of a change of the clocks; a date in their sentence is no occasion "               \
      "(\"daylight saving time starts on 8 March\")")                                             \
    X(WEEKDAY_LEADS, "weekday-leads", MN_LX_WORDS, 0, 0, NULL,                                    \
      "words before a lone weekday that make it a day (\"on Tuesday\", \"by Friday\")")          \
    X(DAY_PARTS, "day-parts", MN_LX_WORDS, 0, 0, NULL,                                            \
      "parts of a day; in the plural after a weekday they name each week (\"Saturday "            \
      "mornings\")")                                                                              \
    X(RECURRENCE_WORDS, "recurrence-words", MN_LX_MEANINGS, 1, 0, "weekly|fortnightly",          \
      "adverbs of a meeting's rhythm (\"weekly\", \"bi-weekly\"); means: the rhythm")            \
    X(PLACE_NOUNS, "place-nouns", MN_LX_WORDS, 0, 0, NULL,                                        \
      "nouns that end a place written in lower case (\"in the school library\")")                  \
    X(NOT_PLACES, "not-places", MN_LX_WORDS, 0, 0, NULL,                                          \
      "capitalised words after \"in\"/\"at\" that name no place (\"in English\", \"at Stage 2\")")  \
    X(PLACE_NAME_LINKS, "place-name-links", MN_LX_WORDS, 0, 0, NULL,                              \
      "lower-case words inside a place's name (\"Bank of England\", \"Palais des Nations\")")     \
    X(SAME_PLACE_PHRASES, "same-place-phrases", MN_LX_WORDS, 0, 0, NULL,                          \
      "phrases that put an occasion where the meeting was (\"same place\")")

#define MN_LEXICON_LISTS(X)                                                                       \
    /* language.c */                                                                              \
    X(FUNCTION_WORDS, "function-words", MN_LX_WORDS, 0, 0, NULL,                                  \
      "short words frequent in any text of the language and rare in the others (\"the\", \"und\"): " \
      "a document undeclared is in the language whose words it holds most")                      \
    /* actions.c, marks.c, owners.c, status.c, registers.c */                                   \
    X(ACTION_ARROWS, "action-arrows", MN_LX_WORDS, 0, 0, NULL,                                    \
      "symbols that open an action line (\"-> K. Novak to …\")")                                  \
    X(ACTION_MARKERS, "action-markers", MN_LX_WORDS, 0, 0, NULL,                                  \
      "keys of action lines (\"ACTION:\", \"Action item (K. Novak):\", \"Action 3:\"), longest "  \
      "first")                                                                                    \
    X(DECISION_MARKERS, "decision-markers", MN_LX_MEANINGS, 1, 0, "resolution|consensus",         \
      "keys of decision lines (\"DECISION:\", \"RESOLVED that\"), longest first; means: the "     \
      "decision's kind")                                                                          \
    X(ACTION_OWNER_LINKS, "action-owner-links", MN_LX_WORDS, 0, 0, NULL,                          \
      "the word between an action key and its owner (\"ACTION on Ana to …\")")                     \
    X(DECISION_JOINS, "decision-joins", MN_LX_MEANINGS, 1, 0, "resolution|any",                   \
      "words after a decision key that open its sentence (\"RESOLVED that\", \"Consensus on\"); "  \
      "means resolution: only after a resolution's key")                                          \
    X(TASK_BOXES, "task-boxes", MN_LX_MEANINGS, 1, 0, "open|done",                                \
      "task boxes that open an action (\"[ ]\", \"[x]\", \"☒\"); means: its status")              \
    X(ACTION_HEADINGS, "action-headings", MN_LX_WORDS, 0, 0, NULL,                                \
      "headings over a list of actions (\"Action items\", \"Next steps\")")                        \
    X(ACTION_HEADING_WORDS, "action-heading-words", MN_LX_MEANINGS, 1, 0, "carried|plain",        \
      "words around an action heading's phrase (\"Review of outstanding …\"); means carried: "     \
      "the list is of earlier meetings' actions")                                                 \
    X(DECISION_HEADINGS, "decision-headings", MN_LX_MEANINGS, 1, 0, "decisions|conclusion",       \
      "headings over decisions (\"Decisions\", \"Resolutions\"); means conclusion: a "              \
      "transcript's per-topic conclusion, whose items decide only when they say so")              \
    X(DECISION_OUTCOMES, "decision-outcomes", MN_LX_WORDS, 0, 0, NULL,                            \
      "what an item of a conclusion opens with when it records an outcome (\"Consensus on …\", "   \
      "\"Stage 1 for …\")")                                                                         \
    X(STATUS_WORDS, "status-words", MN_LX_MEANINGS, 1, 0, "open|done|carried",                   \
      "an action's state at its end or in a Status column (\"done\", \"ongoing\"), first match "  \
      "wins; means: action/@status")                                                              \
    X(REGISTER_COLUMNS, "register-columns", MN_LX_MEANINGS, 1, 0,                                 \
      "action|owner|due|status|ref|decision|text|other|task",                                     \
      "column headers of action registers and decision lists (\"Owner\", \"Due date\"); means: "  \
      "what the column holds (other: a known column no property is read from; task: the action "  \
      "only beside an owner and a due column, as \"Who | What | By when\")")                       \
    X(OWNER_NOUNS, "owner-nouns", MN_LX_WORDS, 0, 0, NULL,                                        \
      "lower-case words that may own an action alone (\"editors to merge …\")")                   \
    X(OWNER_ROLES, "owner-roles", MN_LX_WORDS, 0, 0, NULL,                                        \
      "roles that own an unmarked \"X to …\" line (\"Clerk to write to …\")")                      \
    X(DECISION_CONDITIONS, "decision-conditions", MN_LX_WORDS, 0, 0, NULL,                        \
      "words that make an approval a condition, not a decision (\"a draft until approved\", "    \
      "\"once the budget is confirmed\")")                                                        \
    X(ATTENDANCE_SUBJECTS, "attendance-subjects", MN_LX_WORDS, 0, 0, NULL,                        \
      "what attendance accepts or confirms, no decision (\"Apologies were accepted\", \"a "      \
      "quorum was confirmed\")")                                                                   \
    X(MEETING_DUE_LINKS, "meeting-due-links", MN_LX_WORDS, 0, 0, NULL,                            \
      "words besides the deadline words that tie a task to the meeting it is due at (\"for the "  \
      "next call\", \"at the January meeting\")")                                                 \
    X(PENDING_PARTICIPLES, "pending-participles", MN_LX_WORDS, 0, 0, NULL,                        \
      "participles after \"to be\" that leave a point pending, no task (\"the date is still to "  \
      "be confirmed\")")                                                                           \
    X(FUTURE_AUXILIARIES, "future-auxiliaries", MN_LX_WORDS, 0, 0, NULL,                          \
      "words before \"be\" and an approval's participle that put it still to come (\"to be "     \
      "confirmed\", \"will be approved\")")                                                       \
    X(OFFICE_LINKS, "office-links", MN_LX_WORDS, 0, 0, NULL,                                      \
      "lower-case words inside an office's title that owns an action (\"Director of Library "     \
      "Services\", \"Officer for Planning\")")                                                      \
    X(OPTIONAL_VERBS, "optional-verbs", MN_LX_WORDS, 0, 0, NULL,                                  \
      "modals of an option (\"members can register …\"): a day in the action is no due date")      \
    X(OWNER_VERBS, "owner-verbs", MN_LX_WORDS, 0, 0, NULL,                                        \
      "what follows who must act (\"were asked to\", \"will\"): the subject before it owns the "  \
      "action")                                                                                   \
    X(OWNER_LEADS, "owner-leads", MN_LX_MEANINGS, 0, 0, "to|de|que",                              \
      "words before who must act, who is then followed by the link the meaning names (\"the "    \
      "committee asked Sanjay to …\", \"il est demandé au secrétariat de …\")")                 \
    X(OWNER_LINKS, "owner-links", MN_LX_WORDS, 0, 0, NULL,                                        \
      "bare links (\"to\") after which the subject must read as names to own the action")         \
    X(OWNER_QUANTIFIERS, "owner-quantifiers", MN_LX_WORDS, 0, 0, NULL,                            \
      "words a lower-case owner may start with (\"all members will …\")")                          \
    X(NAME_GLUE, "name-glue", MN_LX_WORDS, 0, 0, NULL,                                            \
      "lower-case words a list of owners may hold (\"and\", \"van\", \"members\")")                 \
    X(ARTICLES, "articles", MN_LX_WORDS, 0, 0, NULL,                                              \
      "definite articles: skipped before an owner (\"The Secretariat will\") and a date "          \
      "(\"the 3rd of May\")")                                                                     \
    X(SEQUENCE_LEADS, "sequence-leads", MN_LX_WORDS, 0, 0, NULL,                                  \
      "words before a second occasion on the same day, timed later in the sentence "           \
      "(\"at 7pm, followed by the Annual Meeting at 7.45pm\")")                                \
    X(AND_WORDS, "and-words", MN_LX_WORDS, 0, 0, NULL,                                            \
      "\"and\" between two names (\"A, B and C\") and two ends of a range (\"between 10 and 11\")")  \
    /* decisions.c, votes.c */                                                                    \
    X(DECISION_BODIES, "decision-bodies", MN_LX_WORDS, 0, 0, NULL,                                \
      "who decides (\"The board agreed\", \"We agreed\")")                                          \
    X(DECISION_VERBS, "decision-verbs", MN_LX_MEANINGS, 1, 0, "consensus|approval|motion|resolution", \
      "what a body does when it decides (\"agreed\", \"approved\"); means: the decision's kind")   \
    X(APPROVAL_PARTICIPLES, "approval-participles", MN_LX_MEANINGS, 1, 0, "any|record",           \
      "participles of a passive decision (\"The minutes were approved\", \"Agenda adopted\"); "    \
      "means record: alone it needs the record as its subject, and records agreement")           \
    X(PASSIVE_AUXILIARIES, "passive-auxiliaries", MN_LX_WORDS, 0, 0, NULL,                        \
      "auxiliaries before an approval participle (\"was\", \"be\")")                                \
    X(APPROVAL_OBJECTS, "approval-objects", MN_LX_WORDS, 0, 0, NULL,                              \
      "what an approval of the record approves (\"minutes\", \"agenda\"): kind approval")          \
    X(DECISION_PHRASES, "decision-phrases", MN_LX_MEANINGS, 1, 0, "consensus|approval|resolution", \
      "phrases that record a decision (\"it was agreed\", \"by general consent\"); means: kind")   \
    X(DECISION_BLOCKERS, "decision-blockers", MN_LX_WORDS, 0, 0, NULL,                            \
      "phrases of a sentence that records no decision (\"no decision\", \"as agreed\")")           \
    X(MOVER_WORDS, "mover-words", MN_LX_MEANINGS, 1, 0, "before|after|pair",                      \
      "who moved a motion (\"Motion by Ana\", \"Ana moved\", \"M/S Ana/Bo\"); means: where the "  \
      "name stands")                                                                              \
    X(SECONDER_WORDS, "seconder-words", MN_LX_MEANINGS, 1, 0, "before|after",                     \
      "who seconded it (\"seconded by Bo\", \"Bo seconded\"); means: where the name stands")      \
    X(RESOLUTION_REFERENCES, "resolution-references", MN_LX_WORDS, 0, 0, NULL,                    \
      "how a result line names the resolution before it (\"Special Order 7A … was approved\", "   \
      "\"The resolution was approved 5-1\")")                                                      \
    X(RESULT_WORDS, "result-words", MN_LX_MEANINGS, 1, 0, "carried|failed",                       \
      "a motion's outcome (\"CARRIED\", \"not carried\", \"lost\"), longest first")               \
    X(VOTE_WORDS, "vote-words", MN_LX_MEANINGS, 1, 0, "for|against|abstain",                      \
      "counts of a vote (\"For 3\", \"1 against\", \"Ayes: …\"); means: the count's meaning")     \
    X(VOTE_LEADS, "vote-leads", MN_LX_WORDS, 0, 0, NULL,                                          \
      "words after which \"7-0-1\" is a vote (\"carried\", \"vote of\")")                          \
    X(VOTE_UNITS, "vote-units", MN_LX_WORDS, 0, 0, NULL,                                          \
      "the words between the counts of \"by 9 votes to 14\"")                                     \
    /* annexes.c */                                                                               \
    X(ANNEX_WORDS, "annex-words", MN_LX_WORDS, 0, 0, NULL,                                        \
      "words that open an annex heading (\"Annex 1: …\", \"Appendix B\"): a section of its own, "   \
      "where front matter ends")                                                                  \
    X(AGENDA_TITLES, "agenda-titles", MN_LX_WORDS, 0, 0, NULL,                                    \
      "whole headings of an agenda section (\"Agenda\", \"Order of business\")")                  \
    X(AGENDA_WORDS, "agenda-words", MN_LX_WORDS, 0, 0, NULL,                                      \
      "words that make an annex heading an agenda (\"Annex 1: Meeting Agenda\")")                 \
    X(PARTICIPANT_TITLES, "participant-titles", MN_LX_WORDS, 0, 0, NULL,                          \
      "whole headings of a participants section (\"Attendance\", \"Members present\")")           \
    X(PARTICIPANT_WORDS, "participant-words", MN_LX_WORDS, 0, 0, NULL,                            \
      "words that make an annex heading a list of participants (\"Annex 2: Participants\")")      \
    X(QUORUM_WORDS, "quorum-words", MN_LX_WORDS, 0, 0, NULL,                                      \
      "words of a line about the quorum (\"Quorum: 7 of 9\", \"The meeting was quorate\")")       \
    X(GROUP_LABELS, "group-labels", MN_LX_WORDS, 0, 0, NULL,                                      \
      "labels over people, as lines, headings or bold labels (\"Present:\", \"Apologies\")")     \
    X(ABSENCE_LEADS, "absence-leads", MN_LX_WORDS, 0, 0, NULL,                                    \
      "a sentence's opening before the names of those who sent apologies, under an attendance "  \
      "heading (\"Apologies were received from\")")                                            \
    X(GROUP_LABEL_TAILS, "group-label-tails", MN_LX_WORDS, 0, 0, NULL,                            \
      "last words that make a longer label one over people (\"Directors Present\")")             \
    X(PERSON_ROLES, "person-roles", MN_LX_MEANINGS, 0, 0,                                         \
      "chair|co-chair|vice-chair|scribe|note taker|secretary|treasurer|facilitator|host|"        \
      "timekeeper|guest|presenter|none",                                                          \
      "role words (\"Chair:\", \"A (Chair)\", \"Minutes taken by:\"); means: the person's role "  \
      "(none: a label of people without one, \"Staff contact:\")")                                \
    X(PAST_ROLE_WORDS, "past-role-words", MN_LX_WORDS, 0, 0, NULL,                                \
      "words that make a role in a group's label not this meeting's (\"Past MAG Chairs\")")       \
    X(PROPERTY_GROUPS, "property-groups", MN_LX_MEANINGS, 1, 0, "chair|scribe|participant|regrets", \
      "labels of the groups made from a reader's chair, scribe, participant and regrets "         \
      "properties; means: the property")                                                          \
    X(NOT_NAMES, "not-names", MN_LX_WORDS, 0, 0, NULL,                                            \
      "values that are no one's name (\"Regrets: none\", \"n/a\")")                                \
    X(PEOPLE_COLUMNS, "people-columns", MN_LX_MEANINGS, 0, 0,                                     \
      "name|family|given|affiliation|country|role|abbreviation|attendance|handle|other",                  \
      "column headers of a table of people (\"Name\", \"Surname\", \"Organization\"); means: "     \
      "what the column holds")                                                                    \
    X(ATTENDANCE_VALUES, "attendance-values", MN_LX_MEANINGS, 1, 0, "present|absent",             \
      "values of an attendance column (\"Yes\", \"No\", \"✓\"); means: present or absent")          \
    X(ATTENDANCE_LABELS, "attendance-labels", MN_LX_MEANINGS, 1, 0, "present|absent",             \
      "labels of the groups made from yes/no attendance values; means: which")                     \
    /* people_name.c */                                                                           \
    X(NAME_TITLES, "name-titles", MN_LX_WORDS, 0, 0, NULL,                                        \
      "honorifics and offices written before a name, not part of it (\"Dr.\", \"Cllr\")")          \
    X(NAME_PLURAL_TITLES, "name-plural-titles", MN_LX_WORDS, 0, 0, NULL,                          \
      "a title in the plural before several names (\"Cllrs A. Ash and B. Bell\")")                \
    X(NAME_PARTICLES, "name-particles", MN_LX_WORDS, 0, 0, NULL,                                  \
      "parts of a person's name that begin the family name, in lower case or not (\"de\" in "     \
      "\"Bram de Groot\", \"El Idrissi\"); speakers.c allows them inside a speaker's name")       \
    X(GIVEN_NAMES, "given-names", MN_LX_WORDS, 0, 0, NULL,                                        \
      "common given names: which cell of a row or word of a name is the given name")              \
    X(AFFILIATION_WORDS, "affiliation-words", MN_LX_WORDS, 0, 0, NULL,                            \
      "what people write beside a name for no organisation (\"independent\"): an affiliation")     \
    X(PERSON_NOTES, "person-notes", MN_LX_WORDS, 0, 0, NULL,                                      \
      "first words of a note beside a name that is no organisation (\"remote\", \"for item 5\")") \
    X(JOB_WORDS, "job-words", MN_LX_WORDS, 0, 0, NULL,                                            \
      "words of a job beside a name (\"Head of Marketing\"): no organisation")                     \
    /* speakers.c, speakers_text.c */                                                             \
    X(SPEAKER_STOPS, "speaker-stops", MN_LX_WORDS, 0, 0, NULL,                                    \
      "words before a colon that never name a speaker (\"Status:\", \"Hum:\", \"On (b):\")")       \
    X(SPEAKER_ROLES, "speaker-roles", MN_LX_WORDS, 0, 0, NULL,                                    \
      "roles that speak in some transcripts (\"Chairs: any objection?\") and label lists in "     \
      "others (\"Chairs: A, B\"): a speaker only when they speak twice")                         \
    X(TASK_HEADINGS, "task-headings", MN_LX_WORDS, 0, 0, NULL,                                    \
      "words of a heading over a list of tasks (\"Action items\"): \"Ana: send it\" there names " \
      "an owner, not a speaker")                                                                  \
    /* sections.c */                                                                              \
    X(SENTENCE_VERBS, "sentence-verbs", MN_LX_WORDS, 0, 0, NULL,                                  \
      "verbs that make a short line a sentence, not a heading (\"Members are …\")")               \
    X(PAST_ENDINGS, "past-endings", MN_LX_WORDS, 0, 0, NULL,                                      \
      "endings of a lower-case past participle (\"discussed\"): a line with one is a sentence")   \
    X(FIELD_KEYS, "field-keys", MN_LX_WORDS, 0, 0, NULL,                                          \
      "keys of field lines other passes read (\"Present:\", \"Date:\"): never headings")         \
    X(CONTENTS_TITLES, "contents-titles", MN_LX_WORDS, 0, 0, NULL,                                \
      "whole headings of a table of contents (\"Contents\"), which leaves the body")              \
    X(MINUTE_REF_WORDS, "minute-ref-words", MN_LX_WORDS, 0, 0, NULL,                              \
      "words before a minute reference (\"Min 12/204\"), taken off the heading with it")         \
    X(HEADING_NUMBER_WORDS, "heading-number-words", MN_LX_WORDS, 0, 0, NULL,                      \
      "words before a heading's number (\"Article 3 -\", \"ARTÍCULO I.\"), taken off with it")  \
    X(HEADING_ORDINALS, "heading-ordinals", MN_LX_NUMBERS, 1, 99, NULL,                           \
      "ordinal words that number an item (\"PRIMERO.- APROBACIÓN DEL ACTA\"); value: the number") \
    /* digest.c */                                                                                \
    X(MEETING_PART_WORDS, "meeting-part-words", MN_LX_MEANINGS, 1, 0, "meeting|other",           \
      "words beside its day in the heading of one meeting of a digest (\"Meeting of 3 March\"); "  \
      "means: meeting for the nouns of a meeting, other for the rest")                            \
    /* frontmatter.c, frontmatter_when.c */                                                       \
    X(MEETING_FIELDS, "meeting-fields", MN_LX_MEANINGS, 1, 0, "when|time|place|title|subtitle",   \
      "keys of the meeting's field lines (\"Date:\", \"Venue:\"); means: the field it gives")     \
    X(MEETING_CLOCK, "meeting-clock", MN_LX_MEANINGS, 1, 0, "start|end",                          \
      "words before the clock time the meeting opened or closed at (\"called the meeting to "     \
      "order\", \"adjourned\"); means: which")                                                   \
    X(MEETING_HELD, "meeting-held", MN_LX_WORDS, 0, 0, NULL,                                      \
      "words after which an opening sentence tells the meeting's date, time and place (\"held "    \
      "on\", \"took place at\")")                                                                \
    X(CLOCK_SUFFIXES, "clock-suffixes", MN_LX_WORDS, 0, 0, NULL,                                  \
      "words after a four-digit 24-hour time in a \"Time:\" field (\"1400 hrs\")")                 \
    X(PLACE_LEADS, "place-leads", MN_LX_WORDS, 0, 0, NULL,                                        \
      "words taken off the start of a place (\"held in Geneva\"), longest first")                 \
    X(PLACE_LEAD_EXCEPTIONS, "place-lead-exceptions", MN_LX_WORDS, 0, 0, NULL,                    \
      "words after which a lead is no place's (\"in person\")")                                    \
    X(PLACE_CONNECTORS, "place-connectors", MN_LX_WORDS, 0, 0, NULL,                              \
      "words a date | time | place line may hold between its parts (\"held on … at …\")")          \
    X(PLACE_VERBS, "place-verbs", MN_LX_WORDS, 0, 0, NULL,                                        \
      "verbs that make a part of a date line a sentence, not a place (\"was held\")")             \
    X(PLACE_TRAILING, "place-trailing", MN_LX_WORDS, 0, 0, NULL,                                  \
      "words a place does not end with (\"Meeting of the\")")                                     \
    X(ONLINE_WORDS, "online-words", MN_LX_WORDS, 0, 0, NULL,                                      \
      "words of a place that make the meeting online (\"Zoom\", \"virtual\"); beside a name, "    \
      "how the person joined, no organisation")                                                   \
    X(HYBRID_WORDS, "hybrid-words", MN_LX_WORDS, 0, 0, NULL,                                      \
      "words of a place that make the meeting hybrid")                                            \
    X(LOCATION_NEUTRAL_WORDS, "location-neutral-words", MN_LX_WORDS, 0, 0, NULL,                  \
      "words of a place that say nothing of where (\"via\", \"meeting\"); any other word is a "    \
      "physical place")                                                                           \
    X(ORGANISATION_WORDS, "organisation-words", MN_LX_WORDS, 0, 0, NULL,                          \
      "words that make a title block's first line an organisation's name (\"Foundation\", "        \
      "\"Ltd\", \"Council\") when the meeting's title follows it")                                 \
    X(DOCUMENT_WORDS, "document-words", MN_LX_WORDS, 0, 0, NULL,                                  \
      "words that make a line the document's own title, never an organisation's name "            \
      "(\"Minutes\", \"Meeting\", \"Agenda\")")                                                  \
    X(ZONE_STATEMENTS, "zone-statements", MN_LX_WORDS, 0, 0, NULL,                                \
      "words after which a sentence gives the zone of every time in the minutes (\"Times are\", "   \
      "\"All times in\"), longest first")                                                            \
    X(HOST_STATEMENTS, "host-statements", MN_LX_WORDS, 0, 0, NULL,                                \
      "words that open a sentence naming the meeting's host and its city as the place "            \
      "(\"Hosted by\", \"Host:\"), longest first")                                                 \
    X(CLOCK_LEADS_BEFORE, "clock-leads-before", MN_LX_WORDS, 0, 0, NULL,                          \
      "words that open a sentence or clause with the time its meeting-clock words tell "          \
      "(\"Al ser las\" 20:05 horas, … levanta la sesión)")                                        \
    X(LOCAL_TIME_LEADS, "local-time-leads", MN_LX_WORDS, 0, 0, NULL,                              \
      "words before a place whose clock a time is in (\"hora de\" Argentina, \"heure de\" "          \
      "Paris), beside its UTC offset; longest first")                                              \
    X(TITLE_BLOCK_HEADINGS, "title-block-headings", MN_LX_WORDS, 0, 0, NULL,                      \
      "headings right under the title whose sections still belong to the title block "          \
      "(\"Links\", \"Joining details\"), besides the meeting-fields (\"Date/Time\")")             \
    X(REMOTE_ATTENDANCE, "remote-attendance", MN_LX_WORDS, 0, 0, NULL,                            \
      "words that say some joined from afar (\"with a video bridge\", \"joined remotely\"): a "      \
      "meeting at a physical place is then hybrid")                                               \
    X(LETTERHEAD_WORDS, "letterhead-words", MN_LX_WORDS, 0, 0, NULL,                              \
      "words that make a leading line a letterhead's contact line (\"Tel\", \"Email\", "           \
      "\"Registered charity\"): never the title")                                                 \
    X(MONTHS, "months", MN_LX_NUMBERS, 1, 12, NULL,                                               \
      "month names and abbreviations; value: the month")                                          \
    X(WEEKDAYS, "weekdays", MN_LX_NUMBERS, 1, 7, NULL,                                            \
      "weekday names and abbreviations; value: 1 Monday … 7 Sunday")                              \
    X(ORDINAL_SUFFIXES, "ordinal-suffixes", MN_LX_WORDS, 0, 0, NULL,                              \
      "what follows a day's number (\"18th\", \"1st\")")                                           \
    X(OF_WORDS, "of-words", MN_LX_WORDS, 0, 0, NULL,                                              \
      "\"of\" between a day and its month (\"18th of November\"), a part and its period")          \
    X(RANGE_WORDS, "range-words", MN_LX_WORDS, 0, 0, NULL,                                        \
      "words joining the two ends of a range (\"15 to 17 December\", \"10:00 until 12:00\")")      \
    X(MERIDIEM, "meridiem", MN_LX_MEANINGS, 1, 0, "am|pm",                                        \
      "the marks of a 12-hour clock (\"3 pm\", \"10 a.m.\"); means: am or pm")                     \
    /* tz_zone.c, frontmatter_when.c */                                                           \
    X(ZONE_ABBREVIATIONS, "zone-abbreviations", MN_LX_ZONES, 0, 0, NULL,                          \
      "time zone abbreviations, written in capitals (\"CET\", \"ET\"): a fixed offset, or a "      \
      "zone whose offset on the day comes from the tz database")                                  \
    X(ZONE_PHRASES, "zone-phrases", MN_LX_ZONES, 0, 0, NULL,                                      \
      "time zone phrases, lower case (\"central european time\", \"geneva time\")")               \
    X(UTC_NAMES, "utc-names", MN_LX_WORDS, 0, 0, NULL,                                            \
      "names of UTC that an offset may follow (\"UTC+2\", \"GMT-05:00\")")                          \
    X(MEETING_ZONES, "meeting-zones", MN_LX_WORDS, 0, 0, NULL,                                    \
      "the zone abbreviations a meeting's time line may end with (\"Time: 10:00 CET\"); each "     \
      "is one of zone-abbreviations")                                                            \
    /* core/src/words.c (minutes/words.h): what the writers print */                             \
    X(OUTPUT_LABELS, "output-labels", MN_LX_MEANINGS, 1, 0,                                       \
      "contents|agenda|participants|actions|upcoming|action|decision|decisions|note|owner|due|"    \
      "status|open|done|carried|date|when|what|where|section|see|deadline|event|type|outcome|"     \
      "passed|failed|tentative|presenter|vote|moved|seconded|source|meetings|minutes|next-dates|"  \
      "open-actions|action-register|meeting-minutes|page-of|date-format|date-weekday-format|"      \
      "time-format|first-day|colon|approximate-date|as-written",                                  \
      "the PDF and HTML writers' fixed words in the document's language (\"Ordre du jour\") and "  \
      "the patterns of a written date and time, a label's colon; means: the label's key")                        \
    MN_LEXICON_TEMPORAL(X)

/* The temporal pass's lists come in MN_LEXICON_TEMPORAL (below), to keep
 * this file's table readable: both are read as one. */

/* Lists whose every word must be a word of another: X(SUBSET, SUPERSET).
 * meeting-zones leaves out the generic US names (ET, PT, …) until the
 * front matter can read a line with two zones ("10:00 PT / 13:00 ET"):
 * read alone, such a zone costs the whole line. */
#define MN_LEXICON_SUBSETS(X) X(MEETING_ZONES, ZONE_ABBREVIATIONS)

#endif
