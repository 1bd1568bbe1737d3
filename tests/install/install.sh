#!/usr/bin/env bash
# Installs into a temporary prefix, converts the sample with the installed
# binary, then builds a tiny plugin out of tree with pkg-config against the
# installed SDK and loads it with --plugin-dir.
set -eu
cli=$1 src=$2 build=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
bin=$prefix/bin/minutes
for f in bin/minutes include/minutes/minutes.h include/minutes/plugin.h share/minutes/schemas/minutes-1.xsd; do
  test -e "$prefix/$f" || { echo "not installed: $f"; exit 1; }
done
pc=$(find "$prefix" -name minutes.pc | head -1)
test -n "$pc" || { echo "no minutes.pc"; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc")
# The installed binary finds its own plugins beside its library.
MINUTES_PLUGIN_PATH= "$bin" plugins > "$tmp/plugins.txt"
grep -q '^xml ' "$tmp/plugins.txt" || { cat "$tmp/plugins.txt"; echo "installed plugins not found"; exit 1; }
grep -q "$prefix" "$tmp/plugins.txt" || { echo "plugins not loaded from the prefix"; exit 1; }
MINUTES_PLUGIN_PATH= "$bin" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/sample.xml"
xmllint --noout --schema "$prefix/share/minutes/schemas/minutes-1.xsd" "$tmp/sample.xml"

mkdir "$tmp/plugins"
cc -shared -fPIC -Wall -Wextra -Werror $(pkg-config --cflags minutes) "$src/tests/install/tiny.c" \
   -o "$tmp/plugins/mn-w-tiny.so" $(pkg-config --libs minutes)
MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/plugins" plugins | grep -q '^tiny ' || { echo "tiny not listed"; exit 1; }
MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/plugins" convert "$tmp/sample.xml" -t tiny -o "$tmp/out.tiny"
grep -qx 'tiny saw <minutes>' "$tmp/out.tiny" || { cat "$tmp/out.tiny"; exit 1; }
# The public headers compile as C++ too.
if command -v g++ >/dev/null; then
  echo '#include <minutes/plugin.h>
int main() { return MN_PLUGIN_ABI - 1; }' > "$tmp/cxx.cc"
  g++ -Wall -Wextra -Werror $(pkg-config --cflags minutes) "$tmp/cxx.cc" -o "$tmp/cxx" $(pkg-config --libs minutes)
fi
echo "install: ok"
