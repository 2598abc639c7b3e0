/* coder.c — the pipeline for one document and the public coder API.
 *
 * check UTF-8 → language → tokens → sentences → lemmas → mentions →
 * events (events.c, with dates.c and qty.c).  All per-document memory is in
 * the coder's arena, reset at the start of each document.
 */
#include "coder_int.h"
#include "../text/langid.h"
#include "../text/utf8.h"
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

warta_status warta_coder_new(const warta_kb *kb, warta_coder **out)
{
    if (!kb || !out) return WARTA_EINVAL;
    warta_coder *c = calloc(1, sizeof *c);
    if (!c) return WARTA_ENOMEM;
    c->kb = kb;
    c->stem = sb_stemmer_new("english", NULL);
    if (!c->stem) { free(c); return WARTA_ENOMEM; }
    arena_init(&c->a);
    strmap_init(&c->names);
    strmap_init(&c->seen);
    *out = c;
    return WARTA_OK;
}

void warta_coder_free(warta_coder *c)
{
    if (!c) return;
    sb_stemmer_delete(c->stem);
    arena_free(&c->a);
    strmap_free(&c->names);
    strmap_free(&c->seen);
    free(c);
}

void warta_coder_set_trace(warta_coder *c, FILE *trace)
{
    if (c) c->trace = trace;
}

static void trace_doc(const warta_coder *c)
{
    FILE *f = c->trace;
    for (size_t s = 0; s < c->sents.n; s++) {
        const sentence *se = &c->sents.v[s];
        fprintf(f, "sentence %zu [%zu,%zu):", s, se->start, se->end);
        for (size_t i = se->tb; i < se->te; i++) {
            const token *t = &c->toks.v[i];
            fprintf(f, " %s", t->fold);
            if (t->lemma != t->fold) fprintf(f, "/%s", t->lemma);
            if (t->morph & MORPH_PASSIVE) fputs("[pass]", f);
            if (t->morph & MORPH_NOUN) fputs("[noun]", f);
            if (c->info[i].gram) fprintf(f, "{%s}", kb_gram_name(c->info[i].gram));
            if (c->info[i].date) fprintf(f, "{%s}", kb_date_name(c->info[i].date));
        }
        fputc('\n', f);
        for (size_t k = m_first(c, s); k < m_end(c, s); k++) {
            const mention *m = &c->m[k];
            const token *a = &c->toks.v[m->tb], *b = &c->toks.v[m->te - 1];
            fprintf(f, "  mention \"%.*s\" -> %s%s%s%s (%s)\n", (int)(b->off + b->len - a->off), c->doc->text + a->off,
                    m->code[0] ? m->code : "?", m->code2[0] ? "+" : "", m->code2, m->place == 1 ? " place" : m->prep ? " prep" : "",
                    m->rule ? m->rule : "");
        }
    }
}

const char *warta_coder_error(const warta_coder *c) { return c ? c->err : ""; }
const char *warta_coder_lang(const warta_coder *c) { return c && c->lang == LANG_EN ? "en" : "id"; }
size_t warta_coder_sentences(const warta_coder *c) { return c ? c->sents.n : 0; }


static int lemmatize(warta_coder *c)
{
    char buf[128];
    for (size_t i = 0; i < c->toks.n; i++) {
        token *t = &c->toks.v[i];
        if (t->kind != TOK_WORD) continue;
        uint8_t m = 0;
        size_t n = kb_lemma(c->kb, c->lang, c->stem, t->fold, t->flen, buf, sizeof buf, &m);
        t->morph = m;
        if (n != t->flen || memcmp(buf, t->fold, n) != 0) {
            char *l = arena_strndup(&c->a, buf, n);
            if (!l) return -1;
            t->lemma = l;
            t->llen = (uint16_t)n;
        }
    }
    return 0;
}

warta_status warta_coder_code(warta_coder *c, const warta_doc *doc,
                              const warta_event **events, size_t *n)
{
    if (!c || !doc || !events || !n) return WARTA_EINVAL;
    *events = NULL;
    *n = 0;
    c->err[0] = '\0';
    arena_reset(&c->a);
    strmap_free(&c->names);
    strmap_init(&c->names);
    strmap_free(&c->seen);
    strmap_init(&c->seen);
    c->nnames = 0;
    c->m = NULL; c->nm = c->capm = 0;
    c->ev = NULL; c->nev = c->capev = 0;
    c->sents.n = 0;
    c->protest_tgt[0] = '\0';
    c->narr_year = c->narr_month = 0;
    c->doc = doc;
    const char *id = doc->id ? doc->id : "?";
    if (!doc->text) {
        snprintf(c->err, sizeof c->err, "%s: no text", id);
        return WARTA_EINPUT;
    }
    size_t bad = utf8_check(doc->text, doc->text_len);
    if (bad != (size_t)-1) {
        snprintf(c->err, sizeof c->err, "%s: invalid UTF-8 at byte %zu", id, bad);
        return WARTA_EINPUT;
    }
    c->doc_date = 0;
    if (doc->date && doc->date[0]) {
        int32_t d = kb_parse_date(doc->date, strlen(doc->date), 0);
        if (d < 0 || strlen(doc->date) != 10) {
            snprintf(c->err, sizeof c->err, "%s: bad date '%.40s' (want YYYY-MM-DD)", doc->id ? doc->id : "?", doc->date);
            return WARTA_EINPUT;
        }
        c->doc_date = d;
    }
    if (tokenize(&c->a, doc->text, doc->text_len, &c->toks) < 0) return WARTA_ENOMEM;
    if (doc->lang && doc->lang[0] && strcmp(doc->lang, "auto") != 0) {
        int l = kb_lang_index(doc->lang);
        if (l < 0) {
            snprintf(c->err, sizeof c->err, "%s: unsupported language '%.20s' (id, en)", doc->id ? doc->id : "?", doc->lang);
            return WARTA_EINPUT;
        }
        c->lang = l;
    } else {
        c->lang = langid_guess(&c->toks);
    }
    if (split_sentences(&c->a, doc->text, &c->toks, &c->kb->abbrev[c->lang], &c->sents) < 0) return WARTA_ENOMEM;
    if (lemmatize(c) < 0) return WARTA_ENOMEM;
    if (mentions_find(c) < 0) return WARTA_ENOMEM;
    mentions_resolve(c);
    if (c->trace) trace_doc(c);
    if (events_find(c) < 0) return WARTA_ENOMEM;
    *events = c->ev;
    *n = c->nev;
    return WARTA_OK;
}
