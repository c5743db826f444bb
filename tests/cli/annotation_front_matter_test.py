#!/usr/bin/env python3
"""The Markdown annotation export read as Obsidian reads a note: the file
starts with a front matter block between `---` lines, which must parse as
YAML (PyYAML's safe loader) and hold the article's facts, Bengali exact
(NFC); the coloured quotes follow it. And the two CSV exports read by
Python's csv module, a reader that is not Pathak's, field for field against
the W3C export.

usage: annotation_front_matter_test.py PATHAK DATA_DIR
"""
import csv
import datetime
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

import yaml

PATHAK, DATA = sys.argv[1], sys.argv[2]


def run(lib, *args):
    r = subprocess.run([PATHAK, "--library", lib, *args], capture_output=True, text=True, check=False)
    if r.returncode != 0:
        sys.exit(f"pathak {' '.join(args)} failed: {r.stderr}")
    return r.stdout


def front_matter(text):
    """Splits a note as Obsidian does: `---` on the first line, the block up
    to the next line that is exactly `---`."""
    lines = text.split("\n")
    assert lines[0] == "---", f"no front matter first: {lines[0]!r}"
    end = lines.index("---", 1)
    return yaml.safe_load("\n".join(lines[1:end])), "\n".join(lines[end + 1:])


def shown(markdown):
    """The text a renderer shows: tags gone, backslash escapes undone."""
    return re.sub(r"\\(.)", r"\1", re.sub(r"<[^>]+>", "", markdown))


def check(condition, message):
    if not condition:
        sys.exit("FAIL: " + message)


with tempfile.TemporaryDirectory() as tmp:
    lib = os.path.join(tmp, "lib.sqlite")
    hostile = os.path.join(tmp, "hostile.txt")
    with open(hostile, "w", encoding="utf-8") as f:
        # A title that would end the block, add a key or start a comment if it were not quoted.
        f.write('শিরোনাম: "উদ্ধৃতি" --- key: value \\ #ট্যাগ\n'
                "প্রথম অনুচ্ছেদে কিছু কথা আছে এবং আরও কথা।\n"
                "---\n"
                "দ্বিতীয় অনুচ্ছেদ।\n")
    run(lib, "import", os.path.join(DATA, "seed-lavrov-rubio.txt"), hostile)
    articles = {a["id"]: a for a in json.loads(run(lib, "list", "--json"))}
    quote = "ফিলিস্তিন এবং মধ্যপ্রাচ্যের"
    note = "দুটি অঞ্চল\n---\ntitle: নয়"
    run(lib, "annotate", "1", "--quote", quote, "--note", note, "--color", "pink")
    run(lib, "annotate", "2", "--quote", "কিছু কথা", "--color", "underline")
    run(lib, "tag", "1", "--add", "কূটনীতি", "--add", "রাশিয়া")

    for article_id in (1, 2):
        text = run(lib, "annotations", str(article_id), "--format", "md")
        meta, body = front_matter(text)
        stored = json.loads(run(lib, "show", str(article_id), "--json"))
        check(meta["title"] == stored["title"], f"title {meta['title']!r} != {stored['title']!r}")
        check(unicodedata.normalize("NFC", meta["title"]) == meta["title"], "title not NFC")
        check(set(meta) <= {"title", "source", "saved", "published", "author", "tags", "pathak", "annotations"},
              f"unexpected keys {sorted(meta)}")
        check(isinstance(meta["saved"], datetime.datetime), f"saved is {meta['saved']!r}")
        check(meta["annotations"] == 1, "annotation count")
        check(meta["pathak"] == f"pathak://article/{article_id}", "link back")
        source = (stored.get("source") or {}).get("url")
        check(meta.get("source") == source, f"source {meta.get('source')!r} != {source!r}")
        check(body.startswith("\n# "), "heading after the front matter")
        # The library's tags, as the list Obsidian's tags property is; none: no key.
        check(sorted(meta.get("tags", [])) == sorted(stored.get("tags") or []),
              f"tags {meta.get('tags')!r} != {stored.get('tags')!r}")
        check(article_id != 1 or sorted(meta["tags"]) == sorted(["কূটনীতি", "রাশিয়া"]), "tags of article 1")

    text = run(lib, "annotations", "1", "--format", "md")
    _, body = front_matter(text)
    check('<mark class="pathak-pink" style="background: #f48fb1;">' + quote + "</mark>" in body, "coloured quote")
    shown_body = shown(body)
    check(quote in shown_body, "quote shown exactly")
    check("দুটি অঞ্চল" in shown_body and "title: নয়" in shown_body, "note shown")
    check("\n---\n" not in body, "a note line became a thematic break or a second front matter")

    library = run(lib, "annotations", "--all", "--format", "md")
    meta, body = front_matter(library)
    check(meta["articles"] == 2 and meta["annotations"] == 2, f"library counts {meta}")
    check(isinstance(meta["exported"], datetime.datetime), "exported date")
    check(body.count("\n## ") == 2, "one section per article")
    # The CSVs through Python's own reader, against the W3C JSON of the same annotations.
    expected = []
    for article_id in (1, 2):
        collection = json.loads(run(lib, "annotations", str(article_id)))
        for item in collection["first"]["items"]:
            quote_selector = item["target"]["selector"][0]
            body = item.get("body", {}).get("value", "")
            expected.append((collection["label"], quote_selector["exact"], body, item["target"]["styleClass"]))
    raw = subprocess.run([PATHAK, "--library", lib, "annotations", "--all", "--format", "csv"],
                         capture_output=True, check=True).stdout
    check(raw.startswith(b"\xef\xbb\xbf"), "csv has no BOM")
    check(b"\r\n" in raw, "csv records do not end in CRLF")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    got = [(r["Title"], r["Quote"], r["Note"], r["Colour"]) for r in rows]
    check(got == expected, f"csv fields {got} != {expected}")
    raw = subprocess.run([PATHAK, "--library", lib, "annotations", "--all", "--format", "readwise"],
                         capture_output=True, check=True).stdout
    check(not raw.startswith(b"\xef\xbb\xbf"), "readwise csv has a BOM")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    check(list(rows[0].keys()) == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"],
          f"readwise columns {list(rows[0].keys())}")
    got = [(r["Title"], r["Highlight"], r["Note"]) for r in rows]
    check(got == [e[:3] for e in expected], f"readwise fields {got}")
    for r in rows:
        check(unicodedata.normalize("NFC", r["Highlight"]) == r["Highlight"], "highlight not NFC")
        datetime.datetime.strptime(r["Date"], "%Y-%m-%d %H:%M:%S")
    print("ok")
