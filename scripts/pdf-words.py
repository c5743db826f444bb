#!/usr/bin/env python3
"""Do the words of an exported PDF come back whole, in every viewer?

Reads a PDF's text with the extractors behind the common viewers: poppler
(pdftotext, plain and -layout: Evince, Okular), MuPDF (mutool draw -F txt)
and pdf.js (getTextContent: Firefox's viewer). Each text is normalised to
NFC and split on white space, nothing else: a word split by a space, or with
its letters in the wrong order, is a wrong word. The article's words are
then found in the extracted words, in order (the longest common
subsequence); what the PDF adds around them (page numbers, Pathak's labels,
the notes at the end) is allowed, and so is a note number just after a word.

The article's words come from `pathak show ID --json` or `pathak parse FILE
--json` (--article, once per article of the PDF, in its order), or from a
plain text file (--expect). Prints per extractor the share of the article's words that
came back whole and in order, then the mismatches. Exit status 1 when an
extractor falls below its --min.

  scripts/pdf-words.py OUT.pdf --article article.json [--comments]
  scripts/pdf-words.py OUT.pdf --expect words.txt --min poppler=100 --min pdfjs=95
"""

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PDFJS_DIR = os.path.join(HERE, "pdf-words")
EXTRACTORS = ["poppler", "poppler-layout", "mupdf", "pdfjs"]
# Not run unless asked for: one pdftotext per line; the text of the
# structure tree (tagged PDF: what a screen reader reads, without artifacts).
OPTIONAL_EXTRACTORS = ["poppler-lines", "struct"]
STRUCT_TEXT = re.compile(r'^\s*"(.*)"$')
LINE_BOX = re.compile(r'<line xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)"')
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"


def words(text):
    return unicodedata.normalize("NFC", text).split()


def bengali_number(n):
    return "".join(BENGALI_DIGITS[int(d)] if d.isdigit() else d for d in str(n))


FIRST_SENTENCE = re.compile(r"^.*?[।.?!](?=\s|$)", re.S)


def repeated_lead(title, paragraphs):
    """The length of the first paragraph's first sentence when the title was
    derived from it (ArticleParser::repeatedLeadLength), else 0."""
    if not title or not paragraphs:
        return 0
    match = FIRST_SENTENCE.match(paragraphs[0])
    sentence = match.group(0) if match else paragraphs[0]
    cut = title.endswith("\u2026")
    head = title[:-1] if cut else title
    if len(sentence) > 400 or not head or not sentence.startswith(head):
        return 0
    if not cut and sentence.rstrip().rstrip("।.?!").rstrip() != title:
        return 0
    return len(sentence)


def article_text(article, comments):
    """The article's text in the order the PDF sets it, labels included."""
    title = article.get("title", "")
    paragraphs = list(article.get("paragraphs", []))
    lead = repeated_lead(title, paragraphs)
    if lead:
        # A title derived from the first sentence is not printed twice: the
        # sentence is the headline, and the first paragraph goes on after it.
        title = paragraphs[0][:lead].strip()
        if len(title) <= 90:  # a headline drops the full stop; a longer lead keeps it
            title = title.rstrip("।.").rstrip()
        paragraphs[0] = paragraphs[0][lead:].strip()
        if not paragraphs[0]:
            paragraphs.pop(0)
    parts = [title]
    caption = article.get("caption")
    if caption:
        parts.append(caption.get("text", ""))
        if caption.get("credit"):
            parts.append("ছবি: " + caption["credit"])
    parts.extend(paragraphs)
    source = article.get("source")
    if source:
        parts.append("সূত্র: " + source.get("label", ""))
        if source.get("url"):
            parts.append(source["url"])
    thread = article.get("comments")
    if comments and thread and thread.get("items"):
        parts.append("মন্তব্য (%s)" % bengali_number(thread.get("declared", 0)))
        for c in thread.get("items", []):
            parts.append((c["author"] + ": " if c.get("author") else "") + c.get("text", ""))
    return "\n".join(parts)


def run(command):
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if result.returncode != 0:
        raise RuntimeError("%s failed: %s" % (command[0], result.stderr.decode("utf-8", "replace").strip()))
    return result.stdout.decode("utf-8", "replace")


def pdfjs_ready():
    """pdf.js from npm, installed next to this script on first use (pinned in package-lock.json)."""
    if os.path.isdir(os.path.join(PDFJS_DIR, "node_modules", "pdfjs-dist")):
        return True
    if not shutil.which("node") or not shutil.which("npm"):
        return False
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=PDFJS_DIR, check=False,
                   stdout=subprocess.DEVNULL)
    return os.path.isdir(os.path.join(PDFJS_DIR, "node_modules", "pdfjs-dist"))


def selected_lines(pdf):
    """What selecting each line in a poppler viewer gives: pdftotext over
    each line's box, line after line."""
    pages = run(["pdftotext", "-bbox-layout", pdf, "-"]).split("</page>")
    out = []
    for number, page in enumerate(pages, start=1):
        for x0, y0, x1, y1 in LINE_BOX.findall(page):
            x0, y0, x1, y1 = float(x0), float(y0), float(x1), float(y1)
            out.append(run(["pdftotext", "-enc", "UTF-8", "-r", "72", "-f", str(number), "-l", str(number),
                            "-x", str(int(x0)), "-y", str(int(y0)), "-W", str(int(x1 - x0) + 2),
                            "-H", str(int(y1 - y0) + 2), pdf, "-"]))
    return "\n".join(out)


def struct_text(pdf):
    """The text of the structure tree (pdfinfo -struct-text), in the tree's
    order: what a screen reader reads. Each marked-content sequence is one
    quoted string; they are joined as they come (a Latin span inside a
    Bengali word stays one word), and each block element starts a line."""
    out = []
    for line in run(["pdfinfo", "-struct-text", pdf]).splitlines():
        m = STRUCT_TEXT.match(line)
        if m:
            out.append(m.group(1))
        elif line.strip() and "(inline)" not in line and not line.strip().startswith("Object "):
            out.append("\n")
    return "".join(out)


def extract(extractor, pdf):
    if extractor == "poppler-lines":
        return selected_lines(pdf)
    if extractor == "struct":
        return struct_text(pdf)
    if extractor == "poppler":
        return run(["pdftotext", "-enc", "UTF-8", pdf, "-"])
    if extractor == "poppler-layout":
        return run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"])
    if extractor == "mupdf":
        return run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf])
    if extractor == "pdfjs":
        if not pdfjs_ready():
            raise RuntimeError("pdf.js is not installed: npm ci in " + PDFJS_DIR)
        return run(["node", os.path.join(PDFJS_DIR, "pdfjs-text.mjs"), pdf])
    raise ValueError(extractor)


def compare(expected, got):
    """(matched count, mismatches): the expected words found in order in got."""
    known = set(expected)
    # A raised note number stands right after the highlight's last word
    # (after ৭২ too: the longest known word before trailing digits).
    seen = []
    for w in got:
        word = w
        if w not in known:
            for cut in range(len(w) - 1, 0, -1):
                if w[:cut] in known and all(c in BENGALI_DIGITS for c in w[cut:]):
                    word = w[:cut]
                    break
        seen.append(word)
    matcher = difflib.SequenceMatcher(None, expected, seen, autojunk=False)
    matched = 0
    mismatches = []
    for op, e0, e1, g0, g1 in matcher.get_opcodes():
        if op == "equal":
            matched += e1 - e0
        elif op in ("replace", "delete"):
            mismatches.append((" ".join(expected[e0:e1]), " ".join(got[g0:g1])))
    return matched, mismatches


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdf")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--article", action="append",
                        help="pathak show/parse --json output; again for each further article in the PDF")
    source.add_argument("--expect", help="a UTF-8 text file: the words expected, in order")
    parser.add_argument("--comments", action="store_true", help="the PDF includes the comments")
    parser.add_argument("--extractors", default=",".join(EXTRACTORS),
                        help="comma-separated, of " + ", ".join(EXTRACTORS + OPTIONAL_EXTRACTORS))
    parser.add_argument("--min", action="append", default=[], metavar="EXTRACTOR=PERCENT",
                        help="fail when an extractor's word match is below PERCENT (all: every extractor)")
    parser.add_argument("--show", type=int, default=20, help="mismatches printed per extractor")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    if args.article:
        expected = []
        for path in args.article:
            with open(path, encoding="utf-8") as f:
                expected += words(article_text(json.load(f), args.comments))
    else:
        with open(args.expect, encoding="utf-8") as f:
            expected = words(f.read())
    minimum = {}
    for item in args.min:
        name, _, value = item.partition("=")
        minimum[name] = float(value)

    failed = False
    report = {}
    for extractor in [e for e in args.extractors.split(",") if e]:
        try:
            got = words(extract(extractor, args.pdf))
        except (RuntimeError, OSError) as e:
            print("%s: %s" % (extractor, e), file=sys.stderr)
            failed = True
            continue
        matched, mismatches = compare(expected, got)
        percent = 100.0 * matched / len(expected) if expected else 100.0
        report[extractor] = {"percent": round(percent, 2), "matched": matched, "words": len(expected),
                             "mismatches": [{"expected": e, "got": g} for e, g in mismatches]}
        need = minimum.get(extractor, minimum.get("all"))
        below = need is not None and percent < need
        failed = failed or below
        if not args.json:
            print("%-15s %6.2f%%  %d of %d words%s" % (extractor, percent, matched, len(expected),
                                                      "  (below %g%%)" % need if below else ""))
            for e, g in mismatches[:args.show]:
                print("    %s  →  %s" % (e, g if g else "(missing)"))
            if len(mismatches) > args.show:
                print("    … %d more" % (len(mismatches) - args.show))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
