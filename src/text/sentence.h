/* sentence.h — sentence boundaries over a token list.
 *
 * Our own splitter, because it must know each language's abbreviations
 * ("Jl.", "Gen.", "No."): a period ends a sentence unless the word before it
 * is a listed abbreviation or a single capital (an initial), or the next word
 * starts in lower case.  Closing quotes and brackets stay with the sentence
 * they close.  A line break ends a sentence (headlines, datelines).  A
 * sentence is cut after SENT_MAX_TOKENS tokens so that text with no
 * punctuation costs linear time.
 */
#ifndef WARTA_SENTENCE_H
#define WARTA_SENTENCE_H
#include <stddef.h>
#include "token.h"
#include "../base/strmap.h"

#define SENT_MAX_TOKENS 300

typedef struct {
    size_t tb, te;          /* token range [tb, te) */
    size_t start, end;      /* byte span [start, end) */
} sentence;

typedef struct {
    sentence *v;
    size_t n;
} sentence_list;

/* abbrev holds folded abbreviations with their final period ("gen.").
 * Returns 0, or -1 when out of memory. */
int split_sentences(arena *a, const char *text, const token_list *t,
                    const strmap *abbrev, sentence_list *out);
#endif
