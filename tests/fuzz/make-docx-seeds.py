#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""make-docx-seeds.py [DIR] — writes the hand-made seeds of the docx_zip
harness (default DIR: corpus/docx_zip beside this script): small Word
packages, well-formed and not, one container hazard each.  Deterministic:
fixed entry order and timestamps, so running it again changes nothing."""
import io
import os
import struct
import sys
import zipfile

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def types(*overrides):
    body = ''.join('<Override PartName="/%s" ContentType="%s"/>' % o for o in overrides)
    return (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + body + '</Types>')


def rels(*items):
    body = ''.join('<Relationship Id="%s" Type="%s" Target="%s"%s/>' %
                   (i, t if t.startswith('http') else REL + t, target,
                    ' TargetMode="External"' if ext else '') for i, t, target, ext in items)
    return DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + body + '</Relationships>'


def p(text, style=None, num=None):
    ppr = ''
    if style or num:
        ppr = '<w:pPr>%s%s</w:pPr>' % ('<w:pStyle w:val="%s"/>' % style if style else '',
                                      '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num if num else '')
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, text)


def document(*blocks):
    return DECL + '<w:document %s><w:body>%s</w:body></w:document>' % (W, ''.join(blocks))


MINIMAL_BODY = [
    p('MAG Meeting XII', 'Title'),
    p('18 November 2025 | 11:00 UTC | Online'),
    p('1. Updates from the Secretariat'),
    p('\u2192 MAG members were asked to reply by 21 November.'),
    p('The launch is on 1 December at 14:00 UTC.'),
]

TABLE = ('<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + p('MAG Members') + '</w:tc></w:tr>'
         '<w:tr><w:tc>' + p('Bou Harb') + '</w:tc><w:tc>' + p('Zeina') + '</w:tc></w:tr></w:tbl>')

FULL_BODY = [
    p('IGF 2025 MAG Meeting XII', 'Title'),
    p('Action items &amp; next steps', 'Subtitle'),
    p('18 November 2025 | 11:00\u201312:30 UTC | Online'),
    p('Updates from the Secretariat', 'Heading1', (0, 1)),
    p('A call is planned from 15 to 17 December 2025.', None, (0, 2)),
    p('A nested point, last week of November.', None, (1, 2)),
    '<w:p><w:r><w:t>See </w:t></w:r><w:hyperlink r:id="rId7"><w:r><w:t>the site</w:t></w:r></w:hyperlink>'
    '<w:r><w:footnoteReference w:id="1"/></w:r><w:ins w:id="1" w:author="A"><w:r><w:t> added</w:t></w:r></w:ins>'
    '<w:del w:id="2" w:author="A"><w:r><w:delText> removed</w:delText></w:r></w:del>'
    '<w:r><w:rPr><w:b/></w:rPr><w:t> bold</w:t></w:r><w:r><w:tab/><w:t>tab</w:t></w:r></w:p>',
    p('Annex: Participants', 'Heading1'),
    TABLE,
    '<w:sectPr><w:headerReference w:type="first" r:id="rId6"/><w:titlePg/></w:sectPr>',
]

STYLES = (DECL + '<w:styles %s>' % W +
          ''.join('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s</w:style>' % s for s in [
              ('Title', 'Title', ''), ('Subtitle', 'Subtitle', ''),
              ('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>')]) + '</w:styles>')
NUMBERING = (DECL + '<w:numbering %s>' % W +
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '</w:numbering>')
FOOTNOTES = DECL + '<w:footnotes %s><w:footnote w:id="1">%s</w:footnote></w:footnotes>' % (W, p('A note.'))
HEADER = DECL + '<w:hdr %s>%s</w:hdr>' % (W, p('Meeting XII'))
CORE = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>MAG Meeting XII</dc:title></cp:coreProperties>')

ROOT_RELS = rels(('rId1', 'officeDocument', 'word/document.xml', False),
                 ('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
                  'docProps/core.xml', False))


def minimal_parts():
    return [('[Content_Types].xml', types(('word/document.xml', WML + 'document.main+xml'))),
            ('_rels/.rels', rels(('rId1', 'officeDocument', 'word/document.xml', False))),
            ('word/document.xml', document(*MINIMAL_BODY))]


def full_parts():
    return [('[Content_Types].xml', types(('word/document.xml', WML + 'document.main+xml'),
                                         ('word/styles.xml', WML + 'styles+xml'),
                                         ('word/numbering.xml', WML + 'numbering+xml'))),
            ('_rels/.rels', ROOT_RELS),
            ('docProps/core.xml', CORE),
            ('word/document.xml', document(*FULL_BODY)),
            ('word/_rels/document.xml.rels', rels(
                ('rId1', 'styles', 'styles.xml', False), ('rId2', 'numbering', 'numbering.xml', False),
                ('rId3', 'footnotes', 'footnotes.xml', False), ('rId6', 'header', 'header1.xml', False),
                ('rId7', 'hyperlink', 'https://example.org/', True),
                ('rId8', 'image', '../../etc/passwd', False))),
            ('word/styles.xml', STYLES), ('word/numbering.xml', NUMBERING),
            ('word/footnotes.xml', FOOTNOTES), ('word/header1.xml', HEADER)]


def zip_bytes(parts, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2025, 11, 18, 12, 0, 0))
            info.compress_type = method
            info.create_system = 3
            with __import__('warnings').catch_warnings():
                __import__('warnings').simplefilter('ignore')  # duplicate names on purpose
                z.writestr(info, data.encode('utf-8') if isinstance(data, str) else data)
    return buf.getvalue()


def central_entries(data):
    """Offsets of the central directory's file headers."""
    out, i = [], data.find(b'PK\x01\x02')
    while i >= 0:
        out.append(i)
        i = data.find(b'PK\x01\x02', i + 4)
    return out


def patch(data, offset, fmt, value):
    b = bytearray(data)
    struct.pack_into(fmt, b, offset, value)
    return bytes(b)


def encrypted(data):
    """Bit 0 of the general-purpose flags set in every header."""
    for sig, flag_at in ((b'PK\x03\x04', 6), (b'PK\x01\x02', 8)):
        i = data.find(sig)
        while i >= 0:
            data = patch(data, i + flag_at, '<H', struct.unpack_from('<H', data, i + flag_at)[0] | 1)
            i = data.find(sig, i + 4)
    return data


def size_lie(data):
    """word/document.xml's central entry claims 10 uncompressed bytes."""
    for c in central_entries(data):
        n = struct.unpack_from('<H', data, c + 28)[0]
        if data[c + 46:c + 46 + n] == b'word/document.xml':
            data = patch(data, c + 24, '<I', 10)
    return data


def overlapping(data):
    """Every central entry points at the first local header (the zip-bomb shape)."""
    for c in central_entries(data):
        data = patch(data, c + 42, '<I', 0)
    return data


def method(data, m):
    """Compression method M (12 = bzip2, 99 = AES) in every header."""
    for sig, at in ((b'PK\x03\x04', 8), (b'PK\x01\x02', 10)):
        i = data.find(sig)
        while i >= 0:
            data = patch(data, i + at, '<H', m)
            i = data.find(sig, i + 4)
    return data


def seeds():
    minimal = zip_bytes(minimal_parts())
    full = zip_bytes(full_parts())
    bomb_doc = document(p('x' * 16) + '<w:p>' + ' ' * 300000 + '</w:p>')
    yield 'seed-minimal.docx', minimal
    yield 'seed-full.docx', full
    yield 'seed-stored.docx', zip_bytes(full_parts(), zipfile.ZIP_STORED)
    yield 'seed-duplicate-names.docx', zip_bytes(minimal_parts() + [minimal_parts()[2]])
    yield 'seed-encrypted.docx', encrypted(minimal)
    yield 'seed-size-lie.docx', size_lie(minimal)
    yield 'seed-overlapping.docx', overlapping(minimal)
    yield 'seed-bzip2.docx', method(minimal, 12)
    yield 'seed-truncated.docx', minimal[:len(minimal) // 2]
    yield 'seed-no-document.docx', zip_bytes(minimal_parts()[:2])
    yield 'seed-ratio.docx', zip_bytes(minimal_parts()[:2] + [('word/document.xml', bomb_doc)])
    yield 'seed-spreadsheet.docx', zip_bytes([('[Content_Types].xml', types()), ('xl/workbook.xml', '<workbook/>')])
    yield 'seed-doctype.docx', zip_bytes(minimal_parts()[:2] + [(
        'word/document.xml', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        '<w:document %s><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>' % W)])
    yield 'seed-ole.docx', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 504


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'corpus', 'docx_zip')
    os.makedirs(out, exist_ok=True)
    for name, data in seeds():
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)


if __name__ == '__main__':
    main()
