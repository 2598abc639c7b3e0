/* trie.c — see trie.h. */
#include "trie.h"
#include "../base/strmap.h"
#include <stdlib.h>
#include <string.h>

static uint64_t edge_hash(uint32_t parent, const char *tok, size_t len)
{
    uint64_t h = strmap_hash(tok, len) ^ ((uint64_t)parent * 0x9E3779B97F4A7C15ULL);
    h ^= h >> 29;
    return h ? h : 1;
}

int trie_init(trie *t)
{
    memset(t, 0, sizeof *t);
    t->capnodes = 256;
    t->first = calloc(t->capnodes, sizeof *t->first);
    t->cappay = 256;
    t->pay = calloc(t->cappay, sizeof *t->pay);
    t->capedges = 512;
    t->edges = calloc(t->capedges, sizeof *t->edges);
    if (!t->first || !t->pay || !t->edges) { trie_free(t); return -1; }
    t->nnodes = 1;
    t->npay = 1;   /* payload 0 means "none" */
    return 0;
}

void trie_free(trie *t)
{
    if (t->edges)
        for (size_t i = 0; i < t->capedges; i++)
            if (t->edges[i].h) free((void *)t->edges[i].tok);
    free(t->first); free(t->pay); free(t->edges);
    memset(t, 0, sizeof *t);
}

static int grow_edges(trie *t)
{
    size_t cap = t->capedges * 2;
    trie_edge *e = calloc(cap, sizeof *e);
    if (!e) return -1;
    for (size_t i = 0; i < t->capedges; i++) {
        if (!t->edges[i].h) continue;
        size_t j = t->edges[i].h & (cap - 1);
        while (e[j].h) j = (j + 1) & (cap - 1);
        e[j] = t->edges[i];
    }
    free(t->edges);
    t->edges = e; t->capedges = cap;
    return 0;
}

uint32_t trie_step(const trie *t, uint32_t node, const char *tok, size_t len)
{
    uint64_t h = edge_hash(node, tok, len);
    size_t j = h & (t->capedges - 1);
    while (t->edges[j].h) {
        const trie_edge *e = &t->edges[j];
        if (e->h == h && e->parent == node && e->len == len && memcmp(e->tok, tok, len) == 0)
            return e->child;
        j = (j + 1) & (t->capedges - 1);
    }
    return 0;
}

uint32_t trie_add_edge(trie *t, uint32_t node, const char *tok, size_t len)
{
    uint32_t c = trie_step(t, node, tok, len);
    if (c) return c;
    if ((t->nedges + 1) * 2 > t->capedges && grow_edges(t) < 0) return 0;
    if (t->nnodes == t->capnodes) {
        size_t cap = t->capnodes * 2;
        uint32_t *f = realloc(t->first, cap * sizeof *f);
        if (!f) return 0;
        memset(f + t->capnodes, 0, (cap - t->capnodes) * sizeof *f);
        t->first = f; t->capnodes = cap;
    }
    char *k = malloc(len + 1);
    if (!k) return 0;
    memcpy(k, tok, len);
    k[len] = '\0';
    uint32_t child = (uint32_t)t->nnodes++;
    uint64_t h = edge_hash(node, tok, len);
    size_t j = h & (t->capedges - 1);
    while (t->edges[j].h) j = (j + 1) & (t->capedges - 1);
    t->edges[j] = (trie_edge){h, node, child, k, (uint32_t)len};
    t->nedges++;
    return child;
}

int trie_add_payload(trie *t, uint32_t node, uint32_t entry, const char *term)
{
    if (t->npay == t->cappay) {
        size_t cap = t->cappay * 2;
        trie_payload *p = realloc(t->pay, cap * sizeof *p);
        if (!p) return -1;
        t->pay = p; t->cappay = cap;
    }
    /* append at the end of the node's list so file order is kept */
    uint32_t idx = (uint32_t)t->npay++;
    t->pay[idx] = (trie_payload){entry, 0, term};
    if (!t->first[node]) { t->first[node] = idx; return 0; }
    uint32_t i = t->first[node];
    while (t->pay[i].next) i = t->pay[i].next;
    t->pay[i].next = idx;
    return 0;
}
