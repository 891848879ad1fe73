#!/usr/bin/env bash
# The clean-machine test: installs the built package into a fresh Debian 12
# root with `apt-get install ./kamae_*.deb` and nothing else, runs it as a
# user (command line, then the window under Xvfb with a screenshot), checks
# the vault MIME association, purges the package and checks that nothing is
# left but the user's files.
#
#   sudo installer/test-install.sh [PACKAGE.deb] [--out DIR]
#   sudo installer/test-install.sh --prepare-root      (only make the cached root)
#
# PACKAGE.deb defaults to the newest build-deb/kamae_*.deb. The debootstrapped
# root is cached as a tarball in $KAMAE_ROOT_CACHE (default
# /var/cache/kamae-test) and reused; delete it to start from a new one.
# Artefacts (log, screenshots, file lists) go to DIR (default
# build-deb/test-install/). Needs root, debootstrap, Xvfb, xwd, xwininfo,
# netpbm and xdotool
# (installed here if missing) and the Debian mirror.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
cache_dir=${KAMAE_ROOT_CACHE:-/var/cache/kamae-test}
mirror=${KAMAE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
tarball=$cache_dir/debian12-minbase.tar.gz
out=""
deb=""
prepare_only=0
while [ $# -gt 0 ]; do
    case "$1" in
    --out) out=$2; shift 2 ;;
    --prepare-root) prepare_only=1; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) deb=$1; shift ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    echo "test-install.sh: run as root (it makes a chroot)." >&2
    exit 2
fi

need_tools() {
    local missing=()
    for pair in debootstrap:debootstrap Xvfb:xvfb xwd:x11-apps xwdtopnm:netpbm xdotool:xdotool xwininfo:x11-utils; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

prepare_root() {
    [ -f "$tarball" ] && return 0
    mkdir -p "$cache_dir"
    local tmp
    tmp=$(mktemp -d /var/tmp/kamae-bootstrap.XXXXXX)
    echo "debootstrap bookworm (minbase) from $mirror…"
    debootstrap --variant=minbase bookworm "$tmp" "$mirror" >"$cache_dir/debootstrap.log" 2>&1 ||
        { tail -20 "$cache_dir/debootstrap.log" >&2; rm -rf "$tmp"; exit 1; }
    cat >"$tmp/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
    chmod 755 "$tmp"
    tar -C "$tmp" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$tmp"
    echo "Cached the clean root: $tarball"
}

need_tools
prepare_root
[ "$prepare_only" -eq 1 ] && exit 0

if [ -z "$deb" ]; then
    deb=$(ls -t "$source_dir"/build-deb/kamae_*.deb 2>/dev/null | grep -v dbgsym | head -1 || true)
fi
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    echo "test-install.sh: no package; build it with installer/build-deb.sh" >&2
    exit 2
fi
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
[ -n "$out" ] || out=$(dirname "$deb")/test-install
mkdir -p "$out"
out=$(cd "$out" && pwd)
log=$out/test-install.log
: >"$log"

root=$(mktemp -d /var/tmp/kamae-root.XXXXXX)
chmod 755 "$root"
xvfb_pid=""
cleanup() {
    set +e
    [ -d "$root/proc" ] && for pid in $(root_processes | awk '{print $1}'); do kill "$pid"; done
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    for m in tmp/.X11-unix dev/pts dev sys proc; do
        mountpoint -q "$root/$m" && umount -l "$root/$m"
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { echo "== $*" | tee -a "$log"; }
fail() { echo "FAIL: $*" | tee -a "$log" >&2; exit 1; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_user() {
    chroot "$root" runuser -u tester -- env -i PATH=/usr/bin:/bin HOME=/home/tester \
        LANG="${TEST_LANG:-C.UTF-8}" DISPLAY="${DISPLAY_NUM:-}" XDG_RUNTIME_DIR=/tmp/runtime-tester \
        "$@"
}
# Processes running inside this root (never anything else on the machine):
# "PID COMMAND LINE" per line.
root_processes() {
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] || continue
        echo "${p#/proc/} $(tr '\0' ' ' <"$p/cmdline" 2>/dev/null)"
    done
}
stop_kamae() {
    local pid
    for pid in $(root_processes | awk '$2 ~ /(^|\/)kamae$/ {print $1}'); do
        kill "$pid" 2>/dev/null || true
    done
    sleep 1
}
# Every file of the root but the virtual file systems and the scratch
# places a package never owns.
file_list() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp \
        -o -path ./run -o -path ./var/log -o -path ./var/cache -o -path ./var/lib/apt \
        -o -path ./var/lib/dpkg \) -prune -o -print 2>/dev/null | sort) || true
}

step "clean root from $tarball"
tar -C "$root" -xzf "$tarball"
chmod 755 "$root"
mount -t proc proc "$root/proc"
mount --bind /sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq >>"$log" 2>&1 || fail "apt-get update in the root"
in_root useradd -m -s /bin/bash tester
mkdir -p "$root/tmp/runtime-tester" && in_root chown tester: /tmp/runtime-tester &&
    chmod 700 "$root/tmp/runtime-tester"
file_list >"$out/files-before.txt"

step "apt-get install ./$(basename "$deb") (no recommends: Depends alone must do)"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "./tmp/$(basename "$deb")" >>"$log" 2>&1 || { tail -30 "$log" >&2; fail "install"; }
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' kamae | tee -a "$log"

step "kamae --version"
as_user kamae --version | tee -a "$log"
step "kamae demo, verify, report (English, then Japanese)"
as_user kamae demo /home/tester/demo.kamae >>"$log" 2>&1 || fail "kamae demo"
as_user env KAMAE_PASSPHRASE=kamae-demo kamae verify /home/tester/demo.kamae | tee -a "$log" ||
    fail "kamae verify"
as_user env KAMAE_PASSPHRASE=kamae-demo kamae report /home/tester/demo.kamae \
    --out /home/tester/report-en.pdf --lang en >>"$log" 2>&1 || fail "kamae report (en)"
as_user env KAMAE_PASSPHRASE=kamae-demo kamae report /home/tester/demo.kamae \
    --out /home/tester/report-ja.pdf --lang ja >>"$log" 2>&1 || fail "kamae report (ja)"
for f in report-en.pdf report-ja.pdf; do
    head -c 5 "$root/home/tester/$f" | grep -q '%PDF-' || fail "$f is not a PDF"
    cp "$root/home/tester/$f" "$out/"
done
as_user kamae --help >"$out/help.txt"
in_root man -w kamae >/dev/null 2>&1 || [ -f "$root/usr/share/man/man1/kamae.1.gz" ] ||
    fail "no man page"

step "the window under Xvfb, in Japanese"
display=99
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >>"$log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.2; done
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
# shot FILE [WINDOW]: the screen, or one window. Without a window manager
# or compositor the root's image of a window mapped over another (a dialog,
# rofi's ARGB menu) stays black, so such a window is taken by its own id.
shot() {
    local which=(-root)
    [ -n "${2:-}" ] && which=(-id "$2")
    xwd -silent -display ":$display" "${which[@]}" | xwdtopnm 2>/dev/null | pnmtopng >"$out/$1"
    echo "screenshot: $out/$1" | tee -a "$log"
}
# The id of the first window whose line in the tree has TEXT (its name or
# class), waiting up to 30 s for it.
window_with() {
    local id
    for _ in $(seq 30); do
        id=$(xwininfo -display ":$display" -root -tree 2>/dev/null | grep -F -- "$1" |
            awk '{print $1}' | head -1)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 1
    done
    return 1
}
DISPLAY_NUM=":$display" TEST_LANG=ja_JP.UTF-8 as_user kamae >>"$log" 2>&1 &
sleep 8
root_processes | awk '$2 ~ /(^|\/)kamae$/' | grep -q . || fail "the window did not start"
shot welcome-ja.png
stop_kamae

step "desktop integration: MIME type, default application, the menu"
# rofi stands in for a desktop's application menu: it lists the installed
# .desktop entries with their icons, in the user's language. Every desktop
# brings the hicolor theme's index, without which no icon theme lookup
# (rofi's, a panel's) finds the icon Kamae installs there.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    xdg-utils desktop-file-utils shared-mime-info libglib2.0-bin rofi hicolor-icon-theme \
    libgdk-pixbuf2.0-bin librsvg2-common \
    >>"$log" 2>&1 ||
    fail "installing the desktop tools"
# The root has no ja_JP locale, and rofi quits without one; C.UTF-8 with
# LANGUAGE=ja still picks the entry's Japanese name.
DISPLAY_NUM=":$display" as_user env LANGUAGE=ja rofi -show drun \
    -show-icons -filter 構え >>"$log" 2>&1 &
menu=$(window_with '("rofi"') || fail "rofi showed no menu"
sleep 3
shot menu-ja.png "$menu"
kill "$(root_processes | awk '$2 ~ /(^|\/)rofi$/ {print $1}')" 2>/dev/null || true
default_app=$(as_user xdg-mime query default application/x-kamae-vault)
echo "xdg-mime query default application/x-kamae-vault: $default_app" | tee -a "$log"
[ "$default_app" = "kamae.desktop" ] || fail "kamae is not the default for vaults"
cp "$root/home/tester/demo.kamae" "$root/home/tester/no-extension"
in_root chown tester: /home/tester/no-extension
for f in demo.kamae no-extension; do
    type=$(as_user gio info -a standard::content-type "/home/tester/$f" |
        sed -n 's/.*standard::content-type: //p')
    echo "content type of $f: $type" | tee -a "$log"
    [ "$type" = "application/x-kamae-vault" ] || fail "$f is not recognised as a vault"
done
rm "$root/home/tester/no-extension"
step "double-click: gio open demo.kamae (what a file manager does)"
DISPLAY_NUM=":$display" TEST_LANG=ja_JP.UTF-8 as_user gio open /home/tester/demo.kamae \
    >>"$log" 2>&1 || fail "gio open"
for _ in $(seq 30); do
    root_processes | awk '$2 ~ /(^|\/)kamae$/' | grep -q "demo.kamae" && break
    sleep 1
done
root_processes | awk '$2 ~ /(^|\/)kamae$/' | tee -a "$log" | grep -q "demo.kamae" ||
    fail "the vault did not open Kamae"
# The vault's unlock dialog (保管庫のロック解除), then the company behind it.
unlock=$(window_with 'ロック解除') || fail "no unlock dialog for the vault"
sleep 2
shot unlock-ja.png "$unlock"
DISPLAY=":$display" xdotool type --window "$unlock" --delay 20 kamae-demo
DISPLAY=":$display" xdotool key --window "$unlock" Return
sleep 8
xwininfo -display ":$display" -root -tree | grep -qF 'ロック解除' &&
    fail "the demo passphrase did not unlock the vault"
shot double-click-ja.png
stop_kamae
umount -l "$root/tmp/.X11-unix"
kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

step "purge kamae and the desktop tools, then compare with the clean root"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y --autoremove \
    kamae xdg-utils desktop-file-utils shared-mime-info libglib2.0-bin rofi hicolor-icon-theme \
    libgdk-pixbuf2.0-bin librsvg2-common \
    >>"$log" 2>&1 ||
    fail "purge"
in_root env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y >>"$log" 2>&1
file_list >"$out/files-after.txt"
comm -13 "$out/files-before.txt" "$out/files-after.txt" >"$out/files-left.txt" || true
echo "left behind:" | tee -a "$log"
sed 's/^/  /' "$out/files-left.txt" | tee -a "$log"
if grep -v '^\./home/tester' "$out/files-left.txt" | grep -q .; then
    fail "files are left outside the user's home"
fi
grep -q '^\./home/tester/demo.kamae$' "$out/files-left.txt" || fail "the user's vault is gone"
if grep -rIl -e 'kamae' "$root/usr" "$root/etc" 2>/dev/null | grep -q .; then
    grep -rIl -e 'kamae' "$root/usr" "$root/etc" | tee -a "$log"
    fail "something still names kamae"
fi
step "PASS: installed, ran, opened the vault by its type, purged; vault kept"
