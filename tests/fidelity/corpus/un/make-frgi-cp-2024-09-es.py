#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build frgi-cp-2024-09-es.docx: the Spanish summary of a regional
internet governance forum's programme committee, as a secretariat writes it
in Word: Title and Subtitle, a bold field block, the members in bulleted
lists under bold group labels, Heading 1 items numbered by hand ("1."),
bullet points, and a closing table Acción | Responsable | Plazo.  es-CO in
the style defaults and dc:language.  Deterministic output."""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

STEM = "frgi-cp-2024-09-es"
WHEN = datetime.datetime(2024, 9, 20, 11, 15, 0)
LANG = "es-CO"


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
    cp.author = "Camila Restrepo"
    cp.last_modified_by = "Camila Restrepo"
    cp.title = "Resumen CP FRGI 4-2024"
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 4

    doc.sections[0].header.paragraphs[0].text = "FRGI 2024 — Secretaría"

    doc.add_paragraph("Foro Regional de Gobernanza de Internet (FRGI) — Comité de Programa",
                      style="Title")
    doc.add_paragraph("Resumen de la cuarta reunión virtual de 2024", style="Subtitle")
    labelled(doc, "Fecha: ", "miércoles 18 de septiembre de 2024")
    labelled(doc, "Hora: ", "9:00 a 10:30 (UTC-5, hora de Bogotá)")
    labelled(doc, "Plataforma: ", "Zoom")
    labelled(doc, "Moderación: ", "Julián Ospina Restrepo (copresidente)")

    labelled(doc, "Miembros del Comité presentes:", "")
    for who in ("Julián Ospina Restrepo, copresidente (Colombia, sociedad civil)",
                "Beatriz Almeida Souza, copresidenta (Brasil, comunidad técnica)",
                "Fernando Guzmán Tapia (Chile, sector privado)",
                "Lucía Méndez Ferrari (Uruguay, academia)",
                "Rodrigo Paredes Núñez (Ecuador, gobierno)"):
        doc.add_paragraph(who, style="List Bullet")
    labelled(doc, "Secretaría: ", "Camila Restrepo, Tomás Ibáñez")
    labelled(doc, "No asistieron: ", "Gabriela Rosales (Honduras), Marcos Delgado (Panamá)")

    doc.add_paragraph("1. Aprobación de la agenda y del resumen anterior", style="Heading 1")
    doc.add_paragraph(
        "Se aprueba la agenda propuesta por los copresidentes. Se aprueba también el "
        "resumen de la tercera reunión, celebrada el 21 de agosto, con una corrección "
        "en la lista de asistentes.")

    doc.add_paragraph("2. Selección de talleres", style="Heading 1")
    doc.add_paragraph(
        "Se recibieron 87 propuestas de talleres (frente a 64 en 2023). La Secretaría "
        "presentó la matriz de evaluación, versión 3.0.", style="List Bullet")
    doc.add_paragraph(
        "Tras el debate, el Comité acuerda seleccionar 24 talleres, con al menos ocho "
        "propuestos por personas jóvenes.", style="List Bullet")
    doc.add_paragraph(
        "Fernando propone que cada organización pueda presentar un solo taller; la "
        "propuesta no obtiene consenso y se mantiene la regla actual.", style="List Bullet")

    doc.add_paragraph("3. Logística del Foro", style="Heading 1")
    doc.add_paragraph(
        "El Foro se celebrará del martes 26 al jueves 28 de noviembre de 2024 en el "
        "Centro de Convenciones Ágora, Bogotá, con participación remota. El registro en "
        "línea abre el 1 de octubre y cierra el 15 de noviembre.")
    doc.add_paragraph(
        "Rodrigo recuerda que el año pasado hubo problemas de interpretación; la "
        "Secretaría confirma que este año habrá interpretación español-inglés-portugués.")

    doc.add_paragraph("4. Próxima reunión", style="Heading 1")
    doc.add_paragraph(
        "La quinta reunión virtual será el miércoles 9 de octubre de 2024 a las 9:00 "
        "(UTC-5).")

    doc.add_paragraph("Acciones acordadas", style="Heading 1")
    table(doc, [
        ("Acción", "Responsable", "Plazo"),
        ("Notificar a los proponentes de los talleres seleccionados", "Secretaría", "27/09/2024"),
        ("Publicar el programa preliminar en el sitio web", "Tomás Ibáñez", "4 de octubre"),
        ("Proponer los temas de las sesiones principales", "Copresidentes", "próxima reunión"),
        ("Revisar la política de becas de viaje", "Lucía Méndez Ferrari", "sin fecha"),
    ], bold_first_row=True)
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
