#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build ampa-junta-2015-05-es.docx: the minutes of a Spanish school
parents' association board (AMPA) as its secretary writes them in Word:
the title in capitals, a prose opening with the hour and place, the
attendance as a two-column table (Asistentes | Excusan su asistencia), the
agenda as List Number, each item as bold text then prose, acuerdos in bold
and a final "Tareas" table.  es-ES in the style defaults and dc:language.
Deterministic output."""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

STEM = "ampa-junta-2015-05-es"
WHEN = datetime.datetime(2015, 5, 22, 21, 40, 0)
LANG = "es-ES"


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
    cp.author = "Inmaculada Roldán"
    cp.last_modified_by = "Inmaculada Roldán"
    cp.title = "Acta junta AMPA mayo 2015"
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 2

    doc.add_paragraph("ACTA DE LA REUNIÓN DE LA JUNTA DIRECTIVA DEL AMPA «LOS ALMENDROS»",
                      style="Title")
    doc.add_paragraph(
        "En Alcalá de Henares, a 21 de mayo de 2015, siendo las 19:30 horas, se reúne en "
        "la sala de usos múltiples del colegio la Junta Directiva del AMPA, con la "
        "asistencia de las personas que se indican y con el siguiente orden del día.")
    table(doc, [
        ("Asistentes", "Excusan su asistencia"),
        ("Begoña Escribano (presidenta)", "Raúl Carmona (vocal)"),
        ("Andrés Pizarro (tesorero)", "Susana Vela (vocal)"),
        ("Inmaculada Roldán (secretaria)", ""),
        ("Montserrat Gálvez (vocal)", ""),
    ], bold_first_row=True)

    doc.add_paragraph("Orden del día", style="Heading 1")
    for item in ("Lectura y aprobación del acta anterior",
                 "Fiesta de fin de curso",
                 "Campamento urbano de julio",
                 "Ruegos y preguntas"):
        doc.add_paragraph(item, style="List Number")

    labelled(doc, "1. Lectura y aprobación del acta anterior. ",
             "Se lee el acta de la reunión del 16 de abril, que se aprueba sin cambios.")
    labelled(doc, "2. Fiesta de fin de curso. ",
             "Se celebrará el viernes 19 de junio de 17:00 a 21:00 en el patio del colegio. "
             "Habrá chocolatada y actuación de los grupos de baile.")
    labelled(doc, "Acuerdo: ", "el AMPA aportará hasta 450 euros para la fiesta.")
    labelled(doc, "3. Campamento urbano de julio. ",
             "Se presentan dos ofertas (Ludoteca Duende y Aventura Henares). Tras la "
             "votación (3 votos a favor de Aventura Henares y 1 a favor de Ludoteca Duende), "
             "se elige Aventura Henares. Las inscripciones estarán abiertas del 1 al 12 de junio.")
    labelled(doc, "4. Ruegos y preguntas. ",
             "Montserrat pregunta si se puede pedir al Ayuntamiento un paso de cebra en la "
             "puerta de Infantil; se decide esperar a la reunión con la concejala, prevista "
             "para después del verano.")
    doc.add_paragraph("Sin más asuntos que tratar, se levanta la sesión a las 21:05 horas.")

    doc.add_paragraph("Tareas", style="Heading 1")
    table(doc, [
        ("Tarea", "Quién", "Cuándo"),
        ("Pedir presupuesto de la chocolatada", "Andrés", "antes del 5 de junio"),
        ("Enviar la circular del campamento a las familias", "Inmaculada", "29 de mayo"),
        ("Reservar el equipo de sonido del Ayuntamiento", "Begoña", ""),
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
