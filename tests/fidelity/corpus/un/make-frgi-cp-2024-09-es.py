#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build frgi-cp-2024-09-es.docx: the Spanish summary of a regional
internet governance forum's programme committee, as a secretariat writes it
in Word: Title and Subtitle, a bold field block, the members in bulleted
lists under bold group labels, Heading 1 items numbered by hand ("1."),
bullet points, and a closing table Acción | Responsable | Plazo.  es-CO in
the style defaults and dc:language.  Deterministic output."""
import datetime
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "frgi-cp-2024-09-es"
WHEN = datetime.datetime(2024, 9, 20, 11, 15, 0)
LANG = "es-CO"


def build():
    doc = Document()
    docxkit.set_language(doc, LANG)
    doc.core_properties.language = LANG
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
    docxkit.labelled(doc, "Fecha: ", "miércoles 18 de septiembre de 2024")
    docxkit.labelled(doc, "Hora: ", "9:00 a 10:30 (UTC-5, hora de Bogotá)")
    docxkit.labelled(doc, "Plataforma: ", "Zoom")
    docxkit.labelled(doc, "Moderación: ", "Julián Ospina Restrepo (copresidente)")

    docxkit.labelled(doc, "Miembros del Comité presentes:", "")
    for who in ("Julián Ospina Restrepo, copresidente (Colombia, sociedad civil)",
                "Beatriz Almeida Souza, copresidenta (Brasil, comunidad técnica)",
                "Fernando Guzmán Tapia (Chile, sector privado)",
                "Lucía Méndez Ferrari (Uruguay, academia)",
                "Rodrigo Paredes Núñez (Ecuador, gobierno)"):
        doc.add_paragraph(who, style="List Bullet")
    docxkit.labelled(doc, "Secretaría: ", "Camila Restrepo, Tomás Ibáñez")
    docxkit.labelled(doc, "No asistieron: ", "Gabriela Rosales (Honduras), Marcos Delgado (Panamá)")

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
    docxkit.grid(doc, [
                ("Acción", "Responsable", "Plazo"),
                ("Notificar a los proponentes de los talleres seleccionados", "Secretaría", "27/09/2024"),
                ("Publicar el programa preliminar en el sitio web", "Tomás Ibáñez", "4 de octubre"),
                ("Proponer los temas de las sesiones principales", "Copresidentes", "próxima reunión"),
                ("Revisar la política de becas de viaje", "Lucía Méndez Ferrari", "sin fecha"),
            ], bold_first_row=True)
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
