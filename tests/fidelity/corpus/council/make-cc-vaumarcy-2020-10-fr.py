#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build cc-vaumarcy-2020-10-fr.docx: the procès-verbal of a Swiss
municipal legislative council (Conseil communal) as its secretary types it
in Word: a bold centred letterhead, Heading 2 items numbered by hand with
the préavis numbers, votes written "par 38 oui, 4 non et 2 abstentions",
an amendment refused, bold labels for the attendance lines.  fr-CH in the
style defaults and dc:language.  Deterministic output."""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

STEM = "cc-vaumarcy-2020-10-fr"
WHEN = datetime.datetime(2020, 10, 9, 8, 30, 0)
LANG = "fr-CH"


def set_language(doc):
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), LANG)
    lang.set(qn("w:eastAsia"), LANG)
    doc.core_properties.language = LANG


def table(doc, rows, bold_first_row=False, bold_first_col=False):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, text in enumerate(row):
            cells[j].text = text
            if (bold_first_row and i == 0) or (bold_first_col and j == 0):
                cells[j].paragraphs[0].runs[0].bold = True
    return t


def labelled(doc, label, text, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(text)


def build():
    doc = Document()
    set_language(doc)
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
    labelled(doc, "Lieu : ", "Grande salle du collège de la Croisée")
    labelled(doc, "Heure : ", "20h00")
    labelled(doc, "Présidence : ", "M. Laurent Jaquier, président du Conseil")
    labelled(doc, "Secrétaire : ", "Mme Sylvie Rochat")
    labelled(doc, "Présents : ", "44 conseillères et conseillers sur 50")
    labelled(doc, "Excusés : ", "Mmes Chantal Pittet et Aline Favre, MM. Didier Mermod, "
                                 "Raphaël Bovay, Kevin Chappuis et Marc-Olivier Dubois")
    labelled(doc, "Municipalité : ", "M. Jean-Daniel Pasche, syndic, et Mme Corinne Dufour, "
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


def save_fixed(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, WHEN.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    here = Path(sys.argv[0]).resolve().parent
    save_fixed(build(), here / f"{STEM}.docx")
