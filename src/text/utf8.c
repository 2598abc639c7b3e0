/* utf8.c — see utf8.h. */
#include "utf8.h"
#include <string.h>
#include <stdlib.h>
#include <utf8proc.h>

size_t utf8_check(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t need;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; }
        else return i;
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += need + 1;
    }
    return (size_t)-1;
}

int32_t utf8_decode(const char *s, size_t n, int *len)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
    if (l <= 0) { *len = 1; return 0xFFFD; }
    *len = (int)l;
    return cp;
}

/* Characters folded by hand before utf8proc: quotes and dashes news use. */
static int fold_punct(int32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x02BC: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
    default: return 0;
    }
}

char *utf8_fold(arena *a, const char *s, size_t n, size_t *outlen)
{
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) { ascii = 0; break; }
    if (ascii) {
        char *o = arena_alloc(a, n + 1);
        if (!o) return NULL;
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            o[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        *outlen = n;
        return o;
    }
    /* Slow path: replace typographic punctuation, then utf8proc. */
    char *tmp = arena_alloc(a, n + 1);
    if (!tmp) return NULL;
    size_t t = 0;
    for (size_t i = 0; i < n;) {
        int l;
        int32_t cp = utf8_decode(s + i, n - i, &l);
        int r = fold_punct(cp);
        if (r) tmp[t++] = (char)r;
        else { memcpy(tmp + t, s + i, (size_t)l); t += (size_t)l; }
        i += (size_t)l;
    }
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t ml = utf8proc_map((const utf8proc_uint8_t *)tmp, (utf8proc_ssize_t)t, &m,
        UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT);
    if (ml < 0) {            /* cannot happen on checked input; keep the text */
        *outlen = t;
        return tmp;
    }
    char *o = arena_strndup(a, (const char *)m, (size_t)ml);
    free(m);
    if (!o) return NULL;
    *outlen = (size_t)ml;
    return o;
}

int utf8_is_letter(int32_t cp)
{
    if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
           c == UTF8PROC_CATEGORY_MC;
}

int utf8_is_digit(int32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

int utf8_is_upper(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}
