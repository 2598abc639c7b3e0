/* kb.c — reading and compiling the dictionaries (see kb.h, data/README.md).
 *
 * The registry names every file with its kind and language; files are read
 * in a fixed order of kinds so that what a later kind needs is there: the
 * CAMEO table before verbs (codes are checked), the root lexicon and the
 * irregular forms before verbs (patterns are lemmatized like text).  A fault
 * stops loading with "path:line: what"; nothing is half-loaded.
 */
#include "kb.h"
#include "../text/token.h"
#include "../text/utf8.h"
#include "../base/calendar.h"
#include "../text/morph/id.h"
#include "../text/morph/en.h"
#include <libstemmer.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXLINE 8192

typedef struct {
    warta_kb *kb;
    void *user_data;       /* the line function's own state */
    int user;              /* loading the user's layer */
    const char *path;      /* as shown in messages */
    const char *label;     /* relative to the data dir */
    int line;
    char *msg;
    size_t msglen;
} ctx;

static int fail(ctx *c, const char *fmt, ...)
{
    if (c->msg && c->msglen) {
        int n = c->line ? snprintf(c->msg, c->msglen, "%s:%d: ", c->path, c->line)
                        : snprintf(c->msg, c->msglen, "%s: ", c->path);
        if (n >= 0 && (size_t)n < c->msglen) {
            va_list ap;
            va_start(ap, fmt);
            vsnprintf(c->msg + n, c->msglen - (size_t)n, fmt, ap);
            va_end(ap);
        }
    }
    return WARTA_EDATA;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    if (!p) { fclose(f); return NULL; }
    for (;;) {
        if (n + 4096 > cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) { free(p); fclose(f); return NULL; }
            p = q;
        }
        size_t r = fread(p + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0) break;
    }
    fclose(f);
    p[n] = '\0';
    *len = n;
    return p;
}

int kb_lang_index(const char *s)
{
    if (!s) return -1;
    if (strcmp(s, "id") == 0) return LANG_ID;
    if (strcmp(s, "en") == 0) return LANG_EN;
    return -1;
}

static int mdays(int y, int m) { return cal_month_days(y, m); }

int32_t kb_parse_date(const char *s, size_t n, int end)
{
    int y = 0, m = 0, d = 0;
    if (n != 4 && n != 7 && n != 10) return -1;
    for (size_t i = 0; i < n; i++) {
        if (i == 4 || i == 7) { if (s[i] != '-') return -1; continue; }
        if (!isdigit((unsigned char)s[i])) return -1;
    }
    y = atoi(s);
    if (n >= 7) m = (s[5] - '0') * 10 + (s[6] - '0');
    if (n == 10) d = (s[8] - '0') * 10 + (s[9] - '0');
    if (y < 1000) return -1;
    if (n >= 7 && (m < 1 || m > 12)) return -1;
    if (n == 10 && (d < 1 || d > mdays(y, m))) return -1;
    if (n == 4) { m = end ? 12 : 1; }
    if (n <= 7) d = end ? mdays(y, m) : 1;
    return y * 10000 + m * 100 + d;
}

size_t kb_lemma(const warta_kb *kb, int lang, struct sb_stemmer *stem,
                const char *w, size_t n, char *out, size_t cap, uint8_t *morph)
{
    *morph = 0;
    if (lang == LANG_ID) return morph_id_lemma(&kb->lexicon_id, w, n, out, cap, morph);
    return morph_en_lemma(stem, &kb->irregular, kb->irr_base, w, n, out, cap);
}

const kb_cameo *kb_cameo_get(const warta_kb *kb, const char *code)
{
    uint32_t i;
    if (!strmap_get(&kb->cameo_idx, code, strlen(code), &i)) return NULL;
    return &kb->cameo[i];
}

void kb_person_code_range(const warta_kb *kb, uint32_t person, int32_t from, int32_t to, char out[8])
{
    const kb_person *p = &kb->people[person];
    const kb_period *best = NULL;
    for (uint32_t i = 0; i < p->n; i++) {
        const kb_period *q = &kb->periods[p->first + i];
        if (q->from <= to && from <= q->to && (!best || q->from >= best->from)) best = q;
    }
    if (strncmp(p->country, "IGO", 3) == 0) snprintf(out, 8, "%s", p->country);
    else if (best) snprintf(out, 8, "%.3s%s", p->country, strcmp(best->role, "IGO") ? best->role : "");
    else snprintf(out, 8, "%.3sELI", p->country);
}

void kb_person_code(const warta_kb *kb, uint32_t person, int32_t date, char out[8])
{
    const kb_person *p = &kb->people[person];
    const kb_period *best = NULL;
    for (uint32_t i = 0; i < p->n; i++) {
        const kb_period *q = &kb->periods[p->first + i];
        if (date >= q->from && date <= q->to) { best = q; }
    }
    if (best) {
        if (strcmp(best->role, "IGO") == 0) snprintf(out, 8, "%s", p->country);
        else snprintf(out, 8, "%.3s%s", p->country, best->role);
        return;
    }
    snprintf(out, 8, "%.3sELI", p->country);
    if (strncmp(p->country, "IGO", 3) == 0) snprintf(out, 8, "%s", p->country);
}

/* ---- growing arrays ---------------------------------------------------- */

static void *grow(void *v, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap) return v;
    size_t nc = *cap ? *cap * 2 : 256;
    void *p = realloc(v, nc * sz);
    if (!p) return NULL;
    *cap = nc;
    return p;
}
#define GROW(arr, n, cap) ((arr) = grow((arr), &(cap), (n), sizeof *(arr)))

static const char *label(ctx *c)
{
    char tmp[512];
    int n = snprintf(tmp, sizeof tmp, "%s:%d", c->label, c->line);
    return arena_strndup(&c->kb->mem, tmp, (size_t)(n < 0 ? 0 : n));
}

static int new_entry(ctx *c, int kind, const char *code, uint32_t *idx)
{
    warta_kb *kb = c->kb;
    if (!GROW(kb->ent, kb->nent, kb->capent)) return WARTA_ENOMEM;
    kb_entry *e = &kb->ent[kb->nent];
    memset(e, 0, sizeof *e);
    e->kind = (uint8_t)kind;
    e->user = (uint8_t)c->user;
    if (code) snprintf(e->code, sizeof e->code, "%s", code);
    e->src = label(c);
    *idx = (uint32_t)kb->nent++;
    return WARTA_OK;
}

/* ---- terms into the names trie ----------------------------------------- */

/* Key of the first token of a name: a capitalized dictionary term matches
 * only capitalized text ("Turkey", not "turkey"); a short all-capitals term
 * only all-capitals text ("US", not "us"). */
static size_t first_key(const token *t, char *key, size_t cap)
{
    size_t n = t->flen;
    if (n + 2 > cap) n = cap - 2;
    size_t o = 0;
    if (t->cap == 2 && t->len <= 5) key[o++] = '\x02';
    else if (t->cap) key[o++] = '\x01';
    memcpy(key + o, t->fold, n);
    key[o + n] = '\0';
    return o + n;
}

static int add_term(ctx *c, int lang, const char *term, size_t n, uint32_t entry)
{
    arena tmp;
    arena_init(&tmp);
    token_list tl;
    int rc = WARTA_OK;
    if (tokenize(&tmp, term, n, &tl) < 0) { rc = WARTA_ENOMEM; goto done; }
    if (tl.n == 0) { rc = fail(c, "empty term"); goto done; }
    trie *t = &c->kb->names[lang];
    uint32_t node = 0;
    for (size_t i = 0; i < tl.n; i++) {
        char key[256];
        size_t kl;
        if (i == 0) kl = first_key(&tl.v[i], key, sizeof key);
        else { kl = tl.v[i].flen < 255 ? tl.v[i].flen : 255; memcpy(key, tl.v[i].fold, kl); }
        node = trie_add_edge(t, node, key, kl);
        if (!node) { rc = WARTA_ENOMEM; goto done; }
    }
    const char *copy = arena_strndup(&c->kb->mem, term, n);
    if (!copy || trie_add_payload(t, node, entry, copy) < 0) rc = WARTA_ENOMEM;
done:
    arena_free(&tmp);
    return rc;
}

static int add_terms(ctx *c, int lang, char *field, uint32_t entry)
{
    char *next = field;
    while (next) {
        char *tok = next;
        char *bar = strchr(tok, '|');
        if (bar) { *bar = '\0'; next = bar + 1; } else next = NULL;
        while (*tok == ' ') tok++;
        size_t n = strlen(tok);
        while (n && tok[n - 1] == ' ') n--;
        if (!n) return fail(c, "empty term between '|'");
        for (int l = 0; l < NLANG; l++) {
            if (lang >= 0 && l != lang) continue;
            int rc = add_term(c, l, tok, n, entry);
            if (rc) return rc;
        }
    }
    return WARTA_OK;
}

/* ---- field checks ------------------------------------------------------ */

static int is_upper3(const char *s) { return isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]) && isupper((unsigned char)s[2]); }

static const char *ROLES[] = {"GOV", "LEG", "JUD", "MIL", "COP", "OPP", "REB", "CVL", "MED", "BUS",
                              "ELI", "IGO", "SPY", "EDU", "HLH", "REL", "LAB", "AGR", "NGO", "UAF", NULL};

static int valid_role(const char *s)
{
    for (int i = 0; ROLES[i]; i++) if (strcmp(s, ROLES[i]) == 0) return 1;
    return 0;
}

static int valid_actor(const char *s)
{
    size_t n = strlen(s);
    if (n != 3 && n != 6) return 0;
    if (!is_upper3(s)) return 0;
    if (n == 6) return is_upper3(s + 3) && (strncmp(s, "IGO", 3) == 0 || valid_role(s + 3));
    return strncmp(s, "IGO", 3) != 0;
}

/* ---- one line at a time -------------------------------------------------- */

typedef int (*line_fn)(ctx *c, int lang, char **f, int nf);

static int split_tabs(char *s, char **f, int max)
{
    int n = 0;
    f[n++] = s;
    for (char *p = s; *p && n < max; p++)
        if (*p == '\t') { *p = '\0'; f[n++] = p + 1; }
    for (int i = 0; i < n; i++) {            /* trim spaces at both ends */
        while (*f[i] == ' ') f[i]++;
        size_t l = strlen(f[i]);
        while (l && (f[i][l - 1] == ' ' || f[i][l - 1] == '\r')) f[i][--l] = '\0';
    }
    return n;
}

static int each_line(ctx *c, const char *path, int lang, int nfields, line_fn fn)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) { c->line = 0; return fail(c, "cannot read file"), WARTA_EIO; }
    int rc = WARTA_OK;
    char *p = text;
    c->line = 0;
    while (*p && rc == WARTA_OK) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        c->line++;
        char *hash = strchr(p, '#');
        if (hash) *hash = '\0';
        size_t l = strlen(p);
        while (l && (p[l - 1] == ' ' || p[l - 1] == '\t' || p[l - 1] == '\r')) p[--l] = '\0';
        char *s = p;
        while (*s == ' ') s++;
        if (*s) {
            char *f[8];
            int nf = split_tabs(s, f, nfields > 0 ? nfields : 8);
            if (nfields > 0 && nf != nfields)
                rc = fail(c, "expected %d TAB-separated fields, found %d", nfields, nf);
            else
                rc = fn(c, lang, f, nf);
        }
        if (!nl) break;
        p = nl + 1;
    }
    free(text);
    return rc;
}

static int line_cameo(ctx *c, int lang, char **f, int nf)
{
    (void)lang; (void)nf;
    warta_kb *kb = c->kb;
    size_t n = strlen(f[0]);
    if (n < 2 || n > 4 || strspn(f[0], "0123456789") != n) return fail(c, "bad CAMEO code '%s'", f[0]);
    char *end;
    double g = strtod(f[1], &end);
    if (*end || end == f[1] || g < -10 || g > 10) return fail(c, "bad Goldstein value '%s'", f[1]);
    int q = atoi(f[2]);
    if (q < 1 || q > 4 || f[2][1]) return fail(c, "bad quad class '%s'", f[2]);
    if (!GROW(kb->cameo, kb->ncameo, kb->capcameo)) return WARTA_ENOMEM;
    kb_cameo *e = &kb->cameo[kb->ncameo];
    snprintf(e->code, sizeof e->code, "%s", f[0]);
    e->goldstein = g;
    e->quad = q;
    e->plover = arena_strndup(&kb->mem, f[3], strlen(f[3]));
    e->mode = strcmp(f[4], "-") ? arena_strndup(&kb->mem, f[4], strlen(f[4])) : "";
    e->name = arena_strndup(&kb->mem, f[5], strlen(f[5]));
    if (!e->plover || !e->mode || !e->name) return WARTA_ENOMEM;
    if (strmap_get(&kb->cameo_idx, f[0], n, NULL)) return fail(c, "CAMEO code '%s' listed twice", f[0]);
    if (strmap_put(&kb->cameo_idx, f[0], n, (uint32_t)kb->ncameo) < 0) return WARTA_ENOMEM;
    kb->ncameo++;
    return WARTA_OK;
}

static int line_modal(ctx *c, int lang, char **f, int nf)
{
    (void)lang; (void)nf;
    warta_kb *kb = c->kb;
    if (!kb_cameo_get(kb, f[1])) return fail(c, "unknown CAMEO code '%s'", f[1]);
    size_t n = strlen(f[0]);
    if (n < 2 || n > 4 || strspn(f[0], "0123456789") != n) return fail(c, "bad code prefix '%s'", f[0]);
    if (!GROW(kb->modal_to, kb->nmodal, kb->capmodal)) return WARTA_ENOMEM;
    snprintf(kb->modal_to[kb->nmodal], 6, "%s", f[1]);
    if (strmap_put(&kb->modal, f[0], n, (uint32_t)kb->nmodal) < 0) return WARTA_ENOMEM;
    kb->nmodal++;
    return WARTA_OK;
}

const char *kb_modal_code(const warta_kb *kb, const char *code)
{
    uint32_t v;
    for (size_t n = strlen(code); n >= 2; n--)
        if (strmap_get(&kb->modal, code, n, &v)) return kb->modal_to[v];
    return NULL;
}

static int line_lexicon(ctx *c, int lang, char **f, int nf)
{
    (void)lang; (void)nf;
    /* hunspell .dic lines are "root/FLAGS"; a .dic root with no flags
     * takes no affix ("pasu" is not the root of "pasukan"): value 1.
     * Flagged roots and our own lists ("root") take affixes: value 2. */
    char *slash = strchr(f[0], '/');
    if (slash) *slash = '\0';
    size_t pl = strlen(c->path);
    uint32_t val = (!slash && pl > 4 && !strcmp(c->path + pl - 4, ".dic")) ? 1 : 2;
    arena tmp;
    arena_init(&tmp);
    token_list tl;
    int rc = WARTA_OK;
    if (tokenize(&tmp, f[0], strlen(f[0]), &tl) < 0) rc = WARTA_ENOMEM;
    else if (tl.n == 1 && tl.v[0].kind == TOK_WORD) {
        uint32_t old = 0;
        strmap_get(&c->kb->lexicon_id, tl.v[0].fold, tl.v[0].flen, &old);
        if (val > old && strmap_put(&c->kb->lexicon_id, tl.v[0].fold, tl.v[0].flen, val) < 0) rc = WARTA_ENOMEM;
    }
    arena_free(&tmp);
    return rc;
}

static int line_irregular(ctx *c, int lang, char **f, int nf)
{
    (void)lang; (void)nf;
    warta_kb *kb = c->kb;
    if (!*f[0]) return fail(c, "empty base form");
    if (!GROW(kb->irr_base, kb->nirr, kb->capirr)) return WARTA_ENOMEM;
    char *base = arena_strndup(&kb->mem, f[0], strlen(f[0]));
    if (!base) return WARTA_ENOMEM;
    for (char *p = base; *p; p++) *p = (char)tolower((unsigned char)*p);
    kb->irr_base[kb->nirr] = base;
    char *save = NULL;
    for (char *t = strtok_r(f[1], "|", &save); t; t = strtok_r(NULL, "|", &save)) {
        while (*t == ' ') t++;
        for (char *p = t; *p; p++) *p = (char)tolower((unsigned char)*p);
        if (*t && strmap_put(&kb->irregular, t, strlen(t), (uint32_t)kb->nirr) < 0) return WARTA_ENOMEM;
    }
    kb->nirr++;
    return WARTA_OK;
}

static int line_abbrev(ctx *c, int lang, char **f, int nf)
{
    (void)nf;
    size_t n = strlen(f[0]);
    if (n < 2 || f[0][n - 1] != '.') return fail(c, "an abbreviation ends with '.': '%s'", f[0]);
    arena tmp;
    arena_init(&tmp);
    size_t fl;

    char *fo = utf8_fold(&tmp, f[0], n, &fl);
    int rc = WARTA_OK;
    if (!fo) rc = WARTA_ENOMEM;
    else
        for (int l = 0; l < NLANG; l++)
            if ((lang < 0 || l == lang) && strmap_put(&c->kb->abbrev[l], fo, fl, 1) < 0) rc = WARTA_ENOMEM;
    arena_free(&tmp);
    return rc;
}

static const char *GRAM[] = {"", "neg", "agent", "comp", "rel", "conj", "prep", "future", "modal",
                             "pron", "dual", "say", "recip", "det", "be", "plural", "intent", "pronpl",
                             "qvote", "qprison", "qkilled", "qinjured", "qpeople", "aux", "other", "placenoun", "sub", "purpose", "light", "dualparty", "anaphor", "reason", "loc", "pronit", "court", "joint", "tell", "prior", "alleged", "pron1", "notonly", "contrast", NULL};
static const char *DATES[] = {"", "month", "weekday", "day", "week", "month_rel", "year_rel",
                              "last", "next", "this", "early", "late", "unit", "ago", "num", "daypart", NULL};

/* the name tables follow the enums of kb.h, one name per kind */
_Static_assert(sizeof GRAM / sizeof *GRAM == G_NGRAM + 1, "GRAM[] and enum gram_kind differ");
_Static_assert(sizeof DATES / sizeof *DATES == D_NDATE + 1, "DATES[] and enum date_kind differ");

const char *kb_gram_name(int kind)
{
    return kind > 0 && kind < G_NGRAM ? GRAM[kind] : "?";
}

const char *kb_date_name(int kind)
{
    return kind > 0 && kind < D_NDATE ? DATES[kind] : "?";
}

static int find_name(const char *const *names, const char *s)
{
    for (int i = 1; names[i]; i++) if (strcmp(names[i], s) == 0) return i;
    return 0;
}

static int line_grammar(ctx *c, int lang, char **f, int nf)
{
    (void)nf;
    int k = find_name(GRAM, f[0]);
    if (!k) return fail(c, "unknown grammar kind '%s'", f[0]);
    uint32_t e;
    int rc = new_entry(c, E_GRAM, NULL, &e);
    if (rc) return rc;
    c->kb->ent[e].sub = (uint8_t)k;
    return add_terms(c, lang, f[1], e);
}

static int line_dates(ctx *c, int lang, char **f, int nf)
{
    (void)nf;
    int k = find_name(DATES, f[0]);
    if (!k) return fail(c, "unknown date kind '%s'", f[0]);
    char *end;
    long v = strtol(f[1], &end, 10);
    if (*end || end == f[1] || v < -400 || v > 400) return fail(c, "bad value '%s'", f[1]);
    uint32_t e;
    int rc = new_entry(c, E_DATE, NULL, &e);
    if (rc) return rc;
    c->kb->ent[e].sub = (uint8_t)k;
    c->kb->ent[e].val = (int16_t)v;
    return add_terms(c, lang, f[2], e);
}

static int line_countries(ctx *c, int lang, char **f, int nf)
{
    (void)nf;
    static const struct { const char *k; int kind; } K[] = {
        {"name", E_COUNTRY}, {"adj", E_ADJ}, {"people", E_PEOPLE}, {"capital", E_CAPITAL}, {"city", E_CITY}};
    if (strlen(f[0]) != 3 || !is_upper3(f[0])) return fail(c, "bad country code '%s'", f[0]);
    int kind = 0;
    for (size_t i = 0; i < sizeof K / sizeof *K; i++) if (strcmp(K[i].k, f[1]) == 0) kind = K[i].kind;
    if (!kind) return fail(c, "unknown kind '%s' (name, adj, people, capital, city)", f[1]);
    uint32_t e;
    int rc = new_entry(c, kind, f[0], &e);
    return rc ? rc : add_terms(c, lang, f[2], e);
}

static int line_roles(ctx *c, int lang, char **f, int nf)
{
    (void)nf;
    int kind = E_ROLE;
    if (strcmp(f[0], "FORMER") == 0) kind = E_FORMER;
    else if (strcmp(f[0], "IGO") == 0) kind = E_IGOROLE;
    else if (!valid_role(f[0])) return fail(c, "unknown role '%s'", f[0]);
    uint32_t e;
    int rc = new_entry(c, kind, f[0], &e);
    return rc ? rc : add_terms(c, lang, f[1], e);
}

static int line_actors(ctx *c, int lang, char **f, int nf)
{
    (void)nf;
    if (!valid_actor(f[0])) return fail(c, "bad actor code '%s'", f[0]);
    uint32_t e;
    int rc = new_entry(c, E_ORG, f[0], &e);
    return rc ? rc : add_terms(c, lang, f[1], e);
}

static int line_people(ctx *c, int lang, char **f, int nf)
{
    (void)nf;
    warta_kb *kb = c->kb;
    size_t cl = strlen(f[0]);
    if (!((cl == 3 && is_upper3(f[0]) && strcmp(f[0], "IGO")) || (cl == 6 && strncmp(f[0], "IGO", 3) == 0 && is_upper3(f[0] + 3))))
        return fail(c, "bad country code '%s'", f[0]);
    if (!GROW(kb->people, kb->npeople, kb->cappeople)) return WARTA_ENOMEM;
    kb_person *p = &kb->people[kb->npeople];
    memset(p, 0, sizeof *p);
    snprintf(p->country, sizeof p->country, "%s", f[0]);
    size_t namelen = strcspn(f[1], "|");
    p->name = arena_strndup(&kb->mem, f[1], namelen);
    p->first = (uint32_t)kb->nperiods;
    p->src = label(c);
    char *save = NULL;
    for (char *per = strtok_r(f[2], ";", &save); per; per = strtok_r(NULL, ";", &save)) {
        while (*per == ' ') per++;
        if (!*per) continue;
        char role[8] = {0};
        size_t rl = strcspn(per, " ");
        if (rl == 0 || rl > 3) return fail(c, "bad period '%s' (ROLE FROM..TO)", per);
        memcpy(role, per, rl);
        if (!valid_role(role)) return fail(c, "unknown role '%s'", role);
        char *dates = per + rl;
        while (*dates == ' ') dates++;
        char *dots = strstr(dates, "..");
        if (!dots) return fail(c, "bad period '%s' (ROLE FROM..TO)", per);
        char *to = dots + 2;
        const char *seat = NULL;
        char *at = strchr(to, '@');          /* "GOV 2024-10-01.. @head_of_state" */
        if (at) {
            size_t sl = strcspn(at, " ");
            if (sl < 2) return fail(c, "empty seat name after '@' in '%s'", per);
            seat = arena_strndup(&kb->mem, at, sl);
            if (!seat) return WARTA_ENOMEM;
            *at = '\0';
        }
        size_t tl = strlen(to);
        while (tl && to[tl - 1] == ' ') tl--;
        int32_t from = kb_parse_date(dates, (size_t)(dots - dates), 0);
        int32_t until = tl ? kb_parse_date(to, tl, 1) : 99991231;
        if (from < 0) return fail(c, "bad start date in '%s'", per);
        if (until < 0) return fail(c, "bad end date in '%s'", per);
        if (until < from) return fail(c, "period ends before it begins: '%s'", per);
        if (!GROW(kb->periods, kb->nperiods, kb->capperiods)) return WARTA_ENOMEM;
        kb_period *q = &kb->periods[kb->nperiods++];
        memcpy(q->role, role, 4);
        q->from = from; q->to = until;
        q->seat = seat;
        p->n++;
    }
    uint32_t e;
    int rc = new_entry(c, E_PERSON, f[0], &e);
    if (rc) return rc;
    kb->ent[e].person = (uint32_t)kb->npeople++;
    return add_terms(c, lang, f[1], e);
}

static int line_verbs(ctx *c, int lang, char **f, int nf)
{
    (void)nf;
    warta_kb *kb = c->kb;
    if (lang < 0) return fail(c, "verb patterns belong to one language");
    if (!kb_cameo_get(kb, f[0])) return fail(c, "unknown CAMEO code '%s'", f[0]);
    if (!GROW(kb->verbs, kb->nverbs, kb->capverbs)) return WARTA_ENOMEM;
    kb_verb *v = &kb->verbs[kb->nverbs];
    memset(v, 0, sizeof *v);
    snprintf(v->code, sizeof v->code, "%s", f[0]);
    v->tslot = -1;
    v->lang = (uint8_t)lang;
    v->user = (uint8_t)c->user;
    v->text = arena_strndup(&kb->mem, f[1], strlen(f[1]));
    if (!v->text) return WARTA_ENOMEM;
    v->src = label(c);
    trie *t = &kb->verbs_t[lang];
    uint32_t node = 0;
    int ntok = 0, words = 0;
    arena tmp;
    arena_init(&tmp);
    int rc = WARTA_OK;
    char *save = NULL;
    for (char *piece = strtok_r(f[1], " ", &save); piece; piece = strtok_r(NULL, " ", &save)) {
        if (strcmp(piece, "+") == 0) { v->tslot = (int8_t)ntok; continue; }
        if (strcmp(piece, "*") == 0) {
            if (ntok == 0) { rc = fail(c, "a pattern cannot start with '*'"); goto done; }
            node = trie_add_edge(t, node, "*", 1);
            if (!node) { rc = WARTA_ENOMEM; goto done; }
            continue;
        }
        int exact = piece[0] == '=';
        if (exact) piece++;
        token_list tl;
        if (tokenize(&tmp, piece, strlen(piece), &tl) < 0) { rc = WARTA_ENOMEM; goto done; }
        if (tl.n == 0) { rc = fail(c, "empty pattern token"); goto done; }
        for (size_t i = 0; i < tl.n; i++) {
            char key[128];
            size_t kl;
            const token *tk = &tl.v[i];
            if (exact || tk->kind != TOK_WORD) {
                key[0] = '\x04';
                kl = tk->flen < 120 ? tk->flen : 120;
                memcpy(key + 1, tk->fold, kl);
                kl++;
            } else {
                uint8_t m;
                if (lang == LANG_ID && !strmap_get(&kb->lexicon_id, tk->fold, tk->flen, NULL)) {
                    /* a pattern word that is no known root and has no root
                     * analysis becomes a root itself ("ultimatum") */
                    char tmpl[128];
                    kl = kb_lemma(kb, lang, kb->stem_en, tk->fold, tk->flen, tmpl, sizeof tmpl, &m);
                    if (m == 0 && strmap_put(&kb->lexicon_id, tk->fold, tk->flen, 2) < 0) { rc = WARTA_ENOMEM; goto done; }
                }
                kl = kb_lemma(kb, lang, kb->stem_en, tk->fold, tk->flen, key, sizeof key, &m);
            }
            if (ntok == 0 && !(v->first = arena_strndup(&kb->mem, key, kl))) { rc = WARTA_ENOMEM; goto done; }
            node = trie_add_edge(t, node, key, kl);
            if (!node) { rc = WARTA_ENOMEM; goto done; }
            ntok++;
            words++;
        }
    }
    if (words == 0) { rc = fail(c, "pattern has no words"); goto done; }
    v->ntok = (uint8_t)(ntok > 255 ? 255 : ntok);
    if (trie_add_payload(t, node, (uint32_t)kb->nverbs, v->text) < 0) { rc = WARTA_ENOMEM; goto done; }
    kb->nverbs++;
    kb->nverb_lang[lang]++;
done:
    arena_free(&tmp);
    return rc;
}

/* ---- registry ------------------------------------------------------------ */

static const struct {
    const char *kind;
    int fields;
    line_fn fn;
} KINDS[] = {
    /* in load order */
    {"cameo", 6, line_cameo},
    {"modal", 2, line_modal},
    {"lexicon", 1, line_lexicon},
    {"irregular", 2, line_irregular},
    {"abbrev", 1, line_abbrev},
    {"grammar", 2, line_grammar},
    {"dates", 3, line_dates},
    {"countries", 3, line_countries},
    {"roles", 2, line_roles},
    {"actors", 2, line_actors},
    {"people", 3, line_people},
    {"verbs", 2, line_verbs},
};
#define NKINDS (sizeof KINDS / sizeof *KINDS)

typedef struct { int kind; int lang; char path[512]; char label[256]; } reg_item;

typedef struct {
    const char *dir;
    reg_item *items;
    size_t n, cap;
} registry;

static int line_registry(ctx *c, int lang, char **f, int nf)
{
    (void)lang; (void)nf;
    registry *r = c->user_data;
    int k = -1;
    for (size_t i = 0; i < NKINDS; i++) if (strcmp(KINDS[i].kind, f[0]) == 0) k = (int)i;
    if (k < 0) return fail(c, "unknown kind '%s'", f[0]);
    int l = strcmp(f[1], "*") == 0 ? -1 : kb_lang_index(f[1]);
    if (l == -1 && strcmp(f[1], "*") != 0) return fail(c, "unknown language '%s'", f[1]);
    if (!GROW(r->items, r->n, r->cap)) return WARTA_ENOMEM;
    reg_item *it = &r->items[r->n++];
    it->kind = k;
    it->lang = l;
    if (f[2][0] == '/') snprintf(it->path, sizeof it->path, "%s", f[2]);
    else snprintf(it->path, sizeof it->path, "%s/%s", r->dir, f[2]);
    snprintf(it->label, sizeof it->label, "%s", f[2]);
    return WARTA_OK;
}

static int read_registry(ctx *c, const char *dir, reg_item **items, size_t *n)
{
    char path[600];
    snprintf(path, sizeof path, "%s/registry.txt", dir);
    registry r = {dir, NULL, 0, 0};
    c->path = path;
    c->label = "registry.txt";
    c->user_data = &r;
    int rc = each_line(c, path, -1, 3, line_registry);
    c->user_data = NULL;
    *items = r.items;
    *n = r.n;
    return rc;
}

static int load_dir(ctx *c, const char *dir, int optional_lexicon)
{
    reg_item *items = NULL;
    size_t n = 0;
    int rc = read_registry(c, dir, &items, &n);
    for (size_t k = 0; rc == WARTA_OK && k < NKINDS; k++) {
        for (size_t i = 0; rc == WARTA_OK && i < n; i++) {
            if (items[i].kind != (int)k) continue;
            c->path = items[i].path;
            c->label = items[i].label;
            if (optional_lexicon && KINDS[k].fn == line_lexicon && items[i].path[0] == '/') {
                FILE *f = fopen(items[i].path, "rb");
                if (!f) continue;      /* system lexicon missing: patterns still load */
                fclose(f);
            }
            rc = each_line(c, items[i].path, items[i].lang, KINDS[k].fields, KINDS[k].fn);
        }
    }
    free(items);
    return rc;
}

warta_status warta_kb_load(const char *dir, const char *user_dir,
                           warta_kb **out, char *msg, size_t msglen)
{
    if (!dir || !out) return WARTA_EINVAL;
    *out = NULL;
    if (msg && msglen) msg[0] = '\0';
    warta_kb *kb = calloc(1, sizeof *kb);
    if (!kb) return WARTA_ENOMEM;
    arena_init(&kb->mem);
    strmap_init(&kb->cameo_idx);
    strmap_init(&kb->lexicon_id);
    strmap_init(&kb->irregular);
    strmap_init(&kb->modal);
    for (int l = 0; l < NLANG; l++) {
        strmap_init(&kb->abbrev[l]);
        if (trie_init(&kb->names[l]) < 0 || trie_init(&kb->verbs_t[l]) < 0) {
            warta_kb_free(kb);
            return WARTA_ENOMEM;
        }
    }
    kb->stem_en = sb_stemmer_new("english", NULL);
    if (!kb->stem_en) { warta_kb_free(kb); return WARTA_ENOMEM; }
    ctx c = {kb, NULL, 0, dir, "", 0, msg, msglen};
    int rc = load_dir(&c, dir, 1);
    c.user = 1;
    if (rc == WARTA_OK && user_dir) rc = load_dir(&c, user_dir, 1);
    if (rc == WARTA_OK && kb->ncameo == 0) {
        c.path = dir; c.line = 0;
        rc = fail(&c, "no CAMEO table in the registry");
    }
    if (rc != WARTA_OK) { warta_kb_free(kb); return (warta_status)rc; }
    *out = kb;
    return WARTA_OK;
}

void warta_kb_free(warta_kb *kb)
{
    if (!kb) return;
    for (int l = 0; l < NLANG; l++) {
        trie_free(&kb->names[l]);
        trie_free(&kb->verbs_t[l]);
        strmap_free(&kb->abbrev[l]);
    }
    strmap_free(&kb->cameo_idx);
    strmap_free(&kb->lexicon_id);
    strmap_free(&kb->irregular);
    strmap_free(&kb->modal);
    free(kb->modal_to);
    free(kb->irr_base);
    free(kb->ent); free(kb->people); free(kb->periods); free(kb->verbs); free(kb->cameo);
    if (kb->stem_en) sb_stemmer_delete(kb->stem_en);
    arena_free(&kb->mem);
    free(kb);
}
