/* events.c — from verb patterns and mentions to events.
 *
 * For each sentence: find the verb patterns (longest match over lemmas),
 * then fill each pattern's source and target from the clause, not from
 * word distance alone:
 *  - active voice: the source is the nearest core argument before the verb
 *    (a mention not introduced by a preposition; across "yang"/"who" the
 *    antecedent), the target the first actor after it, not past a
 *    complementizer ("bahwa", "that") or a verb of saying;
 *  - passive voice (Indonesian di-/ter-, English be + participle): the
 *    target is the subject and the source the agent after "oleh"/"by";
 *    with no agent, arrests, detentions and expulsions (roots 16, 17) are
 *    the state's acts (GUIDE.md): its government is the source;
 *  - nominalizations ("pemberian suaka oleh X kepada Y", "serangan udara
 *    Israel", "the arrest of X"): the source is the agent or the genitive
 *    after the noun, the target the actor after a preposition;
 *  - negation before the verb drops the event; a future or intent marker
 *    turns it into the codebook's intent or threat code (cameo/modal.tsv);
 *  - coordinated actors ("Peru dan Chili") give one event each; mutual acts
 *    (meetings, agreements, joint exercises, clashes, "saling") are coded
 *    both ways, a visit (042) also as hosting (043) the other way.
 */
#include "clause.h"
#include <stdio.h>
#include <string.h>

/* ---- records -------------------------------------------------------------- */

static int push_event(warta_coder *c, const warta_event *e)
{
    /* each (source, target, code, date) once per document (GUIDE.md) */
    char key[64];
    int kl = 0;
    const char *parts[4] = {e->src, e->tgt, e->code, e->when};
    for (int i = 0; i < 4; i++) {
        size_t l = strlen(parts[i]);
        memcpy(key + kl, parts[i], l);
        kl += (int)l;
        key[kl++] = '|';
    }
    if (strmap_get(&c->seen, key, (size_t)kl, NULL)) return 0;
    if (strmap_put(&c->seen, key, (size_t)kl, 1) < 0) return -1;
    if (c->nev == c->capev) {
        size_t cap = c->capev ? c->capev * 2 : 32;
        warta_event *v = arena_alloc(&c->a, cap * sizeof *v);
        if (!v) return -1;
        if (c->nev) memcpy(v, c->ev, c->nev * sizeof *v);
        c->ev = v; c->capev = cap;
    }
    c->ev[c->nev++] = *e;
    return 0;
}

/* An event's code and what the CAMEO table gives for it. */
static void set_code(warta_event *e, const char *code, const kb_cameo *cm)
{
    snprintf(e->code, sizeof e->code, "%s", code);
    memcpy(e->root, code, 2);
    e->quad = cm->quad;
    e->goldstein = cm->goldstein;
    e->plover = cm->plover;
    e->plover_mode = cm->mode;
}

static int bare_country(const mention *m)
{
    return m && !m->role[0] && !m->org[0] && m->person < 0 && !m->named && !m->pron && !m->pronpl && !m->dual && !m->people;
}

typedef struct {
    const mention *m;
    const char *code;
} actor_ref;

/* The actors a mention stands for: its coordination group, or both
 * countries of a dual mention. */
static size_t expand(const warta_coder *c, int mi, actor_ref *out, size_t max)
{
    if (mi < 0) return 0;
    const mention *m = &c->m[mi];
    size_t n = 0;
    if (m->dual) {
        if (m->code[0]) out[n++] = (actor_ref){m, m->code};
        if (m->code2[0] && n < max) out[n++] = (actor_ref){m, m->code2};
        return n;
    }
    if (m->group < 0) { out[n++] = (actor_ref){m, m->code}; return n; }
    /* a group's members are neighbours in one sentence */
    size_t b = (size_t)mi;
    while (b > 0 && c->m[b - 1].group == m->group) b--;
    for (size_t i = b; i < c->nm && n < max && c->m[i].group == m->group; i++)
        if (clause_usable(&c->m[i])) out[n++] = (actor_ref){&c->m[i], c->m[i].code};
    return n;
}

/* Acts that coordinated subjects with no object do with each other:
 * "Ghana and Mali signed", "Saudi Arabia and Iran restored relations",
 * "Pakistan and Afghanistan agreed to a ceasefire". */
static int pair_code(const char *code)
{
    return !strncmp(code, "03", 2) || !strncmp(code, "04", 2) || !strncmp(code, "05", 2) || !strncmp(code, "06", 2) ||
           !strncmp(code, "16", 2) || !strncmp(code, "19", 2) || !strncmp(code, "0871", 4);
}

/* Acts two parties do together (GUIDE.md): meetings and talks, agreements
 * signed, joint exercises.  Other cooperation is one-way ("extradited to",
 * "shared intelligence with") unless "joint"/"bersama" says otherwise, and
 * an intent stated by one side is that side's (036 from one source). */
static int mutual_code(const char *code)
{
    if (strncmp(code, "04", 2) == 0) return strcmp(code, "042") && strcmp(code, "043") && strcmp(code, "045");
    return strcmp(code, "057") == 0 || strcmp(code, "062") == 0;
}

static int emit(warta_coder *c, size_t si, const sentence *s, const sent_state *st, const verb_match *vm,
                const char *code, const actor_ref *src, const actor_ref *tgt, const char *why)
{
    const kb_cameo *cm = kb_cameo_get(c->kb, code);
    if (!cm || !src || !src->code || !src->code[0]) return 0;
    warta_event e;
    memset(&e, 0, sizeof e);
    e.sent = (int)si;
    e.span_start = s->start;
    e.span_end = s->end;
    snprintf(e.src, sizeof e.src, "%s", src->code);
    if (tgt && tgt->code) snprintf(e.tgt, sizeof e.tgt, "%s", tgt->code);
    /* the same actor on both sides is checked once the date has set
     * each person's office (below) */
    /* police firing on or clashing with civilians is repression (CAMEO
     * 175), the civilians' side of it a violent protest (145) */
    /* the police's side of a clash with protesters is repression (175) */
    if (!strncmp(code, "14", 2) && strlen(e.src) == 6 && strlen(e.tgt) == 6 && !strcmp(e.tgt + 3, "CVL") &&
        (!strcmp(e.src + 3, "COP") || !strcmp(e.src + 3, "MIL")))
        cm = kb_cameo_get(c->kb, code = "175");
    /* civilians using force are protesting violently (CAMEO 145):
     * "pengunjuk rasa menyerbu kediaman perdana menteri" */
    if (!strncmp(code, "19", 2) && strlen(e.src) == 6 && !strcmp(e.src + 3, "CVL"))
        cm = kb_cameo_get(c->kb, code = "145");
    /* CAMEO 183 is non-military bombing: a state's forces blowing something
     * up fight with conventional means (190) */
    if (!strncmp(code, "183", 3) && strlen(e.src) == 6 && (!strcmp(e.src + 3, "MIL") || !strcmp(e.src + 3, "GOV")))
        cm = kb_cameo_get(c->kb, code = "190");
    /* withdrawing from an international organisation reduces relations */
    if (!strncmp(code, "087", 3) && !strncmp(e.tgt, "IGO", 3)) cm = kb_cameo_get(c->kb, code = "160");
    if (!strncmp(code, "19", 2) && strlen(e.src) == 6 && strlen(e.tgt) == 6) {
        if (!strcmp(e.src + 3, "CVL") && !strcmp(e.tgt + 3, "COP")) cm = kb_cameo_get(c->kb, code = "145");
        if (!strcmp(e.src + 3, "COP") && !strcmp(e.tgt + 3, "CVL")) cm = kb_cameo_get(c->kb, code = "175");
        if (!cm) return 0;
    }
    /* a country acting with force acts through its military */
    if (bare_country(src->m) && strlen(e.src) == 6 && strncmp(e.src, "IGO", 3) &&
        (!strncmp(code, "15", 2) || (!strncmp(code, "19", 2) && strcmp(code, "191")) || !strncmp(code, "20", 2)))
        memcpy(e.src + 3, "MIL", 4);       /* closing a border (191) is the government's act */
    if (src->m) { e.src_off = c->toks.v[src->m->tb].off; e.src_len = c->toks.v[src->m->te - 1].off + c->toks.v[src->m->te - 1].len - e.src_off; }
    if (tgt && tgt->m) { e.tgt_off = c->toks.v[tgt->m->tb].off; e.tgt_len = c->toks.v[tgt->m->te - 1].off + c->toks.v[tgt->m->te - 1].len - e.tgt_off; }
    /* detention by a non-state actor is abduction (CAMEO 181) */
    if (!strncmp(code, "173", 3) && strlen(e.src) == 6 && (!strcmp(e.src + 3, "REB") || !strcmp(e.src + 3, "CVL")))
        cm = kb_cameo_get(c->kb, code = "181");
    if (!cm) return 0;
    set_code(&e, code, cm);
    e.when_precision = "";
    /* the date nearest the verb within its clause, or a date that opens
     * the sentence ("Pada 2022, Lima mengusir ...", "On Monday, ...") */
    const date_expr *best = NULL;
    long bestd = 1 << 30;
    size_t cb = vm->tb, ce = vm->te;
    while (cb > s->tb && !clause_end_mark(c, st, s, cb - 1)) cb--;
    while (ce < s->te && !clause_end_mark(c, st, s, ce) && !clause_verbal_at(c, st, s, ce)) ce++;
    for (size_t k = 0; k < st->ndates; k++) {
        int opener = st->dates[k].tb <= s->tb + 2;
        if (!opener && (st->dates[k].tb < cb || st->dates[k].tb >= ce)) continue;
        /* "Aktivis yang ditangkap polisi pekan lalu melakukan ...": a date
         * after another verb before this one is that verb's */
        int other = 0;
        for (size_t j = cb; !opener && st->dates[k].tb < vm->tb && j < st->dates[k].tb; j++)
            if (st->vstart[j] && j != vm->tb) other = 1;
        if (other) continue;
        long d = (long)st->dates[k].tb - (long)vm->tb;
        if (d < 0) d = -d * 2 + 1; else d *= 2;   /* ties go to the date after */
        if (d < bestd) { bestd = d; best = &st->dates[k]; }
    }
    /* a verb that shares its clause's subject ("seized power on Monday,
     * detaining ...", "met on Monday and signed ...") shares its date */
    const token *vt = &c->toks.v[vm->tb];
    size_t pv = vm->tb;
    while (pv > s->tb && c->info[pv - 1].gram == G_AUX) pv--;
    int participle = c->lang == LANG_EN && vt->flen > 4 && !strcmp(vt->fold + vt->flen - 3, "ing") && pv > s->tb &&
                     c->toks.v[pv - 1].fold[0] == ',';
    int coordinated = pv > s->tb && c->info[pv - 1].gram == G_CONJ;
    if (!best && (participle || coordinated) && clause_shared_subject(c, s, st, vm, -1) >= 0)
        for (size_t k = 0; k < st->ndates; k++) {
            if (st->dates[k].tb >= vm->tb) break;
            int rel = 0;          /* not from inside a relative clause */
            for (size_t j = st->dates[k].tb; j-- > s->tb && !rel;) {
                if (c->info[j].gram == G_REL) rel = 1;
                if (st->vstart[j]) break;
            }
            if (!rel) best = &st->dates[k];
        }
    if (!best) best = discourse_trailing_date(c, st, s, ce);
    date_expr said;
    if (!best && discourse_quote_date(c, si, vm->te, &said)) best = &said;
    if (!best && discourse_event_date(c, st, s, si, &said)) best = &said;
    /* an intent or a threat is made now: a date after the document's is
     * when the act is planned, not when the statement was made */
    int stated = !strncmp(code, "03", 2) || !strncmp(code, "13", 2);
    if (best && stated && (best->future || (c->doc_date && kb_parse_date(best->when, strlen(best->when), 0) > c->doc_date)))
        best = NULL;
    /* ... it is made when it is said: "said on Friday they would
     * blockade Paris from Monday night" */
    for (size_t k = 0; !best && stated && k < st->ndates; k++) {
        const date_expr *d = &st->dates[k];
        if (d->tb >= vm->tb || d->future) continue;
        for (size_t j = d->tb; j-- > s->tb && j + 3 >= d->tb;)
            if (c->info[j].gram == G_SAY) { best = d; break; }
    }
    if (best) {
        snprintf(e.when, sizeof e.when, "%s", best->when);
        e.when_precision = best->precision;
        /* a person is coded by the office held when the event happened
         * ("In March 2016, Buhari met Zuma"), not on the document's date */
        int32_t from = kb_parse_date(e.when, strlen(e.when), 0), to = kb_parse_date(e.when, strlen(e.when), 1);
        if (from > 0 && to > 0) {
            if (src->m && src->m->person >= 0 && !src->m->former) kb_person_code_range(c->kb, (uint32_t)src->m->person, from, to, e.src);
            if (tgt && tgt->m && tgt->m->person >= 0 && !tgt->m->former)
                kb_person_code_range(c->kb, (uint32_t)tgt->m->person, from, to, e.tgt);
            if (!strcmp(e.src, e.tgt)) return 0;
        }
    }
    if (!strcmp(e.src, e.tgt)) return 0;
    e.qty = st->qty;
    /* a count right before the target counts the target ("dua warga
     * Inggris dan tiga warga Australia"), unless it counts the dead */
    if (tgt && tgt->m && tgt->m->tb > s->tb && e.qty.people >= 0) {
        long n = qty_count_at(c, tgt->m->tb - 1);
        if (n > 1 && n != e.qty.killed && n != e.qty.injured) e.qty.people = n;
    }
    /* a statement with no one it is addressed to counts no one: "membantah
     * tuduhan itu tetapi mengusir dua diplomat" — the two are the
     * expulsion's; force posture and protests keep their numbers */
    /* the killed and injured are counted by acts of violence, not by the
     * statements, sanctions or seizures of property told beside them
     * ("membakar 3 desa dan menewaskan 30 warga") */
    int violent = (cameo_root(code) == 14 || cameo_root(code) >= 17) && strncmp(code, "171", 3);
    if (!violent) e.qty.killed = e.qty.injured = -1;
    int verbal = (code[0] == '0' && code[1] <= '5') || (code[0] == '1' && code[1] <= '3');
    if (e.qty.people >= 0 && verbal && !(tgt && tgt->m) && !(src && src->m && src->m->people))
        e.qty.people = -1;
    /* where: the place named nearest the verb in its sentence ("di Lima",
     * "in Kharkiv"); a dateline place counts for the first sentence */
    const mention *pl = NULL;
    long pd = 1L << 30;
    for (size_t k = m_first(c, si); k < m_end(c, si); k++) {
        const mention *m = &c->m[k];
        if (m->place != 1 || !m->country[0] || !strncmp(m->country, "IGO", 3)) continue;
        long d = (long)m->tb - (long)vm->tb;
        if (d < 0) d = -d;
        if (d < pd) { pd = d; pl = m; }
    }
    if (pl) {
        snprintf(e.place_country, sizeof e.place_country, "%.3s", pl->country);
        e.place_off = c->toks.v[pl->tb].off;
        e.place_len = c->toks.v[pl->te - 1].off + c->toks.v[pl->te - 1].len - e.place_off;
    }
    e.rule = vm->v->src;
    e.why = why;
    if (c->trace)
        fprintf(c->trace, "  event %s -> %s %s%s%s (%s): %s\n", e.src, e.tgt[0] ? e.tgt : "-", e.code, e.when[0] ? " " : "",
                e.when, e.rule, why);
    if (push_event(c, &e) < 0) return -1;
    /* "Ghana and Mali signed an MOU in Accra": a meeting or a signing
     * held in one party's country is the other party's visit there */
    int meeting = (!strncmp(code, "04", 2) && strcmp(code, "042") && strcmp(code, "043") && strcmp(code, "045") &&
                   strcmp(code, "046")) || !strcmp(code, "057");
    if (meeting && e.place_country[0] && strlen(e.src) >= 6 && strlen(e.tgt) >= 6 && strncmp(e.src, "IGO", 3) &&
        strncmp(e.tgt, "IGO", 3) && strncmp(e.src, e.tgt, 3)) {
        const char *vc = !strncmp(e.src, e.place_country, 3) ? "043" : !strncmp(e.tgt, e.place_country, 3) ? "042" : NULL;
        const kb_cameo *vm2 = vc ? kb_cameo_get(c->kb, vc) : NULL;
        if (vm2) {
            warta_event v = e;
            set_code(&v, vc, vm2);
            v.why = "a meeting held in one party's country is the other's visit";
            if (c->trace) fprintf(c->trace, "  event %s -> %s %s (%s): %s\n", v.src, v.tgt, v.code, v.rule, v.why);
            if (push_event(c, &v) < 0) return -1;
        }
    }
    return 0;
}

/* implicit agent: the government of the country where it happened */
/* The implicit agent of an agentless arrest, expulsion or sentence: the
 * state where it happened ("detained in China"), the state someone is
 * expelled from ("expelled from Mali"), else the target's own; a court's
 * act (sentenced, convicted, charged: grammar "court") is its judiciary's
 * (GUIDE.md). */
static void implicit_state(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm,
                           const char *tgt, char out[8])
{
    out[0] = '\0';
    const char *k = tgt && tgt[0] && strncmp(tgt, "IGO", 3) ? tgt : c->dominant;
    for (size_t j = vm->te; j < s->te && j < vm->te + 6; j++) {
        int32_t mi = st->tok_m[j];
        if (!mi) continue;
        const mention *m = &c->m[mi - 1];
        const char *f = c->toks.v[m->tb > s->tb ? m->tb - 1 : m->tb].fold;
        if (m->country[0] && strncmp(m->country, "IGO", 3) && !m->role[0] && m->person < 0 &&
            (m->place == 1 || !strcmp(f, "from") || !strcmp(f, "dari") || !strcmp(f, "in") || !strcmp(f, "di"))) {
            k = m->country;
            break;
        }
        j = m->te - 1;
    }
    int court = 0;
    for (size_t j = vm->tb; j < vm->te; j++) if (c->info[j].gram == G_COURT) court = 1;
    if (k && k[0]) snprintf(out, 8, "%.3s%s", k, court ? "JUD" : "GOV");
}

/* Codes that may stand without a target: declining to comment (011),
 * denials and admissions of responsibility (016, 015), force posture (15x), states of emergency and
 * curfews (172x), blockades and threats of one (191, 1381), ceasefires
 * and withdrawals (087x), bombings (183x).  Other threats need someone threatened. */
static int targetless_ok(const char *code)
{
    if (!strncmp(code, "01", 2)) return !strncmp(code, "016", 3) || !strncmp(code, "015", 3) || !strncmp(code, "011", 3);
    if (!strncmp(code, "081", 3)) return 1;      /* lifting a curfew or a state of emergency */
    return !strncmp(code, "15", 2) || !strncmp(code, "172", 3) || !strcmp(code, "191") || !strcmp(code, "1381") ||
           !strncmp(code, "087", 3) || !strcmp(code, "0356") || !strncmp(code, "183", 3);   /* 0356: intent to do 087 */
}

/* The slots a verb pattern's clause gives. */
typedef struct {
    int src, tgt, ptgt;       /* mentions; ptgt: a place whose state is the target */
    char implicit[8];         /* an implicit source (the state, the people) */
    const char *why;
    const char *code, *rule;  /* a more specific pattern found by the reading, or NULL */
    int single;               /* src and tgt are one actor each, not their groups */
} slots;

/* The pattern that the verb and the words of its passive subject make
 * together, in the active order: lemma(verb) + the subject's words. */
static const kb_verb *object_first_pattern(const warta_coder *c, const verb_match *vm, const mention *obj)
{
    const trie *t = &c->kb->verbs_t[c->lang];
    const token *v = &c->toks.v[vm->tb];
    uint32_t n = trie_step(t, 0, v->lemma, v->llen);
    const kb_verb *best = NULL;
    for (size_t j = obj->tb; n && j < obj->te; j++) {
        const token *u = &c->toks.v[j];
        if (u->kind != TOK_WORD) break;
        n = trie_step(t, n, u->lemma, u->llen);
        for (uint32_t p = n ? trie_payloads(t, n) : 0; p; p = t->pay[p].next) best = &c->kb->verbs[t->pay[p].entry];
    }
    return best;
}

/* Passive (Indonesian di-/ter-, English be + participle): the target is
 * the subject, the source the agent; agentless arrests and expulsions are
 * the state's (GUIDE.md).  Returns NULL, or why there is no event. */
static const char *read_passive(warta_coder *c, size_t si, const sentence *s, sent_state *st, const verb_match *vm,
                                const char *code, slots *sl)
{
    (void)si;
    const token *ft = &c->toks.v[vm->tb];
    sl->tgt = clause_subject(c, s, st, vm->tb);
    sl->src = clause_agent(c, s, st, vm->te);
    /* "Usulan perundingan dari Mesir ditolak Israel": the subject is an
     * act named by a noun; whoever it is from is the target */
    int from_act = 0;
    size_t k = (size_t)(vm - st->vm);
    if (sl->tgt < 0 && k > 0 && (c->toks.v[st->vm[k - 1].tb].morph & MORPH_NOUN)) {
        for (size_t j = st->vm[k - 1].te; j < vm->tb && sl->tgt < 0; j++) {
            if (clause_end_mark(c, st, s, j)) break;
            if (st->tok_m[j] && clause_usable(&c->m[st->tok_m[j] - 1])) sl->tgt = st->tok_m[j] - 1, from_act = 1;
        }
    }
    /* "Sanctions were imposed on Iran by the EU": the target after "on" */
    if (sl->tgt < 0) sl->tgt = clause_object(c, s, st, vm, sl->src, 1);
    /* Indonesian may put the agent right after a di- verb, without "oleh":
     * "kesepakatan yang ditengahi Arab Saudi" */
    if (sl->src < 0 && c->lang == LANG_ID && (ft->morph & MORPH_PASSIVE) && vm->te < s->te && st->tok_m[vm->te] &&
        c->m[st->tok_m[vm->te] - 1].prep == 0 && clause_usable(&c->m[st->tok_m[vm->te] - 1]))
        sl->src = st->tok_m[vm->te] - 1;
    sl->why = sl->src < 0 ? "passive without agent"
            : from_act     ? "passive: the subject is an act; whom it is from is the target"
                           : "passive: agent after oleh/by, target the subject";
    /* the object stands before a passive verb: "Duta besar Rusia diusir"
     * matches "usir duta besar" (161), not only "usir" (174) */
    if (sl->tgt >= 0 && vm->te == vm->tb + 1) {
        const kb_verb *v = object_first_pattern(c, vm, &c->m[sl->tgt]);
        if (v) sl->code = v->code, sl->rule = v->src;
    }
    if (sl->src < 0 && sl->tgt >= 0 && clause_in_relative(c, s, vm)) {
        /* "tawanan ... yang ditangkap pada September", "membebaskan tahanan
         * Palestina yang ditahan": in a relative clause on the object, the
         * captor is the one the sentence is about */
        int subj = clause_sentence_subject(c, s, st, vm->tb);
        int court = 0;
        for (size_t j = vm->tb; j < vm->te; j++) if (c->info[j].gram == G_COURT) court = 1;
        if (subj >= 0 && subj != sl->tgt && !court && (!strncmp(code, "17", 2) || !strncmp(code, "18", 2))) sl->src = subj;
    }
    int court = 0;
    for (size_t j = vm->tb; j < vm->te; j++) if (c->info[j].gram == G_COURT) court = 1;
    if (sl->src < 0) {
        if (!(strncmp(code, "17", 2) == 0 || strncmp(code, "16", 2) == 0 || court) || sl->tgt < 0)
            return "passive with no agent, and not an arrest, expulsion or court act the state makes";
        implicit_state(c, s, st, vm, c->m[sl->tgt].code, sl->implicit);
    }
    return NULL;
}

/* Nominalization ("pemberian suaka oleh X kepada Y", "serangan udara
 * Israel", "Israel's attack", "the arrest of X"): the source is the agent
 * or the genitive, the target the actor after a preposition. */
static const char *read_nominal(warta_coder *c, size_t si, const sentence *s, sent_state *st, const verb_match *vm,
                                const char *code, slots *sl)
{
    const token *ft = &c->toks.v[vm->tb];
    /* "Perjanjian perdagangan bebas itu ditandatangani oleh Indonesia dan
     * Kanada": a noun that is the subject of the passive verb after it is
     * what is acted on, not an act of its own */
    const verb_match *next = vm + 1 < st->vm + st->nvm ? vm + 1 : NULL;
    if (c->lang == LANG_ID && next && (c->toks.v[next->tb].morph & MORPH_PASSIVE) &&
        clause_joined(c, st, s, vm->te, next->tb) && !clause_gram_in(c, vm->te, next->tb, G_PREP))
        return "the subject of the passive verb after it: what is acted on";
    /* "perundingan antara pemerintah Kolombia dan ELN", "clashes between
     * X and Y": the two parties */
    if (vm->te + 1 < s->te && (!strcmp(c->toks.v[vm->te].fold, "antara") || !strcmp(c->toks.v[vm->te].fold, "between"))) {
        int a = st->tok_m[vm->te + 1] ? st->tok_m[vm->te + 1] - 1 : -1;
        if (a >= 0 && c->m[a].group >= 0 && clause_usable(&c->m[a])) {
            for (size_t k = (size_t)a + 1; k < m_end(c, si); k++)
                if (c->m[k].group == c->m[a].group && clause_usable(&c->m[k])) {
                    sl->single = 1;                          /* each one side of the pair */
                    sl->src = a;
                    sl->tgt = (int)k;
                    sl->why = "nominal: the two parties after antara/between";
                    return NULL;
                }
        }
    }
    sl->src = clause_agent(c, s, st, vm->te);
    if (sl->src < 0 && vm->te < s->te && st->tok_m[vm->te] && c->lang == LANG_ID) {
        int g = st->tok_m[vm->te] - 1;
        if (c->m[g].prep == 0 && clause_usable(&c->m[g])) sl->src = g;   /* "serangan Israel" */
    }
    if (sl->src < 0 && c->lang == LANG_EN && vm->tb > s->tb + 1 && strcmp(c->toks.v[vm->tb - 1].fold, "'s") == 0 &&
        st->tok_m[vm->tb - 2])
        sl->src = st->tok_m[vm->tb - 2] - 1;                        /* "Israel's attack" */
    /* "Serangan udara Israel ... menewaskan 12 warga sipil": the killed
     * after the attack noun are its target, before any place named */
    for (size_t j = vm->te; sl->tgt < 0 && j < s->te && j < vm->te + 8; j++) {
        if (c->info[j].gram != G_QKILLED && c->info[j].gram != G_QINJURED) continue;
        /* "resulted in 39,699 Palestinian deaths": the nationality before
         * the noun of the dead */
        if (cameo_force(code) && j > vm->te && st->tok_m[j - 1] && clause_usable(&c->m[st->tok_m[j - 1] - 1]) && st->tok_m[j - 1] - 1 != sl->src &&
            c->m[st->tok_m[j - 1] - 1].te == j) {
            sl->tgt = st->tok_m[j - 1] - 1;
            mention *dead = &c->m[sl->tgt];
            /* the dead a nationality names are its people */
            if ((dead->place_kind & 8) && bare_country(dead) && strlen(dead->code) == 6 && strncmp(dead->code, "IGO", 3))
                memcpy(dead->code + 3, "CVL", 4);
            break;
        }
        for (size_t k = j + 1; k < s->te && k < j + 6; k++)
            if (st->tok_m[k] && clause_usable(&c->m[st->tok_m[k] - 1]) && st->tok_m[k] - 1 != sl->src) {
                sl->tgt = st->tok_m[k] - 1;
                break;
            }
        break;
    }
    /* "Tujuh tentara Nigeria tewas dalam serangan Boko Haram": the killed
     * before the attack noun are its target; "Militan menewaskan 15
     * tentara dalam serangan": the killers are its source, the killed its
     * target */
    for (size_t j = vm->tb, k = 0; sl->tgt < 0 && j-- > s->tb && k < 6; k++) {
        if (c->info[j].gram != G_QKILLED && c->info[j].gram != G_QINJURED) continue;
        int subj = clause_subject(c, s, st, j);
        const token *kt = &c->toks.v[j];
        int transitive = (kt->morph & MORPH_ACTIVE) || (c->lang == LANG_EN && j + 1 < s->te && st->tok_m[j + 1]);
        if (transitive) {
            for (size_t q = j + 1; q < vm->tb; q++)
                if (st->tok_m[q] && clause_usable(&c->m[st->tok_m[q] - 1])) { sl->tgt = st->tok_m[q] - 1; break; }
            if (sl->src < 0 && subj >= 0 && subj != sl->tgt) sl->src = subj;
        } else if (subj >= 0 && subj != sl->src) {
            sl->tgt = subj;
        }
        break;
    }
    if (sl->tgt < 0) sl->tgt = clause_object(c, s, st, vm, sl->src, 1);
    if (sl->tgt < 0 && cameo_root(code) >= 15) sl->ptgt = clause_place_target(c, s, st, vm);
    if (sl->tgt < 0 && sl->ptgt < 0 && (ft->morph & MORPH_POSS)) {
        /* "penangkapannya": his arrest — the person talked about */
        for (size_t j = m_end(c, si); j-- > m_first(c, si > 0 ? si - 1 : 0) && sl->tgt < 0;)
            if (c->m[j].tb < vm->tb && (c->m[j].person >= 0 || c->m[j].named)) sl->tgt = (int)j;
    }
    sl->why = "nominal: agent or genitive after the noun, target after a preposition";
    for (size_t j = vm->tb, k = 0; j-- > s->tb && k < 3; k++)
        if (c->info[j].gram == G_PRIOR) return "a noun after 'ahead of' / 'menjelang': an event still to come";
    if (sl->src >= 0) return NULL;
    if (!strncmp(code, "14", 2)) {
        /* "aksi protes", "protests erupted": people protest; the place
         * named or the document's country says whose */
        const char *k = c->dominant;
        long kd = 1L << 30;       /* the place nearest after the noun, else before it */
        for (size_t j = m_first(c, si); j < m_end(c, si); j++)
            if (c->m[j].place == 1 && c->m[j].country[0] && strncmp(c->m[j].country, "IGO", 3)) {
                long d = (long)c->m[j].tb - (long)vm->tb;
                d = d >= 0 ? d : 1000 - d;
                if (d < kd) { kd = d; k = c->m[j].country; }
            }
        if (k[0]) snprintf(sl->implicit, sizeof sl->implicit, "%.3sCVL", k);
        return NULL;
    }
    /* a noun without its own agent mostly refers back to an event told
     * elsewhere; only the state's acts (arrests, expulsions) are coded */
    if (!(strncmp(code, "17", 2) == 0 || strncmp(code, "16", 2) == 0) || sl->tgt < 0)
        return "a noun with no agent of its own (a reference to an event told elsewhere)";
    implicit_state(c, s, st, vm, c->m[sl->tgt].code, sl->implicit);
    return NULL;
}

/* Active voice: the subject before the verb, the object after it. */
static const char *read_active(warta_coder *c, size_t si, const sentence *s, sent_state *st, const verb_match *vm,
                               const char *code, slots *sl)
{
    /* "Serangan udara Israel di Lebanon selatan menewaskan 12 warga sipil":
     * force whose subject is an attack named by a noun is that attack's
     * result, coded with the attack */
    size_t k = (size_t)(vm - st->vm);
    if (cameo_force(code) && k > 0 && (c->toks.v[st->vm[k - 1].tb].morph & MORPH_NOUN) && cameo_force(st->vm[k - 1].v->code) &&
        clause_joined(c, st, s, st->vm[k - 1].te, vm->tb))
        return "the result of the attack the noun before it names, coded there";
    sl->src = clause_shared_subject(c, s, st, vm, clause_subject(c, s, st, vm->tb));
    /* "the leaders of the two countries", "para pemimpin kedua negara":
     * a role of both is both */
    if (sl->src >= 0 && c->m[sl->src].te + 1 < s->te && st->tok_m[c->m[sl->src].te + 1] &&
        (!strcmp(c->toks.v[c->m[sl->src].te].fold, "of") || !strcmp(c->toks.v[c->m[sl->src].te].fold, "dari")) &&
        c->m[st->tok_m[c->m[sl->src].te + 1] - 1].dual && c->m[sl->src].role[0] && !c->m[sl->src].country[0])
        sl->src = st->tok_m[c->m[sl->src].te + 1] - 1;
    int fronted = 0;
    if (sl->src < 0 && (sl->src = clause_fronted_subject(c, s, st, vm)) >= 0) fronted = 1;
    /* an object relative ("the leader whom it had detained", "the Taliban,
     * which it accused"): the subject after the pronoun acts on its
     * antecedent */
    if (c->lang == LANG_EN && sl->src >= 0) {
        size_t j = c->m[sl->src].tb;
        while (j > s->tb && c->info[j - 1].gram == G_DET) j--;
        if (j > s->tb && c->info[j - 1].gram == G_REL && strcmp(c->toks.v[j - 1].fold, "who")) {
            size_t r = j - 1;
            size_t a = r > s->tb && c->toks.v[r - 1].fold[0] == ',' ? r - 1 : r;
            if (a > s->tb && st->tok_m[a - 1] && clause_usable(&c->m[st->tok_m[a - 1] - 1])) {
                sl->tgt = st->tok_m[a - 1] - 1;
                sl->why = "object relative: the subject after the pronoun acts on its antecedent";
                return NULL;
            }
        }
    }
    /* a plain statement (010) takes only a target addressed with a
     * preposition, or the object of a verb of telling ("told Congress") */
    int stmt = strcmp(code, "010") == 0 && c->info[vm->tb].gram != G_TELL;
    sl->tgt = clause_object(c, s, st, vm, sl->src, stmt);
    if (stmt && sl->tgt >= 0 && c->m[sl->tgt].tb > vm->te + 1) sl->tgt = -1;
    /* "menyelidiki dugaan kejahatan perang oleh pasukan RSF di Sudan": the
     * agent of the object noun comes before a place named after it */
    if (!stmt && sl->tgt >= 0 && c->m[sl->tgt].prep == 1) {
        int a = clause_agent(c, s, st, vm->te);
        if (a >= 0 && c->m[a].tb < c->m[sl->tgt].tb && a != sl->src) sl->tgt = a;
    }
    if (sl->tgt < 0 && cameo_root(code) >= 15) sl->ptgt = clause_place_target(c, s, st, vm);
    if (sl->tgt < 0 && sl->ptgt < 0 &&
        ((!strncmp(code, "01", 2) && strcmp(code, "010")) || !strncmp(code, "11", 2) || !strncmp(code, "12", 2)))
        sl->tgt = clause_anaphoric_target(c, si, st, vm, sl->src);
    /* "menyelidiki pelanggaran HAM oleh militer Myanmar", "an investigation
     * into abuses by Sudanese forces": in an active clause "oleh/by X" in
     * the object is the agent of the object noun, and so the target */
    if (sl->tgt < 0 && sl->ptgt < 0 && !stmt) {
        int a = clause_agent(c, s, st, vm->te);
        if (a >= 0 && a != sl->src && strcmp(c->m[a].code, sl->src >= 0 ? c->m[sl->src].code : "")) sl->tgt = a;
    }
    sl->why = fronted ? "fronted clause: the main clause's subject after its comma" : "active: subject before the verb, object after";
    return sl->src < 0 ? "no subject before the verb" : NULL;
}

/* Says in the trace why a verb pattern gave no event (warta explain). */
static int reject(const warta_coder *c, const verb_match *vm, const char *why)
{
    if (c->trace) {
        const token *a = &c->toks.v[vm->tb], *z = &c->toks.v[vm->te - 1];
        fprintf(c->trace, "  no event from \"%.*s\" (%s): %s\n", (int)(z->off + z->len - a->off), c->doc->text + a->off,
                vm->v->src, why);
    }
    return 0;
}

static int code_event(warta_coder *c, size_t si, const sentence *s, sent_state *st, const verb_match *vm)
{
    const token *ft = &c->toks.v[vm->tb];
    char code[6];
    snprintf(code, sizeof code, "%s", vm->v->code);
    if (clause_gram_before(c, s, st, vm->tb, G_NEG, 3)) return reject(c, vm, "negated: a negation stands before the verb");
    /* "menandatangani perjanjian kerja sama energi": a bare root right
     * after a verb-and-object pattern says what the object is */
    size_t k = (size_t)(vm - st->vm);
    if (c->lang == LANG_ID && ft->morph == 0 && k > 0 && st->vm[k - 1].te == vm->tb && st->vm[k - 1].te - st->vm[k - 1].tb >= 2)
        return reject(c, vm, "part of the object of the pattern before it");
    /* "diduga terlibat dalam kerusuhan", "allegedly attacked": a claim is
     * the claimant's event, not an event (GUIDE.md) */
    for (size_t j = vm->tb, k = 0; j-- > s->tb && k < 4; k++)
        if (c->info[j].gram == G_ALLEGED) return reject(c, vm, "alleged: a claim, not an event");
    int modal = clause_gram_before(c, s, st, vm->tb, G_FUTURE, 4) || clause_gram_before(c, s, st, vm->tb, G_INTENT, 4);
    if (modal && strncmp(code, "03", 2) && strncmp(code, "13", 2)) {
        const char *mc = kb_modal_code(c->kb, code);
        if (mc) snprintf(code, sizeof code, "%s", mc);
    }
    int passive, nominal;
    if (c->lang == LANG_ID) {
        passive = (ft->morph & MORPH_PASSIVE) != 0;
        /* a bare loanword in -asi/-isasi is a noun ("invasi", "aneksasi");
         * its verb takes meN- ("menginvasi") */
        nominal = (ft->morph & MORPH_NOUN) != 0 ||
                  (ft->morph == 0 && ft->flen > 5 && strcmp(ft->fold + ft->flen - 3, "asi") == 0);
    } else {
        passive = clause_en_passive(c, s, st, vm);
        nominal = !passive && clause_en_nominal(c, s, st, vm);
    }
    if (nominal && clause_light_before(c, s, st, vm)) nominal = 0;     /* "melakukan serangan", "held talks" */
    /* news Indonesian marks its verbs: a bare root with no subject before
     * it is a noun ("berbagai aksi protes") */
    if (!passive && !nominal && c->lang == LANG_ID && ft->morph == 0 && clause_subject(c, s, st, vm->tb) < 0 &&
        clause_shared_subject(c, s, st, vm, -1) < 0)
        nominal = 1;
    slots sl = {-1, -1, -1, "", "", NULL, NULL, 0};
    const char *fail = passive ? read_passive(c, si, s, st, vm, code, &sl)
                     : nominal ? read_nominal(c, si, s, st, vm, code, &sl)
                               : read_active(c, si, s, st, vm, code, &sl);
    if (fail) return reject(c, vm, fail);
    if (sl.code) snprintf(code, sizeof code, "%s", sl.code);
    int src = sl.src, tgt = sl.tgt, ptgt = sl.ptgt;
    const char *why = sl.why;
    char implicit[8];
    memcpy(implicit, sl.implicit, sizeof implicit);
    st->vsrc[vm - st->vm] = src;
    if (strcmp(code, "010") == 0 && tgt < 0) return reject(c, vm, "a plain statement with no addressee");
    /* a protest, or a demand by citizens or the opposition, with no named
     * target is addressed to the state at home */
    char home[12] = "";
    const char *scode = src >= 0 ? c->m[src].code : implicit;
    int civil = strlen(scode) == 6 && (!strcmp(scode + 3, "CVL") || !strcmp(scode + 3, "OPP"));
    if (tgt < 0 && scode[0] && (!strncmp(code, "14", 2) || (!strncmp(code, "10", 2) && civil)) && strlen(scode) == 6 &&
        strncmp(scode, "IGO", 3) && strcmp(scode + 3, "GOV")) {
        /* the target of the protest told before, else the home state */
        if (c->protest_tgt[0]) snprintf(home, sizeof home, "%s", c->protest_tgt);
        else snprintf(home, sizeof home, "%.3sGOV", scode);
    }
    if (tgt >= 0 && !strncmp(code, "14", 2)) snprintf(c->protest_tgt, sizeof c->protest_tgt, "%s", c->m[tgt].code);
    /* force used at a place of one's own country ("serangan di
     * Mogadishu" by al-Shabaab, "fought in Khartoum") is located there,
     * not aimed at the state, unless it seizes the place ("seized Goma",
     * 192); abroad it is aimed at that state */
    if (tgt < 0 && ptgt >= 0 && (strncmp(code, "192", 3) == 0 || !(src >= 0 && !strncmp(c->m[src].code, c->m[ptgt].country, 3))))
        snprintf(home, sizeof home, "%.3sGOV", c->m[ptgt].country);
    /* an inquiry or a complaint with no named target is aimed at the
     * agent of the violence the sentence names ("ordered an inquiry ...
     * complained about civilian deaths from airstrikes") */
    if (tgt < 0 && !home[0] && scode[0] && (!strncmp(code, "09", 2) || !strncmp(code, "11", 2)) &&
        discourse_event_agent(c, st, si, vm, scode, home))
        why = "target: the agent of the violence the sentence names, told before";
    int dual_src = src >= 0 && c->m[src].dual;
    if (tgt < 0 && !home[0] && !dual_src && !(src >= 0 && c->m[src].group >= 0) && !targetless_ok(code)) return reject(c, vm, "no target, and the code needs one");
    if (tgt >= 0 && strlen(c->m[tgt].code) == 6 && strcmp(c->m[tgt].code + 3, "MED") == 0 && !strncmp(code, "01", 2)) return reject(c, vm, "a statement to the media");

    actor_ref srcs[8], tgts[8];
    size_t ns, nt;
    if (src >= 0 && sl.single) { srcs[0] = (actor_ref){&c->m[src], c->m[src].code}; ns = 1; }
    else if (src >= 0) ns = expand(c, src, srcs, 8);
    else { srcs[0] = (actor_ref){NULL, arena_strndup(&c->a, implicit, strlen(implicit))}; ns = implicit[0] ? 1 : 0; }
    if (tgt >= 0 && sl.single) { tgts[0] = (actor_ref){&c->m[tgt], c->m[tgt].code}; nt = 1; }
    else nt = expand(c, tgt, tgts, 8);
    if (home[0]) { tgts[0] = (actor_ref){ptgt >= 0 ? &c->m[ptgt] : NULL, arena_strndup(&c->a, home, strlen(home))}; nt = 1; }
    int recip = 0, joint = 0;
    for (size_t j = vm->tb >= s->tb + 3 ? vm->tb - 3 : s->tb; j < vm->te; j++) {
        if (c->info[j].gram == G_RECIP) recip = 1;
        if (c->info[j].gram == G_JOINT) joint = 1;
    }
    int mutual = mutual_code(code) || recip || (joint && (!strncmp(code, "06", 2) || !strncmp(code, "05", 2)));
    int rc = 0;
    /* the partners of a pair's mutual act are each other, whatever the
     * object ("held talks on North Korea") */
    /* ...but a direct object is theirs both ("Tidak hanya Obama, Abbott
     * juga menelepon Jokowi") */
    int direct = tgt >= 0 && !home[0] && !recip && !joint &&
                 (c->m[tgt].tb == vm->te || (c->m[tgt].tb == vm->te + 1 && c->info[vm->te].gram == G_DET));
    if (ns >= 2 && !sl.single && (mutual || pair_code(code)) && (dual_src || (src >= 0 && c->m[src].group >= 0)) &&
        (nt == 0 || mutual || !strncmp(code, "03", 2)) && !direct) nt = 0;   /* "both agreed to share intelligence on X" */
    if (nt == 0 && ns >= 2 && (mutual || dual_src || pair_code(code))) {
        /* "Ghana and Mali signed", "keduanya menandatangani": each with the other */
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < ns; b++)
                if (a != b) rc |= emit(c, si, s, st, vm, code, &srcs[a], &srcs[b], "coordinated subject: mutual act");
        return rc;
    }
    if (nt == 0 && !targetless_ok(code)) return reject(c, vm, "no target, and the code needs one");
    for (size_t a = 0; a < ns; a++) {
        if (nt == 0) { rc |= emit(c, si, s, st, vm, code, &srcs[a], NULL, why); continue; }
        for (size_t b = 0; b < nt; b++) {
            rc |= emit(c, si, s, st, vm, code, &srcs[a], &tgts[b], why);
            if (mutual) rc |= emit(c, si, s, st, vm, code, &tgts[b], &srcs[a], "mutual act, coded both ways");
            if (!strcmp(code, "042")) rc |= emit(c, si, s, st, vm, "043", &tgts[b], &srcs[a], "the host of a visit");
            if (!strcmp(code, "043")) rc |= emit(c, si, s, st, vm, "042", &tgts[b], &srcs[a], "the visitor of a hosted visit");
        }
    }
    return rc;
}

/* A verb that is the content of the act before it — what was demanded,
 * proposed, threatened, promised or alleged ("menuntut negara mengusir
 * Dubes", "saling menuduh melanggar gencatan senjata", "urged X to
 * resume talks") — or the purpose of an act ("untuk menekan Moskow") is
 * no event of its own (GUIDE.md: a reported claim is the claimant's event). */
static int embedded(const token_list *tl, const token_info *info, const sentence *s, const sent_state *st, size_t k)
{
    const verb_match *vm = &st->vm[k];
    /* a noun names an event that happened ("khawatir dengan penumpukan
     * tentara"), not the content of the act before it */
    if (tl->v[vm->tb].morph & MORPH_NOUN) return 0;
    size_t j = vm->tb;
    while (j > s->tb && (info[j - 1].gram == G_AUX || info[j - 1].gram == G_NEG)) j--;
    if (j > s->tb && info[j - 1].gram == G_PURPOSE) return 1;
    if (k == 0) return 0;
    const verb_match *prev = &st->vm[k - 1];
    const char *pc = prev->v->code;
    /* an intent word is the act's modality, not an act with content */
    if (info[prev->tb].gram == G_INTENT && prev->te - prev->tb <= 2) return 0;
    /* "Usulan perundingan dari Mesir ditolak Israel": a marked verb after
     * a noun, with no "agar"/"that" or "untuk"/"to" between, is the
     * verb the noun is subject of, not its content */
    if ((tl->v[prev->tb].morph & MORPH_NOUN) && (tl->v[vm->tb].morph & (MORPH_ACTIVE | MORPH_PASSIVE))) {
        int linked = 0;
        for (size_t i = prev->te; i < vm->tb; i++)
            if (info[i].gram == G_COMP || info[i].gram == G_PURPOSE || info[i].gram == G_REL) linked = 1;
        if (!linked) return 0;
    }
    /* content goes on through a verb that is itself content ("menolak
     * tuduhan bahwa kapal patrolinya melanggar perairan Indonesia") */
    int content = (!strncmp(pc, "01", 2) && strcmp(pc, "010")) || !strncmp(pc, "02", 2) || !strncmp(pc, "03", 2) ||
                  !strncmp(pc, "10", 2) || !strncmp(pc, "11", 2) || !strncmp(pc, "13", 2) || st->inner[k - 1];
    if (!content || vm->tb > prev->te + 12) return 0;
    for (size_t i = prev->te; i < vm->tb; i++) {
        const token *t = &tl->v[i];
        if (info[i].gram == G_CONJ || info[i].gram == G_SUB || info[i].gram == G_SAY || info[i].gram == G_REL ||
            info[i].gram == G_CONTRAST)
            return 0;
        if (t->kind == TOK_PUNCT && (t->fold[0] == ',' || t->fold[0] == ';' || t->fold[0] == '.')) return 0;
    }
    return 1;
}

/* Mentions joined by "dan"/"and"/commas are one coordinated group. */
static void coordinate(warta_coder *c)
{
    int32_t next = 0;
    for (size_t i = 0; i + 1 < c->nm; i++) {
        mention *a = &c->m[i], *b = &c->m[i + 1];
        if (a->sent != b->sent || !clause_usable(a) || !clause_usable(b) || b->tb <= a->te) continue;
        int conj = 0, ok = 1;
        for (size_t j = a->te; j < b->tb; j++) {
            const token *t = &c->toks.v[j];
            if (c->info[j].gram == G_CONJ) conj = 1;
            /* "dua warga Inggris dan tiga warga Australia": counts may stand
             * before the next conjunct */
            else if (!(t->kind == TOK_PUNCT && t->fold[0] == ',') && c->info[j].gram != G_DET && t->kind != TOK_NUM &&
                     c->info[j].date != D_NUM)
                ok = 0;
        }
        if (b->tb - a->te > 3) ok = 0;
        /* "Tidak hanya Barack Obama, Tony Abbott juga menelepon Jokowi",
         * "not only Chile but also Peru": X and Y are one group */
        size_t pre = a->tb;
        while (pre > c->sents.v[a->sent].tb && c->info[pre - 1].gram == G_DET) pre--;
        if (pre > c->sents.v[a->sent].tb && c->info[pre - 1].gram == G_NOTONLY && b->tb - a->te <= 3) {
            int joined = 1;
            for (size_t j = a->te; j < b->tb; j++) {
                const token *t = &c->toks.v[j];
                if (!(t->kind == TOK_PUNCT && t->fold[0] == ',') && c->info[j].gram != G_CONJ && c->info[j].gram != G_NOTONLY) joined = 0;
            }
            if (joined) ok = conj = 1;
        }
        int comma = 0;
        for (size_t j = a->te; j < b->tb; j++) if (c->toks.v[j].fold[0] == ',') comma = 1;
        if (!ok || (!conj && !comma)) continue;
        if (!conj) {
            /* a comma list must go on, comma by comma, to a conjunction:
             * "Qatar, Egypt, and the United States" */
            int later = 0;
            for (size_t k = i + 2; k < c->nm && c->m[k].sent == a->sent && !later; k++) {
                int sep = 1, has_conj = 0;
                for (size_t j = c->m[k - 1].te; j < c->m[k].tb; j++) {
                    const token *t = &c->toks.v[j];
                    if (c->info[j].gram == G_CONJ) has_conj = 1;
                    else if (!(t->kind == TOK_PUNCT && t->fold[0] == ',') && c->info[j].gram != G_DET) sep = 0;
                }
                if (!sep || c->m[k].tb - c->m[k - 1].te > 3) break;
                later = has_conj;
            }
            if (!later) continue;
        }
        if (a->group < 0) a->group = next++;
        b->group = a->group;
        /* "Thai and Cambodian troops", "Militer Thailand dan Kamboja": a
         * bare nationality shares the head noun of the one it is
         * coordinated with */
        if (conj && !a->role[0] && !a->org[0] && a->person < 0 && (a->place_kind & 8) && b->role[0] && b->country[0] &&
            b->tb == a->te + 1 && strlen(a->code) == 6 && strncmp(a->code, "IGO", 3) && c->lang == LANG_EN)
            memcpy(a->code + 3, b->role, 4);
        if (conj && !b->role[0] && !b->org[0] && b->person < 0 && (b->place_kind & 8) && a->role[0] && a->country[0] &&
            b->tb == a->te + 1 && strlen(b->code) == 6 && strncmp(b->code, "IGO", 3) && c->lang == LANG_ID)
            memcpy(b->code + 3, a->role, 4);
    }
}

int events_find(warta_coder *c)
{
    sent_state st;
    st.tok_m = arena_alloc(&c->a, (c->toks.n + 1) * sizeof *st.tok_m);
    st.vstart = arena_alloc(&c->a, c->toks.n + 1);
    if (!st.tok_m || !st.vstart) return -1;
    for (size_t i = 0; i < c->nm; i++)
        for (size_t j = c->m[i].tb; j < c->m[i].te; j++) st.tok_m[j] = (int32_t)i + 1;
    coordinate(c);
    for (size_t si = 0; si < c->sents.n; si++) {
        const sentence *s = &c->sents.v[si];
        verbs_find(c, s, &st);
        if (!st.nvm) continue;
        st.ndates = dates_find(c, s, st.dates, MAX_DATES);
        qty_find(c, s, &st.qty);
        for (size_t k = 0; k < st.nvm; k++) {
            const verb_match *vm = &st.vm[k];
            /* an intent verb ("sepakat", "agreed") followed by the act it
             * announces is the act's modality, not an event of its own */
            if (c->info[vm->tb].gram == G_INTENT && vm->te - vm->tb <= 2 && k + 1 < st.nvm && st.vm[k + 1].tb <= vm->te + 3) {
                reject(c, vm, "an intent verb: the act it announces carries the event");
                continue;
            }
            if (embedded(&c->toks, c->info, s, &st, k)) {
                st.inner[k] = 1;
                reject(c, vm, "the content or purpose of the act before it, not an act of its own");
                continue;
            }
            if (code_event(c, si, s, &st, vm) < 0) return -1;
        }
    }
    return 0;
}
