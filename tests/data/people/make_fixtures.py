#!/usr/bin/env python3
"""Writes the people-list fixtures of tst_people_import and tst_cli; see README.md.

Not run by the build.

  staff_excel_sjis.csv  an employee list as Japanese Excel saves it with
                        "CSV (コンマ区切り)": Windows-31J, CRLF, no BOM, a title
                        row and a blank row above the header, dates as Excel
                        shows them (2026/4/1), an empty row in the middle
  staff_utf8_bom.csv    the same kind of list with "CSV UTF-8 (コンマ区切り)":
                        UTF-8 with BOM, CRLF, English headers, and the rows an
                        import must refuse
  staff_update.xlsx     a later export of the first list in Excel's own part
                        layout (shared strings, date cells as serials with a
                        date style): moves, a leaver, a new joiner
"""
import pathlib
import sys
import zipfile

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "io"))
from make_registers import (DECL, MAIN, MC, REL, STYLES, X14AC, Strings,  # noqa: E402
                            col, render)

# Python's cp932 codec writes the NEC-selected IBM extension code for 髙
# (0xEEE0); Windows, and so Excel, writes the IBM extension code (0xFBFC),
# as ../io/make_fixtures.py explains.
IBM_EXTENSIONS = {}
for lead in range(0xFA, 0xFD):
    for trail in range(0x40, 0xFD):
        try:
            IBM_EXTENSIONS.setdefault(bytes([lead, trail]).decode("cp932"), bytes([lead, trail]))
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


SJIS_TABLE = [
    ["社員名簿（2026年4月1日現在）"] + [""] * 8,
    [""] * 9,
    ["社員番号", "氏名", "フリガナ", "所属", "役職", "メールアドレス", "電話番号", "入社日", "退職日"],
    ["1001", "髙橋 一郎", "タカハシ イチロウ", "総務部", "部長", "takahashi@example.co.jp",
     "03-1234-5678", "2010/4/1", ""],
    ["1002", "鈴木 花子", "スズキ ハナコ", "営業部", "", "Suzuki@Example.co.jp", "", "2018/10/1", ""],
    [""] * 9,
    ["1003", "佐藤 健", "サトウ ケン", "営業部", "主任", "sato@example.co.jp", "内線 203",
     "2021/4/1", ""],
    ["1004", "山田 太郎", "ヤマダ タロウ", "製造部", "", "", "", "2026/4/1", ""],
]

BOM_TABLE = [
    ["Name", "Furigana", "Department", "Role", "E-mail", "Phone", "Joined", "Left", "Badge"],
    ["Ito Ken", "イトウ ケン", "IT", "Administrator", "ito@example.com", "", "2020-04-01", "", "B-1"],
    ["", "ナナシ", "Sales", "", "nobody@example.com", "", "", "", "B-2"],       # no name
    ["Kato Mai", "カトウ マイ", "Sales", "", "kato(at)example.com", "", "", "", "B-3"],  # bad address
    ["Mori Jun", "モリ ジュン", "Sales", "", "ITO@example.com", "", "", "", "B-4"],  # address of line 2
    ["Abe Rin", "アベ リン", "HR", "", "", "", "2026/13/01", "", "B-5"],      # no such month
    ["Ueda Sho", "ウエダ ショウ", "HR", "", "", "", "2024-04-01", "2023-03-31", "B-6"],  # leaves first
]

# Serial dates, as Excel stores them: 40269 = 2010-04-01, 46113 = 2026-04-01,
# 46295 = 2026-09-30, 46327 = 2026-11-01.
XLSX_HEADER = ["社員番号", "氏名", "ふりがな", "部署", "役職", "E-mail", "内線", "入社日", "退職日"]
XLSX_ROWS = [
    (1001, "髙橋 一郎", "タカハシ イチロウ", "総務部", "取締役", "takahashi@example.co.jp", None,
     40269, None),
    (1002, "鈴木 花子", "スズキ ハナコ", "営業部", None, "suzuki@example.co.jp", None, None, 46295),
    (1004, "山田 太郎", "ヤマダ タロウ", "製造部", None, "yamada@example.co.jp", None, 46113, None),
    (1005, "中村 美咲", "ナカムラ ミサキ", "経理部", None, "nakamura@example.co.jp", "204", 46327,
     None),
]
DATE_COLUMNS = (7, 8)


def sheet(ss):
    rows = []
    width = len(XLSX_HEADER)
    spans = f' spans="1:{width}"'
    cells = "".join(f'<c r="{col(c)}1" s="2" t="s"><v>{ss.add(t)}</v></c>'
                    for c, t in enumerate(XLSX_HEADER))
    rows.append(f'<row r="1"{spans} x14ac:dyDescent="0.4">{cells}</row>')
    for i, data in enumerate(XLSX_ROWS):
        r = i + 2
        out = []
        for c, v in enumerate(data):
            ref = f"{col(c)}{r}"
            if v is None:
                out.append(f'<c r="{ref}" s="3"/>')
            elif c in DATE_COLUMNS:
                out.append(f'<c r="{ref}" s="5"><v>{v}</v></c>')
            elif isinstance(v, int):
                out.append(f'<c r="{ref}" s="4"><v>{v}</v></c>')
            else:
                out.append(f'<c r="{ref}" s="3" t="s"><v>{ss.add(v)}</v></c>')
        rows.append(f'<row r="{r}"{spans} x14ac:dyDescent="0.4">{"".join(out)}</row>')
    last = len(XLSX_ROWS) + 1
    return DECL + (
        f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" xmlns:mc="{MC}" mc:Ignorable="x14ac" '
        f'xmlns:x14ac="{X14AC}"><dimension ref="A1:{col(width - 1)}{last}"/>'
        f'<sheetViews><sheetView tabSelected="1" workbookViewId="0">'
        f'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        f'</sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="18.75" x14ac:dyDescent="0.4"/>'
        f'<sheetData>{"".join(rows)}</sheetData><phoneticPr fontId="1"/>'
        f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
        f'footer="0.3"/></worksheet>')


def write_xlsx(path):
    ss = Strings()
    sheet1 = sheet(ss)
    shared = DECL + (f'<sst xmlns="{MAIN}" count="{ss.count}" uniqueCount="{len(ss.items)}">'
                     + "".join(ss.items) + "</sst>")
    ct = "application/vnd.openxmlformats-officedocument."
    parts = {
        "[Content_Types].xml": DECL + (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}spreadsheetml.worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}spreadsheetml.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}spreadsheetml.sharedStrings+xml"/>'
            '</Types>'),
        "_rels/.rels": DECL + (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "xl/workbook.xml": DECL + (
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
            '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" '
            'yWindow="-120" windowWidth="29040" windowHeight="15720"/></bookViews>'
            '<sheets><sheet name="社員名簿" sheetId="1" r:id="rId1"/></sheets>'
            '<calcPr calcId="191029"/></workbook>'),
        "xl/_rels/workbook.xml.rels": DECL + (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId4" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>'),
        "xl/worksheets/sheet1.xml": sheet1,
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": shared,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    (HERE / "staff_excel_sjis.csv").write_bytes(windows_31j(render(SJIS_TABLE, ",")))
    (HERE / "staff_utf8_bom.csv").write_bytes(render(BOM_TABLE, ",").encode("utf-8-sig"))
    write_xlsx(HERE / "staff_update.xlsx")
