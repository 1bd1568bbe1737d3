#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build codir-atelis-2012-12-fr.docx: a French SME's management
committee (CODIR) minutes from a Word template: a page header with the
company, the title, a bold label block (Date, Lieu, Participants, Excusé,
Rédaction) in one paragraph each, Heading 1 topics, "Décision" and
"Action" bullet lines with the owner's initials in brackets, and the next
meeting.  fr-FR in the style defaults and dc:language.  Deterministic
output."""
import datetime
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "codir-atelis-2012-12-fr"
WHEN = datetime.datetime(2012, 12, 4, 18, 0, 0)
LANG = "fr-FR"


def build():
    doc = Document()
    docxkit.set_language(doc, LANG)
    doc.core_properties.language = LANG
    cp = doc.core_properties
    cp.author = "Hélène Corbin"
    cp.last_modified_by = "Hélène Corbin"
    cp.title = "CR CODIR 2012-12-03"
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 1

    doc.sections[0].header.paragraphs[0].text = "ATELIS INGÉNIERIE — Confidentiel"

    doc.add_paragraph("Compte rendu du comité de direction", style="Title")
    docxkit.labelled(doc, "Date : ", "lundi 3 décembre 2012, 8h30 – 10h00")
    docxkit.labelled(doc, "Lieu : ", "siège de Nantes, salle Loire (Benoît en audioconférence depuis Lyon)")
    docxkit.labelled(doc, "Participants : ", "Pierre-Alain Mercier (PAM, directeur général), Benoît Lacroix "
                                            "(BL, directeur technique), Hélène Corbin (HC, DAF), Yannick "
                                            "Le Floch (YLF, directeur commercial)")
    docxkit.labelled(doc, "Excusé : ", "Antoine Vidal (AV, RH)")
    docxkit.labelled(doc, "Rédaction : ", "HC")

    doc.add_paragraph("Chiffre d'affaires de novembre", style="Heading 1")
    doc.add_paragraph(
        "Le CA de novembre s'établit à 1,42 M€, en retard de 6 % sur le budget. Le contrat "
        "Arvor Énergie (devis 12-0318) n'a été signé que le 29 novembre.", style="List Bullet")
    doc.add_paragraph(
        "Décision : gel des embauches non remplaçantes jusqu'à la clôture de l'exercice.",
        style="List Bullet")

    doc.add_paragraph("Salon Energaïa", style="Heading 1")
    doc.add_paragraph(
        "Le salon a lieu à Montpellier les 12 et 13 décembre. Stand partagé avec le pôle "
        "de compétitivité.", style="List Bullet")
    doc.add_paragraph(
        "Action : finaliser les supports commerciaux avant le vendredi 7 décembre (YLF).",
        style="List Bullet")

    doc.add_paragraph("Clôture annuelle", style="Heading 1")
    doc.add_paragraph(
        "Inventaire physique le samedi 29 décembre ; les commissaires aux comptes "
        "interviendront la semaine du 14 janvier 2013.", style="List Bullet")
    doc.add_paragraph(
        "Action : envoyer le planning de clôture aux responsables d'agence (HC).",
        style="List Bullet")
    doc.add_paragraph(
        "BL propose de décaler l'inventaire au 5 janvier ; proposition écartée par PAM "
        "pour des raisons fiscales.", style="List Bullet")

    doc.add_paragraph("Prochain CODIR", style="Heading 1")
    doc.add_paragraph("Lundi 17 décembre 2012, 8h30, salle Loire.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
