/* clause.c — reading a clause: subject, object, agent, voice, ends.
 *
 * The rules events.c relies on, each stated as a fact of Indonesian or
 * English syntax where it is written: the subject is the nearest core
 * argument before the verb (across a relative pronoun, its antecedent;
 * past a relative clause that closed, what it modifies), the object the
 * first actor after it and before a complement, a reported clause, an
 * adjunct clause or a relative clause; the passive agent follows
 * "oleh"/"by" in the clause.
 */
#include "clause.h"
#include <stdio.h>
#include <string.h>

/* The relative pronoun whose clause holds the mention starting at mtb and
 * has its own verb before the mention, or -1. */
static size_t rel_before(const warta_coder *c, const sentence *s, const sent_state *st, size_t mtb)
{
    int verb = 0;
    for (size_t j = mtb; j-- > s->tb;) {
        if (st->vstart[j]) verb = 1;
        if (c->info[j].gram == G_REL) return verb ? j : (size_t)-1;
        if (st->tok_m[j] && !verb) return (size_t)-1;
        const token *t = &c->toks.v[j];
        if (t->kind == TOK_PUNCT && (t->fold[0] == ';' || t->fold[0] == ':')) return (size_t)-1;
    }
    return (size_t)-1;
}

/* The relative pronoun of a clause set off by commas that holds mention m
 * before pos ("Indonesia, which currently chairs ASEAN, criticized"), or -1. */
static size_t comma_relative(const warta_coder *c, const sentence *s, const sent_state *st, const mention *m, size_t pos)
{
    int comma_after = 0;
    for (size_t j = m->te; j < pos; j++) if (c->toks.v[j].fold[0] == ',') comma_after = 1;
    if (!comma_after) return (size_t)-1;
    for (size_t j = m->tb; j-- > s->tb;) {
        if (st->tok_m[j]) return (size_t)-1;
        if (c->info[j].gram == G_REL) return j > s->tb && c->toks.v[j - 1].fold[0] == ',' ? j : (size_t)-1;
        if (c->toks.v[j].kind == TOK_PUNCT) return (size_t)-1;
    }
    return (size_t)-1;
}

/* Whether token `comma` is the comma after a verb of saying and the word
 * at `verb` starts what is said with a subject of its own, or none
 * ("Ryamizard mengatakan, kerja sama ..."), not as a second act of the
 * speaker: Indonesian drops the speaker before a marked verb ("Menlu
 * mengatakan, akan mengunjungi Jepang"), so such a verb shares him. */
static int said_on_its_own(const warta_coder *c, const sentence *s, size_t comma, size_t verb)
{
    if (c->toks.v[comma].fold[0] != ',' || comma == s->tb || c->info[comma - 1].gram != G_SAY) return 0;
    return c->lang != LANG_ID || !(c->toks.v[verb].morph & (MORPH_ACTIVE | MORPH_PASSIVE | MORPH_STATIVE));
}

/* Nearest core argument left of pos: a mention not introduced by a
 * preposition, or the antecedent of a relative pronoun. */
int clause_subject(const warta_coder *c, const sentence *s, const sent_state *st, size_t pos)
{
    /* a pattern that starts at an actor's head noun: that actor */
    if (pos < s->te && st->tok_m[pos] && c->m[st->tok_m[pos] - 1].tb < pos && clause_usable(&c->m[st->tok_m[pos] - 1]))
        return st->tok_m[pos] - 1;
    /* "Pemimpin junta Mali, yang berkuasa sejak 2021, mengusir ...": a
     * parenthetical set off by commas right before the verb is skipped */
    size_t v = pos;
    while (v > s->tb && (c->info[v - 1].gram == G_AUX || c->info[v - 1].gram == G_NEG)) v--;
    if (v > s->tb && c->toks.v[v - 1].fold[0] == ',') {
        for (size_t k = v - 1; k-- > s->tb && k + 14 > v;) {
            if (c->toks.v[k].fold[0] != ',') continue;
            if (k + 1 < v && c->info[k + 1].gram == G_REL) pos = k;
            break;
        }
    }
    int rel = 0;
    size_t relpos = 0;
    for (size_t j = pos; j-- > s->tb;) {
        if (c->info[j].gram == G_REL && !rel) { rel = 1; relpos = j; }
        /* an adjunct clause ("while dialogue with X would ...") has its own
         * subject or none */
        if (c->info[j].gram == G_SUB && !rel) return -1;
        /* "tetapi mengirim bantuan": a verb right after "but" shares the
         * subject before it; "but there have been violations" has its own */
        if (c->info[j].gram == G_CONTRAST && !rel) {
            size_t v0 = pos;
            while (v0 > j + 1 && (c->info[v0 - 1].gram == G_AUX || c->info[v0 - 1].gram == G_NEG)) v0--;
            if (v0 != j + 1) return -1;
        }
        if (!rel && pos < s->te && said_on_its_own(c, s, j, pos)) return -1;
        int32_t mi = st->tok_m[j];
        if (!mi) continue;
        const mention *m = &c->m[mi - 1];
        j = m->tb;   /* skip over the mention */
        if (!clause_usable(m) || clause_modifier(c, st, m, s)) continue;
        /* the antecedent of "yang"/"who" stands right before it */
        if (rel) {
            if (m->te == relpos || (m->te + 1 == relpos && c->toks.v[m->te].fold[0] == ',')) return mi - 1;
            /* "Kongres Peru menggelar pemungutan suara yang menetapkan ...":
             * an antecedent that is an act, not an actor, is done by the
             * clause's subject */
            if (m->prep == 0 && relpos > 0 && pos <= relpos + 3 && !st->tok_m[relpos - 1] && c->toks.v[relpos - 1].kind == TOK_WORD &&
                (c->toks.v[relpos - 1].morph & MORPH_NOUN || st->vstart[relpos - 1] || (relpos >= 2 && st->vstart[relpos - 2]) ||
                 (relpos >= 2 && (c->toks.v[relpos - 2].morph & MORPH_NOUN))))
                return mi - 1;
            return -1;
        }
        /* "the officers who shot the protesters were arrested", "Indonesia,
         * which chairs ASEAN, criticized": a mention inside a relative
         * clause that closed before the verb is not its subject; go on to
         * the antecedent */
        size_t r = rel_before(c, s, st, m->tb);
        if (r != (size_t)-1) { j = r + 1; continue; }
        /* ", which chairs ASEAN," set off by commas */
        r = comma_relative(c, s, st, m, pos);
        if (r != (size_t)-1) { j = r + 1; continue; }
        if (m->prep == 0) return mi - 1;
    }
    return -1;
}

/* First actor after the pattern, not past a complementizer, a verb of
 * saying or a clause-ending mark, within 20 tokens. */
int clause_object(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm,
                        int src, int want_prep)
{
    /* what is asked, proposed, promised or threatened may be told in an
     * infinitive: its object is the act's target ("mengusulkan untuk
     * mendeklarasikan Sheinbaum ...", "urged Asia to enforce ...") */
    const char *vc = vm->v->code;
    int through = (!strncmp(vc, "01", 2) && strcmp(vc, "010")) || !strncmp(vc, "02", 2) || !strncmp(vc, "03", 2) || !strncmp(vc, "15", 2) ||
                  !strncmp(vc, "10", 2) || !strncmp(vc, "11", 2) || !strncmp(vc, "12", 2) || !strncmp(vc, "13", 2);
    size_t lim = vm->te + 20 < s->te ? vm->te + 20 : s->te;
    /* a pattern that spans the reason ("blame * for * sinking"): the target
     * stands before it */
    if (!strncmp(vc, "11", 2) || !strncmp(vc, "12", 2))
        for (size_t j = vm->tb + 1; j < vm->te; j++)
            if (c->info[j].gram == G_REASON) { lim = j; break; }
    for (size_t j = vm->tb + 1; j < lim; j++) {
        /* the object stands before a complement, a reported clause, an
         * adjunct clause or a relative clause that begins after the verb */
        /* "blame the North for the sinking of a South Korean warship": what
         * an accusation or a demand is about is not its target */
        if (j >= vm->te && (!strncmp(vc, "11", 2) || !strncmp(vc, "12", 2)) && c->info[j].gram == G_REASON) break;
        /* "demanded that Japan retract": the subject of what is demanded */
        if (j >= vm->te && c->info[j].gram == G_COMP && j == vm->te && (!strncmp(vc, "10", 2) || !strncmp(vc, "02", 2)))
            continue;
        if (j >= vm->te && (c->info[j].gram == G_COMP || c->info[j].gram == G_SAY || c->info[j].gram == G_SUB || c->info[j].gram == G_CONTRAST ||
                            (c->info[j].gram == G_PURPOSE && !through) || (c->info[j].gram == G_REL && j > vm->te)))
            break;
        const token *t = &c->toks.v[j];
        if (j >= vm->te && t->kind == TOK_PUNCT && (t->fold[0] == ';' || t->fold[0] == ':')) break;
        /* ", South Korea's military said": a reporting clause is no object */
        if (j >= vm->te && t->kind == TOK_PUNCT && t->fold[0] == ',') {
            int say = 0;
            for (size_t k = j + 1; k < s->te && k < j + 8; k++) if (c->info[k].gram == G_SAY) say = 1;
            if (say) break;
        }
        /* ", killing 3 civilians": a comma before the next verb ends the clause */
        if (j >= vm->te && t->kind == TOK_PUNCT && t->fold[0] == ',' && j + 1 < s->te && st->vstart[j + 1]) break;
        int32_t mi = st->tok_m[j];
        if (!mi) continue;
        const mention *m = &c->m[mi - 1];
        if (m->tb < vm->tb + 1) continue;
        j = m->te - 1;
        if (!clause_usable(m) || (int)(mi - 1) == src || m->prep == 2) continue;
        /* a modifier is no target ("military aid"), unless the pattern
         * spans it after an article ("calling the police order an abuse") */
        if (clause_modifier(c, st, m, s) && (m->te > vm->te || m->tb == s->tb || c->info[m->tb - 1].gram != G_DET)) continue;
        /* in aid, cooperation and force posture a bare role noun the
         * pattern itself names is the means, part of the predicate
         * ("memberikan bantuan militer", "mengerahkan pasukan", "deployed
         * warships", "suspended military aid"); in violence and coercion it
         * is the victim ("killed 6 soldiers"), and people given aid are its
         * recipients ("transferred 15 people injured") */
        int means = !strncmp(vc, "03", 2) || !strncmp(vc, "05", 2) || !strncmp(vc, "06", 2) || !strncmp(vc, "07", 2) ||
                    !strncmp(vc, "15", 2) || !strncmp(vc, "16", 2);
        if (means && m->te <= vm->te && !m->country[0] && m->person < 0 && !m->org[0] && !m->named &&
            (!strcmp(m->role, "MIL") || !strcmp(m->role, "COP")) && (m->tb == s->tb || c->info[m->tb - 1].gram != G_DET))
            continue;
        /* where an act happens is no target, except for a protest at an
         * embassy or force used at a place */
        if (m->prep == 3 && cameo_root(vc) < 14) continue;
        if (want_prep && m->prep != 1 && !(m->prep == 3 && cameo_root(vc) >= 14)) continue;
        /* not the source again; but two people with one code on the
         * document date are two actors ("In 2019, Theresa May criticized
         * Jeremy Corbyn", read in 2024: both former officials then) */
        if (src >= 0 && strcmp(m->code, c->m[src].code) == 0 &&
            !(m->person >= 0 && c->m[src].person >= 0 && m->person != c->m[src].person) &&
            !(m->dual && m->code2[0] && strcmp(m->code2, c->m[src].code)))   /* "hubungan kedua negara": the other */
            continue;
        return mi - 1;
    }
    return -1;
}

/* Force used on a place ("aneksasi Rusia terhadap Semenanjung Krimea",
 * "shelled Kharkiv") is used on the state the place belongs to. */
int clause_place_target(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm)
{
    size_t lim = vm->te + 6 < s->te ? vm->te + 6 : s->te;
    for (size_t j = vm->te; j < lim; j++) {
        if (c->info[j].gram == G_SUB || c->info[j].gram == G_COMP || c->info[j].gram == G_REL) break;
        int32_t mi = st->tok_m[j];
        if (!mi) continue;
        const mention *m = &c->m[mi - 1];
        j = m->te - 1;
        if (m->place != 1 || !m->country[0] || !strncmp(m->country, "IGO", 3)) continue;
        return mi - 1;
    }
    return -1;
}

/* The agent after "oleh"/"by" within 12 tokens of the pattern's end, in
 * its clause ("were killed ... in an attack perpetrated by X"). */
int clause_agent(const warta_coder *c, const sentence *s, const sent_state *st, size_t end)
{
    size_t lim = end + 12 < s->te ? end + 12 : s->te;
    for (size_t j = end; j < lim; j++) {
        const token *t = &c->toks.v[j];
        if (c->info[j].gram == G_COMP || c->info[j].gram == G_SUB) break;
        if (t->kind == TOK_PUNCT && (t->fold[0] == ',' || t->fold[0] == ';' || t->fold[0] == ':')) break;
        int32_t mi = st->tok_m[j];
        if (mi && c->m[mi - 1].prep == 2 && clause_usable(&c->m[mi - 1])) return mi - 1;
    }
    return -1;
}

int clause_gram_before(const warta_coder *c, const sentence *s, const sent_state *st, size_t pos, int g, int window)
{
    for (size_t j = pos, k = 0; j-- > s->tb && k < (size_t)window; k++) {
        if (st->tok_m[j] && !c->m[st->tok_m[j] - 1].pron) return 0;
        const token *t = &c->toks.v[j];
        if (t->kind == TOK_PUNCT && t->fold[0] != '-' && t->fold[0] != '\'') return 0;
        if (c->info[j].gram == g) return 1;
    }
    return 0;
}

int clause_en_passive(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm)
{
    const token *t = &c->toks.v[vm->tb];
    size_t n = t->flen;
    int participle = (n > 2 && strcmp(t->fold + n - 2, "ed") == 0) || (n > 2 && strcmp(t->fold + n - 2, "en") == 0) ||
                     (n > 2 && strcmp(t->fold + n - 2, "wn") == 0) ||
                     (strcmp(t->fold, t->lemma) != 0 && strmap_get(&c->kb->irregular, t->fold, n, NULL));
    if (!participle) {
        /* a pattern ending in a participle: "sanctions were imposed" */
        const token *l = &c->toks.v[vm->te - 1];
        size_t ln = l->flen;
        if (vm->te - vm->tb < 2 || !(ln > 2 && !strcmp(l->fold + ln - 2, "ed")) || c->info[vm->te - 2].gram != G_BE) return 0;
        return 1;
    }
    /* "'s" is "is" or "has": "it's threatened a response" is active */
    if (vm->tb > s->tb && !strcmp(c->toks.v[vm->tb - 1].fold, "'s") && clause_agent(c, s, st, vm->te) < 0) return 0;
    if (clause_gram_before(c, s, st, vm->tb, G_BE, 3)) return 1;
    /* a reduced relative: "the people arrested were ...", "the deal signed
     * by ..." — a participle right after a noun, then "by" or a verb "be" */
    if (vm->tb + 1 < s->te && vm->tb > s->tb && st->tok_m[vm->tb - 1]) {
        if (c->info[vm->tb + 1].gram == G_BE) return 1;
        /* "by" then an actor, not "spoke by phone" */
        if (c->info[vm->tb + 1].gram == G_AGENT)
            for (size_t j = vm->tb + 2; j < s->te && j < vm->tb + 5; j++)
                if (st->tok_m[j]) return 1;
    }
    return 0;
}

/* An English pattern word is read as a noun unless what precedes it can
 * stand before a finite verb: the end of an actor's name, a pronoun, an
 * auxiliary or negation, "to", a relative pronoun, an adverb in -ly, a date,
 * a comma or a quote.  "earlier clashes", "the arrest", "Israel's attack",
 * "for talks" are nouns; "police arrested", "he also met" are verbs. */
int clause_en_nominal(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm)
{
    const token *w = &c->toks.v[vm->tb];
    /* a gerund with "of" after it is a noun ("the blocking of the
     * entrance"), and so is one before a plain noun ("meeting records");
     * one with an actor after it is a verb ("a resolution condemning
     * Russia") */
    if (vm->tb + 1 < s->te && w->flen > 4 && !strcmp(w->fold + w->flen - 3, "ing")) {
        const token *n = &c->toks.v[vm->tb + 1];
        if (st->tok_m[vm->tb + 1]) return 0;
        if (!strcmp(n->fold, "of")) return 1;
        if (n->kind == TOK_WORD && !n->cap && !st->tok_m[vm->tb + 1] && c->info[vm->tb + 1].gram == 0 &&
            c->info[vm->tb + 1].date == 0 && !st->vstart[vm->tb + 1] && n->flen > 3 &&
            strcmp(n->fold + n->flen - 2, "ly") && !(n->flen > 3 && !strcmp(n->fold + n->flen - 2, "ed")))
            return 1;
    }
    if (vm->tb == s->tb) return 0;
    size_t j = vm->tb - 1;
    const token *p = &c->toks.v[j];
    /* a word in -ed is a finite verb unless an article, a possessive or a
     * count stands before it ("the first attacked a post"; "two kidnapped
     * soldiers" is an adjective) */
    if (w->flen > 3 && !strcmp(w->fold + w->flen - 2, "ed"))
        return c->info[j].gram == G_DET || !strcmp(p->fold, "'s") || p->kind == TOK_NUM || c->info[j].date == D_NUM;
    const token_info *in = &c->info[j];
    if (st->tok_m[j]) return strcmp(p->fold, "'s") == 0;
    if (p->kind == TOK_PUNCT) return 0;
    /* "to" + a bare form is an infinitive ("voted to declare", "trying to
     * intimidate"); "to talks" is a noun */
    if (!strcmp(p->fold, "to")) return w->flen > 2 && w->fold[w->flen - 1] == 's';
    if (strcmp(p->fold, "'s") == 0) return 1;
    switch (in->gram) {
    case G_DET: case G_PREP: case G_PLACENOUN: case G_QVOTE: case G_QKILLED: case G_QINJURED: case G_QPEOPLE:
        return 1;
    case 0:
        break;
    default:
        return 0;        /* pronouns, auxiliaries, negation, "to" ... */
    }
    if (in->date == D_EARLY || in->date == D_LATE) return 1;
    if (in->date) return 0;
    if (p->kind == TOK_NUM) return 1;
    if (p->flen > 3 && strcmp(p->fold + p->flen - 2, "ly") == 0) return 0;
    if (strcmp(p->fold, "to") == 0) return 0;
    return 1;                /* an adjective or a noun before it */
}

/* An English role noun standing alone before another noun is a modifier,
 * not an actor: "military drills", "police operations". */
int clause_modifier(const warta_coder *c, const sent_state *st, const mention *m, const sentence *s)
{
    if (c->lang != LANG_EN || m->country[0] || m->person >= 0 || m->org[0] || m->named || m->pron || m->pronpl || m->dual)
        return 0;
    if (m->te >= s->te) return 0;
    const token *n = &c->toks.v[m->te];
    int g = c->info[m->te].gram;
    /* "civilian deaths", not "people injured" (a participle) */
    int noun = g == 0 || ((g >= G_QVOTE && g <= G_QPEOPLE) && !(n->flen > 3 && !strcmp(n->fold + n->flen - 2, "ed"))) ||
               g == G_PLACENOUN;
    return n->kind == TOK_WORD && !n->cap && noun && c->info[m->te].date == 0 &&
           !st->vstart[m->te] && strcmp(n->fold, "'s") != 0;
}

/* A verb pattern at j that is read as a verb: not after an article or a
 * preposition ("in a raid"). */
int clause_verbal_at(const warta_coder *c, const sent_state *st, const sentence *s, size_t j)
{
    if (!st->vstart[j]) return 0;
    if (j == s->tb) return 1;
    int g = c->info[j - 1].gram;
    return !(g == G_DET || g == G_PREP || g == G_LOC || (c->toks.v[j].morph & MORPH_NOUN) ||
             c->toks.v[j - 1].kind == TOK_NUM || c->info[j - 1].date == D_NUM);
}

/* a word or mark that ends a clause: comma, semicolon, "yang", "bahwa",
 * "dan"/"and" before a verb */
int clause_end_mark(const warta_coder *c, const sent_state *st, const sentence *s, size_t j)
{
    const token *t = &c->toks.v[j];
    if (t->kind == TOK_PUNCT && (t->fold[0] == ',' || t->fold[0] == ';' || t->fold[0] == ':')) return 1;
    int g = c->info[j].gram;
    if (g == G_CONJ) {
        size_t k = j + 1;
        while (k < s->te && c->info[k].gram == G_AUX) k++;
        return k < s->te && clause_verbal_at(c, st, s, k);
    }
    return g == G_REL || g == G_COMP || g == G_SAY || g == G_SUB || g == G_CONTRAST;
}

/* ---- emitting -------------------------------------------------------------- */

/* The subject a verb shares with the clause before it:
 *  - coordinated verbs ("X summoned Y and issued Z", "X ..., serta menolak
 *    Y"): the mention found before the verb is the object of the verb
 *    before it, so the subject is that verb's subject;
 *  - an English participle after a comma or "and" ("X seized power,
 *    detaining Y and imposing Z"): the sentence's subject. */
int clause_shared_subject(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm, int src)
{
    size_t k = (size_t)(vm - st->vm);
    size_t j = vm->tb;
    while (j > s->tb && (c->info[j - 1].gram == G_AUX || c->info[j - 1].gram == G_DET)) j--;
    int after_conj = j > s->tb && (c->info[j - 1].gram == G_CONJ || c->info[j - 1].gram == G_CONTRAST ||
                                   (c->toks.v[j - 1].kind == TOK_PUNCT && c->toks.v[j - 1].fold[0] == ','));
    if (!after_conj) return src;
    if (said_on_its_own(c, s, j - 1, vm->tb)) return src;      /* what is said is no second act */
    if (k > 0 && st->vsrc[k - 1] >= 0) {
        const verb_match *prev = &st->vm[k - 1];
        /* the object of the verb before ("menyerbu kompleks istana presiden
         * dan bentrok dengan polisi") is not the subject after "dan" */
        if (src < 0 || c->m[src].tb > prev->tb) return st->vsrc[k - 1];
    }
    const token *ft = &c->toks.v[vm->tb];
    /* "adopted a resolution condemning Russia": a participle after a noun
     * is the act of the verb before it's subject */
    if (c->lang == LANG_EN && k > 0 && st->vsrc[k - 1] >= 0 && ft->flen > 4 && !strcmp(ft->fold + ft->flen - 3, "ing") &&
        vm->tb > s->tb && c->toks.v[vm->tb - 1].kind == TOK_WORD && !st->tok_m[vm->tb - 1] && !c->info[vm->tb - 1].gram &&
        !c->info[vm->tb - 1].date)
        return st->vsrc[k - 1];
    if (c->lang == LANG_EN && ft->flen > 4 && strcmp(ft->fold + ft->flen - 3, "ing") == 0) {
        for (size_t i = s->tb; i < vm->tb; i++) {
            int32_t mi = st->tok_m[i];
            if (mi && c->m[mi - 1].prep == 0 && clause_usable(&c->m[mi - 1])) return mi - 1;
        }
    }
    return src;
}

/* A light verb right before the noun or one word before it ("melakukan
 * serangkaian serangan", "carried out air strikes"), no actor between. */
int clause_light_before(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm)
{
    for (size_t j = vm->tb, k = 0; j-- > s->tb && k < 2; k++) {
        if (st->tok_m[j]) return 0;
        if (c->info[j].gram == G_LIGHT) return 1;
        const token *t = &c->toks.v[j];
        if (t->kind == TOK_PUNCT) return 0;
    }
    return 0;
}

int clause_in_relative(const warta_coder *c, const sentence *s, const verb_match *vm)
{
    for (size_t j = vm->tb, k = 0; j-- > s->tb && k < 3; k++)
        if (c->info[j].gram == G_REL) return 1;
    return 0;
}

/* The first core argument of the sentence before pos: its subject. */
int clause_sentence_subject(const warta_coder *c, const sentence *s, const sent_state *st, size_t pos)
{
    for (size_t i = s->tb; i < pos; i++) {
        int32_t mi = st->tok_m[i];
        if (mi && c->m[mi - 1].prep == 0 && clause_usable(&c->m[mi - 1])) return mi - 1;
    }
    return -1;
}

/* "membantah laporan tersebut", "rejected the claims": an answer to what
 * was said before is addressed to who said it, the subject of the sentence
 * before. */
int clause_anaphoric_target(const warta_coder *c, size_t si, const sent_state *st, const verb_match *vm, int src)
{
    const sentence *s = &c->sents.v[si];
    int ana = 0;
    for (size_t j = vm->te; j < s->te && j < vm->te + 4; j++) if (c->info[j].gram == G_ANAPHOR) ana = 1;
    if (!ana || si == 0) return -1;
    const sentence *p = &c->sents.v[si - 1];
    int subj = clause_sentence_subject(c, p, st, p->te);
    if (subj < 0 || (src >= 0 && strcmp(c->m[subj].code, c->m[src].code) == 0)) return -1;
    return subj;
}

/* "Rejecting the PTI chief's offer, the PML-N leaders said ...", "Asking
 * Imran Khan to be serious, Saad Rafique said ...", "Menolak tawaran
 * Rusia, Menlu Ukraina mengatakan ...": an English participle or an
 * Indonesian meN- verb that opens the sentence has the subject of the
 * main clause after its comma. */
int clause_fronted_subject(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm)
{
    const token *w = &c->toks.v[vm->tb];
    if (vm->tb != s->tb) return -1;
    if (c->lang == LANG_EN && (w->flen < 5 || strcmp(w->fold + w->flen - 3, "ing"))) return -1;
    if (c->lang == LANG_ID && !(w->morph & MORPH_ACTIVE)) return -1;       /* "Menolak tawaran X, Y ..." */
    for (size_t j = vm->te; j < s->te; j++) {
        if (c->toks.v[j].fold[0] == '"') return -1;
        if (c->toks.v[j].fold[0] != ',') continue;
        size_t k = j + 1;
        while (k < s->te && c->info[k].gram == G_DET) k++;
        /* "Railway Minister Saad Rafique": a word or two of the title */
        for (size_t q = 0; q < 2 && k < s->te && !st->tok_m[k] && c->toks.v[k].kind == TOK_WORD && !c->info[k].gram &&
                           !st->vstart[k]; q++)
            k++;
        if (k >= s->te || !st->tok_m[k]) return -1;
        const mention *m = &c->m[st->tok_m[k] - 1];
        return clause_usable(m) && m->prep == 0 ? st->tok_m[k] - 1 : -1;
    }
    return -1;
}

/* Whether tokens [from, to) hold no clause mark and no conjunction: the
 * words around them belong to one clause. */
int clause_joined(const warta_coder *c, const sent_state *st, const sentence *s, size_t from, size_t to)
{
    for (size_t j = from; j < to; j++)
        if (clause_end_mark(c, st, s, j) || c->info[j].gram == G_CONJ) return 0;
    return 1;
}

/* Whether a word of grammar kind g stands in tokens [from, to). */
int clause_gram_in(const warta_coder *c, size_t from, size_t to, int g)
{
    for (size_t j = from; j < to; j++)
        if (c->info[j].gram == g) return 1;
    return 0;
}
