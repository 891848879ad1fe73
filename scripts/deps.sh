#!/usr/bin/env bash
# Installs the Debian 12 packages Kamae needs to build, test and run, if
# any is missing. Sourced by run-demo.sh and test.sh; safe to run again.
set -euo pipefail

KAMAE_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev libgl-dev qt6-charts-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 libbotan-2-dev libsqlite3-dev libzstd-dev zlib1g-dev libbenchmark-dev
    libquazip1-qt6-dev
    fonts-noto-cjk xvfb xauth poppler-utils
    # The fuzz targets (scripts/fuzz.sh): clang and its libFuzzer runtime.
    clang libclang-rt-14-dev
    # The package check (installer/check-package.sh, CTest installer_package).
    dpkg-dev file python3 lintian desktop-file-utils appstream shared-mime-info
)

kamae_missing_packages() {
    local missing=()
    for p in "${KAMAE_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    echo "${missing[@]:-}"
}

kamae_install_dependencies() {
    local missing
    missing=$(kamae_missing_packages)
    [ -z "$missing" ] && return 0
    echo "Installing: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These packages are missing and this is not root, nor is sudo available:" >&2
            echo "  $missing" >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends $missing
}
