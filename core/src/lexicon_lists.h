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

#define MN_LEXICON_LISTS(X)                                                                       \
    /* actions.c */                                                                               \
    X(ACTION_ARROWS, "action-arrows", MN_LX_WORDS, 0, 0, NULL,                                    \
      "symbols that open an action line (\"-> K. Novak to …\")")                                  \
    X(ACTION_MARKERS, "action-markers", MN_LX_WORDS, 0, 0, NULL,                                  \
      "keys of action lines (\"ACTION:\", \"Action item (K. Novak):\"), longest first")            \
    X(DECISION_MARKERS, "decision-markers", MN_LX_WORDS, 0, 0, NULL,                              \
      "keys of decision lines (\"DECISION:\", \"Agreed:\"), longest first")                        \
    X(OWNER_VERBS, "owner-verbs", MN_LX_WORDS, 0, 0, NULL,                                        \
      "what follows who must act (\"were asked to\", \"will\"): the subject before it owns the "  \
      "action")                                                                                   \
    X(OWNER_LINKS, "owner-links", MN_LX_WORDS, 0, 0, NULL,                                        \
      "bare links (\"to\") after which the subject must read as names to own the action")         \
    X(NAME_GLUE, "name-glue", MN_LX_WORDS, 0, 0, NULL,                                            \
      "lower-case words a list of owners may hold (\"and\", \"van\", \"members\")")                 \
    X(ARTICLES, "articles", MN_LX_WORDS, 0, 0, NULL,                                              \
      "definite articles: skipped before an owner (\"The Secretariat will\") and a date "          \
      "(\"the 3rd of May\")")                                                                     \
    X(AND_WORDS, "and-words", MN_LX_WORDS, 0, 0, NULL,                                            \
      "\"and\" between two names (\"A, B and C\") and two ends of a range (\"between 10 and 11\")")  \
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
    X(GROUP_LABELS, "group-labels", MN_LX_WORDS, 0, 0, NULL,                                      \
      "keys of lines that list people anywhere (\"Present:\", \"Apologies:\", \"Regrets:\")")     \
    X(PERSON_ROLES, "person-roles", MN_LX_MEANINGS, 0, 0, NULL,                                   \
      "role words (\"Chair:\", \"A (Chair)\", \"Minutes taken by:\"); means: the person's role "  \
      "as written in the output")                                                                 \
    X(PROPERTY_GROUPS, "property-groups", MN_LX_MEANINGS, 1, 0, "chair|scribe|participant|regrets", \
      "labels of the groups made from a reader's chair, scribe, participant and regrets "         \
      "properties; means: the property")                                                          \
    X(NOT_NAMES, "not-names", MN_LX_WORDS, 0, 0, NULL,                                            \
      "values that are no one's name (\"Regrets: none\", \"n/a\")")                                \
    X(NAME_HEADERS, "name-headers", MN_LX_WORDS, 0, 0, NULL,                                      \
      "column headers of a participants table (\"Surname\", \"Organisation\"): a header row")     \
    X(GIVEN_FIRST_HEADERS, "given-first-headers", MN_LX_WORDS, 0, 0, NULL,                        \
      "words that start a first column header giving the given name first (\"First name\")")     \
    /* sections.c */                                                                              \
    X(SENTENCE_VERBS, "sentence-verbs", MN_LX_WORDS, 0, 0, NULL,                                  \
      "verbs that make a short line a sentence, not a heading (\"Members are …\")")               \
    X(PAST_ENDINGS, "past-endings", MN_LX_WORDS, 0, 0, NULL,                                      \
      "endings of a lower-case past participle (\"discussed\"): a line with one is a sentence")   \
    X(FIELD_KEYS, "field-keys", MN_LX_WORDS, 0, 0, NULL,                                          \
      "keys of field lines other passes read (\"Present:\", \"Date:\"): never headings")

#endif
