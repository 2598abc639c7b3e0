/* qty.c — quantities a sentence gives: vote tallies ("63–33", "63 votes to
 * 33"), prison terms ("25 tahun penjara", "25 years in prison"), the killed
 * and injured, and counts of people.  The words that say what a number
 * counts are grammar data (qvote, qprison, qkilled, qinjured, qpeople).
 * Thousands separators follow the language: "8.500" in Indonesian,
 * "39,699" in English.
 */
#include "coder_int.h"
#include <string.h>

static long count_of(const warta_coder *c, const token *t)
{
    /* number words ("five", "lima"), but not the article "a" */
    if (t->kind == TOK_WORD && t->flen > 1) {
        const token_info *in = &c->info[t - c->toks.v];
        return in->date == D_NUM ? in->dval : -1;
    }
    if (t->kind != TOK_NUM) return -1;
    long v = 0;
    char sep = c->lang == LANG_ID ? '.' : ',';
    char dec = c->lang == LANG_ID ? ',' : '.';
    for (const char *p = t->fold; *p; p++) {
        if (*p >= '0' && *p <= '9') { v = v * 10 + (*p - '0'); if (v > 1000000000L) return -1; }
        else if (*p == sep) continue;
        else if (*p == dec) break;
        else return -1;
    }
    return v;
}

static int near_gram(const warta_coder *c, const sentence *s, size_t i, int g, int before, int after)
{
    size_t lo = i >= s->tb + (size_t)before ? i - (size_t)before : s->tb;
    size_t hi = i + (size_t)after < s->te ? i + (size_t)after : s->te - 1;
    for (size_t k = lo; k <= hi; k++) if (k != i && c->info[k].gram == g) return 1;
    return 0;
}

/* Whether count i is what a word of kind g counts: the count right after
 * it ("menewaskan sedikitnya 30", "killing 16"), or the nearest count
 * before it ("22 warga Palestina tewas", "12 people were killed") — not a
 * count with another count nearer the word ("membakar 3 desa dan
 * menewaskan 30 warga"). */
static int counted_by(const warta_coder *c, const sentence *s, size_t i, int g)
{
    for (size_t j = i; j-- > s->tb && j + 3 >= i;) {          /* the word before: "menewaskan 30" */
        if (c->info[j].gram == g) return 1;
        if (c->toks.v[j].kind == TOK_PUNCT) break;
    }
    for (size_t j = i + 1; j < s->te && j <= i + 4; j++) {    /* the word after: "30 orang tewas" */
        if (count_of(c, &c->toks.v[j]) >= 0) return 0;
        if (c->info[j].gram == g) {
            for (size_t k = j + 1; k < s->te && k <= j + 2; k++)
                if (count_of(c, &c->toks.v[k]) >= 0) return 0;  /* its own count follows */
            return 1;
        }
        if (c->toks.v[j].kind == TOK_PUNCT) break;
    }
    return 0;
}

long qty_count_at(const warta_coder *c, size_t i)
{
    return count_of(c, &c->toks.v[i]);
}

static int later_gram(const warta_coder *c, const sentence *s, size_t i, int g)
{
    for (size_t j = i + 1; j < s->te; j++) if (c->info[j].gram == g) return 1;
    return 0;
}

void qty_find(warta_coder *c, const sentence *s, warta_qty *q)
{
    q->votes_for = q->votes_against = q->prison_years = q->killed = q->injured = q->people = -1;
    const token *t = c->toks.v;
    int vote = 0;
    for (size_t i = s->tb; i < s->te; i++) if (c->info[i].gram == G_QVOTE) vote = 1;
    for (size_t i = s->tb; i < s->te; i++) {
        long v = count_of(c, &t[i]);
        if (v < 0) continue;
        /* 63–33 / 63-33 / 63 to 33 */
        if (vote && i + 2 < s->te && count_of(c, &t[i + 2]) >= 0 &&
            ((t[i + 1].kind == TOK_PUNCT && t[i + 1].fold[0] == '-') || strcmp(t[i + 1].fold, "to") == 0)) {
            q->votes_for = v; q->votes_against = count_of(c, &t[i + 2]);
            i += 2;
            continue;
        }
        /* "63 votes to 33", "98 suara mendukung dan 12 menolak", "141 suara
         * berbanding 5", "141 in favour and 5 against": a vote word right
         * after the first count, the second count within six words */
        if (vote && i + 1 < s->te && c->info[i + 1].gram == G_QVOTE && q->votes_for < 0) {
            size_t j = i + 2;
            while (j < s->te && j < i + 7 && count_of(c, &t[j]) < 0 && t[j].kind != TOK_PUNCT) j++;
            if (j < s->te && j < i + 7 && count_of(c, &t[j]) >= 0) {
                q->votes_for = v; q->votes_against = count_of(c, &t[j]);
                i = j;
                continue;
            }
        }
        if (i + 1 < s->te && c->info[i + 1].date == D_UNIT && c->info[i + 1].dval == 4 &&
            near_gram(c, s, i + 1, G_QPRISON, 0, 3)) {
            q->prison_years = v;
            continue;
        }
        if (counted_by(c, s, i, G_QKILLED)) { if (q->killed < 0) q->killed = v; continue; }
        if (counted_by(c, s, i, G_QINJURED)) { if (q->injured < 0) q->injured = v; continue; }
        if (near_gram(c, s, i, G_QPEOPLE, 0, 2) && q->people < 0 && !later_gram(c, s, i, G_QKILLED) &&
            !later_gram(c, s, i, G_QINJURED)) {
            q->people = v;
            continue;
        }
        /* a count right before an actor: "sentenced 12 opposition members" */
        size_t si = (size_t)(s - c->sents.v);
        for (size_t k = m_first(c, si); k < m_end(c, si); k++) {
            if (c->m[k].tb != i + 1 || !c->m[k].role[0] || v < 2) continue;
            /* "Five soldiers were killed": what the sentence says of them */
            int killed = 0, injured = 0;
            for (size_t j = i + 1; j < s->te; j++) {
                if (c->info[j].gram == G_QKILLED) killed = 1;
                if (c->info[j].gram == G_QINJURED) injured = 1;
            }
            if (killed && q->killed < 0) q->killed = v;
            else if (injured && q->injured < 0) q->injured = v;
            else if (q->people < 0) q->people = v;
            break;
        }
    }
}
