# SPDX-License-Identifier: MIT
# Writes the text file IN as a NUL-terminated C string named VAR (default
# mn_schema_data) in OUT.
if(NOT VAR)
  set(VAR mn_schema_data)
endif()
file(READ ${IN} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
file(WRITE ${OUT} "/* generated from ${IN} */\nconst char ${VAR}[] = {${hex}0x00};\n")
