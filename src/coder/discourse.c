/* discourse.c — what a clause takes from the text around it.
 *
 * A sentence is not read alone: the Indonesian press dates an act after
 * its places ("di Jakarta, Jumat (22/11)"), a quote is dated by the
 * attribution that closes it sentences later, a sentence that opens on
 * "that meeting" is dated by the meeting, and a complaint about "the
 * airstrikes" is aimed at whoever carried them out.  Each rule here looks
 * beyond the clause events.c is reading, and only as far as it says.
 */
#include "clause.h"
#include <stdio.h>
#include <string.h>

/* A date set off by commas after the clause, with only names and places
 * between ("berdemonstrasi di depan Kedutaan Besar Australia di Jakarta,
 * Jumat (22/11).", "... mengguncang Ibu Kota Georgia, Tbilisi, Sabtu malam,
 * menyusul ..."): the press's way of dating the act before it.  Nothing
 * verbal and no clause mark other than a comma may stand between. */
const date_expr *discourse_trailing_date(const warta_coder *c, const sent_state *st, const sentence *s, size_t ce)
{
    for (size_t k = 0; k < st->ndates; k++) {
        const date_expr *d = &st->dates[k];
        if (d->tb < ce || d->tb == 0 || c->toks.v[d->tb - 1].fold[0] != ',') continue;
        size_t after = d->te;
        if (after < s->te && !(c->toks.v[after].kind == TOK_PUNCT && strchr(",.;", c->toks.v[after].fold[0]))) continue;
        for (size_t j = ce; j < d->tb; j++) {
            const token *t = &c->toks.v[j];
            if (t->kind == TOK_PUNCT && t->fold[0] == ',') continue;
            if (st->vstart[j] || clause_end_mark(c, st, s, j) || t->kind == TOK_PUNCT) return NULL;
        }
        return d;
    }
    return NULL;
}

/* The date of the attribution that closes the quote holding token `from`
 * of sentence si: the first quote mark after it, when it follows the
 * quote's punctuation and a verb of saying follows within eight words
 * ('," kata Ki Kusumo di Jakarta, Jumat (22/11).', '," the minister said
 * on Friday.'), up to three sentences on.  What is quoted was said then;
 * a quote mark with no saying verb after it opens a quote, and nothing is
 * taken. */
int discourse_quote_date(warta_coder *c, size_t si, size_t from, date_expr *out)
{
    for (size_t sj = si; sj < c->sents.n && sj < si + 4; sj++) {
        const sentence *s = &c->sents.v[sj];
        for (size_t j = sj == si ? from : s->tb; j < s->te; j++) {
            if (c->toks.v[j].fold[0] != '"') continue;
            /* a closing quote follows the quote's last punctuation */
            if (j == s->tb || !strchr(",.?!", c->toks.v[j - 1].fold[0])) return 0;
            size_t k = j + 1;
            while (k < s->te && k < j + 9 && c->info[k].gram != G_SAY && c->toks.v[k].fold[0] != '"') k++;
            if (k >= s->te || c->info[k].gram != G_SAY) return 0;
            /* reading a later sentence's dates must not move the narrative year */
            int ny = c->narr_year, nm = c->narr_month;
            date_expr ds[MAX_DATES];
            size_t n = dates_find(c, s, ds, MAX_DATES);
            c->narr_year = ny; c->narr_month = nm;
            for (size_t d = 0; d < n; d++) {
                if (ds[d].tb <= k) continue;
                for (size_t b = k + 1; b < ds[d].tb; b++) {
                    int g = c->info[b].gram;
                    if (c->toks.v[b].fold[0] == '"' || g == G_CONJ || g == G_REL || g == G_COMP || g == G_SUB || g == G_SAY)
                        return 0;
                }
                if (ds[d].future) return 0;
                *out = ds[d];
                return 1;
            }
            return 0;
        }
    }
    return 0;
}

/* A sentence that opens on an event told before ("Dalam pertemuan
 * tersebut, ...", "In the meeting, ...", "Pada kunjungan itu, ...") is
 * dated by the last dated event of the three sentences before: the event
 * noun, set off by "tersebut"/"itu" or by "the"/"that" and a comma, points
 * back to it. */
int discourse_event_date(const warta_coder *c, const sent_state *st, const sentence *s, size_t si, date_expr *out)
{
    if (si == 0 || st->nvm == 0) return 0;
    const verb_match *v = &st->vm[0];
    /* one or two words before the noun ("Dalam", "In the"), no actor */
    if (v->tb > s->tb + 2 || v->tb == s->tb || c->toks.v[s->tb].kind != TOK_WORD) return 0;
    if (m_first(c, si) < m_end(c, si) && c->m[m_first(c, si)].tb < v->te) return 0;
    for (size_t j = s->tb; j < v->tb; j++)
        if (st->vstart[j]) return 0;
    const token *after = v->te < s->te ? &c->toks.v[v->te] : NULL;
    int back = v->te < s->te && c->info[v->te].gram == G_ANAPHOR;
    if (!back && v->tb > s->tb && after && after->fold[0] == ',') {
        const token *b = &c->toks.v[v->tb - 1];
        back = !strcmp(b->fold, "the") || !strcmp(b->fold, "that") || !strcmp(b->fold, "this");
    }
    if (!back) return 0;
    for (size_t k = c->nev; k-- > 0;) {
        const warta_event *e = &c->ev[k];
        if ((size_t)e->sent >= si) continue;
        if ((size_t)e->sent + 3 < si) break;
        if (!e->when[0]) continue;
        memset(out, 0, sizeof *out);
        snprintf(out->when, sizeof out->when, "%s", e->when);
        out->precision = e->when_precision;
        return 1;
    }
    return 0;
}

/* The agent of a violent act the clause refers to: "Karzai has ordered
 * an inquiry, ... complained about civilian deaths from airstrikes" is
 * aimed at whoever carried out the airstrikes told before.  An act of
 * coercion or force (roots 17-20) named in the sentence, as a noun or a
 * verb, is matched to the last event of its root coded in the six
 * sentences before or earlier in this one, by another country than the
 * source's (scode).  (Within one country it would also reach acts the
 * clause does not refer to: "pemimpin oposisi yang menentang
 * pemerintahannya" after an arrest.) */
int discourse_event_agent(const warta_coder *c, const sent_state *st, size_t si, const verb_match *vm, const char *scode,
                          char out[12])
{
    for (size_t k = 0; k < st->nvm; k++) {
        const char *vc = st->vm[k].v->code;
        if (&st->vm[k] == vm || cameo_root(vc) < 17) continue;
        for (size_t e = c->nev; e-- > 0;) {
            const warta_event *ev = &c->ev[e];
            if ((size_t)ev->sent + 6 < si) break;
            if (strncmp(ev->root, vc, 2) || !strncmp(ev->src, scode, 3) || !ev->src[0]) continue;
            snprintf(out, 12, "%s", ev->src);
            return 1;
        }
    }
    return 0;
}
