#!/usr/bin/env python3
"""Leverage's translation files, beside lupdate and lrelease (Python standard library only).

  ts_tool.py fill TS TABLE...         fill TS's translations from tab-separated tables
  ts_tool.py compile TS OUT SRCDIR... the .ts lrelease compiles: TS plus the helper contexts
  ts_tool.py pseudo TS OUT SRCDIR...  the same with every text pseudo-translated ("⟦Ŧëxŧ~~⟧")
  ts_tool.py missing TS               the sources still untranslated, one a line
  ts_tool.py check TS                 exit 1 naming each text untranslated, or whose translation
                                      lost a placeholder (%1, %n), its accelerator (&) or its
                                      leading or trailing space

A table line is `source<TAB>translation`, or `context<TAB>source<TAB>translation` where one
English text needs two German ones; a line without a tab is a comment. `\\n` and `\\t` stand for a line break and a tab. A plural
(%n) translation gives its forms separated by ` || ` (German: singular || plural).

Why `compile`: many files translate through a local helper `tr(text)` that calls
QCoreApplication::translate("leverage", text) (core has no QObject to call tr() on). lupdate files
such a call under the enclosing class, while at run time the helper asks for its own fixed
context; so the compiled file also carries every message under each helper context found in the
sources.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HELPER = re.compile(r'QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*[A-Za-z_]\w*\s*[,)]')
QOBJECT_CLASS = re.compile(r"class\s+(\w+)\b[^;{]*\{\s*(?:Q_OBJECT|Q_DECLARE_TR_FUNCTIONS)")


def load(path):
    return ET.parse(path)


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    Path(path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                          encoding="utf-8")


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_tables(paths):
    plain, by_context = {}, {}
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or (line.startswith("#") and "\t" not in line):
                continue
            parts = line.split("\t")
            if len(parts) == 2:
                plain[unescape(parts[0])] = unescape(parts[1])
            elif len(parts) == 3:
                by_context[(parts[0], unescape(parts[1]))] = unescape(parts[2])
            else:
                sys.exit(f"{path}:{number}: expected 2 or 3 tab-separated fields")
    return plain, by_context


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, context, message


def set_translation(message, text):
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        for form in text.split(" || "):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def fill(ts, tables):
    plain, by_context = read_tables(tables)
    tree = load(ts)
    filled = 0
    for name, _, message in messages(tree):
        source = message.findtext("source")
        text = by_context.get((name, source), plain.get(source))
        if text is not None:
            set_translation(message, text)
            filled += 1
    save(tree, ts)
    print(f"{ts}: {filled} translations from the tables")


def is_finished(message):
    return message.find("translation").get("type") not in ("unfinished", "vanished", "obsolete")


def missing(ts):
    seen = set()
    for _, _, message in messages(load(ts)):
        source = message.findtext("source")
        if not is_finished(message) and source not in seen:
            seen.add(source)
            print(source.replace("\n", "\\n").replace("\t", "\\t"))


ARGS = re.compile(r"%L?\d+|%n")


def accelerators(text):
    return len(re.findall(r"(?<!&)&(?!&)[^&\s]", text.replace("&&", "")))


def check(ts):
    problems = []
    for name, _, message in messages(load(ts)):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation] if message.get("numerus") == "yes" \
            else [translation.text or ""]
        if not is_finished(message) or not all(forms):
            problems.append(f"{name}: untranslated: {source!r}")
            continue
        for form in forms:
            wanted, got = sorted(set(ARGS.findall(source))), sorted(set(ARGS.findall(form)))
            if message.get("numerus") == "yes":
                wanted, got = [a for a in wanted if a != "%n"], [a for a in got if a != "%n"]
            if wanted != got:
                problems.append(f"{name}: placeholders {wanted} became {got}: {form!r}")
            if accelerators(source) != accelerators(form):
                problems.append(f"{name}: the accelerator of {source!r} is lost: {form!r}")
            if source[:1].isspace() != form[:1].isspace() or \
                    source[-1:].isspace() != form[-1:].isspace():
                problems.append(f"{name}: spaces at the ends differ: {source!r} → {form!r}")
    for problem in problems:
        print(problem)
    print(f"{ts}: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


# Every Latin letter has an accented look-alike, so no word of ours stays plain ASCII.
PSEUDO = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                       "åƀçđéƒğħîĵķłɱñøƥʠŕšŧüṽŵẋýžÅƁÇĐÉƑĞĦÎĴĶŁṀÑØƤǪŔŠŦÜṼŴẊÝŽ")
PLACEHOLDER = re.compile(r"(%L?\d+|%n|&&|<[^>]*>|&\w+;|\{[^}]*\})")


KEYS = re.compile(r"((Ctrl|Shift|Alt|Meta)\+)+\S+")


def pseudo_text(text):
    """Accented, about 30% longer, bracketed; placeholders, accelerators and markup kept, and
    key sequences ("Ctrl+Shift+J", read by QKeySequence) left as they are."""
    if not text or KEYS.fullmatch(text):
        return text
    parts = PLACEHOLDER.split(text)
    out = "".join(p if PLACEHOLDER.fullmatch(p) else p.translate(PSEUDO) for p in parts)
    return "⟦" + out + "~" * max(1, (len(text) * 3) // 10) + "⟧"


def scan(source_dirs):
    """The helpers' contexts, and the classes whose own tr() asks for their context."""
    helpers, classes = set(), set()
    for directory in source_dirs:
        for path in Path(directory).rglob("*.[ch]*"):
            text = path.read_text(encoding="utf-8", errors="replace")
            helpers.update(HELPER.findall(text))
            classes.update(QOBJECT_CLASS.findall(text))
    return sorted(helpers), classes


def compiled(ts, out, source_dirs, transform):
    tree = load(ts)
    root = tree.getroot()
    helper_names, qobject_classes = scan(source_dirs)
    helpers = {name: set() for name in helper_names}
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name in helpers:
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        helpers[name] = {m.findtext("source") for m in contexts[name].iter("message")}
    copies = []
    for name, _, message in messages(tree):
        if transform:
            source = message.findtext("source")
            if message.get("numerus") == "yes":
                set_translation(message, " || ".join([pseudo_text(source)] * 2))
            else:
                set_translation(message, pseudo_text(source))
        copies.append((name, message))
    for name, message in copies:
        # A QObject's own tr() finds its message where lupdate put it; only a helper inside it
        # (the "leverage" one of core and the models) asks elsewhere.
        own = name.split("::")[-1] in qobject_classes or name in ("QObject", "QCoreApplication")
        source = message.findtext("source")
        for helper, known in helpers.items():
            if own and helper != "leverage":
                continue
            related = name.startswith(helper) or helper.startswith(name)  # by namespace
            if helper != name and related and source not in known and is_finished(message):
                known.add(source)
                contexts[helper].append(ET.fromstring(ET.tostring(message)))
    save(tree, out)


def main(argv):
    if len(argv) >= 3 and argv[1] == "fill":
        fill(argv[2], argv[3:])
    elif len(argv) == 3 and argv[1] == "missing":
        missing(argv[2])
    elif len(argv) == 3 and argv[1] == "check":
        check(argv[2])
    elif len(argv) >= 4 and argv[1] in ("compile", "pseudo"):
        compiled(argv[2], argv[3], argv[4:], argv[1] == "pseudo")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
