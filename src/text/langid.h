/* langid.h — Indonesian or English?
 *
 * Warta codes two languages, and news text is long enough that the share of
 * each language's most frequent function words decides reliably; this is
 * faster and, for these two, more accurate on short excerpts than a general
 * n-gram identifier such as exttextcat, whose Malay/Indonesian profiles
 * overlap.  A third language will want exttextcat in front of this.
 */
#ifndef WARTA_LANGID_H
#define WARTA_LANGID_H
#include "token.h"

/* Returns LANG_ID or LANG_EN (kb.h) for the tokens. */
int langid_guess(const token_list *t);
#endif
