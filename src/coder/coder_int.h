/* coder_int.h — the coder's working state for one document.
 *
 * The stages (mention.c, dates.c, qty.c, events.c) share these structures;
 * everything is allocated in the coder's arena and dropped after the
 * document.  Token indices are into doc-wide token_list.
 */
#ifndef WARTA_CODER_INT_H
#define WARTA_CODER_INT_H
#include "../../include/warta.h"
#include "../base/arena.h"
#include "../base/buf.h"
#include "../base/strmap.h"
#include "../kb/kb.h"
#include "../text/token.h"
#include "../text/sentence.h"

/* what the names trie found at a token: grammar and date words */
typedef struct {
    uint8_t gram;         /* gram kind of the token, 0 none */
    uint8_t date;         /* date kind, 0 none */
    int16_t dval;
    uint8_t gram_start;   /* first token of a multi-token grammar term */
    uint16_t gram_len;
} token_info;

typedef struct {
    uint32_t tb, te;          /* token range of the mention */
    uint32_t sent;
    char country[8];          /* ISO3 (or IGOxxx) */
    char role[4];
    char org[8];              /* full code of a named organisation */
    int32_t person;           /* kb person index, -1 none */
    uint8_t former, place, pron, pronpl, dual, people, prep, igorole, named;
    uint8_t first_person;     /* "kami", "we": the speaker of the quote */
    uint8_t place_kind;       /* bits: 2 capital, 4 city, 8 country name or adjective */
    uint32_t role_tok;        /* the token of the role noun that set role */
    char code[8];             /* resolved actor code */
    char code2[8];            /* the second actor of a dual mention */
    int32_t group;            /* coordination group id, -1 none */
    const char *rule;
} mention;

typedef struct {
    uint32_t tb, te;          /* tokens of the pattern match */
    const kb_verb *v;
} verb_match;

typedef struct {
    uint32_t tb, te;
    char when[11];
    const char *precision;
    uint8_t future;           /* "next week", "besok": ahead of the document */
} date_expr;

struct warta_coder {
    const warta_kb *kb;
    struct sb_stemmer *stem;
    arena a;
    char err[512];
    int lang;
    int32_t doc_date;         /* yyyymmdd, 0 unknown */
    const warta_doc *doc;
    token_list toks;
    token_info *info;
    sentence_list sents;
    mention *m; size_t nm, capm;
    size_t *sent_m;           /* sentence -> index of its first mention; [nsent] = nm */
    warta_event *ev; size_t nev, capev;
    char dominant[8];         /* the document's most named country */
    strmap names;             /* surnames seen with a role in this doc */
    strmap seen;              /* events already emitted for this doc */
    char name_codes[256][8];
    size_t nnames;
    FILE *trace;
    char protest_tgt[8];      /* the target of the last protest coded */
    int narr_year, narr_month; /* the last month given with its year in the text */
};

/* The mentions of sentence si are c->m[sent_m[si] .. sent_m[si + 1]). */
static inline size_t m_first(const warta_coder *c, size_t si) { return c->sent_m[si]; }
static inline size_t m_end(const warta_coder *c, size_t si) { return c->sent_m[si + 1]; }

/* The CAMEO root of a code ("190" -> 19): codes are 2 to 4 digits. */
static inline int cameo_root(const char *code) { return (code[0] - '0') * 10 + (code[1] - '0'); }
/* Force: assault, fight, mass violence (roots 18-20). */
static inline int cameo_force(const char *code) { return cameo_root(code) >= 18; }

/* mention.c */
int mentions_find(warta_coder *c);
void mentions_resolve(warta_coder *c);
/* dates.c: date expressions of sentence s; returns count, fills out */
size_t dates_find(warta_coder *c, const sentence *s, date_expr *out, size_t max);
/* qty.c */
void qty_find(warta_coder *c, const sentence *s, warta_qty *q);
/* The count token i gives ("8.500", "lima", "five"), or -1. */
long qty_count_at(const warta_coder *c, size_t i);
/* events.c */
int events_find(warta_coder *c);
/* helpers */
int32_t date_add_days(int32_t ymd, int days);
int date_weekday(int32_t ymd);   /* 1 = Monday */
#endif
