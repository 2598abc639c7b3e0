/* score.c — warta_eval: the figures of ../shared/eval/score.py, in C.
 *
 * Per document, gold and coded events become sets of triples (source key,
 * target key, CAMEO root); a key is the country (three letters) or the IGO
 * (six).  Precision, recall and F1 are micro-averaged per language and
 * over all; on matched triples we report full-code, role and date
 * agreement exactly as score.py does (a test checks the two agree).
 */
#include "../../include/warta.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char k[24]; } triple;     /* "PER|MEX|16" */

typedef struct { char code[6], src[12], tgt[12], when[11]; triple t; } ev;

typedef struct { char lang[8]; long tp, np, ng; } tally;

static void key(const char *a, char *out)
{
    a = a ? a : "";
    size_t n = strncmp(a, "IGO", 3) == 0 ? 6 : 3;
    snprintf(out, 8, "%.*s", (int)n, a);
}

static void make_triple(const char *src, const char *tgt, const char *code, triple *t)
{
    char s[8], g[8];
    key(src, s);
    key(tgt, g);
    snprintf(t->k, sizeof t->k, "%s|%s|%.2s", s, g, code ? code : "");
}

/* The tally for key, added when new; the last slot (max - 1) collects
 * whatever does not fit, so that nothing is dropped silently. */
static tally *tally_get(tally *ts, size_t *n, size_t max, const char *lang)
{
    for (size_t i = 0; i < *n; i++) if (!strcmp(ts[i].lang, lang)) return &ts[i];
    if (*n == max) return &ts[max - 1];
    tally *t = &ts[(*n)++];
    memset(t, 0, sizeof *t);
    snprintf(t->lang, sizeof t->lang, "%s", lang);
    return t;
}

static void prf(long tp, long np, long ng, double *p, double *r, double *f)
{
    *p = np ? (double)tp / (double)np : 0;
    *r = ng ? (double)tp / (double)ng : 0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static int cmp_lang(const void *a, const void *b) { return strcmp(((const tally *)a)->lang, ((const tally *)b)->lang); }

static const char *s_or(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : "";
}

/* Python's round(x, 3), printed as json.dumps would for the summary. */
static void py_float(FILE *out, double x, int digits)
{
    char b[64];
    snprintf(b, sizeof b, "%.*f", digits, x);
    /* strip trailing zeros but keep one decimal, as Python's repr */
    size_t n = strlen(b);
    while (n > 1 && b[n - 1] == '0' && b[n - 2] != '.') b[--n] = '\0';
    fputs(b, out);
}

warta_status warta_eval(const warta_kb *kb, const char *gold_path, int by_root, FILE *out, FILE *err)
{
    FILE *f = fopen(gold_path, "rb");
    if (!f) return WARTA_EIO;
    warta_coder *c = NULL;
    warta_status st = warta_coder_new(kb, &c);
    if (st) { fclose(f); return st; }
    tally langs[16];
    size_t nl = 0;
    tally roots[32];
    size_t nr = 0;
    long code_ok = 0, code_n = 0, role_ok = 0, role_n = 0, when_ok = 0, when_n = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    while ((len = getline(&line, &cap, f)) != -1) {
        lineno++;
        cJSON *doc = cJSON_Parse(line);
        if (!doc) {
            if (strspn(line, " \t\r\n") != (size_t)len) fprintf(err, "%s:%ld: broken JSON, skipped\n", gold_path, lineno);
            continue;
        }
        const char *lang = s_or(doc, "lang");
        if (!*lang) lang = "?";
        warta_doc d = {s_or(doc, "id"), lang, s_or(doc, "doc_date"), s_or(doc, "text"), 0};
        d.text_len = strlen(d.text);
        if (!*d.date) d.date = NULL;
        const warta_event *evs = NULL;
        size_t nev = 0;
        if (d.text_len && warta_coder_code(c, &d, &evs, &nev) != WARTA_OK) {
            fprintf(err, "%s:%ld: %s\n", gold_path, lineno, warta_coder_error(c));
            nev = 0;
        }
        /* gold */
        const cJSON *gev = cJSON_GetObjectItemCaseSensitive(doc, "events");
        size_t ng = (size_t)cJSON_GetArraySize(gev);
        ev *g = calloc(ng + 1, sizeof *g), *p = calloc(nev + 1, sizeof *p);
        if (!g || !p) { free(g); free(p); cJSON_Delete(doc); st = WARTA_ENOMEM; break; }
        for (size_t i = 0; i < ng; i++) {
            const cJSON *e = cJSON_GetArrayItem(gev, (int)i);
            snprintf(g[i].code, sizeof g[i].code, "%s", s_or(e, "code"));
            snprintf(g[i].src, sizeof g[i].src, "%s", s_or(e, "src"));
            snprintf(g[i].tgt, sizeof g[i].tgt, "%s", s_or(e, "tgt"));
            snprintf(g[i].when, sizeof g[i].when, "%s", s_or(e, "when"));
            make_triple(g[i].src, g[i].tgt, g[i].code, &g[i].t);
        }
        for (size_t i = 0; i < nev; i++) {
            snprintf(p[i].code, sizeof p[i].code, "%s", evs[i].code);
            snprintf(p[i].src, sizeof p[i].src, "%s", evs[i].src);
            snprintf(p[i].tgt, sizeof p[i].tgt, "%s", evs[i].tgt);
            snprintf(p[i].when, sizeof p[i].when, "%s", evs[i].when);
            make_triple(p[i].src, p[i].tgt, p[i].code, &p[i].t);
        }
        /* the union of distinct triples */
        size_t nu = 0;
        triple *u = calloc(ng + nev + 1, sizeof *u);
        if (!u) { free(g); free(p); cJSON_Delete(doc); st = WARTA_ENOMEM; break; }
        for (size_t i = 0; i < ng + nev; i++) {
            const triple *t = i < ng ? &g[i].t : &p[i - ng].t;
            int seen = 0;
            for (size_t k = 0; k < nu; k++) if (!strcmp(u[k].k, t->k)) seen = 1;
            if (!seen) u[nu++] = *t;
        }
        for (size_t k = 0; k < nu; k++) {
            int in_g = 0, in_p = 0;
            for (size_t i = 0; i < ng; i++) if (!strcmp(g[i].t.k, u[k].k)) in_g = 1;
            for (size_t i = 0; i < nev; i++) if (!strcmp(p[i].t.k, u[k].k)) in_p = 1;
            int hit = in_g && in_p;
            char root[4];
            snprintf(root, sizeof root, "%s", strrchr(u[k].k, '|') + 1);
            tally *bs[3] = {tally_get(langs, &nl, 16, lang), tally_get(langs, &nl, 16, "all"), tally_get(roots, &nr, 32, root)};
            for (int b = 0; b < 3; b++) { bs[b]->tp += hit; bs[b]->np += in_p; bs[b]->ng += in_g; }
            if (!hit) continue;
            int cok = 0, rok = 0;
            for (size_t i = 0; i < ng; i++) {
                if (strcmp(g[i].t.k, u[k].k)) continue;
                for (size_t j = 0; j < nev; j++) {
                    if (strcmp(p[j].t.k, u[k].k)) continue;
                    if (!strcmp(g[i].code, p[j].code)) cok = 1;
                    if (!strcmp(g[i].src, p[j].src) && !strcmp(g[i].tgt, p[j].tgt)) rok = 1;
                }
            }
            code_n++; code_ok += cok;
            role_n++; role_ok += rok;
            for (size_t i = 0; i < ng; i++) {
                if (strcmp(g[i].t.k, u[k].k) || !g[i].when[0]) continue;
                when_n++;
                for (size_t j = 0; j < nev; j++)
                    if (!strcmp(p[j].t.k, u[k].k) && !strncmp(p[j].when, g[i].when, strlen(g[i].when))) { when_ok++; break; }
            }
        }
        free(u); free(g); free(p);
        cJSON_Delete(doc);
    }
    free(line);
    fclose(f);
    warta_coder_free(c);
    if (st) return st;
    qsort(langs, nl, sizeof *langs, cmp_lang);
    for (size_t i = 0; i < nl; i++) {
        double P, R, F;
        prf(langs[i].tp, langs[i].np, langs[i].ng, &P, &R, &F);
        fprintf(out, "%-4s P=%.3f R=%.3f F1=%.3f  (tp=%ld pred=%ld gold=%ld)\n", langs[i].lang, P, R, F,
                langs[i].tp, langs[i].np, langs[i].ng);
    }
    if (by_root) {
        qsort(roots, nr, sizeof *roots, cmp_lang);
        for (size_t i = 0; i < nr; i++) {
            double P, R, F;
            prf(roots[i].tp, roots[i].np, roots[i].ng, &P, &R, &F);
            fprintf(out, "root %s: P=%.2f R=%.2f F1=%.2f (tp=%ld pred=%ld gold=%ld)\n", roots[i].lang, P, R, F,
                    roots[i].tp, roots[i].np, roots[i].ng);
        }
    }
    fputs("full code agreement on matches: ", out);
    if (code_n) py_float(out, (double)code_ok / code_n + 1e-12, 3); else fputs("None", out);
    fputs("; roles: ", out);
    if (role_n) py_float(out, (double)role_ok / role_n + 1e-12, 3); else fputs("None", out);
    fputs("; dates: ", out);
    if (when_n) py_float(out, (double)when_ok / when_n + 1e-12, 3); else fputs("None", out);
    fprintf(out, " of %ld\n", when_n);
    /* JSON summary, keys sorted as json.dumps(sort_keys=True) */
    fputc('{', out);
    const char *sep = "";
    /* keys: language codes and "all", plus code, dates, roles — all sorted */
    const char *extra[3] = {"code", "dates", "roles"};
    long en[3][2] = {{code_ok, code_n}, {when_ok, when_n}, {role_ok, role_n}};
    size_t li = 0, ei = 0;
    while (li < nl || ei < 3) {
        int take_lang = ei >= 3 || (li < nl && strcmp(langs[li].lang, extra[ei]) < 0);
        if (take_lang) {
            double P, R, F;
            prf(langs[li].tp, langs[li].np, langs[li].ng, &P, &R, &F);
            fprintf(out, "%s\"%s\": ", sep, langs[li].lang);
            py_float(out, F + 1e-12, 4);
            li++;
        } else {
            fprintf(out, "%s\"%s\": ", sep, extra[ei]);
            if (en[ei][1]) py_float(out, (double)en[ei][0] / en[ei][1] + 1e-12, 3); else fputs("null", out);
            ei++;
        }
        sep = ", ";
    }
    fputs("}\n", out);
    return WARTA_OK;
}
