/* SPDX-License-Identifier: MIT */
/* fixzip.c — see fixzip.h. */
#include "fixzip.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

void fz_init(fz *z)
{
    memset(z, 0, sizeof *z);
}

static void fz_put(fz *z, const void *p, size_t n)
{
    if (z->len + n > z->cap) {
        size_t cap = z->cap ? z->cap : 4096;
        while (cap < z->len + n)
            cap *= 2;
        z->buf = realloc(z->buf, cap);
        if (!z->buf)
            abort();
        z->cap = cap;
    }
    memcpy(z->buf + z->len, p, n);
    z->len += n;
}

static void fz_u16(fz *z, uint32_t v)
{
    unsigned char b[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
    fz_put(z, b, 2);
}

static void fz_u32(fz *z, uint32_t v)
{
    fz_u16(z, v & 0xFFFF);
    fz_u16(z, v >> 16);
}

static void fz_u64(fz *z, uint64_t v)
{
    fz_u32(z, (uint32_t)v);
    fz_u32(z, (uint32_t)(v >> 32));
}

static unsigned char *fz_deflate(const void *data, size_t len, size_t *out_len)
{
    z_stream s;
    memset(&s, 0, sizeof s);
    if (deflateInit2(&s, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        abort();
    size_t cap = deflateBound(&s, len);
    unsigned char *out = malloc(cap + 1);
    s.next_in = (unsigned char *)data;
    s.avail_in = (uInt)len;
    s.next_out = out;
    s.avail_out = (uInt)cap;
    if (deflate(&s, Z_FINISH) != Z_STREAM_END)
        abort();
    *out_len = s.total_out;
    deflateEnd(&s);
    return out;
}

static fz_central *fz_record(fz *z)
{
    if (z->n == z->cdcap) {
        z->cdcap = z->cdcap ? z->cdcap * 2 : 16;
        z->cd = realloc(z->cd, z->cdcap * sizeof *z->cd);
        if (!z->cd)
            abort();
    }
    fz_central *c = &z->cd[z->n++];
    memset(c, 0, sizeof *c);
    return c;
}

fz_central *fz_add(fz *z, const char *name, const void *data, size_t len, int deflate)
{
    size_t clen = len;
    unsigned char *packed = deflate ? fz_deflate(data, len, &clen) : NULL;
    fz_central *c = fz_record(z);
    c->name = strdup(name);
    c->method = deflate ? 8 : 0;
    c->crc = (uint32_t)crc32(0, data, (uInt)len);
    c->comp_size = (uint32_t)clen;
    c->size = (uint32_t)len;
    c->offset = (uint32_t)z->len;
    fz_u32(z, 0x04034b50);
    fz_u16(z, 20);
    fz_u16(z, 0);
    fz_u16(z, c->method);
    fz_u16(z, 0);
    fz_u16(z, 0x21);
    fz_u32(z, c->crc);
    fz_u32(z, c->comp_size);
    fz_u32(z, c->size);
    fz_u16(z, (uint32_t)strlen(name));
    fz_u16(z, 0);
    fz_put(z, name, strlen(name));
    fz_put(z, packed ? packed : data, clen);
    free(packed);
    return c;
}

fz_central *fz_alias(fz *z, size_t of, const char *name)
{
    fz_central copy = z->cd[of];
    fz_central *c = fz_record(z);
    *c = copy;
    c->name = strdup(name);
    return c;
}

void fz_finish(fz *z)
{
    size_t start = z->len;
    for (size_t i = 0; i < z->n; i++) {
        const fz_central *c = &z->cd[i];
        fz_u32(z, 0x02014b50);
        fz_u16(z, 20);
        fz_u16(z, 20);
        fz_u16(z, c->flags);
        fz_u16(z, c->method);
        fz_u16(z, 0);
        fz_u16(z, 0x21);
        fz_u32(z, c->crc);
        fz_u32(z, c->comp_size);
        fz_u32(z, c->size);
        fz_u16(z, (uint32_t)strlen(c->name));
        fz_u16(z, 0);
        fz_u16(z, 0);
        fz_u16(z, 0);
        fz_u16(z, 0);
        fz_u32(z, 0);
        fz_u32(z, c->offset);
        fz_put(z, c->name, strlen(c->name));
    }
    size_t cd_size = z->len - start;
    if (z->n > 0xFFFF) { /* Zip64 end record and its locator */
        size_t rec = z->len;
        fz_u32(z, 0x06064b50);
        fz_u64(z, 44);
        fz_u16(z, 45);
        fz_u16(z, 45);
        fz_u32(z, 0);
        fz_u32(z, 0);
        fz_u64(z, z->n);
        fz_u64(z, z->n);
        fz_u64(z, cd_size);
        fz_u64(z, start);
        fz_u32(z, 0x07064b50);
        fz_u32(z, 0);
        fz_u64(z, rec);
        fz_u32(z, 1);
    }
    uint32_t count = z->n > 0xFFFF ? 0xFFFF : (uint32_t)z->n;
    fz_u32(z, 0x06054b50);
    fz_u16(z, 0);
    fz_u16(z, 0);
    fz_u16(z, count);
    fz_u16(z, count);
    fz_u32(z, (uint32_t)cd_size);
    fz_u32(z, (uint32_t)start);
    fz_u16(z, 0);
}

void fz_free(fz *z)
{
    for (size_t i = 0; i < z->n; i++)
        free(z->cd[i].name);
    free(z->cd);
    free(z->buf);
    memset(z, 0, sizeof *z);
}

int fz_save(const fz *z, const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t w = fwrite(z->buf, 1, z->len, f);
    return fclose(f) == 0 && w == z->len ? 0 : -1;
}
