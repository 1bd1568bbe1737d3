/* SPDX-License-Identifier: MIT */
/* formats.h — which output formats a conversion writes (formats.c). */
#ifndef MN_FORMATS_H
#define MN_FORMATS_H

#include "convert.h"

/* Appends the comma-separated formats of LIST, lowered. */
int mn_add_formats(mn_convert_opts *o, const char *list);
/* "no output plugin named 'pfd'; did you mean 'pdf'?" (CAPS: which kind). */
void mn_unknown_format(mn_cli *cli, const char *format, unsigned caps);
/* Without -t: the format -o's extension names, else xml (formats.c). */
int mn_infer_format(mn_cli *cli, mn_convert_opts *o);

#endif
