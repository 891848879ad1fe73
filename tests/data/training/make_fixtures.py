#!/usr/bin/env python3
"""Writes the GoPhish fixtures of tst_training once; see README.md. Not run by the build."""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

RESULTS_HEADER = ("id,status,ip,latitude,longitude,send_date,reported,modified_date,"
                  "email,first_name,last_name,position")

# As GoPhish's "Export CSV → Results" writes them: Papa.unparse of the
# campaign's results with escapeFormulae (a ' before = + - @; Papa 5 also
# quotes such a cell), CRLF between records, none after the last, no BOM,
# a field quoted only when it holds a comma, a quote or a line break.
# Lines (the header is line 1) are what tst_training checks.
RESULTS_ROWS = [
    # 2: delivered, nanoseconds in UTC
    'a1B2c3D,Email Sent,,0,0,2026-10-05T00:30:00.123456789Z,false,'
    '2026-10-05T00:30:00.123456789Z,sato@example.co.jp,花子,佐藤,総務部',
    # 3: opened; an address in capitals; times in +09:00 with a short fraction
    'e4F5g6H,Email Opened,198.51.100.7,35.6895,139.6917,2026-10-05T09:31:02.5+09:00,false,'
    '2026-10-05T09:45:00+09:00,TANAKA@Example.co.jp,健,田中,設計課長',
    # 4: clicked; a position with a comma (quoted)
    'i7J8k9L,Clicked Link,198.51.100.8,35.6895,139.6917,2026-10-05T00:32:00Z,false,'
    '2026-10-05T01:02:03.000000001Z,takahashi@example.co.jp,美咲,高橋,"営業課長, 東京"',
    # 5: submitted data; nobody in the list; a formula escaped and quoted
    'm1N2o3P,Submitted Data,203.0.113.9,-33.8688,151.2093,2026-10-05T00:33:00Z,false,'
    '2026-10-05T00:40:00Z,yamada@example.co.jp,太郎,山田,"\'=HYPERLINK(""http://x.example"",""y"")"',
    # 6: opened and reported; a cell starting with - escaped, not quoted (Papa 4)
    'q4R5s6T,Email Opened,198.51.100.10,0,0,2026-10-05T00:34:00Z,true,'
    '2026-10-05T00:50:00Z,suzuki@example.co.jp,一郎,鈴木,\'-代表取締役-',
    # 7: reported without opening (images blocked); a first name starting with @
    'u7V8w9X,Email Sent,,0,0,2026-10-05T00:35:00Z,true,'
    '2026-10-05T01:35:00Z,ito@example.co.jp,"\'@さくら",伊藤,総務部',
    # 8: not delivered (SMTP error): Go's zero time as the send date
    'y1Z2a3B,Error,,0,0,0001-01-01T00:00:00Z,false,'
    '2026-10-05T00:36:00Z,kato@example.co.jp,次郎,加藤,製造部',
    # 9: not yet sent; zero time in a local zone's historical offset
    'c4D5e6F,Scheduled,,0,0,2026-10-06T00:00:00Z,false,'
    '0001-01-01T09:18:59+09:18,watanabe@example.co.jp,三郎,渡辺,製造部',
    # 10: the address of line 2 again
    'g7H8i9J,Email Opened,,0,0,2026-10-05T00:30:00Z,false,'
    '2026-10-05T00:31:00Z,Sato@Example.co.jp,花子,佐藤,総務部',
    # 11: a status GoPhish never writes
    'k1L2m3N,Clicked,,0,0,2026-10-05T00:37:00Z,false,'
    '2026-10-05T00:38:00Z,kimura@example.co.jp,四郎,木村,営業部',
    # 12: reported is neither true nor false
    'o4P5q6R,Email Sent,,0,0,2026-10-05T00:38:00Z,yes,'
    '2026-10-05T00:38:00Z,hayashi@example.co.jp,五郎,林,営業部',
    # 13: a time as a person would type it
    's7T8u9V,Email Sent,,0,0,2026/10/05 9:39,false,'
    '2026-10-05T00:39:00Z,shimizu@example.co.jp,六郎,清水,技術部',
    # 14: no address
    'w1X2y3Z,Email Sent,,0,0,2026-10-05T00:40:00Z,false,2026-10-05T00:40:00Z,,七郎,山口,技術部',
    # 15: "Success", what GoPhish before 0.4 wrote for submitted data
    'a4B5c6D,Success,203.0.113.10,0,0,2026-10-05T00:41:00Z,false,'
    '2026-10-05T00:42:00Z,kobayashi@example.co.jp,Ken,Kobayashi,Sales',
]

EVENTS_HEADER = "campaign_id,email,time,message,details"
BROWSER = ('"{""payload"":{""rid"":[""%s""]},""browser"":{""address"":""198.51.100.7"",'
           '""user-agent"":""Mozilla/5.0""}}"')
# As "Export CSV → Raw Events" writes them: the campaign's timeline.
EVENTS_ROWS = [
    '7,,2026-10-05T00:29:59.98765Z,Campaign Created,',
    '7,sato@example.co.jp,2026-10-05T00:30:00.123456789Z,Email Sent,',
    '7,TANAKA@Example.co.jp,2026-10-05T00:31:02.5Z,Email Sent,',
    '7,TANAKA@Example.co.jp,2026-10-05T00:45:00Z,Email Opened,' + BROWSER % 'e4F5g6H',
    '7,TANAKA@Example.co.jp,2026-10-05T00:40:00Z,Email Opened,' + BROWSER % 'e4F5g6H',
    '7,takahashi@example.co.jp,2026-10-05T00:32:00Z,Email Sent,',
    '7,takahashi@example.co.jp,2026-10-05T00:50:00Z,Email Opened,' + BROWSER % 'i7J8k9L',
    '7,takahashi@example.co.jp,2026-10-05T00:55:00Z,Clicked Link,' + BROWSER % 'i7J8k9L',
    '7,takahashi@example.co.jp,2026-10-05T01:02:03.000000001Z,Clicked Link,' + BROWSER % 'i7J8k9L',
    '7,suzuki@example.co.jp,2026-10-05T00:34:00Z,Email Sent,',
    '7,suzuki@example.co.jp,yesterday,Email Opened,',
    '7,suzuki@example.co.jp,2026-10-05T00:40:00Z,Email Opened,' + BROWSER % 'q4R5s6T',
    '7,suzuki@example.co.jp,2026-10-05T00:46:00Z,Email Reported,' + BROWSER % 'q4R5s6T',
    '7,ito@example.co.jp,2026-10-05T00:35:00Z,Email Sent,',
    '7,ito@example.co.jp,2026-10-05T01:20:00+00:00,Email Reported,' + BROWSER % 'u7V8w9X',
    '7,kato@example.co.jp,2026-10-05T00:36:00Z,Error Sending Email,"{""error"":""550 no such user""}"',
]

# What Japanese Excel saves after opening the export and choosing
# "CSV (コンマ区切り)": Windows-31J, CRLF after every record, booleans in
# capitals. The times stay text (Excel does not read RFC 3339 as a date).
SJIS_ROWS = [
    'a1B2c3D,Email Sent,,0,0,2026-10-05T00:30:00.123456789Z,FALSE,'
    '2026-10-05T00:30:00.123456789Z,sato@example.co.jp,花子,佐藤,総務部',
    'e4F5g6H,Clicked Link,198.51.100.7,35.6895,139.6917,2026-10-05T09:31:02.5+09:00,TRUE,'
    '2026-10-05T10:01:02+09:00,髙橋@example.co.jp,美咲,髙橋,営業部 ①課',
    'i7J8k9L,Email Opened,,0,0,2026-10-05T00:32:00Z,maybe,'
    '2026-10-05T00:33:00Z,yamada@example.co.jp,ﾀﾛｳ,山田,技術部',
]


# Python's cp932 codec writes 髙 as the NEC-selected IBM extension (0xEEE0);
# Windows, and so Excel, writes the IBM extension (0xFBFC). Both decode to
# U+9AD9; the fixture has Excel's bytes (as tests/data/io/make_fixtures.py).
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


def write(name, text, encoding="utf-8"):
    data = windows_31j(text) if encoding == "cp932" else text.encode(encoding)
    (HERE / name).write_bytes(data)


results = "\r\n".join([RESULTS_HEADER] + RESULTS_ROWS)
write("Invoice drill 2026-10 - Results.csv", results)
write("Invoice drill 2026-10 - Events.csv", "\r\n".join([EVENTS_HEADER] + EVENTS_ROWS))
write("results-utf8-bom.csv", "\ufeff" + results)
write("results-excel-sjis.csv", "\r\n".join([RESULTS_HEADER] + SJIS_ROWS) + "\r\n", "cp932")
