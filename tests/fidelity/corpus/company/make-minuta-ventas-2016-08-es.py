#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build minuta-ventas-2016-08-es.docx: a Mexican company's weekly sales
meeting as a "minuta" from a Word template: a centred bold company line,
labelled fields with tabs, attendees as a bulleted list with initials in
brackets, topics as Heading 2, a table of Acuerdos and a table of
Compromisos (Responsable, Fecha compromiso).  es-MX in the style defaults
and dc:language.  Deterministic output."""

import datetime
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docxkit  # noqa: E402  (the corpus folder's shared DOCX pieces)

STEM = "minuta-ventas-2016-08-es"
WHEN = datetime.datetime(2016, 8, 19, 13, 40, 0)
LANG = "es-MX"


def build():
    doc = Document()
    docxkit.set_language(doc, LANG)
    doc.core_properties.language = LANG
    cp = doc.core_properties
    cp.author = "Mónica Zárate"
    cp.last_modified_by = "Mónica Zárate"
    cp.title = "Minuta ventas semana 33"
    cp.comments = ""
    cp.created = WHEN
    cp.modified = WHEN
    cp.revision = 2

    doc.sections[0].header.paragraphs[0].text = "Distribuidora Tlaloc, S.A. de C.V. — Uso interno"

    p = doc.add_paragraph()
    p.alignment = 1
    p.add_run("DISTRIBUIDORA TLALOC, S.A. DE C.V.").bold = True
    doc.add_paragraph("Minuta de la reunión semanal de ventas — Semana 33", style="Title")
    docxkit.labelled(doc, "Fecha:\t", "jueves 18 de agosto de 2016")
    docxkit.labelled(doc, "Hora:\t", "9:00 a 10:15 hrs. (hora del centro)")
    docxkit.labelled(doc, "Lugar:\t", "Sala de juntas 2, oficinas Guadalajara, y por videoconferencia con Monterrey")
    docxkit.labelled(doc, "Elaboró:\t", "Mónica Zárate")

    doc.add_paragraph("Asistentes", style="Heading 1")
    for who in ("Lic. Arturo Villaseñor, Director Comercial (AV)",
                "Ing. Rebeca Galindo, Gerente Zona Occidente (RG)",
                "Héctor Ibarra, Gerente Zona Norte (HI) — Monterrey",
                "Mónica Zárate, Coordinadora de Ventas (MZ)",
                "Gustavo Peralta, Crédito y Cobranza (GP)"):
        doc.add_paragraph(who, style="List Bullet")
    docxkit.labelled(doc, "No asistió: ", "Lic. Fernanda Rosales, Mercadotecnia (vacaciones)")

    doc.add_paragraph("Temas tratados", style="Heading 1")
    doc.add_paragraph("1. Resultados de julio", style="Heading 2")
    doc.add_paragraph(
        "Las ventas de julio cerraron en 14.2 millones de pesos, 96% de la meta. "
        "Occidente creció 8% contra julio de 2015; Norte quedó 11% abajo por el "
        "retraso del pedido de Abarrotes Cerralvo (pedido 16-0877).")
    doc.add_paragraph("2. Campaña de regreso a clases", style="Heading 2")
    doc.add_paragraph(
        "RG comenta que la campaña arrancó el 1 de agosto y que dos cadenas piden "
        "ampliar el descuento. AV no está de acuerdo con subir el descuento del 12% "
        "al 15%; se revisará con Mercadotecnia cuando regrese Fernanda.")
    doc.add_paragraph("3. Cartera vencida", style="Heading 2")
    doc.add_paragraph(
        "GP reporta 2.3 millones de pesos con más de 60 días de vencimiento. Se "
        "acuerda suspender el crédito a los clientes con más de 90 días hasta que "
        "regularicen su saldo.")
    doc.add_paragraph("4. Convención anual de ventas", style="Heading 2")
    doc.add_paragraph(
        "La convención será del miércoles 19 al viernes 21 de octubre en Puerto "
        "Vallarta. El presupuesto autorizado es de 850 mil pesos.")

    doc.add_paragraph("Acuerdos", style="Heading 1")
    docxkit.grid(doc, [
                ("#", "Acuerdo"),
                ("1", "Se mantiene el descuento de regreso a clases en 12%."),
                ("2", "Se suspende el crédito a clientes con saldos de más de 90 días."),
                ("3", "Se aprueba el programa preliminar de la convención."),
            ], bold_first_row=True)

    doc.add_paragraph("Compromisos", style="Heading 1")
    docxkit.grid(doc, [
                ("Compromiso", "Responsable", "Fecha compromiso", "Estatus"),
                ("Enviar a los gerentes la lista de clientes con crédito suspendido", "GP", "22/08/2016", "Pendiente"),
                ("Visitar a Abarrotes Cerralvo para reprogramar el pedido", "HI", "26/08/2016", "Pendiente"),
                ("Cotizar hoteles para la convención", "MZ / RG", "02/09/2016", "Pendiente"),
                ("Actualizar el pronóstico de septiembre en el CRM", "Todos los gerentes", "", "Pendiente"),
                ("Entregar el reporte de devoluciones de junio", "RG", "12/08/2016", "Cerrado"),
            ], bold_first_row=True)

    docxkit.labelled(doc, "Próxima reunión: ", "jueves 25 de agosto de 2016, 9:00 hrs., misma sala.")
    return doc


if __name__ == "__main__":
    docxkit.save(build(), __file__, f"{STEM}.docx", WHEN)
