#!/usr/bin/env python3
"""The desktop integration as installed: `cmake --install` into a scratch
prefix, then desktop-file-validate on the launcher and `appstreamcli
validate` on the AppStream metadata, and what the launcher promises: %U
(files and addresses, the web importer takes the addresses), the MIME types
the importer reads and the pathak: scheme a bookmarklet's link uses.

Usage: desktop_files_test.py BUILD_DIR
"""
import configparser
import os
import subprocess
import sys
import tempfile


def run(args):
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"FAILED: {' '.join(args)} (exit {r.returncode})\n{r.stdout}\n{r.stderr}")
    return r.stdout + r.stderr


def main():
    build = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="pathak-install-") as prefix:
        run(["cmake", "--install", build, "--prefix", prefix])
        desktop = os.path.join(prefix, "share", "applications", "org.pathak.Pathak.desktop")
        metainfo = os.path.join(prefix, "share", "metainfo", "org.pathak.Pathak.metainfo.xml")
        assert os.path.isfile(os.path.join(prefix, "bin", "pathak"))
        out = run(["desktop-file-validate", desktop])
        assert "error" not in out.lower(), out
        run(["appstreamcli", "validate", "--no-net", "--explain", metainfo])

        entry = configparser.ConfigParser(interpolation=None)
        entry.optionxform = str
        entry.read(desktop, encoding="utf-8")
        e = entry["Desktop Entry"]
        assert e["Exec"] == "pathak %U", e["Exec"]
        types = [t for t in e["MimeType"].split(";") if t]
        assert types == ["text/plain", "text/html", "application/rss+xml", "application/atom+xml",
                         "text/x-opml", "x-scheme-handler/pathak"], types
        # Pathak does not read EPUB, so it must not offer to open it.
        assert "application/epub+zip" not in types
    print("desktop files: valid")


if __name__ == "__main__":
    main()
