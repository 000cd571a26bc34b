#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation catalogues are complete and up to date with the code.

Fails if, in translations/*.ts:
  - a message is unfinished, obsolete or vanished (in the _en files: any numerus message);
  - running lupdate on the current sources would add a message or drop one (so: new strings in the
    code that nobody translated, or strings that left the code);
  - a translation does not keep its source's placeholders (%1..%9, %L1.., %n), or loses the
    keyboard mnemonic (&) its source has;
  - a numerus message has the wrong number of forms (Chinese has one, English two).
Usage: check_translations.py --lupdate /usr/lib/qt6/bin/lupdate --source-dir /work/main
                             --sources core=build/translations/core.sources --sources privacy-dashboard=...
The .sources files (one source file a line) are the lists cmake/Translations.cmake gives lupdate for
each catalogue, so this check reads exactly the files `update_translations` reads.
"""
import argparse, re, shutil, subprocess, sys, tempfile, xml.etree.ElementTree as ET
from pathlib import Path

LANGS = {'en': ['-pluralonly'], 'zh_HK': [], 'zh_CN': []}
NUMERUS_FORMS = {'en': 2, 'zh_HK': 1, 'zh_CN': 1}
PLACEHOLDER = re.compile(r'%L?(?:[1-9]|n)')

def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or '')))

def mnemonics(text):
    return len(re.findall(r'&(?!&)', (text or '').replace('&&', '')))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--lupdate', required=True)
    ap.add_argument('--source-dir', required=True, type=Path)
    ap.add_argument('--sources', required=True, action='append', metavar='CATALOGUE=FILE',
                    help='the files lupdate reads for a catalogue, one a line')
    args = ap.parse_args()
    src, errors, counts = args.source_dir, [], {}
    catalogues = {}
    for item in args.sources:
        base, _, listing = item.partition('=')
        catalogues[base] = [line for line in Path(listing).read_text(encoding='utf-8').splitlines() if line]

    def err(ts, key, what):
        errors.append(f'{ts.name}: [{key[0]}] "{key[1]}": {what}')

    for ts in sorted((src / 'translations').glob('*.ts')):
        base = next((ts.stem[:-len(lang) - 1] for lang in LANGS if ts.stem.endswith('_' + lang)), ts.stem)
        if base not in catalogues:
            errors.append(f'{ts.name}: not checked (no --sources for catalogue "{base}")')

    for base, inputs in catalogues.items():
        for lang, lang_opts in LANGS.items():
            ts = src / 'translations' / f'{base}_{lang}.ts'
            if not ts.exists():
                errors.append(f'{ts}: missing'); continue
            msgs = {}
            for ctx in ET.parse(ts).getroot().iter('context'):
                for m in ctx.findall('message'):
                    msgs[(ctx.findtext('name'), m.findtext('source'), m.findtext('comment') or '',
                          m.get('numerus') == 'yes')] = m
            counts[ts.name] = len(msgs)
            for key, m in msgs.items():
                tr = m.find('translation')
                kind = tr.get('type') if tr is not None else 'missing'
                if lang == 'en' and not key[3]:
                    errors.append(f'{ts.name}: [{key[0]}] "{key[1]}": not a numerus message in a -pluralonly file')
                    continue
                if kind in ('unfinished', 'obsolete', 'vanished', 'missing'):
                    err(ts, key, kind); continue
                forms = [f.text for f in tr.findall('numerusform')] if key[3] else [tr.text]
                if key[3] and len(forms) != NUMERUS_FORMS[lang]:
                    err(ts, key, f'{len(forms)} numerus forms, expected {NUMERUS_FORMS[lang]}')
                for text in forms:
                    if not text:
                        err(ts, key, 'empty translation'); continue
                    if placeholders(text) != placeholders(key[1]):
                        err(ts, key, f'placeholders {placeholders(text)} in "{text}", source has {placeholders(key[1])}')
                    if mnemonics(key[1]) and mnemonics(text) != mnemonics(key[1]):
                        err(ts, key, f'mnemonic lost or doubled in "{text}"')

            # lupdate into a copy: what it would add is untranslated code, what it marks vanished left the code.
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                shutil.copy(ts, copy)
                r = subprocess.run([args.lupdate, *inputs, '-locations', 'none', *lang_opts, '-ts', str(copy)],
                                   cwd=src, capture_output=True, text=True)
                if r.returncode != 0:
                    errors.append(f'{ts.name}: lupdate failed: {r.stderr.strip()}'); continue
                after = {}
                for ctx in ET.parse(copy).getroot().iter('context'):
                    for m in ctx.findall('message'):
                        tr = m.find('translation')
                        if tr is not None and tr.get('type') in ('obsolete', 'vanished'):
                            continue
                        after[(ctx.findtext('name'), m.findtext('source'), m.findtext('comment') or '',
                               m.get('numerus') == 'yes')] = m
            for key in sorted(set(after) - set(msgs)):
                err(ts, key, 'in the code but not in the catalogue (run lupdate, then translate it)')
            for key in sorted(set(msgs) - set(after)):
                err(ts, key, 'in the catalogue but no longer in the code (run lupdate -no-obsolete)')

    for name, n in sorted(counts.items()):
        print(f'{name}: {n} messages')
    for e in errors:
        print('FAIL', e)
    print(f'{len(errors)} problem(s)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
