#!/usr/bin/env python3
"""The Debian package, unpacked as a user's system would hold it.

Builds it with `cpack -G DEB` from the build folder, checks that its
dependencies name the libraries pathak links (dpkg-shlibdeps) and the ones
it loads at run time, unpacks it with `dpkg -x` into a scratch root (no
installation, no root needed) and runs the packaged pathak from there:
--version, an import, and a whole-library export read back.

Usage: package_test.py BUILD_DIR DATA_DIR
"""
import glob
import os
import subprocess
import sys
import tempfile


def run(args, env=None, **kw):
    r = subprocess.run(args, capture_output=True, text=True, env=env, **kw)
    if r.returncode != 0:
        sys.exit(f"FAILED: {' '.join(args)} (exit {r.returncode})\n{r.stdout}\n{r.stderr}")
    return r.stdout


def main():
    build, data = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="pathak-package-") as tmp:
        run(["cpack", "-G", "DEB", "--config", os.path.join(build, "CPackConfig.cmake"), "-B",
             os.path.join(tmp, "pkg")])
        debs = glob.glob(os.path.join(tmp, "pkg", "*.deb"))
        assert len(debs) == 1, debs
        deb = debs[0]
        depends = run(["dpkg-deb", "-f", deb, "Depends"])
        for needed in ["libqt6core6", "libqt6widgets6", "libsqlite3-0", "libicu72", "libarchive13",
                       "libqt6sql6-sqlite", "qt6-qpa-plugins", "fonts-noto-core"]:
            assert needed in depends, f"Depends lacks {needed}: {depends}"
        root = os.path.join(tmp, "root")
        run(["dpkg", "-x", deb, root])
        pathak = os.path.join(root, "usr", "bin", "pathak")
        for path in ["usr/share/applications/org.pathak.Pathak.desktop",
                     "usr/share/metainfo/org.pathak.Pathak.metainfo.xml",
                     "usr/share/icons/hicolor/scalable/apps/org.pathak.Pathak.svg"]:
            assert os.path.isfile(os.path.join(root, path)), path
        # It must run from the system's libraries alone, not the build's.
        dynamic = run(["readelf", "-d", pathak])
        assert build not in dynamic, "the packaged binary points into the build folder"
        libraries = run(["ldd", pathak])
        assert "not found" not in libraries, libraries

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp,
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_DATA_HOME=os.path.join(tmp, "data"))
        env.pop("LD_LIBRARY_PATH", None)
        version = run([pathak, "--version"], env=env)
        assert version.startswith("pathak "), version
        library = os.path.join(tmp, "library.sqlite")
        out = run([pathak, "--library", library, "import", os.path.join(data, "seed-lavrov-rubio.txt"),
                   os.path.join(data, "rain-with-comments.txt")], env=env)
        assert out == "imported 2, duplicates 0, failed 0\n", out
        listed = run([pathak, "--library", library, "list"], env=env)
        assert len(listed.strip().splitlines()) == 2, listed
        archive = os.path.join(tmp, "library.zip")
        run([pathak, "--library", library, "export-library", archive], env=env)
        out = run([pathak, "--library", os.path.join(tmp, "other.sqlite"), "import-library", archive], env=env)
        assert out.startswith("imported 2 articles"), out
    print("package: built, unpacked and ran")


if __name__ == "__main__":
    main()
