#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural catalogue, translations/concord_en.ts.

Source strings that count with %n write the noun as "item(s)", "box(es)" or "study(ies)"; the English
catalogue gives Qt the real singular and plural ("1 item", "2 items"), as Qt's documentation
advises for plurals in the source language (docs/translation.md "English plurals"). Refresh it
after changing strings:

  /usr/lib/qt6/bin/lupdate -I . -no-obsolete -locations none -pluralonly \\
      -source-language en -target-language en core widgets app render -ts translations/concord_en.ts
  python3 tools/english-plurals.py translations/concord_en.ts

Only messages still marked unfinished are filled; read the result before committing, since the
singular verb ("was", "is", "counts") is a guess from the plural one.
"""
import re
import sys
import xml.etree.ElementTree as ET

SINGULAR_VERBS = [(" were ", " was "), (" are ", " is "), (" count ", " counts ")]


def forms(source):
    # "study(ies)" -> "study" / "studies"; "box(es)" -> "box" / "boxes"; "item(s)"
    singular = re.sub(r"y\(ies\)", "y", source)
    plural = re.sub(r"y\(ies\)", "ies", source)
    singular = re.sub(r"\((?:e?s)\)", "", singular)
    plural = re.sub(r"\((e?s)\)", r"\1", plural)
    for many, one in SINGULAR_VERBS:
        singular = singular.replace(many, one, 1)  # the counted noun's verb comes first
    return singular, plural


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        singular, plural = forms(message.find("source").text)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        del translation.attrib["type"]
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {filled} plural messages filled")


if __name__ == "__main__":
    main(sys.argv[1])
