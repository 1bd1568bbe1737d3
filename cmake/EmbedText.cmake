# SPDX-License-Identifier: MIT
# Writes the text file IN as a NUL-terminated C string mn_schema_data in OUT.
file(READ ${IN} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
file(WRITE ${OUT} "/* generated from ${IN} */\nconst char mn_schema_data[] = {${hex}0x00};\n")
