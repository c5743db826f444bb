#!/usr/bin/env python3
"""Endnotes follow the text on its last page whenever they fit there.

Articles of 1, 2, … N paragraphs, each with a noted highlight, are
exported one by one, so that their text ends at every height of the page.
From poppler's word boxes (pdftotext -bbox-layout): where the notes share
the page with the text, the room they take below the last line of text
is measured; where they start a new page, the room that was left below
the text must be less than that (they did not fit). The heading is never
left alone at the foot of a page either.

  pdf_endnotes_test.py PATHAK
"""
import os
import re
import subprocess
import sys
import tempfile

LINE = re.compile(r'<line xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">(.*?)</line>', re.S)
WORD = re.compile(r'<word [^>]*>(.*?)</word>')
PARAGRAPH = 'বৃষ্টির কারণে শহরের নিচু এলাকায় পানি জমে গেছে এবং অনেক সড়কে যান চলাচল বন্ধ রয়েছে বলে জানা গেছে।'
NOTE = 'পরে আবার পড়তে হবে'
HEADING = 'টীকা'
# The foot of the text area: the page height less the bottom margin (PdfLayoutSession).
PAGE_HEIGHT, MARGIN_TOP, MARGIN_BOTTOM = 841.8898, 60.0, 66.0


def pathak(exe, library, *args):
    done = subprocess.run([exe, '--library', library, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f'pathak {" ".join(args)} failed ({done.returncode}): {done.stderr}')
    return done.stdout


def pages_of(pdf):
    """Per page, its lines as (top, bottom, text), without the running header
    and the page number in the margins."""
    xml = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for body in xml.split('</page>')[:-1]:
        lines = [(float(t), float(b), ' '.join(WORD.findall(words))) for t, b, words in LINE.findall(body)]
        pages.append([line for line in lines if MARGIN_TOP - 5 < line[0] < PAGE_HEIGHT - MARGIN_BOTTOM])
    return pages


def main():
    exe = sys.argv[1]
    counts = range(10, 40)
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, 'articles')
        os.mkdir(folder)
        for n in counts:
            with open(os.path.join(folder, f'a{n:03}.txt'), 'w', encoding='utf-8') as f:
                f.write(f'প্রতিবেদন নম্বর {n}।\n' + '\n'.join([PARAGRAPH] * n) + '\n')
        library = os.path.join(tmp, 'library.sqlite')
        pathak(exe, library, 'import', folder)
        ids = sorted((line.split('\t')[0] for line in pathak(exe, library, 'list').splitlines()), key=int)
        results = []
        for article_id in ids:
            pathak(exe, library, 'annotate', article_id, '--quote', 'এলাকায় পানি জমে গেছে', '--occurrence', '1',
                   '--note', NOTE)
            pdf = os.path.join(tmp, f'{article_id}.pdf')
            pathak(exe, library, 'export', article_id, '--pdf', pdf)
            pages = pages_of(pdf)
            heading = [(p, i) for p, lines in enumerate(pages) for i, line in enumerate(lines) if line[2] == HEADING]
            if len(heading) != 1:
                sys.exit(f'article {article_id}: {len(heading)} notes headings')
            page, index = heading[0]
            lines = pages[page]
            if index + 1 >= len(lines):
                print(f'FAIL: article {article_id}: the notes heading ends page {page + 1} alone')
                return 1
            note_bottom = lines[index + 1][1]
            if index > 0:  # on the text's page: the room the notes took below the text
                results.append(('same', note_bottom - lines[index - 1][1]))
            else:
                text_bottom = pages[page - 1][-1][1]
                results.append(('next', PAGE_HEIGHT - MARGIN_BOTTOM - text_bottom))
    needed = max(room for where, room in results if where == 'same')
    moved = [room for where, room in results if where == 'next']
    print(f'{len(results)} articles: notes on the text\'s page {len(results) - len(moved)} times, taking '
          f'{needed:.1f} pt; on a new page {len(moved)} times, with {", ".join("%.1f" % r for r in moved)} pt left')
    if not moved:
        print('FAIL: no article ended near the foot of a page: nothing tested')
        return 1
    too_early = [room for room in moved if room >= needed + 1]
    for room in too_early:
        print(f'FAIL: the notes started a new page with {room:.1f} pt left, where they take {needed:.1f} pt')
    return 1 if too_early else 0


if __name__ == '__main__':
    sys.exit(main())
