/* utf8.h — UTF-8 checks and folding for matching.
 *
 * First stage of the pipeline: a document is checked once on entry
 * (utf8_check), then every token is folded (utf8_fold): Unicode case folding,
 * NFKD with combining marks stripped, recomposed — so "Chávez", "CHAVEZ" and
 * "chavez" match one dictionary term.  Folding uses utf8proc; plain ASCII
 * takes a fast path that never calls it.  Typographic apostrophes and dashes
 * fold to their ASCII forms so that "Israel’s" and "Israel's" agree.
 */
#ifndef WARTA_UTF8_H
#define WARTA_UTF8_H
#include <stddef.h>
#include <stdint.h>
#include "../base/arena.h"

/* Returns the byte offset of the first invalid sequence, or (size_t)-1
 * when s[0..n) is valid UTF-8 (overlongs and surrogates are invalid). */
size_t utf8_check(const char *s, size_t n);
/* Decodes the code point at s (valid UTF-8 assumed); stores its length. */
int32_t utf8_decode(const char *s, size_t n, int *len);
/* Folded copy of s[0..n) in arena a; *outlen gets its length.  NULL on OOM. */
char *utf8_fold(arena *a, const char *s, size_t n, size_t *outlen);
/* Unicode category helpers for the tokenizer. */
int utf8_is_letter(int32_t cp);
int utf8_is_digit(int32_t cp);
int utf8_is_upper(int32_t cp);
#endif
