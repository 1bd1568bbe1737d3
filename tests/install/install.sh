#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs into a temporary prefix, converts the sample with the installed
# binary, then builds a tiny plugin out of tree with pkg-config against the
# installed SDK and loads it with --plugin-dir.
set -eu
cli=$1 src=$2 build=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
bin=$prefix/bin/minutes
for f in bin/minutes include/minutes/minutes.h include/minutes/plugin.h include/minutes/doc.h share/minutes/schemas/minutes-1.xsd \
         share/minutes/schemas/lexicon-1.xsd share/minutes/lexicons/en.xml \
         share/man/man1/minutes.1 share/bash-completion/completions/minutes; do
  test -e "$prefix/$f" || { echo "not installed: $f"; exit 1; }
done
pc=$(find "$prefix" -name minutes.pc | head -1)
test -n "$pc" || { echo "no minutes.pc"; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc")
# The installed binary finds its own plugins beside its library.
MINUTES_PLUGIN_PATH= "$bin" plugins > "$tmp/plugins.txt"
grep -q '^xml ' "$tmp/plugins.txt" || { cat "$tmp/plugins.txt"; echo "installed plugins not found"; exit 1; }
grep -q "$prefix" "$tmp/plugins.txt" || { echo "plugins not loaded from the prefix"; exit 1; }
# The install wrote the prefix's plugin cache, with the DOCX reader's magic:
# reading a .txt file then never maps the DOCX reader (docs/INTERNALS.md §6).
cache=$(find "$prefix" -name plugins.cache | head -1)
test -n "$cache" || { echo "no plugins.cache installed"; exit 1; }
grep -qP "^mn-r-docx\\.so\\t.*\\tdocx\\t1\\t.*\\t504b0304" "$cache" || { cat "$cache"; echo "plugins.cache lacks docx's magic"; exit 1; }
MINUTES_PLUGIN_PATH= "$bin" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/sample.xml"
xmllint --noout --schema "$prefix/share/minutes/schemas/minutes-1.xsd" "$tmp/sample.xml"

mkdir "$tmp/plugins"
cc -shared -fPIC -Wall -Wextra -Werror $(pkg-config --cflags minutes) "$src/tests/install/tiny.c" \
   -o "$tmp/plugins/mn-w-tiny.so" $(pkg-config --libs minutes)
MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/plugins" plugins | grep -q '^tiny ' || { echo "tiny not listed"; exit 1; }
MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/plugins" convert "$tmp/sample.xml" -t tiny -o "$tmp/out.tiny"
grep -qx 'tiny saw <minutes>' "$tmp/out.tiny" || { cat "$tmp/out.tiny"; exit 1; }
# find_package(minutes) from a CMake project builds the same plugin.
mkdir "$tmp/cmakeproj"
cat > "$tmp/cmakeproj/CMakeLists.txt" <<CM
cmake_minimum_required(VERSION 3.18)
project(tiny C)
find_package(minutes 0.1 REQUIRED)
add_library(tiny MODULE $src/tests/install/tiny.c)
target_link_libraries(tiny PRIVATE minutes::minutes)
set_target_properties(tiny PROPERTIES PREFIX "mn-w-" OUTPUT_NAME tiny)
if(NOT EXISTS "\${MINUTES_PLUGIN_DIR}")
  message(FATAL_ERROR "MINUTES_PLUGIN_DIR \${MINUTES_PLUGIN_DIR} does not exist")
endif()
CM
cmake -S "$tmp/cmakeproj" -B "$tmp/cmakeproj/b" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$tmp/cmakeproj/b" >/dev/null
MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/cmakeproj/b" convert "$tmp/sample.xml" -t tiny -o "$tmp/out2.tiny"
grep -qx 'tiny saw <minutes>' "$tmp/out2.tiny" || { echo "find_package plugin failed"; exit 1; }
# The bundled ICS writer builds out of tree from the installed headers alone
# (minutes/doc.h, no core source on the include path) and writes the same
# bytes as the installed one.
mkdir "$tmp/icsplug"
cc -std=gnu11 -D_GNU_SOURCE -shared -fPIC -Wall -Wextra -Werror -I "$src/plugins/ics" \
   $(pkg-config --cflags minutes libical) "$src"/plugins/ics/*.c \
   -o "$tmp/icsplug/mn-w-ics.so" $(pkg-config --libs minutes libical)
MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/icsplug" plugins | grep -q "$tmp/icsplug/mn-w-ics.so" ||
  { echo "the out-of-tree ICS writer is not the one loaded"; exit 1; }
SOURCE_DATE_EPOCH=1700000000 MINUTES_PLUGIN_PATH= "$bin" convert "$tmp/sample.xml" -t ics -o "$tmp/installed.ics"
SOURCE_DATE_EPOCH=1700000000 MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/icsplug" \
  convert "$tmp/sample.xml" -t ics -o "$tmp/outoftree.ics"
grep -q 'BEGIN:VEVENT' "$tmp/installed.ics" || { echo "the sample gave no calendar entry"; exit 1; }
cmp "$tmp/installed.ics" "$tmp/outoftree.ics" || { echo "the out-of-tree ICS writer differs"; exit 1; }
# The HTML and PDF writers too: every bundled writer reads the document
# through minutes/doc.h alone.
build_writer() { # NAME PKG-CONFIG-MODULES EXTRA-LIBS
  mkdir "$tmp/$1plug"
  cc -std=gnu11 -D_GNU_SOURCE -shared -fPIC -Wall -Wextra -Werror -I "$src/plugins/$1" \
     $(pkg-config --cflags minutes $2) "$src"/plugins/$1/*.c \
     -o "$tmp/$1plug/mn-w-$1.so" $(pkg-config --libs minutes $2) $3
  MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/$1plug" plugins | grep -q "$tmp/$1plug/mn-w-$1.so" ||
    { echo "the out-of-tree $1 writer is not the one loaded"; exit 1; }
  SOURCE_DATE_EPOCH=1700000000 MINUTES_PLUGIN_PATH= "$bin" convert "$tmp/sample.xml" -t $1 -o "$tmp/installed.$1"
  SOURCE_DATE_EPOCH=1700000000 MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/$1plug" \
    convert "$tmp/sample.xml" -t $1 -o "$tmp/outoftree.$1"
  cmp "$tmp/installed.$1" "$tmp/outoftree.$1" || { echo "the out-of-tree $1 writer differs"; exit 1; }
}
build_writer html "" ""
build_writer pdf "pangocairo pangoft2 fontconfig cairo-pdf" -lm
# The writer docs/INTERNALS.md shows, from minutes/doc.h alone.
cc -std=gnu11 -shared -fPIC -Wall -Wextra -Werror $(pkg-config --cflags minutes) "$src/tests/install/outline.c" \
   -o "$tmp/plugins/mn-w-outline.so" $(pkg-config --libs minutes)
MINUTES_PLUGIN_PATH= "$bin" --plugin-dir "$tmp/plugins" convert "$tmp/sample.xml" -t outline -o "$tmp/out.outline"
{ head -2 "$tmp/out.outline" | grep -qx 'Tue 2025-11-18' &&
  grep -qx '  § Updates from the Secretariat' "$tmp/out.outline" &&
  grep -qx '    § IGF Intersessional work' "$tmp/out.outline" &&
  grep -q '^    ACTION MAG members and interested participants can register for the online' "$tmp/out.outline"; } ||
  { cat "$tmp/out.outline"; echo "the outline writer's output is wrong"; exit 1; }
# The installed man page renders (where man and nroff are present) and says
# what --shard does.
if command -v man >/dev/null && command -v nroff >/dev/null; then
  MANWIDTH=80 man -l "$prefix/share/man/man1/minutes.1" 2>/dev/null | grep -q 'shard' ||
    { echo "the installed man page does not render, or lacks --shard"; exit 1; }
else
  grep -q 'shard' "$prefix/share/man/man1/minutes.1" || { echo "the man page lacks --shard"; exit 1; }
fi
bash -c "source '$prefix/share/bash-completion/completions/minutes' && complete -p minutes" >/dev/null

# The installed lexicon is the one used (not the build tree's), and checked:
# a user's copy in --lexicon DIR works, a broken installed one is exit 70.
xmllint --noout --schema "$prefix/share/minutes/schemas/lexicon-1.xsd" "$prefix/share/minutes/lexicons/en.xml"
mkdir "$tmp/lex" && cp "$prefix/share/minutes/lexicons/en.xml" "$tmp/lex/en.xml"
MINUTES_PLUGIN_PATH= "$bin" convert --lexicon "$tmp/lex" "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/lex.xml"
cmp -s "$tmp/sample.xml" "$tmp/lex.xml" || { echo "--lexicon with a copy changed the output"; exit 1; }
sed -i 's/name="articles"/name="articles-broken"/' "$prefix/share/minutes/lexicons/en.xml"
rc=0; MINUTES_PLUGIN_PATH= "$bin" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/broken.xml" 2> "$tmp/broken.err" || rc=$?
[ $rc -eq 70 ] || { echo "a broken installed lexicon gave $rc, not 70"; cat "$tmp/broken.err"; exit 1; }
grep -q "installed lexicon is broken.*unknown list 'articles-broken'" "$tmp/broken.err" || { cat "$tmp/broken.err"; exit 1; }
rm "$prefix/share/minutes/lexicons/en.xml"
rc=0; MINUTES_PLUGIN_PATH= "$bin" convert "$src/samples/igf-mag-xii.txt" -t xml -o "$tmp/none.xml" 2> "$tmp/none.err" || rc=$?
[ $rc -eq 70 ] && grep -q "no installed lexicon for 'en'" "$tmp/none.err" || { echo "rc $rc"; cat "$tmp/none.err"; exit 1; }

# The public headers compile as C++ too.
if command -v g++ >/dev/null; then
  echo '#include <minutes/plugin.h>
int main() { return MN_PLUGIN_ABI - 1; }' > "$tmp/cxx.cc"
  g++ -Wall -Wextra -Werror $(pkg-config --cflags minutes) "$tmp/cxx.cc" -o "$tmp/cxx" $(pkg-config --libs minutes)
fi
echo "install: ok"
