#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build frgn-gcm-2019-06-fr.docx: a French summary of a UN-style advisory
group meeting, as a francophone secretariat writes it in Word: the styles
carry French style ids (Titre, Titre1, Listepuces) the way a French Word
names them, the language is fr-FR in the style defaults and dc:language;
numbered Heading 1 sections (real numbering), bullet points, Wingdings
arrow + tab action lines, and an annex table NOM | Prénom | Fonction with
group rows (one of them the excused members).  Deterministic output."""

import datetime
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "frgn-gcm-2019-06-fr"
WHEN = datetime.datetime(2019, 6, 17, 9, 40, 0)
LANG = "fr-FR"
TITLE = ("Forum régional sur la gouvernance numérique (FRGN) — "
         "Groupe consultatif multipartite, 3e réunion de 2019")

# A French Word writes its built-in styles under French ids.
FRENCH_IDS = {"Title": "Titre", "Subtitle": "Sous-titre", "Heading 1": "Titre1",
              "List Bullet": "Listepuces", "List Number": "Listenumros"}


def french_style_ids(doc):
    for name, sid in FRENCH_IDS.items():
        doc.styles[name].element.set(qn("w:styleId"), sid)
    for style in doc.styles.element.findall(qn("w:style")):
        for link in ("w:basedOn", "w:next", "w:link"):
            el = style.find(qn(link))
            if el is not None:
                for name, sid in FRENCH_IDS.items():
                    if el.get(qn("w:val")) == name.replace(" ", ""):
                        el.set(qn("w:val"), sid)


SECTIONS = [
    ("Ouverture de la réunion et adoption de l’ordre du jour", [
        ("p", "La Présidente, Mme Aïssatou Diallo-Sarr, ouvre la réunion à 15 h 05 "
              "et souhaite la bienvenue aux membres du Groupe ainsi qu’aux "
              "représentants du pays hôte. L’ordre du jour provisoire est adopté "
              "sans modification."),
        ("p", "Le relevé de conclusions de la réunion du 16 mai 2019 est approuvé, "
              "sous réserve d’une correction à la liste des participants."),
    ]),
    ("Préparatifs du Forum annuel 2019", [
        ("b", "Le Forum annuel se tiendra du 4 au 6 novembre 2019 au Centre "
              "international de conférences Abdou Diouf (CICAD), à Diamniadio, "
              "sous le thème « Données, confiance et inclusion »."),
        ("b", "L’appel à propositions d’ateliers a été clos le 31 mai ; 142 "
              "propositions ont été reçues, contre 97 en 2018."),
        ("b", "Le Secrétariat présente la grille d’évaluation en cinq critères "
              "(guide d’évaluation, version 2.1) et rappelle que les notes sont "
              "attendues dans l’outil en ligne."),
        ("b", "Après discussion, le Groupe décide que chaque proposition sera "
              "évaluée par trois membres, dont au moins un d’une autre région."),
        ("a", "Les membres du Groupe sont invités à achever l’évaluation des "
              "propositions qui leur ont été attribuées avant le 28 juin 2019."),
        ("a", "Le Secrétariat enverra les notifications aux auteurs des "
              "propositions retenues d’ici le 15 juillet."),
    ]),
    ("Participation à distance et accessibilité", [
        ("b", "M. Thomas Brenner présente les résultats de l’enquête menée "
              "auprès des participants à distance de l’édition 2018 : la qualité "
              "du son et l’absence de sous-titres en français restent les deux "
              "principaux obstacles."),
        ("b", "Une proposition visant à supprimer les sessions hybrides afin de "
              "réduire les coûts est évoquée ; aucune décision n’est prise à ce "
              "stade et la question sera réexaminée à une réunion ultérieure."),
        ("a", "Mme Kwon et M. Brenner prépareront une note sur le sous-titrage "
              "en direct en français, en anglais et en arabe."),
    ]),
    ("Travaux intersessions", [
        ("b", "Le réseau thématique sur l’identité numérique publiera son "
              "rapport final le 30 septembre 2019."),
        ("b", "Le webinaire du réseau sur la cybersécurité, tenu le 5 juin, a "
              "réuni 230 participants ; l’enregistrement est disponible sur le "
              "site du Forum."),
        ("b", "Un second webinaire aura lieu le mardi 9 juillet, de 14 h à "
              "15 h 30 UTC, sur la protection des données des enfants."),
        ("a", "Les coordonnateurs des réseaux thématiques transmettront au "
              "Secrétariat leurs projets de rapport pour le 15 septembre."),
    ]),
    ("Questions diverses", [
        ("p", "La prochaine réunion du Groupe se tiendra en ligne le jeudi "
              "11 juillet 2019 à 14 h 00 (UTC+2)."),
        ("p", "La Présidente remercie les participants et lève la séance à "
              "16 h 50."),
    ]),
]

PEOPLE = [
    ("Présidence", [
        ("DIALLO-SARR", "Aïssatou", "Présidente")]),
    ("Membres du Groupe", [
        ("BRENNER", "Thomas", "Union internationale des télécommunications"),
        ("KWON", "Min-ji", "Société civile, Asie-Pacifique"),
        ("LAVOIE", "Geneviève", "Secteur privé"),
        ("NDIAYE", "Ousmane", "Communauté technique"),
        ("RAHARISON", "Fanja", "Milieu universitaire"),
        ("TOURÉ", "Mariam", "Gouvernement du Mali")]),
    ("Pays hôte", [
        ("SECK", "Ibrahima", "Ministère de l’Économie numérique, Sénégal")]),
    ("Secrétariat", [
        ("MOREAU", "Claire", "Coordonnatrice"),
        ("HADDAD", "Karim", "Chargé de programme")]),
    ("Excusés", [
        ("OYELARAN", "Bola", "Secteur privé"),
        ("SANTOS", "Luísa", "Société civile, Amérique latine")]),
]


def build():
    doc = Document()
    docxkit.set_language(doc, LANG)
    doc.core_properties.language = LANG
    french_style_ids(doc)
    cp = doc.core_properties
    cp.author = "Karim Haddad"
    cp.last_modified_by = "Claire Moreau"
    cp.title = TITLE
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 5

    doc.sections[0].header.paragraphs[0].text = "FRGN — GCM 3/2019 — Relevé des conclusions"

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Relevé des conclusions et des actions", style="Subtitle")
    doc.add_paragraph(
        "Jeudi 13 juin 2019 | 15 h 00 – 17 h 00 (heure de Genève, UTC+2) | "
        "Palais Wilson, salle 2, Genève, et en ligne (Webex)")

    docxkit.numbered_sections(doc, SECTIONS)

    doc.add_paragraph("Annexe : Liste des participants", style="Heading 1")
    docxkit.grouped_table(doc, PEOPLE, 3, head=("NOM", "Prénom", "Fonction / organisation"))
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
