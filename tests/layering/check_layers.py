#!/usr/bin/env python3
"""Fails when a file includes a folder above its own layer.

The order is written once, in core/LAYERS.md: a fenced block `layers` (one
line per layer of core/, bottom first, its folders) and a block `tiers` (the
top folders, bottom first, each with the Qt modules it may not include).
A file in core/X may include core/X and the folders on lower lines; a file
in a top folder may include its own and lower tiers. Prints every violation
as FILE:LINE: WHAT and exits 1; exits 0 when there is none.

    check_layers.py [--root SRC] [--qt-headers QT_INCLUDE_DIR]
    check_layers.py --self-test    (proves that the check catches violations)
"""

import argparse
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
SOURCES = ('.h', '.hpp', '.cpp', '.cc')


def fenced_block(text, name, path):
    match = re.search(r'^```' + name + r'[ \t]*\n(.*?)^```', text, re.M | re.S)
    if not match:
        raise SystemExit(f'{path}: no ```{name} block')
    rows = []
    for line in match.group(1).splitlines():
        words = line.split('#', 1)[0].replace(',', ' ').split()
        if words:
            rows.append(words)
    return rows


def read_order(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    layers = {}
    for number, folders in enumerate(fenced_block(text, 'layers', path), start=1):
        for folder in folders:
            if folder in layers:
                raise SystemExit(f'{path}: core/{folder} is on two lines')
            layers[folder] = number
    tiers, banned = {}, {}
    for number, row in enumerate(fenced_block(text, 'tiers', path), start=1):
        tiers[row[0]] = number
        banned[row[0]] = row[2:] if len(row) > 1 and row[1] == 'no' else []
    return layers, tiers, banned


def qt_module_headers(qt_include_dir, modules):
    """Header name -> module, for the banned Qt modules' own headers (<QColor>)."""
    names = {}
    for module in modules:
        folder = os.path.join(qt_include_dir or '', module)
        if os.path.isdir(folder):
            for name in os.listdir(folder):
                names.setdefault(name, module)
    # QtCore's own headers are never banned, even where a module repeats one.
    core = os.path.join(qt_include_dir or '', 'QtCore')
    if os.path.isdir(core):
        for name in os.listdir(core):
            names.pop(name, None)
    return names


def source_files(root, top):
    for folder, dirs, files in os.walk(os.path.join(root, top)):
        dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
        for name in sorted(files):
            if name.endswith(SOURCES):
                yield os.path.join(folder, name)


def check(root, layers_file, qt_include_dir):
    layers, tiers, banned = read_order(layers_file)
    qt_headers = qt_module_headers(qt_include_dir, sorted({m for ms in banned.values() for m in ms}))
    problems = []
    for top in tiers:
        for path in source_files(root, top):
            rel = os.path.relpath(path, root).replace(os.sep, '/')
            parts = rel.split('/')
            own_layer = None
            if top == 'core':
                if len(parts) < 3 or parts[1] not in layers:
                    problems.append(f'{rel}:1: {"/".join(parts[:-1])} is in no layer of core/LAYERS.md')
                    continue
                own_layer = layers[parts[1]]
            with open(path, encoding='utf-8', errors='replace') as f:
                lines = f.readlines()
            for number, line in enumerate(lines, start=1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                quote, target = match.groups()
                where = f'{rel}:{number}'
                if quote == '<':
                    module = target.split('/', 1)[0] if '/' in target else qt_headers.get(target)
                    if module in banned[top]:
                        problems.append(f'{where}: {top} includes <{target}> ({module})')
                    continue
                # Quoted: from the root when it names a top folder, else beside the file.
                first = target.split('/', 1)[0]
                if first in tiers:
                    resolved = target
                else:
                    resolved = os.path.relpath(os.path.normpath(os.path.join(os.path.dirname(path), target)), root)
                    resolved = resolved.replace(os.sep, '/')
                    if not os.path.exists(os.path.join(root, resolved)):
                        continue  # generated (moc, ui_*.h) or a system header
                to = resolved.split('/')
                if to[0] not in tiers:
                    continue
                if tiers[to[0]] > tiers[top]:
                    problems.append(f'{where}: {top} includes {to[0]}/ (tier {tiers[to[0]]} above {tiers[top]})')
                    continue
                if top != 'core' or to[0] != 'core' or len(to) < 3 or to[1] == parts[1]:
                    continue
                other = layers.get(to[1])
                if other is None:
                    problems.append(f'{where}: core/{parts[1]} includes core/{to[1]}, which is in no layer')
                elif other > own_layer:
                    problems.append(f'{where}: core/{parts[1]} includes core/{to[1]} (layer {other} above {own_layer})')
                elif other == own_layer:
                    problems.append(f'{where}: core/{parts[1]} includes core/{to[1]} '
                                    f'(both layer {own_layer}: one line knows nothing of the other)')
    return problems


def self_test(layers_file):
    """Runs the check on a small tree with known violations: each must be
    reported, at its line, and nothing else."""
    layers, tiers, _ = read_order(layers_file)
    by_layer = {}
    for folder, number in layers.items():
        by_layer.setdefault(number, []).append(folder)
    low = by_layer[min(by_layer)][0]
    high = by_layer[max(by_layer)][0]
    pair = next((folders for folders in by_layer.values() if len(folders) > 1), None)
    files = {
        f'core/{low}/low.h': f'#pragma once\n#include <QString>\n#include "core/{high}/high.h"\n',
        f'core/{high}/high.h': f'#pragma once\n#include "core/{low}/low.h"\n#include "high2.h"\n',
        f'core/{high}/high2.h': '#pragma once\n#include <QColor>\n#include <QtWidgets/QWidget>\n',
        'core/stray/stray.h': '#pragma once\n',
        'models/m.h': '#pragma once\n#include "core/' + low + '/low.h"\n#include <QColor>\n#include <QWidget>\n'
                      '#include "ui/u.h"\n',
        'ui/u.h': '#pragma once\n#include "models/m.h"\n#include <QWidget>\n#include "app/a.h"\n',
        'app/a.h': '#pragma once\n#include "ui/u.h"\n',
    }
    expected = {
        f'core/{low}/low.h:3: core/{low} includes core/{high} (layer {layers[high]} above {layers[low]})',
        f'core/{high}/high2.h:2: core includes <QColor> (QtGui)',
        f'core/{high}/high2.h:3: core includes <QtWidgets/QWidget> (QtWidgets)',
        'core/stray/stray.h:1: core/stray is in no layer of core/LAYERS.md',
        'models/m.h:4: models includes <QWidget> (QtWidgets)',
        f'models/m.h:5: models includes ui/ (tier {tiers["ui"]} above {tiers["models"]})',
        f'ui/u.h:4: ui includes app/ (tier {tiers["app"]} above {tiers["ui"]})',
    }
    if pair:
        files[f'core/{pair[0]}/one.h'] = f'#pragma once\n#include "core/{pair[1]}/two.h"\n'
        files[f'core/{pair[1]}/two.h'] = '#pragma once\n'
        expected.add(f'core/{pair[0]}/one.h:2: core/{pair[0]} includes core/{pair[1]} '
                     f'(both layer {layers[pair[0]]}: one line knows nothing of the other)')
    with tempfile.TemporaryDirectory() as root:
        for rel, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), 'w', encoding='utf-8') as f:
                f.write(text)
        qt = os.path.join(root, 'qt')
        for module, header in (('QtCore', 'QString'), ('QtGui', 'QColor'), ('QtWidgets', 'QWidget')):
            os.makedirs(os.path.join(qt, module))
            open(os.path.join(qt, module, header), 'w').close()
        found = set(check(root, layers_file, qt))
    missed, extra = expected - found, found - expected
    for line in sorted(missed):
        print(f'self-test: not reported: {line}')
    for line in sorted(extra):
        print(f'self-test: reported wrongly: {line}')
    if missed or extra:
        return 1
    print(f'self-test: the check reported the {len(expected)} planted violations and nothing else')
    return 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--root', default=os.path.normpath(os.path.join(here, '..', '..')))
    parser.add_argument('--layers', help='default: ROOT/core/LAYERS.md')
    parser.add_argument('--qt-headers', help="Qt's include directory (with QtGui/, QtWidgets/)")
    parser.add_argument('--self-test', action='store_true')
    args = parser.parse_args()
    layers_file = args.layers or os.path.join(args.root, 'core', 'LAYERS.md')
    if args.self_test:
        return self_test(layers_file)
    problems = check(args.root, layers_file, args.qt_headers)
    for line in problems:
        print(line)
    if problems:
        print(f'{len(problems)} include(s) against the layers of core/LAYERS.md')
        return 1
    print('every include keeps to the layers of core/LAYERS.md')
    return 0


if __name__ == '__main__':
    sys.exit(main())
