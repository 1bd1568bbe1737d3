#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""check.py — reads a written HTML page back with lxml and checks it
against the canonical document it was written from:

  page      doctype, <html lang> = xml:lang, charset, title, one <style>,
            no script but JSON-LD, nothing fetched (no src/href to another
            resource but links and data: images); fragment mode: no <html>,
            <head> or <style>, an <article lang>;
  structure ids unique, every "#id" link lands, headings never skip a
            level, landmarks (header, nav, main in a page), every table with
            head cells has them in <thead>;
  content   every section/item/p/action/decision id of the document is an
            element of the page; actions carry owner, due as <time datetime>
            and status; every resolved date of the text is a <time> with a
            valid datetime;
  data      the JSON-LD parses: the meeting is an Event with the title, its
            date and the attendees (not the absent), and every calendar entry
            is an Event with its startDate, endDate and location.

  check.py CANONICAL.xml PAGE.html [--fragment]
Exits 1 with one line per finding."""
import json
import re
import sys

from lxml import etree, html

NS = {'m': 'urn:minutes:1'}
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
# HTML's date, month, week, year, local and global date-time strings
# HTML's date, month, week, local and UTC date-time strings, and its time
# strings ("20:00": a meeting whose date the writer could not tell).
DATETIME = re.compile(r'^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?)?)?|\d{4}-W\d{2}'
                      r'|\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$')
ABSENT = ('absent', 'regrets', 'apologies', 'excused')

problems = []


def bad(msg):
    problems.append(msg)


def text(el):
    return ' '.join(''.join(el.itertext()).split()) if el is not None else ''


def check_page(root, doc, fragment):
    lang = doc.get(XML_LANG)
    if fragment:
        if root.tag != 'article' or 'minutes' not in root.get('class', ''):
            bad(f'fragment: root is <{root.tag}>, not <article class="minutes">')
        if root.get('lang') != lang:
            bad(f'fragment: lang {root.get("lang")!r}, document says {lang!r}')
        for tag in ('html', 'head', 'body', 'style', 'main'):
            if root.xpath(f'//{tag}'):
                bad(f'fragment: has <{tag}>')
        return
    if root.tag != 'html' or root.get('lang') != (lang or 'und'):
        bad(f'<html lang={root.get("lang")!r}>, document says {lang!r}')
    if not root.xpath('/html/head/meta[@charset="utf-8"]'):
        bad('no <meta charset="utf-8">')
    if len(root.xpath('/html/head/style')) != 1:
        bad('not exactly one <style> in <head>')
    if not text(root.find('head/title')):
        bad('empty <title>')
    for tag in ('header', 'nav', 'main'):
        if not root.xpath(f'//{tag}'):
            bad(f'no <{tag}> landmark')


def check_self_contained(root):
    for s in root.xpath('//script'):
        if s.get('type') != 'application/ld+json' or s.get('src'):
            bad('a script that is not JSON-LD data')
    for el in root.xpath('//*[@src]'):
        if not el.get('src').startswith('data:'):
            bad(f'<{el.tag} src={el.get("src")!r}> fetches from outside')
    if root.xpath('//link[@rel]|//iframe|//object|//embed'):
        bad('a link, iframe, object or embed element')
    for a in root.xpath('//a[@href]'):
        if a.get('href').lower().startswith(('javascript:', 'data:', 'vbscript:')):
            bad(f'unsafe link {a.get("href")!r}')


def check_structure(root):
    ids = root.xpath('//@id')
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        bad(f'duplicate ids: {sorted(dup)}')
    for a in root.xpath('//a[starts-with(@href, "#")]'):
        if a.get('href')[1:] not in ids:
            bad(f'link {a.get("href")} lands nowhere')
    last = 0
    for h in root.xpath('//h1|//h2|//h3|//h4|//h5|//h6'):
        level = int(h.tag[1])
        if level > last + 1:
            bad(f'heading <{h.tag}> "{text(h)}" after h{last}')
        last = level
    for t in root.xpath('//time'):
        if not DATETIME.match(t.get('datetime') or ''):
            bad(f'<time datetime={t.get("datetime")!r}> is not an HTML date or time')
    for th in root.xpath('//table//th'):
        if th.getparent().getparent().tag != 'thead':
            bad('a head cell outside <thead>')


def check_content(root, doc):
    page_ids = set(root.xpath('//@id'))
    for el in doc.xpath('//m:body//*[@id]|//m:agenda/m:item[@id]|//m:events/m:event[@id]',
                        namespaces=NS):
        if el.get('id') not in page_ids:
            bad(f'{etree.QName(el).localname} {el.get("id")} is not in the page')
    title = doc.findtext('m:meta/m:title', namespaces=NS)
    h1 = root.xpath('//h1')
    if title and (not h1 or text(h1[0]) != ' '.join(title.split())):
        bad(f'<h1> is not the title {title!r}')
    for a in doc.xpath('//m:action', namespaces=NS):
        el = root.xpath(f'//*[@id="{a.get("id")}"]')
        if not el or 'action' not in el[0].get('class', ''):
            bad(f'action {a.get("id")} is not marked up as an action')
            continue
        head = el[0].find('span')
        if a.get('owner') and a.get('owner') not in text(head):
            bad(f'action {a.get("id")}: owner {a.get("owner")!r} not shown')
        if a.get('due') and not head.xpath(f'.//time[@datetime="{a.get("due")}"]'):
            bad(f'action {a.get("id")}: due {a.get("due")} not a <time>')
        if a.get('status') and el[0].get('data-status') != a.get('status'):
            bad(f'action {a.get("id")}: status {a.get("status")} not in data-status')
    for d in doc.xpath('//m:decision', namespaces=NS):
        el = root.xpath(f'//*[@id="{d.get("id")}"]')
        if not el or 'decision' not in el[0].get('class', ''):
            bad(f'decision {d.get("id")} is not marked up as a decision')
        for attr in ('vote', 'mover', 'seconder'):
            if el and d.get(attr) and d.get(attr) not in text(el[0].find('span')):
                bad(f'decision {d.get("id")}: {attr} {d.get(attr)!r} not shown')
    # every resolved date of the text, and nothing else, is a <time> there
    text_times = root.xpath('//article//time[not(ancestor::header) and not(ancestor::section'
                            '[@id="upcoming" or @id="actions"]) and not(ancestor::span[@class="head"])]')
    dates = doc.xpath('//m:body//m:date|//m:agenda//m:date', namespaces=NS)
    if len(text_times) != len(dates):
        bad(f'{len(dates)} dates in the text, {len(text_times)} <time> elements for them')
    for p in doc.xpath('//*[@speaker]', namespaces=NS):
        el = root.xpath(f'//*[@id="{p.get("id")}"]/span[@class="speaker"]')
        if not el or p.get('speaker') not in text(el[0]):
            bad(f'{p.get("id")}: speaker {p.get("speaker")!r} not shown')


def check_jsonld(root, doc):
    scripts = root.xpath('//script[@type="application/ld+json"]')
    if len(scripts) != 1:
        bad(f'{len(scripts)} JSON-LD scripts')
        return
    try:
        data = json.loads(scripts[0].text)
    except ValueError as e:
        bad(f'JSON-LD does not parse: {e}')
        return
    if data.get('@context') != 'https://schema.org':
        bad('JSON-LD @context is not schema.org')
    graph = data.get('@graph', [])
    meeting = graph[0] if graph else {}
    if meeting.get('@type') != 'Event':
        bad('the meeting is not an Event')
    title = doc.findtext('m:meta/m:title', namespaces=NS)
    if title and meeting.get('name') != ' '.join(title.split()):
        bad(f'meeting name {meeting.get("name")!r}')
    date = doc.findtext('m:meta/m:date', namespaces=NS)
    if date and not str(meeting.get('startDate', '')).startswith(date):
        bad(f'meeting startDate {meeting.get("startDate")!r}, date {date}')
    present = [p for g in doc.xpath('//m:participants/m:group', namespaces=NS)
               if not any((g.get('role') or '').lower() == w or
                          (g.get('label') or '').lower().startswith(w) for w in ABSENT)
               for p in g.xpath('m:person', namespaces=NS)]
    if len(meeting.get('attendee', [])) != len(present):
        bad(f'{len(meeting.get("attendee", []))} attendees, {len(present)} present')
    for a in meeting.get('attendee', []):
        if a.get('@type') != 'Person' or not a.get('name'):
            bad(f'attendee {a!r} is not a named Person')
    entries = {e.get('@id'): e for e in graph[1:]}
    events = doc.xpath('//m:events/m:event', namespaces=NS)
    if len(entries) != len(events):
        bad(f'{len(entries)} Event entries for {len(events)} calendar entries')
    for ev in events:
        e = entries.get('#' + ev.get('id'), {})
        if e.get('@type') != 'Event' or e.get('startDate') != ev.get('start'):
            bad(f'event {ev.get("id")}: {e!r}')
        if ev.get('end') and e.get('endDate') != ev.get('end'):
            bad(f'event {ev.get("id")}: endDate {e.get("endDate")!r}, end {ev.get("end")}')
        place = ev.findtext('m:location', namespaces=NS)
        if place and e.get('location', {}).get('name') != place:
            bad(f'event {ev.get("id")}: location {e.get("location")!r}, {place!r}')


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    doc = etree.parse(sys.argv[1], etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    fragment = '--fragment' in sys.argv[3:]
    with open(sys.argv[2], 'rb') as f:
        raw = f.read()
    if not fragment and not raw.startswith(b'<!DOCTYPE html>\n'):
        bad('no <!DOCTYPE html> first')
    if fragment:
        holder = html.Element('div')
        for part in html.fragments_fromstring(raw.decode('utf-8')):
            holder.append(part)
        check_page(holder[0], doc, True)
        root = holder
    else:
        root = html.fromstring(raw)
        check_page(root, doc, False)
    check_self_contained(root)
    check_structure(root)
    check_content(root, doc)
    check_jsonld(root, doc)
    for p in problems:
        print(f'{sys.argv[2]}: {p}')
    if not problems:
        print(f'ok   {sys.argv[2]}')
    sys.exit(1 if problems else 0)


main()
