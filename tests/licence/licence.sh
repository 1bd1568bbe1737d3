#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The licence: LICENSE is the MIT licence, debian/copyright says so in
# Debian's machine-readable form, `minutes --version` names it, and every
# tracked source and script file carries SPDX-License-Identifier: MIT
# (tools/spdx --check; tools/spdx adds the line where it is missing).
# Usage: licence.sh MINUTES SOURCE_DIR BUILD_DIR
set -u
M=$1 src=$2
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }

check "LICENSE is MIT" "head -1 '$src/LICENSE' | grep -qx 'MIT License' && grep -q 'Permission is hereby granted, free of charge' '$src/LICENSE'"
check "debian/copyright: DEP-5, Files: * under MIT" \
  "head -1 '$src/debian/copyright' | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
   && grep -A2 -x 'Files: \\*' '$src/debian/copyright' | grep -qx 'License: MIT' && grep -qx 'License: MIT' '$src/debian/copyright'"
check "--version names the licence" "'$M' --version | grep -q '^License MIT'"
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
  python3 "$src/tools/spdx" --check "$src" > spdx.out; rc=$?
  check "every tracked source file has SPDX-License-Identifier: MIT" "[ $rc = 0 ] || { head -20 spdx.out; false; }"
else
  echo "skip SPDX check: $src is not a git checkout"
fi
exit $fail
