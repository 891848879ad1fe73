#!/usr/bin/env python3
"""Writes the man page kamae(1) from the text of `kamae --help`.

The page is made from what the built program prints, so that the two never
disagree: installer/Install.cmake runs this at build time, once per language
(`--lang en` for man1/kamae.1, `--lang ja` for ja/man1/kamae.1).

    help2man.py --kamae BUILD/kamae --lang en --version 0.1.0 \
        --date 2026-12-03 --name "..." --out kamae.1

The help text is sections ("Commands:" alone on a line, or "Exit codes: …"
starting a paragraph), entries indented by two spaces (the command or option,
then its description from a fixed column or after two spaces), and
continuation lines indented further. The "Usage:" section is the synopsis.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HEADING = re.compile(r"^(\S[^:：]{0,30})[:：]\s*(.*)$")


def roff(text):
    """Escapes text for a roff line (and hyphens in option names)."""
    text = text.replace("\\", "\\e")
    text = re.sub(r"(?<![\w])-", r"\\-", text)
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def indent_of(line):
    return len(line) - len(line.lstrip(" "))


def run_help(kamae, lang):
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        done = subprocess.run(
            [kamae, "--help", "--lang", lang],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            check=False,
        )
    if done.returncode != 0 or not done.stdout:
        sys.exit("help2man.py: %s --help failed: %s" % (kamae, done.stderr.decode()))
    return done.stdout.decode("utf-8")


def split_sections(text):
    """[(heading, [lines])], the first heading being the usage one."""
    sections = []
    previous_blank = True
    for line in text.rstrip("\n").split("\n"):
        if not line.strip():
            if sections:
                sections[-1][1].append("")
            previous_blank = True
            continue
        match = HEADING.match(line)
        if match and (previous_blank or not sections) and indent_of(line) == 0:
            sections.append((match.group(1), [match.group(2)] if match.group(2) else []))
        elif sections:
            sections[-1][1].append(line)
        else:
            sections.append(("", [line]))
        previous_blank = False
    return sections


def description_column(text):
    """The column descriptions are aligned to: the commonest deep indent."""
    deep = Counter(indent_of(l) for l in text.split("\n") if l.strip() and indent_of(l) >= 16)
    return deep.most_common(1)[0][0] if deep else None


def entries(lines, column):
    """Groups "  term  description" lines and their continuations."""
    blocks = []  # [first line, term continuations, description lines]
    for line in lines:
        if not line.strip():
            continue
        if indent_of(line) == 2 or not blocks:
            blocks.append([line, [], []])
        elif column and indent_of(line) >= column:
            blocks[-1][2].append(line.strip())
        else:
            blocks[-1][1].append(line.strip())
    result = []
    for first, more, desc in blocks:
        term, head = first.strip(), ""
        gap = re.search(r"\S( {2,})\S", first[2:])
        if gap:
            term, head = first[2:][: gap.start(1)].strip(), first[2:][gap.end(1):].strip()
        elif (not desc and not more and column and len(first) > column
              and first[column - 1] == " " and first[column] != " "):
            # "  assets list VAULT [--json] print the register": the
            # description starts at its column after a single space.
            term, head = first[:column].strip(), first[column:].strip()
        result.append([" ".join([term] + more), ([head] if head else []) + desc])
    return result


def page(help_text, args):
    out = [
        '.\\" Written by installer/help2man.py from "kamae --help --lang %s"; do not edit.'
        % args.lang,
        '.TH KAMAE 1 "%s" "Kamae %s" "%s"' % (args.date, args.version, args.manual),
        # Left-aligned: Japanese has no spaces to stretch.
        ".ad l",
        ".SH %s" % args.name_heading,
        "kamae \\- %s" % roff(args.name),
    ]
    sections = split_sections(help_text)
    column = description_column(help_text)
    for index, (heading, lines) in enumerate(sections):
        if index == 0:
            out.append(".SH %s" % args.synopsis_heading)
            out.append(".nf")
            for line in lines:
                out.append(roff(line.strip()) if line.strip() else "")
            out.append(".fi")
            continue
        out.append(".SH %s" % roff(heading.upper() if heading.isascii() else heading))
        if any(indent_of(l) == 2 for l in lines):
            for term, desc in entries(lines, column):
                out.append(".TP")
                out.append(".B %s" % roff(term))
                if desc:
                    out.append(roff(" ".join(desc)))
        else:
            out.append(roff(" ".join(l.strip() for l in lines if l.strip())))
    out.append(".SH %s" % args.see_also_heading)
    out.append(roff(args.see_also))
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kamae", required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--version", required=True)
    parser.add_argument("--date", required=True)
    parser.add_argument("--name", required=True, help="the one-line description")
    parser.add_argument("--manual", default="User Commands")
    parser.add_argument("--name-heading", default="NAME")
    parser.add_argument("--synopsis-heading", default="SYNOPSIS")
    parser.add_argument("--see-also-heading", default="SEE ALSO")
    parser.add_argument("--see-also", default="/usr/share/doc/kamae/")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    text = page(run_help(args.kamae, args.lang), args)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
