#!/usr/bin/env python3
"""Fails when a module includes a header of a module it may not use.

The modules and the arrows between them are those of docs/ARCHITECTURE.md:
each module may include its own headers and those of the modules it
depends on, directly or through others, and nothing else. Runs before every
build (the core libraries depend on it) and in the lint stage of
scripts/test.sh.

Usage: check-layers.py [PROJECT_ROOT] [--stamp FILE]
"""
import os
import re
import sys

# module -> the modules it may use directly; what those may use, it may too.
CORE = {
    'core/base': [],
    'core/text': ['core/base'],
    'core/article': ['core/text'],
    'core/library/sqlite': ['core/base'],
    'core/library/fts': ['core/library/sqlite'],
    'core/library': ['core/article', 'core/library/sqlite', 'core/library/fts'],
    'core/web': ['core/article'],
    'core/search': ['core/library'],
    'core/import': ['core/library', 'core/web'],
    'core/annotation': ['core/library', 'core/search'],
    'core/feeds': ['core/import'],
    'core/export': ['core/annotation'],
    'core/archive': ['core/annotation', 'core/feeds'],
}
UI = {
    'ui/reader': list(CORE),
    'ui/library': list(CORE),
    'ui/window': ['ui/reader', 'ui/library'],
    'ui/annotation': ['ui/window'],
    'ui/search': ['ui/window'],
    'ui/export': ['ui/window'],
    'ui/web': ['ui/window'],
    'ui/app': ['ui/annotation', 'ui/search', 'ui/export', 'ui/web'],
    'app': ['ui/app'],
}
RULES = {**CORE, **UI}

# Narrower rules inside a module: (module, file pattern, forbidden include
# pattern, why).
NARROW = [
    ('core/export', r'^(?!ExportArticleLoader\.)', r'^(library/|annotation/\w*Store\.h)',
     'renderers never touch the library; ExportArticleLoader loads what they export'),
    ('ui/annotation', r'', r'^ui/window/MainWindow\.h$', 'features reach the window through WindowHost'),
    ('ui/search', r'', r'^ui/window/MainWindow\.h$', 'features reach the window through WindowHost'),
    ('ui/export', r'', r'^ui/window/MainWindow\.h$', 'features reach the window through WindowHost'),
    ('ui/web', r'', r'^ui/window/MainWindow\.h$', 'features reach the window through WindowHost'),
]

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
WIDGETS = re.compile(r'^\s*#\s*include\s*<(QtWidgets/|Q(Widget|Application|Dialog|MainWindow|Action|Menu)\b)', re.M)


def closure(module, seen=None):
    seen = set() if seen is None else seen
    for dep in RULES[module]:
        if dep not in seen:
            seen.add(dep)
            closure(dep, seen)
    return seen


def module_of(path):
    """The module a project path (core/x/y.h, ui/x/y.h, app/y.cpp) belongs to."""
    folder = os.path.dirname(path)
    while folder:
        if folder in RULES:
            return folder
        folder = os.path.dirname(folder)
    return None


def resolve(root, including, name):
    """The project path an include names: core/ and the project root are
    the include roots, so every include names its module ("library/X.h",
    "ui/reader/Y.h")."""
    for base in ('core', ''):
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(os.path.join(root, candidate)):
            return candidate
    return None


def main():
    args = sys.argv[1:]
    stamp = None
    if '--stamp' in args:
        i = args.index('--stamp')
        stamp = args[i + 1]
        del args[i:i + 2]
    root = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(__file__), '..'))
    problems = []
    for top in ('core', 'ui', 'app'):
        for folder, _, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if not f.endswith(('.h', '.cpp')):
                    continue
                path = os.path.relpath(os.path.join(folder, f), root)
                module = module_of(path)
                if module is None:
                    problems.append(f'{path}: not in any module (add its folder to scripts/check-layers.py)')
                    continue
                allowed = closure(module) | {module}
                text = open(os.path.join(root, path), encoding='utf-8').read()
                if module.startswith('core/') and WIDGETS.search(text):
                    problems.append(f'{path}: the core uses no widgets')
                for name in INCLUDE.findall(text):
                    target = resolve(root, path, name)
                    if target is None:
                        problems.append(f'{path}: includes "{name}", which is no project header')
                        continue
                    used = module_of(target)
                    if used not in allowed:
                        problems.append(f'{path}: {module} may not include {target} ({used})')
                        continue
                    for narrow_module, file_pattern, forbidden, why in NARROW:
                        if module == narrow_module and re.search(file_pattern, f) and re.search(forbidden, name):
                            problems.append(f'{path}: includes "{name}": {why}')
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f'check-layers: {len(problems)} include(s) break the module rules (docs/ARCHITECTURE.md)', file=sys.stderr)
        return 1
    if stamp:
        with open(stamp, 'w') as out:
            out.write('ok\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
