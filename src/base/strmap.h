/* strmap.h — string → 32-bit value hash map, open addressing.
 *
 * Built while the knowledge base loads, then only read: lookups are
 * thread-safe once building is over.  Keys are copied into the map.
 * Used for the root lexicon, the irregular-verb table and the trie's edges.
 */
#ifndef WARTA_STRMAP_H
#define WARTA_STRMAP_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
    char **keys;
    uint32_t *klen;
    uint32_t *vals;
    uint64_t *hashes;
    size_t cap, n;
} strmap;

uint64_t strmap_hash(const char *s, size_t n);
void strmap_init(strmap *m);
void strmap_free(strmap *m);
/* Inserts or replaces; returns 0, or -1 when out of memory. */
int strmap_put(strmap *m, const char *k, size_t n, uint32_t v);
/* Returns 1 and stores the value when found, else 0. */
int strmap_get(const strmap *m, const char *k, size_t n, uint32_t *v);
#endif
