/* import.h — what the dictionary importers share (import_petrarch.c for
 * TABARI/PETRARCH .actors files, import_wikidata.c for Wikidata dumps).
 *
 * Both write lines that data/README.md defines and kb.c loads: the checks
 * here refuse anything kb.c would stop on (a term with "|", "#" or a TAB,
 * an unknown role, a period that ends before it begins), so a converted
 * file always loads.  Both report "NAME:LINE: what" and go on.
 */
#ifndef WARTA_KB_IMPORT_H
#define WARTA_KB_IMPORT_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "../../include/warta.h"
#include "../../include/warta_import.h"
#include "../base/buf.h"
#include "../text/utf8.h"

/* Where warnings go, and what has been counted. */
typedef struct {
    const char *name;      /* the input, as named in messages */
    FILE *err;             /* NULL: warnings are counted, not written */
    size_t converted;      /* Warta lines written */
    size_t skipped;        /* input lines named by a warning */
} imp_log;

static inline void imp_vwarn(imp_log *g, long line, const char *fmt, va_list ap)
{
    if (!g->err) return;
    fprintf(g->err, "%s:%ld: ", g->name, line);
    vfprintf(g->err, fmt, ap);
    fputc('\n', g->err);
}

/* Writes "NAME:LINE: what".  Counting the line is the caller's: one line may
 * get several warnings, and a warning may come after later lines were read. */
static inline void imp_warn(imp_log *g, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static inline void imp_warn(imp_log *g, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    imp_vwarn(g, line, fmt, ap);
    va_end(ap);
}

/* Warta's roles for people and actors (data/README.md, "roles"), and IGO,
 * the role of a person under an IGOxxx country (kb_person_code). */
static inline int imp_role_ok(const char *r)
{
    static const char *const R[] = {"GOV", "LEG", "JUD", "MIL", "COP", "OPP", "REB",
                                    "CVL", "MED", "BUS", "ELI", "IGO", NULL};
    for (int i = 0; R[i]; i++)
        if (strcmp(r, R[i]) == 0) return 1;
    return 0;
}

static inline int imp_upper3(const char *s)
{
    for (int i = 0; i < 3; i++)
        if (s[i] < 'A' || s[i] > 'Z') return 0;
    return 1;
}

/* A people COUNTRY as kb.c reads it: three capitals other than IGO, or IGO
 * and three capitals (an organisation). */
static inline int imp_country_ok(const char *c)
{
    size_t n = strlen(c);
    if (n == 3) return imp_upper3(c) && strcmp(c, "IGO") != 0;
    return n == 6 && strncmp(c, "IGO", 3) == 0 && imp_upper3(c + 3);
}

/* NULL when s[0..n) can be a Warta term, else why not.  kb.c splits fields
 * on TAB, terms on "|", and cuts a line at "#". */
static inline const char *imp_term_fault(const char *s, size_t n)
{
    if (n == 0) return "empty name";
    if (utf8_check(s, n) != (size_t)-1) return "not UTF-8";
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '|') return "'|' in a name";
        if (s[i] == '#') return "'#' in a name";
        if ((unsigned char)s[i] < 0x20) return "a control character in a name";
    }
    return NULL;
}

/* How much of s[0..n) a message quotes: up to max bytes, not cutting a
 * UTF-8 sequence.  *more is "..." when that is not all of it, else "". */
static inline int imp_clip(const char *s, size_t n, size_t max, const char **more)
{
    *more = "";
    if (n <= max) return (int)n;
    size_t k = max;
    while (k && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    *more = "...";
    return (int)k;
}

static inline int imp_ascii_ieq(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn) return 0;
    for (size_t i = 0; i < an; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
        if (x != y) return 0;
    }
    return 1;
}

/* Appends the term s[0..n) to the "|"-separated list in b unless it is
 * there already (ASCII case aside: Warta folds case when it matches). */
static inline void imp_names_add(buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < b->len) {
        size_t j = i;
        while (j < b->len && b->p[j] != '|') j++;
        if (imp_ascii_ieq(b->p + i, j - i, s, n)) return;
        i = j + 1;
    }
    if (b->len) buf_putc(b, '|');
    buf_put(b, s, n);
}

/* One period of office as written: ROLE FROM..TO, TO "" while it runs. */
typedef struct {
    char role[4];
    char from[11], to[11];
    int32_t sort;          /* yyyymmdd of FROM, for ordering */
} imp_period;

/* Writes COUNTRY<TAB>NAMES<TAB>PERIODS.  Returns 0, or -1 on a write error. */
static inline int imp_write_people(FILE *out, const char *country, const buf *names,
                                   const imp_period *p, size_t n)
{
    fprintf(out, "%s\t%.*s\t", country, (int)names->len, names->p);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s%s %s..%s", i ? ";" : "", p[i].role, p[i].from, p[i].to);
    fputc('\n', out);
    return ferror(out) ? -1 : 0;
}
#endif
