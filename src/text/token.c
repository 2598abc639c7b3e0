/* token.c — see token.h. */
#include "token.h"
#include "utf8.h"
#include <string.h>

static int push(arena *a, token_list *l, const char *text, size_t off, size_t len, int kind)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        token *v = arena_alloc(a, cap * sizeof *v);
        if (!v) return -1;
        if (l->n) memcpy(v, l->v, l->n * sizeof *v);
        l->v = v; l->cap = cap;
    }
    token *t = &l->v[l->n++];
    memset(t, 0, sizeof *t);
    t->off = (uint32_t)off;
    t->len = (uint32_t)len;
    t->kind = (uint8_t)kind;
    size_t fl;
    char *f = utf8_fold(a, text + off, len, &fl);
    if (!f) return -1;
    t->fold = f; t->flen = (uint16_t)(fl > 65535 ? 65535 : fl);
    t->lemma = f; t->llen = t->flen;
    if (kind == TOK_WORD) {
        int cl;
        int32_t cp = utf8_decode(text + off, len, &cl);
        if (utf8_is_upper(cp)) {
            t->cap = 1;
            int all = 1;
            for (size_t i = 0; i < len;) {
                int l2;
                int32_t c2 = utf8_decode(text + off + i, len - i, &l2);
                if (utf8_is_letter(c2) && !utf8_is_upper(c2)) { all = 0; break; }
                i += (size_t)l2;
            }
            if (all && len > 1) t->cap = 2;
        }
    }
    return 0;
}

static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyph(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

/* Length of a dotted initialism at s ("U.S.", "U.N.", "a.m."), or 0. */
static size_t initialism(const char *s, size_t n)
{
    size_t i = 0, groups = 0;
    while (i < n) {
        int l;
        int32_t cp = utf8_decode(s + i, n - i, &l);
        if (!utf8_is_letter(cp)) break;
        size_t j = i + (size_t)l;
        if (j < n && s[j] == '.') { i = j + 1; groups++; continue; }
        break;
    }
    if (groups < 2) return 0;
    /* must not run on into a letter: "U.S.A" without the final dot is fine too */
    if (i < n) {
        int l;
        int32_t cp = utf8_decode(s + i, n - i, &l);
        if (utf8_is_letter(cp) || utf8_is_digit(cp)) return 0;
    }
    return i;
}

int tokenize(arena *a, const char *text, size_t n, token_list *out)
{
    out->v = NULL; out->n = out->cap = 0;
    size_t i = 0;
    while (i < n) {
        int l;
        int32_t cp = utf8_decode(text + i, n - i, &l);
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
            cp == 0x200B || cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200A)) {
            i += (size_t)l;
            continue;
        }
        if (utf8_is_letter(cp) || utf8_is_digit(cp)) {
            size_t ini = utf8_is_letter(cp) ? initialism(text + i, n - i) : 0;
            if (ini) {
                if (push(a, out, text, i, ini, TOK_WORD) < 0) return -1;
                i += ini;
                continue;
            }
            int numeric = utf8_is_digit(cp);
            size_t j = i + (size_t)l;
            while (j < n) {
                int l2;
                int32_t c2 = utf8_decode(text + j, n - j, &l2);
                if (utf8_is_letter(c2) || utf8_is_digit(c2)) {
                    if (utf8_is_letter(c2)) numeric = 0;
                    j += (size_t)l2;
                    continue;
                }
                if (j + (size_t)l2 < n) {
                    int l3;
                    int32_t c3 = utf8_decode(text + j + l2, n - j - (size_t)l2, &l3);
                    if (numeric && (c2 == '.' || c2 == ',') && utf8_is_digit(c3)) {
                        j += (size_t)l2;
                        continue;
                    }
                    if (!numeric && (is_hyph(c2) || is_apos(c2)) && utf8_is_letter(c3)) {
                        j += (size_t)l2;
                        continue;
                    }
                    if (numeric && is_hyph(c2) && utf8_is_letter(c3)) { /* "A-10" stays; "10-day" splits */
                        break;
                    }
                }
                break;
            }
            /* split a final possessive 's */
            size_t wlen = j - i;
            size_t split = 0;
            if (!numeric && wlen > 3) {
                const char *e = text + j;
                if ((e[-1] == 's' || e[-1] == 'S') && e[-2] == '\'') split = 2;
                else if ((e[-1] == 's' || e[-1] == 'S') && wlen > 4 &&
                         (unsigned char)e[-4] == 0xE2 && (unsigned char)e[-3] == 0x80 &&
                         (unsigned char)e[-2] == 0x99) split = 4;
            }
            if (push(a, out, text, i, wlen - split, numeric ? TOK_NUM : TOK_WORD) < 0) return -1;
            if (split && push(a, out, text, j - split, split, TOK_WORD) < 0) return -1;
            i = j;
            continue;
        }
        if (push(a, out, text, i, (size_t)l, TOK_PUNCT) < 0) return -1;
        i += (size_t)l;
    }
    return 0;
}
