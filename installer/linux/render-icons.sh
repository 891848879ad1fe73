#!/usr/bin/env bash
# Renders the hicolor PNG icons from resources/kamae.svg (the one drawing of
# the mark). Run after changing the SVG and commit the PNGs: the build does
# not need librsvg. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "installer/linux/icons/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" resources/kamae.svg \
        -o "installer/linux/icons/${size}x${size}/kamae.png"
done
