/* SPDX-License-Identifier: MIT */
/* style.h — the house style shared by the writers (docs/STYLE-FILE.md).
 *
 * A style file is a small, checked key = value text naming an
 * organisation, a logo, an accent colour, fonts, a footer line and the
 * labels a writer prints ("Agenda", "Upcoming dates").  It is read once,
 * checked against the documented keys, and handed to writers read-only;
 * a writer takes what it can show and its own defaults for the rest.
 *
 * Ownership: mn_style_load/mn_style_parse return a style owned by the
 * caller (mn_style_free); strings and bytes the getters return are owned
 * by the style.  An error message is owned by the caller (free). */
#ifndef MINUTES_STYLE_H
#define MINUTES_STYLE_H

#include <stddef.h>
#include "minutes.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mn_style mn_style;

/* Reads and checks the style file PATH; a logo it names is read from the
 * file's directory.  Returns the style, owned by the caller
 * (mn_style_free), or NULL with *ERROR set to "PATH:LINE: message" (or
 * "PATH: message"), a string the caller frees. */
MN_API mn_style *mn_style_load(const char *path, char **error);

/* The same from TEXT (LEN bytes): NAME is used in messages, BASE_DIR (may
 * be NULL: the current directory) is where a logo is looked for. */
MN_API mn_style *mn_style_parse(const char *text, size_t len, const char *name,
                                const char *base_dir, char **error);

MN_API void mn_style_free(mn_style *style);

/* The value of KEY ("organisation", "accent", "font.body", "label.agenda",
 * "footer"), or NULL when the file does not set it or STYLE is NULL.
 * Borrowed from the style. */
MN_API const char *mn_style_get(const mn_style *style, const char *key);

/* The logo's bytes and media type ("image/png", "image/svg+xml"), or NULL
 * when there is none.  Both borrowed from the style. */
MN_API const unsigned char *mn_style_logo(const mn_style *style, size_t *size,
                                          const char **media_type);

/* The keys a style file may set, NULL-terminated ("label.*" stands for
 * the labels, listed by mn_style_labels).  Static. */
MN_API const char *const *mn_style_keys(void);
MN_API const char *const *mn_style_labels(void);

#ifdef __cplusplus
}
#endif
#endif
