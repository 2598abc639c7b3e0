/* verbs.c — the verb patterns of a sentence.
 *
 * One walk of the verb trie per start token over lemmas (and exact words),
 * with gaps of up to four words in which an actor's name counts as one;
 * the longest pattern wins, and the last listed for the same words (a
 * user's layer) decides its code.
 */
#include "clause.h"
#include <stdio.h>
#include <string.h>

typedef struct { size_t end; uint32_t node; int ntok; } vbest;

static int gap_stop(const warta_coder *c, size_t j)
{
    const token *t = &c->toks.v[j];
    if (t->kind == TOK_PUNCT && (t->fold[0] == ',' || t->fold[0] == ';' || t->fold[0] == ':' || t->fold[0] == '"'))
        return 1;
    return c->info[j].gram == G_COMP || c->info[j].gram == G_AGENT;   /* a gap does not swallow "by X" */
}

static void walk(const warta_coder *c, const int32_t *tok_m, const trie *t, uint32_t node, size_t j, size_t te,
                 int ntok, vbest *b, int depth)
{
    if (depth > 24) return;
    if (trie_payloads(t, node) && ntok > 0 && (ntok > b->ntok || (ntok == b->ntok && j > b->end))) {
        b->end = j; b->node = node; b->ntok = ntok;
    }
    if (j >= te) return;
    const token *u = &c->toks.v[j];
    uint32_t n;
    if (u->kind == TOK_WORD && (n = trie_step(t, node, u->lemma, u->llen)))
        walk(c, tok_m, t, n, j + 1, te, ntok + 1, b, depth + 1);
    char key[272];
    size_t fl = u->flen < 256 ? u->flen : 256;
    key[0] = '\x04';
    memcpy(key + 1, u->fold, fl);
    if ((n = trie_step(t, node, key, fl + 1)))
        walk(c, tok_m, t, n, j + 1, te, ntok + 1, b, depth + 1);
    if (ntok > 0 && (n = trie_step(t, node, "*", 1))) {
        /* a gap of up to four words; an actor's name counts as one word
         * ("menetapkan Presiden Meksiko Claudia Sheinbaum sebagai ...") */
        walk(c, tok_m, t, n, j, te, ntok, b, depth + 1);          /* an empty gap */
        int words = 0;
        for (size_t k = j; k + 1 < te; k++) {
            if (gap_stop(c, k)) break;
            /* the words of one actor's name count as one; brackets and
             * dashes count as none ("Pasukan Dukungan Cepat (RSF)") */
            const token *gt = &c->toks.v[k];
            int mark = gt->kind == TOK_PUNCT && (gt->fold[0] == '(' || gt->fold[0] == ')' || gt->fold[0] == '-');
            if (!mark && !(tok_m[k] && tok_m[k + 1] == tok_m[k])) words++;
            if (words > 4) break;
            walk(c, tok_m, t, n, k + 1, te, ntok, b, depth + 1);
        }
    }
}

void verbs_find(warta_coder *c, const sentence *s, sent_state *st)
{
    const trie *t = &c->kb->verbs_t[c->lang];
    st->nvm = 0;
    for (size_t i = s->tb; i < s->te && st->nvm < MAX_VM; i++) {
        if (c->toks.v[i].kind != TOK_WORD) continue;
        int32_t mi = st->tok_m[i];
        vbest b = {0, 0, 0};
        walk(c, st->tok_m, t, 0, i, s->te, 0, &b, 0);
        if (!b.ntok) continue;
        /* inside an actor's name only a pattern that starts at the head
         * noun closing a longer name and runs past it ("ambassador *
         * summon": "The Egyptian ambassador was summoned") */
        if (mi && !c->m[mi - 1].pron) {
            const mention *m = &c->m[mi - 1];
            if (b.end <= m->te || i + 1 != m->te || m->te - m->tb < 2) continue;
        }
        /* the last pattern listed for the same words wins (user layers) */
        const kb_verb *v = NULL;
        for (uint32_t p = trie_payloads(t, b.node); p; p = t->pay[p].next) v = &c->kb->verbs[t->pay[p].entry];
        st->vsrc[st->nvm] = -1;
        st->inner[st->nvm] = 0;
        st->vstart[i] = 1;
        st->vm[st->nvm++] = (verb_match){(uint32_t)i, (uint32_t)b.end, v};
        if (c->trace) {
            const token *a = &c->toks.v[i], *z = &c->toks.v[b.end - 1];
            fprintf(c->trace, "  verb \"%.*s\" -> %s (%s)\n", (int)(z->off + z->len - a->off), c->doc->text + a->off, v->code, v->src);
        }
        i = b.end - 1;
    }
}

