#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translatable string of the sources is missing from a .ts file, or is there
without a translation, or when a translation does not keep its source's underlined letter
("&Find..." -> "查找(&F)..."): menus reach their entries by the same Alt+letter in every
language, and the English letters are checked to be unique in each menu (tst_shortcuts).

It extracts the strings as `update_translations` does (extract_tr_strings.py for core/ and
app/, lupdate for views/ and app/gui, every folder at any depth) into a fresh .ts in a
temporary folder, then compares (context, source text) pairs with the committed file.

usage: check_ts_coverage.py --root SRC --lupdate PATH --ts FILE
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(ts_path):
    """{(context, source): translation or None when unfinished/empty}"""
    out = {}
    for context in ET.parse(ts_path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source')
            tr = message.find('translation')
            text = None
            if tr is not None and tr.get('type') not in ('unfinished', 'obsolete', 'vanished'):
                numerus = [n.text for n in tr.iter('numerusform')]
                text = (tr.text or '').strip() or ''.join(n or '' for n in numerus).strip() or None
            out[(name, source)] = text
    return out


ACCELERATOR = re.compile(r'&([^&\s])')


def accelerators(text):
    """The letters after '&' (not '&&'), lower case."""
    return [m.lower() for m in ACCELERATOR.findall((text or '').replace('&&', ''))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--root', required=True)
    parser.add_argument('--lupdate', required=True)
    parser.add_argument('--ts', required=True)
    args = parser.parse_args()
    root = os.path.abspath(args.root)

    with tempfile.TemporaryDirectory() as tmp:
        core_strings = os.path.join(tmp, 'core_tr_strings.cpp')
        subprocess.run([sys.executable, os.path.join(root, 'translations', 'extract_tr_strings.py'),
                        '--root', root, '--output', core_strings, 'core', 'app/cli', 'app/engine'],
                       check=True)
        sources = [core_strings]
        for top in ('views', 'app/gui'):
            for folder, _, names in os.walk(os.path.join(root, top)):
                sources += [os.path.join(folder, n) for n in sorted(names) if n.endswith(('.h', '.cpp'))]
        includes = []
        for folder, _, _ in os.walk(os.path.join(root, 'views')):
            includes += ['-I', folder]
        fresh = os.path.join(tmp, 'fresh.ts')
        subprocess.run([args.lupdate, '-silent', '-locations', 'none', '-no-obsolete'] + includes + sources
                       + ['-ts', fresh], check=True)
        wanted = messages(fresh)
    have = messages(args.ts)

    missing = sorted(k for k in wanted if k not in have)
    untranslated = sorted(k for k in wanted if k in have and have[k] is None)
    lettered = sorted(k for k in wanted if have.get(k) and accelerators(k[1]) != accelerators(have[k]))
    for context, source in missing:
        print('missing from %s: [%s] %r' % (os.path.basename(args.ts), context, source))
    for context, source in untranslated:
        print('not translated in %s: [%s] %r' % (os.path.basename(args.ts), context, source))
    for context, source in lettered:
        print('another underlined letter in %s: [%s] %r -> %r'
              % (os.path.basename(args.ts), context, source, have[(context, source)]))
    print('%d strings in the sources, %d missing, %d not translated, %d with another letter'
          % (len(wanted), len(missing), len(untranslated), len(lettered)))
    if missing or untranslated or lettered:
        print('run: cmake --build build --target update_translations, then translate the new strings')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
