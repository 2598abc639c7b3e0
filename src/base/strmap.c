/* strmap.c — see strmap.h.  FNV-1a hashing, linear probing, load ≤ 1/2. */
#include "strmap.h"
#include <stdlib.h>
#include <string.h>

uint64_t strmap_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

void strmap_init(strmap *m) { memset(m, 0, sizeof *m); }

void strmap_free(strmap *m)
{
    for (size_t i = 0; i < m->cap; i++) free(m->keys ? m->keys[i] : NULL);
    free(m->keys); free(m->klen); free(m->vals); free(m->hashes);
    strmap_init(m);
}

static int grow(strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    strmap nm = {0};
    nm.cap = cap;
    nm.keys = calloc(cap, sizeof *nm.keys);
    nm.klen = calloc(cap, sizeof *nm.klen);
    nm.vals = calloc(cap, sizeof *nm.vals);
    nm.hashes = calloc(cap, sizeof *nm.hashes);
    if (!nm.keys || !nm.klen || !nm.vals || !nm.hashes) {
        free(nm.keys); free(nm.klen); free(nm.vals); free(nm.hashes);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->hashes[i]) continue;
        size_t j = m->hashes[i] & (cap - 1);
        while (nm.hashes[j]) j = (j + 1) & (cap - 1);
        nm.hashes[j] = m->hashes[i];
        nm.keys[j] = m->keys[i];
        nm.klen[j] = m->klen[i];
        nm.vals[j] = m->vals[i];
    }
    nm.n = m->n;
    free(m->keys); free(m->klen); free(m->vals); free(m->hashes);
    *m = nm;
    return 0;
}

int strmap_put(strmap *m, const char *k, size_t n, uint32_t v)
{
    if ((m->n + 1) * 2 > m->cap && grow(m) < 0) return -1;
    uint64_t h = strmap_hash(k, n);
    size_t j = h & (m->cap - 1);
    while (m->hashes[j]) {
        if (m->hashes[j] == h && m->klen[j] == n && memcmp(m->keys[j], k, n) == 0) {
            m->vals[j] = v;
            return 0;
        }
        j = (j + 1) & (m->cap - 1);
    }
    char *c = malloc(n + 1);
    if (!c) return -1;
    memcpy(c, k, n);
    c[n] = '\0';
    m->hashes[j] = h; m->keys[j] = c; m->klen[j] = (uint32_t)n; m->vals[j] = v;
    m->n++;
    return 0;
}

int strmap_get(const strmap *m, const char *k, size_t n, uint32_t *v)
{
    if (!m->cap) return 0;
    uint64_t h = strmap_hash(k, n);
    size_t j = h & (m->cap - 1);
    while (m->hashes[j]) {
        if (m->hashes[j] == h && m->klen[j] == n && memcmp(m->keys[j], k, n) == 0) {
            if (v) *v = m->vals[j];
            return 1;
        }
        j = (j + 1) & (m->cap - 1);
    }
    return 0;
}
