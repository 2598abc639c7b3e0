/* check.c — warta_kb_check: faults a dictionary can load with.
 *
 * Loading already stops on malformed lines, unknown roles and unknown CAMEO
 * codes.  This pass looks at the compiled whole and reports, with
 * file:line, what loads but is wrong:
 *  errors   - one term names two different actors of the same kind
 *             ("Georgia" a country twice over), one pattern gives two codes,
 *             a country code that no country file defines, two people in
 *             one seat ("@head_of_state") at the same time;
 *  warnings - an entry listed twice, one person's periods overlapping, a
 *             verb pattern that can never match because its first word is
 *             always read as an actor's name.
 * Entries from the user's layer may override built-in ones: those pairs are
 * not reported.
 */
#include "kb.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const warta_kb *kb;
    FILE *out;
    size_t errors, warnings;
    strmap countries;          /* ISO3 codes defined by the country files */
    strmap seen;               /* entry pairs already reported (a term in both languages) */
} checker;

static void report(checker *k, int error, const char *where, const char *fmt, const char *a, const char *b,
                   const char *c2)
{
    fprintf(k->out, "%s: %s: ", where, error ? "error" : "warning");
    fprintf(k->out, fmt, a, b, c2);
    fputc('\n', k->out);
    if (error) k->errors++; else k->warnings++;
}

/* actor-like kinds that must not disagree for one term */
static int kind_class(int kind)
{
    switch (kind) {
    case E_COUNTRY: case E_ADJ: case E_PEOPLE: case E_CAPITAL: case E_CITY: return 1;
    case E_ROLE: case E_FORMER: case E_IGOROLE: return 2;
    case E_ORG: return 3;
    case E_PERSON: return 4;
    default: return 0;
    }
}

static void check_names(checker *k, const trie *t)
{
    const warta_kb *kb = k->kb;
    for (size_t node = 0; node < t->nnodes; node++) {
        for (uint32_t p = t->first[node]; p; p = t->pay[p].next) {
            const kb_entry *a = &kb->ent[t->pay[p].entry];
            int ca = kind_class(a->kind);
            if (!ca) continue;
            for (uint32_t q = t->pay[p].next; q; q = t->pay[q].next) {
                const kb_entry *b = &kb->ent[t->pay[q].entry];
                if (kind_class(b->kind) != ca || a == b) continue;
                if (a->user != b->user) continue;            /* a user override */
                char key[32];
                int kl = snprintf(key, sizeof key, "%u:%u", t->pay[p].entry, t->pay[q].entry);
                if (strmap_get(&k->seen, key, (size_t)kl, NULL)) continue;
                strmap_put(&k->seen, key, (size_t)kl, 1);
                int same = strcmp(a->code, b->code) == 0 && a->kind == b->kind;
                if (a->kind == E_PERSON && b->kind == E_PERSON) same = 0;
                if (same)
                    report(k, 0, b->src, "'%s' listed again (first at %s)%s", t->pay[q].term, a->src, "");
                else if (a->kind == E_PERSON)
                    report(k, 0, b->src, "'%s' also names another person (%s)%s", t->pay[q].term, a->src, "");
                else if (strcmp(a->code, b->code) != 0 || ca != 1)
                    report(k, ca == 1 || ca == 3, b->src, "'%s' conflicts with %s (%s)", t->pay[q].term, a->src,
                           a->code);
            }
        }
    }
}

static void check_codes(checker *k)
{
    const warta_kb *kb = k->kb;
    for (size_t i = 0; i < kb->nent; i++) {
        const kb_entry *e = &kb->ent[i];
        if (!(e->kind == E_ORG || e->kind == E_PERSON) || !strncmp(e->code, "IGO", 3)) continue;
        if (!strmap_get(&k->countries, e->code, 3, NULL)) {
            char cc[4];
            snprintf(cc, sizeof cc, "%.3s", e->code);
            report(k, 1, e->src, "unknown country code '%s'%s%s", cc, "", "");
        }
    }
}

static void check_people(checker *k)
{
    const warta_kb *kb = k->kb;
    for (size_t i = 0; i < kb->npeople; i++) {
        const kb_person *p = &kb->people[i];
        for (uint32_t a = 0; a < p->n; a++)
            for (uint32_t b = a + 1; b < p->n; b++) {
                const kb_period *x = &kb->periods[p->first + a], *y = &kb->periods[p->first + b];
                /* a handover on one day, or one month/year given coarsely, may touch */
                if (x->from < y->to && y->from < x->to && strcmp(x->role, y->role) == 0)
                    report(k, 0, p->src, "%s: two %s periods overlap%s", p->name, x->role, "");
            }
    }
    /* one seat, one holder at a time */
    for (size_t i = 0; i < kb->npeople; i++) {
        const kb_person *p = &kb->people[i];
        for (uint32_t a = 0; a < p->n; a++) {
            const kb_period *x = &kb->periods[p->first + a];
            if (!x->seat) continue;
            for (size_t j = i + 1; j < kb->npeople; j++) {
                const kb_person *q = &kb->people[j];
                if (strcmp(p->country, q->country) != 0) continue;   /* IGOs: the whole code */
                for (uint32_t b = 0; b < q->n; b++) {
                    const kb_period *y = &kb->periods[q->first + b];
                    if (!y->seat || strcmp(x->seat, y->seat) != 0) continue;
                    if (x->from < y->to && y->from < x->to) {
                        char who[160];
                        snprintf(who, sizeof who, "%s and %s", p->name, q->name);
                        report(k, 1, q->src, "%s hold %s at the same time (see %s)", who, x->seat, p->src);
                    }
                }
            }
        }
    }
}

static void check_verbs(checker *k)
{
    const warta_kb *kb = k->kb;
    for (int l = 0; l < NLANG; l++) {
        const trie *t = &kb->verbs_t[l];
        for (size_t node = 0; node < t->nnodes; node++) {
            for (uint32_t p = t->first[node]; p; p = t->pay[p].next) {
                const kb_verb *a = &kb->verbs[t->pay[p].entry];
                for (uint32_t q = t->pay[p].next; q; q = t->pay[q].next) {
                    const kb_verb *b = &kb->verbs[t->pay[q].entry];
                    if (a->user != b->user) continue;
                    if (strcmp(a->code, b->code) == 0)
                        report(k, 0, b->src, "pattern '%s' listed again (first at %s)%s", b->text, a->src, "");
                    else
                        report(k, 1, b->src, "pattern '%s' gives %s, but %s", b->text, b->code, a->src);
                }
            }
        }
        /* an exact first word ("=tentara") that is always an actor's name
         * never starts a match (a lemma key may still come from an affixed
         * or inflected word that is no name: "menyandera", "diplomatic") */
        const trie *names = &kb->names[l];
        for (size_t i = 0; i < kb->nverbs; i++) {
            const kb_verb *v = &kb->verbs[i];
            if (v->lang != l || !v->first || v->first[0] != '\x04') continue;
            uint32_t n = trie_step(names, 0, v->first + 1, strlen(v->first + 1));
            for (uint32_t p = n ? trie_payloads(names, n) : 0; p; p = names->pay[p].next) {
                int kc = kind_class(kb->ent[names->pay[p].entry].kind);
                if (kc == 2 || kc == 3) {
                    report(k, 0, v->src, "pattern '%s' can never match: '%s' is read as an actor (%s)", v->text, v->first + 1,
                           kb->ent[names->pay[p].entry].src);
                    break;
                }
            }
        }
    }
}

int warta_kb_check(const char *dir, const char *user_dir, FILE *out, size_t *warnings)
{
    char msg[1024];
    warta_kb *kb = NULL;
    if (warnings) *warnings = 0;
    warta_status st = warta_kb_load(dir, user_dir, &kb, msg, sizeof msg);
    if (st != WARTA_OK) {
        fprintf(out, "%s\n", msg[0] ? msg : warta_status_str(st));
        return 1;
    }
    checker k = {kb, out, 0, 0, {0}, {0}};
    strmap_init(&k.countries);
    strmap_init(&k.seen);
    for (size_t i = 0; i < kb->nent; i++)
        if (kb->ent[i].kind == E_COUNTRY) strmap_put(&k.countries, kb->ent[i].code, 3, 1);
    for (int l = 0; l < NLANG; l++) check_names(&k, &kb->names[l]);
    check_codes(&k);
    check_people(&k);
    check_verbs(&k);
    strmap_free(&k.countries);
    strmap_free(&k.seen);
    warta_kb_free(kb);
    fprintf(out, "%zu errors, %zu warnings\n", k.errors, k.warnings);
    if (warnings) *warnings = k.warnings;
    return (int)k.errors;
}
