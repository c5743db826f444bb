#!/usr/bin/env python3
"""Justified lines of an exported PDF never stretch a word gap past 1.5
times its natural width: measured in the PDF itself, from poppler's word
boxes (pdftotext -bbox-layout).

A line's gaps are the distances between its words' boxes. The natural
gap of a text size is the median gap of the lines of that size that end
short of the right edge (ragged lines and paragraphs' last lines, which
are never stretched). Every line that reaches the right edge (a justified
line) must have all its gaps within MAX times that.

  pdf_gaps_test.py PATHAK ARTICLE.txt… [--generate N --generator PATHAK-GENERATE] [--size PT]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

LINE = re.compile(r'<line xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">(.*?)</line>', re.S)
WORD = re.compile(r'<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">(.*?)</word>')
MAX = 1.5
# Measuring slack: word boxes end at glyph advances, which round a little.
SLACK = 0.03


def pathak(exe, library, *args):
    done = subprocess.run([exe, '--library', library, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f'pathak {" ".join(args)} failed ({done.returncode}): {done.stderr}')
    return done.stdout


def lines_of(pdf):
    xml = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], capture_output=True, text=True,
                         check=True).stdout
    out = []
    for page, body in enumerate(xml.split('</page>'), start=1):
        for m in LINE.finditer(body):
            words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(m.group(5))]
            if len(words) >= 2:
                out.append((page, float(m.group(3)), words))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('pathak')
    parser.add_argument('articles', nargs='*')
    parser.add_argument('--generate', type=int, default=0)
    parser.add_argument('--generator')
    parser.add_argument('--size', default='11')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        library = os.path.join(tmp, 'library.sqlite')
        inputs = list(args.articles)
        if args.generate:
            folder = os.path.join(tmp, 'generated')
            subprocess.run([args.generator, str(args.generate), folder], check=True, capture_output=True)
            inputs.append(folder)
        pathak(args.pathak, library, 'import', *inputs)
        ids = sorted((line.split('\t')[0] for line in pathak(args.pathak, library, 'list').splitlines()), key=int)
        pdf = os.path.join(tmp, 'out.pdf')
        pathak(args.pathak, library, 'export', *ids, '--pdf', pdf, '--comments', '--size', args.size)
        lines = lines_of(pdf)

    edge = max(right for _, right, _ in lines)
    by_size = {}
    for page, right, words in lines:
        heights = {round(w[3] - w[1], 1) for w in words}
        if len(heights) != 1:
            continue  # a raised note number or a change of size: not one text size
        gaps = [b[0] - a[2] for a, b in zip(words, words[1:])]
        by_size.setdefault(heights.pop(), []).append((page, right, gaps, words))
    checked = worst = 0
    failures = []
    for height, group in sorted(by_size.items()):
        ragged = [g for _, right, gaps, _ in group if right < edge - 20 for g in gaps]
        justified = [(page, gaps, words) for page, right, gaps, words in group if right >= edge - 0.5]
        if len(ragged) < 5 or not justified:
            continue
        natural = statistics.median(ragged)
        for page, gaps, words in justified:
            checked += 1
            ratio = max(gaps) / natural
            worst = max(worst, ratio)
            if ratio > MAX + SLACK:
                failures.append((ratio, page, ' '.join(w[4] for w in words)))
        print(f'text {height} pt high: natural gap {natural:.2f} pt, {len(justified)} justified lines')
    print(f'{checked} justified lines, widest gap {worst:.2f}× the natural one (at most {MAX}×)')
    for ratio, page, text in sorted(failures, reverse=True)[:20]:
        print(f'  {ratio:.2f}× on page {page}: {text}')
    if checked == 0:
        print('no justified lines measured')
        return 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
