# SPDX-License-Identifier: MIT
# lib.sh — shared by the PDF writer's script tests: the handout's page
# geometry (style.c: 22 mm at the sides and foot, 25 mm at the head) and
# small helpers.  Sourced; $cli $src $build are the test's arguments.
set -euo pipefail
cli=$1 src=$2 build=$3
here="$src/tests/pdf"
check="python3 $here/pdfcheck.py"
work=$(mktemp -d "$PWD/pdftest.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Text block of a paper: LEFT RIGHT TOP BOTTOM in points.
block() {
    local w h
    case $1 in
    a4) w=595.2756 h=841.8898 ;;
    letter) w=612 h=792 ;;
    esac
    python3 -c "mm=72/25.4; print(22*mm, $w-22*mm, 25*mm, $h-22*mm)"
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# pdfinfo FIELD of a PDF, as printed.
info() {
    pdfinfo "$1" | sed -n "s/^$2: *//p"
}
