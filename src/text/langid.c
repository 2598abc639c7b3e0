/* langid.c — see langid.h. */
#include "langid.h"
#include "../kb/kb.h"
#include <string.h>

static int in(const char *w, const char *const *list)
{
    for (int i = 0; list[i]; i++) if (strcmp(w, list[i]) == 0) return 1;
    return 0;
}

int langid_guess(const token_list *t)
{
    static const char *const id[] = {"yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu", "pada",
                                     "tidak", "akan", "dalam", "telah", "oleh", "ke", "kepada", "bahwa", "juga", NULL};
    static const char *const en[] = {"the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on",
                                     "with", "by", "said", "has", "have", "were", "it", NULL};
    size_t ni = 0, ne = 0;
    for (size_t i = 0; i < t->n && i < 2000; i++) {
        if (t->v[i].kind != TOK_WORD) continue;
        if (in(t->v[i].fold, id)) ni++;
        if (in(t->v[i].fold, en)) ne++;
    }
    return ni > ne ? LANG_ID : LANG_EN;
}
