#!/usr/bin/env bash
# cpack -G DEB makes an installable package holding the binary, the library,
# the plugins, the schema, the headers and the man page; dpkg can read it.
set -eu
cli=$1 src=$2 build=$3
command -v dpkg-deb >/dev/null || { echo "no dpkg-deb: skipped"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp" >/dev/null)
deb=$(ls "$tmp"/*.deb | head -1)
test -s "$deb" || { echo "no package"; exit 1; }
dpkg-deb -I "$deb" | grep -q 'Package: minutes'
dpkg-deb -c "$deb" > "$tmp/list"
for f in ./usr/bin/minutes ./usr/share/minutes/schemas/minutes-1.xsd ./usr/include/minutes/plugin.h \
         ./usr/share/man/man1/minutes.1 mn-rw-xml.so libminutes.so; do
  grep -q -- "$f" "$tmp/list" || { echo "package lacks $f"; cat "$tmp/list"; exit 1; }
done
# Unpacked anywhere, the packaged binary finds its own library and plugins.
dpkg-deb -x "$deb" "$tmp/root"
MINUTES_PLUGIN_PATH= "$tmp/root/usr/bin/minutes" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/s.xml"
xmllint --noout --schema "$src/schemas/minutes-1.xsd" "$tmp/s.xml"
echo "deb: ok"
