#!/usr/bin/env python3
"""Test articles exported to EPUB as a user would (import, highlight,
export --epub): epubcheck must report no error and no warning, and the
text of the content documents, unzipped with python3's zipfile, must be
the articles' words exactly (NFC, word for word, in order), the notes'
texts must be in their footnotes, linked both ways. The container must
start with the stored mimetype and the same library must give the same bytes.

  epub_test.py PATHAK ARTICLE.txt… [--annotated] [--embed-fonts]
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
sys.path.insert(0, os.path.join(ROOT, 'tests', 'pdfwords'))
spec = importlib.util.spec_from_file_location('pdfwords', os.path.join(ROOT, 'scripts', 'pdf-words.py'))
pdfwords = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pdfwords)
from pdf_words_test import annotate, passages, pathak  # noqa: E402

XHTML = '{http://www.w3.org/1999/xhtml}'
EPUB_TYPE = '{http://www.idpf.org/2007/ops}type'
NOTE = 'টীকা: জরুরি অংশ'
EPUBCHECK = '/usr/share/java/epubcheck.jar'


def expected_text(article):
    """The article as the EPUB shows it: the PDF's order and labels, with
    the source's address as the link's target, not as text, when it is http(s)."""
    source = article.pop('source', None)
    thread = article.pop('comments', None)
    text = pdfwords.article_text(article, False)
    if source:
        text += '\nসূত্র: ' + source.get('label', '')
        url = source.get('url', '')
        if url and not url.lower().startswith(('http://', 'https://')):
            text += ' (' + url + ')'
    if thread and thread.get('items'):
        text += '\n' + pdfwords.article_text({'comments': thread}, True)
    return text


def body_text(element, out):
    """The reading text: everything but the note references and the notes."""
    if element.get(EPUB_TYPE) == 'noteref' or element.get('class') == 'notes':
        if element.tail:
            out.append(element.tail)
        return
    if element.text:
        out.append(element.text)
    for child in element:
        body_text(child, out)
    if element.tail:
        out.append(element.tail)


def check_page(name, xml, article, problems, notes_expected):
    root = ET.fromstring(xml)
    if root.get('lang') != 'bn' or root.get('{http://www.w3.org/XML/1998/namespace}lang') != 'bn':
        problems.append(f'{name}: not lang="bn" and xml:lang="bn"')
    body = root.find(XHTML + 'body')
    parts = []
    body_text(body, parts)
    got = pdfwords.words(''.join(parts))
    want = pdfwords.words(expected_text(article))
    if got != want:
        for i, (g, w) in enumerate(zip(got + [''] * len(want), want + [''] * len(got))):
            if g != w:
                problems.append(f'{name}: word {i}: got {g!r}, expected {w!r}')
                break
    refs = {a.get('id'): a.get('href') for a in body.iter(XHTML + 'a') if a.get(EPUB_TYPE) == 'noteref'}
    asides = [a for a in body.iter(XHTML + 'aside') if a.get(EPUB_TYPE) == 'footnote']
    if len(refs) != notes_expected or len(asides) != notes_expected:
        problems.append(f'{name}: {len(refs)} note references, {len(asides)} footnotes, expected {notes_expected}')
    for aside in asides:
        back = aside.find(f'.//{XHTML}a')
        if back is None or refs.get(back.get('href', '#')[1:]) != '#' + aside.get('id'):
            problems.append(f'{name}: footnote {aside.get("id")} is not linked both ways')
        text = pdfwords.words(''.join(aside.itertext()))
        if text[1:] != pdfwords.words(NOTE):
            problems.append(f'{name}: footnote text {text!r}')
    return len(asides)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('pathak')
    parser.add_argument('articles', nargs='+')
    parser.add_argument('--annotated', action='store_true')
    parser.add_argument('--embed-fonts', action='store_true')
    args = parser.parse_args()
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        library = os.path.join(tmp, 'library.sqlite')
        pathak(args.pathak, library, 'import', *args.articles)
        ids = sorted((line.split('\t')[0] for line in pathak(args.pathak, library, 'list').stdout.splitlines()),
                     key=int)
        shown = {}
        for article_id in ids:
            shown[article_id] = json.loads(pathak(args.pathak, library, 'show', article_id, '--json').stdout)
            if args.annotated:
                colors = ['yellow', 'green', 'underline']
                for i, quote in enumerate(passages(shown[article_id])):
                    extra = ['--note', NOTE] if i == 1 else []
                    annotate(args.pathak, library, article_id, quote, '--color', colors[i], *extra)
        extra = ['--embed-fonts'] if args.embed_fonts else []
        books = {}
        # Each article alone, then all of them as one digest.
        for selection in [[i] for i in ids] + ([ids] if len(ids) > 1 else []):
            name = 'digest' if len(selection) > 1 else f'article-{selection[0]}'
            book = os.path.join(tmp, name + '.epub')
            pathak(args.pathak, library, 'export', *selection, '--epub', book, '--comments', *extra)
            books[name] = (book, selection)
        for name, (book, selection) in books.items():
            with open(book, 'rb') as f:
                data = f.read()
            # The mimetype entry first, stored, at offset 0 (OCF): readers sniff these bytes.
            if data[:4] != b'PK\x03\x04' or data[30:38] != b'mimetype' or data[38:58] != b'application/epub+zip':
                problems.append(f'{name}: the mimetype is not the first, stored entry')
            again = book + '.again'
            pathak(args.pathak, library, 'export', *selection, '--epub', again, '--comments', *extra)
            with open(again, 'rb') as f:
                if f.read() != data:
                    problems.append(f'{name}: a second export gave other bytes')
            with zipfile.ZipFile(book) as z:
                if z.testzip() is not None:
                    problems.append(f'{name}: a damaged entry')
                pages = sorted(n for n in z.namelist() if n.startswith('EPUB/article-'))
                if len(pages) != len(selection):
                    problems.append(f'{name}: {len(pages)} content documents for {len(selection)} articles')
                nav = ET.fromstring(z.read('EPUB/nav.xhtml'))
                entries = [a.get('href') for a in nav.iter(XHTML + 'a')]
                if entries != [p[len('EPUB/'):] for p in pages]:
                    problems.append(f'{name}: navigation entries {entries}')
                for page, article_id in zip(pages, selection):
                    check_page(f'{name} {page}', z.read(page).decode('utf-8'), dict(shown[article_id]), problems,
                               1 if args.annotated else 0)
                fonts = [n for n in z.namelist() if n.endswith('.ttf')]
                if args.embed_fonts != bool(fonts):
                    problems.append(f'{name}: fonts {fonts}')
            check = subprocess.run(['java', '-jar', EPUBCHECK, book], capture_output=True, text=True)
            report = check.stdout + check.stderr
            if check.returncode != 0 or 'No errors or warnings detected.' not in report:
                problems.append(f'{name}: epubcheck: {report.strip()}')
            print(f'{name}: {len(data)} bytes, {len(selection)} articles checked')
    for p in problems:
        print('FAIL', p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
