/* SPDX-License-Identifier: MIT */
/* fuzz_docx_document.c — bytes as word/document.xml inside a fixed, valid
 * package (built in memory with libzip), so that mutations go to the
 * WordprocessingML rather than to the container.  The other parts give the
 * document something to refer to: styles (Title, headings, list paragraph),
 * numbering (a decimal and a bullet list, two levels), a footnote, an
 * endnote, a comment, a first-page header, core properties and a hyperlink
 * relationship, under the ids Word itself uses (rId1…). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "fuzz.h"

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL(id, type, target) \
    "<Relationship Id=\"" id "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" \
    type "\" Target=\"" target "\"/>"
#define OVR(part, type) \
    "<Override PartName=\"/" part "\" ContentType=\"application/vnd.openxmlformats-" type "\"/>"
#define WML "officedocument.wordprocessingml."

static const char content_types[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    OVR("word/document.xml", WML "document.main+xml")
    OVR("word/styles.xml", WML "styles+xml")
    OVR("word/numbering.xml", WML "numbering+xml")
    OVR("word/footnotes.xml", WML "footnotes+xml")
    OVR("word/endnotes.xml", WML "endnotes+xml")
    OVR("word/comments.xml", WML "comments+xml")
    OVR("word/header1.xml", WML "header+xml")
    OVR("docProps/core.xml", "package.core-properties+xml")
    "</Types>";

static const char root_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "officeDocument\" Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
    "core-properties\" Target=\"docProps/core.xml\"/>"
    "</Relationships>";

static const char document_rels[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    REL("rId1", "styles", "styles.xml")
    REL("rId2", "numbering", "numbering.xml")
    REL("rId3", "footnotes", "footnotes.xml")
    REL("rId4", "endnotes", "endnotes.xml")
    REL("rId5", "comments", "comments.xml")
    REL("rId6", "header", "header1.xml")
    "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "hyperlink\" Target=\"https://example.org/minutes\" TargetMode=\"External\"/>"
    REL("rId8", "image", "../../etc/passwd")
    "</Relationships>";

#define STYLE(type, id, name, extra) \
    "<w:style w:type=\"" type "\" w:styleId=\"" id "\"><w:name w:val=\"" name "\"/>" extra "</w:style>"

static const char styles[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:styles " W_NS ">"
    STYLE("paragraph", "Normal", "Normal", "")
    STYLE("paragraph", "Title", "Title", "<w:basedOn w:val=\"Normal\"/>")
    STYLE("paragraph", "Subtitle", "Subtitle", "<w:basedOn w:val=\"Normal\"/>")
    STYLE("paragraph", "Heading1", "heading 1", "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>")
    STYLE("paragraph", "Heading2", "heading 2", "<w:basedOn w:val=\"Heading1\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>")
    STYLE("paragraph", "ListParagraph", "List Paragraph",
          "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr>")
    STYLE("character", "Strong", "Strong", "<w:rPr><w:b/></w:rPr>")
    STYLE("character", "Hyperlink", "Hyperlink", "<w:rPr><w:u w:val=\"single\"/></w:rPr>")
    "</w:styles>";

#define LVL(n, fmt, text) \
    "<w:lvl w:ilvl=\"" n "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" fmt "\"/><w:lvlText w:val=\"" text "\"/></w:lvl>"

static const char numbering[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:numbering " W_NS ">"
    "<w:abstractNum w:abstractNumId=\"0\">" LVL("0", "decimal", "%1.") LVL("1", "lowerLetter", "%1.%2)") "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\">" LVL("0", "bullet", "\xE2\x80\xA2") LVL("1", "bullet", "o") "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
    "</w:numbering>";

#define NOTE(el, id, text) "<w:" el " w:id=\"" id "\"><w:p><w:r><w:t>" text "</w:t></w:r></w:p></w:" el ">"

static const char footnotes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:footnotes " W_NS ">"
    "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p/></w:footnote>"
    NOTE("footnote", "1", "A footnote on 1 December 2025.")
    "</w:footnotes>";

static const char endnotes[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:endnotes " W_NS ">" NOTE("endnote", "1", "An endnote.") "</w:endnotes>";

static const char comments[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:comments " W_NS ">" NOTE("comment", "0", "A comment.") "</w:comments>";

static const char header1[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:hdr " W_NS "><w:p><w:r><w:t>Meeting XII | 18 November 2025</w:t></w:r></w:p></w:hdr>";

static const char core_props[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    "<dc:title>Fuzz minutes</dc:title><dc:creator>Secretariat</dc:creator>"
    "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-11-18T11:00:00Z</dcterms:created>"
    "</cp:coreProperties>";

/* Adds NAME with LEN bytes of DATA (not copied: libzip reads it at close). */
static void pkg_add(zip_t *za, const char *name, const void *data, size_t len)
{
    zip_source_t *src = zip_source_buffer(za, data, len, 0);
    if (!src)
        fz_fail(NULL, "zip_source_buffer", 0);
    zip_int64_t i = zip_file_add(za, name, src, ZIP_FL_ENC_UTF_8);
    if (i < 0) {
        zip_source_free(src);
        fz_fail(NULL, "zip_file_add", 0);
    }
    /* Stored, not deflated: the harness's time goes to the reader. */
    zip_set_file_compression(za, (zip_uint64_t)i, ZIP_CM_STORE, 0);
}

#define PKG_ADD(za, name, s) pkg_add(za, name, s, sizeof s - 1)

/* The package around DOCUMENT, as zip bytes (caller frees). */
static uint8_t *pkg_build(const uint8_t *document, size_t size, size_t *out_size)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &err);
    zip_t *za = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &err) : NULL;
    if (!za)
        fz_fail(NULL, "zip_open_from_source", 0);
    zip_source_keep(mem); /* survives zip_close, which writes into it */
    PKG_ADD(za, "[Content_Types].xml", content_types);
    PKG_ADD(za, "_rels/.rels", root_rels);
    PKG_ADD(za, "docProps/core.xml", core_props);
    pkg_add(za, "word/document.xml", document, size);
    PKG_ADD(za, "word/_rels/document.xml.rels", document_rels);
    PKG_ADD(za, "word/styles.xml", styles);
    PKG_ADD(za, "word/numbering.xml", numbering);
    PKG_ADD(za, "word/footnotes.xml", footnotes);
    PKG_ADD(za, "word/endnotes.xml", endnotes);
    PKG_ADD(za, "word/comments.xml", comments);
    PKG_ADD(za, "word/header1.xml", header1);
    if (zip_close(za) != 0)
        fz_fail(NULL, "zip_close", 0);
    zip_stat_t st;
    uint8_t *bytes = NULL;
    if (zip_source_open(mem) != 0 || zip_source_stat(mem, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        fz_fail(NULL, "zip_source_open", 0);
    bytes = malloc(st.size ? st.size : 1);
    if (!bytes || zip_source_read(mem, bytes, st.size) != (zip_int64_t)st.size)
        fz_fail(NULL, "zip_source_read", 0);
    zip_source_close(mem);
    zip_source_free(mem);
    *out_size = st.size;
    return bytes;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n;
    uint8_t *docx = pkg_build(data, size, &n);
    fz_convert("docx", "fuzz.docx", docx, n, FZ_XML | FZ_ICS);
    free(docx);
    return 0;
}
