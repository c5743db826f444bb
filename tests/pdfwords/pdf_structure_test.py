#!/usr/bin/env python3
"""The test articles exported to one tagged PDF (with a highlight and a
note, the comments, and a text size that breaks paragraphs across pages),
checked with poppler's and qpdf's own readings of it:

- the catalog: /MarkInfo <</Marked true>>, /Lang (bn), /ViewerPreferences
  with DisplayDocTitle, a /StructTreeRoot with a /ParentTree;
- the tree (pdfinfo -struct): Document, one Art per article, each opening
  with its H1; a Figure with its Caption and an /Alt equal to the caption
  where the article has one; H2 over the comments and the notes; a Note
  with its Lbl per comment with an author and per endnote; a Span with
  /Lang (en) around Latin text; no page furniture in the tree;
- every page's content marks its page number (and from an article's second
  page on, the running header) as /Artifact;
- the struct text (pdfinfo -struct-text, what a screen reader reads) is
  exactly the articles' words in order, plus the endnotes, with a note's
  number after its passage: no page number, no running header.

  pdf_structure_test.py PATHAK ARTICLE.txt…
"""
import argparse
import difflib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
spec = importlib.util.spec_from_file_location('pdf_words', os.path.join(ROOT, 'scripts', 'pdf-words.py'))
pdf_words = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pdf_words)

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def pathak(exe, library, *args):
    done = subprocess.run([exe, '--library', library, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f'pathak {" ".join(args)} failed ({done.returncode}): {done.stderr}')
    return done.stdout


def qpdf_objects(pdf):
    out = subprocess.run(['qpdf', '--json', '--json-key=qpdf', pdf], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)['qpdf'][1]


def value(objects, ref):
    return objects[f'obj:{ref}']['value'] if isinstance(ref, str) and ref.endswith(' R') else ref


def stream_text(pdf, ref):
    number = ref.split()[0]
    return subprocess.run(['qpdf', f'--show-object={number}', '--filtered-stream-data', pdf],
                          capture_output=True, check=True).stdout.decode('latin-1')


def tree(pdf):
    """(depth, type) of each element pdfinfo -struct lists."""
    out = subprocess.run(['pdfinfo', '-struct', pdf], capture_output=True, text=True, check=True).stdout
    items = []
    for line in out.splitlines():
        if line.strip() and not line.strip().startswith('Object '):
            items.append(((len(line) - len(line.lstrip())) // 2, line.split()[0]))
    return items


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('pathak')
    parser.add_argument('articles', nargs='+')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        library = os.path.join(tmp, 'library.sqlite')
        pathak(args.pathak, library, 'import', *args.articles)
        ids = sorted((line.split('\t')[0] for line in pathak(args.pathak, library, 'list').splitlines()), key=int)
        shown = []
        for article_id in ids:
            article = json.loads(pathak(args.pathak, library, 'show', article_id, '--json'))
            shown.append(article)
        # A note on the last article's longest paragraph: an endnote, a Note with its Lbl.
        last = shown[-1]
        words = max(last['paragraphs'], key=len).split()
        quote = ' '.join(words[len(words) // 2:len(words) // 2 + 4])
        pathak(args.pathak, library, 'annotate', ids[-1], '--quote', quote, '--note', 'পরে পড়তে হবে')
        pdf = os.path.join(tmp, 'tagged.pdf')
        pathak(args.pathak, library, 'export', *ids, '--pdf', pdf, '--comments', '--size', '20')

        objects = qpdf_objects(pdf)
        root = value(objects, objects['trailer']['value']['/Root'])
        check(root.get('/MarkInfo', {}).get('/Marked') is True, 'no /MarkInfo <</Marked true>>')
        check(root.get('/Lang') == 'u:bn', 'document /Lang is %r, not bn' % root.get('/Lang'))
        check(root.get('/ViewerPreferences', {}).get('/DisplayDocTitle') is True, 'no DisplayDocTitle')
        struct_root = value(objects, root.get('/StructTreeRoot'))
        check(isinstance(struct_root, dict) and '/ParentTree' in struct_root, 'no /StructTreeRoot with /ParentTree')

        elements = [o['value'] for o in objects.values()
                    if isinstance(o, dict) and isinstance(o.get('value'), dict)
                    and o['value'].get('/Type') == '/StructElem']
        types = [e.get('/S') for e in elements]
        check('/Private' not in types, 'page furniture left in the structure tree')
        captions = [a['caption']['text'] for a in shown if a.get('caption') and a['caption'].get('text')]
        alts = sorted(e.get('/Alt', '')[2:] for e in elements if e.get('/S') == '/Figure')
        check(alts == sorted(captions), 'figures\' /Alt %r are not the captions %r' % (alts, captions))
        latin = any(re.search('[A-Za-z]', ' '.join(a['paragraphs'])) for a in shown)
        spans = [e for e in elements if e.get('/S') == '/Span' and e.get('/Lang') == 'u:en']
        check(not latin or spans, 'no Span with /Lang (en) around the Latin text')

        pages = [value(objects, ref) for ref in value(objects, root['/Pages'])['/Kids']]
        check(len(pages) > len(ids), 'no article runs onto a second page: the running header is not tested')
        for number, page in enumerate(pages, start=1):
            contents = page['/Contents']
            text = ''.join(stream_text(pdf, ref) for ref in (contents if isinstance(contents, list) else [contents]))
            check('/Artifact << /Type /Pagination >> BDC' in text, f'page {number}: no artifact (page number)')
            check('/Private' not in text, f'page {number}: furniture not made an artifact')
            check('MCID' in text, f'page {number}: no marked content')

        items = tree(pdf)
        check(items and items[0] == (0, 'Document'), 'the tree does not start with Document')
        arts = [i for i, (depth, kind) in enumerate(items) if depth == 1]
        check([items[i][1] for i in arts] == ['Art'] * len(ids), 'not one Art per article: %r' %
              [items[i][1] for i in arts])
        for i in arts:
            check(i + 1 < len(items) and items[i + 1] == (2, 'H1'), 'an article does not open with its H1')
        kinds = [kind for _, kind in items]
        check(kinds.count('Figure') == len(captions), 'not one Figure per caption')
        check('Caption' in kinds, 'no Caption')
        check(kinds.count('H2') >= 2, 'no H2 headings over the comments and the notes')
        notes = [i for i, kind in enumerate(kinds) if kind == 'Note']
        check(notes and all('Lbl' in kinds[i:i + 4] for i in notes if i + 1 < len(kinds)),
              'notes without their Lbl')

        expected = []
        for article in shown:
            expected += pdf_words.words(pdf_words.article_text(article, True))
        got = pdf_words.words(pdf_words.extract('struct', pdf))
        matched, mismatches = pdf_words.compare(expected, got)
        check(matched == len(expected), 'struct text: %d of %d words; %r' % (matched, len(expected), mismatches[:5]))
        seen = [w.rstrip('০১২৩৪৫৬৭৮৯') if w not in expected else w for w in got]
        for op, e0, e1, g0, g1 in difflib.SequenceMatcher(None, expected, seen, autojunk=False).get_opcodes():
            if op == 'insert':
                check(got[g0] == 'টীকা', 'struct text has words the article does not: %r' % got[g0:g1])
            elif op != 'equal':
                check(False, 'struct text differs: %r → %r' % (expected[e0:e1], got[g0:g1]))
        print(f'{len(pages)} pages, {len(elements)} structure elements, struct text {matched} of {len(expected)} words')

    for f in failures:
        print('FAIL: ' + f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
