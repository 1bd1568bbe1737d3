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
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "ampa-junta-2015-05-es"
WHEN = datetime.datetime(2015, 5, 22, 21, 40, 0)
LANG = "es-ES"


def build():
    doc = Document()
    docxkit.set_language(doc, LANG)
    doc.core_properties.language = LANG
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
    docxkit.grid(doc, [
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

    docxkit.labelled(doc, "1. Lectura y aprobación del acta anterior. ",
                     "Se lee el acta de la reunión del 16 de abril, que se aprueba sin cambios.")
    docxkit.labelled(doc, "2. Fiesta de fin de curso. ",
                     "Se celebrará el viernes 19 de junio de 17:00 a 21:00 en el patio del colegio. "
                     "Habrá chocolatada y actuación de los grupos de baile.")
    docxkit.labelled(doc, "Acuerdo: ", "el AMPA aportará hasta 450 euros para la fiesta.")
    docxkit.labelled(doc, "3. Campamento urbano de julio. ",
                     "Se presentan dos ofertas (Ludoteca Duende y Aventura Henares). Tras la "
                     "votación (3 votos a favor de Aventura Henares y 1 a favor de Ludoteca Duende), "
                     "se elige Aventura Henares. Las inscripciones estarán abiertas del 1 al 12 de junio.")
    docxkit.labelled(doc, "4. Ruegos y preguntas. ",
                     "Montserrat pregunta si se puede pedir al Ayuntamiento un paso de cebra en la "
                     "puerta de Infantil; se decide esperar a la reunión con la concejala, prevista "
                     "para después del verano.")
    doc.add_paragraph("Sin más asuntos que tratar, se levanta la sesión a las 21:05 horas.")

    doc.add_paragraph("Tareas", style="Heading 1")
    docxkit.grid(doc, [
                ("Tarea", "Quién", "Cuándo"),
                ("Pedir presupuesto de la chocolatada", "Andrés", "antes del 5 de junio"),
                ("Enviar la circular del campamento a las familias", "Inmaculada", "29 de mayo"),
                ("Reservar el equipo de sonido del Ayuntamiento", "Begoña", ""),
            ], bold_first_row=True)
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
