/* arena.c — see arena.h. */
#include "arena.h"
#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    size_t cap, used;
    _Alignas(16) unsigned char data[];
};

#define ARENA_FIRST 65536

void arena_init(arena *a) { a->head = NULL; a->total = 0; }

static arena_block *block_new(size_t cap)
{
    arena_block *b = malloc(sizeof *b + cap);
    if (!b) return NULL;
    b->next = NULL; b->cap = cap; b->used = 0;
    return b;
}

void *arena_alloc(arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = b ? b->cap * 2 : ARENA_FIRST;
        while (cap < n) cap *= 2;
        arena_block *nb = block_new(cap);
        if (!nb) return NULL;
        nb->next = b;
        a->head = b = nb;
    }
    void *p = b->data + b->used;
    b->used += n;
    a->total += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void arena_reset(arena *a)
{
    arena_block *b = a->head;
    if (!b) return;
    /* keep the last (oldest, smallest) block: walk to it, free the rest */
    while (b->next) {
        arena_block *nx = b->next;
        free(b);
        b = nx;
    }
    b->used = 0;
    a->head = b;
    a->total = 0;
}

void arena_free(arena *a)
{
    arena_block *b = a->head;
    while (b) { arena_block *nx = b->next; free(b); b = nx; }
    a->head = NULL; a->total = 0;
}
