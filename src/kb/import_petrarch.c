/* import_petrarch.c — TABARI/PETRARCH actor dictionaries into Warta lines
 * (warta_import_petrarch, include/warta_import.h).
 *
 * Sits beside the loader: it writes the "people" and "actors" lines of
 * data/README.md that kb.c reads, for a user's dictionary layer.
 *
 * The format, as PETRARCH reads it (PETRreader.read_actor_dictionary and
 * PETRtree.NounPhrase.check_date, petrarch2) and the Phoenix dictionaries
 * of the Open Event Data Alliance write it:
 *
 *     HAMID_KARZAI_  # CountryInfo.txt      an entry: its first name
 *     +PRESIDENT_KARZAI_                    a synonym
 *         [AFGELI 750101-000101]            dated codes, one a line
 *         [AFGGOV >011222]
 *         [AFGELI]                          the undated default
 *     AFGHANISTAN_  [AFG]                   a code on the name line
 *
 * "_" joins the words of a name (a final one ends it); "#" comments to the
 * end of a line, <!-- ... --> anywhere.  A code is CAMEO's, three letters a
 * level: country, then role and sub-codes (AFGGOVAGR: Afghan government,
 * agriculture).  A date restriction is <D (before D), >D (from D on) or
 * D1-D2 (from D1, before D2), D being YYMMDD (years 00-30 are 20YY, the rest
 * 19YY: KEDS and TABARI's rule) or YYYYMMDD.  PETRARCH takes the first code
 * whose restriction holds on the sentence date.  The undated code is read
 * here as the default, for the dates no dated code holds, wherever it
 * stands: PETRARCH would stop at one listed before the dated codes, yet
 * its own test dictionary writes "SAM_GAMGEE [HOB]  # default but should
 * never hit this" above dated lines.
 *
 * Warta has one country a person, periods with a start, no dated actors,
 * and takes the last period that holds; what does not fit is reported with
 * NAME:LINE and left out (see the header for each rule).
 */
#include "import.h"
#include "../base/calendar.h"
#include <stdlib.h>
#include <utf8proc.h>

/* ---- calendar: day numbers (base/calendar.h) ---------------------------- */

static int32_t days_from_civil(int y, int m, int d) { return (int32_t)cal_days(y, m, d); }
static void civil_from_days(int32_t z, int *y, int *m, int *d) { cal_civil(z, y, m, d); }

#define DAY_MIN (days_from_civil(1000, 1, 1))
#define DAY_MAX INT32_MAX

static int mdays(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

/* YYMMDD or YYYYMMDD into a day number; 0 and *ok = 0 when malformed. */
static int32_t tabari_date(const char *s, size_t n, int *ok)
{
    *ok = 0;
    if (n != 6 && n != 8) return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    int v[4] = {0};
    for (size_t i = 0; i < n; i++) v[i / 2] = v[i / 2] * 10 + (s[i] - '0');
    int y, m, d;
    if (n == 6) {
        y = v[0] <= 30 ? 2000 + v[0] : 1900 + v[0];   /* KEDS/TABARI century rule */
        m = v[1]; d = v[2];
    } else {
        y = v[0] * 100 + v[1];
        m = v[2]; d = v[3];
    }
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > mdays(y, m)) return 0;
    *ok = 1;
    return days_from_civil(y, m, d);
}

static void day_str(int32_t day, int end, char out[11])
{
    if (end && day == DAY_MAX) { out[0] = '\0'; return; }
    if (!end && day <= DAY_MIN) { snprintf(out, 11, "1000"); return; }
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
}

/* ---- CAMEO codes into Warta's country and role ------------------------- */

/* CAMEO role codes and the nearest Warta role; NULL where there is none (a
 * party or a stance can be in government or against it). */
static const struct { const char *cameo, *warta; } ROLE_MAP[] = {
    {"GOV", "GOV"}, {"LEG", "LEG"}, {"JUD", "JUD"}, {"MIL", "MIL"}, {"COP", "COP"},
    {"OPP", "OPP"}, {"REB", "REB"}, {"CVL", "CVL"}, {"MED", "MED"}, {"BUS", "BUS"},
    {"ELI", "ELI"},
    {"SPY", "GOV"},                                  /* state intelligence: an agency */
    {"INS", "REB"}, {"SEP", "REB"}, {"UAF", "REB"},  /* insurgents, separatists, armed groups */
    {"CIV", "CVL"},                                  /* an older spelling of CVL */
    {"AGR", "CVL"}, {"DEV", "CVL"}, {"EDU", "CVL"},  /* sectors of society: */
    {"ENV", "CVL"}, {"HLH", "CVL"}, {"HRI", "CVL"},  /* Warta has no finer role */
    {"LAB", "CVL"}, {"REF", "CVL"}, {"REL", "CVL"}, {"NGO", "CVL"},
    {"PTY", NULL}, {"CRM", NULL}, {"RAD", NULL}, {"MOD", NULL},
};

/* First levels that are no country: transnational actors and CAMEO's
 * regions.  Warta's actors and people belong to a country or an IGO. */
static const char *const NONSTATE[] = {
    "NGO", "NGM", "MNC", "IMG", "INT", "UIS", "UAF",
    "AFR", "ASA", "BLK", "CAS", "CAU", "CRB", "EAF", "EEU", "EUR", "LAM", "MDT", "MEA",
    "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST", NULL};

enum { C_BAD, C_NONSTATE, C_ROLEONLY, C_STATE, C_IGO };

typedef struct {
    int kind;
    char country[8];      /* "AFG", "IGOUNO" */
    char role[4];         /* Warta role; "" when the code has none */
    char refused[4];      /* a CAMEO role with no Warta one ("PTY") */
    char qual[4];         /* the first level dropped as neither country nor role */
} wcode;

static int role_index(const char *g)
{
    for (size_t i = 0; i < sizeof ROLE_MAP / sizeof *ROLE_MAP; i++)
        if (strncmp(g, ROLE_MAP[i].cameo, 3) == 0) return (int)i;
    return -1;
}

static void decode(const char *code, wcode *w)
{
    memset(w, 0, sizeof *w);
    size_t n = strlen(code) / 3;
    if (strncmp(code, "IGO", 3) == 0) {
        if (n < 2) { w->kind = C_BAD; return; }
        w->kind = C_IGO;
        snprintf(w->country, sizeof w->country, "%.6s", code);
        memcpy(w->role, "IGO", 4);
        return;
    }
    for (int i = 0; NONSTATE[i]; i++)
        if (strncmp(code, NONSTATE[i], 3) == 0) { w->kind = C_NONSTATE; return; }
    int r = role_index(code);
    /* CIV and INS are also country codes (Côte d'Ivoire; Indonesia in old
     * TABARI files): first, they name the country */
    if (r >= 0 && strncmp(code, "CIV", 3) && strncmp(code, "INS", 3)) {
        w->kind = C_ROLEONLY;
        if (ROLE_MAP[r].warta) memcpy(w->role, ROLE_MAP[r].warta, 4);
        return;
    }
    w->kind = C_STATE;
    memcpy(w->country, code, 3);
    for (size_t i = 1; i < n; i++) {
        r = role_index(code + 3 * i);
        if (r < 0) {
            if (!w->qual[0]) memcpy(w->qual, code + 3 * i, 3);
            continue;
        }
        if (ROLE_MAP[r].warta) memcpy(w->role, ROLE_MAP[r].warta, 4);
        else memcpy(w->refused, ROLE_MAP[r].cameo, 4);
        return;
    }
}

/* ---- one entry: a name, its synonyms, its codes ------------------------- */

typedef struct {
    long line;
    int warned;
} eline;

typedef struct {
    char code[16];
    char spec[48];        /* as written inside the brackets, for messages */
    int dated;
    int32_t from, to;     /* day numbers, both inclusive */
    size_t li;            /* its line in the entry */
    wcode w;
} pcode;

/* Names and codes kept of one entry (the largest in Phoenix.Countries has
 * 217 lines): the work on an entry grows with the square of their number. */
#define MAX_ENTRY 2000

typedef struct {
    int open;
    buf names;
    eline *lines; size_t nl, capl;
    pcode *codes; size_t nc, capc;
} entry;

typedef struct {
    imp_log log;
    FILE *people, *actors;
    size_t produced;      /* Warta lines made, written or not */
    int write_error;
    int nomem;
    entry e;
} pctx;

/* v, or a larger copy of it, with room for element n; NULL when out of
 * memory (v is then still the caller's to free). */
static void *grow(void *v, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap) return v;
    size_t nc = *cap ? *cap * 2 : 16;
    void *p = realloc(v, nc * sz);
    if (p) *cap = nc;
    return p;
}

static void ewarn(pctx *c, size_t li, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void ewarn(pctx *c, size_t li, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    imp_vwarn(&c->log, c->e.lines[li].line, fmt, ap);
    va_end(ap);
    c->e.lines[li].warned = 1;
}

/* The entry yields nothing: one warning on its first line names them all. */
static void entry_fail(pctx *c, const char *why)
{
    entry *e = &c->e;
    const char *name = e->names.len ? e->names.p : "";
    const char *more;
    int ql = imp_clip(name, strcspn(name, "|"), 60, &more);
    if (e->nl > 1)
        imp_warn(&c->log, e->lines[0].line, "'%.*s%s' skipped with its lines up to %ld: %s", ql, name, more,
                 e->lines[e->nl - 1].line, why);
    else
        imp_warn(&c->log, e->lines[0].line, "'%.*s%s' skipped: %s", ql, name, more, why);
    for (size_t i = 0; i < e->nl; i++) e->lines[i].warned = 1;
}

static void emit_actor(pctx *c, const char *code)
{
    c->produced++;
    if (!c->actors) return;
    fprintf(c->actors, "%s\t%s\n", code, c->e.names.p);
    if (ferror(c->actors)) c->write_error = 1;
    c->log.converted++;
}

/* ---- periods: PETRARCH's first match becomes Warta's only match -------- */

typedef struct { int32_t from, to; char role[4]; } span;

typedef struct {
    span *v; size_t n, cap;
} spans;

static int spans_push(spans *s, int32_t from, int32_t to, const char *role)
{
    span *v = grow(s->v, &s->cap, s->n, sizeof *s->v);
    if (!v) return -1;
    s->v = v;
    s->v[s->n].from = from;
    s->v[s->n].to = to;
    snprintf(s->v[s->n].role, sizeof s->v[s->n].role, "%s", role);
    s->n++;
    return 0;
}

static int by_from(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return (x->from > y->from) - (x->from < y->from);
}

/* Adds the parts of [from, to] that no earlier code covers to out, then
 * marks [from, to] covered: where codes overlap, the earlier one wins. */
static int claim(spans *covered, spans *out, int32_t from, int32_t to, const char *role)
{
    int64_t at = from;                       /* covered is sorted and disjoint */
    for (size_t i = 0; i < covered->n && at <= to; i++) {
        const span *k = &covered->v[i];
        if (k->to < at) continue;
        if (k->from > to) break;
        if (k->from > at && spans_push(out, (int32_t)at, k->from - 1, role) < 0) return -1;
        at = (int64_t)k->to + 1;
    }
    if (at <= to && spans_push(out, (int32_t)at, to, role) < 0) return -1;
    if (spans_push(covered, from, to, "") < 0) return -1;
    qsort(covered->v, covered->n, sizeof *covered->v, by_from);
    size_t w = 0;
    for (size_t i = 0; i < covered->n; i++) {
        span *last = w ? &covered->v[w - 1] : NULL;
        if (last && (int64_t)last->to + 1 >= covered->v[i].from) {
            if (covered->v[i].to > last->to) last->to = covered->v[i].to;
        } else {
            covered->v[w++] = covered->v[i];
        }
    }
    covered->n = w;
    return 0;
}

/* A dated code that gives a person an office (not ELI) Warta can hold. */
static int is_office(const pcode *p)
{
    const wcode *w = &p->w;
    if (!p->dated || w->refused[0]) return 0;
    if (w->kind == C_IGO) return 1;
    return w->kind == C_STATE && w->role[0] && strcmp(w->role, "ELI") != 0;
}

static void flush_person(pctx *c, int dflt)
{
    entry *e = &c->e;
    /* the country: the default code's when an office was held there, else
     * the one most offices were held in (an ELI period is no office) */
    char country[8] = "";
    size_t best = 0;
    for (size_t i = 0; i < e->nc; i++) {
        const pcode *p = &e->codes[i];
        if (!is_office(p)) continue;
        size_t k = 0;
        for (size_t j = 0; j < e->nc; j++)
            k += is_office(&e->codes[j]) && !strcmp(e->codes[j].w.country, p->w.country);
        if (dflt >= 0 && !strcmp(p->w.country, e->codes[dflt].w.country)) k = SIZE_MAX;
        if (k > best) { best = k; memcpy(country, p->w.country, sizeof country); }
    }
    if (!country[0] && dflt >= 0 && (e->codes[dflt].w.kind == C_STATE || e->codes[dflt].w.kind == C_IGO))
        memcpy(country, e->codes[dflt].w.country, sizeof country);
    for (size_t i = 0; i < e->nc && !country[0]; i++)
        if (e->codes[i].dated && (e->codes[i].w.kind == C_STATE || e->codes[i].w.kind == C_IGO))
            memcpy(country, e->codes[i].w.country, sizeof country);
    int igo = strncmp(country, "IGO", 3) == 0;

    spans covered = {0}, out = {0};
    int had_eli = 0;
    for (size_t i = 0; i < e->nc; i++) {
        pcode *p = &e->codes[i];
        const wcode *w = &p->w;
        if (!p->dated) {
            if ((int)i != dflt) {
                ewarn(c, p->li, "'[%s]' skipped: only the first undated code (line %ld) is the default", p->spec,
                      e->lines[e->codes[dflt].li].line);
                continue;
            }
            int same = (w->kind == C_STATE || w->kind == C_IGO) && !strcmp(w->country, country);
            int eli = (w->kind == C_ROLEONLY || w->kind == C_STATE) && !strcmp(w->role, "ELI");
            if ((same && (eli || (w->kind == C_STATE && !w->role[0] && !w->refused[0]) || w->kind == C_IGO)) ||
                (w->kind == C_ROLEONLY && eli))
                continue;   /* Warta's own default: outside every period, COUNTRY ELI */
            ewarn(c, p->li, "default code '%s' skipped: outside its periods a Warta person is %s%s", p->code,
                  igo ? "" : country, igo ? country : "ELI");
            continue;
        }
        const char *role = w->role;
        if (w->kind == C_NONSTATE) {
            ewarn(c, p->li, "'%s' skipped: Warta codes people of a country or an IGO, not of '%.3s'", p->code,
                  p->code);
            continue;
        }
        if (w->kind == C_ROLEONLY || w->kind == C_BAD) {
            ewarn(c, p->li, "'%s' skipped: no country in the code", p->code);
            continue;
        }
        if (w->refused[0]) {
            ewarn(c, p->li, "'%s' skipped: role '%s' has no Warta equivalent", p->code, w->refused);
            continue;
        }
        if (strcmp(w->country, country) != 0) {
            ewarn(c, p->li, "'[%s]' skipped: a Warta person has one country, here %s", p->spec, country);
            continue;
        }
        if (!role[0]) {
            ewarn(c, p->li, "'%s' has no role: read as %sELI", p->code, country);
            role = "ELI";
        }
        if (!strcmp(role, "ELI")) had_eli = 1;
        if (claim(&covered, &out, p->from, p->to, role) < 0) { c->nomem = 1; goto done; }
    }

    /* ELI periods are Warta's default already; what is left, in date order */
    size_t n = 0;
    for (size_t i = 0; i < out.n; i++)
        if (strcmp(out.v[i].role, "ELI") != 0) out.v[n++] = out.v[i];
    out.n = n;
    if (out.n) qsort(out.v, out.n, sizeof *out.v, by_from);
    n = 0;
    for (size_t i = 0; i < out.n; i++) {
        if (n && !strcmp(out.v[n - 1].role, out.v[i].role) && out.v[n - 1].to != DAY_MAX &&
            out.v[n - 1].to + 1 == out.v[i].from) {
            out.v[n - 1].to = out.v[i].to;
            continue;
        }
        out.v[n++] = out.v[i];
    }
    out.n = n;

    if (out.n == 0) {
        if (had_eli) {   /* an elite, and nothing more: an ELI actor */
            char code[12];
            snprintf(code, sizeof code, "%s%s", country, igo ? "" : "ELI");
            emit_actor(c, code);
        } else {
            entry_fail(c, "no period left to convert");
        }
        goto done;
    }
    imp_period *per = calloc(out.n, sizeof *per);
    if (!per) { c->nomem = 1; goto done; }
    for (size_t i = 0; i < out.n; i++) {
        memcpy(per[i].role, out.v[i].role, 4);
        day_str(out.v[i].from, 0, per[i].from);
        day_str(out.v[i].to, 1, per[i].to);
    }
    c->produced++;
    if (c->people) {
        if (imp_write_people(c->people, country, &e->names, per, out.n) < 0) c->write_error = 1;
        c->log.converted++;
    }
    free(per);
done:
    free(covered.v);
    free(out.v);
}

static void flush_actor(pctx *c, int dflt)
{
    entry *e = &c->e;
    /* the code from the last date on: an open-ended dated one, else the default */
    int cur = -1;
    for (size_t i = 0; i < e->nc && cur < 0; i++)
        if (e->codes[i].dated && e->codes[i].to == DAY_MAX) cur = (int)i;
    if (cur < 0) cur = dflt;
    if (cur < 0) {
        entry_fail(c, "Warta actors have no periods, and none of its codes runs to the present");
        return;
    }
    for (size_t i = 0; i < e->nc; i++)
        if ((int)i != cur)
            ewarn(c, e->codes[i].li, "'[%s]' skipped: a Warta actor has one code and no periods; '%s' (line %ld) "
                  "is used", e->codes[i].spec, e->codes[cur].code, e->lines[e->codes[cur].li].line);
    const pcode *p = &e->codes[cur];
    const wcode *w = &p->w;
    char code[12], why[96];
    switch (w->kind) {
    case C_IGO:
        snprintf(code, sizeof code, "%s", w->country);
        break;
    case C_STATE:
        if (w->refused[0]) {
            snprintf(why, sizeof why, "role '%s' of '%s' has no Warta equivalent", w->refused, p->code);
            entry_fail(c, why);
            return;
        }
        if (!w->role[0] && w->qual[0]) {
            snprintf(why, sizeof why, "'%s' of '%s' is no role Warta knows", w->qual, p->code);
            entry_fail(c, why);
            return;
        }
        snprintf(code, sizeof code, "%s%s", w->country, w->role);
        break;
    case C_NONSTATE:
        snprintf(why, sizeof why, "'%s' is not the code of a country or an IGO", p->code);
        entry_fail(c, why);
        return;
    default:
        snprintf(why, sizeof why, "'%s' names no country", p->code);
        entry_fail(c, why);
        return;
    }
    emit_actor(c, code);
}

/* Ends the entry being read; name_follows: the next line is a name. */
static void flush(pctx *c, int name_follows)
{
    entry *e = &c->e;
    if (!e->open) return;
    if (e->names.len == 0) entry_fail(c, "no usable name");
    else if (e->nc == 0)   /* PETRARCH gives such a name no code either */
        entry_fail(c, e->nl == 1 && name_follows ? "no code (a synonym of the next name would start with '+')"
                                                 : "no code");
    else {
        int dflt = -1, person = 0;
        for (size_t i = 0; i < e->nc; i++) {
            pcode *p = &e->codes[i];
            decode(p->code, &p->w);
            if (!p->dated && dflt < 0) dflt = (int)i;
            if (p->dated && !p->w.refused[0] &&
                (p->w.kind == C_IGO || (p->w.kind == C_STATE && p->w.role[0])))
                person = 1;
        }
        if (person) flush_person(c, dflt);
        else flush_actor(c, dflt);
    }
    for (size_t i = 0; i < e->nl; i++) c->log.skipped += e->lines[i].warned;
    e->open = 0;
    e->nl = e->nc = 0;
    buf_clear(&e->names);
}

/* ---- reading lines ------------------------------------------------------- */

/* A name as Warta writes it (see the header): into out, or why not. */
static const char *convert_name(const char *s, size_t n, buf *out)
{
    buf_clear(out);
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '_' || ch == ' ' || ch == '\t') {
            if (out->len && out->p[out->len - 1] != ' ') buf_putc(out, ' ');
            continue;
        }
        buf_putc(out, ch);
    }
    while (out->len && out->p[out->len - 1] == ' ') out->p[--out->len] = '\0';
    const char *fault = imp_term_fault(out->p ? out->p : "", out->len);
    if (fault) return fault;
    /* all capitals (TABARI's convention, not the name's): recase */
    int cased = 0, lower = 0;
    for (utf8proc_ssize_t i = 0; i < (utf8proc_ssize_t)out->len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)out->p + i, (utf8proc_ssize_t)out->len - i, &cp);
        if (l <= 0) return "not UTF-8";
        if (utf8proc_tolower(cp) != cp) cased = 1;
        if (utf8proc_toupper(cp) != cp) lower = 1;
        i += l;
    }
    if (!cased || lower) return NULL;
    buf tmp;
    buf_init(&tmp);
    int inword = 0;
    for (utf8proc_ssize_t i = 0; i < (utf8proc_ssize_t)out->len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)out->p + i, (utf8proc_ssize_t)out->len - i, &cp);
        utf8proc_category_t cat = utf8proc_category(cp);
        int letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
        utf8proc_int32_t o = letter && inword ? utf8proc_tolower(cp) : cp;
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t el = utf8proc_encode_char(o, enc);
        buf_put(&tmp, (const char *)enc, (size_t)el);
        /* an apostrophe stays inside the word: O'neill, People's */
        inword = letter || (cat == UTF8PROC_CATEGORY_ND) || cp == '\'' || cp == 0x2019;
        i += l;
    }
    buf_clear(out);
    buf_put(out, tmp.p, tmp.len);
    buf_free(&tmp);
    return NULL;
}

static int add_line(pctx *c, long ln, size_t *li)
{
    entry *e = &c->e;
    eline *v = grow(e->lines, &e->capl, e->nl, sizeof *e->lines);
    if (!v) return -1;
    e->lines = v;
    e->lines[e->nl].line = ln;
    e->lines[e->nl].warned = 0;
    *li = e->nl++;
    return 0;
}

/* One "[...]" of the current entry's line li. */
static int add_code(pctx *c, size_t li, const char *s, size_t n)
{
    entry *e = &c->e;
    if (e->nc >= MAX_ENTRY) {
        ewarn(c, li, "code skipped: more than %d codes in one entry", MAX_ENTRY);
        return 0;
    }
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    char spec[48];
    const char *more;
    int ql = imp_clip(s, n, 40, &more);
    snprintf(spec, sizeof spec, "%.*s%s", ql, s, more);
    size_t cl = 0;
    while (cl < n && s[cl] != ' ' && s[cl] != '\t') cl++;
    int ok = cl >= 3 && cl <= 15 && cl % 3 == 0;
    for (size_t i = 0; ok && i < cl; i++) ok = s[i] >= 'A' && s[i] <= 'Z';
    if (!ok) {
        ewarn(c, li, "'[%s]' skipped: a code is 3 to 15 capitals, three a level", spec);
        return 0;
    }
    /* the restriction, spaces removed ("> 990816", "19950601 - 19990815") */
    char d[40];
    size_t dn = 0;
    for (size_t i = cl; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t') {
            if (dn + 1 >= sizeof d) { dn = sizeof d; break; }
            d[dn++] = s[i];
        }
    pcode p;
    memset(&p, 0, sizeof p);
    memcpy(p.code, s, cl);
    memcpy(p.spec, spec, sizeof p.spec);
    p.li = li;
    if (dn) {
        int ok1 = 0, ok2 = 0;
        if (dn < sizeof d && (d[0] == '<' || d[0] == '>')) {
            int32_t day = tabari_date(d + 1, dn - 1, &ok1);
            ok2 = 1;
            if (d[0] == '<') { p.from = DAY_MIN; p.to = day - 1; }   /* before D */
            else { p.from = day; p.to = DAY_MAX; }                   /* D on */
        } else if (dn < sizeof d) {
            const char *dash = memchr(d, '-', dn);
            if (dash) {
                size_t l1 = (size_t)(dash - d);
                p.from = tabari_date(d, l1, &ok1);
                p.to = tabari_date(dash + 1, dn - l1 - 1, &ok2);
                /* PETRARCH: D1 <= date < D2.  D1-D1, which it never
                 * matches, is meant as that one day (an acting office) */
                if (p.to != p.from) p.to--;
            }
        }
        if (!ok1 || !ok2) {
            ewarn(c, li, "'[%s]' skipped: a date restriction is <D, >D or D1-D2, D as YYMMDD or YYYYMMDD", spec);
            return 0;
        }
        if (p.to < p.from || p.from < DAY_MIN) {
            ewarn(c, li, "'[%s]' skipped: the period ends before it begins", spec);
            return 0;
        }
        p.dated = 1;
    }
    pcode *v = grow(e->codes, &e->capc, e->nc, sizeof *e->codes);
    if (!v) return -1;
    e->codes = v;
    e->codes[e->nc++] = p;
    return 0;
}

/* A content line: s[0..n), comments gone, trimmed. */
static int do_line(pctx *c, long ln, const char *s, size_t n, buf *tmp)
{
    entry *e = &c->e;
    int kind = s[0] == '[' ? '[' : s[0] == '+' ? '+' : 'n';
    if (kind == 'n') {
        flush(c, 1);
        e->open = 1;
    } else if (!e->open) {
        imp_warn(&c->log, ln, "%s skipped: no name line before it", kind == '+' ? "synonym" : "code");
        c->log.skipped++;
        return 0;
    }
    size_t li;
    if (add_line(c, ln, &li) < 0) return -1;
    size_t start = kind == '+' ? 1 : 0;
    const char *br = memchr(s, '[', n);
    size_t nameend = br ? (size_t)(br - s) : n;
    if (kind != '[') {
        const char *fault = convert_name(s + start, nameend - start, tmp);
        const char *more;
        int ql = imp_clip(s + start, nameend - start, 60, &more);
        if (fault) ewarn(c, li, "name '%.*s%s' skipped: %s", ql, s + start, more, fault);
        else if (e->nl > MAX_ENTRY) ewarn(c, li, "name skipped: more than %d lines in one entry", MAX_ENTRY);
        else imp_names_add(&e->names, tmp->p, tmp->len);
    }
    /* the codes, and nothing else, after the name */
    size_t i = nameend;
    while (i < n) {
        if (s[i] == ' ' || s[i] == '\t') { i++; continue; }
        if (s[i] != '[') {
            size_t j = i;
            while (j < n && s[j] != '[') j++;
            const char *more;
            int ql = imp_clip(s + i, j - i, 60, &more);
            ewarn(c, li, "'%.*s%s' skipped: only codes in brackets follow a name", ql, s + i, more);
            i = j;
            continue;
        }
        const char *close = memchr(s + i, ']', n - i);
        if (!close) {
            const char *more;
            int ql = imp_clip(s + i, n - i, 60, &more);
            ewarn(c, li, "'%.*s%s' skipped: no ']'", ql, s + i, more);
            break;
        }
        if (add_code(c, li, s + i + 1, (size_t)(close - s - i - 1)) < 0) return -1;
        i = (size_t)(close - s) + 1;
    }
    return 0;
}

warta_status warta_import_petrarch(FILE *in, const char *name, FILE *people_out, FILE *actors_out,
                                   FILE *err, size_t *converted, size_t *skipped)
{
    if (converted) *converted = 0;
    if (skipped) *skipped = 0;
    if (!in) return WARTA_EINVAL;
    pctx c;
    memset(&c, 0, sizeof c);
    c.log.name = name ? name : "(input)";
    c.log.err = err;
    c.people = people_out;
    c.actors = actors_out;
    buf_init(&c.e.names);
    buf tmp;
    buf_init(&tmp);
    char *line = NULL;
    size_t cap = 0, content = 0;
    ssize_t len;
    long ln = 0;
    int in_comment = 0;
    warta_status st = WARTA_OK;
    while ((len = getline(&line, &cap, in)) >= 0) {
        ln++;
        if (memchr(line, '\0', (size_t)len)) {
            imp_warn(&c.log, ln, "line skipped: a NUL byte");
            c.log.skipped++;
            content++;
            continue;
        }
        char *s = line;
        /* <!-- ... --> may span lines; "<!" opening a line makes it a comment */
        if (in_comment) {
            char *end = strstr(s, "-->");
            if (!end) continue;
            in_comment = 0;
            s = end + 3;
        }
        while (*s == ' ' || *s == '\t') s++;
        if (s[0] == '<' && s[1] == '!' && strncmp(s, "<!--", 4) != 0) continue;
        for (char *open; (open = strstr(s, "<!--"));) {
            char *end = strstr(open + 4, "-->");
            if (!end) { in_comment = 1; *open = '\0'; break; }
            memset(open, ' ', (size_t)(end + 3 - open));
        }
        size_t n = strcspn(s, "#");
        while (n && (*s == ' ' || *s == '\t' || *s == '\r')) s++, n--;
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) n--;
        if (!n) continue;
        content++;
        if (do_line(&c, ln, s, n, &tmp) < 0 || c.nomem) { st = WARTA_ENOMEM; goto done; }
    }
    flush(&c, 0);
    if (c.nomem) st = WARTA_ENOMEM;
    else if (ferror(in)) st = WARTA_EIO;
    else if (c.write_error) st = WARTA_EIO;
    else if (content && c.produced == 0) st = WARTA_EINPUT;
done:
    free(line);
    buf_free(&tmp);
    buf_free(&c.e.names);
    free(c.e.lines);
    free(c.e.codes);
    if (converted) *converted = c.log.converted;
    if (skipped) *skipped = c.log.skipped;
    return st;
}
