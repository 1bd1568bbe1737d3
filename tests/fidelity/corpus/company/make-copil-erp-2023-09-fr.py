#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build copil-erp-2023-09-fr.docx: a French company steering committee
(comité de pilotage) written in a Word template: a header table of the
meeting's fields, a participants table with a Présent/Excusé column, the
agenda as List Number, bold "Décision :" paragraphs, and an action table
N° | Action | Responsable | Échéance | Statut.  fr-FR in the style defaults
and dc:language.  Deterministic output."""

import datetime
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "copil-erp-2023-09-fr"
WHEN = datetime.datetime(2023, 9, 27, 17, 5, 0)
LANG = "fr-FR"


def build():
    doc = Document()
    docxkit.set_language(doc, LANG)
    doc.core_properties.language = LANG
    cp = doc.core_properties
    cp.author = "Sébastien Hoarau"
    cp.last_modified_by = "Sébastien Hoarau"
    cp.title = "Compte rendu COPIL ERP n° 7"
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 3

    doc.sections[0].header.paragraphs[0].text = "Verdal Industries — Direction des systèmes d’information — Diffusion interne"

    doc.add_paragraph("Compte rendu — Comité de pilotage « Projet ERP Horizon » n° 7", style="Title")
    docxkit.grid(doc, [
                ("Date", "mardi 26 septembre 2023"),
                ("Horaire", "10 h 00 – 11 h 30"),
                ("Lieu", "Siège, salle Garonne (Toulouse) + Teams"),
                ("Rédacteur", "Sébastien Hoarau"),
            ], bold_first_col=True)

    doc.add_paragraph("Participants", style="Heading 1")
    docxkit.grid(doc, [
                ("Nom", "Fonction", "Présence"),
                ("Isabelle Marchetti", "Directrice administrative et financière, sponsor du projet", "Présente"),
                ("Frédéric Nguyen", "DSI, animateur du COPIL", "Présent"),
                ("Sébastien Hoarau", "Chef de projet ERP", "Présent"),
                ("Laetitia Bouvier", "Responsable logistique", "Présente (Teams)"),
                ("Damien Roussel", "Consultant, Altexia Conseil", "Présent"),
                ("Corinne Weber", "Responsable paie", "Excusée"),
            ], bold_first_row=True)

    doc.add_paragraph("Ordre du jour", style="Heading 1")
    for item in ("Validation du compte rendu du COPIL n° 6",
                 "Avancement du lot Finance",
                 "Planning de la bascule",
                 "Budget et avenant Altexia",
                 "Points divers"):
        doc.add_paragraph(item, style="List Number")

    doc.add_paragraph("1. Validation du compte rendu du COPIL n° 6", style="Heading 1")
    doc.add_paragraph("Le compte rendu du COPIL du 29 août est validé sans remarque.")

    doc.add_paragraph("2. Avancement du lot Finance", style="Heading 1")
    doc.add_paragraph(
        "Les tests de recette de la comptabilité fournisseurs sont terminés à 85 % "
        "(142 cas sur 167). Onze anomalies bloquantes restent ouvertes, dont le "
        "ticket HZN-2291 sur le lettrage automatique.")
    doc.add_paragraph(
        "Mme Marchetti rappelle que la clôture annuelle ne doit pas être perturbée : "
        "aucune bascule ne pourra avoir lieu en décembre.")

    doc.add_paragraph("3. Planning de la bascule", style="Heading 1")
    doc.add_paragraph(
        "Deux scénarios sont présentés : bascule le lundi 6 novembre 2023 ou report "
        "au lundi 8 janvier 2024. Altexia estime le premier scénario risqué au vu des "
        "anomalies ouvertes.")
    docxkit.labelled(doc, "Décision : ",
                     "le COPIL retient la bascule au 8 janvier 2024, avec une répétition générale "
                     "du 4 au 6 décembre 2023.")
    doc.add_paragraph(
        "M. Roussel propose de geler les développements spécifiques dès maintenant ; "
        "la proposition sera étudiée au prochain COPIL.")

    doc.add_paragraph("4. Budget et avenant Altexia", style="Heading 1")
    doc.add_paragraph(
        "Le report entraîne 18 jours de conseil supplémentaires, soit 19 800 € HT. "
        "Le budget consommé à ce jour est de 412 000 € sur 480 000 €.")
    docxkit.labelled(doc, "Décision : ",
                     "l’avenant n° 2 au contrat Altexia est approuvé par la sponsor.")

    doc.add_paragraph("5. Points divers", style="Heading 1")
    doc.add_paragraph(
        "La formation des utilisateurs clés aura lieu les 20 et 21 novembre 2023 "
        "au centre de formation de Blagnac, de 9 h à 17 h.")
    doc.add_paragraph("Prochain COPIL : mardi 24 octobre 2023, 10 h, salle Garonne.")

    doc.add_paragraph("Relevé des actions", style="Heading 1")
    docxkit.grid(doc, [
                ("N°", "Action", "Responsable", "Échéance", "Statut"),
                ("A-31", "Corriger les anomalies bloquantes du lot Finance", "Altexia", "20/10/2023", "En cours"),
                ("A-32", "Mettre à jour le planning détaillé et le diffuser", "S. Hoarau", "29/09/2023", "À faire"),
                ("A-33", "Signer l’avenant n° 2", "I. Marchetti", "06/10/2023", "À faire"),
                ("A-34", "Convoquer les utilisateurs clés à la formation", "L. Bouvier", "", "À faire"),
                ("A-28", "Extraire les données de paie de test", "C. Weber", "15/09/2023", "Fait"),
            ], bold_first_row=True)
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
