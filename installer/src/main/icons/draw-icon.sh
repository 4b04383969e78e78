#!/usr/bin/env bash
# Draws the app icon (an original motif: a Gantt chart of four work items on a red tile) with
# ImageMagick 6 (Debian: apt-get install imagemagick). Run it again after changing the drawing;
# the PNG (Linux) and ICO (Windows) it writes are committed.
set -euo pipefail
cd "$(dirname "$0")"
magick=/usr/bin/convert   # the real ImageMagick, not a stand-in that may sit earlier on PATH

# 256 x 256 master: rounded tile, a darker header band, four white bars starting quarter by quarter.
"$magick" -size 256x256 xc:none \
  -fill '#c62828' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#8e0000' -draw 'roundrectangle 8,8 247,72 44,44' -draw 'rectangle 8,48 247,72' \
  -fill '#ffcdd2' -draw 'rectangle 70,30 76,50' -draw 'rectangle 125,30 131,50' -draw 'rectangle 180,30 186,50' \
  -fill white \
  -draw 'roundrectangle 32,92 124,118 8,8' \
  -draw 'roundrectangle 72,132 180,158 8,8' \
  -draw 'roundrectangle 112,172 222,198 8,8' \
  -fill '#ffeb3b' -draw 'roundrectangle 150,212 222,232 8,8' \
  -depth 8 -strip qiyouxiang.png

"$magick" qiyouxiang.png -depth 8 -define icon:auto-resize=256,128,64,48,32,24,16 qiyouxiang.ico
