#!/usr/bin/env python3
"""Writes the CSV fixtures of tst_io once; see README.md. Not run by the build."""
import csv
import io
import pathlib

HEADER = ["資産番号", "資産名", "分類", "所在地", "管理者", "備考", "取得日"]
ROWS = [
    ["A-001", "顧客台帳", "情報", "本社 2F", "髙橋 一郎", "重要度①, 機密", "2024/04/01"],
    ["A-002", "㈱サンプル商事 契約書", "紙", '倉庫 "B"棟', "鈴木", "", "2023/12/15"],
    ["A-003", "ﾊﾝｶｸ ｶﾅ 端末", "機器", "支店", "佐藤", "1行目\n2行目", ""],
    ["A-004", "波ダッシュ～と全角マイナス－", "情報", "C:\\共有\\台帳", "山田", "", "2022/1/5"],
    ["A-005", "テスト", "", "", "", "", ""],
]


def render(delimiter, line_end):
    out = io.StringIO(newline="")
    # QUOTE_MINIMAL quotes exactly what Excel quotes: fields with the
    # delimiter, a quote, CR or LF. Excel writes LF inside a cell (Alt+Enter)
    # and CRLF between records.
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL,
                        lineterminator=line_end)
    writer.writerow(HEADER)
    writer.writerows(ROWS)
    return out.getvalue()


# Python's cp932 codec writes the NEC-selected IBM extension code for 髙
# (0xEEE0); Windows, and so Excel, writes the IBM extension code (0xFBFC).
# Both decode to U+9AD9; the fixture has what Excel writes.
IBM_EXTENSIONS = {}
for lead in range(0xFA, 0xFD):
    for trail in range(0x40, 0xFD):
        try:
            IBM_EXTENSIONS.setdefault(bytes([lead, trail]).decode("cp932"),
                                      bytes([lead, trail]))
        except UnicodeDecodeError:
            pass


def windows_31j(text):
    out = bytearray()
    for ch in text:
        code = ch.encode("cp932")
        if len(code) == 2 and code[0] in (0xED, 0xEE) and ch in IBM_EXTENSIONS:
            code = IBM_EXTENSIONS[ch]
        out += code
    return bytes(out)


here = pathlib.Path(__file__).parent
# Excel "CSV (コンマ区切り)" on Japanese Windows: Windows-31J, CRLF, no BOM.
(here / "excel_sjis.csv").write_bytes(windows_31j(render(",", "\r\n")))
# Excel "CSV UTF-8 (コンマ区切り)": BOM, CRLF.
(here / "utf8_bom.csv").write_bytes(render(",", "\r\n").encode("utf-8-sig"))
# What other tools write: UTF-8 without BOM, LF.
(here / "utf8_nobom_lf.csv").write_bytes(render(",", "\n").encode("utf-8"))
# Tab-separated, as pasted from a spreadsheet into a text editor.
(here / "tab_utf8.tsv").write_bytes(render("\t", "\r\n").encode("utf-8"))
