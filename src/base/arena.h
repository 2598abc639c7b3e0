/* arena.h — bump allocator for per-document memory.
 *
 * Everything the coder makes while reading one document (tokens, folded
 * strings, mentions, events) lives in one arena and is released in one call,
 * so the hot path never calls malloc per token.  Blocks grow geometrically;
 * warta_arena_reset() keeps the first block for the next document.
 * Not thread-safe: one arena per coder.
 */
#ifndef WARTA_ARENA_H
#define WARTA_ARENA_H
#include <stddef.h>

typedef struct arena_block arena_block;
typedef struct {
    arena_block *head;
    size_t total;      /* bytes handed out since the last reset */
} arena;

void arena_init(arena *a);
/* Returns zeroed memory aligned for any type, or NULL when out of memory. */
void *arena_alloc(arena *a, size_t n);
/* Copies n bytes and a terminating NUL. */
char *arena_strndup(arena *a, const char *s, size_t n);
/* Frees every block but the first, which is kept for reuse. */
void arena_reset(arena *a);
void arena_free(arena *a);
#endif
