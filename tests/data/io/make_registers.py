#!/usr/bin/env python3
"""Writes the register fixtures of tst_io, tst_assets and tst_cli; see README.md.

Not run by the build. An IPA-style 情報資産管理台帳 (title row, blank row, a
two-row header with 個人情報の種類 over 個人情報 | 要配慮個人情報 | 特定個人情報 and
評価値 over 機密性 | 完全性 | 可用性) as Japanese Excel saves it:

  ipa_register_excel.xlsx        the workbook, in Excel's own part layout
  ipa_register_excel_sjis.csv    "CSV (コンマ区切り)": Windows-31J, CRLF
  ipa_register_excel_unicode.txt "Unicode テキスト": UTF-16LE + BOM, tabs, CRLF

The LibreOffice files (ipa_register_libreoffice.xlsx / .csv) are made from
these by soffice; the commands are in README.md.
"""
import pathlib
import zipfile

HERE = pathlib.Path(__file__).parent

TITLE = "情報資産管理台帳"
# Row 3 (group row) and row 4 (sub-headings); None: the cell is covered by a
# merge (A3:A4 … G3:G4, H3:J3, K3:M3, N3:N4 … Q3:Q4).
TOP = ["No.", "業務分類", "情報資産名称", "備考", "利用者範囲", "管理部署", "媒体・保存先",
       "個人情報の種類", None, None, "評価値", None, None, "重要度", "保存期限", "登録日",
       "停止許容時間"]
SUB = [None] * 7 + ["個人情報", "要配慮個人情報", "特定個人情報", "機密性", "完全性", "可用性"] + [None] * 4
MERGES = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "K3:M3",
          "N3:N4", "O3:O4", "P3:P4", "Q3:Q4"]

# (No., 業務分類, 名称, 備考, 利用者範囲, 管理部署, 媒体, 個人, 要配慮, 特定, C, I, A,
#  重要度 (the formula's cached value), 保存期限, 登録日 (serial), 停止許容時間 (days))
ROWS = [
    (1, "人事", "従業員名簿", "健康診断結果を含む\n（産業医と共有）", "人事部", "人事部", "事務所PC",
     "有", "有", "無", 3, 2, 2, 3, "5年", 45383, 8 / 24),
    (2, "経理", "源泉徴収票（マイナンバー記載）", "", "経理担当", "経理部", "書庫（施錠）",
     "有", "無", "有", 2, 2, 1, 2, "7年", 45383, 1.5625),
    (3, "営業", "顧客名簿", "取引先担当者の連絡先", "営業部 ", "営業部", "クラウド（kintone）",
     "○", "×", "×", 2, 2, 2, 2, "契約終了後3年", 45427, None),
    (4, "総務", "就業規則", "", "全従業員", "総務部", "ファイルサーバ",
     "無", "無", "無", 1, 2, 1, 2, "永年", 45201, 3.0),
    (5, "人事", "マイナンバー収集台帳", None, "人事担当", "人事部", "金庫",
     None, None, "○", 3, 3, 2, 3, "7年", 45446, None),
]
# Row 9's 備考 is rich text, as when part of a cell is made bold.
RICH_NOTE = [("番号法に基づく", False), (" 安全管理措置", True)]
RICH_TEXT = "".join(t for t, _ in RICH_NOTE)
# Furigana Japanese Excel stores for text typed through the IME.
PHONETIC = {"従業員名簿": ("ジュウギョウインメイボ", 0, 5), "就業規則": ("シュウギョウキソク", 0, 4)}
# Second sheet: elapsed times in the three bracketed formats.
ELAPSED = [("作業", "所要時間", "分秒", "秒"),
           ("バックアップ", 1.5625, 0.0260416666666667, 0.000694444444444444),
           ("復旧訓練", 2.75, 1.5625, 0.5)]

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def t_element(text):
    space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
    return f"<t{space}>{esc(text)}</t>"


class Strings:
    def __init__(self):
        self.items, self.index, self.count = [], {}, 0

    def add(self, text, xml=None):
        self.count += 1
        key = xml or text
        if key not in self.index:
            self.index[key] = len(self.items)
            if xml is None:
                body = t_element(text)
                if text in PHONETIC:
                    kana, sb, eb = PHONETIC[text]
                    body += f'<rPh sb="{sb}" eb="{eb}"><t>{kana}</t></rPh>'
                body += '<phoneticPr fontId="1"/>'
                xml = f"<si>{body}</si>"
            self.items.append(xml)
        return self.index[key]


def rich_si():
    font = ('<sz val="11"/><color theme="1"/><rFont val="游ゴシック"/><family val="3"/>'
            '<charset val="128"/><scheme val="minor"/>')
    runs = "".join(f"<r><rPr>{'<b/>' if bold else ''}{font}</rPr>{t_element(t)}</r>"
                   for t, bold in RICH_NOTE)
    return f'<si>{runs}<phoneticPr fontId="1"/></si>'


# Styles: 0 normal, 1 title (bold 14), 2 header (bold, border, fill),
# 3 body text (border), 4 body number (border), 5 date yyyy/m/d (id 14),
# 6 elapsed [h]:mm:ss (176), 7 [mm]:ss (177), 8 [ss] (178).
STYLES = DECL + f'''<styleSheet xmlns="{MAIN}" xmlns:mc="{MC}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="{X14AC}" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><numFmts count="3"><numFmt numFmtId="176" formatCode="[h]:mm:ss"/><numFmt numFmtId="177" formatCode="[mm]:ss"/><numFmt numFmtId="178" formatCode="[ss]"/></numFmts><fonts count="3" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="游ゴシック"/><family val="2"/><charset val="128"/><scheme val="minor"/></font><font><sz val="6"/><name val="游ゴシック"/><family val="2"/><charset val="128"/><scheme val="minor"/></font><font><b/><sz val="14"/><color theme="1"/><name val="游ゴシック"/><family val="3"/><charset val="128"/><scheme val="minor"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf><xf numFmtId="14" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"><alignment vertical="center"/></xf><xf numFmtId="176" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"><alignment vertical="center"/></xf><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf><xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="標準" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'''


def number(v):
    return repr(float(v)).rstrip("0").rstrip(".") if isinstance(v, float) else str(v)


def register_sheet(ss):
    width = len(TOP)
    rows = []
    spans = f' spans="1:{width}"'
    rows.append(f'<row r="1"{spans} ht="24" customHeight="1" x14ac:dyDescent="0.4">'
                f'<c r="A1" s="1" t="s"><v>{ss.add(TITLE)}</v></c></row>')
    for r, cells in ((3, TOP), (4, SUB)):
        out = []
        for c, text in enumerate(cells):
            ref = f"{col(c)}{r}"
            out.append(f'<c r="{ref}" s="2"/>' if text is None
                       else f'<c r="{ref}" s="2" t="s"><v>{ss.add(text)}</v></c>')
        rows.append(f'<row r="{r}"{spans} x14ac:dyDescent="0.4">{"".join(out)}</row>')
    first = 5
    for i, data in enumerate(ROWS):
        r = first + i
        out = []
        for c, v in enumerate(data):
            ref = f"{col(c)}{r}"
            if c == 13:  # 重要度: a shared formula with its cached value
                f = (f'<f t="shared" ref="N{first}:N{first + len(ROWS) - 1}" si="0">'
                     f'IF(COUNT(K{r}:M{r})=0,"",MAX(K{r}:M{r}))</f>' if i == 0
                     else '<f t="shared" si="0"/>')
                out.append(f'<c r="{ref}" s="4">{f}<v>{v}</v></c>')
            elif c == 3 and v is None:
                out.append(f'<c r="{ref}" s="3" t="s"><v>{ss.add(RICH_TEXT, rich_si())}</v></c>')
            elif v is None or v == "":
                # Skipped, or an empty cell that only carries a border.
                if c in (7, 8):
                    continue
                out.append(f'<c r="{ref}" s="{6 if c == 16 else 3}"/>')
            elif c == 15:
                out.append(f'<c r="{ref}" s="5"><v>{v}</v></c>')
            elif c == 16:
                out.append(f'<c r="{ref}" s="6"><v>{number(v)}</v></c>')
            elif isinstance(v, (int, float)):
                out.append(f'<c r="{ref}" s="4"><v>{number(v)}</v></c>')
            else:
                out.append(f'<c r="{ref}" s="{4 if c in (7, 8, 9) else 3}" t="s">'
                           f'<v>{ss.add(v)}</v></c>')
        ht = ' ht="37.5" customHeight="1"' if "\n" in (data[3] or "") else ""
        rows.append(f'<row r="{r}"{spans}{ht} x14ac:dyDescent="0.4">{"".join(out)}</row>')
    last = first + len(ROWS) - 1
    widths = [5, 9, 30, 28, 11, 9, 18, 8, 8, 8, 7, 7, 7, 7, 13, 11, 11]
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>'
                   for i, w in enumerate(widths))
    merges = "".join(f'<mergeCell ref="{m}"/>' for m in MERGES)
    return DECL + (
        f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" xmlns:mc="{MC}" mc:Ignorable="x14ac xr xr2 xr3" '
        f'xmlns:x14ac="{X14AC}" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
        f'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
        f'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
        f'xr:uid="{{00000000-0001-0000-0000-000000000000}}">'
        f'<dimension ref="A1:{col(width - 1)}{last}"/>'
        f'<sheetViews><sheetView tabSelected="1" zoomNormal="100" workbookViewId="0">'
        f'<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>'
        f'<selection pane="bottomLeft" activeCell="C5" sqref="C5"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="18.75" x14ac:dyDescent="0.4"/><cols>{cols}</cols>'
        f'<sheetData>{"".join(rows)}</sheetData>'
        f'<mergeCells count="{len(MERGES)}">{merges}</mergeCells>'
        f'<phoneticPr fontId="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
        f'header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>')


def elapsed_sheet(ss):
    rows = []
    for i, data in enumerate(ELAPSED):
        r = i + 1
        out = []
        for c, v in enumerate(data):
            ref = f"{col(c)}{r}"
            if isinstance(v, str):
                out.append(f'<c r="{ref}" t="s"><v>{ss.add(v)}</v></c>')
            else:
                out.append(f'<c r="{ref}" s="{(6, 7, 8)[c - 1]}"><v>{number(v)}</v></c>')
        rows.append(f'<row r="{r}" spans="1:4" x14ac:dyDescent="0.4">{"".join(out)}</row>')
    return DECL + (
        f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" xmlns:mc="{MC}" mc:Ignorable="x14ac" '
        f'xmlns:x14ac="{X14AC}"><dimension ref="A1:D{len(ELAPSED)}"/>'
        f'<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="18.75" x14ac:dyDescent="0.4"/>'
        f'<sheetData>{"".join(rows)}</sheetData><phoneticPr fontId="1"/>'
        f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
        f'footer="0.3"/></worksheet>')


def write_xlsx(path):
    ss = Strings()
    sheet1 = register_sheet(ss)
    sheet2 = elapsed_sheet(ss)
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
            f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{ct}spreadsheetml.worksheet+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}spreadsheetml.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            f'<Override PartName="/docProps/app.xml" ContentType="{ct}extended-properties+xml"/></Types>'),
        "_rels/.rels": DECL + (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "docProps/app.xml": DECL + (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity>'
            '<ScaleCrop>false</ScaleCrop><AppVersion>16.0300</AppVersion></Properties>'),
        "docProps/core.xml": DECL + (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>総務部</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-04-01T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>'),
        "xl/workbook.xml": DECL + (
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}" xmlns:mc="{MC}" mc:Ignorable="x15 xr xr6 xr10 xr2" '
            'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
            'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
            'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
            'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
            'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
            '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
            '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" '
            'yWindow="-120" windowWidth="29040" windowHeight="15720" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/>'
            '</bookViews><sheets><sheet name="情報資産管理台帳" sheetId="1" r:id="rId1"/>'
            '<sheet name="経過時間" sheetId="2" r:id="rId2"/></sheets>'
            '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'
            "情報資産管理台帳!$3:$4</definedName></definedNames>"
            '<calcPr calcId="191029"/></workbook>'),
        "xl/_rels/workbook.xml.rels": DECL + (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/>'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId4" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>'),
        "xl/worksheets/sheet1.xml": sheet1,
        "xl/worksheets/sheet2.xml": sheet2,
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": shared,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def shown(c, v):
    """The cell as Excel shows it, which is what its text formats save."""
    if v is None:
        return RICH_TEXT if c == 3 else ""
    if c == 15:  # yyyy/m/d
        import datetime
        d = datetime.date(1899, 12, 30) + datetime.timedelta(days=v)
        return f"{d.year}/{d.month}/{d.day}"
    if c == 16:  # [h]:mm:ss
        s = round(v * 86400)
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
    return str(v)


def text_table():
    width = len(TOP)
    table = [[TITLE] + [""] * (width - 1), [""] * width,
             [t or "" for t in TOP], [t or "" for t in SUB]]
    for data in ROWS:
        table.append([shown(c, v) for c, v in enumerate(data)])
    return table


def render(table, delimiter):
    def field(f):
        if any(ch in f for ch in (delimiter, '"', "\n", "\r")):
            return '"' + f.replace('"', '""') + '"'
        return f
    return "".join(delimiter.join(field(f) for f in row) + "\r\n" for row in table)


if __name__ == "__main__":
    write_xlsx(HERE / "ipa_register_excel.xlsx")
    table = text_table()
    # make_fixtures.py's Windows-31J encoder writes 髙 as Windows does; this
    # table has no such character, so cp932 is exact here.
    (HERE / "ipa_register_excel_sjis.csv").write_bytes(render(table, ",").encode("cp932"))
    (HERE / "ipa_register_excel_unicode.txt").write_bytes(
        b"\xff\xfe" + render(table, "\t").encode("utf-16-le"))
