#!/usr/bin/env python3
"""Sets translations in a Qt .ts file by source text, for small edits.

Usage: ts-set.py FILE.ts PAIRS.json
PAIRS.json maps a source text to its translation (a string, or a list of
plural forms). Only unfinished messages are set: one source text can stand
in several contexts with different translations ("Done" is 完了 in one and
受講済み in another), and a finished one is never overwritten; pass
--overwrite as a third argument to set finished ones too. With FILE ending in _en.ts and no PAIRS, every unfinished
message gets its own source text (English is the source language).
"""
import json
import re
import sys
from xml.sax.saxutils import escape, unescape


def esc(text):
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def main():
    path = sys.argv[1]
    overwrite = "--overwrite" in sys.argv[3:]
    pairs = json.load(open(sys.argv[2], encoding="utf-8")) if len(sys.argv) > 2 else None
    text = open(path, encoding="utf-8").read()
    pattern = re.compile(
        r'(<message( numerus="yes")?>\s*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
        r'<translation[^>]*>(.*?)</translation>',
        re.S)

    def replace(m):
        head, numerus, source = m.group(1), m.group(2), unescape(m.group(3), {"&quot;": '"', "&apos;": "'"})
        if pairs is not None:
            if source not in pairs:
                return m.group(0)
            if 'type="unfinished"' not in m.group(0) and not overwrite:
                return m.group(0)
            value = pairs[source]
        else:
            if 'type="unfinished"' not in m.group(0):
                return m.group(0)
            value = [source, source] if numerus else source
        if numerus:
            forms = value if isinstance(value, list) else [value]
            body = "".join("\n            <numerusform>%s</numerusform>" % esc(f) for f in forms)
            return head + "<translation>%s\n        </translation>" % body
        return head + "<translation>%s</translation>" % esc(value)

    new = pattern.sub(replace, text)
    open(path, "w", encoding="utf-8").write(new)


if __name__ == "__main__":
    main()
