/* SPDX-License-Identifier: MIT */
/* test_language.c — a document's language (issue 23): told from its text
 * by the lexicons' function words, declared by the reader, or given with
 * --lang; and the passes then read it with that language's lexicon. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>

#include "job.h"
#include "language.h"
#include "lexicon.h"
#include "minutes/minutes.h"

static mn_lexicon *lexicons[3];

static int load_lexicons(void **state)
{
    (void)state;
    const char *langs[] = {"en", "fr", "es"};
    for (int i = 0; i < 3; i++) {
        char *path = mn_lexicon_default_path(langs[i], NULL), *error = NULL;
        lexicons[i] = path ? mn_lexicon_open(path, langs[i], &error) : NULL;
        free(path);
        free(error);
        if (!lexicons[i])
            return -1;
    }
    return 0;
}

static int free_lexicons(void **state)
{
    (void)state;
    for (int i = 0; i < 3; i++)
        mn_lexicon_free(lexicons[i]);
    return 0;
}

/* The language of a document whose body holds the paragraphs given. */
static const char *language_of(const char *first, ...)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewDocNode(doc, NULL, BAD_CAST "minutes", NULL);
    xmlDocSetRootElement(doc, root);
    xmlNodePtr body = xmlNewChild(root, NULL, BAD_CAST "body", NULL);
    va_list ap;
    va_start(ap, first);
    for (const char *p = first; p; p = va_arg(ap, const char *))
        xmlNewTextChild(body, NULL, BAD_CAST "p", BAD_CAST p);
    va_end(ap);
    const char *lang = mn_language_of_text(doc, (const mn_lexicon *const *)lexicons, 3);
    xmlFreeDoc(doc);
    return lang;
}

static void test_text_tells_the_language(void **state)
{
    (void)state;
    assert_string_equal(language_of("The board met at the library and agreed to move the "
                                    "spring fair to the church hall.",
                                    "Ana will book it by Friday.", NULL),
                        "en");
    assert_string_equal(language_of("Le bureau s'est réuni à la médiathèque et a décidé de "
                                    "déplacer la fête du printemps dans la salle des fêtes.",
                                    "Ana réserve la salle avant vendredi.", NULL),
                        "fr");
    assert_string_equal(language_of("La junta se reunió en la biblioteca y acordó trasladar "
                                    "la feria de primavera al salón parroquial.",
                                    "Ana reservará el salón para el viernes.", NULL),
                        "es");
    /* typographic apostrophes part words as straight ones do */
    assert_string_equal(language_of("L’ordre du jour est adopté ; l’assemblée passe au point "
                                    "suivant et le trésorier présente les comptes.",
                                    NULL),
                        "fr");
}

static void test_text_that_does_not_tell(void **state)
{
    (void)state;
    /* too few words: names and numbers only */
    assert_null(language_of("Ana Ruiz, Bob Chen", "2026-03-10 14:00", NULL));
    /* as much of each language */
    assert_null(language_of("The minutes were approved and the budget was adopted.",
                            "Le compte rendu est approuvé et le budget est adopté.", NULL));
    /* English with French names and a French place stays English */
    assert_string_equal(language_of("Present: Jean-Luc Ferrand, Hélène Barrault.",
                                    "The committee met at the Salle des Fêtes in Montlaurier "
                                    "and the chair thanked the hosts for the use of the hall.",
                                    NULL),
                        "en");
}

static void test_tags(void **state)
{
    (void)state;
    assert_true(mn_language_tag_ok("fr"));
    assert_true(mn_language_tag_ok("es-MX"));
    assert_true(mn_language_tag_ok("zh-Hant-TW"));
    assert_false(mn_language_tag_ok("f"));
    assert_false(mn_language_tag_ok("fren"));
    assert_false(mn_language_tag_ok("fr--FR"));
    assert_false(mn_language_tag_ok("fr-"));
    assert_false(mn_language_tag_ok("fr FR"));
    assert_false(mn_language_tag_ok(NULL));
    assert_true(mn_language_same("fr-FR", "fr"));
    assert_true(mn_language_same("ES", "es-419"));
    assert_false(mn_language_same("en-GB", "es"));
    assert_false(mn_language_same("fr", "fra"));
}

/* ---- the pipeline ------------------------------------------------------------ */

/* INPUT (named NAME) converted to canonical XML, with --lang LANG when not
 * NULL.  free() the result. */
static char *convert(const char *name, const char *input, const char *lang)
{
    mn_context *ctx = mn_context_new();
    mn_context_add_plugin_dir(ctx, MN_TEST_PLUGIN_DIR);
    mn_job *job = mn_job_new(ctx, name);
    assert_int_equal(mn_job_set_input(job, input, strlen(input)), 0);
    if (lang)
        mn_job_set_option(job, "lang", lang);
    assert_int_equal(mn_job_read(job), 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(mn_job_write_stream(job, "xml", fp), 0);
    fclose(fp);
    mn_job_free(job);
    mn_context_free(ctx);
    return buf;
}

static const char *const french =
    "Comité de quartier des Tilleuls\n\n"
    "Présents : Ana Ruiz, Bob Chen\n"
    "Excusés : Carla Diaz\n\n"
    "Le comité a examiné les devis pour la fête des voisins et il a été question du parking.\n\n"
    "Décision : la fête aura lieu dans la cour de l'école.\n\n"
    "À faire : Bob réserve les tables avant la fin du mois.\n";

static void test_french_text_uses_the_french_lexicon(void **state)
{
    (void)state;
    char *xml = convert("comite.txt", french, NULL);
    assert_non_null(strstr(xml, "xml:lang=\"fr\""));
    /* the French words are understood: the regrets, the decision, the action */
    assert_non_null(strstr(xml, "<group label=\"Excusés\">"));
    assert_non_null(strstr(xml, "<decision"));
    assert_non_null(strstr(xml, "<action"));
    free(xml);
}

static void test_declaration_and_override(void **state)
{
    (void)state;
    /* front matter is the writer's word: it wins over the text */
    char *xml = convert("notes.md", "---\nlang: es\n---\n\nThe board met and the budget was adopted.\n"
                        "The chair thanked the members for their work on the report.\n", NULL);
    assert_non_null(strstr(xml, "xml:lang=\"es\""));
    free(xml);
    /* --lang wins over both */
    xml = convert("comite.txt", french, "en-GB");
    assert_non_null(strstr(xml, "xml:lang=\"en-GB\""));
    assert_null(strstr(xml, "<decision"));
    free(xml);
    /* a language without a lexicon is written, and the English words are read */
    xml = convert("notes.txt", "Decision: the hall is booked.\n", "de");
    assert_non_null(strstr(xml, "xml:lang=\"de\""));
    assert_non_null(strstr(xml, "<decision"));
    free(xml);
}

/* A document mixing languages keeps the majority's on the root and marks
 * each paragraph or item clearly in another language with its own
 * xml:lang; short ones ("Merci à tous."), and those in the document's
 * language, are never marked. */
static const char *const mixed =
    "# Joint steering committee\n\n"
    "Date: 12 March 2026\n\n"
    "## 1. Budget\n\n"
    "The committee reviewed the draft budget for the next year and agreed to keep the "
    "travel line at the same level as this year.\n\n"
    "Le représentant de la délégation a rappelé que les crédits de traduction sont déjà "
    "engagés pour le premier semestre et qu'ils ne peuvent pas être réduits.\n\n"
    "La delegación señaló que los fondos para las reuniones regionales están comprometidos "
    "hasta el mes de junio y que no se pueden mover.\n\n"
    "- Merci à tous et à toutes.\n"
    "- The secretariat will send the revised budget to the members before the next meeting.\n"
    "- Les membres du bureau recevront le budget révisé avant la prochaine réunion du comité.\n\n"
    "The chair said the committee would meet again in the spring and thanked the members "
    "for their work.\n";

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

static void test_mixed_document_marks_paragraphs(void **state)
{
    (void)state;
    char *xml = convert("mixed.md", mixed, NULL);
    assert_non_null(strstr(xml, "<minutes xmlns=\"urn:minutes:1\" version=\"1\" xml:lang=\"en\">"));
    assert_non_null(strstr(xml, " xml:lang=\"fr\">Le représentant de la délégation"));
    assert_non_null(strstr(xml, " xml:lang=\"es\">La delegación señaló"));
    assert_non_null(strstr(xml, " xml:lang=\"fr\">Les membres du bureau recevront"));
    /* the root, two French blocks and one Spanish: the short French item
     * and the English blocks have none */
    assert_int_equal(count(xml, "xml:lang="), 4);
    free(xml);
    /* one language throughout: only the root says it */
    xml = convert("comite.txt", french, NULL);
    assert_int_equal(count(xml, "xml:lang="), 1);
    free(xml);
    /* Spanish initials ("D. Javier", "Dª. Amparo") are no French "d'" */
    xml = convert("junta.txt",
                  "Junta de propietarios\n\n"
                  "La junta se celebró en el local de la comunidad y los vecinos aprobaron las "
                  "cuentas del año con el voto de todos los presentes.\n\n"
                  "1º B D. Javier Olmedo Puerta (representado por D. Manuel Jiménez Cano) 3º C "
                  "Dª. Amparo Delgado Torres (representada por Dª. Rosario Peña Villar)\n\n"
                  "Se acordó que la derrama para la fachada se pagará en dos plazos y que el "
                  "administrador enviará los recibos a los vecinos.\n",
                  NULL);
    assert_non_null(strstr(xml, "xml:lang=\"es\""));
    assert_int_equal(count(xml, "xml:lang="), 1);
    free(xml);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_tells_the_language),
        cmocka_unit_test(test_text_that_does_not_tell),
        cmocka_unit_test(test_tags),
        cmocka_unit_test(test_french_text_uses_the_french_lexicon),
        cmocka_unit_test(test_declaration_and_override),
        cmocka_unit_test(test_mixed_document_marks_paragraphs),
    };
    return cmocka_run_group_tests(tests, load_lexicons, free_lexicons);
}
