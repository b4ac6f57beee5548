#!/usr/bin/env bash
# Makes every icon file in this folder from accord.svg. Run it after changing
# the drawing and commit what it writes; builds and packages use the files,
# not this script. Needs Debian's librsvg2-bin, imagemagick and icnsutils.
set -euo pipefail
cd "$(dirname "$0")"

# Linux desktops (hicolor theme sizes) and the window icon.
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" accord.svg --output "accord-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
/usr/bin/convert accord-16.png accord-24.png accord-32.png accord-48.png accord-64.png accord-256.png accord.ico
# macOS: the .icns of an .app bundle (1024 px for Retina's 512@2x).
rsvg-convert --width 1024 --height 1024 accord.svg --output /tmp/accord-1024.png
png2icns accord.icns accord-16.png accord-32.png accord-48.png accord-128.png accord-256.png accord-512.png /tmp/accord-1024.png >/dev/null
rm /tmp/accord-1024.png
