#!/usr/bin/env bash
# Builds Kamae (Release) and opens it on the demo company.
# The demo vault is created on first run; its passphrase is "kamae-demo".
# Usage: ./scripts/run-demo.sh      (build directory: build-release/)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
kamae_install_dependencies

build=build-release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKAMAE_BUILD_TESTS=OFF \
    -DKAMAE_BUILD_BENCH=OFF
cmake --build "$build" --parallel "$(nproc)" --target kamae

data="${XDG_DATA_HOME:-$HOME/.local/share}/Kamae"
vault="$data/demo.kamae"
mkdir -p "$data"
if [ ! -f "$vault" ]; then
    echo "Creating the demo company vault: $vault"
    "$build/kamae" demo "$vault"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat <<MSG
No display found, so the Kamae window cannot open here.
The demo vault is ready at $vault (passphrase: kamae-demo).
Without a display you can still use the command line, for example:
    KAMAE_PASSPHRASE=kamae-demo $build/kamae verify "$vault"
or run the window on a virtual display and take a picture of it:
    xvfb-run -a $build/kamae "$vault"
MSG
    exit 0
fi

echo "Opening Kamae on the demo company. Passphrase: kamae-demo"
exec "$build/kamae" "$vault"
