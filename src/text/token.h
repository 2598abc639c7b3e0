/* token.h — tokens with offsets into the original text.
 *
 * The tokenizer is our own (ICU's word breaker splits "U.S." and keeps
 * "Israel's" whole, both wrong for matching).  A token is a slice of the
 * document plus its folded form (utf8.h); morphology later fills lemma and
 * morph.  Rules:
 *  - words: letters, digits and marks, joined across an inner hyphen
 *    ("anak-anak", "Mai-Mai", "A-10") and an inner apostrophe ("didn't");
 *    a final possessive "'s" / "’s" / "s'" is split off as its own token;
 *  - dotted initialisms ("U.S.", "U.N.") are one token, final period
 *    included;
 *  - numbers keep inner separators followed by a digit ("8.500", "39,699");
 *  - anything else is one punctuation token per code point.
 */
#ifndef WARTA_TOKEN_H
#define WARTA_TOKEN_H
#include <stddef.h>
#include <stdint.h>
#include "../base/arena.h"

enum { TOK_WORD = 1, TOK_NUM = 2, TOK_PUNCT = 3 };

/* morphology flags */
enum {
    MORPH_ACTIVE = 1,    /* meN- (id); finite verb */
    MORPH_PASSIVE = 2,   /* di- (id); be + participle (en) */
    MORPH_NOUN = 4,      /* pe(N)-…-an, ke-…-an, -an (id); after a determiner (en) */
    MORPH_POSS = 8,      /* -nya (id): "penangkapannya", his arrest */
    MORPH_STATIVE = 16,  /* ber-/ter- (id) */
    MORPH_REDUP = 32,    /* reduplicated: "negara-negara" */
};

typedef struct {
    uint32_t off, len;    /* bytes in the document text */
    const char *fold;     /* folded form, NUL-terminated, in the arena */
    const char *lemma;    /* lemma (morphology), NUL-terminated */
    uint16_t flen, llen;
    uint8_t kind;
    uint8_t cap;          /* 1: starts upper case; 2: all upper case */
    uint8_t morph;
    uint8_t used;         /* set when a mention or pattern claims it */
} token;

typedef struct {
    token *v;
    size_t n, cap;
} token_list;

/* Tokenizes text[0..n) (valid UTF-8) into *out, allocated in a.
 * Returns 0, or -1 when out of memory. */
int tokenize(arena *a, const char *text, size_t n, token_list *out);
#endif
