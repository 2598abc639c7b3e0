/* mention.c — actor mentions: which words name an actor, and who it is.
 *
 * One walk of the names trie per token finds the longest dictionary term
 * there.  Grammar and date words are noted on their tokens; actor terms
 * (countries, roles, organisations, people) that stand next to each other
 * make one mention: "Presiden Meksiko Claudia Sheinbaum", "the Russian
 * Foreign Ministry", "mantan Perdana Menteri Peru".  Unknown capitalized
 * words right after a mention with a role are a name in apposition
 * ("Menteri Luar Negeri Peru Hugo de Zela"); they are remembered, so that
 * "de Zela" later in the document is the same actor.
 *
 * Resolution gives each mention an actor code: a known person is coded by
 * the office held on the document date (kb_person_code); otherwise country
 * + role, where a role with no country takes the document's most-named
 * country, a bare country acts as its government (GUIDE.md), and "mantan",
 * "former" make the role ELI.  Pronouns take the first person-like mention
 * of their own sentence before them, else of the sentences before; "kedua
 * negara", "both countries" take the last two countries named.
 */
#include "coder_int.h"
#include <stdio.h>
#include <string.h>

/* Longest names-trie match at token i (not past te); returns its end token
 * and stores the node, or returns i when nothing matches. */
static size_t longest_name(const warta_coder *c, size_t i, size_t te, uint32_t *node_out)
{
    const trie *t = &c->kb->names[c->lang];
    const token *tk = &c->toks.v[i];
    size_t best = i;
    uint32_t firsts[3];
    int nf = 0;
    uint32_t n;
    char key[272];
    size_t fl = tk->flen < 256 ? tk->flen : 256;
    if ((n = trie_step(t, 0, tk->fold, fl))) firsts[nf++] = n;
    if (tk->cap) {
        key[0] = '\x01'; memcpy(key + 1, tk->fold, fl);
        if ((n = trie_step(t, 0, key, fl + 1))) firsts[nf++] = n;
    }
    if (tk->cap == 2) {
        key[0] = '\x02'; memcpy(key + 1, tk->fold, fl);
        if ((n = trie_step(t, 0, key, fl + 1))) firsts[nf++] = n;
    }
    for (int f = 0; f < nf; f++) {
        uint32_t node = firsts[f];
        size_t j = i + 1;
        if (trie_payloads(t, node) && (j > best || (j == best && f > 0))) { best = j; *node_out = node; }
        while (j < te) {
            const token *u = &c->toks.v[j];
            node = trie_step(t, node, u->fold, u->flen);
            if (!node) break;
            j++;
            if (trie_payloads(t, node) && j >= best) {
                if (j > best || f > 0) { best = j; *node_out = node; }
            }
        }
    }
    return best;
}

static int is_actor_kind(int k)
{
    return k == E_COUNTRY || k == E_ADJ || k == E_PEOPLE || k == E_CAPITAL || k == E_CITY ||
           k == E_ROLE || k == E_FORMER || k == E_IGOROLE || k == E_ORG || k == E_PERSON;
}

static mention *new_mention(warta_coder *c, uint32_t sent, size_t tb)
{
    if (c->nm == c->capm) {
        size_t cap = c->capm ? c->capm * 2 : 64;
        mention *m = arena_alloc(&c->a, cap * sizeof *m);
        if (!m) return NULL;
        if (c->nm) memcpy(m, c->m, c->nm * sizeof *m);
        c->m = m; c->capm = cap;
    }
    mention *m = &c->m[c->nm++];
    memset(m, 0, sizeof *m);
    m->sent = sent;
    m->tb = m->te = (uint32_t)tb;
    m->person = -1;
    m->group = -1;
    return m;
}

/* particles inside personal names: "Hugo de Zela", "Abdel Fattah al Burhan" */
static int name_particle(const token *t)
{
    static const char *p[] = {"de", "del", "da", "dos", "van", "von", "al", "el", "bin", "binti", "la", "le", "di", "ibn", NULL};
    for (int i = 0; p[i]; i++) if (strcmp(t->fold, p[i]) == 0) return 1;
    return 0;
}

/* Adds one dictionary hit (entry e at token tok) to mention m. */
static void add_part(warta_coder *c, mention *m, const kb_entry *e, size_t tok)
{
    switch (e->kind) {
    case E_COUNTRY: case E_ADJ: case E_CAPITAL: case E_CITY: case E_PEOPLE:
        if (!m->country[0] || e->kind == E_COUNTRY) snprintf(m->country, sizeof m->country, "%s", e->code);
        if (e->kind == E_PEOPLE) m->people = 1;
        if (e->kind == E_CAPITAL) m->place |= 2;       /* capital: place or metonym */
        if (e->kind == E_CITY) m->place |= 4;
        if (e->kind == E_COUNTRY || e->kind == E_ADJ || e->kind == E_PEOPLE) m->place |= 8;
        break;
    case E_ROLE:
        /* Indonesian puts the head noun first ("juru bicara Kemlu"),
         * English last ("military spokesman"); opposition and rebels
         * qualify whoever they are attached to. */
        if (!m->role[0] || c->lang == LANG_EN || strcmp(e->code, "OPP") == 0 || strcmp(e->code, "REB") == 0) {
            if (!(strcmp(m->role, "OPP") == 0 || strcmp(m->role, "REB") == 0)) {
                memcpy(m->role, e->code, 3), m->role[3] = '\0';
                m->role_tok = (uint32_t)tok;
            }
        }
        break;
    case E_FORMER: m->former = 1; break;
    case E_IGOROLE: m->igorole = 1; break;
    case E_ORG:
        snprintf(m->org, sizeof m->org, "%s", e->code);
        break;
    case E_PERSON:
        m->person = (int32_t)e->person;
        break;
    }
    if (!m->rule) m->rule = e->src;
}

/* 1 when the words before token i are a preposition, 3 a preposition of
 * place or time ("at the ASEAN forum"), 2 when they are the passive agent
 * marker ("oleh seorang hakim", "by the police"): articles
 * and plural markers may stand between. */
static int prep_before(const warta_coder *c, const sentence *se, size_t i)
{
    size_t j = i;
    int loc = 0;
    /* articles, plural markers, and the place words of "di dekat
     * perbatasan Ukraina", "near the border of" */
    while (j > se->tb && (c->info[j - 1].gram == G_DET || c->info[j - 1].gram == G_PLURAL ||
                          c->info[j - 1].gram == G_PLACENOUN || c->info[j - 1].gram == G_LOC)) {
        if (c->info[j - 1].gram != G_DET && c->info[j - 1].gram != G_PLURAL) loc = 1;
        j--;
    }
    /* "at the 27-member ASEAN forum", "at the annual ASEAN summit": up to
     * three lower-case modifiers (a hyphen is one) after an article */
    size_t k = j;
    while (k > se->tb && k + 4 > j && !c->toks.v[k - 1].cap && !c->info[k - 1].gram &&
           (c->toks.v[k - 1].kind == TOK_WORD || c->toks.v[k - 1].kind == TOK_NUM || c->toks.v[k - 1].fold[0] == '-'))
        k--;
    if (k < j && k > se->tb && c->info[k - 1].gram == G_DET) {
        j = k - 1;
        while (j > se->tb && (c->info[j - 1].gram == G_DET || c->info[j - 1].gram == G_PLURAL)) j--;
    }
    if (j == se->tb) return 0;
    if (c->info[j - 1].gram == G_PREP) return loc ? 3 : 1;
    if (c->info[j - 1].gram == G_AGENT) return 2;
    if (c->info[j - 1].gram == G_LOC) return 3;
    return 0;
}

static void remember_name(warta_coder *c, size_t tok, size_t mi)
{
    const token *t = &c->toks.v[tok];
    if (c->nnames >= 256) return;
    strmap_put(&c->names, t->fold, t->flen, (uint32_t)mi);
}

int mentions_find(warta_coder *c)
{
    const trie *t = &c->kb->names[c->lang];
    c->info = arena_alloc(&c->a, (c->toks.n + 1) * sizeof *c->info);
    if (!c->info) return -1;
    for (size_t s = 0; s < c->sents.n; s++) {
        const sentence *se = &c->sents.v[s];
        mention *cur = NULL;
        size_t i = se->tb;
        while (i < se->te) {
            uint32_t node = 0;
            size_t end = longest_name(c, i, se->te, &node);
            if (end == i) {
                const token *tk = &c->toks.v[i];
                uint32_t mi;
                /* a name seen earlier in the document */
                if (tk->cap && tk->kind == TOK_WORD && strmap_get(&c->names, tk->fold, tk->flen, &mi)) {
                    if (!(cur && cur->te == i)) { cur = new_mention(c, (uint32_t)s, i); if (!cur) return -1; }
                    cur->te = (uint32_t)(i + 1);
                    cur->named = 1;
                    snprintf(cur->org, sizeof cur->org, "#%u", (unsigned)mi);
                    i++;
                    continue;
                }
                /* apposition: capitalized unknown words after a role */
                if (cur && cur->te == i && cur->role[0] && tk->kind == TOK_WORD && tk->cap == 1 &&
                    cur->person < 0 && !c->info[i].gram) {
                    size_t j = i;
                    while (j < se->te && c->toks.v[j].kind == TOK_WORD &&
                           (c->toks.v[j].cap == 1 || (name_particle(&c->toks.v[j]) && j + 1 < se->te && c->toks.v[j + 1].cap))) {
                        uint32_t nd = 0;
                        if (longest_name(c, j, se->te, &nd) > j) break;
                        j++;
                    }
                    if (j > i) {
                        cur->te = (uint32_t)j;
                        cur->named = 1;
                        for (size_t k = i; k < j; k++)
                            if (c->toks.v[k].cap) remember_name(c, k, (size_t)(cur - c->m));
                        i = j;
                        continue;
                    }
                }
                i++;
                continue;
            }
            int actor = 0;
            for (uint32_t p = trie_payloads(t, node); p; p = t->pay[p].next) {
                const kb_entry *e = &c->kb->ent[t->pay[p].entry];
                if (e->kind == E_GRAM) {
                    if (e->sub == G_PRON || e->sub == G_PRONPL || e->sub == G_DUAL || e->sub == G_DUALP || e->sub == G_PRONIT ||
                        e->sub == G_PRON1) {
                        mention *pm = new_mention(c, (uint32_t)s, i);
                        if (!pm) return -1;
                        pm->te = (uint32_t)end;
                        pm->pron = e->sub == G_PRON ? 1 : e->sub == G_PRONIT ? 2 : 0;
                        pm->pronpl = e->sub == G_PRONPL || e->sub == G_PRON1;
                        pm->first_person = e->sub == G_PRON1;
                        pm->dual = e->sub == G_DUAL ? 1 : e->sub == G_DUALP ? 2 : 0;
                        pm->rule = e->src;
                        pm->prep = (uint8_t)prep_before(c, se, i);
                        cur = NULL;
                    }
                    for (size_t k = i; k < end; k++) c->info[k].gram = e->sub;
                    c->info[i].gram_start = 1;
                    c->info[i].gram_len = (uint16_t)(end - i);
                } else if (e->kind == E_DATE) {
                    for (size_t k = i; k < end; k++) { c->info[k].date = e->sub; c->info[k].dval = e->val; }
                } else if (is_actor_kind(e->kind)) {
                    actor = 1;
                }
            }
            if (actor) {
                /* join the open mention when adjacent, or across "of"/"'s"/"the" */
                int join = cur && cur->te == i;
                if (cur && !join && i > cur->te && i - cur->te <= 2) {
                    join = 1;
                    for (size_t k = cur->te; k < i; k++) {
                        const char *f = c->toks.v[k].fold;
                        if (!(strcmp(f, "of") == 0 || strcmp(f, "'s") == 0 || strcmp(f, "the") == 0 ||
                              (strcmp(f, "dari") == 0 && cur->role[0] && !cur->country[0]))) join = 0;
                    }
                }
                /* a new person after a complete person, or after a bare
                 * place ("in Moscow Alison LeClaire"), is a new mention */
                if (join && (cur->person >= 0 || (!cur->role[0] && !cur->org[0] && (cur->place & 6)))) {
                    for (uint32_t p = trie_payloads(t, node); p; p = t->pay[p].next)
                        if (c->kb->ent[t->pay[p].entry].kind == E_PERSON) join = 0;
                }
                if (!join) {
                    cur = new_mention(c, (uint32_t)s, i);
                    if (!cur) return -1;
                    cur->prep = (uint8_t)prep_before(c, se, i);
                }
                cur->te = (uint32_t)end;
                /* the last entry of a kind wins: user dictionaries come last */
                for (uint32_t p = trie_payloads(t, node); p; p = t->pay[p].next) {
                    const kb_entry *e = &c->kb->ent[t->pay[p].entry];
                    if (is_actor_kind(e->kind)) add_part(c, cur, e, i);
                }
                if (cur->person >= 0)
                    for (size_t k = i; k < end; k++)
                        if (c->toks.v[k].cap) remember_name(c, k, (size_t)(cur - c->m));
            }
            i = end;
        }
    }
    /* where each sentence's mentions begin: later stages look only at a
     * sentence's own, so that a long document costs linear time */
    c->sent_m = arena_alloc(&c->a, (c->sents.n + 1) * sizeof *c->sent_m);
    if (!c->sent_m) return -1;
    size_t k = 0;
    for (size_t s = 0; s <= c->sents.n; s++) {
        while (k < c->nm && c->m[k].sent < s) k++;
        c->sent_m[s] = k;
    }
    return 0;
}

/* ---- resolution ---------------------------------------------------------- */

/* "ia", "he", "she", "him" are one person: not the police, the army, the
 * protesters or rebels named by a role noun alone */
static int collective(const mention *m)
{
    if (m->person >= 0 || m->named || m->org[0]) return 0;
    return !strcmp(m->role, "COP") || !strcmp(m->role, "MIL") || !strcmp(m->role, "CVL") || !strcmp(m->role, "REB");
}

/* An antecedent for a pronoun: a person, a named body or a role noun
 * ("Kemenlu", "juru bicara"), not a place or a bare country. */
static int person_like(const mention *m)
{
    return m->code[0] && !m->pron && !m->pronpl && !m->dual && m->place != 1 &&
           (m->person >= 0 || m->named || m->role[0] || m->org[0]);
}

/* The country of a role noun that names none, by precedence:
 *  1. the same noun named earlier with its country ("kantor kedutaan"
 *     after "Kedutaan Besar Australia", "the ministry"), or with
 *     "tersebut"/"itu" the last actor of that role ("jubir tersebut");
 *  2. a country closing its noun phrase ("anggota awak sebuah kapal tunda
 *     Indonesia", "the crew of an Indonesian tugboat");
 *  3. a country right after "di"/"in" ("kelompok separatis di timur
 *     Ukraina", "rebels in eastern Congo");
 *  4. except for a government or an army, which may act abroad: the place
 *     the sentence names ("in Kharkiv", "a southern Afghan village",
 *     "kidnapped ... in Nigeria");
 *  5. the document's most named country. */
static const char *role_country(const warta_coder *c, const mention *m)
{
    size_t mi = (size_t)(m - c->m);
    const token *h = &c->toks.v[m->role_tok];
    /* "jubir tersebut", "pasukan itu": the last actor of that role named */
    int back = m->te < c->toks.n && c->info[m->te].gram == G_ANAPHOR;
    for (size_t k = mi; k-- > 0;) {
        const mention *o = &c->m[k];
        if (o->sent + 5 < m->sent) break;
        if (!o->role[0] || !o->country[0] || strncmp(o->country, "IGO", 3) == 0) continue;
        const token *oh = &c->toks.v[o->role_tok];
        if (oh->flen == h->flen && !memcmp(oh->fold, h->fold, h->flen)) return o->country;
        /* ... as the subject of its sentence ("juru bicara Kemlu AS
         * mengonfirmasi ..." before "papar jubir tersebut") */
        if (back && !strcmp(o->role, m->role) && o->prep == 0 && k == m_first(c, o->sent)) return o->country;
    }
    if (mi + 1 < c->nm && c->m[mi + 1].sent == m->sent && c->m[mi + 1].tb <= m->te + 4 &&
        c->m[mi + 1].country[0] && strncmp(c->m[mi + 1].country, "IGO", 3) && !c->m[mi + 1].role[0] &&
        c->m[mi + 1].person < 0 && !c->m[mi + 1].org[0] && (c->m[mi + 1].place_kind & 8)) {
        int np = 1;
        for (size_t j = m->te; j < c->m[mi + 1].tb; j++) {
            const token *t = &c->toks.v[j];
            int g = c->info[j].gram;
            if (t->kind != TOK_WORD || (g && g != G_DET && !(c->lang == LANG_EN && strcmp(t->fold, "of") == 0)) ||
                (t->morph & (MORPH_ACTIVE | MORPH_PASSIVE)))
                np = 0;
        }
        if (np) return c->m[mi + 1].country;
    }
    for (size_t j = m->te; j < m->te + 2 && j < c->toks.n; j++) {
        if (c->info[j].gram != G_PREP || (strcmp(c->toks.v[j].fold, "di") && strcmp(c->toks.v[j].fold, "in"))) continue;
        for (size_t k = mi + 1; k < c->nm && c->m[k].tb <= j + 3; k++)
            if (c->m[k].tb > j && c->m[k].country[0] && strncmp(c->m[k].country, "IGO", 3) && !c->m[k].role[0])
                return c->m[k].country;
        break;
    }
    if (strcmp(m->role, "GOV") && strcmp(m->role, "MIL"))
        for (size_t k = m_first(c, m->sent); k < m_end(c, m->sent); k++) {
            const mention *o = &c->m[k];
            int in = o->tb > 0 && (!strcmp(c->toks.v[o->tb - 1].fold, "in") || !strcmp(c->toks.v[o->tb - 1].fold, "di"));
            if ((o->place == 1 || (in && !o->role[0] && !o->org[0] && o->person < 0)) && o->country[0] &&
                strncmp(o->country, "IGO", 3))
                return o->country;
        }
    return c->dominant;
}

static void resolve_one(warta_coder *c, mention *m)
{
    const warta_kb *kb = c->kb;
    m->code[0] = '\0';
    if (m->named && m->org[0] == '#') {         /* a name seen before */
        unsigned mi = 0;
        sscanf(m->org + 1, "%u", &mi);
        if (mi < c->nm) snprintf(m->code, sizeof m->code, "%s", c->m[mi].code);
        return;
    }
    if (m->person >= 0) {
        kb_person_code(kb, (uint32_t)m->person, c->doc_date ? c->doc_date : 99991231, m->code);
        if (m->former && strncmp(m->code, "IGO", 3) != 0) snprintf(m->code + 3, 5, "ELI");
        return;
    }
    if (m->org[0]) {
        if (strncmp(m->org, "IGO", 3) != 0 && m->country[0] && strncmp(m->country, "IGO", 3) != 0 &&
            strncmp(m->org, m->country, 3) != 0 && (m->place & 8))
            snprintf(m->code, sizeof m->code, "%.3s%s", m->country, m->org + 3);
        else
            snprintf(m->code, sizeof m->code, "%s", m->org);
        if (m->former && strlen(m->code) == 6 && strncmp(m->code, "IGO", 3) != 0) memcpy(m->code + 3, "ELI", 4);
        return;
    }
    /* a role with no country: civilians, police, courts ... belong to the
     * place the sentence names ("in Kharkiv"), else to the document's most
     * named country; a government or an army may act abroad */
    const char *country = m->country[0] ? m->country : "";
    if (!country[0] && m->role[0]) {
        country = role_country(c, m);
    }
    if (!country[0]) return;
    if (strncmp(country, "IGO", 3) == 0) { snprintf(m->code, sizeof m->code, "%s", country); return; }
    const char *role = m->role[0] ? m->role : (m->people ? "CVL" : "GOV");
    if (m->former) role = "ELI";
    snprintf(m->code, sizeof m->code, "%.3s%s", country, role);
}

static const char *country_of(const warta_coder *c, const mention *m)
{
    if (m->country[0]) return m->country;
    if (m->person >= 0) return c->kb->people[m->person].country;
    return NULL;
}

static void count_countries(warta_coder *c)
{
    /* the document's most named country (first named wins a tie): the
     * country of a role that names none ("Jaksa menuntut", "police said") */
    strmap counts;
    strmap_init(&counts);
    uint32_t best = 0;
    c->dominant[0] = '\0';
    for (size_t i = 0; i < c->nm; i++) {
        const char *k = country_of(c, &c->m[i]);
        if (!k || strncmp(k, "IGO", 3) == 0) continue;
        uint32_t n = 0;
        strmap_get(&counts, k, 3, &n);
        if (strmap_put(&counts, k, 3, ++n) < 0) break;
        if (n > best) { best = n; snprintf(c->dominant, sizeof c->dominant, "%.3s", k); }
    }
    /* no country named at all: the country of the first national body
     * named ("The ELN freed ...": Colombia) */
    for (size_t i = 0; !c->dominant[0] && i < c->nm; i++)
        if (c->m[i].org[0] && c->m[i].org[0] != '#' && strncmp(c->m[i].org, "IGO", 3))
            snprintf(c->dominant, sizeof c->dominant, "%.3s", c->m[i].org);
    strmap_free(&counts);
}

/* Which mentions are places, not actors (a pass of its own, so that
 * resolving an actor may look at places after it in the sentence). */
static void find_places(warta_coder *c)
{
    for (size_t i = 0; i < c->nm; i++) {
        mention *m = &c->m[i];
        /* a city, or a capital after a preposition or in the dateline, is
         * where something happens, not who does it */
        m->place_kind = m->place;
        if ((m->place & 4) && !(m->place & 8) && !m->role[0] && !m->org[0] && m->person < 0) m->place = 1;
        else if ((m->place & 2) && !(m->place & 8) && !m->role[0] && !m->org[0] && m->person < 0 &&
                 (m->prep || c->sents.v[m->sent].tb + 3 > m->tb)) {
            const token *nx = m->te < c->toks.n ? &c->toks.v[m->te] : NULL;
            /* after "dengan", "with", "on", "kepada" a capital is the state
             * ("berunding dengan Washington", "sanctions on Manila"); after
             * "di", "in", "from", "ke" it is a place */
            const char *pw = m->tb > 0 ? c->toks.v[m->tb - 1].fold : "";
            int state = m->prep == 1 && (!strcmp(pw, "dengan") || !strcmp(pw, "with") || !strcmp(pw, "on") ||
                                         !strcmp(pw, "kepada") || !strcmp(pw, "terhadap") || !strcmp(pw, "against") ||
                                         !strcmp(pw, "to") || !strcmp(pw, "atas"));
            if (!state && (m->prep || m->sent == 0 || (nx && nx->kind == TOK_PUNCT))) m->place = 1;
            else m->place = 0;
        } else m->place = 0;
        /* "in Doha or Cairo": a capital coordinated with a place */
        if (m->place == 0 && (m->place_kind & 2) && !(m->place_kind & 8) && !m->role[0] && !m->org[0] && m->person < 0 &&
            i > 0 && c->m[i - 1].place == 1 && c->m[i - 1].sent == m->sent && m->tb >= 1 &&
            c->info[m->tb - 1].gram == G_CONJ && c->m[i - 1].te + 1 == m->tb)
            m->place = 1;
        /* "a southern Afghan village": a nationality before a place noun */
        if (m->place == 0 && (m->place_kind & 8) && !m->role[0] && !m->org[0] && m->person < 0 && !m->people &&
            m->te < c->toks.n && c->info[m->te].gram == G_PLACENOUN)
            m->place = 1;
        /* "Konvensi Caracas": a capital inside a proper name */
        if (m->place == 0 && (m->place_kind & 2) && !(m->place_kind & 8) && !m->role[0] && !m->org[0] && m->person < 0 &&
            m->tb > c->sents.v[m->sent].tb && c->toks.v[m->tb - 1].cap && c->toks.v[m->tb - 1].kind == TOK_WORD &&
            (i == 0 || c->m[i - 1].te != m->tb))
            m->place = 1;
    }
}

/* The speaker of the quote that holds mention m: a verb of saying after
 * the closing quote and the actor after it (", kata X", "\" said X"), the
 * actor and then the verb ('," the minister said'), or
 * the actor before a verb of saying and an opening quote ("X said: \""),
 * or -1.  Mentions before m are resolved; the speaker after it is resolved
 * here first when it is a name. */
/* The speaker named after the first quote mark at or after token `from`
 * of sentence si: the mention's index, -1 when that quote names none,
 * -2 when si has no quote mark there. */
static int closing_speaker(warta_coder *c, size_t si, size_t from)
{
    const sentence *s = &c->sents.v[si];
    for (size_t j = from; j < s->te; j++) {
        if (c->toks.v[j].fold[0] != '"') continue;
        /* '," the French foreign minister said': the actor, then the verb */
        for (size_t q = m_first(c, si); q < m_end(c, si); q++) {
            mention *o = &c->m[q];
            if (o->tb <= j || o->tb > j + 4 || o->pron || o->pronpl || o->place == 1) continue;
            if (o->te < s->te && (c->info[o->te].gram == G_SAY || (o->te + 1 < s->te && c->info[o->te + 1].gram == G_SAY))) {
                if (!o->code[0]) resolve_one(c, o);
                if (o->code[0]) return (int)q;
            }
            break;
        }
        for (size_t k = j + 1; k < s->te && k < j + 4; k++) {
            if (c->info[k].gram != G_SAY) continue;
            for (size_t q = m_first(c, si); q < m_end(c, si); q++) {
                mention *o = &c->m[q];
                if (o->tb < k || o->tb > k + 3 || o->pron || o->pronpl || o->place == 1) continue;
                if (!o->code[0]) resolve_one(c, o);
                return o->code[0] ? (int)q : -1;
            }
        }
        return -1;
    }
    return -2;
}

static int quote_speaker(warta_coder *c, const mention *m)
{
    /* the closing quote may be up to three sentences on ("\"Kami ... .
     * Kita ... ,\" kata X") */
    for (size_t si = m->sent; si < c->sents.n && si < (size_t)m->sent + 4; si++) {
        int r = closing_speaker(c, si, si == m->sent ? m->te : c->sents.v[si].tb);
        if (r >= 0) return r;
        if (r == -1) break;
    }
    size_t si = m->sent;
    const sentence *s = &c->sents.v[si];
    /* "X said: \"We ...": the sentence before may hold the speaker */
    for (size_t j = m->tb; j-- > s->tb;) {
        if (c->toks.v[j].fold[0] != '"') continue;
        for (size_t k = j; k-- > s->tb && k + 4 > j;)
            if (c->info[k].gram == G_SAY)
                for (size_t q = m_end(c, si); q-- > m_first(c, si);)
                    if (c->m[q].te <= k && c->m[q].code[0] && !c->m[q].pron && c->m[q].place != 1) return (int)q;
        break;
    }
    return -1;
}

void mentions_resolve(warta_coder *c)
{
    count_countries(c);
    find_places(c);
    for (size_t i = 0; i < c->nm; i++) {
        mention *m = &c->m[i];
        if (m->place == 1) continue;
        if (m->pron == 2) {
            /* "it": the latest country or body named, in this sentence or
             * the one before, that is no person */
            for (size_t j = i; j-- > 0 && c->m[j].sent + 1 >= m->sent;) {
                const mention *o = &c->m[j];
                if (!o->code[0] || o->place == 1 || o->pron || o->pronpl || o->dual || o->person >= 0 || o->named) continue;
                /* "it" is a state or an institution: not police, protesters,
                 * rebels ("they") nor an opposition leader ("he", "she") */
                if (!o->org[0] && o->role[0] && strcmp(o->role, "GOV") && strcmp(o->role, "MIL") && strcmp(o->role, "LEG") &&
                    strcmp(o->role, "JUD"))
                    continue;
                memcpy(m->code, o->code, sizeof m->code);
                break;
            }
            continue;
        }
        if (m->first_person) {
            /* "Kami menuntut ...," kata Ki Kusumo; "We regret ...," she said:
             * we and I are the speaker of the quote */
            int sp = quote_speaker(c, m);
            if (sp >= 0) { memcpy(m->code, c->m[sp].code, sizeof m->code); continue; }
        }
        if (m->pron || m->pronpl) {
            /* first person-like mention before it in its sentence, else the
             * first of the nearest sentence before that has one; an object
             * pronoun ("her", "kepadanya") is not its clause's subject, so
             * it takes the latest person before it instead */
            const mention *ante = NULL;
            size_t first = i;           /* first mention of this sentence */
            while (first > 0 && c->m[first - 1].sent == m->sent) first--;
            const token *pt = &c->toks.v[m->tb];
            int object = m->prep || !strcmp(pt->fold, "him") || !strcmp(pt->fold, "her") || !strcmp(pt->fold, "them");
            if (object) {
                for (size_t j = i; j-- > 0 && !ante && c->m[j].sent + 2 >= m->sent;)
                    if (j != first && person_like(&c->m[j]) && (c->m[j].person >= 0 || c->m[j].named)) ante = &c->m[j];
                for (size_t j = i; j-- > 0 && !ante && c->m[j].sent + 2 >= m->sent;)
                    if (j != first && person_like(&c->m[j]) && !(m->pron && collective(&c->m[j]))) ante = &c->m[j];
            }
            for (size_t j = first; j < i && !ante; j++)
                if (person_like(&c->m[j]) && !(m->pron && collective(&c->m[j]))) ante = &c->m[j];
            /* "Presiden Finlandia menerima Presiden Estonia. Mereka ...":
             * the two people of the sentence before */
            if (m->pronpl && !ante && first > 0) {
                size_t b = first;
                while (b > 0 && c->m[b - 1].sent == c->m[first - 1].sent) b--;
                const mention *x = NULL, *y = NULL;
                for (size_t j = b; j < first; j++) {
                    const mention *o = &c->m[j];
                    if (!person_like(o) || !(o->person >= 0 || o->named || !strcmp(o->role, "GOV"))) continue;
                    if (!x) x = o;
                    else if (strcmp(o->code, x->code)) { y = o; break; }
                }
                if (x && y && c->m[b].prep == 0 && &c->m[b] == x) {
                    memcpy(m->code, x->code, sizeof m->code);
                    memcpy(m->code2, y->code, sizeof m->code2);
                    m->dual = 2;
                    continue;
                }
            }
            /* "they" after "the two countries agreed ...": both of them, when
             * the pair was the subject of the sentence before */
            if (m->pronpl && !ante && first > 0) {
                size_t b = first;
                while (b > 0 && c->m[b - 1].sent == c->m[first - 1].sent) b--;
                size_t j = b;
                while (j < first && c->m[j].prep) j++;
                if (j < first && c->m[j].dual && c->m[j].code[0]) {
                    memcpy(m->code, c->m[j].code, sizeof m->code);
                    memcpy(m->code2, c->m[j].code2, sizeof m->code2);
                    m->dual = c->m[j].dual;
                    continue;
                }
            }
            /* else the first person-like mention of the nearest sentence
             * before, up to three back */
            size_t end = first;
            while (!ante && end > 0 && c->m[end - 1].sent + 3 >= m->sent) {
                size_t b = end;
                while (b > 0 && c->m[b - 1].sent == c->m[end - 1].sent) b--;
                for (size_t j = b; j < end && !ante; j++)
                    if (person_like(&c->m[j]) && !(m->pron && collective(&c->m[j]))) ante = &c->m[j];
                end = b;
            }
            if (ante) snprintf(m->code, sizeof m->code, "%s", ante->code);
            continue;
        }
        if (m->dual) {
            /* the two actors of the nearest "A dan B" before it in this or
             * the previous sentence; else the last two different countries
             * ("kedua negara") or actors ("kedua belah pihak") named */
            const char *a = NULL, *b = NULL;
            for (size_t j = i; j-- > 1 && c->m[j].sent + 1 >= m->sent;) {
                const mention *x = &c->m[j - 1], *y = &c->m[j];
                if (x->sent != y->sent || !x->code[0] || !y->code[0] || x->place == 1 || y->place == 1) continue;
                int conj = 0;
                for (size_t k = x->te; k < y->tb; k++) if (c->info[k].gram == G_CONJ) conj = 1;
                if (conj && y->tb - x->te <= 2 && strcmp(x->code, y->code) != 0 &&
                    (m->dual == 2 || strncmp(x->code, y->code, 3) != 0)) { a = x->code; b = y->code; break; }
            }
            for (size_t j = i; !a && j-- > 0;) {
                const mention *o = &c->m[j];
                if (!o->code[0] || o->place == 1 || o->dual) continue;
                if (!a) a = o->code;
            }
            for (size_t j = i; a && !b && j-- > 0;) {
                const mention *o = &c->m[j];
                if (!o->code[0] || o->place == 1 || o->dual) continue;
                if (m->dual == 2 ? strcmp(o->code, a) != 0 : strncmp(o->code, a, 3) != 0) b = o->code;
            }
            if (a && b && m->dual == 2) {
                snprintf(m->code, sizeof m->code, "%s", a);
                snprintf(m->code2, sizeof m->code2, "%s", b);
                continue;
            }
            if (a && b) {
                /* the two countries acting as states */
                snprintf(m->code, sizeof m->code, strncmp(a, "IGO", 3) ? "%.3sGOV" : "%s", a);
                snprintf(m->code2, sizeof m->code2, strncmp(b, "IGO", 3) ? "%.3sGOV" : "%s", b);
            }
            continue;
        }
        resolve_one(c, m);
    }
}
