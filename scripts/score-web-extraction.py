#!/usr/bin/env python3
"""Scores Pathak's web extraction, and Mozilla Readability's beside it, on
the test pages in bench/web-extraction/pages: each NAME.html has its expected
article in NAME.expected.json (paragraphs, caption, credit, comments, or
that the page is no article).

Per page it prints paragraph precision and recall (an extracted paragraph
counts when it equals an expected one after NFC and white-space folding)
and whether caption and credit are exact; then the means. Readability runs
when bench/web-extraction/node_modules is installed (scripts/install-deps.sh
installs it), and is left out otherwise.

With --check it fails unless Pathak reaches the targets: mean precision
>= 0.95, mean recall >= 0.97, captions and credits >= 90% exact, every
article kept, every page that is no article refused, and a mean precision
and recall no lower than Readability's when Readability ran.
"""

import argparse
import html.parser
import json
import pathlib
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent


def norm(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip()


class FirstHeading(html.parser.HTMLParser):
    """The text of a page's first <h1>: both extractors may repeat the
    headline as the first paragraph, which is the title, not body text."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.done = False
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag == "h1" and not self.done:
            self.depth += 1
        elif self.depth:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if self.depth == 0:
                self.done = True

    def handle_data(self, data):
        if self.depth:
            self.text += data


def first_heading(page):
    parser = FirstHeading()
    parser.feed(page.read_text(encoding="utf-8"))
    return norm(parser.text)


def run_pathak(pathak, page):
    proc = subprocess.run([pathak, "parse", str(page), "--json"], capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        return {"refused": proc.stderr.strip()}
    data = json.loads(proc.stdout)
    caption = data.get("caption") or {}
    comments = data.get("comments") or {}
    return {
        "paragraphs": data.get("paragraphs", []),
        "caption": caption.get("text") or None,
        "credit": caption.get("credit") or None,
        "comments": [{"author": c.get("author"), "text": c.get("text")} for c in comments.get("items", [])],
    }


def run_readability(bench, pages):
    node = shutil.which("node")
    if not node or not (bench / "node_modules" / "@mozilla" / "readability").is_dir():
        return None
    proc = subprocess.run([node, str(bench / "readability.mjs")] + [str(p) for p in pages],
                          capture_output=True, text=True, timeout=600, check=True)
    out = {}
    for line in proc.stdout.splitlines():
        row = json.loads(line)
        article = row["article"]
        if article is None:
            out[row["file"]] = {"refused": "no article"}
        else:
            out[row["file"]] = {"paragraphs": article["paragraphs"], "caption": article["caption"], "credit": None}
    return out


def score(expected, got, heading, lenient_caption=False):
    """Precision, recall, caption and credit exactness of one article page.
    With lenient_caption a caption counts when it contains the expected
    text (Readability keeps the printed credit in the caption)."""
    if "refused" in got:
        return {"p": 0.0, "r": 0.0, "caption": False, "credit": False, "refused": True}
    paragraphs = [norm(p) for p in got["paragraphs"] if norm(p)]
    if paragraphs and paragraphs[0] == heading:
        paragraphs = paragraphs[1:]
    want = Counter(norm(p) for p in expected["paragraphs"])
    matched = sum((Counter(paragraphs) & want).values())
    return {
        "p": matched / len(paragraphs) if paragraphs else 0.0,
        "r": matched / sum(want.values()),
        "caption": (norm(got.get("caption")) == norm(expected.get("caption")) or
                    (lenient_caption and expected.get("caption") is not None and got.get("caption") is not None
                     and norm(expected["caption"]) in norm(got["caption"]))),
        "credit": norm(got.get("credit")) == norm(expected.get("credit")),
        "refused": False,
    }


def percent(hits, total):
    return f"{100 * hits / total:.0f}% ({hits}/{total})" if total else "—"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pathak", default=str(ROOT / "build/ci/app/pathak"), help="the pathak executable")
    ap.add_argument("--pages", default=str(ROOT / "bench/web-extraction/pages"))
    ap.add_argument("--bench", default=str(ROOT / "bench/web-extraction"), help="where Readability is installed")
    ap.add_argument("--no-readability", action="store_true")
    ap.add_argument("--check", action="store_true", help="fail unless Pathak reaches the targets")
    ap.add_argument("--verbose", action="store_true", help="print the paragraphs that do not match")
    args = ap.parse_args()

    pages = sorted(pathlib.Path(args.pages).glob("*.html"))
    readability = None if args.no_readability else run_readability(pathlib.Path(args.bench), pages)
    if readability is None and not args.no_readability:
        print("score: Readability is not installed (bash scripts/install-deps.sh); scoring Pathak alone",
              file=sys.stderr)
    tools = ["Pathak"] + (["Readability"] if readability is not None else [])

    rows, totals = [], {t: {"p": [], "r": [], "cap": [0, 0], "cred": [0, 0], "kept": [0, 0], "refused": [0, 0],
                              "comments": [0, 0]} for t in tools}
    for page in pages:
        expected = json.loads(page.with_suffix("").with_suffix(".expected.json").read_text(encoding="utf-8"))
        heading = first_heading(page)
        results = {"Pathak": run_pathak(args.pathak, page)}
        if readability is not None:
            results["Readability"] = readability[str(page)]
        row = [page.stem]
        for tool in tools:
            got, t = results[tool], totals[tool]
            if not expected["article"]:
                t["refused"][1] += 1
                t["refused"][0] += "refused" in got
                row += ["refused" if "refused" in got else "**kept**", "", ""]
                if args.verbose and tool == "Pathak":
                    print(f"  {page.stem}: {got.get('refused', 'kept')}", file=sys.stderr)
                continue
            s = score(expected, got, heading, lenient_caption=tool == "Readability")
            t["p"].append(s["p"])
            t["r"].append(s["r"])
            t["kept"][1] += 1
            t["kept"][0] += not s["refused"]
            if expected.get("caption") is not None:
                t["cap"][1] += 1
                t["cap"][0] += s["caption"]
            if expected.get("credit") is not None:
                t["cred"][1] += 1
                t["cred"][0] += s["credit"]
            if tool == "Pathak" and "comments" in expected:
                t["comments"][1] += 1
                t["comments"][0] += got.get("comments") == expected["comments"]
            marks = ("C" if s["caption"] else "c") + ("R" if s["credit"] else "r") if expected.get("caption") else ""
            if tool == "Readability":
                marks = marks[:1]
            row += ["**refused**" if s["refused"] else f"{s['p']:.2f}", "" if s["refused"] else f"{s['r']:.2f}", marks]
            if args.verbose and tool == "Pathak":
                want = {norm(p) for p in expected["paragraphs"]}
                have = {norm(p) for p in got.get("paragraphs", [])}
                for p in sorted(have - want - {heading}):
                    print(f"  {page.stem}: extra   {p[:100]}", file=sys.stderr)
                for p in sorted(want - have):
                    print(f"  {page.stem}: missing {p[:100]}", file=sys.stderr)
                if not s["caption"] or not s["credit"]:
                    print(f"  {page.stem}: caption {got.get('caption')!r} / {got.get('credit')!r}", file=sys.stderr)
        rows.append(row)

    header = ["page"]
    for tool in tools:
        header += [f"{tool} precision", f"{tool} recall", "caption/credit" if tool == "Pathak" else "caption"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    mean = ["**mean**"]
    for tool in tools:
        t = totals[tool]
        mean += [f"**{sum(t['p']) / len(t['p']):.2f}**", f"**{sum(t['r']) / len(t['r']):.2f}**", ""]
    print("| " + " | ".join(mean) + " |")
    print()
    print("C/R: caption/credit exact, c/r: not. Readability has no separate credit: its caption (the first")
    print("figcaption it keeps) counts when it contains the expected caption text.")
    for tool in tools:
        t = totals[tool]
        line = (f"{tool}: captions {'exact' if tool == 'Pathak' else 'found'} {percent(*t['cap'])}, articles kept {percent(*t['kept'])}, "
                f"non-articles refused {percent(*t['refused'])}")
        if tool == "Pathak":
            line += f", credits exact {percent(*t['cred'])}, comments exact {percent(*t['comments'])}"
        print(line)

    if not args.check:
        return 0
    t = totals["Pathak"]
    mp, mr = sum(t["p"]) / len(t["p"]), sum(t["r"]) / len(t["r"])
    failures = []
    if mp < 0.95:
        failures.append(f"mean precision {mp:.3f} < 0.95")
    if mr < 0.97:
        failures.append(f"mean recall {mr:.3f} < 0.97")
    for key, name in (("cap", "captions"), ("cred", "credits")):
        hits, total = t[key]
        if total and hits / total < 0.9:
            failures.append(f"{name} exact {hits}/{total} < 90%")
    if t["kept"][0] != t["kept"][1]:
        failures.append("an article was refused")
    if t["refused"][0] != t["refused"][1]:
        failures.append("a page that is no article was kept")
    if readability is not None:
        r = totals["Readability"]
        if mp < sum(r["p"]) / len(r["p"]) or mr < sum(r["r"]) / len(r["r"]):
            failures.append("Readability does better")
    for f in failures:
        print("FAIL: " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
