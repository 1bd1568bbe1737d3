/* SPDX-License-Identifier: MIT */
/* sha256.h — SHA-256, for the source fingerprint in meta/source. */
#ifndef MN_SHA256_H
#define MN_SHA256_H

#include <stddef.h>

/* Writes the lowercase hex digest of DATA (65 bytes with the NUL) to HEX. */
void mn_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
