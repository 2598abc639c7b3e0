/* clause.h — the clause reader's view of one sentence.
 *
 * verbs.c finds the verb patterns of a sentence; clause.c answers the
 * questions events.c asks of a clause: its subject, its object, the
 * passive agent, whether a word is read as a verb or a noun, where a
 * clause ends.  All work on the tokens and mentions of one sentence.
 */
#ifndef WARTA_CLAUSE_H
#define WARTA_CLAUSE_H
#include "coder_int.h"

#define MAX_VM 128
#define MAX_DATES 16

typedef struct {
    int32_t *tok_m;           /* token -> mention index + 1, 0 none */
    uint8_t *vstart;          /* token starts a verb pattern */
    int vsrc[MAX_VM];         /* subject mention found for each verb, -1 */
    uint8_t inner[MAX_VM];    /* the verb was read as content of the one before */
    verb_match vm[MAX_VM];
    size_t nvm;
    date_expr dates[MAX_DATES];
    size_t ndates;
    warta_qty qty;
} sent_state;

/* verbs.c: the verb patterns of sentence s, longest match first, into st */
void verbs_find(warta_coder *c, const sentence *s, sent_state *st);

/* an actor mention that can fill a slot: it has a code and is no place */
static inline int clause_usable(const mention *m) { return m->code[0] && m->place != 1; }

/* clause.c */
int clause_subject(const warta_coder *c, const sentence *s, const sent_state *st, size_t pos);
int clause_object(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm, int src, int want_prep);
int clause_place_target(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm);
int clause_agent(const warta_coder *c, const sentence *s, const sent_state *st, size_t end);
int clause_gram_before(const warta_coder *c, const sentence *s, const sent_state *st, size_t pos, int g, int window);
int clause_en_passive(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm);
int clause_en_nominal(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm);
int clause_modifier(const warta_coder *c, const sent_state *st, const mention *m, const sentence *s);
int clause_verbal_at(const warta_coder *c, const sent_state *st, const sentence *s, size_t j);
int clause_end_mark(const warta_coder *c, const sent_state *st, const sentence *s, size_t j);
int clause_shared_subject(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm, int src);
int clause_light_before(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm);
int clause_in_relative(const warta_coder *c, const sentence *s, const verb_match *vm);
int clause_sentence_subject(const warta_coder *c, const sentence *s, const sent_state *st, size_t pos);
int clause_joined(const warta_coder *c, const sent_state *st, const sentence *s, size_t from, size_t to);
int clause_gram_in(const warta_coder *c, size_t from, size_t to, int g);
int clause_fronted_subject(const warta_coder *c, const sentence *s, const sent_state *st, const verb_match *vm);
int clause_anaphoric_target(const warta_coder *c, size_t si, const sent_state *st, const verb_match *vm, int src);

/* discourse.c: dates and targets from beyond the clause (see there) */
const date_expr *discourse_trailing_date(const warta_coder *c, const sent_state *st, const sentence *s, size_t ce);
int discourse_quote_date(warta_coder *c, size_t si, size_t from, date_expr *out);
int discourse_event_date(const warta_coder *c, const sent_state *st, const sentence *s, size_t si, date_expr *out);
int discourse_event_agent(const warta_coder *c, const sent_state *st, size_t si, const verb_match *vm, const char *scode,
                          char out[12]);
#endif
