/* kb.h — the compiled knowledge base (internal view of warta_kb).
 *
 * kb.c reads the plain-text dictionaries named by data/registry.txt and
 * compiles them into two token tries per language: `names` over folded
 * surface tokens (countries, roles, organisations, people, grammar words,
 * date words) and `verbs` over lemmas (verb patterns).  Everything here is
 * built once and then only read, so one kb serves every thread.
 */
#ifndef WARTA_KB_H
#define WARTA_KB_H
#include <stddef.h>
#include <stdint.h>
#include "../../include/warta.h"
#include "../base/arena.h"
#include "../base/strmap.h"
#include "trie.h"

enum { LANG_ID = 0, LANG_EN = 1, NLANG = 2 };

enum kb_kind {
    E_COUNTRY = 1, /* code = ISO3 */
    E_ADJ,         /* "Peruvian": the country as a modifier */
    E_PEOPLE,      /* "Peruvians": its civilians */
    E_CAPITAL,     /* a capital: a place, or the government acting */
    E_CITY,        /* another city: a place */
    E_ROLE,        /* code = GOV, LEG, ... */
    E_FORMER,      /* mantan, former */
    E_IGOROLE,     /* a noun that stands for an IGO only with a name */
    E_ORG,         /* code = full actor code */
    E_PERSON,      /* person index in kb->people */
    E_GRAM,        /* sub = gram kind */
    E_DATE,        /* sub = date kind, val = value */
};

enum gram_kind {
    G_NEG = 1, G_AGENT, G_COMP, G_REL, G_CONJ, G_PREP, G_FUTURE, G_MODAL,
    G_PRON, G_DUAL, G_SAY, G_RECIP, G_DET, G_BE, G_PLURAL, G_INTENT,
    G_PRONPL, G_QVOTE, G_QPRISON, G_QKILLED, G_QINJURED, G_QPEOPLE, G_AUX, G_OTHER, G_PLACENOUN, G_SUB, G_PURPOSE, G_LIGHT, G_DUALP, G_ANAPHOR, G_REASON, G_LOC, G_PRONIT, G_COURT, G_JOINT, G_TELL, G_PRIOR, G_ALLEGED, G_PRON1, G_NOTONLY, G_CONTRAST, G_NGRAM
};

enum date_kind {
    D_MONTH = 1, D_WEEKDAY, D_DAY, D_WEEK, D_MONTHREL, D_YEARREL,
    D_LAST, D_NEXT, D_THIS, D_EARLY, D_LATE, D_UNIT, D_AGO, D_NUM, D_DAYPART, D_NDATE
};

typedef struct {
    uint8_t kind;
    uint8_t sub;          /* gram or date kind */
    uint8_t user;         /* from the user's dictionary layer */
    int16_t val;          /* date value */
    char code[8];         /* ISO3 / role / actor code */
    uint32_t person;
    const char *src;      /* "id/roles.txt:12" */
} kb_entry;

typedef struct {
    char role[4];
    int32_t from, to;     /* yyyymmdd, inclusive */
    const char *seat;     /* "@head_of_state" label, or NULL */
} kb_period;

typedef struct {
    char country[8];
    const char *name;
    const char *src;      /* "common/people.txt:12" */
    uint32_t first, n;    /* periods[first .. first+n) */
} kb_person;

typedef struct {
    char code[6];
    uint8_t ntok;         /* tokens in the pattern (specificity) */
    int8_t tslot;         /* token index of '+', or -1 */
    uint8_t lang;
    uint8_t user;         /* from the user's dictionary layer */
    const char *first;    /* the key of its first token (kb check) */
    const char *text;     /* the pattern as written (kb check) */
    const char *src;
} kb_verb;

typedef struct {
    char code[6];
    double goldstein;
    int quad;
    const char *plover, *mode, *name;
} kb_cameo;

struct warta_kb {
    arena mem;                          /* strings and labels */
    kb_entry *ent; size_t nent, capent;
    kb_person *people; size_t npeople, cappeople;
    kb_period *periods; size_t nperiods, capperiods;
    kb_verb *verbs; size_t nverbs, capverbs;
    kb_cameo *cameo; size_t ncameo, capcameo;
    strmap cameo_idx;
    trie names[NLANG];
    trie verbs_t[NLANG];
    strmap lexicon_id;                  /* Indonesian roots */
    strmap irregular;                   /* English form -> base index */
    char **irr_base; size_t nirr, capirr;
    strmap abbrev[NLANG];
    struct sb_stemmer *stem_en;         /* used while loading only */
    size_t nverb_lang[NLANG];
    strmap modal;                       /* code prefix -> intent code index */
    char (*modal_to)[6]; size_t nmodal, capmodal;
};

/* The intent/threat code for code under a future or intent marker (the
 * longest prefix listed in cameo/modal.tsv), or NULL when none. */
const char *kb_modal_code(const warta_kb *kb, const char *code);

/* CAMEO row for code, or NULL. */
const kb_cameo *kb_cameo_get(const warta_kb *kb, const char *code);
/* The person's actor code on date (yyyymmdd; 0 = unknown: the latest
 * period that has begun... see kb.c) written into out (8 bytes). */
void kb_person_code(const warta_kb *kb, uint32_t person, int32_t date, char out[8]);
/* Lemma of a folded word in lang, written into out (cap bytes).
 * stem is the caller's English stemmer (may be kb->stem_en at load). */
size_t kb_lemma(const warta_kb *kb, int lang, struct sb_stemmer *stem,
                const char *w, size_t n, char *out, size_t cap, uint8_t *morph);
/* The person's code for an event dated within [from, to] (yyyymmdd): the
 * latest period of office that overlaps it, else COUNTRY+ELI. */
void kb_person_code_range(const warta_kb *kb, uint32_t person, int32_t from, int32_t to, char out[8]);
/* The names of grammar and date kinds as written in the dictionaries. */
const char *kb_gram_name(int kind);
const char *kb_date_name(int kind);
/* "id" / "en" -> LANG_*, or -1. */
int kb_lang_index(const char *s);
/* Parses YYYY, YYYY-MM or YYYY-MM-DD into yyyymmdd; end selects the last
 * day of the period.  Returns -1 when malformed. */
int32_t kb_parse_date(const char *s, size_t n, int end);
#endif
