/* SPDX-License-Identifier: MIT */
/* The front-matter pass and its date/time/place reading. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontmatter_when.h"
#include "place.h"
#include "passes.h"
#include "lexicon.h"
#include "pt.h"

#define M "/m:minutes/m:meta/"

static xmlDocPtr run(mn_job *job, const char *meta, const char *body)
{
    xmlDocPtr doc = pt_doc(meta, body);
    assert_int_equal(mn_pass_frontmatter(doc, job), 0);
    return doc;
}

/* A document's lexicon from the source tree (lexicons/LANG.xml), made the
 * passes' lexicon until the returned one is put back. */
static const mn_lexicon *use_lexicon(const char *lang, mn_lexicon **loaded)
{
    char path[512], *error = NULL;
    snprintf(path, sizeof path, "%s/lexicons/%s.xml", MN_TEST_SOURCE_DIR, lang);
    *loaded = mn_lexicon_load(path, lang, &error);
    if (!*loaded)
        fail_msg("%s", error);
    return mn_lx_use(*loaded);
}

/* French and Spanish field lines: the day's name and month in the
 * language, "de" before the year, the hour letter ("10 h 00", "9h30"), and
 * icons before each part of an emoji line are no place. */
static void test_fields_fr_es(void **state)
{
    (void)state;
    mn_lexicon *fr, *es;
    const mn_lexicon *before = use_lexicon("fr", &fr);
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Compte rendu du bureau</p>"
                        "<p>Date : mercredi 4 f\xC3\xA9vrier 2026</p>"
                        "<p>Horaire : 10 h 00 \xE2\x80\x93 11 h 30</p>"
                        "<p>La s\xC3\xA9" "ance est ouverte.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-02-04");
    pt_expect(doc, "string(" M "m:time/@start)", "10:00");
    pt_expect(doc, "string(" M "m:time/@end)", "11:30");
    xmlFreeDoc(doc);
    /* some joined from afar: the room's meeting is hybrid */
    doc = run(job, "",
              "<p>Compte rendu du bureau</p><p>Date : mercredi 4 f\xC3\xA9vrier 2026</p>"
              "<p>Lieu : salle Rh\xC3\xB4ne</p>"
              "<p>Deux membres ont suivi la r\xC3\xA9union \xC3\xA0 distance.</p>");
    pt_expect(doc, "string(" M "m:location)", "salle Rh\xC3\xB4ne");
    pt_expect(doc, "string(" M "m:location/@mode)", "hybrid");
    xmlFreeDoc(doc);
    /* a range opened by its lead: "de 9h30 à 12h"; a lead without an end
     * is no time ("de 9 personnes") */
    doc = run(job, "",
              "<p>Compte rendu du bureau</p>"
              "<p>Date : mercredi 4 f\xC3\xA9vrier 2026, de 9h30 \xC3\xA0 12h</p>"
              "<p>La s\xC3\xA9" "ance est ouverte.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "09:30");
    pt_expect(doc, "string(" M "m:time/@end)", "12:00");
    xmlFreeDoc(doc);
    doc = run(job, "",
              "<p>Point hebdo</p>"
              "<p>\xF0\x9F\x93\x85 Jeudi 5 mars 2026 \xC2\xB7 \xF0\x9F\x95\x99 9h30 \xC2\xB7 "
              "\xF0\x9F\x93\x8D Visio</p><p>Tour de table.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-05");
    pt_expect(doc, "string(" M "m:time/@start)", "09:30");
    pt_expect(doc, "string(" M "m:location)", "Visio");
    xmlFreeDoc(doc);
    /* under the title and its subtitle, the line naming the document and
     * its date gives the date and stays */
    doc = run(job, "", "<p>COMMUNE DE SAINT-ALBAN</p><p>Conseil communal</p>"
                       "<p>Proc\xC3\xA8s-verbal de la s\xC3\xA9" "ance du mardi 6 octobre 2020</p>"
                       "<p>Heure : 20h00</p><p>Texte.</p>");
    pt_expect(doc, "string(" M "m:date)", "2020-10-06");
    pt_expect(doc, "string(//m:body/m:p[1])", "Proc\xC3\xA8s-verbal de la s\xC3\xA9" "ance du mardi 6 octobre 2020");
    xmlFreeDoc(doc);
    /* a meeting's number is no day of a range */
    doc = run(job, "", "<h level=\"1\">Groupe de travail</h>"
                       "<h level=\"2\">R\xC3\xA9union n\xC2\xB0 11 \xE2\x80\x94 23 janvier 2025</h><p>Texte.</p>");
    pt_expect(doc, "string(" M "m:date)", "2025-01-23");
    xmlFreeDoc(doc);
    /* a place's clock beside its UTC offset: the offset is the zone; the
     * same time in other cities' clocks is no place */
    doc = run(job, "",
              "<p>Groupe de travail \xE2\x80\x94 12 mars 2026</p>"
              "<p>Heure : 14 h 00 \xE2\x80\x93 15 h 30 (heure de Lyon, UTC+1)</p><p>Texte.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "14:00");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC+1");
    xmlFreeDoc(doc);
    doc = run(job, "",
              "<p>Groupe de travail \xE2\x80\x94 12 mars 2026</p>"
              "<p>Heure : 14 h 00 UTC (15 h \xC3\xA0 Lyon, 9 h \xC3\xA0 Qu\xC3\xA9" "bec)</p><p>Texte.</p>");
    pt_expect(doc, "string(" M "m:time/@end)", "");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    mn_job_free(job);
    mn_lx_use(before);
    mn_lexicon_free(fr);
    before = use_lexicon("es", &es);
    job = pt_job();
    doc = run(job, "",
              "<p>Acta de la junta</p>"
              "<p>Fecha: s\xC3\xA1" "bado, 7 de marzo de 2026</p>"
              "<p>Hora: 19:30</p>"
              "<p>Se abre la sesi\xC3\xB3n.</p>"
              "<p>Y no habiendo m\xC3\xA1s asuntos, se levanta la sesi\xC3\xB3n a las 21:05.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-07");
    pt_expect(doc, "string(" M "m:time/@start)", "19:30");
    /* the close told in the text, after the language's time lead */
    pt_expect(doc, "string(" M "m:time/@end)", "21:05");
    xmlFreeDoc(doc);
    /* "horas de Santiago (UTC-4)"; the same hours in another city after a
     * semicolon are no place */
    doc = run(job, "",
              "<p>Acta del grupo de trabajo</p><p>Fecha: 3 de marzo de 2026</p>"
              "<p>Hora: 10:00 a 12:00 horas de Lima (UTC-5); 09:00 a 11:00 en Ciudad de Guatemala</p>"
              "<p>Se abre la sesi\xC3\xB3n.</p>");
    pt_expect(doc, "string(" M "m:time/@end)", "12:00");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC-5");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    doc = run(job, "",
              "<p>Acta del grupo de trabajo</p>"
              "<p>Fecha: 3 de marzo de 2026, de 15:00 a 16:30 (hora de Uruguay, UTC-3)</p>"
              "<p>Se abre la sesi\xC3\xB3n.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC-3");
    xmlFreeDoc(doc);
    /* a heading that names the document under the title: the opening
     * sentence below it is still the title block's; the close told with
     * its time first ("Al ser las …, … levanta la sesión") */
    doc = run(job, "",
              "<h level=\"1\">Concejo Municipal de Santa Clara</h>"
              "<h level=\"2\">Acta de la Sesi\xC3\xB3n Ordinaria N.\xC2\xBA 12-2026</h>"
              "<p>Celebrada el martes 3 de marzo de 2026, a las 18:00 horas, en la sala de sesiones.</p>"
              "<p>Al ser las 19:40 horas, la presidenta levanta la sesi\xC3\xB3n.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "string(" M "m:time/@start)", "18:00");
    pt_expect(doc, "string(" M "m:time/@end)", "19:40");
    xmlFreeDoc(doc);
    /* an online meeting names its platform as its place */
    doc = run(job, "",
              "<p>Acta del grupo de trabajo</p>"
              "<p>Fecha: 3 de marzo de 2026</p>"
              "<p>Plataforma: Webex</p>"
              "<p>Se abre la sesi\xC3\xB3n.</p>");
    pt_expect(doc, "string(" M "m:location)", "Webex");
    xmlFreeDoc(doc);
    mn_job_free(job);
    mn_lx_use(before);
    mn_lexicon_free(es);
}

static void test_seed_lines(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "<source format=\"text\"/>",
                        "<p>IGF 2025 MAG Meeting XII</p><p>Action items &amp; next steps</p>"
                        "<p>18 November 2025 | 11:00 UTC | Online</p>"
                        "<p>1. Updates from the Secretariat</p><list><item>x</item></list>");
    pt_expect(doc, "string(" M "m:title)", "IGF 2025 MAG Meeting XII");
    pt_expect(doc, "string(" M "m:subtitle)", "Action items & next steps");
    pt_expect(doc, "string(" M "m:date)", "2025-11-18");
    pt_expect(doc, "string(" M "m:time/@start)", "11:00");
    pt_expect(doc, "count(" M "m:time/@end)", "0");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC");
    pt_expect(doc, "string(" M "m:location)", "Online");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    /* the consumed lines are gone; the heading line and the list stay */
    pt_expect(doc, "count(//m:body/*)", "2");
    pt_expect(doc, "string(//m:body/m:p)", "1. Updates from the Secretariat");
    assert_int_equal(mn_job_diag_count(job), 0);
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_hybrid_line(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Board meeting</p>"
                        "<p>Brussels and online, 5 February 2026, 10:00\xE2\x80\x93" "12:30 CET</p>"
                        "<p>The chair opened the meeting.</p>");
    pt_expect(doc, "string(" M "m:title)", "Board meeting");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "string(" M "m:date)", "2026-02-05");
    pt_expect(doc, "string(" M "m:time/@start)", "10:00");
    pt_expect(doc, "string(" M "m:time/@end)", "12:30");
    pt_expect(doc, "string(" M "m:time/@zone)", "CET");
    pt_expect(doc, "string(" M "m:location)", "Brussels and online");
    pt_expect(doc, "string(" M "m:location/@mode)", "hybrid");
    pt_expect(doc, "string(//m:body/m:p)", "The chair opened the meeting.");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_field_lines(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Weekly sync</p>"
                        "<p><strong>Date:</strong> 3 March 2026, 15:00\xE2\x80\x93" "16:00 UTC</p>"
                        "<p>Location: Room 4, Palais des Nations</p>"
                        "<p>Present: A. Smith, B. Jones</p>");
    pt_expect(doc, "string(" M "m:title)", "Weekly sync");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "string(" M "m:time/@start)", "15:00");
    pt_expect(doc, "string(" M "m:time/@end)", "16:00");
    pt_expect(doc, "string(" M "m:location)", "Room 4, Palais des Nations");
    pt_expect(doc, "string(" M "m:location/@mode)", "in-person");
    /* Present: is for the annexes pass */
    pt_expect(doc, "string(//m:body/m:p)", "Present: A. Smith, B. Jones");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_lines_in_one_paragraph(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Date: Tuesday, 3 March 2026<br/>Time: 3 pm \xE2\x80\x93 4:30 pm<br/>"
                        "Where: Microsoft Teams</p><p>Notes follow.</p>");
    pt_expect(doc, "count(" M "m:title)", "0");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "string(" M "m:time/@start)", "15:00");
    pt_expect(doc, "string(" M "m:time/@end)", "16:30");
    pt_expect(doc, "count(" M "m:time/@zone)", "0");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    assert_int_equal(mn_job_diag_count(job), 0);
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_date_forms(void **state)
{
    (void)state;
    static const struct {
        const char *line, *date;
    } cases[] = {
        {"November 18, 2025", "2025-11-18"},
        {"Tue 18 Nov. 2025", "2025-11-18"},
        {"2025-11-18 | 09:30", "2025-11-18"},
        {"18th of November 2025", "2025-11-18"},
        {"Thursday, February 5th, 2026 at 10:00 UTC", "2026-02-05"},
        {"15\xE2\x80\x93" "17 December 2025, Riyadh", "2025-12-15"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mn_job *job = pt_job();
        char body[256];
        snprintf(body, sizeof body, "<p>Title</p><p>%s</p>", cases[i].line);
        xmlDocPtr doc = run(job, "", body);
        pt_expect(doc, "string(" M "m:date)", cases[i].date);
        pt_expect(doc, "count(//m:body/m:p)", "0");
        assert_int_equal(mn_job_diag_count(job), 0);
        xmlFreeDoc(doc);
        mn_job_free(job);
    }
}

static void test_weekday_contradiction_warns(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "", "<p>Title</p><p>Monday, 18 November 2025</p>");
    pt_expect(doc, "string(" M "m:date)", "2025-11-18");
    assert_true(pt_diag_has(job, "is a Tuesday, not a Monday"));
    xmlFreeDoc(doc);
    mn_job_free(job);
}

/* Two date lines: the second is used, and the change is said. */
static void test_second_date_warns(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "", "<p>Title</p><p>Date: 3 March 2026</p><p>Date: 4 March 2026</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-04");
    assert_true(pt_diag_has(job, "a second meeting date, 2026-03-04, replaces 2026-03-03"));
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_year_and_order(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "", "<p>Title</p><p>Date: 3 March</p>");
    pt_expect(doc, "count(" M "m:date)", "0");
    assert_true(pt_diag_has(job, "no year"));
    xmlFreeDoc(doc);
    mn_job_free(job);

    job = pt_job();
    mn_job_set_option(job, "reference-date", "2026-01-10");
    doc = run(job, "", "<p>Title</p><p>Date: 3 March</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    xmlFreeDoc(doc);
    mn_job_free(job);

    job = pt_job();
    doc = run(job, "", "<p>Title</p><p>Date: 03/04/2026</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-04-03");
    assert_true(pt_diag_has(job, "--date-order"));
    xmlFreeDoc(doc);
    mn_job_free(job);

    job = pt_job();
    mn_job_set_option(job, "date-order", "mdy");
    doc = run(job, "", "<p>Title</p><p>Date: 03/04/2026</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-04");
    assert_int_equal(mn_job_diag_count(job), 0);
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_properties(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    /* authoritative title beats the text; a weak date fills what the text
     * leaves open; a weak title does not beat the text */
    xmlDocPtr doc = run(job,
                        "<prop name=\"title\" authoritative=\"1\">From front matter</prop>"
                        "<prop name=\"date\" authoritative=\"0\">2026-05-04</prop>"
                        "<prop name=\"subtitle\" authoritative=\"0\">Weak subtitle</prop>"
                        "<prop name=\"creator\" authoritative=\"0\">Someone</prop>",
                        "<p>Title in the text</p><p>Subtitle in the text</p><p>Body text.</p>");
    pt_expect(doc, "string(" M "m:title)", "From front matter");
    /* the text's title differs, so it and its subtitle stay in the body;
     * the weak subtitle fills the gap */
    pt_expect(doc, "string(" M "m:subtitle)", "Weak subtitle");
    pt_expect(doc, "string(" M "m:date)", "2026-05-04");
    /* consumed properties are gone, others stay for later passes */
    pt_expect(doc, "count(" M "m:prop)", "1");
    pt_expect(doc, "string(" M "m:prop/@name)", "creator");
    pt_expect(doc, "count(//m:body/m:p)", "3");
    pt_expect(doc, "string(//m:body/m:p[1])", "Title in the text");
    pt_expect(doc, "string(//m:body/m:p[2])", "Subtitle in the text");
    xmlFreeDoc(doc);
    mn_job_free(job);

    job = pt_job();
    doc = run(job,
              "<prop name=\"time\" authoritative=\"1\">10:00-12:30</prop>"
              "<prop name=\"timezone\" authoritative=\"1\">Europe/Brussels</prop>"
              "<prop name=\"location\" authoritative=\"1\">Hybrid (Zoom)</prop>"
              "<prop name=\"date\" authoritative=\"1\">next week</prop>",
              "<p>Title</p><p>5 February 2026 | 09:00 UTC | Geneva</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-02-05");
    pt_expect(doc, "string(" M "m:time/@start)", "10:00");
    pt_expect(doc, "string(" M "m:time/@end)", "12:30");
    pt_expect(doc, "string(" M "m:time/@zone)", "Europe/Brussels");
    pt_expect(doc, "string(" M "m:location)", "Hybrid (Zoom)");
    pt_expect(doc, "string(" M "m:location/@mode)", "hybrid");
    assert_true(pt_diag_has(job, "cannot read the date property"));
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_markdown_title_heading(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<h level=\"1\">Minutes of the Board</h>"
                        "<p><strong>Date:</strong> 3 March 2026</p>"
                        "<h level=\"2\" n=\"1.\">Welcome</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Minutes of the Board");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "count(//m:body/m:h)", "1");
    pt_expect(doc, "string(//m:body/m:h)", "Welcome");
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* a first heading with siblings of its level is a section, not a title */
    job = pt_job();
    doc = run(job, "", "<h level=\"1\">Attendance</h><p>x</p><h level=\"1\">Discussion</h>");
    pt_expect(doc, "count(" M "m:title)", "0");
    pt_expect(doc, "count(//m:body/m:h)", "2");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

#define AUTH_TITLE(t) "<prop name=\"title\" authoritative=\"1\">" t "</prop>"

static void test_auth_same_title_consumed(void **state)
{
    (void)state;
    /* the heading says what the front matter says (case, spaces aside) */
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, AUTH_TITLE("Budget  Committee: Spring session"),
                        "<h level=\"1\">budget committee: spring   SESSION</h>"
                        "<h level=\"2\" n=\"1.\">Opening</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Budget Committee: Spring session");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "count(//m:body/m:h)", "1");
    pt_expect(doc, "string(//m:body/m:h)", "Opening");
    assert_int_equal(mn_job_diag_count(job), 0);
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* the same for a title-like paragraph and a DOCX Title paragraph */
    job = pt_job();
    doc = run(job, AUTH_TITLE("Weekly sync"),
              "<p style=\"Title\" block-role=\"title\">WEEKLY SYNC</p><p>Body text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Weekly sync");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    pt_expect(doc, "string(//m:body/m:p)", "Body text.");
    xmlFreeDoc(doc);
    mn_job_free(job);
    job = pt_job();
    doc = run(job, AUTH_TITLE("Weekly sync"), "<p>Weekly  Sync</p><p>Body text.</p>");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_auth_different_title_kept(void **state)
{
    (void)state;
    /* no subtitle anywhere: the author's heading becomes the subtitle */
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, AUTH_TITLE("Budget Committee"),
                        "<h level=\"1\">A heading that would otherwise be the title</h>"
                        "<h level=\"2\" n=\"1.\">Opening</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Budget Committee");
    pt_expect(doc, "string(" M "m:subtitle)", "A heading that would otherwise be the title");
    pt_expect(doc, "count(//m:body/m:h)", "1");
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* a subtitle in the front matter: the heading stays where it was */
    job = pt_job();
    doc = run(job,
              AUTH_TITLE("Budget Committee")
              "<prop name=\"subtitle\" authoritative=\"1\">Draft minutes</prop>",
              "<h level=\"1\">Spring session</h>"
              "<h level=\"2\" n=\"1.\">Opening</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Budget Committee");
    pt_expect(doc, "string(" M "m:subtitle)", "Draft minutes");
    pt_expect(doc, "count(//m:body/m:h)", "2");
    pt_expect(doc, "string(//m:body/m:h[1])", "Spring session");
    pt_expect(doc, "string(//m:body/m:h[1]/@level)", "1");
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* a subtitle in the text: title and subtitle paragraphs stay together;
     * the same for a DOCX Title paragraph */
    job = pt_job();
    doc = run(job, AUTH_TITLE("Board"),
              "<p style=\"Title\" block-role=\"title\">Annual meeting</p><p>Second session</p>"
              "<p>Date: 3 March 2026</p><p>Body text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Board");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "count(//m:body/m:p)", "3");
    pt_expect(doc, "string(//m:body/m:p[1])", "Annual meeting");
    pt_expect(doc, "string(//m:body/m:p[1]/@style)", "Title");
    pt_expect(doc, "string(//m:body/m:p[2])", "Second session");
    pt_expect(doc, "string(//m:body/m:p[3])", "Body text.");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_auth_different_subtitle_kept(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job,
                        AUTH_TITLE("Board meeting")
                        "<prop name=\"subtitle\" authoritative=\"1\">Draft minutes</prop>",
                        "<p>Board Meeting</p><p>Approved minutes</p><p>Body text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Board meeting");
    pt_expect(doc, "string(" M "m:subtitle)", "Draft minutes");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    pt_expect(doc, "string(//m:body/m:p[1])", "Approved minutes");
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* the same subtitle is consumed */
    job = pt_job();
    doc = run(job,
              "<prop name=\"subtitle\" authoritative=\"1\">Draft minutes</prop>",
              "<p>Board meeting</p><p>draft Minutes</p><p>Body text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Board meeting");
    pt_expect(doc, "string(" M "m:subtitle)", "Draft minutes");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_auth_date_lines(void **state)
{
    (void)state;
    /* a disagreeing date line stays, with a warning; the front matter wins */
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "<prop name=\"date\" authoritative=\"1\">2026-04-14</prop>",
                        "<p>Title</p><p><strong>Date:</strong> 18 November 2025</p>"
                        "<p>Body text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-04-14");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    pt_expect(doc, "string(//m:body/m:p[1])", "Date: 18 November 2025");
    assert_true(pt_diag_has(job, "2025-11-18 disagrees with the front matter's 2026-04-14"));
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* one that agrees (a missing year says nothing else) is consumed */
    job = pt_job();
    doc = run(job, "<prop name=\"date\" authoritative=\"1\">2026-04-14</prop>",
              "<p>Title</p><p>Date: Tuesday, 14 April</p><p>Body text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-04-14");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    assert_int_equal(mn_job_diag_count(job), 0);
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* time and place: the seed's line against other front matter */
    job = pt_job();
    doc = run(job,
              "<prop name=\"date\" authoritative=\"1\">2025-11-18</prop>"
              "<prop name=\"time\" authoritative=\"1\">09:30-11:00</prop>"
              "<prop name=\"location\" authoritative=\"1\">Brussels and online</prop>",
              "<p>Title</p><p>18 November 2025 | 11:00 UTC | Online</p><p>Body text.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "09:30");
    pt_expect(doc, "count(" M "m:time/@zone)", "0");
    pt_expect(doc, "string(" M "m:location)", "Brussels and online");
    pt_expect(doc, "string(//m:body/m:p[1])", "18 November 2025 | 11:00 UTC | Online");
    assert_true(pt_diag_has(job, "meeting time disagrees"));
    assert_true(pt_diag_has(job, "meeting place \"Online\" disagrees"));
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* the same line agreeing with every property is consumed */
    job = pt_job();
    doc = run(job,
              "<prop name=\"date\" authoritative=\"1\">2025-11-18</prop>"
              "<prop name=\"time\" authoritative=\"1\">11:00</prop>"
              "<prop name=\"timezone\" authoritative=\"1\">utc</prop>"
              "<prop name=\"location\" authoritative=\"1\">online</prop>",
              "<p>Title</p><p>18 November 2025 | 11:00 UTC | Online</p><p>Body text.</p>");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    assert_int_equal(mn_job_diag_count(job), 0);
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_stops_at_body(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Title</p><p>1. Introduction</p><p>Date: 3 March 2026</p>");
    pt_expect(doc, "count(" M "m:date)", "0");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* a sentence first: no title, nothing consumed (what it tells is read:
     * test_opening_sentence) */
    job = pt_job();
    doc = run(job, "",
              "<p>The meeting was held on 18 November 2025 in Geneva.</p><list><item>x</item></list>");
    pt_expect(doc, "count(" M "m:title)", "0");
    pt_expect(doc, "string(" M "m:date)", "2025-11-18");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* a drop cap, a lone paragraph: no titles */
    job = pt_job();
    doc = run(job, "<prop name=\"title\" authoritative=\"0\">.</prop>",
              "<p>D</p><p>rop cap.</p>");
    pt_expect(doc, "count(" M "m:title)", "0");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    xmlFreeDoc(doc);
    mn_job_free(job);
    job = pt_job();
    doc = run(job, "", "<p>Walking on imported air</p>");
    pt_expect(doc, "count(" M "m:title)", "0");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    xmlFreeDoc(doc);
    mn_job_free(job);

    /* an unreadable Date: line stays, with a warning */
    job = pt_job();
    doc = run(job, "", "<p>Title</p><p>Date: to be confirmed</p>");
    pt_expect(doc, "string(//m:body/m:p)", "Date: to be confirmed");
    assert_true(pt_diag_has(job, "cannot read the meeting's date"));
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_long_utf8_field(void **state)
{
    (void)state;
    char body[2048] = "<p>Title</p><p>Location: ";
    for (int i = 0; i < 300; i++)
        strcat(body, "\xC3\xA9");
    strcat(body, "</p><p>Text.</p>");
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "", body);
    pt_expect(doc, "string-length(" M "m:location)", "300");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_date_in_title(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "", "<p>Minutes of the meeting of 3 March 2026</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Minutes of the meeting of 3 March 2026");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_parse_date(void **state)
{
    (void)state;
    mn_fm_date d;
    assert_int_equal(mn_fm_parse_date("18 November 2025 |", MN_ORDER_DMY, &d), 16);
    assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20251118);
    assert_int_equal(mn_fm_parse_date("Wednesday, 19 November", MN_ORDER_DMY, &d), 22);
    assert_int_equal(d.weekday, 3);
    assert_int_equal(d.year, 0);
    assert_int_equal(mn_fm_parse_date("Sept. 9th, 2026", MN_ORDER_DMY, &d), 15);
    assert_int_equal(d.month * 100 + d.day, 909);
    assert_int_equal(mn_fm_parse_date("13/12/2025", MN_ORDER_MDY, &d), 10);
    assert_int_equal(d.month * 100 + d.day, 1213); /* 13 cannot be a month */
    assert_int_equal(d.ambiguous, 0);
    assert_int_equal(mn_fm_parse_date("31 April 2026", MN_ORDER_DMY, &d), 0);
    assert_int_equal(mn_fm_parse_date("29 February 2025", MN_ORDER_DMY, &d), 0);
    assert_int_not_equal(mn_fm_parse_date("29 February 2024", MN_ORDER_DMY, &d), 0);
    assert_int_equal(mn_fm_parse_date("2025 Review", MN_ORDER_DMY, &d), 0);
    assert_int_equal(mn_fm_parse_date("Monday", MN_ORDER_DMY, &d), 0);
    assert_int_equal(mn_fm_parse_date("18 Novembers", MN_ORDER_DMY, &d), 0);
    assert_int_equal(mn_fm_parse_date("May we", MN_ORDER_DMY, &d), 0);
    assert_int_equal(mn_fm_weekday(2025, 11, 18), 2);
    assert_int_equal(mn_fm_weekday(2024, 2, 29), 4);
}

static void test_parse_time(void **state)
{
    (void)state;
    mn_fm_time t;
    assert_int_equal(mn_fm_parse_time("11:00 UTC |", &t), 9);
    assert_int_equal(t.start, 660);
    assert_int_equal(t.end, -1);
    assert_string_equal(t.zone, "UTC");
    assert_int_not_equal(mn_fm_parse_time("10am to 12pm (GMT)", &t), 0);
    assert_int_equal(t.start, 600);
    assert_int_equal(t.end, 720);
    assert_string_equal(t.zone, "GMT");
    assert_int_not_equal(mn_fm_parse_time("10\xE2\x80\x93" "11 pm", &t), 0);
    assert_int_equal(t.start, 22 * 60);
    assert_int_equal(t.end, 23 * 60);
    assert_int_not_equal(mn_fm_parse_time("14h30 UTC+01:00", &t), 0);
    assert_int_equal(t.start, 870);
    assert_string_equal(t.zone, "UTC+01:00");
    assert_int_not_equal(mn_fm_parse_time("09:30 Europe/Brussels", &t), 0);
    assert_string_equal(t.zone, "Europe/Brussels");
    assert_int_not_equal(mn_fm_parse_time("12 am", &t), 0);
    assert_int_equal(t.start, 0);
    assert_int_equal(mn_fm_parse_time("25:00", &t), 0);
    /* the zone before a time that names none */
    assert_int_equal(mn_fm_parse_time("UTC 17:00", &t), 9);
    assert_int_equal(t.start, 17 * 60);
    assert_string_equal(t.zone, "UTC");
    assert_int_equal(mn_fm_parse_time("UTC 17:00 CET", &t), 0);
    assert_int_equal(mn_fm_parse_time("UTC 17 people", &t), 0);
    assert_int_equal(mn_fm_parse_time("10:61", &t), 0);
    assert_int_equal(mn_fm_parse_time("10 people", &t), 0);
    assert_int_equal(mn_fm_parse_time("13 pm", &t), 0);
    /* British minutes' dotted minutes, only with am/pm */
    assert_int_not_equal(mn_fm_parse_time("3.45 pm", &t), 0);
    assert_int_equal(t.start, 15 * 60 + 45);
    assert_int_equal(mn_fm_parse_time("2.10 of the rules", &t), 0);
    /* four digits only where a number is a time ("Time: 0930 to 1015") */
    assert_int_equal(mn_fm_parse_time("0930", &t), 0);
    assert_int_not_equal(mn_fm_parse_time_hhmm("0930 to 1015", &t), 0);
    assert_int_equal(t.start, 9 * 60 + 30);
    assert_int_equal(t.end, 10 * 60 + 15);
    assert_int_equal(mn_fm_parse_time_hhmm("1400 hrs", &t), 8);
    assert_int_equal(t.start, 14 * 60);
    assert_int_equal(mn_fm_parse_time_hhmm("2460", &t), 0);
    assert_int_equal(mn_fm_parse_time_hhmm("14000", &t), 0);
}

/* A "Time:" field in four digits, a date with a two-digit year. */
static void test_form_fields(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Site progress meeting</p>"
                        "<p><strong>Date of meeting:</strong> 14/03/26</p>"
                        "<p><strong>Time of meeting:</strong> from 1400 to 1530</p>"
                        "<p>Present: A. Smith, B. Jones</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-14");
    pt_expect(doc, "string(" M "m:time/@start)", "14:00");
    pt_expect(doc, "string(" M "m:time/@end)", "15:30");
    /* "1400" is not how meta writes it: the line is read, and stays */
    pt_expect(doc, "count(//m:body/m:p)", "2");
    pt_expect(doc, "starts-with(//m:body/m:p[1], 'Time of meeting')", "true");
    xmlFreeDoc(doc);
    /* the full stop of "p.m." ends the time, not a sentence */
    doc = run(job, "", "<p>School board</p><p>Tuesday, March 3, 2026 \xE2\x80\x93 6:30 p.m.</p>"
                       "<p>Present: A. Smith, B. Jones</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "string(" M "m:time/@start)", "18:30");
    xmlFreeDoc(doc);
    /* a version is no date, a year no time */
    doc = run(job, "", "<p>Release 2.4.25 review</p><p>Plan for 2026</p><p>Notes follow.</p>");
    pt_expect(doc, "count(" M "m:date)", "0");
    pt_expect(doc, "count(" M "m:time)", "0");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

/* Labels as people type them in Word: longer forms ("Time of meeting:"),
 * ":-", a spaced dash instead of the colon, and " / " between the parts
 * of a line typed in one cell. */
static void test_typed_labels(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Parish walk committee</p>"
                        "<p>Date of the meeting:- 4 March 2026</p>"
                        "<p>Time of meeting: 7.30 pm<br/>Venue \xE2\x80\x93 Church hall</p>"
                        "<p>Present: A. Smith, B. Jones</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-04");
    pt_expect(doc, "string(" M "m:time/@start)", "19:30");
    pt_expect(doc, "string(" M "m:location)", "Church hall");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Team sync</p><p>12 May 2026 / 10 AM / Room 4</p><p>Notes follow here.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-05-12");
    pt_expect(doc, "string(" M "m:time/@start)", "10:00");
    pt_expect(doc, "string(" M "m:location)", "Room 4");
    xmlFreeDoc(doc);
    /* a dash inside a title is no label */
    doc = run(job, "", "<p>Time-boxed review</p><p>Notes follow here.</p>");
    pt_expect(doc, "string(" M "m:title)", "Time-boxed review");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

static void test_location_mode(void **state)
{
    (void)state;
    assert_string_equal(mn_place_mode("Online"), "online");
    assert_string_equal(mn_place_mode("Zoom call"), "online");
    assert_string_equal(mn_place_mode("Brussels and online"), "hybrid");
    assert_string_equal(mn_place_mode("Hybrid"), "hybrid");
    assert_string_equal(mn_place_mode("Conference Room B"), "in-person");
    assert_string_equal(mn_place_mode("In person"), "in-person");
    assert_string_equal(mn_place_mode("Geneva, with remote participation"), "hybrid");
}

static void test_empty_and_hostile(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "", "");
    pt_expect(doc, "count(" M "*)", "0");
    xmlFreeDoc(doc);
    mn_job_free(job);
    /* a very long first line is no title; nothing breaks */
    char *body = malloc(30000);
    assert_non_null(body);
    strcpy(body, "<p>");
    for (int i = 0; i < 2000; i++)
        strcat(body, "18 Nov ");
    strcat(body, "</p>");
    job = pt_job();
    doc = run(job, "", body);
    pt_expect(doc, "count(" M "m:title)", "0");
    pt_expect(doc, "count(//m:body/m:p)", "1");
    xmlFreeDoc(doc);
    mn_job_free(job);
    free(body);
}

/* The place on its own line under the date and time line; a heading in
 * capitals or another field there is no place. */
static void test_place_line_under_date(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Riverside Allotment Society</p>"
                        "<p>Tuesday 3 March 2026, 7.30pm</p><p>Pavilion, Mill Lane Gardens</p>"
                        "<p>Present: A. Smith, B. Jones</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "19:30");
    pt_expect(doc, "string(" M "m:location)", "Pavilion, Mill Lane Gardens");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Library board</p><p>Tuesday 3 March 2026, 7.30pm</p>"
                       "<p>WELCOME AND APOLOGIES</p><p>The chair opened the meeting.</p>");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Library board</p><p>Tuesday 3 March 2026, 7.30pm</p>"
                       "<p>Distribution: General</p><p>The chair opened the meeting.</p>");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

/* The end the minutes tell at their close ("The meeting closed at
 * 9.10pm", "Adjourned at 21:10") completes a start without one; the
 * opening time ("called to order at 7:03") never replaces the start. */
static void test_clock_from_text(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Orchard Lane Residents</p><p>Tuesday 3 March 2026, 7pm</p>"
                        "<section><heading>Welcome</heading>"
                        "<p>The chair called the meeting to order at 7.03pm.</p></section>"
                        "<section><heading>Close</heading>"
                        "<p>There being no other business, the meeting was closed by the chair "
                        "at 9.10pm. The next meeting is on 7 April at 8pm.</p></section>");
    pt_expect(doc, "string(" M "m:time/@start)", "19:00");
    pt_expect(doc, "string(" M "m:time/@end)", "21:10");
    xmlFreeDoc(doc);
    /* an end already written stays */
    doc = run(job, "", "<p>Board call</p><p>3 March 2026, 14:00\xE2\x80\x93" "15:00 UTC</p>"
                       "<p>Adjourned at 15:20.</p>");
    pt_expect(doc, "string(" M "m:time/@end)", "15:00");
    xmlFreeDoc(doc);
    /* no time in the title block: the start the text tells is the best
     * there is, with its end */
    doc = run(job, "", "<p>Board call</p><p>3 March 2026</p>"
                       "<p>The chair called the meeting to order at 14:02.</p><p>Adjourned at 15:20.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "14:02");
    pt_expect(doc, "string(" M "m:time/@end)", "15:20");
    xmlFreeDoc(doc);
    /* terse minutes: the time right after "Adjourned"; a summary record's
     * "The meeting rose at …"; a count of minutes is no time */
    doc = run(job, "", "<p>Steering call</p><p>3 March 2026, 9:30 AM PDT</p><p>Adjourned 10:14 AM PDT.</p>");
    pt_expect(doc, "string(" M "m:time/@end)", "10:14");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Working group, second meeting</p><p>3 March 2026, 3 p.m.</p>"
                       "<section><heading>Close</heading><p>The meeting rose at 5.40 p.m.</p></section>");
    pt_expect(doc, "string(" M "m:time/@end)", "17:40");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Steering call</p><p>3 March 2026, 9:30 AM PDT</p>"
                       "<p>The meeting adjourned 15 minutes early.</p>");
    pt_expect(doc, "string(" M "m:time/@end)", "");
    xmlFreeDoc(doc);
    /* hard-wrapped text: the time on the line after "adjourned at" */
    doc = run(job, "", "<p>Board call</p><p>3 March 2026, 7:00 p.m.</p>"
                       "<p>There being no further business, the meeting was adjourned at</p>"
                       "<p>8:26 p.m. Eastern.</p><p>Respectfully submitted.</p>");
    pt_expect(doc, "string(" M "m:time/@end)", "20:26");
    pt_expect(doc, "count(//m:body/m:p)", "3");
    xmlFreeDoc(doc);
    /* an end alone is no meeting time */
    doc = run(job, "", "<p>Board call</p><p>3 March 2026</p><p>Adjourned at 15:20.</p>");
    pt_expect(doc, "count(" M "m:time)", "0");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

/* Word's Title style names the title: a line above it (a letterhead's
 * address, a register number) gives way and stays in the body; the page
 * header's lines are never the title. */
static void test_title_style_wins(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Unit 4, Mill Yard, Leeds LS2 7EY \xC2\xB7 Company no. 0912345</p>"
                        "<p block-role=\"title\"><strong>Quarterly Review</strong></p>"
                        "<p>12 May 2026 | 10:00</p><p>Present: A. Smith, B. Jones</p>");
    pt_expect(doc, "string(" M "m:title)", "Quarterly Review");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "string(//m:body/m:p[1])",
              "Unit 4, Mill Yard, Leeds LS2 7EY \xC2\xB7 Company no. 0912345");
    xmlFreeDoc(doc);
    /* a date line set in the Subtitle style is the title block's line;
     * a subtitle that names the document beside its date stays one */
    doc = run(job, "",
              "<p block-role=\"title\">Spring Consultations</p>"
              "<p block-role=\"subtitle\">4\xE2\x80\x93" "6 May 2026 | 10:00\xE2\x80\x93" "17:00 CEST | Palais Rose, Lausanne</p>"
              "<p>Text.</p>");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "string(" M "m:time/@zone)", "CEST");
    pt_expect(doc, "string(" M "m:location)", "Palais Rose, Lausanne");
    xmlFreeDoc(doc);
    doc = run(job, "",
              "<p block-role=\"title\">Observability group</p>"
              "<p block-role=\"subtitle\">Meeting notes \xE2\x80\x94 June 11, 2026</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:subtitle)", "Meeting notes \xE2\x80\x94 June 11, 2026");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    /* a style name alone is a source's hint, not the reader's role: the
     * passes never read Word's vocabulary */
    doc = run(job, "",
              "<h level=\"1\" block-role=\"title\">Quarterly Review</h>"
              "<h level=\"1\">Opening</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Quarterly Review");
    xmlFreeDoc(doc);
    doc = run(job, "",
              "<h level=\"1\" style=\"Title\">Quarterly Review</h>"
              "<h level=\"1\">Opening</h><p>Text.</p>");
    pt_expect(doc, "count(" M "m:title)", "0");
    xmlFreeDoc(doc);
    doc = run(job, "",
              "<p style=\"Header\">Registered office: 2 Mill Yard, Leeds</p>"
              "<p>Quarterly Review</p><p>12 May 2026 | 10:00</p><p>Present: A. Smith</p>");
    pt_expect(doc, "string(" M "m:title)", "Quarterly Review");
    pt_expect(doc, "string(" M "m:date)", "2026-05-12");
    pt_expect(doc, "string(//m:body/m:p[1])", "Registered office: 2 Mill Yard, Leeds");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

/* The file's name as the last resort for the date. */
static void test_file_name_date(void **state)
{
    (void)state;
    mn_fm_date d;
#define FILE_DATE(path, want)                                                         \
    do {                                                                              \
        int ok_ = mn_fm_file_date(path, &d);                                          \
        assert_int_equal(ok_ ? d.year * 10000 + d.month * 100 + d.day : 0, want);     \
    } while (0)
    FILE_DATE("minutes/2026-03-04.md", 20260304);
    FILE_DATE("2019.05.02.md", 20190502);
    FILE_DATE("Meeting-weekly-2013-02-19.md", 20130219);
    FILE_DATE("board_20260304.txt", 20260304);
    FILE_DATE("260304_TC_12.md", 20260304);
    FILE_DATE("tc_260304.md", 0);       /* six digits only at the start */
    FILE_DATE("release-1.2.3.md", 0);
    FILE_DATE("2026-13-04.md", 0);      /* no such month */
    FILE_DATE("2026-03-04-5.md", 20260304);
    FILE_DATE("issue-12345678.md", 0);  /* no year 1234 */
    FILE_DATE("2026-03_update.md", 0);  /* a month is no date */
#undef FILE_DATE
}

/* The opening sentence tells the date, time and place ("held on … at …
 * in …"); it stays in the body. */
static void test_opening_sentence(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>NETHERBY PARISH COUNCIL</p>"
                        "<p>Minutes of the meeting of the Parish Council held on Tuesday 3rd March "
                        "2026 in the Old School Room, Netherby, commencing at 7.15pm.</p>"
                        "<p>Present: Cllr A Smith (Chair), Cllr B Jones</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "string(" M "m:time/@start)", "19:15");
    pt_expect(doc, "string(" M "m:location)", "the Old School Room, Netherby");
    pt_expect(doc, "starts-with(//m:body/m:p[1], 'Minutes of the meeting')", "true");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Riverside Trust</p>"
                       "<p>The trustees' meeting took place at 6pm on 4 March 2026 in the Boardroom, "
                       "Calder Mill, and by Zoom.</p><p>Present: A. Smith</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-04");
    pt_expect(doc, "string(" M "m:time/@start)", "18:00");
    pt_expect(doc, "string(" M "m:location)", "the Boardroom, Calder Mill, and by Zoom");
    pt_expect(doc, "string(" M "m:location/@mode)", "hybrid");
    xmlFreeDoc(doc);
    /* the date before the held words, in their sentence; not one of the
     * sentence before */
    doc = run(job, "", "<p>Riverside Trust</p>"
                       "<p>On 5 March 2026, the trustees' meeting held at the Boardroom began "
                       "at 6pm.</p><p>Present: A. Smith</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-05");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Riverside Trust</p>"
                       "<p>The report of 2 February 2026 was noted. The meeting held in the "
                       "Boardroom began at 6pm.</p><p>Present: A. Smith</p>");
    pt_expect(doc, "count(" M "m:date)", "0");
    xmlFreeDoc(doc);
    /* no held words, no reading */
    doc = run(job, "", "<p>Riverside Trust</p><p>We met on 4 March 2026 in the Boardroom.</p>"
                       "<p>Present: A. Smith</p>");
    pt_expect(doc, "count(" M "m:date)", "0");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

/* A name over the title, and a letterhead's contact lines (issue 16):
 * the organisation, never the title; the meeting's title is the line below. */
static void test_organisation(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Brindle Valley Rowing Club\nSpring Committee Meeting\n2 April 2025, 19:00</p>"
                        "<p>The chair opened the meeting.</p>");
    pt_expect(doc, "string(" M "m:organisation)", "Brindle Valley Rowing Club");
    pt_expect(doc, "string(" M "m:title)", "Spring Committee Meeting");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "string(" M "m:date)", "2025-04-02");
    xmlFreeDoc(doc);
    /* a title that names a document is the title, whatever it holds */
    doc = run(job, "", "<p>Brindle Valley Rowing Club Minutes\nSpring Committee Meeting</p><p>Text.</p>");
    pt_expect(doc, "count(" M "m:organisation)", "0");
    pt_expect(doc, "string(" M "m:title)", "Brindle Valley Rowing Club Minutes");
    xmlFreeDoc(doc);
    /* no organisation word: a title and its subtitle */
    doc = run(job, "", "<p>Spring Review\nNotes from the workshop</p><p>Text.</p>");
    pt_expect(doc, "count(" M "m:organisation)", "0");
    pt_expect(doc, "string(" M "m:title)", "Spring Review");
    xmlFreeDoc(doc);
    /* a letterhead: name, department, address, phone; the title below */
    doc = run(job, "",
              "<p>Moorland Borough Council</p><p>Democratic Services</p>"
              "<p>Town Hall, Market Street, Moorland MB3 9QZ</p>"
              "<p>Tel 01234 567 890 \xC2\xB7 clerk@moorland.example</p>"
              "<p>Clerk: Ms P. Oduya</p>"
              "<p>LICENSING SUB-COMMITTEE</p>"
              "<p>Minutes of the meeting held on Monday 3 February 2025 at 10.00am in Room 2</p>"
              "<p>1. Apologies</p>");
    pt_expect(doc, "string(" M "m:organisation)", "Moorland Borough Council");
    pt_expect(doc, "string(" M "m:title)", "LICENSING SUB-COMMITTEE");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "string(" M "m:date)", "2025-02-03");
    pt_expect(doc, "string(" M "m:time/@start)", "10:00");
    /* the department, address, phone and clerk lines stay in the body */
    pt_expect(doc, "string(//m:body/m:p[1])", "Democratic Services");
    pt_expect(doc, "string(//m:body/m:p[2])", "Town Hall, Market Street, Moorland MB3 9QZ");
    pt_expect(doc, "count(//m:body/m:p)", "6");
    xmlFreeDoc(doc);
    /* a US address line with a state and ZIP code */
    doc = run(job, "",
              "<p>Cedar Flats Housing Cooperative</p><p>41 Elm Row, Duluth, MN 55802 | (218) 555-0100</p>"
              "<p>Board Meeting Minutes</p><p>Tuesday, March 4, 2025</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:organisation)", "Cedar Flats Housing Cooperative");
    pt_expect(doc, "string(" M "m:title)", "Board Meeting Minutes");
    pt_expect(doc, "string(" M "m:date)", "2025-03-04");
    xmlFreeDoc(doc);
    /* an address under the date is the meeting's place, not a letterhead */
    doc = run(job, "", "<p>Board Meeting</p><p>4 March 2025, 18:00</p><p>Community Centre, Bath BA1 2AB</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Board Meeting");
    pt_expect(doc, "count(" M "m:organisation)", "0");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

/* A zone named in words after the time, a mode without a place, "--" as a
 * dash (issue 16): boards' and councils' date lines. */
static void test_zone_words_and_mode(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    xmlDocPtr doc = run(job, "",
                        "<p>Finance Committee</p>"
                        "<p>Monday, March 2, 2026 -- 6:30 p.m. Mountain -- by teleconference</p>"
                        "<p>Text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-03-02");
    pt_expect(doc, "string(" M "m:time/@start)", "18:30");
    pt_expect(doc, "string(" M "m:time/@zone)", "Mountain");
    /* how it was held, but no place: an empty location with its mode; the
     * line stays, meta cannot say "by teleconference" */
    pt_expect(doc, "string(" M "m:location)", "");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Finance Committee</p><p>2 March 2026, 10:00 a.m. (Pacific Time), Zoom</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@zone)", "Pacific Time");
    pt_expect(doc, "string(" M "m:location)", "Zoom");
    xmlFreeDoc(doc);
    /* a region word is a zone only right after a time */
    doc = run(job, "", "<p>Finance Committee</p><p>2 March 2026 | Central Library</p><p>Text.</p>");
    pt_expect(doc, "count(" M "m:time)", "0");
    pt_expect(doc, "string(" M "m:location)", "Central Library");
    xmlFreeDoc(doc);
    /* the time in a second zone: read, and the line stays (meta holds one) */
    doc = run(job, "", "<p>Finance Committee</p><p>2 March 2026 \xC2\xB7 15:00 UTC (07:00 Pacific)</p>"
                       "<p><link href=\"https://example.org/a\">Agenda</link> \xC2\xB7 Log</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC");
    pt_expect(doc, "count(" M "m:location)", "0");
    pt_expect(doc, "count(//m:body/m:p)", "3");
    xmlFreeDoc(doc);
    /* under a front matter's title, a "Next meeting: <date>" line is a field */
    doc = run(job, "<prop name=\"title\" authoritative=\"1\">Community call</prop>",
              "<p>Next call: Thursday, 12 March 2026 10am Pacific Time (US and Canada)</p><p>Text.</p>");
    pt_expect(doc, "count(" M "m:subtitle)", "0");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

/* Title blocks as lists, titles carrying the date, the clock the text
 * tells when nothing else does, and opening sentences (issue 16). */
static void test_title_block_habits(void **state)
{
    (void)state;
    mn_job *job = pt_job();
    /* labelled list items leave the list; the others stay */
    xmlDocPtr doc = run(job, "",
                        "<p>Data Formats WG \xE2\x80\x94 2026-04-07</p>"
                        "<list><item>Date/time: Tuesday, 7 April 2026, 16:00\xE2\x80\x93" "17:00 UTC</item>"
                        "<item>Where: Jitsi, see https://example.org/room</item>"
                        "<item>Chairs: Ana Ruiz</item></list><p>Text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Data Formats WG \xE2\x80\x94 2026-04-07");
    pt_expect(doc, "string(" M "m:date)", "2026-04-07");
    pt_expect(doc, "string(" M "m:time/@end)", "17:00");
    pt_expect(doc, "string(" M "m:location)", "Jitsi");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    /* the date item leaves; the place item keeps its link; the chairs stay */
    pt_expect(doc, "count(//m:body/m:list/m:item)", "2");
    xmlFreeDoc(doc);
    /* a time in several zones */
    doc = run(job, "", "<p>Ops call</p><list><item>Date: 7 April 2026</item>"
                       "<item>Time: 15:00 UTC (17:00 CEST, 11:00 EDT, 08:00 PDT)</item></list><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "15:00");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC");
    xmlFreeDoc(doc);
    /* the scheduled start and the adjournment, when no line gives a time */
    doc = run(job, "", "<p>Greyfield Foundation\nBoard Meeting Minutes\nMay 5, 2026</p>"
                       "<p>1. Call to order</p><p>The meeting was scheduled for 18:00 UTC and began at 18:04.</p>"
                       "<p>Adjourned at 19:12 UTC.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "18:00");
    pt_expect(doc, "string(" M "m:time/@end)", "19:12");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC");
    xmlFreeDoc(doc);
    /* a time given above wins over the clock the text tells */
    doc = run(job, "", "<p>Board Meeting</p><p>May 5, 2026, 18:00</p>"
                       "<p>The chair called the meeting to order at 18:04.</p><p>Adjourned at 19:12.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "18:00");
    pt_expect(doc, "string(" M "m:time/@end)", "19:12");
    xmlFreeDoc(doc);
    /* how and when, told around the held words */
    doc = run(job, "", "<p>Held via videoconference on Tuesday, 5 May 2026, at 3 p.m. Central European Summer Time</p>"
                       "<p>Text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-05-05");
    pt_expect(doc, "string(" M "m:time/@start)", "15:00");
    pt_expect(doc, "string(" M "m:time/@zone)", "Central European Summer Time");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Food Bank Volunteers</p><p>Minutes of May 5, 2026 6:30 PM -- held on Zoom</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-05-05");
    pt_expect(doc, "string(" M "m:time/@start)", "18:30");
    pt_expect(doc, "string(" M "m:location)", "Zoom");
    xmlFreeDoc(doc);
    /* a time in zones joined by slashes; "(noon Pacific)"; "(Tuesday)";
     * a platform named as the label of its link; "Call:" */
    doc = run(job, "", "<p>Infra call</p><list><item>Meeting date: 2026-01-13 (Tuesday)</item>"
                       "<item>Time: 9:00 Pacific / 12:00 Eastern / 17:00 UTC</item>"
                       "<item>Call: Jitsi, link in the calendar</item></list><p>Text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-01-13");
    pt_expect(doc, "string(" M "m:time/@zone)", "Pacific");
    pt_expect(doc, "string(" M "m:location)", "Jitsi, link in the calendar");
    xmlFreeDoc(doc);
    /* the host's site and city are the place; a person or an officer as
     * host is none */
    doc = run(job, "", "<p>March 3, 2026 Meeting Notes</p>"
                       "<p>Day 1 of 2. Hosted by Quillon Networks, Lisbon. Coffee from 8:30.</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Quillon Networks, Lisbon");
    xmlFreeDoc(doc);
    /* a sentence that is only the hours; a lone time ("Coffee from 8:30"
     * above, "8:30." here) is none */
    doc = run(job, "", "<p>March 3, 2026 Meeting Notes</p>"
                       "<p>Day 2 of 3. Hosted by Quillon Networks, Lisbon. 9:30\xE2\x80\x93" "17:00 UTC.</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "09:30");
    pt_expect(doc, "string(" M "m:time/@end)", "17:00");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>March 3, 2026 Meeting Notes</p><p>Doors open. 8:30.</p><p>Text.</p>");
    pt_expect(doc, "count(" M "m:time)", "0");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>March 3, 2026 Meeting Notes</p><p>Host: Vireo Labs, Oulu</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Vireo Labs, Oulu");
    xmlFreeDoc(doc);
    /* "held in person at …": the place after how the meeting met */
    doc = run(job, "", "<p>Board of Directors \xE2\x80\x94 3 March 2026</p>"
                       "<p>The meeting was held in person at the Harbour Street offices of Vireo Labs in Oulu.</p>"
                       "<p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "the Harbour Street offices of Vireo Labs in Oulu");
    pt_expect(doc, "string(" M "m:location/@mode)", "in-person");
    xmlFreeDoc(doc);
    /* the title block goes on in sections under the title; they stay, and
     * a line of theirs that is no value is no warning */
    size_t diags = mn_job_diag_count(job);
    doc = run(job, "", "<h level=\"1\">Triage \xE2\x80\x94 3 March 2026</h>"
                       "<h level=\"2\">Date/Time</h><p><strong>UTC 16:00</strong></p><p>Or in your own zone:</p>"
                       "<h level=\"2\">Links</h><list><item>Notes: <link href=\"https://example.org/n\">notes</link></item>"
                       "<item>Jitsi: <link href=\"https://meet.example.org/t\">https://meet.example.org/t</link></item></list>"
                       "<h level=\"2\">Agenda</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "16:00");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC");
    pt_expect(doc, "string(" M "m:location)", "Jitsi");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    pt_expect(doc, "count(//m:body/m:h)", "3");
    assert_int_equal(mn_job_diag_count(job), diags);
    xmlFreeDoc(doc);
    /* "Meeting #41, Zoom": the platform after the meeting's name; the
     * item stays */
    doc = run(job, "", "<h level=\"1\">Provenance TC</h>"
                       "<list><item>Meeting date: March 3, 2026</item><item>Meeting #7, Jitsi</item></list>"
                       "<h level=\"2\">1. Roll call</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Jitsi");
    pt_expect(doc, "string(//m:body/m:list/m:item)", "Meeting #7, Jitsi");
    xmlFreeDoc(doc);
    doc = run(job, "", "<h level=\"1\">Provenance TC</h>"
                       "<list><item>Meeting date: March 3, 2026</item><item>Ana Ruiz, Jitsi</item></list>"
                       "<h level=\"2\">1. Roll call</h><p>Text.</p>");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    /* not once the minutes have begun */
    doc = run(job, "", "<h level=\"1\">Triage \xE2\x80\x94 3 March 2026</h>"
                       "<h level=\"2\">Agenda</h><p>Text.</p>"
                       "<h level=\"2\">Links</h><list><item>Jitsi: <link href=\"https://meet.example.org/t\">https://meet.example.org/t</link></item></list>");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    /* the labelled place, its rooms by session noted after it, is the
     * meeting's: a later session line keeps its room (and stays) */
    doc = run(job, "", "<p>WG minutes \xE2\x80\x94 Meeting 88, Lyon</p>"
                       "<p>Location: Centre de Congr\xC3\xA8s (Session 1: Room B; Session 2: Room C)</p>"
                       "<p>Session 1 - Tuesday 3 March 2026, 09:30-11:30 CET, Room B</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Centre de Congr\xC3\xA8s");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "string(//m:body/m:p[2])", "Session 1 - Tuesday 3 March 2026, 09:30-11:30 CET, Room B");
    xmlFreeDoc(doc);
    /* the kind of meeting before its time is no place */
    doc = run(job, "", "<h level=\"1\">Glossary TF</h><h level=\"2\">Minutes of 3 March 2026</h>"
                       "<p>Teleconference, 16:00 UTC (11:00 Eastern, 17:00 Lisbon)</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "16:00");
    pt_expect(doc, "count(" M "m:location[text()])", "0");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    xmlFreeDoc(doc);
    /* "Held by teleconference (Zoom) under …": how, and the platform as the
     * place; what follows the bracket is no part of how */
    doc = run(job, "", "<p>Water Board \xE2\x80\x94 3 March 2026</p>"
                       "<p>Held by teleconference (Jitsi) under the emergency rules of the district</p>"
                       "<p>1. Call to order</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Jitsi");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    xmlFreeDoc(doc);
    /* "Room:" is a place field; "12 remote" says some joined from afar */
    doc = run(job, "", "<p>Path Telemetry WG \xE2\x80\x94 3 March 2026</p>"
                       "<p>Room: Salle Bleue, Hotel Fleuve</p><p>About 40 people in the room, 12 remote.</p>"
                       "<p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Salle Bleue, Hotel Fleuve");
    pt_expect(doc, "string(" M "m:location/@mode)", "hybrid");
    xmlFreeDoc(doc);
    /* some joined from afar: a physical place's meeting is hybrid */
    doc = run(job, "", "<p>Board of Directors \xE2\x80\x94 3 March 2026</p>"
                       "<p>The meeting was held in person at the Harbour Street offices of Vireo Labs in Oulu, "
                       "with a video bridge for remote directors.</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location/@mode)", "hybrid");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>TC face-to-face \xE2\x80\x94 3 March 2026</p><p>Host: Vireo Labs, Oulu</p>"
                       "<p>Hours: 9:00\xE2\x80\x93" "17:00 EET; remote participation via Teams</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Vireo Labs, Oulu");
    pt_expect(doc, "string(" M "m:location/@mode)", "hybrid");
    xmlFreeDoc(doc);
    /* a street after the host's name, its number first */
    doc = run(job, "", "<p>TC face-to-face \xE2\x80\x94 3 March 2026</p><p>Host:Vireo Labs, 12 Harbour Road, Oulu</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Vireo Labs, 12 Harbour Road, Oulu");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>March 3, 2026 Meeting Notes</p>"
                       "<p>Hosted by Maria Lindqvist, Vireo Labs. Notes by Tom.</p><p>Text.</p>");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>March 3, 2026 Meeting Notes</p>"
                       "<p>Hosted by the Secretary, Lisbon office staff helping.</p><p>Text.</p>");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Infra call</p><p>Date: 2026-01-13</p><p>Platform: Microsoft Teams</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Microsoft Teams");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Steering notes</p><list><item>Date: 2026-01-13, 20:00\xE2\x80\x93" "21:00 UTC (noon Pacific)</item>"
                       "<item><strong>Meetecho:</strong> https://example.org/s</item></list><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC");
    pt_expect(doc, "string(" M "m:location)", "Meetecho");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    /* the link stays in the body */
    pt_expect(doc, "count(//m:body/m:list/m:item)", "2");
    xmlFreeDoc(doc);
    /* a date beside words naming the document is a title, not a place */
    doc = run(job, "", "<p>March 3, 2026 Meeting Notes</p><p>Text here.</p>");
    pt_expect(doc, "string(" M "m:title)", "March 3, 2026 Meeting Notes");
    pt_expect(doc, "string(" M "m:date)", "2026-03-03");
    pt_expect(doc, "count(" M "m:location)", "0");
    xmlFreeDoc(doc);
    /* how the meeting was held, told in its opening section; another
     * meeting's place is not this one's */
    doc = run(job, "", "<p>Board Meeting</p><p>May 5, 2026</p><section><h>Call to order</h>"
                       "<p>The next meeting will be held in Leeds.</p>"
                       "<p>The meeting was held by telephone, hosted by the Secretary.</p></section>");
    pt_expect(doc, "string(" M "m:location)", "");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Board Meeting</p><p>May 5, 2026 | Google Meet</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location/@mode)", "online");
    xmlFreeDoc(doc);
    /* "# Club" over "## Meeting — date"; a lower-case place beside a date
     * and a time */
    doc = run(job, "", "<h level=\"1\">Harbour Rowing Club</h><h level=\"2\">Committee Meeting \xE2\x80\x94 8 March 2026</h>"
                       "<p>8 March 2026, 19:30 \xE2\x80\x93 back room of the Anchor Inn, and on Teams</p>"
                       "<h level=\"2\">Minutes</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:organisation)", "Harbour Rowing Club");
    pt_expect(doc, "string(" M "m:title)", "Committee Meeting \xE2\x80\x94 8 March 2026");
    pt_expect(doc, "string(" M "m:date)", "2026-03-08");
    pt_expect(doc, "string(" M "m:location)", "back room of the Anchor Inn, and on Teams");
    pt_expect(doc, "string(" M "m:location/@mode)", "hybrid");
    xmlFreeDoc(doc);
    /* field lines below the attendance table; a title table's rows */
    doc = run(job, "", "<h level=\"1\">March 3, 2026 Meeting Notes</h><table><row><cell>Name</cell><cell>Org</cell></row></table>"
                       "<p>Times: 10:00\xE2\x80\x93" "16:00 EDT</p><h level=\"2\">Agenda</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@end)", "16:00");
    pt_expect(doc, "string(" M "m:time/@zone)", "EDT");
    pt_expect(doc, "string(//m:body/m:p[1])", "Times: 10:00\xE2\x80\x93" "16:00 EDT");
    xmlFreeDoc(doc);
    doc = run(job, "", "<table><row><cell>Date</cell><cell>2026-05-14</cell></row>"
                       "<row><cell>Time</cell><cell>09:00\xE2\x80\x93" "17:30 CEST</cell></row>"
                       "<row><cell>Venue</cell><cell>Hotel Lipa, Bled</cell></row></table><p>Text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-05-14");
    pt_expect(doc, "string(" M "m:time/@start)", "09:00");
    pt_expect(doc, "string(" M "m:location)", "Hotel Lipa, Bled");
    pt_expect(doc, "count(//m:body/m:table/m:row)", "3");
    xmlFreeDoc(doc);
    /* an organisation's "Inc." is no sentence's stop; a title before the
     * held words */
    doc = run(job, "", "<p>BRAMBLE OPEN DATA FOUNDATION, INC.\nMINUTES OF THE ANNUAL MEETING</p><p>Text here.</p>");
    pt_expect(doc, "string(" M "m:organisation)", "BRAMBLE OPEN DATA FOUNDATION, INC.");
    pt_expect(doc, "string(" M "m:title)", "MINUTES OF THE ANNUAL MEETING");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>MINUTES OF THE MEETING OF THE PARISH COUNCIL held on Monday 2 March 2026 at 7pm in the Hall</p>"
                       "<p>Text here.</p>");
    pt_expect(doc, "string(" M "m:title)", "MINUTES OF THE MEETING OF THE PARISH COUNCIL");
    pt_expect(doc, "string(" M "m:date)", "2026-03-02");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    xmlFreeDoc(doc);
    /* the zone said once for every time, the meeting's hours after it */
    doc = run(job, "", "<h level=\"1\">May 5, 2026 Meeting Notes</h>"
                       "<p>Hosted by Lumen Labs, Oslo. Times are CEST (UTC+2). Day 1 of 2: 10:00\xE2\x80\x93" "17:00.</p>"
                       "<h level=\"2\">Agenda</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "10:00");
    pt_expect(doc, "string(" M "m:time/@end)", "17:00");
    pt_expect(doc, "string(" M "m:time/@zone)", "CEST");
    xmlFreeDoc(doc);
    /* not a sentence's start: no zone statement */
    doc = run(job, "", "<h level=\"1\">Notes</h><p>We said the times are UTC now, 10:00\xE2\x80\x93" "11:00 later.</p>"
                       "<h level=\"2\">Agenda</h><p>Text.</p>");
    pt_expect(doc, "count(" M "m:time)", "0");
    xmlFreeDoc(doc);
    /* a platform named in the held sentence; a note after a platform */
    doc = run(job, "", "<p>Board Meeting</p><p>May 5, 2026</p><section><h>Call to order</h>"
                       "<p>The meeting was held via videoconference, hosted by the Secretary via Zoom.</p></section>");
    pt_expect(doc, "string(" M "m:location)", "Zoom");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Ops call</p><p>Date: May 5, 2026</p><p>Bridge: WebEx (details sent to the list)</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "WebEx");
    pt_expect(doc, "string(//m:body/m:p[1])", "Bridge: WebEx (details sent to the list)");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Ops call</p><p>Date: May 5, 2026</p><p>Location: Teleconference (GoToMeeting)</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:location)", "Teleconference (GoToMeeting)");
    xmlFreeDoc(doc);
    /* a document symbol's block: its date is the document's; the meeting's
     * line gives its zone's offset in brackets */
    doc = run(job, "", "<p>COUNCIL ON TIDAL DATA  CTD/WG/2026/2</p><p>Distr.: General</p><p>30 May 2026</p>"
                       "<p>Original: English</p><p>Working Group on Gauges</p>"
                       "<p>Lisbon, 12 May 2026 | 09:30\xE2\x80\x93" "17:00 WEST (UTC+1) | Sala Tejo, Centro Nautico</p>"
                       "<p>I. Opening</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:organisation)", "COUNCIL ON TIDAL DATA CTD/WG/2026/2");
    pt_expect(doc, "string(" M "m:title)", "Working Group on Gauges");
    pt_expect(doc, "string(" M "m:date)", "2026-05-12");
    pt_expect(doc, "string(" M "m:time/@zone)", "WEST");
    pt_expect(doc, "string(" M "m:location)", "Lisbon, Sala Tejo, Centro Nautico");
    xmlFreeDoc(doc);
    /* a title that carries the date and the time */
    doc = run(job, "", "<p>DRAFT - Steering Committee Minutes - 06 May 2026 9:30 AM PDT</p><p>1. Roll</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-05-06");
    pt_expect(doc, "string(" M "m:time/@start)", "09:30");
    pt_expect(doc, "string(" M "m:time/@zone)", "PDT");
    xmlFreeDoc(doc);
    /* "## Minutes of <date>" under the title; a time field with words
     * around its time */
    doc = run(job, "", "<h level=\"1\">Glossary Task Force</h><h level=\"2\">Minutes of 7 May 2026</h>"
                       "<p>Teleconference, 16:00 UTC (12:00 Eastern)</p><h level=\"2\">Notes</h><p>Text.</p>");
    pt_expect(doc, "string(" M "m:date)", "2026-05-07");
    pt_expect(doc, "string(" M "m:time/@zone)", "UTC");
    xmlFreeDoc(doc);
    doc = run(job, "", "<p>Tracing WG</p><p>Meeting time: Tuesdays 8:00\xE2\x80\x93" "9:00 PT, bi-weekly</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "08:00");
    pt_expect(doc, "string(" M "m:time/@zone)", "PT");
    pt_expect(doc, "count(//m:body/m:p)", "2");
    xmlFreeDoc(doc);
    /* the place told with the time the meeting was called to order */
    doc = run(job, "", "<p>Board of Trustees</p><p>May 5, 2026</p><section><h>Call to order</h>"
                       "<p>The meeting was called to order by Ana Ruiz at 5:32 p.m. in the Reading Room and via Zoom.</p></section>");
    pt_expect(doc, "string(" M "m:time/@start)", "17:32");
    pt_expect(doc, "string(" M "m:location)", "the Reading Room and via Zoom");
    pt_expect(doc, "string(" M "m:location/@mode)", "hybrid");
    xmlFreeDoc(doc);
    /* a mail's subject, without the list's tag */
    doc = run(job, "", "<p>From: Ana Ruiz</p><p>Subject: [infra] Minutes of the 2026-03-02 infra call</p><p>Hi all,</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:title)", "Minutes of the 2026-03-02 infra call");
    pt_expect(doc, "string(" M "m:date)", "2026-03-02");
    xmlFreeDoc(doc);
    /* an abbreviation's stop ends a place, not a sentence */
    doc = run(job, "", "<p>Safety Committee</p><p>05/11/2026 | 7:00 AM | Training Room, 12 Mill Rd.</p><p>Text.</p>");
    pt_expect(doc, "string(" M "m:time/@start)", "07:00");
    pt_expect(doc, "string(" M "m:location)", "Training Room, 12 Mill Rd.");
    xmlFreeDoc(doc);
    mn_job_free(job);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_lines),
        cmocka_unit_test(test_hybrid_line),
        cmocka_unit_test(test_field_lines),
        cmocka_unit_test(test_lines_in_one_paragraph),
        cmocka_unit_test(test_date_forms),
        cmocka_unit_test(test_weekday_contradiction_warns),
        cmocka_unit_test(test_second_date_warns),
        cmocka_unit_test(test_year_and_order),
        cmocka_unit_test(test_properties),
        cmocka_unit_test(test_markdown_title_heading),
        cmocka_unit_test(test_auth_same_title_consumed),
        cmocka_unit_test(test_auth_different_title_kept),
        cmocka_unit_test(test_auth_different_subtitle_kept),
        cmocka_unit_test(test_auth_date_lines),
        cmocka_unit_test(test_stops_at_body),
        cmocka_unit_test(test_date_in_title),
        cmocka_unit_test(test_long_utf8_field),
        cmocka_unit_test(test_parse_date),
        cmocka_unit_test(test_parse_time),
        cmocka_unit_test(test_typed_labels),
        cmocka_unit_test(test_place_line_under_date),
        cmocka_unit_test(test_clock_from_text),
        cmocka_unit_test(test_title_style_wins),
        cmocka_unit_test(test_form_fields),
        cmocka_unit_test(test_file_name_date),
        cmocka_unit_test(test_opening_sentence),
        cmocka_unit_test(test_organisation),
        cmocka_unit_test(test_zone_words_and_mode),
        cmocka_unit_test(test_title_block_habits),
        cmocka_unit_test(test_location_mode),
        cmocka_unit_test(test_empty_and_hostile),
        cmocka_unit_test(test_fields_fr_es),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
