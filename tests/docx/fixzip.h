/* SPDX-License-Identifier: MIT */
/* fixzip.h — a zip writer for test fixtures that can also lie: entries are
 * written honestly, then their central-directory records can be altered
 * (sizes, offsets, flags, method) before the archive is finished, which is
 * how the hostile archives of RELIABILITY.md are made without committing
 * binaries. */
#ifndef MN_FIXZIP_H
#define MN_FIXZIP_H

#include <stddef.h>
#include <stdint.h>

typedef struct fz_central {
    char *name;
    uint16_t flags, method;
    uint32_t crc, comp_size, size, offset;
} fz_central;

typedef struct fz {
    unsigned char *buf;
    size_t len, cap;
    fz_central *cd;
    size_t n, cdcap;
} fz;

void fz_init(fz *z);
/* Adds an entry (deflated when DEFLATE) and returns its central record,
 * which stays editable until fz_finish. */
fz_central *fz_add(fz *z, const char *name, const void *data, size_t len, int deflate);
/* A central record that repeats another's (same local header and data)
 * under a new name: overlapping entries. */
fz_central *fz_alias(fz *z, size_t of, const char *name);
/* Writes the central directory and the end record (Zip64 past 65,535
 * entries).  The bytes are z->buf, z->len, owned by z. */
void fz_finish(fz *z);
void fz_free(fz *z);
/* Writes the finished archive to PATH; 0 on success. */
int fz_save(const fz *z, const char *path);

#endif
