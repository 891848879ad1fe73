#!/usr/bin/env bash
# Kamae beside two tools that keep a company's secrets in one encrypted
# file (docs/performance.md, issue 21): KeePassXC's command line (KDBX 4,
# Argon2) and SQLCipher (an encrypted SQLite database, PBKDF2). Each holds
# the same N records (an asset register's texts); each is timed opening
# and listing everything, and adding one record (open, write, save), the
# tools taking turns in every round so that the machine's moods fall on
# all of them alike. Prints the median of each and Kamae's ratio to it
# (above 1: Kamae is faster).
#
#   bench/compare.sh [BUILD_DIR]            (default: build-release)
#   SIZES="1000 10000" ROUNDS=7 bench/compare.sh
#
# Needs keepassxc-cli and sqlcipher (apt-get install keepassxc sqlcipher);
# installs them when run as root and they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
kamae=$(realpath "$build/kamae")
sizes=${SIZES:-1000 10000 100000}
rounds=${ROUNDS:-5}
[ -x "$kamae" ] || { echo "compare.sh: build $kamae first (cmake --build $build --target kamae)" >&2; exit 2; }
if ! command -v keepassxc-cli >/dev/null || ! command -v sqlcipher >/dev/null; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y --no-install-recommends keepassxc sqlcipher >/dev/null
    else
        echo "compare.sh: needs keepassxc-cli and sqlcipher (apt-get install keepassxc sqlcipher)" >&2
        exit 2
    fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass='compare passphrase, long enough'
printf '%s\n' "$pass" >"$work/pass"
# Kamae tunes its key derivation when a vault is made (Argon2id, 64 MiB):
# one vault is made and copied for every size, and the time it takes to
# open while empty, less the program's start, is what KeePassXC's
# derivation is calibrated to (KDF_MS=… to choose it).
# SQLCipher 3 has a fixed PBKDF2 (64,000 rounds of SHA-1).
"$kamae" init "$work/base.kamae" --org Compare --passphrase-file "$work/pass" >/dev/null

now_ns() { date +%s%N; }
# Runs a command (stdin from $1), prints its wall time in ms.
timed() {
    local input=$1
    shift
    local start end
    start=$(now_ns)
    "$@" <"$input" >/dev/null 2>&1 || { echo "compare.sh: failed: $*" >&2; exit 1; }
    end=$(now_ns)
    echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
if [ -z "${KDF_MS:-}" ]; then
    # Less the start of the program itself: only the derivation (and the
    # opening of an empty file) is matched.
    for _ in 1 2 3 4 5; do timed /dev/null "$kamae" verify "$work/base.kamae" --passphrase-file "$work/pass"; done >"$work/t.kdf"
    for _ in 1 2 3 4 5; do timed /dev/null "$kamae" --version; done >"$work/t.start"
    kdf_ms=$(($(median <"$work/t.kdf") - $(median <"$work/t.start")))
else
    kdf_ms=$KDF_MS
fi

# The records: what an asset register row holds, as text.
make_records() { # N → records.tsv (name, department, location, notes)
    python3 - "$1" "$work/records.tsv" <<'EOF'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
deps = ["営業部", "総務部", "製造部", "技術部"]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(f"顧客台帳 {i} ({i * 7919 % 10007})\t{deps[i % 4]}\t"
                f"\\\\fs{i % 7}\\share\\folder{i % 113}\t保存期限 {i % 10 + 1}年\n")
EOF
}

make_kamae() { # N
    local csv=$work/assets.csv
    python3 - "$work/records.tsv" "$csv" <<'EOF'
import csv, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["情報資産名称", "管理部署", "媒体・保存先", "備考", "機密性", "完全性", "可用性"])
    for line in f:
        name, dep, loc, notes = line.rstrip("\n").split("\t")
        w.writerow([name, dep, loc, notes, 2, 2, 2])
EOF
    rm -f "$work/k.kamae"*
    cp "$work/base.kamae" "$work/k.kamae"
    "$kamae" assets import "$work/k.kamae" "$csv" --passphrase-file "$work/pass" >/dev/null
    printf '%s\n' '情報資産名称,管理部署' '追加した資産,総務部' >"$work/one.csv"
}

make_kdbx() {
    python3 - "$work/records.tsv" "$work/k.xml" <<'EOF'
import sys, uuid, base64
from xml.sax.saxutils import escape
def field(k, v):
    return f"<String><Key>{k}</Key><Value>{escape(v)}</Value></String>"
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<KeePassFile><Meta>'
              '<DatabaseName>Compare</DatabaseName></Meta><Root><Group><UUID>'
              + base64.b64encode(uuid.uuid4().bytes).decode() + '</UUID><Name>Root</Name>')
    for line in f:
        name, dep, loc, notes = line.rstrip("\n").split("\t")
        out.write("<Entry><UUID>" + base64.b64encode(uuid.uuid4().bytes).decode() + "</UUID>"
                  + field("Title", name) + field("UserName", dep) + field("URL", loc)
                  + field("Notes", notes) + field("Password", "") + "</Entry>")
    out.write("</Group></Root></KeePassFile>\n")
EOF
    rm -f "$work/k.kdbx" "$work/src.kdbx"
    # keepassxc-cli 2.7.4 cannot choose Argon2 or its parameters: a
    # database made with db-create -t has its key derivation calibrated to
    # the same time as Kamae's, and the records are merged into it from an
    # imported copy.
    printf '%s\n%s\n' "$pass" "$pass" | keepassxc-cli import -p "$work/k.xml" "$work/src.kdbx" >/dev/null 2>&1
    printf '%s\n%s\n' "$pass" "$pass" | keepassxc-cli db-create -q -p -t "$kdf_ms" "$work/k.kdbx" >/dev/null 2>&1
    printf '%s\n' "$pass" | keepassxc-cli merge -q -s "$work/k.kdbx" "$work/src.kdbx" >/dev/null
}

make_sqlcipher() {
    python3 - "$work/records.tsv" "$work/load.sql" "$pass" <<'EOF'
import sys
rows, out, key = sys.argv[1], sys.argv[2], sys.argv[3]
q = lambda s: "'" + s.replace("'", "''") + "'"
with open(rows, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    o.write(f"PRAGMA key = {q(key)};\nCREATE TABLE asset (id INTEGER PRIMARY KEY, name TEXT, "
            "department TEXT, location TEXT, notes TEXT);\nBEGIN;\n")
    for line in f:
        o.write("INSERT INTO asset (name, department, location, notes) VALUES ("
                + ", ".join(q(v) for v in line.rstrip("\n").split("\t")) + ");\n")
    o.write("COMMIT;\n")
EOF
    rm -f "$work/k.db"
    sqlcipher "$work/k.db" <"$work/load.sql" >/dev/null
    printf "PRAGMA key = '%s';\nSELECT * FROM asset;\n" "$pass" >"$work/list.sql"
    printf "PRAGMA key = '%s';\nINSERT INTO asset (name, department) VALUES ('追加した資産', '総務部');\n" \
        "$pass" >"$work/add.sql"
}

printf '%-8s %-10s %10s %12s %10s %14s %12s\n' records operation kamae_ms keepassxc_ms sqlcipher_ms \
    kamae_vs_kpxc kamae_vs_sqlc
for n in $sizes; do
    make_records "$n"
    make_kamae "$n"
    make_kdbx
    make_sqlcipher
    : >"$work/t.kamae.list"; : >"$work/t.kpxc.list"; : >"$work/t.sqlc.list"
    : >"$work/t.kamae.add"; : >"$work/t.kpxc.add"; : >"$work/t.sqlc.add"
    for ((r = 1; r <= rounds; r++)); do
        timed /dev/null "$kamae" assets list "$work/k.kamae" --passphrase-file "$work/pass" >>"$work/t.kamae.list"
        timed "$work/pass" keepassxc-cli ls -q -R -f "$work/k.kdbx" >>"$work/t.kpxc.list"
        timed "$work/list.sql" sqlcipher "$work/k.db" >>"$work/t.sqlc.list"
        timed /dev/null "$kamae" assets import "$work/k.kamae" "$work/one.csv" \
            --passphrase-file "$work/pass" --allow-duplicates >>"$work/t.kamae.add"
        printf '%s\n' "$pass" >"$work/addin"
        timed "$work/addin" keepassxc-cli add -q "$work/k.kdbx" "added $n $r" >>"$work/t.kpxc.add"
        timed "$work/add.sql" sqlcipher "$work/k.db" >>"$work/t.sqlc.add"
    done
    for op in list add; do
        k=$(median <"$work/t.kamae.$op")
        p=$(median <"$work/t.kpxc.$op")
        s=$(median <"$work/t.sqlc.$op")
        label=$([ "$op" = list ] && echo open+list || echo add+save)
        printf '%-8s %-10s %10s %12s %10s %14s %12s\n' "$n" "$label" "$k" "$p" "$s" \
            "$(awk -v a="$p" -v b="$k" 'BEGIN {printf "%.1f", a / b}')" \
            "$(awk -v a="$s" -v b="$k" 'BEGIN {printf "%.2f", a / b}')"
    done
done
echo "Opening an empty Kamae vault, less the program's start: $kdf_ms ms (KeePassXC's key derivation calibrated to it)"
echo "Kamae's vault: $("$kamae" verify "$work/k.kamae" --passphrase-file "$work/pass" | grep -i 'argon2')"
echo "KeePassXC: $(printf '%s\n' "$pass" | keepassxc-cli db-info -q "$work/k.kdbx" 2>/dev/null | grep -iE 'kdf|transform|argon|round|memory' | tr '\n' ' ')"
