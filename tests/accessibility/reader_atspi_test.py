#!/usr/bin/python3
"""Reads the running reader as a screen reader does, through AT-SPI.

Starts the real `pathak` on an X server of its own (Xvfb) and a session bus
of its own, with Qt's accessibility bridge on, opens an article by importing
it, and checks what a screen reader user gets: the window named after the
article, the article's text exposed by the reading view, the reading column
taking most of the window, and a name on every control. Run by CTest as
AccessibilityTest.ReaderThroughAtSpi:

    reader_atspi_test.py PATHAK ARTICLE

It re-runs itself on an Xvfb display and under dbus-run-session; the inner
run does the work. Every wait is for a condition the application reaches (the
application on the bus, the text in the view), bounded only so that a
broken build fails instead of hanging.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

INNER = "PATHAK_ATSPI_INNER"
BOUND_SECONDS = 90


def outer(argv):
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing (scripts/install-deps.sh installs it)", file=sys.stderr)
            return 1
    # Xvfb picks a free display and writes its number once it accepts
    # clients (-displayfd): no guessing at display numbers, no waiting.
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,))
    os.close(write_end)
    with os.fdopen(read_end) as f:
        display = f.readline().strip()
    try:
        if not display:
            print("Xvfb did not start", file=sys.stderr)
            return 1
        env = dict(os.environ, DISPLAY=":" + display, **{INNER: "1"})
        command = ["dbus-run-session", "--", "/usr/bin/python3", os.path.abspath(__file__)] + argv[1:]
        return subprocess.run(command, env=env).returncode
    finally:
        xvfb.terminate()
        xvfb.wait()


def wait_for(what, condition):
    deadline = time.monotonic() + BOUND_SECONDS
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.2)


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def inner(pathak, article):
    import pyatspi

    # The registry first, and answering: an application started before it
    # would find no accessibility bus to register on.
    _ = pyatspi.Registry.getDesktop(0).childCount
    home = tempfile.mkdtemp(prefix="pathak-atspi-")
    runtime = os.path.join(home, "runtime")
    os.mkdir(runtime, 0o700)
    env = dict(os.environ,
               HOME=home,
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_RUNTIME_DIR=runtime,
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1",
               QT_QPA_PLATFORM="xcb",
               LANG="en_GB.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
    library = os.path.join(home, "library.sqlite")
    app = subprocess.Popen([pathak, "--library", library, article], env=env)
    failures = []
    try:
        desktop = pyatspi.Registry.getDesktop(0)

        def find_app():
            for i in range(desktop.childCount):
                a = desktop.getChildAtIndex(i)
                if a is not None and a.name == "pathak":
                    return a
            return None

        def running_app():
            if app.poll() is not None:
                raise AssertionError(f"pathak exited with {app.returncode} before it could be read")
            return find_app()

        application = wait_for("pathak on the accessibility bus", running_app)
        frame = wait_for("the main window", lambda: next(
            (c for c in walk(application) if c.getRole() == pyatspi.ROLE_FRAME), None))

        def reader():
            for node in walk(application):
                # A read-only text view is static text to Qt: a label
                # that carries the Text interface.
                if node.name == "Article" and node.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_DOCUMENT_TEXT,
                                                                  pyatspi.ROLE_PARAGRAPH, pyatspi.ROLE_LABEL):
                    return node
            return None

        view = wait_for("the reading view named Article", reader)
        with open(article, encoding="utf-8-sig") as f:
            first_line = next(line.strip() for line in f if line.strip())
        words = first_line.split()[:4]
        probe = " ".join(words)

        def exposed_text():
            text = view.queryText()
            content = text.getText(0, text.characterCount)
            return content if probe in content else None

        content = wait_for(f"the article's text ({probe}) exposed by the reading view", exposed_text)
        if "\ufffd" in content:
            failures.append("the exposed text holds U+FFFD")

        title = wait_for("a window title naming the article", lambda: frame.name if "—" in frame.name else None)
        if not title.endswith("Pathak"):
            failures.append(f"window title {title!r} does not end with Pathak")

        frame_box = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        view_box = view.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        share = view_box.width / max(1, frame_box.width)
        print(f"window {frame_box.width}x{frame_box.height}, reading view {view_box.width} px ({share:.0%})")
        if share < 0.55:
            failures.append(f"the reading view has {share:.0%} of the window's width")

        controls = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_COMBO_BOX,
                    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TEXT,
                    pyatspi.ROLE_MENU)
        named = 0
        for node in walk(frame):
            try:
                if node.getRole() not in controls or not node.getState().contains(pyatspi.STATE_SHOWING):
                    continue
            except Exception:
                continue
            label = node.name or node.description
            if not label:
                failures.append(f"a {node.getRoleName()} without a name or description")
            else:
                named += 1
        print(f"{named} controls with names")
        if named < 10:
            failures.append(f"only {named} named controls were found")
    finally:
        app.terminate()
        try:
            app.wait(30)
        except subprocess.TimeoutExpired:
            app.kill()
        shutil.rmtree(home, ignore_errors=True)
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    if os.environ.get(INNER) != "1":
        sys.exit(outer(sys.argv))
    sys.exit(inner(sys.argv[1], sys.argv[2]))
