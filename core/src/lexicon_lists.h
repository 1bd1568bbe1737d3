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
 * (NULL: any token, for values the output carries as they are). */
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
      "(\"the 3rd of May\")")

#endif
