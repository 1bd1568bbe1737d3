# SPDX-License-Identifier: MIT
"""One-to-one matching of gold items to output items.

`score(g, o)` says whether output item o can stand for gold item g (None: it
cannot) and how well (higher is better).  The pairs are first taken greedily,
best score first (ties: earlier gold item, then earlier output item); then
every gold item left over looks for an augmenting path (Kuhn's algorithm),
trying its candidates best first, so that a gold item is never left out
because a greedy choice took its only candidate: "finish the glossary
review" and "translate the glossary review into Spanish" both match gold
["glossary review"], and gold ["glossary review", "Spanish"] still gets the
second.  The result is a maximum matching, the same on every run."""


def match(n_gold, n_out, score):
    """{gold index: output index} for a maximum one-to-one matching."""
    cands = {}
    pairs = []
    for g in range(n_gold):
        row = []
        for o in range(n_out):
            s = score(g, o)
            if s is not None:
                row.append((-s, o))
                pairs.append((-s, g, o))
        cands[g] = [o for _, o in sorted(row)]
    g2o, o2g = {}, {}
    for _, g, o in sorted(pairs):
        if g not in g2o and o not in o2g:
            g2o[g], o2g[o] = o, g
    for g in range(n_gold):
        if g not in g2o:
            _augment(g, cands, g2o, o2g, set())
    return g2o


def _augment(g, cands, g2o, o2g, seen):
    for o in cands[g]:
        if o in seen:
            continue
        seen.add(o)
        if o not in o2g or _augment(o2g[o], cands, g2o, o2g, seen):
            g2o[g], o2g[o] = o, g
            return True
    return False
