/* en.h — English lemmas for matching: irregular forms, then Snowball.
 *
 * English inflection is regular enough for the Snowball (Porter2) stemmer,
 * a well-kept library, to bring "expelled", "expels" and "expelling" to one
 * key; it cannot know "met" is "meet", so a table of irregular forms
 * (data/en/irregular.txt) maps those to their base first.  Dictionary
 * patterns go through the same function, so both sides agree.  The stemmer
 * object is not thread-safe: each coder has its own.
 */
#ifndef WARTA_MORPH_EN_H
#define WARTA_MORPH_EN_H
#include <stddef.h>
#include "../../base/strmap.h"

struct sb_stemmer;

/* bases[v] is the base form for irregular[form] = v.  Writes the stem into
 * out (cap bytes) and returns its length. */
size_t morph_en_lemma(struct sb_stemmer *st, const strmap *irregular,
                      char *const *bases, const char *w, size_t n,
                      char *out, size_t cap);
#endif
