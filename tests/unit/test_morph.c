/* Unit tests: Indonesian roots and voice, English lemmas. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include <libstemmer.h>
#include "text/token.h"
#include "text/morph/id.h"
#include "text/morph/en.h"

static strmap lex;

static int setup(void **state)
{
    (void)state;
    strmap_init(&lex);
    const char *roots[] = {"tangkap", "usir", "nyata", "serang", "tuduh", "temu", "kata", "atak", "putus",
                           "utus", "tolak", "beri", "pukul", "kirim", "sapa", "tuntut", "laku", "panjang",
                           "kecam", "negara", "bebas", "bubar", "gelar", "ajar", "tumpuk", "tumpu", "kuat", "luas", NULL};
    for (int i = 0; roots[i]; i++) strmap_put(&lex, roots[i], strlen(roots[i]), 2);
    strmap_put(&lex, "pasu", 4, 1);          /* a root that takes no affix */
    strmap_put(&lex, "pasuk", 5, 2);
    return 0;
}

static int teardown(void **state) { (void)state; strmap_free(&lex); return 0; }

static void check(const char *w, const char *root, int flag)
{
    char out[64];
    uint8_t m;
    morph_id_lemma(&lex, w, strlen(w), out, sizeof out, &m);
    assert_string_equal(out, root);
    if (flag) assert_true(m & flag);
}

static void test_id_prefixes(void **state)
{
    (void)state;
    check("menangkap", "tangkap", MORPH_ACTIVE);
    check("ditangkap", "tangkap", MORPH_PASSIVE);
    check("penangkapannya", "tangkap", MORPH_NOUN);
    check("penangkapannya", "tangkap", MORPH_POSS);
    check("mengusir", "usir", MORPH_ACTIVE);
    check("pengusiran", "usir", MORPH_NOUN);
    check("menyatakan", "nyata", MORPH_ACTIVE);   /* me- + ny-: the root keeps ny */
    check("menyerang", "serang", MORPH_ACTIVE);   /* meny- replaces s */
    check("serangan", "serang", MORPH_NOUN);
    check("memukul", "pukul", MORPH_ACTIVE);      /* mem- replaces p */
    check("mengirim", "kirim", MORPH_ACTIVE);     /* meng- replaces k */
    check("mengatakan", "kata", MORPH_ACTIVE);    /* -kan over -an after meN- */
    check("memutuskan", "putus", MORPH_ACTIVE);   /* mem- + vowel is never a vowel root */
    check("pertemuan", "temu", MORPH_NOUN);
    check("diperpanjang", "panjang", MORPH_PASSIVE);
    check("mengecam", "kecam", MORPH_ACTIVE);
    check("negara-negara", "negara", MORPH_REDUP);
    check("menggelar", "gelar", MORPH_ACTIVE);
    check("belajar", "ajar", MORPH_STATIVE);
    check("penumpukan", "tumpuk", MORPH_NOUN);     /* nouns take -an, not -kan */
    check("pasukan", "pasuk", MORPH_NOUN);         /* "pasu" takes no affix */
    check("pasu", "pasu", 0);
    check("memperkuat", "kuat", MORPH_ACTIVE);     /* meN- + per- */
    check("memperluas", "luas", MORPH_ACTIVE);
}

static void test_id_unknown_stays(void **state)
{
    (void)state;
    check("jakarta", "jakarta", 0);
    check("di", "di", 0);
}

static void test_en_lemmas(void **state)
{
    (void)state;
    struct sb_stemmer *st = sb_stemmer_new("english", NULL);
    strmap irr;
    strmap_init(&irr);
    char *bases[] = {"meet"};
    strmap_put(&irr, "met", 3, 0);
    char a[64], b[64];
    morph_en_lemma(st, &irr, bases, "expelled", 8, a, sizeof a);
    morph_en_lemma(st, &irr, bases, "expel", 5, b, sizeof b);
    assert_string_equal(a, b);
    morph_en_lemma(st, &irr, bases, "met", 3, a, sizeof a);
    morph_en_lemma(st, &irr, bases, "meeting", 7, b, sizeof b);
    assert_string_equal(a, b);
    morph_en_lemma(st, &irr, bases, "arrests", 7, a, sizeof a);
    assert_string_equal(a, "arrest");
    strmap_free(&irr);
    sb_stemmer_delete(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_id_prefixes),
        cmocka_unit_test(test_id_unknown_stays),
        cmocka_unit_test(test_en_lemmas),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
