/* id.c — see id.h. */
#include "id.h"
#include "../token.h"
#include <string.h>

#define MAXW 64

typedef struct {
    const strmap *lex;
    int base;             /* the cost of the word as it stands (clitics) */
    char best[MAXW];
    size_t bestlen;
    int bestcost;
    uint8_t bestmorph;
} search;

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

static void consider(search *s, const char *r, size_t n, int cost, uint8_t morph)
{
    if (n < 2 || n >= MAXW) return;
    if (cost >= s->bestcost) return;
    uint32_t v = 0;
    if (!strmap_get(s->lex, r, n, &v)) return;
    if (v == 1 && cost > s->base) return;      /* a root that takes no affix */
    memcpy(s->best, r, n);
    s->best[n] = '\0';
    s->bestlen = n;
    s->bestcost = cost;
    s->bestmorph = morph;
}

/* Tries root candidates for stem w (prefixes already removed), with and
 * without a derivational suffix. */
static void suffixes(search *s, const char *w, size_t n, int cost, uint8_t morph, int noun_confix)
{
    consider(s, w, n, cost, morph);
    static const char *suf[] = {"kan", "an", "i"};
    for (int k = 0; k < 3; k++) {
        size_t sl = strlen(suf[k]);
        if (n > sl + 2 && memcmp(w + n - sl, suf[k], sl) == 0) {
            uint8_t m = morph;
            if (k == 1 && (noun_confix || !(morph & (MORPH_ACTIVE | MORPH_PASSIVE))))
                m = (uint8_t)((m & ~MORPH_STATIVE) | MORPH_NOUN);
            /* verbs take -kan and -i; -an after meN-/di- is a worse guess
             * ("mengatakan" is kata+-kan, not atak+-an) */
            int extra = (k == 1 && (morph & (MORPH_ACTIVE | MORPH_PASSIVE))) ? 2 : 1;
            /* and nouns take -an, never -kan: pe(N)-, per-, ke- + -an
             * ("penumpukan" is tumpuk+-an, not tumpu+-kan) */
            if (k == 0 && noun_confix) extra = 2;
            consider(s, w, n - sl, cost + extra, m);
        }
    }
}

/* A nasal prefix (meN-/peN-) at w: calls suffixes() on each root it admits. */
static void nasal(search *s, const char *w, size_t n, const char *p, int cost, uint8_t morph, int noun)
{
    size_t pl = strlen(p);      /* "me" or "pe" */
    if (n <= pl + 2 || memcmp(w, p, pl) != 0) return;
    const char *r = w + pl;
    size_t rn = n - pl;
    char tmp[MAXW + 2];
    /* me- + l, r, w, y, m, n, ny, ng: root as it stands */
    if (strchr("lrwymn", r[0])) suffixes(s, r, rn, cost, morph, noun);
    if (rn > 3 && r[0] == 'n' && r[1] == 'g') {            /* meng- */
        suffixes(s, r + 2, rn - 2, cost, morph, noun);          /* vowel, g, h, kh */
        if (is_vowel(r[2]) && rn - 1 < MAXW) {                 /* k dropped */
            tmp[0] = 'k'; memcpy(tmp + 1, r + 2, rn - 2);
            suffixes(s, tmp, rn - 1, cost, morph, noun);
        }
        if (rn > 4 && r[2] == 'e')                             /* menge- + monosyllable */
            suffixes(s, r + 3, rn - 3, cost, morph, noun);
    } else if (rn > 3 && r[0] == 'n' && r[1] == 'y' && is_vowel(r[2]) && rn - 1 < MAXW) {
        tmp[0] = 's'; memcpy(tmp + 1, r + 2, rn - 2);          /* meny- : s dropped */
        suffixes(s, tmp, rn - 1, cost, morph, noun);
    } else if (rn > 2 && r[0] == 'm') {                        /* mem- */
        if (r[1] == 'b' || r[1] == 'f' || r[1] == 'v' || r[1] == 'p')
            suffixes(s, r + 1, rn - 1, cost, morph, noun);      /* b, f, v, p kept */
        else if (is_vowel(r[1]) && rn < MAXW) {                /* p dropped */
            tmp[0] = 'p'; memcpy(tmp + 1, r + 1, rn - 1);
            suffixes(s, tmp, rn, cost, morph, noun);
        }
    } else if (rn > 2 && r[0] == 'n') {                        /* men- */
        if (r[1] == 'd' || r[1] == 'c' || r[1] == 'j' || r[1] == 'z' || (r[1] == 's' && r[2] == 'y') || r[1] == 't')
            suffixes(s, r + 1, rn - 1, cost, morph, noun);      /* d, c, j, sy, z kept */
        else if (is_vowel(r[1]) && rn < MAXW) {                /* t dropped */
            tmp[0] = 't'; memcpy(tmp + 1, r + 1, rn - 1);
            suffixes(s, tmp, rn, cost, morph, noun);
        }
    }
}

static int starts(const char *w, size_t n, const char *p)
{
    size_t l = strlen(p);
    return n > l + 2 && memcmp(w, p, l) == 0;
}

/* Prefixes that may stand inside an outer one: per-, ber-, ter- ("memper-",
 * "diber-", "diper-", "keber-"). */
static void inner(search *s, const char *w, size_t n, int cost, uint8_t morph, int noun)
{
    static const char *pre[] = {"per", "ber", "ter", "pe", "be"};
    for (int k = 0; k < 5; k++)
        if (starts(w, n, pre[k])) suffixes(s, w + strlen(pre[k]), n - strlen(pre[k]), cost + 1, morph, noun);
}

static void prefixes(search *s, const char *w, size_t n, int cost)
{
    suffixes(s, w, n, cost, 0, 0);
    if (starts(w, n, "di")) {
        suffixes(s, w + 2, n - 2, cost + 1, MORPH_PASSIVE, 0);
        inner(s, w + 2, n - 2, cost + 1, MORPH_PASSIVE, 0);
    }
    if (starts(w, n, "me")) {
        nasal(s, w, n, "me", cost + 1, MORPH_ACTIVE, 0);
        if (starts(w, n, "mem")) inner(s, w + 3, n - 3, cost + 1, MORPH_ACTIVE, 0);   /* memper-, member-: "memperkuat" */
        if (starts(w, n, "men")) inner(s, w + 3, n - 3, cost + 1, MORPH_ACTIVE, 0);   /* menter- (rare) */
    }
    if (starts(w, n, "pe")) {
        nasal(s, w, n, "pe", cost + 1, MORPH_NOUN, 1);
        inner(s, w, n, cost, MORPH_NOUN, 1);                       /* per-, pe- alone */
        if (starts(w, n, "pem")) inner(s, w + 2, n - 2, cost + 1, MORPH_NOUN, 1);    /* pember- */
    }
    if (starts(w, n, "ter")) {
        suffixes(s, w + 3, n - 3, cost + 1, MORPH_PASSIVE | MORPH_STATIVE, 0);
        if (w[3] == 'r') suffixes(s, w + 2, n - 2, cost + 1, MORPH_PASSIVE | MORPH_STATIVE, 0);
    }
    if (starts(w, n, "ber")) suffixes(s, w + 3, n - 3, cost + 1, MORPH_STATIVE, 0);
    if (starts(w, n, "bel")) suffixes(s, w + 3, n - 3, cost + 1, MORPH_STATIVE, 0);
    if (starts(w, n, "be")) suffixes(s, w + 2, n - 2, cost + 2, MORPH_STATIVE, 0);
    if (starts(w, n, "ke")) {
        suffixes(s, w + 2, n - 2, cost + 1, MORPH_NOUN, 1);
        inner(s, w + 2, n - 2, cost + 1, MORPH_NOUN, 1);
    }
    if (starts(w, n, "se")) suffixes(s, w + 2, n - 2, cost + 2, 0, 0);
}

size_t morph_id_lemma(const strmap *lex, const char *w, size_t n,
                      char *out, size_t cap, uint8_t *morph)
{
    *morph = 0;
    if (n == 0 || n >= MAXW || cap < MAXW) {
        size_t c = n < cap ? n : cap - 1;
        memcpy(out, w, c); out[c] = '\0';
        return c;
    }
    /* reduplication: "negara-negara" → negara; "tembak-menembak" → tembak */
    const char *dash = memchr(w, '-', n);
    if (dash) {
        size_t a = (size_t)(dash - w), b = n - a - 1;
        uint8_t m2;
        char l1[MAXW], l2[MAXW];
        size_t n1 = morph_id_lemma(lex, w, a, l1, sizeof l1, &m2);
        size_t n2 = morph_id_lemma(lex, dash + 1, b, l2, sizeof l2, morph);
        if (n1 == n2 && memcmp(l1, l2, n1) == 0) {
            *morph |= MORPH_REDUP;
            memcpy(out, l2, n2 + 1);
            return n2;
        }
        memcpy(out, w, n); out[n] = '\0';
        *morph = 0;
        return n;
    }
    search s = {.lex = lex, .bestcost = 1000};
    prefixes(&s, w, n, 0);
    /* clitics and particles: -nya, -ku, -mu, -lah, -kah, -pun */
    static const char *cl[] = {"nya", "lah", "kah", "pun", "ku", "mu"};
    for (int k = 0; k < 6 && s.bestcost > 0; k++) {
        size_t l = strlen(cl[k]);
        if (n > l + 2 && memcmp(w + n - l, cl[k], l) == 0) {
            search t = {.lex = lex, .base = 1, .bestcost = 1000};
            prefixes(&t, w, n - l, 1);
            if (t.bestcost < s.bestcost) {
                s = t;
                if (k == 0) s.bestmorph |= MORPH_POSS;
            }
            /* "-lahnya" etc. are rare; one clitic is enough */
        }
    }
    if (s.bestcost == 1000) {
        memcpy(out, w, n); out[n] = '\0';
        return n;
    }
    memcpy(out, s.best, s.bestlen + 1);
    *morph = s.bestmorph;
    return s.bestlen;
}
