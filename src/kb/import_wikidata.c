/* import_wikidata.c — Wikidata entity dumps into Warta "people" lines
 * (warta_import_wikidata, include/warta_import.h).
 *
 * Sits beside the loader, like import_petrarch.c: it writes lines that
 * kb.c reads (data/README.md, "people"), for a user's dictionary layer.
 *
 * Input is the JSON dump format of https://www.wikidata.org/wiki/
 * Wikidata:Database_download: "[" on the first line, then one entity a line
 * with a trailing comma, "]" on the last; or JSON Lines of the same
 * entities.  An entity is read one line at a time, so a dump of any size
 * streams through in the memory of its largest entity.  What is read of
 * one (its JSON data model, https://doc.wikimedia.org/Wikibase/):
 *
 *   {"type":"item","id":"Q…",
 *    "labels":{"en":{"language":"en","value":"…"}, …},
 *    "aliases":{"en":[{"language":"en","value":"…"}, …], …},
 *    "claims":{"P31":[statement…], "P39":[statement…], …}}
 *
 * and of a statement: "rank" (deprecated ones are passed over),
 * "mainsnak" {"snaktype":"value","datavalue":{"value":{"id":"Q…"}}}, and
 * "qualifiers" {"P580":[snak…],"P582":[snak…]} whose time values are
 * {"time":"+2024-10-01T00:00:00Z","precision":11,"calendarmodel":…}
 * (precision 11 day, 10 month, 9 year; the finer ones are hours and
 * minutes, read as the day).
 *
 * Which positions count, and as what, is data: a mapping file of QID,
 * country and role (data/common/wikidata_positions.txt).
 */
#include "import.h"
#include "../base/strmap.h"
#include <cjson/cJSON.h>
#include <stdlib.h>

/* ---- the position mapping ------------------------------------------------ */

typedef struct {
    char country[8];
    char role[4];
} wd_pos;

typedef struct {
    strmap idx;                 /* QID -> index into v */
    wd_pos *v;
    size_t n, cap;
} wd_map;

static int qid_ok(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 13 || s[0] != 'Q' || s[1] == '0') return 0;
    return strspn(s + 1, "0123456789") == n - 1;
}

static warta_status map_fail(FILE *err, const char *path, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static warta_status map_fail(FILE *err, const char *path, long line, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        fprintf(err, "%s:%ld: ", path, line);
        vfprintf(err, fmt, ap);
        fputc('\n', err);
        va_end(ap);
    }
    return WARTA_EDATA;
}

static warta_status map_load(wd_map *m, const char *path, FILE *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (err) fprintf(err, "%s: cannot read the position mapping\n", path);
        return WARTA_EIO;
    }
    char *line = NULL;
    size_t cap = 0;
    long ln = 0;
    warta_status st = WARTA_OK;
    while (st == WARTA_OK && getline(&line, &cap, f) >= 0) {
        ln++;
        line[strcspn(line, "#\r\n")] = '\0';
        if (line[strspn(line, " \t")] == '\0') continue;
        char *fld[5];
        int nf = 0;
        for (char *p = line, *tab; nf < 5; p = tab + 1) {
            fld[nf++] = p;
            if (!(tab = strchr(p, '\t'))) break;
            *tab = '\0';
        }
        for (int i = 0; i < nf; i++) {      /* trim the spaces around a field */
            while (*fld[i] == ' ') fld[i]++;
            size_t l = strlen(fld[i]);
            while (l && fld[i][l - 1] == ' ') fld[i][--l] = '\0';
        }
        if (nf != 4) {
            st = map_fail(err, path, ln, "expected 4 TAB-separated fields (QID, COUNTRY, ROLE, LABEL), found %d", nf);
            break;
        }
        if (!qid_ok(fld[0])) { st = map_fail(err, path, ln, "bad QID '%s'", fld[0]); break; }
        if (!imp_country_ok(fld[1])) { st = map_fail(err, path, ln, "bad country code '%s'", fld[1]); break; }
        int igo = strncmp(fld[1], "IGO", 3) == 0;
        if (!imp_role_ok(fld[2]) || igo != (strcmp(fld[2], "IGO") == 0)) {
            st = map_fail(err, path, ln, igo ? "the role under an IGO is IGO, not '%s'"
                                             : "unknown role '%s'", fld[2]);
            break;
        }
        if (strmap_get(&m->idx, fld[0], strlen(fld[0]), NULL)) {
            st = map_fail(err, path, ln, "QID '%s' listed twice", fld[0]);
            break;
        }
        if (m->n == m->cap) {
            size_t nc = m->cap ? m->cap * 2 : 64;
            wd_pos *v = realloc(m->v, nc * sizeof *v);
            if (!v) { st = WARTA_ENOMEM; break; }
            m->v = v; m->cap = nc;
        }
        snprintf(m->v[m->n].country, sizeof m->v[m->n].country, "%s", fld[1]);
        snprintf(m->v[m->n].role, sizeof m->v[m->n].role, "%s", fld[2]);
        if (strmap_put(&m->idx, fld[0], strlen(fld[0]), (uint32_t)m->n) < 0) { st = WARTA_ENOMEM; break; }
        m->n++;
    }
    if (st == WARTA_OK && ferror(f)) {
        if (err) fprintf(err, "%s: cannot read the position mapping\n", path);
        st = WARTA_EIO;
    }
    free(line);
    fclose(f);
    return st;
}

/* ---- reading one entity --------------------------------------------------- */

static const char *str_of(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The item a value snak names ("Q5"), into out; NULL when it names none.
 * Old dumps give only "numeric-id". */
static const char *snak_item(const cJSON *snak, char out[24])
{
    const char *t = str_of(snak, "snaktype");
    if (!t || strcmp(t, "value") != 0) return NULL;
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(snak, "datavalue"), "value");
    const char *id = str_of(v, "id");
    if (id) { snprintf(out, 24, "%s", id); return out; }
    const cJSON *num = cJSON_GetObjectItemCaseSensitive(v, "numeric-id");
    if (cJSON_IsNumber(num) && num->valuedouble >= 1 && num->valuedouble < 1e15) {
        snprintf(out, 24, "Q%.0f", num->valuedouble);
        return out;
    }
    return NULL;
}

static int deprecated(const cJSON *stmt)
{
    const char *r = str_of(stmt, "rank");
    return r && strcmp(r, "deprecated") == 0;
}

static int is_human(const cJSON *claims)
{
    const cJSON *st;
    cJSON_ArrayForEach(st, cJSON_GetObjectItemCaseSensitive(claims, "P31")) {
        char q[24];
        if (!deprecated(st) && snak_item(cJSON_GetObjectItemCaseSensitive(st, "mainsnak"), q) && !strcmp(q, "Q5"))
            return 1;
    }
    return 0;
}

static int mdays(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

/* A time value at the precision it has: out gets YYYY, YYYY-MM or
 * YYYY-MM-DD; *first and *last the first and last day it covers
 * (yyyymmdd).  Returns NULL, or why it cannot be used. */
static const char *time_of(const cJSON *snak, char out[11], int32_t *first, int32_t *last)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(snak, "datavalue"), "value");
    const char *t = str_of(v, "time");
    const cJSON *prec = cJSON_GetObjectItemCaseSensitive(v, "precision");
    const char *cal = str_of(v, "calendarmodel");
    if (!t || !cJSON_IsNumber(prec)) return "not a time value";
    if (cal && strstr(cal, "Q1985786")) return "a Julian calendar date";
    if (t[0] == '-') return "a date before the common era";
    int y = 0, m = 0, d = 0, p = prec->valueint;
    if (sscanf(t, "+%d-%d-%dT", &y, &m, &d) != 3) return "not a time value";
    if (p < 9) return "a precision coarser than a year";
    if (y < 1000 || y > 9999) return "a year Warta cannot read";
    if (p == 9) {
        snprintf(out, 11, "%04u", (unsigned)y % 10000u);
        *first = y * 10000 + 101;
        *last = y * 10000 + 1231;
        return NULL;
    }
    if (m < 1 || m > 12) return "a bad month";
    if (p == 10) {
        snprintf(out, 11, "%04u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u);
        *first = y * 10000 + m * 100 + 1;
        *last = y * 10000 + m * 100 + mdays(y, m);
        return NULL;
    }
    if (d < 1 || d > mdays(y, m)) return "a bad day";
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
             (unsigned)d % 100u);   /* 11 and finer: the day */
    *first = *last = y * 10000 + m * 100 + d;
    return NULL;
}

typedef struct {
    imp_period p;
    char country[8];
    char pos[24];
    int32_t last;             /* last day of TO; 99991231 while it runs */
} wd_period;

typedef struct {
    imp_log log;
    const wd_map *map;
    FILE *out;
    size_t produced;
    int warned;               /* the current line has had a warning */
    long line;
    const char *id;
    wd_period *v;
    size_t n, cap;
    buf names;
} wctx;

static void warn(wctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void warn(wctx *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (c->log.err) {
        if (c->id) fprintf(c->log.err, "%s:%ld: %s: ", c->log.name, c->line, c->id);
        else fprintf(c->log.err, "%s:%ld: ", c->log.name, c->line);
        vfprintf(c->log.err, fmt, ap);
        fputc('\n', c->log.err);
    }
    va_end(ap);
    c->warned = 1;
}

/* The first value snak of a qualifier; *other notes "somevalue"/"novalue". */
static const cJSON *qualifier(const cJSON *stmt, const char *prop, const char **other)
{
    const cJSON *s;
    *other = NULL;
    cJSON_ArrayForEach(s, cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(stmt, "qualifiers"), prop)) {
        const char *t = str_of(s, "snaktype");
        if (t && !strcmp(t, "value")) return s;
        if (t && !*other) *other = t;
    }
    return NULL;
}

/* One P39 statement: a period, or nothing (unmapped, or reported). */
static int position(wctx *c, const cJSON *stmt)
{
    char q[24];
    uint32_t k;
    if (deprecated(stmt) || !snak_item(cJSON_GetObjectItemCaseSensitive(stmt, "mainsnak"), q)) return 0;
    if (!strmap_get(&c->map->idx, q, strlen(q), &k)) return 0;
    const wd_pos *pos = &c->map->v[k];
    wd_period w;
    memset(&w, 0, sizeof w);
    int32_t first, last, efirst;
    const char *other, *why;
    const cJSON *s = qualifier(stmt, "P580", &other);
    if (!s) {
        warn(c, "position %s skipped: %s", q, other && !strcmp(other, "somevalue") ? "its start time is unknown"
                                                                                   : "no start time (P580)");
        return 0;
    }
    if ((why = time_of(s, w.p.from, &first, &last))) {
        warn(c, "position %s skipped: its start time is %s", q, why);
        return 0;
    }
    w.p.sort = first;
    w.last = 99991231;
    s = qualifier(stmt, "P582", &other);
    if (s) {
        if ((why = time_of(s, w.p.to, &efirst, &w.last))) {
            warn(c, "position %s skipped: its end time is %s", q, why);
            return 0;
        }
        if (w.last < first) {
            warn(c, "position %s skipped: it ends (%s) before it begins (%s)", q, w.p.to, w.p.from);
            return 0;
        }
    } else if (other && !strcmp(other, "somevalue")) {
        warn(c, "position %s skipped: it has ended, at a time unknown", q);
        return 0;
    }
    memcpy(w.p.role, pos->role, sizeof w.p.role);
    memcpy(w.country, pos->country, sizeof w.country);
    memcpy(w.pos, q, sizeof w.pos);
    if (c->n == c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 8;
        wd_period *v = realloc(c->v, nc * sizeof *v);
        if (!v) return -1;
        c->v = v; c->cap = nc;
    }
    c->v[c->n++] = w;
    return 0;
}

static void add_names(wctx *c, const cJSON *ent)
{
    static const char *const LANGS[] = {"en", "id", "mul"};
    const cJSON *labels = cJSON_GetObjectItemCaseSensitive(ent, "labels");
    const cJSON *aliases = cJSON_GetObjectItemCaseSensitive(ent, "aliases");
    for (int pass = 0; pass < 2; pass++)
        for (size_t l = 0; l < sizeof LANGS / sizeof *LANGS; l++) {
            const cJSON *one = NULL, *list = NULL;
            if (pass == 0) one = cJSON_GetObjectItemCaseSensitive(labels, LANGS[l]);
            else list = cJSON_GetObjectItemCaseSensitive(aliases, LANGS[l]);
            const cJSON *it = one;
            if (list) it = list->child;
            for (; it; it = list ? it->next : NULL) {
                const char *v = str_of(it, "value");
                if (v) {
                    size_t n = strlen(v);
                    while (n && v[n - 1] == ' ') n--;
                    while (n && *v == ' ') v++, n--;
                    const char *fault = imp_term_fault(v, n);
                    const char *more;
                    int ql = imp_clip(v, n, 60, &more);
                    if (fault) warn(c, "name '%.*s%s' skipped: %s", ql, v, more, fault);
                    else imp_names_add(&c->names, v, n);
                }
                if (!list) break;
            }
        }
}

static int by_start(const void *a, const void *b)
{
    const wd_period *x = a, *y = b;
    return (x->p.sort > y->p.sort) - (x->p.sort < y->p.sort);
}

/* One entity; returns -1 when out of memory. */
static int entity(wctx *c, const cJSON *ent)
{
    const char *type = str_of(ent, "type");
    if (type && strcmp(type, "item") != 0) return 0;      /* properties, lexemes */
    c->id = str_of(ent, "id");
    if (!c->id) { warn(c, "skipped: no \"id\""); return 0; }
    const cJSON *claims = cJSON_GetObjectItemCaseSensitive(ent, "claims");
    if (!is_human(claims)) return 0;
    c->n = 0;
    const cJSON *st;
    cJSON_ArrayForEach(st, cJSON_GetObjectItemCaseSensitive(claims, "P39"))
        if (position(c, st) < 0) return -1;
    if (c->n == 0) return 0;

    /* one country: that of the position begun last */
    size_t latest = 0;
    for (size_t i = 1; i < c->n; i++)
        if (c->v[i].p.sort > c->v[latest].p.sort) latest = i;
    char country[8];
    memcpy(country, c->v[latest].country, sizeof country);
    size_t n = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (strcmp(c->v[i].country, country) != 0) {
            warn(c, "position %s (%s) skipped: a Warta person has one country, here %s", c->v[i].pos,
                 c->v[i].country, country);
            continue;
        }
        c->v[n++] = c->v[i];
    }
    /* in date order, so that in Warta the later office wins an overlap;
     * terms of one role that overlap (re-elections) become one */
    qsort(c->v, n, sizeof *c->v, by_start);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        wd_period *prev = m ? &c->v[m - 1] : NULL;
        if (prev && !strcmp(prev->p.role, c->v[i].p.role) && c->v[i].p.sort <= prev->last) {
            if (c->v[i].last > prev->last) {
                prev->last = c->v[i].last;
                memcpy(prev->p.to, c->v[i].p.to, sizeof prev->p.to);
            }
            continue;
        }
        c->v[m++] = c->v[i];
    }

    buf_clear(&c->names);
    add_names(c, ent);
    if (c->names.len == 0) { warn(c, "skipped: no name in en, id or mul"); return 0; }
    imp_period *per = malloc(m * sizeof *per);
    if (!per) return -1;
    for (size_t i = 0; i < m; i++) per[i] = c->v[i].p;
    c->produced++;
    if (c->out) {
        imp_write_people(c->out, country, &c->names, per, m);
        c->log.converted++;
    }
    free(per);
    return 0;
}

warta_status warta_import_wikidata(FILE *in, const char *name, const char *positions_path,
                                   FILE *people_out, FILE *err, size_t *converted, size_t *skipped)
{
    if (converted) *converted = 0;
    if (skipped) *skipped = 0;
    if (!in || !positions_path) return WARTA_EINVAL;
    wd_map map;
    memset(&map, 0, sizeof map);
    strmap_init(&map.idx);
    wctx c;
    memset(&c, 0, sizeof c);
    c.log.name = name ? name : "(input)";
    c.log.err = err;
    c.map = &map;
    c.out = people_out;
    buf_init(&c.names);
    char *line = NULL;
    size_t cap = 0, content = 0, entities = 0;
    ssize_t len;
    warta_status st = map_load(&map, positions_path, err);
    if (st != WARTA_OK) goto done;
    while ((len = getline(&line, &cap, in)) >= 0) {
        c.line++;
        c.warned = 0;
        c.id = NULL;
        size_t n = (size_t)len;
        char *s = line;
        while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
        while (n && (*s == ' ' || *s == '\t')) s++, n--;
        if (n && s[n - 1] == ',') n--;          /* the dump's array: one entity a line */
        if (n == 0 || (n == 1 && (s[0] == '[' || s[0] == ']'))) continue;
        content++;
        const char *end = NULL;
        cJSON *ent = s[0] == '{' ? cJSON_ParseWithLengthOpts(s, n, &end, 0) : NULL;
        if (!ent) {
            size_t at = end && end >= s && end <= s + n ? (size_t)(end - s) : 0;
            warn(&c, "skipped: not a JSON object (byte %zu)", at + 1);
        } else {
            entities++;
            int rc = entity(&c, ent);
            cJSON_Delete(ent);
            if (rc < 0) { st = WARTA_ENOMEM; goto done; }
        }
        c.log.skipped += c.warned;
    }
    if (ferror(in)) st = WARTA_EIO;
    else if (people_out && ferror(people_out)) st = WARTA_EIO;
    else if (content && entities == 0) st = WARTA_EINPUT;
done:
    free(line);
    free(c.v);
    buf_free(&c.names);
    free(map.v);
    strmap_free(&map.idx);
    if (converted) *converted = c.log.converted;
    if (skipped) *skipped = c.log.skipped;
    return st;
}
