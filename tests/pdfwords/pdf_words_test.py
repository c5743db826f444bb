#!/usr/bin/env python3
"""Test articles exported to one PDF as a user would (import, highlight,
export), then read back by every extractor scripts/pdf-words.py knows (and
the struct text of the tagged PDF): the
articles' words must come back whole and in order, at least as often as the
floors given (--min EXTRACTOR=PERCENT; the goal is 100 for each).

  pdf_words_test.py PATHAK ARTICLE.txt [--annotated] [--lines] [--min poppler=100 …]
  pdf_words_test.py PATHAK --generate N --generator PATHAK-GENERATE [--annotated] …
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
TOOL = os.path.join(ROOT, 'scripts', 'pdf-words.py')


def pathak(exe, library, *args, check=True):
    done = subprocess.run([exe, '--library', library, *args], capture_output=True, text=True)
    if check and done.returncode != 0:
        sys.exit(f'pathak {" ".join(args)} failed ({done.returncode}): {done.stderr}')
    return done


def annotate(exe, library, article_id, quote, *options):
    """The quote's last occurrence: the first paragraph's opening is also the title."""
    done = pathak(exe, library, 'annotate', article_id, '--quote', quote, *options, check=False)
    found = re.search(r'occurs (\d+) times', done.stderr)
    if done.returncode != 0 and found:
        done = pathak(exe, library, 'annotate', article_id, '--quote', quote, '--occurrence', found.group(1),
                      *options)
    elif done.returncode != 0:
        sys.exit(f'pathak annotate failed ({done.returncode}): {done.stderr}')


def passages(article):
    """Three passages a reader might mark: the start of the first paragraph,
    the middle of the longest and the end of the last; the middle one with a note."""
    paragraphs = article['paragraphs']
    longest = max(paragraphs, key=len)
    marks = []
    for text, where in ((paragraphs[0], 0), (longest, 1), (paragraphs[-1], 2)):
        words = text.split()
        n = min(len(words), 6)
        start = {0: 0, 1: max(0, len(words) // 2 - n // 2), 2: len(words) - n}[where]
        marks.append(' '.join(words[start:start + n]))
    return marks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('pathak')
    parser.add_argument('article', nargs='?')
    parser.add_argument('--generate', type=int, default=0, help='this many generated articles instead')
    parser.add_argument('--generator', help='the pathak-generate program')
    parser.add_argument('--annotated', action='store_true')
    parser.add_argument('--lines', action='store_true', help='also select each line as a poppler viewer would')
    parser.add_argument('--min', action='append', default=[])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        library = os.path.join(tmp, 'library.sqlite')
        if args.generate:
            folder = os.path.join(tmp, 'articles')
            subprocess.run([args.generator, str(args.generate), folder], check=True, capture_output=True)
            inputs = [folder]
        else:
            inputs = [args.article]
        pathak(args.pathak, library, 'import', *inputs)
        ids = [line.split('\t')[0] for line in pathak(args.pathak, library, 'list').stdout.splitlines()]
        ids.sort(key=int)
        shown = []
        for article_id in ids:
            path = os.path.join(tmp, f'article-{article_id}.json')
            with open(path, 'w', encoding='utf-8') as out:
                out.write(pathak(args.pathak, library, 'show', article_id, '--json').stdout)
            shown.append(path)
            if args.annotated:
                with open(path, encoding='utf-8') as f:
                    article = json.load(f)
                colors = ['yellow', 'green', 'underline']
                for i, quote in enumerate(passages(article)):
                    extra = ['--note', 'টীকা: জরুরি অংশ'] if i == 1 else []
                    annotate(args.pathak, library, article_id, quote, '--color', colors[i], *extra)
        pdf = os.path.join(tmp, 'articles.pdf')
        pathak(args.pathak, library, 'export', *ids, '--pdf', pdf, '--comments')
        command = [sys.executable, TOOL, pdf, '--comments']
        # The struct text too: what a screen reader reads of the tagged PDF.
        extractors = 'poppler,poppler-layout,mupdf,pdfjs,struct'
        command += ['--extractors', extractors + (',poppler-lines' if args.lines else '')]
        for path in shown:
            command += ['--article', path]
        for floor in args.min:
            command += ['--min', floor]
        return subprocess.run(command).returncode


if __name__ == '__main__':
    sys.exit(main())
