# SPDX-License-Identifier: MIT
"""Text normalisation shared by every field: one place decides what "the same
words" means, so that gold and output are always folded the same way."""
import re
import unicodedata

# Typographic variants a converter may or may not keep (Word's smart quotes,
# en dashes typed for hyphens, no-break spaces): folded before any comparison.
_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200b": "",
    "\u00ad": "",
})
_SPACE = re.compile(r"\s+")
# A word is a run of letters and digits (underscore is not a letter).
_WORD = re.compile(r"[^\W_]+")


def fold(s):
    """Casefold, typographic quotes/dashes/spaces made plain, whitespace folded."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", s).translate(_TRANSLATE).casefold()
    return _SPACE.sub(" ", s).strip()


def words(s):
    """The letters/digits tokens of s, casefolded."""
    return _WORD.findall(fold(s))


def label(s):
    """Headings, agenda items, titles, affiliations: only letters, digits and
    single spaces survive ("1. Tile-server  migration!" -> "1 tile server migration")."""
    return " ".join(words(s))


def has_phrase(folded_text, phrase):
    """Whether a gold phrase occurs in text already passed through fold()."""
    p = fold(phrase)
    return bool(p) and p in folded_text


# Titles dropped from the front of a name ("Dr. Alice Martin" is Alice Martin);
# compared after dots are stripped, so "H.E." is "he".
_NAME_TITLES = {
    "dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame",
    "cllr", "councillor", "councilor", "rev", "revd", "reverend", "hon", "he",
    "amb", "ambassador", "judge", "mayor", "dir",
    # French and Spanish ("Mme Kwon", "Sra. Ferrer", "Dña. Pilar Ochoa"); not
    # "M." nor "D.", which are initials as often as titles.
    "mme", "mmes", "mlle", "sr", "sra", "srta", "dña", "dª", "dra", "lic", "ing", "arq",
}


def name(s):
    """A person's name for matching: casefold, dots stripped ("B.C." = "BC"), leading titles
    dropped (a name is never reduced to nothing), whitespace folded, stray
    punctuation at either end ("*Alice Martin*:") dropped."""
    s = fold(s).replace(".", "")
    s = re.sub(r"^\W+|\W+$", "", s)
    toks = s.split()
    while len(toks) > 1 and toks[0] in _NAME_TITLES:
        toks.pop(0)
    return " ".join(toks)


def dashes(s):
    """A vote as written ("7 – 0 – 1") in one spelling ("7-0-1")."""
    return re.sub(r"\s*-\s*", "-", fold(s))


def role(s):
    """Role words compared without spaces or hyphens ("co-chair" = "cochair",
    "note taker" = "note-taker"); the chair's gendered forms are the chair."""
    r = re.sub(r"[^a-z]", "", fold(s))
    return {"chairperson": "chair", "chairman": "chair", "chairwoman": "chair",
            "notetaking": "notetaker", "minutetaker": "notetaker"}.get(r, r)


# Attendance labels that mean the people under them were not there
# ("Regrets", "Apologies received", "Excused", "Absent", "Not present").
_ABSENCE = re.compile(r"\b(?:regrets?|apolog\w*|excused|absen\w*|not present"
                      r"|excus\w*|ausen\w*|disculp\w*|no asist\w*)\b")


def is_absence_label(label_text):
    return bool(_ABSENCE.search(fold(label_text)))
