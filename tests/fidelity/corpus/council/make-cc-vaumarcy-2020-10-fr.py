#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build cc-vaumarcy-2020-10-fr.docx: the procès-verbal of a Swiss
municipal legislative council (Conseil communal) as its secretary types it
in Word: a bold centred letterhead, Heading 2 items numbered by hand with
the préavis numbers, votes written "par 38 oui, 4 non et 2 abstentions",
an amendment refused, bold labels for the attendance lines.  fr-CH in the
style defaults and dc:language.  Deterministic output."""
import datetime
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "cc-vaumarcy-2020-10-fr"
WHEN = datetime.datetime(2020, 10, 9, 8, 30, 0)
LANG = "fr-CH"


def build():
    doc = Document()
    docxkit.set_language(doc, LANG)
    doc.core_properties.language = LANG
    cp = doc.core_properties
    cp.author = "Sylvie Rochat"
    cp.last_modified_by = "Sylvie Rochat"
    cp.title = "PV CC 6 octobre 2020"
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 6

    p = doc.add_paragraph()
    p.alignment = 1
    p.add_run("COMMUNE DE VAUMARCY-SUR-ORBE").bold = True
    p = doc.add_paragraph()
    p.alignment = 1
    p.add_run("Conseil communal").bold = True

    doc.add_paragraph("Procès-verbal de la séance du mardi 6 octobre 2020", style="Title")
    docxkit.labelled(doc, "Lieu : ", "Grande salle du collège de la Croisée")
    docxkit.labelled(doc, "Heure : ", "20h00")
    docxkit.labelled(doc, "Présidence : ", "M. Laurent Jaquier, président du Conseil")
    docxkit.labelled(doc, "Secrétaire : ", "Mme Sylvie Rochat")
    docxkit.labelled(doc, "Présents : ", "44 conseillères et conseillers sur 50")
    docxkit.labelled(doc, "Excusés : ", "Mmes Chantal Pittet et Aline Favre, MM. Didier Mermod, "
                                         "Raphaël Bovay, Kevin Chappuis et Marc-Olivier Dubois")
    docxkit.labelled(doc, "Municipalité : ", "M. Jean-Daniel Pasche, syndic, et Mme Corinne Dufour, "
                                              "municipale des finances")

    doc.add_paragraph("1. Appel et ordre du jour", style="Heading 2")
    doc.add_paragraph(
        "Le président ouvre la séance à 20h05. Le quorum étant atteint, le Conseil peut "
        "valablement délibérer. L'ordre du jour est accepté tel que présenté.")

    doc.add_paragraph("2. Procès-verbal de la séance du 8 septembre 2020", style="Heading 2")
    doc.add_paragraph("Le procès-verbal est adopté à l'unanimité, avec remerciements à son auteure.")

    doc.add_paragraph("3. Préavis municipal n° 14/2020 — Crédit d'étude pour la rénovation du "
                      "collège de la Croisée", style="Heading 2")
    doc.add_paragraph(
        "La commission ad hoc, par la voix de son rapporteur M. Yves Cuendet, recommande "
        "d'accepter le crédit de CHF 380'000.-. M. Stéphane Roulin dépose un amendement "
        "visant à réduire le crédit à CHF 300'000.-.")
    doc.add_paragraph("L'amendement Roulin est refusé par 9 oui, 33 non et 2 abstentions.")
    doc.add_paragraph(
        "Au vote, le préavis n° 14/2020 est accepté par 38 oui, 4 non et 2 abstentions.")

    doc.add_paragraph("4. Préavis municipal n° 15/2020 — Arrêté d'imposition 2021", style="Heading 2")
    doc.add_paragraph(
        "La commission des finances recommande de maintenir le taux à 68 %. Le préavis "
        "est accepté à l'unanimité.")

    doc.add_paragraph("5. Communications de la Municipalité", style="Heading 2")
    doc.add_paragraph(
        "Le syndic annonce que la déchetterie sera fermée du 21 au 23 décembre pour "
        "travaux et que la séance d'information sur le plan d'affectation aura lieu le "
        "jeudi 29 octobre à 19h30 à la grande salle.")
    doc.add_paragraph(
        "La Municipalité répondra par écrit à l'interpellation de Mme Nathalie Gay sur "
        "l'éclairage public pour la séance du 10 novembre.")

    doc.add_paragraph("6. Divers et propositions individuelles", style="Heading 2")
    doc.add_paragraph(
        "Mme Gay demande que les séances soient retransmises en ligne. Le bureau étudiera "
        "la question.")
    doc.add_paragraph(
        "La prochaine séance est fixée au mardi 10 novembre 2020 à 20h00. La séance est "
        "levée à 22h20.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
