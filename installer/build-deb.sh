#!/usr/bin/env bash
# Builds the Debian package from this checkout and checks it:
#   installer/build-deb.sh        → build-deb/kamae_<version>_amd64.deb
#                                   and kamae-dbgsym_<version>_amd64.ddeb
# A hardened, optimised build with debug symbols (RelWithDebInfo, see
# installer/Hardening.cmake) without the tests; then cpack -G DEB and
# installer/check-package.sh --hardened. The clean-machine test is
# `sudo installer/test-install.sh` afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
kamae_install_dependencies

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
build=build-deb
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKAMAE_WERROR=ON \
    -DKAMAE_BUILD_TESTS=OFF -DKAMAE_BUILD_BENCH=OFF -DCMAKE_INSTALL_PREFIX=/usr "${launcher[@]}"
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/kamae_*.deb "$build"/kamae-dbgsym_*.ddeb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/kamae_*.deb)
installer/check-package.sh --hardened "$deb"
echo "Built $deb"
