/* lookup.c — warta_lookup: what a name resolves to on a date, and why.
 *
 * The name is read as a one-sentence document through the same mention
 * finder the coder uses, so the answer is exactly what coding would give;
 * for a person, the period of office that decided the code is shown.
 */
#include "coder_int.h"
#include <stdio.h>
#include <string.h>

static const char *kind_name(int kind)
{
    switch (kind) {
    case E_COUNTRY: return "country";
    case E_ADJ: return "country adjective";
    case E_PEOPLE: return "citizens";
    case E_CAPITAL: return "capital";
    case E_CITY: return "city";
    case E_ROLE: return "role";
    case E_FORMER: return "former";
    case E_IGOROLE: return "IGO role";
    case E_ORG: return "organisation";
    case E_PERSON: return "person";
    default: return "word";
    }
}

static void print_person(const warta_kb *kb, uint32_t pi, int32_t date, FILE *out)
{
    const kb_person *p = &kb->people[pi];
    const kb_period *hit = NULL;
    for (uint32_t i = 0; i < p->n; i++) {
        const kb_period *q = &kb->periods[p->first + i];
        if (date >= q->from && date <= q->to) hit = q;
    }
    fprintf(out, "    %s (%s): ", p->name, p->src);
    if (hit) {
        fprintf(out, "%s %d-%02d-%02d..", hit->role, hit->from / 10000, hit->from / 100 % 100, hit->from % 100);
        if (hit->to != 99991231) fprintf(out, "%d-%02d-%02d", hit->to / 10000, hit->to / 100 % 100, hit->to % 100);
        fprintf(out, " holds on the date%s%s\n", hit->seat ? " as " : "", hit->seat ? hit->seat + 1 : "");
    } else {
        fputs("no office on the date: ELI (former official or elite)\n", out);
    }
}

warta_status warta_lookup(const warta_kb *kb, const char *lang, const char *name, const char *date, FILE *out)
{
    warta_coder *c = NULL;
    warta_status st = warta_coder_new(kb, &c);
    if (st) return st;
    warta_doc d = {"lookup", lang, date, name, strlen(name)};
    const warta_event *ev;
    size_t n;
    st = warta_coder_code(c, &d, &ev, &n);
    if (st == WARTA_OK) {
        fprintf(out, "\"%s\" on %s (%s):\n", name, date ? date : "an unknown date", warta_coder_lang(c));
        if (c->nm == 0) fputs("  no actor: no dictionary term matches\n", out);
        for (size_t i = 0; i < c->nm; i++) {
            const mention *m = &c->m[i];
            const token *a = &c->toks.v[m->tb], *b = &c->toks.v[m->te - 1];
            fprintf(out, "  \"%.*s\" -> %s%s\n", (int)(b->off + b->len - a->off), name + a->off,
                    m->code[0] ? m->code : "(no code)", m->place == 1 ? " (a place, not an actor)" : "");
            /* every dictionary entry behind the words, in file order */
            const trie *t = &kb->names[c->lang];
            for (size_t j = m->tb; j < m->te;) {
                uint32_t node = 0;
                size_t end = j;
                const token *tk = &c->toks.v[j];
                char key[272];
                size_t fl = tk->flen < 256 ? tk->flen : 256;
                for (int v = 0; v < 3 && end == j; v++) {
                    size_t kl = fl;
                    if (v == 0) memcpy(key, tk->fold, fl);
                    else { key[0] = v == 1 ? '\x01' : '\x02'; memcpy(key + 1, tk->fold, fl); kl++; }
                    uint32_t nd = trie_step(t, 0, key, kl);
                    size_t k = j + 1;
                    uint32_t best = 0;
                    size_t bend = j;
                    while (nd) {
                        if (trie_payloads(t, nd)) { best = nd; bend = k; }
                        if (k >= m->te) break;
                        nd = trie_step(t, nd, c->toks.v[k].fold, c->toks.v[k].flen);
                        k++;
                    }
                    if (best) { node = best; end = bend; }
                }
                if (end == j) { j++; continue; }
                for (uint32_t p = trie_payloads(t, node); p; p = t->pay[p].next) {
                    const kb_entry *e = &kb->ent[t->pay[p].entry];
                    if (e->kind == E_GRAM || e->kind == E_DATE) continue;
                    fprintf(out, "    %s '%s' %s (%s)\n", kind_name(e->kind), t->pay[p].term, e->kind == E_PERSON ? "" : e->code,
                            e->src);
                    if (e->kind == E_PERSON) print_person(kb, e->person, c->doc_date ? c->doc_date : 99991231, out);
                }
                j = end;
            }
            if (m->named && m->org[0] == '#') fputs("    a name seen before in the document\n", out);
            else if (!m->country[0] && m->role[0] && m->person < 0 && !m->org[0])
                fprintf(out, "    no country named: the document's most named country (%s)\n", c->dominant[0] ? c->dominant : "none");
        }
    }
    if (st == WARTA_EINPUT) fprintf(out, "%s\n", warta_coder_error(c));
    warta_coder_free(c);
    return st;
}
