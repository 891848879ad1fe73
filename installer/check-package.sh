#!/usr/bin/env bash
# The fast package check: contents and metadata of a built kamae .deb.
#
#   installer/check-package.sh [--hardened] PACKAGE.deb
#   installer/check-package.sh [--hardened] --build BUILD_DIR   (runs cpack there first)
#
# Checks the control fields (name, maintainer address, version, the run-time
# Depends), the files (binary, desktop entry, MIME type, AppStream metadata,
# icons, man pages, copyright, changelog), validates them with
# desktop-file-validate, appstreamcli and update-mime-database, checks that
# the man page is what the packaged binary's --help gives, that the MIME magic
# is the vault header's, and runs lintian (no error allowed). --hardened also
# checks the binary is stripped, PIE, full RELRO, and uses the stack protector
# and fortified functions (what installer/build-deb.sh builds).
# Exit status 77 when a tool it needs is missing (CTest skips the test).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
hardened=0
build=""
deb=""
while [ $# -gt 0 ]; do
    case "$1" in
    --hardened) hardened=1; shift ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) deb=$1; shift ;;
    esac
done

for tool in dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli \
    update-mime-database python3 readelf file; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is missing (scripts/deps.sh installs it)"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@" >"$work/out" 2>&1; then ok "$what"; else bad "$what"; sed 's/^/     /' "$work/out"; fi
}

if [ -n "$build" ]; then
    # A package of this build, made aside so that it never mixes with
    # build-deb/'s. No -dbgsym: stripping alone is what is checked.
    (cd "$build" && cpack -G DEB -B "$work/cpack" \
        -D CPACK_DEBIAN_DEBUGINFO_PACKAGE=OFF >"$work/cpack.log" 2>&1) ||
        { cat "$work/cpack.log"; exit 1; }
    deb=$(ls "$work"/cpack/kamae_*.deb | head -1)
fi
[ -n "$deb" ] && [ -f "$deb" ] || { echo "usage: $0 [--hardened] PACKAGE.deb | --build DIR" >&2; exit 2; }
echo "Checking $deb"

field() { dpkg-deb -f "$deb" "$1"; }
root=$work/root
dpkg-deb -x "$deb" "$root"
kamae=$root/usr/bin/kamae
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
export LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen

# Control fields.
[ "$(field Package)" = kamae ] && ok "Package: kamae" || bad "Package: $(field Package)"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] && ok "Maintainer: $(field Maintainer)" ||
    bad "Maintainer without an address: $(field Maintainer)"
version=$(field Version)
program_version=$("$kamae" --version | sed -n 's/^kamae //p')
[ "${version%-*}" = "$program_version" ] && ok "Version $version is kamae --version's ($program_version)" ||
    bad "Version $version, but kamae --version says $program_version"
depends=$(field Depends)
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 fonts-noto-cjk libqt6widgets6 \
    libbotan-2-19 libsqlite3-0 libzstd1 zlib1g libc6; do
    [[ ", $depends," == *", $dep"[\ ,]* ]] && ok "Depends: $dep" || bad "Depends lacks $dep"
done

# Files.
while read -r path; do
    [ -e "$root/$path" ] && ok "has /$path" || bad "lacks /$path"
done <<'EOF'
usr/bin/kamae
usr/share/applications/kamae.desktop
usr/share/mime/packages/kamae.xml
usr/share/icons/hicolor/scalable/apps/kamae.svg
usr/share/icons/hicolor/16x16/apps/kamae.png
usr/share/icons/hicolor/32x32/apps/kamae.png
usr/share/icons/hicolor/48x48/apps/kamae.png
usr/share/icons/hicolor/128x128/apps/kamae.png
usr/share/icons/hicolor/256x256/apps/kamae.png
usr/share/icons/hicolor/512x512/apps/kamae.png
usr/share/man/man1/kamae.1.gz
usr/share/man/ja/man1/kamae.1.gz
usr/share/doc/kamae/copyright
usr/share/doc/kamae/changelog.Debian.gz
EOF
for png in "$root"/usr/share/icons/hicolor/*x*/apps/kamae.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    file "$png" | grep -q "PNG image data, ${size%x*} x ${size#*x}" || bad "$png is not $size"
done
if dpkg-deb -c "$deb" | awk '$2 != "root/root" {print}' | grep -q .; then
    bad "files not owned by root"
else ok "every file is root's"; fi
[ -d "$root/usr/share/doc/Kamae" ] && bad "/usr/share/doc/Kamae exists (must be kamae)"

metainfo=$(ls "$root"/usr/share/metainfo/*.metainfo.xml 2>/dev/null | head -1)
[ -n "$metainfo" ] && ok "has ${metainfo#"$root"}" || bad "no AppStream metainfo"
check "desktop-file-validate kamae.desktop" sh -c \
    "desktop-file-validate '$root/usr/share/applications/kamae.desktop' && \
     ! desktop-file-validate '$root/usr/share/applications/kamae.desktop' 2>&1 | grep -q ."
[ -n "$metainfo" ] && check "appstreamcli validate" appstreamcli validate --no-net "$metainfo"
grep -q '^Exec=kamae %f$' "$root/usr/share/applications/kamae.desktop" && ok "Exec=kamae %f" ||
    bad "Exec line"
grep -q '^MimeType=application/x-kamae-vault;$' "$root/usr/share/applications/kamae.desktop" &&
    ok "desktop entry handles application/x-kamae-vault" || bad "desktop entry MimeType"

# The MIME type: accepted by shared-mime-info, magic = the vault header's.
mkdir -p "$work/mime/packages"
cp "$root/usr/share/mime/packages/kamae.xml" "$work/mime/packages/"
check "update-mime-database accepts kamae.xml" update-mime-database "$work/mime"
grep -qx 'application/x-kamae-vault' "$work/mime/types" 2>/dev/null &&
    ok "MIME database has application/x-kamae-vault" || bad "MIME database lacks the type"
magic=$(sed -n 's/.*| 0 | 8 | magic `\([A-Z]*\)`.*/\1/p' "$source_dir/docs/vault-format.md")
grep -q "value=\"$magic\"" "$root/usr/share/mime/packages/kamae.xml" && [ -n "$magic" ] &&
    ok "MIME magic is the vault header's \"$magic\"" || bad "MIME magic is not \"$magic\""
"$kamae" demo "$work/demo.kamae" >/dev/null 2>&1 &&
    [ "$(head -c 8 "$work/demo.kamae")" = "$magic" ] &&
    ok "a vault made by the packaged binary starts with $magic" || bad "vault magic"

# The man pages are what the packaged binary's --help gives.
for lang in en ja; do
    dir=man1
    [ "$lang" = ja ] && dir=ja/man1
    zcat "$root/usr/share/man/$dir/kamae.1.gz" >"$work/packaged.$lang.1"
    th=$(grep -m1 '^\.TH' "$work/packaged.$lang.1")
    date=$(echo "$th" | awk -F'"' '{print $2}')
    name=$(sed -n '/^\.SH/{n;s/^kamae \\- //p;q}' "$work/packaged.$lang.1")
    manual=$(echo "$th" | awk -F'"' '{print $6}')
    see_also=$(tail -1 "$work/packaged.$lang.1" | sed 's/\\-/-/g')
    headings=()
    [ "$lang" = ja ] && headings=(--name-heading 名前 --synopsis-heading 書式 --see-also-heading 関連項目)
    python3 "$here/help2man.py" --kamae "$kamae" --lang "$lang" --version "$program_version" \
        --date "$date" --name "$name" --manual "$manual" --see-also "$see_also" \
        "${headings[@]}" --out "$work/fresh.$lang.1"
    if cmp -s "$work/packaged.$lang.1" "$work/fresh.$lang.1"; then
        ok "kamae(1) [$lang] is kamae --help --lang $lang"
    else
        bad "kamae(1) [$lang] differs from --help"
        diff "$work/packaged.$lang.1" "$work/fresh.$lang.1" | head -20 || true
    fi
    LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$work/packaged.$lang.1" 2>"$work/manwarn" >/dev/null
    grep -v "cannot adjust line" "$work/manwarn" | grep -q . && { bad "man warnings [$lang]"; cat "$work/manwarn"; }
done

# Copyright and changelog.
head -1 "$root/usr/share/doc/kamae/copyright" |
    grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' &&
    ok "copyright is machine-readable (DEP-5)" || bad "copyright format"
top=$(zcat "$root/usr/share/doc/kamae/changelog.Debian.gz" | head -1)
[[ "$top" == "kamae ($version) "* ]] && ok "changelog.Debian.gz starts with $version" ||
    bad "changelog.Debian.gz starts with: $top"

# The binary.
if [ "$hardened" -eq 1 ]; then
    file "$kamae" | grep -q ', stripped' && ok "binary is stripped" || bad "binary is not stripped"
    readelf -h "$kamae" | grep -q 'Type:.*DYN' && ok "PIE" || bad "not PIE"
    readelf -lW "$kamae" | grep -q GNU_RELRO && ok "RELRO" || bad "no RELRO"
    readelf -dW "$kamae" | grep -Eq 'BIND_NOW|FLAGS_1.*NOW' && ok "BIND_NOW" || bad "no BIND_NOW"
    # Into a file first: grep -q closing the pipe early would fail readelf.
    readelf -sW --dyn-syms "$kamae" >"$work/symbols"
    grep -q '__stack_chk_fail' "$work/symbols" && ok "stack protector" || bad "no stack protector"
    grep -q '__[a-z]*_chk@' "$work/symbols" && ok "fortified functions ($(grep -o '__[a-z]*_chk@' "$work/symbols" | sort -u | tr -d @ | tr '\n' ' '))" ||
        bad "no fortified functions"
fi

# lintian: no error.
lintian --pedantic --display-info "$deb" >"$work/lintian" 2>&1 || true
grep -v '^running with root privileges' "$work/lintian" | sed 's/^/     lintian: /' || true
if grep -q '^E:' "$work/lintian"; then bad "lintian errors"; else ok "lintian: no error"; fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "All package checks passed."
