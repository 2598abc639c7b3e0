/* buf.h — growable byte buffer, used for JSON output and messages.
 * A buf owns its memory; buf_free() releases it.  Out of memory aborts
 * through warta_oom() (the one allocator hook, as cmark does). */
#ifndef WARTA_BUF_H
#define WARTA_BUF_H
#include <stddef.h>

typedef struct { char *p; size_t len, cap; } buf;

void buf_init(buf *b);
void buf_free(buf *b);
void buf_clear(buf *b);
void buf_put(buf *b, const char *s, size_t n);
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, char c);
/* Appends v in decimal (no printf on the hot path). */
void buf_long(buf *b, long v);
void buf_printf(buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends s as a JSON string literal, quotes included.  Invalid UTF-8 never
 * reaches here (documents are checked on entry). */
void buf_json_str(buf *b, const char *s, size_t n);
void warta_oom(void);
#endif
