/* SPDX-License-Identifier: MIT */
/* doclang.c — the numeric date order a document's language implies.
 *
 * Word files carry w:lang (en-US, en-GB, fr-FR) and front matter may carry
 * `lang`; "02/08/2024" in a document written en-US is 8 February, in en-GB
 * 2 August.  The passes ask here so the option and the declaration are read
 * one way everywhere.  The document's own unambiguous dates come before its
 * declared language: Word marks most files en-US whatever their writers'
 * habit, so a British council's "30/09/2025" outweighs the w:lang. */
#include "doclang.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "xmlutil.h"

/* Regions whose usage writes the month before the day (CLDR's short date
 * patterns): the United States and its territories, the Philippines, the
 * Federated States of Micronesia, the Marshall Islands, Palau and Belize. */
static const char *const mn_month_first_regions[] = {"US", "AS", "GU", "MP", "PR", "UM", "VI",
                                                     "PH", "FM", "MH", "PW", "BZ", NULL};

static int mn_order_of_option(const char *o)
{
    if (!o)
        return 0;
    switch (tolower((unsigned char)o[0])) {
    case 'd':
        return 'd';
    case 'm':
        return 'm';
    case 'y':
        return 'y';
    default:
        return 0;
    }
}

/* The region subtag of a BCP 47 tag ("en-US", "es-419", "zh-Hant-TW"): the
 * first later subtag of two letters or three digits, copied upper-case. */
static int mn_lang_region(const char *tag, char region[4])
{
    const char *p = strchr(tag, '-');
    if (!p)
        p = strchr(tag, '_');
    while (p) {
        const char *s = p + 1, *e = s;
        while (*e && *e != '-' && *e != '_')
            e++;
        size_t n = (size_t)(e - s);
        int alpha2 = n == 2 && isalpha((unsigned char)s[0]) && isalpha((unsigned char)s[1]);
        int digit3 = n == 3 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
                     isdigit((unsigned char)s[2]);
        if (alpha2 || digit3) {
            for (size_t i = 0; i < n; i++)
                region[i] = (char)toupper((unsigned char)s[i]);
            region[n] = '\0';
            return 1;
        }
        p = *e ? e : NULL;
    }
    return 0;
}

static int mn_order_of_lang(const char *tag)
{
    char region[4];
    if (!tag || !mn_lang_region(tag, region))
        return 0;
    for (size_t i = 0; mn_month_first_regions[i]; i++)
        if (strcmp(region, mn_month_first_regions[i]) == 0)
            return 'm';
    return 'd';
}

/* Numeric dates that can be read one way only ("23/05/22", "2/15") vote for
 * their order.  "24/7" is a manner of speaking, not a date; dotted numbers
 * count only with a year ("4.2" is a version). */
typedef struct mn_order_votes {
    size_t day_first, month_first;
} mn_order_votes;

static size_t mn_digits(const unsigned char *s, int *value)
{
    size_t n = 0;
    *value = 0;
    while (n < 5 && isdigit(s[n]))
        *value = *value * 10 + (s[n++] - '0');
    return n;
}

static void mn_vote_at(const unsigned char *s, mn_order_votes *v)
{
    int a, b, y;
    size_t na = mn_digits(s, &a);
    if (na < 1 || na > 2 || (s[na] != '/' && s[na] != '.'))
        return;
    unsigned char sep = s[na];
    size_t nb = mn_digits(s + na + 1, &b);
    if (nb < 1 || nb > 2)
        return;
    const unsigned char *e = s + na + 1 + nb;
    size_t ny = 0;
    if (*e == sep) {
        ny = mn_digits(e + 1, &y);
        if (ny != 2 && ny != 4)
            return;
        e += 1 + ny;
    }
    if (isdigit(*e) || *e == '/' || (ny == 0 && sep == '.') || (a == 24 && b == 7 && !ny))
        return;
    if (a < 1 || b < 1 || a > 31 || b > 31)
        return;
    if (a > 12 && b <= 12)
        v->day_first++;
    else if (b > 12 && a <= 12)
        v->month_first++;
}

static void mn_vote_text(const char *t, mn_order_votes *v)
{
    const unsigned char *s = (const unsigned char *)t;
    for (size_t i = 0; s[i]; i++)
        if (isdigit(s[i]) && (i == 0 || (!isdigit(s[i - 1]) && s[i - 1] != '/' && s[i - 1] != '.')))
            mn_vote_at(s + i, v);
}

static void mn_vote_tree(const xmlNode *n, mn_order_votes *v)
{
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content)
            mn_vote_text((const char *)c->content, v);
        else if (c->type == XML_ELEMENT_NODE)
            mn_vote_tree(c->children, v);
    }
}

/* The order the document's own unambiguous dates show, when they agree
 * enough: one reading with votes and at least twice the other's. */
static int mn_order_of_usage(xmlDocPtr doc)
{
    mn_order_votes v = {0, 0};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (root)
        mn_vote_tree(root->children, &v);
    if (v.day_first > 2 * v.month_first)
        return 'd';
    if (v.month_first > 2 * v.day_first)
        return 'm';
    return 0;
}

/* The declared language: xml:lang on the root (the XML reader's, or the
 * language chosen before the passes, core/src/langchoice.c: --lang or the
 * text's own when the reader's was a template's default), else the readers'
 * `lang` property.  A root xml:lang is the language: a tag without a region
 * there ("fr") says nothing, and the reader's other tag is not asked. */
static int mn_order_of_declaration(xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlChar *lang = root ? xmlNodeGetLang(root) : NULL;
    int order = mn_order_of_lang((const char *)lang), declared = lang != NULL;
    xmlFree(lang);
    if (order || declared)
        return order;
    xmlNodePtr meta = mn_meta(doc);
    for (xmlNodePtr c = meta ? mn_child(meta, "prop") : NULL; c && !order; c = mn_next(c, "prop"))
        if (mn_attr_is(c, "name", "lang")) {
            char *v = mn_text_folded(c);
            order = mn_order_of_lang(v);
            free(v);
        }
    return order;
}

int mn_doc_date_order(xmlDocPtr doc, const mn_job *job)
{
    int order = mn_order_of_option(mn_job_option(job, "date-order"));
    if (!order)
        order = mn_order_of_usage(doc);
    return order ? order : mn_order_of_declaration(doc);
}
