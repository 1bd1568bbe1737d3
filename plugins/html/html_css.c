/* SPDX-License-Identifier: MIT */
/* html_css.c — the page's stylesheet: readable on screen, a handout when
 * printed from the browser, dark colours when the reader's system asks for
 * them.  Every colour pair meets WCAG AA (4.5:1) for text; a house style's
 * accent is checked for it when the style file is read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

#define DEFAULT_ACCENT "#1f4e79"
#define DEFAULT_BODY "\"DejaVu Serif\", Georgia, \"Times New Roman\", serif"
#define DEFAULT_HEADING "\"DejaVu Sans\", \"Helvetica Neue\", Arial, sans-serif"
#define DEFAULT_MONO "\"DejaVu Sans Mono\", Menlo, Consolas, monospace"

static const char rules[] =
    "*,*::before,*::after{box-sizing:border-box}\n"
    "html{-webkit-text-size-adjust:100%}\n"
    "body{margin:0;background:var(--bg);color:var(--ink);font:1.0625rem/1.55 var(--font-body)}\n"
    ".minutes{max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}\n"
    ".minutes h1,.minutes h2,.minutes h3,.minutes h4,.minutes h5,.minutes h6{font-family:var(--font-heading);"
    "color:var(--accent);line-height:1.25;margin:1.6em 0 .5em}\n"
    ".minutes h1{font-size:1.9rem;margin-top:0}\n"
    ".minutes h2{font-size:1.35rem;border-bottom:1px solid var(--rule);padding-bottom:.2em}\n"
    ".minutes h3{font-size:1.15rem}\n"
    ".minutes h4,.minutes h5,.minutes h6{font-size:1rem}\n"
    ".minutes a{color:var(--link)}\n"
    ".minutes a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}\n"
    ".title-block{border-bottom:3px solid var(--accent);padding-bottom:1rem;margin-bottom:1.5rem}\n"
    ".title-block .org{font-family:var(--font-heading);color:var(--muted);margin:0 0 .75rem;"
    "display:flex;align-items:center;gap:.75rem}\n"
    ".title-block .org img{max-height:3rem;max-width:12rem}\n"
    ".title-block .subtitle{font-size:1.2rem;margin:.25rem 0 .5rem;color:var(--muted)}\n"
    ".title-block .when{margin:.25rem 0 0;font-family:var(--font-heading)}\n"
    ".toc{background:var(--shade);padding:.75rem 1.25rem;border-radius:4px;font-family:var(--font-heading)}\n"
    ".toc h2{font-size:1rem;border:0;margin:0 0 .25rem;padding:0}\n"
    ".toc ul{margin:0;padding-left:0;list-style:none}\n"
    ".toc ul ul{padding-left:1.25rem}\n"
    ".n{font-variant-numeric:tabular-nums;margin-right:.4em}\n"
    "ol.labelled,ul.labelled{list-style:none;padding-left:1.25rem}\n"
    "ol.labelled>li>.n,ul.labelled>li>.n{margin-left:-1.25rem;display:inline-block;min-width:1.25rem}\n"
    ".action,.decision{border-left:4px solid var(--accent);background:var(--shade);padding:.5rem .9rem;"
    "margin:.75rem 0;border-radius:0 4px 4px 0}\n"
    ".decision{border-left-color:var(--decision)}\n"
    ".action>.head,.decision>.head{display:block;font-family:var(--font-heading);font-size:.9rem;"
    "color:var(--muted);margin-bottom:.2rem}\n"
    ".head .kind{font-weight:bold;color:var(--ink);text-transform:uppercase;letter-spacing:.04em}\n"
    ".status{display:inline-block;padding:0 .45em;border-radius:3px;border:1px solid currentColor;font-size:.85em}\n"
    ".speaker{font-weight:bold}\n"
    ".note{font-size:.92rem;color:var(--muted);border-left:2px solid var(--rule);padding-left:.6rem;margin:.4rem 0}\n"
    "time.vague{text-decoration:underline dotted}\n"
    "table{border-collapse:collapse;width:100%;margin:.75rem 0;font-size:.95rem}\n"
    "th,td{border:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}\n"
    "thead th{background:var(--shade);font-family:var(--font-heading)}\n"
    "caption{text-align:left;color:var(--muted);padding-bottom:.25rem}\n"
    ".groups{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:0 1.5rem}\n"
    ".groups ul{list-style:none;padding:0;margin:0}\n"
    ".person .role,.person .affiliation,.person .handle{color:var(--muted)}\n"
    ".page-footer{margin-top:3rem;border-top:1px solid var(--rule);padding-top:.75rem;color:var(--muted);"
    "font-size:.9rem}\n"
    "code,.handle{font-family:var(--font-mono);font-size:.9em}\n"
    "@media (prefers-color-scheme:dark){:root{--bg:#121417;--ink:#e6e6e6;--muted:#b4b9bf;--rule:#4a5058;"
    "--shade:#1d2126;--link:#9ccaff;--decision:#7fd19b;--accent:var(--accent-dark)}}\n"
    "@media print{:root{--bg:#fff;--ink:#000;--muted:#333;--shade:#f2f2f2;--link:#000}\n"
    "body{font-size:10.5pt}.minutes{max-width:none;padding:0}.toc{display:none}\n"
    ".minutes h2,.minutes h3,.minutes h4{break-after:avoid}\n"
    ".action,.decision,tr,.person,figure{break-inside:avoid}\n"
    "p{orphans:2;widows:2}thead{display:table-header-group}\n"
    ".minutes a[href^=\"http\"]::after{content:\" <\" attr(href) \">\";font-size:.85em;color:var(--muted)}\n"
    "@page{size:A4;margin:18mm 16mm 20mm}}\n";

/* The accent lightened for dark backgrounds: mixed halfway with white,
 * which keeps its hue and clears 4.5:1 on the dark page for any accent
 * dark enough for white. */
static void dark_variant(const char *hex6, char out[8])
{
    unsigned v = (unsigned)strtoul(hex6 + 1, NULL, 16);
    unsigned rgb[3] = {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    for (int i = 0; i < 3; i++)
        rgb[i] = rgb[i] + (255 - rgb[i]) * 60 / 100;
    snprintf(out, 8, "#%02x%02x%02x", rgb[0] & 0xffu, rgb[1] & 0xffu, rgb[2] & 0xffu);
}

/* #rgb as #rrggbb. */
static void expand(const char *c, char out[8])
{
    if (strlen(c) == 4)
        snprintf(out, 8, "#%c%c%c%c%c%c", c[1], c[1], c[2], c[2], c[3], c[3]);
    else
        snprintf(out, 8, "%s", c);
}

/* A family from the style with the default's fallbacks after it. */
static void font_var(ho *h, const char *var, const char *family, const char *fallback)
{
    ho_printf(h, "--%s:", var);
    if (family) {
        ho_str(h, "\"");
        ho_str(h, family); /* checked by the style reader: no quotes, no syntax */
        ho_str(h, "\",");
    }
    ho_str(h, fallback);
    ho_str(h, ";");
}

void hw_css(ho *h, const mn_style *style)
{
    const char *accent = mn_style_get(style, "accent");
    char light[8], dark[8];
    expand(accent ? accent : DEFAULT_ACCENT, light);
    dark_variant(light, dark);
    ho_str(h, "<style>\n:root{color-scheme:light dark;--bg:#fff;--ink:#1a1a1a;--muted:#4d5358;"
              "--rule:#c9ced4;--shade:#f3f5f7;--link:#0b5cad;--decision:#2e6b3f;");
    ho_printf(h, "--accent:%s;--accent-dark:%s;", light, dark);
    font_var(h, "font-body", mn_style_get(style, "font.body"), DEFAULT_BODY);
    font_var(h, "font-heading", mn_style_get(style, "font.heading"), DEFAULT_HEADING);
    font_var(h, "font-mono", mn_style_get(style, "font.mono"), DEFAULT_MONO);
    ho_str(h, "}\n");
    ho_raw(h, rules, sizeof rules - 1);
    ho_str(h, "</style>\n");
}
