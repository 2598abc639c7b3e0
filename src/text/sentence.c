/* sentence.c — see sentence.h. */
#include "sentence.h"
#include <string.h>

static int is_end(const token *t)
{
    if (t->kind != TOK_PUNCT) return 0;
    return (t->flen == 1 && (t->fold[0] == '.' || t->fold[0] == '!' || t->fold[0] == '?')) ||
           strcmp(t->fold, "\xe2\x80\xa6") == 0;
}

static int is_closer(const token *t)
{
    return t->kind == TOK_PUNCT && t->flen == 1 &&
           (t->fold[0] == '"' || t->fold[0] == '\'' || t->fold[0] == ')' || t->fold[0] == ']');
}

static int newline_between(const char *text, const token *a, const token *b)
{
    for (size_t i = a->off + a->len; i < b->off; i++)
        if (text[i] == '\n') return 1;
    return 0;
}

static int abbreviation(const token *prev, const strmap *abbrev)
{
    if (prev->kind != TOK_WORD) return 0;
    if (prev->flen == 1 && prev->cap) return 1;           /* an initial: "J. Smith" */
    char key[64];
    if ((size_t)prev->flen + 2 > sizeof key) return 0;
    memcpy(key, prev->fold, prev->flen);
    key[prev->flen] = '.';
    return strmap_get(abbrev, key, prev->flen + 1u, NULL);
}

int split_sentences(arena *a, const char *text, const token_list *t,
                    const strmap *abbrev, sentence_list *out)
{
    size_t cap = t->n / 8 + 4;
    out->v = arena_alloc(a, cap * sizeof *out->v);
    out->n = 0;
    if (!out->v) return -1;
    size_t b = 0;
    for (size_t i = 0; i < t->n; i++) {
        int cut = 0;
        size_t e = i + 1;
        if (is_end(&t->v[i])) {
            cut = 1;
            if (t->v[i].fold[0] == '.' && i > b && abbreviation(&t->v[i - 1], abbrev)) cut = 0;
            /* a closing quote or bracket touches the mark it follows */
            while (e < t->n && is_closer(&t->v[e]) && t->v[e].off == t->v[e - 1].off + t->v[e - 1].len) e++;
            if (cut && e < t->n) {
                const token *nx = &t->v[e];
                if ((nx->kind == TOK_NUM || (nx->kind == TOK_WORD && !nx->cap)) && !newline_between(text, &t->v[i], nx))
                    cut = 0;
                if (nx->kind == TOK_PUNCT && (nx->fold[0] == ',' || nx->fold[0] == ';')) cut = 0;
            }
        } else if (i + 1 < t->n && newline_between(text, &t->v[i], &t->v[i + 1])) {
            cut = 1;
        }
        if (!cut && i + 1 - b >= SENT_MAX_TOKENS) cut = 1;
        if (!cut && i + 1 < t->n) continue;
        if (i + 1 == t->n) e = t->n;
        if (out->n == cap) {
            size_t nc = cap * 2;
            sentence *v = arena_alloc(a, nc * sizeof *v);
            if (!v) return -1;
            memcpy(v, out->v, out->n * sizeof *v);
            out->v = v; cap = nc;
        }
        sentence *s = &out->v[out->n++];
        s->tb = b; s->te = e;
        s->start = t->v[b].off;
        s->end = t->v[e - 1].off + t->v[e - 1].len;
        b = e;
        i = e - 1;
    }
    return 0;
}
