/* en.c — see en.h. */
#include "en.h"
#include <libstemmer.h>
#include <string.h>

size_t morph_en_lemma(struct sb_stemmer *st, const strmap *irregular,
                      char *const *bases, const char *w, size_t n,
                      char *out, size_t cap)
{
    uint32_t v;
    if (irregular && strmap_get(irregular, w, n, &v)) {
        w = bases[v];
        n = strlen(w);
    }
    const sb_symbol *s = st ? sb_stemmer_stem(st, (const sb_symbol *)w, (int)n) : NULL;
    if (s) {
        size_t l = (size_t)sb_stemmer_length(st);
        if (l < cap) {
            memcpy(out, s, l);
            out[l] = '\0';
            return l;
        }
    }
    size_t c = n < cap ? n : cap - 1;
    memcpy(out, w, c);
    out[c] = '\0';
    return c;
}
