/* Unit tests: the shipped knowledge base loads and answers as its data
 * says; people are coded by the office held on a date. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "warta.h"
#include "kb/kb.h"

static warta_kb *kb;

static int setup(void **state)
{
    (void)state;
    char msg[512];
    if (warta_kb_load(WARTA_TEST_DATA, NULL, &kb, msg, sizeof msg) != WARTA_OK) {
        fprintf(stderr, "%s\n", msg);
        return -1;
    }
    return 0;
}

static int teardown(void **state) { (void)state; warta_kb_free(kb); return 0; }

static void test_cameo_table(void **state)
{
    (void)state;
    const kb_cameo *c = kb_cameo_get(kb, "161");
    assert_non_null(c);
    assert_int_equal(c->quad, 4);
    assert_true(c->goldstein < 0);
    assert_string_equal(kb_cameo_get(kb, "057")->plover, "SUPPORT");   /* CAMEO2PLOVER-2021 */
    assert_string_equal(kb_cameo_get(kb, "0871")->plover, "RETREAT");
    assert_null(kb_cameo_get(kb, "999"));
    assert_string_equal(kb_modal_code(kb, "0431"), "036");
    assert_string_equal(kb_modal_code(kb, "190"), "138");
}

static void test_verbs_enough(void **state)
{
    (void)state;
    /* issue #2: at least 800 patterns per language over 120 codes */
    assert_true(kb->nverb_lang[LANG_ID] >= 800);
    assert_true(kb->nverb_lang[LANG_EN] >= 800);
    for (int l = 0; l < NLANG; l++) {
        size_t distinct = 0;
        for (size_t i = 0; i < kb->nverbs; i++) {
            if (kb->verbs[i].lang != l) continue;
            int seen = 0;
            for (size_t j = 0; j < i && !seen; j++)
                seen = kb->verbs[j].lang == l && !strcmp(kb->verbs[j].code, kb->verbs[i].code);
            distinct += !seen;
        }
        assert_true(distinct >= 120);
    }
}

static void test_people_by_date(void **state)
{
    (void)state;
    /* find Claudia Sheinbaum and Pedro Castillo by name */
    int32_t sh = -1, ca = -1;
    for (size_t i = 0; i < kb->npeople; i++) {
        if (!strcmp(kb->people[i].name, "Claudia Sheinbaum")) sh = (int32_t)i;
        if (!strcmp(kb->people[i].name, "Pedro Castillo")) ca = (int32_t)i;
    }
    assert_true(sh >= 0 && ca >= 0);
    char code[8];
    kb_person_code(kb, (uint32_t)sh, 20251107, code);
    assert_string_equal(code, "MEXGOV");
    kb_person_code(kb, (uint32_t)ca, 20220101, code);
    assert_string_equal(code, "PERGOV");
    kb_person_code(kb, (uint32_t)ca, 20251107, code);
    assert_string_equal(code, "PERELI");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cameo_table),
        cmocka_unit_test(test_verbs_enough),
        cmocka_unit_test(test_people_by_date),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
