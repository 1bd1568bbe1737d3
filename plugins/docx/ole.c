/* SPDX-License-Identifier: MIT */
/* ole.c — OLE compound files (CFB).  A password-protected DOCX is not a zip
 * but a compound file holding an "EncryptedPackage" stream; a legacy Word
 * document is one holding a "WordDocument" stream.  Neither can be read, but
 * each deserves a message that says what it is.  Stream names are stored in
 * UTF-16LE in the directory sectors, so a byte search finds them. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include <string.h>

#include "docx.h"

static const unsigned char docx_cfb_magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

int docx_is_ole(const unsigned char *data, size_t size)
{
    return size >= sizeof docx_cfb_magic && memcmp(data, docx_cfb_magic, sizeof docx_cfb_magic) == 0;
}

static int docx_has_utf16(const unsigned char *data, size_t size, const char *ascii)
{
    unsigned char pat[64];
    size_t n = strlen(ascii);
    for (size_t i = 0; i < n; i++) {
        pat[2 * i] = (unsigned char)ascii[i];
        pat[2 * i + 1] = 0;
    }
    return memmem(data, size, pat, 2 * n) != NULL;
}

int docx_refuse_ole(mn_job *job, const unsigned char *data, size_t size)
{
    if (docx_has_utf16(data, size, "EncryptedPackage"))
        return mn_job_error(job, MN_EX_DATAERR, 0,
                            "encrypted document: the file is password-protected; "
                            "remove the password in Word and save it again");
    if (docx_has_utf16(data, size, "WordDocument"))
        return mn_job_error(job, MN_EX_DATAERR, 0,
                            "legacy Word .doc is not supported: save it as .docx");
    return mn_job_error(job, MN_EX_DATAERR, 0,
                        "an OLE compound file (legacy Office format), not a DOCX document");
}
