/* runner.c — golden tests: text in, expected events out (cmark's spec
 * tests, jq's jq.test).
 *
 * A golden file holds cases separated by blank lines.  A case is the text
 * (one or more lines), a line with a single ".", then the expected events,
 * one a line: "SRC TGT CODE [WHEN] [qty:KEY=N,...]", "-" for no target, in
 * any order; qty keys are votes_for, votes_against, prison_years, killed,
 * injured, people, in that order, and every quantity the event carries
 * must be listed.
 * Lines starting with "#" are comments; "@date YYYY-MM-DD" sets the
 * document date of the cases after it; "@xfail WHY" marks the next case as
 * a known failure (it is reported, and must still fail: a case that starts
 * passing is an error until the mark is removed).  The language is the
 * name of the file's folder (golden/id/, golden/en/).
 *
 *   runner [--update] DATA_DIR FILE...
 * prints a diff for every failing case and ends with
 * "N passed, N failed, N skipped".  --update rewrites the expectations
 * with what the coder now says, for review with git diff.
 */
#include "warta.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char **v; size_t n, cap; } strvec;

static void push(strvec *s, const char *x)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v) abort();
    }
    s->v[s->n++] = strdup(x);
}

static void clear(strvec *s)
{
    for (size_t i = 0; i < s->n; i++) free(s->v[i]);
    s->n = 0;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static char *norm_event(const char *line)
{
    char a[32] = "", b[32] = "", c[16] = "", d[128] = "", e[128] = "";
    int n = sscanf(line, "%31s %31s %15s %127s %127s", a, b, c, d, e);
    if (n < 3) return NULL;
    const char *when = "", *qty = "";
    if (n >= 4) { if (!strncmp(d, "qty:", 4)) qty = d; else when = d; }
    if (n == 5) qty = e;
    char *o = malloc(512);
    if (!o) abort();
    snprintf(o, 512, "%s %s %s%s%s%s%s", a, strcmp(b, "-") ? b : "-", c, *when ? " " : "", when, *qty ? " " : "", qty);
    return o;
}

static void qty_str(const warta_qty *q, char *out, size_t cap)
{
    const char *k[] = {"votes_for", "votes_against", "prison_years", "killed", "injured", "people"};
    long v[] = {q->votes_for, q->votes_against, q->prison_years, q->killed, q->injured, q->people};
    size_t o = 0;
    out[0] = '\0';
    for (int i = 0; i < 6; i++) {
        if (v[i] < 0) continue;
        int w = snprintf(out + o, cap - o, "%s%s=%ld", o ? "," : "qty:", k[i], v[i]);
        if (w < 0 || (size_t)w >= cap - o) break;
        o += (size_t)w;
    }
}

typedef struct {
    int passed, failed, skipped;
} totals;

static void run_case(warta_coder *cod, const char *file, int line, const char *lang, const char *date,
                     const char *text, strvec *want, const char *xfail, totals *t, FILE *upd)
{
    warta_doc doc = {"golden", lang, date[0] ? date : NULL, text, strlen(text)};
    const warta_event *ev;
    size_t n = 0;
    strvec got = {0};
    if (warta_coder_code(cod, &doc, &ev, &n) != WARTA_OK) {
        fprintf(stdout, "%s:%d: coder error: %s\n", file, line, warta_coder_error(cod));
        n = 0;
    }
    for (size_t i = 0; i < n; i++) {
        char b[320], q[200];
        qty_str(&ev[i].qty, q, sizeof q);
        snprintf(b, sizeof b, "%s %s %s%s%s%s%s", ev[i].src, ev[i].tgt[0] ? ev[i].tgt : "-", ev[i].code,
                 ev[i].when[0] ? " " : "", ev[i].when, q[0] ? " " : "", q);
        int dup = 0;
        for (size_t k = 0; k < got.n; k++) if (!strcmp(got.v[k], b)) dup = 1;
        if (!dup) push(&got, b);
    }
    if (got.n) qsort(got.v, got.n, sizeof *got.v, cmp);
    if (want->n) qsort(want->v, want->n, sizeof *want->v, cmp);
    int same = got.n == want->n;
    for (size_t i = 0; same && i < got.n; i++) same = !strcmp(got.v[i], want->v[i]);
    if (upd) {
        fputs(text, upd);
        fputs(".\n", upd);
        for (size_t i = 0; i < got.n; i++) fprintf(upd, "%s\n", got.v[i]);
    }
    if (xfail) {
        if (same) {
            printf("%s:%d: marked @xfail (%s) but passes: remove the mark\n", file, line, xfail);
            t->failed++;
        } else t->skipped++;
    } else if (same) {
        t->passed++;
    } else {
        t->failed++;
        printf("%s:%d: FAIL\n", file, line);
        printf("  text: %.*s\n", (int)strcspn(text, "\n"), text);
        /* a unified diff of two sorted lists */
        size_t i = 0, j = 0;
        while (i < want->n || j < got.n) {
            int c = i >= want->n ? 1 : j >= got.n ? -1 : strcmp(want->v[i], got.v[j]);
            if (c == 0) { printf("   %s\n", want->v[i]); i++; j++; }
            else if (c < 0) { printf("  -%s\n", want->v[i++]); }
            else { printf("  +%s\n", got.v[j++]); }
        }
    }
    clear(&got);
    free(got.v);
}

static int run_file(warta_coder *cod, const char *file, int update, totals *t)
{
    FILE *f = fopen(file, "rb");
    if (!f) { printf("%s: cannot open\n", file); t->failed++; return -1; }
    /* the language is the folder's name */
    char lang[8] = "";
    const char *slash = strrchr(file, '/');
    if (slash && slash - file >= 2) {
        const char *p = slash - 1;
        while (p > file && p[-1] != '/') p--;
        snprintf(lang, sizeof lang, "%.*s", (int)(slash - p), p);
    }
    FILE *upd = NULL;
    char updpath[1024];
    if (update) {
        snprintf(updpath, sizeof updpath, "%s.new", file);
        upd = fopen(updpath, "wb");
    }
    char date[16] = "", xfail[256] = "";
    int have_xfail = 0;
    char *text = NULL;
    size_t tlen = 0;
    strvec want = {0};
    int state = 0, case_line = 0, lineno = 0;   /* 0 between cases, 1 text, 2 events */
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    for (;;) {
        len = getline(&line, &cap, f);
        if (len >= 0) lineno++;
        int blank = len < 0 || strspn(line, " \t\r\n") == (size_t)len;
        if (len >= 0 && line[len - 1] == '\n') line[--len] = '\0';
        if (state == 2 && blank) {
            run_case(cod, file, case_line, lang, date, text, &want, have_xfail ? xfail : NULL, t, upd);
            if (upd) fputs("\n", upd);
            clear(&want);
            tlen = 0;
            have_xfail = 0;
            state = 0;
        }
        if (len < 0) break;
        if (state == 0) {
            if (blank) { if (upd) fputs("\n", upd); continue; }
            if (line[0] == '#') { if (upd) fprintf(upd, "%s\n", line); continue; }
            if (!strncmp(line, "@date ", 6)) { snprintf(date, sizeof date, "%s", line + 6); if (upd) fprintf(upd, "%s\n", line); continue; }
            if (!strncmp(line, "@xfail", 6)) { snprintf(xfail, sizeof xfail, "%s", line + 6); have_xfail = 1; if (upd) fprintf(upd, "%s\n", line); continue; }
            state = 1;
            case_line = lineno;
        }
        if (state == 1) {
            if (!strcmp(line, ".")) { state = 2; continue; }
            text = realloc(text, tlen + (size_t)len + 2);
            if (!text) abort();
            memcpy(text + tlen, line, (size_t)len);
            tlen += (size_t)len;
            text[tlen++] = '\n';
            text[tlen] = '\0';
            continue;
        }
        if (state == 2) {
            if (line[0] == '#') continue;
            char *e = norm_event(line);
            if (!e) { printf("%s:%d: bad event line '%s'\n", file, lineno, line); t->failed++; continue; }
            push(&want, e);
            free(e);
        }
    }
    if (state == 1) { printf("%s:%d: case has no '.' line\n", file, case_line); t->failed++; }
    free(line); free(text); clear(&want); free(want.v);
    fclose(f);
    if (upd) { fclose(upd); rename(updpath, file); }
    return 0;
}

int main(int argc, char **argv)
{
    int update = 0, a = 1;
    if (a < argc && !strcmp(argv[a], "--update")) { update = 1; a++; }
    if (argc - a < 2) { fputs("usage: runner [--update] DATA_DIR FILE...\n", stderr); return 2; }
    warta_kb *kb = NULL;
    char msg[1024];
    if (warta_kb_load(argv[a], NULL, &kb, msg, sizeof msg) != WARTA_OK) {
        printf("cannot load the knowledge base: %s\n0 passed, 1 failed\n", msg);
        return 1;
    }
    warta_coder *cod = NULL;
    if (warta_coder_new(kb, &cod) != WARTA_OK) return 2;
    totals t = {0, 0, 0};
    for (int i = a + 1; i < argc; i++) run_file(cod, argv[i], update, &t);
    warta_coder_free(cod);
    warta_kb_free(kb);
    printf("%d passed, %d failed, %d skipped\n", t.passed, t.failed, t.skipped);
    return t.failed ? 1 : 0;
}
