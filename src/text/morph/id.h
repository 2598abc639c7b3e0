/* id.h — Indonesian morphology: root and voice of a word.
 *
 * Indonesian builds words from roots with prefixes (meN-, di-, ter-, ber-,
 * ke-, se-, peN-, per-), suffixes (-kan, -i, -an), confixes (ke-…-an,
 * pe(N)-…-an, per-…-an), clitics (-nya, -ku, -mu) and particles (-lah, -kah,
 * -pun), and doubles words (reduplication).  We generate the analyses a word
 * admits, from the fewest affixes to the most, and take the first whose root
 * is in the lexicon (hunspell-id's root list plus our dictionaries' roots):
 * without a lexicon, stripping is guesswork ("menyatakan" is me-+nyata+-kan,
 * but "menyerang" is meny-+serang).  The nasal of meN-/peN- replaces the
 * root's first consonant (meN- + tuduh → menuduh; + kirim → mengirim;
 * + sapa → menyapa; + pukul → memukul), so those analyses restore it.
 * Voice comes from the outer prefix: di- (and ter-) passive, meN- active,
 * pe(N)-/per-/ke- with -an, or bare -an, a nominalization.
 */
#ifndef WARTA_MORPH_ID_H
#define WARTA_MORPH_ID_H
#include <stddef.h>
#include <stdint.h>
#include "../../base/strmap.h"

/* lex maps roots to 1 (takes no affix: a hunspell root without flags) or
 * 2 (takes affixes).  Writes the root of w[0..n) (folded) into out (cap bytes, NUL-terminated)
 * and returns its length; *morph gets MORPH_* flags (token.h).  When no
 * analysis finds a root in lex, out is w itself and *morph is 0. */
size_t morph_id_lemma(const strmap *lex, const char *w, size_t n,
                      char *out, size_t cap, uint8_t *morph);
#endif
