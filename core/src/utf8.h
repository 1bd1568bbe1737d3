/* SPDX-License-Identifier: MIT */
/* utf8.h — making text fit for the canonical document: valid UTF-8, no C0
 * controls but TAB and LF, no characters XML 1.0 forbids. */
#ifndef MN_UTF8_H
#define MN_UTF8_H

#include <stddef.h>

/* Copies LEN bytes of S into a new NUL-terminated string (free with free()),
 * replacing invalid sequences with U+FFFD and dropping forbidden characters
 * (CR is dropped; a lone CR never reaches here from the readers).  *changed is
 * set when anything was replaced or dropped.  NULL on allocation failure. */
char *mn_utf8_clean(const char *s, size_t len, int *changed);

/* Length of the longest prefix of S (LEN bytes) that mn_utf8_clean would
 * copy unchanged and that holds no CR: LEN when S needs no cleaning. */
size_t mn_utf8_clean_prefix(const char *s, size_t len);

/* Length of the valid UTF-8 sequence at S (1..4), or 0 when invalid. */
size_t mn_utf8_seq(const unsigned char *s, size_t avail, unsigned *cp);

#endif
