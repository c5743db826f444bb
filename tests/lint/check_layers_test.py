#!/usr/bin/env python3
"""scripts/check-layers.py refuses what the module rules forbid and passes
the project as it is. Each case builds a small tree in a temporary folder
and runs the script on it, as the build does."""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SCRIPT = os.path.join(ROOT, 'scripts', 'check-layers.py')


def run(files):
    with tempfile.TemporaryDirectory() as tree:
        for path, text in files.items():
            full = os.path.join(tree, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, 'w', encoding='utf-8') as out:
                out.write(text)
        done = subprocess.run([sys.executable, SCRIPT, tree], capture_output=True, text=True)
        return done.returncode, done.stderr


def expect(name, files, ok, says=None):
    code, err = run(files)
    if (code == 0) != ok or (says and says not in err):
        print(f'FAIL {name}: exit {code}, stderr:\n{err}')
        return False
    print(f'ok   {name}')
    return True


cases = [
    ('a module may include what is below it',
     {'core/text/A.h': '#include "base/Result.h"\n', 'core/base/Result.h': ''}, True, None),
    ('an include up the layers fails',
     {'core/text/A.h': '#include "library/B.h"\n', 'core/library/B.h': ''}, False,
     'core/text may not include core/library/B.h'),
    ('web may not use the library',
     {'core/web/P.cpp': '#include "library/LibraryStore.h"\n', 'core/library/LibraryStore.h': ''}, False,
     'core/web may not include'),
    ('the core uses no widgets',
     {'core/text/A.cpp': '#include <QWidget>\n'}, False, 'the core uses no widgets'),
    ('the core may not include the interface',
     {'core/article/A.cpp': '#include "ui/reader/ReaderView.h"\n', 'ui/reader/ReaderView.h': ''}, False,
     'may not include ui/reader/ReaderView.h'),
    ('features do not include each other',
     {'ui/search/S.cpp': '#include "ui/annotation/A.h"\n', 'ui/annotation/A.h': ''}, False,
     'ui/search may not include ui/annotation/A.h'),
    ('features reach the window through WindowHost',
     {'ui/web/W.cpp': '#include "ui/window/MainWindow.h"\n', 'ui/window/MainWindow.h': ''}, False,
     'through WindowHost'),
    ('export renderers do not read the library',
     {'core/export/PdfRenderer.cpp': '#include "library/LibraryStore.h"\n', 'core/library/LibraryStore.h': ''},
     False, 'renderers never touch the library'),
    ('the export loader may',
     {'core/export/ExportArticleLoader.cpp': '#include "library/LibraryStore.h"\n',
      'core/library/LibraryStore.h': ''}, True, None),
    ('an include must name its module',
     {'core/text/A.cpp': '#include "A.h"\n', 'core/text/A.h': ''}, False, 'no project header'),
    ('a folder outside every module fails',
     {'core/misc/A.h': ''}, False, 'not in any module'),
]

passed = sum(expect(*c) for c in cases)
project = subprocess.run([sys.executable, SCRIPT, ROOT], capture_output=True, text=True)
print(('ok   ' if project.returncode == 0 else 'FAIL ') + 'the project keeps its own rules')
if project.returncode != 0:
    print(project.stderr)
failed = len(cases) - passed + (project.returncode != 0)
print(f'{passed + (project.returncode == 0)} passed, {failed} failed')
sys.exit(1 if failed else 0)
