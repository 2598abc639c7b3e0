/* trie.h — a token trie: dictionary terms as sequences of tokens.
 *
 * Every dictionary term (an actor name, a role noun, a verb pattern) is a
 * path of tokens from the root; a node carries the entries whose term ends
 * there.  Edges live in one hash table keyed by (parent node, token), so a
 * step is one probe, and matching a sentence is one walk per start token —
 * the "one automaton over token lemmas" of DESIGN.md, without the memory of
 * a dense transition table.  The key "*" is the gap of verb patterns.
 * Built while the knowledge base loads; read-only afterwards (thread-safe).
 */
#ifndef WARTA_TRIE_H
#define WARTA_TRIE_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t entry;      /* index into the owner's entry array */
    uint32_t next;       /* next payload of the same node, 0 = none */
    const char *term;    /* the term as written, for messages (owner's) */
} trie_payload;

typedef struct {
    uint64_t h;          /* 0 = empty slot */
    uint32_t parent, child;
    const char *tok;     /* owned by the trie */
    uint32_t len;
} trie_edge;

typedef struct {
    uint32_t *first;     /* node -> first payload (index into pay), 0 = none */
    size_t nnodes, capnodes;
    trie_payload *pay;
    size_t npay, cappay;
    trie_edge *edges;
    size_t nedges, capedges;
} trie;

int trie_init(trie *t);
void trie_free(trie *t);
/* Child of node along tok, creating it; returns the node id or 0 on OOM
 * (node 0 is the root, never a child). */
uint32_t trie_add_edge(trie *t, uint32_t node, const char *tok, size_t len);
/* Child of node along tok, or 0 when there is none. */
uint32_t trie_step(const trie *t, uint32_t node, const char *tok, size_t len);
int trie_add_payload(trie *t, uint32_t node, uint32_t entry, const char *term);
/* First payload index of node (0 = none); iterate with t->pay[i].next. */
static inline uint32_t trie_payloads(const trie *t, uint32_t node) { return t->first[node]; }
#endif
