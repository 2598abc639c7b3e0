/* Unit tests: UTF-8 checks, folding, tokens, sentences. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "text/utf8.h"
#include "text/token.h"
#include "text/sentence.h"

static void test_utf8_check(void **state)
{
    (void)state;
    assert_int_equal(utf8_check("Ch\xc3\xa1vez", 7), (size_t)-1);
    assert_int_equal(utf8_check("ab\xc3", 3), 2);            /* truncated */
    assert_int_equal(utf8_check("a\xc0\xaf", 3), 1);          /* overlong */
    assert_int_equal(utf8_check("\xed\xa0\x80", 3), 0);       /* surrogate */
    assert_int_equal(utf8_check("ok\xff", 3), 2);
}

static void test_fold(void **state)
{
    (void)state;
    arena a;
    arena_init(&a);
    size_t n;
    char *f = utf8_fold(&a, "CH\xc3\x81VEZ", 7, &n);
    assert_string_equal(f, "chavez");
    f = utf8_fold(&a, "Israel\xe2\x80\x99s", 10, &n);
    assert_string_equal(f, "israel's");
    arena_free(&a);
}

static const char *tok(const token_list *t, size_t i) { return t->v[i].fold; }

static void test_tokens(void **state)
{
    (void)state;
    arena a;
    arena_init(&a);
    token_list t;
    const char *s = "The U.S. military's 8.500 troops, anak-anak didn't go (63\xe2\x80\x93" "33).";
    assert_int_equal(tokenize(&a, s, strlen(s), &t), 0);
    assert_string_equal(tok(&t, 0), "the");
    assert_string_equal(tok(&t, 1), "u.s.");
    assert_string_equal(tok(&t, 2), "military");
    assert_string_equal(tok(&t, 3), "'s");
    assert_string_equal(tok(&t, 4), "8.500");
    assert_int_equal(t.v[4].kind, TOK_NUM);
    assert_string_equal(tok(&t, 6), ",");
    assert_string_equal(tok(&t, 7), "anak-anak");
    assert_string_equal(tok(&t, 8), "didn't");
    assert_string_equal(tok(&t, 11), "63");
    assert_string_equal(tok(&t, 12), "-");
    assert_string_equal(tok(&t, 13), "33");
    /* offsets point into the original text */
    assert_int_equal(t.v[1].off, 4);
    assert_int_equal(t.v[1].len, 4);
    assert_int_equal(t.v[0].cap, 1);
    assert_int_equal(t.v[1].cap, 2);
    arena_free(&a);
}

static void test_sentences(void **state)
{
    (void)state;
    arena a;
    arena_init(&a);
    strmap ab;
    strmap_init(&ab);
    strmap_put(&ab, "gen.", 4, 1);
    strmap_put(&ab, "jl.", 3, 1);
    const char *s = "Gen. Prabowo tiba di Jl. Merdeka No. 5. Dia bertemu J. Smith. \"Kami siap.\" Lalu pulang.";
    token_list t;
    sentence_list sl;
    assert_int_equal(tokenize(&a, s, strlen(s), &t), 0);
    assert_int_equal(split_sentences(&a, s, &t, &ab, &sl), 0);
    /* "No. 5." : "No." is not in this list, but a digit follows, so it does not end */
    assert_int_equal(sl.n, 4);
    assert_memory_equal(s + sl.v[0].start, "Gen. Prabowo", 12);
    assert_memory_equal(s + sl.v[1].start, "Dia bertemu J. Smith.", 21);
    assert_memory_equal(s + sl.v[2].start, "\"Kami siap.\"", 12);
    assert_int_equal(sl.v[2].end - sl.v[2].start, 12);
    strmap_free(&ab);
    arena_free(&a);
}

static void test_long_sentence_is_cut(void **state)
{
    (void)state;
    arena a;
    arena_init(&a);
    strmap ab;
    strmap_init(&ab);
    size_t n = 3000 * 4;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i += 4) memcpy(s + i, "kata", 4);
    for (size_t i = 4; i < n; i += 8) s[i - 1] = ' ';
    s[n] = '\0';
    token_list t;
    sentence_list sl;
    assert_int_equal(tokenize(&a, s, n, &t), 0);
    assert_int_equal(split_sentences(&a, s, &t, &ab, &sl), 0);
    for (size_t i = 0; i < sl.n; i++) assert_true(sl.v[i].te - sl.v[i].tb <= SENT_MAX_TOKENS);
    free(s);
    strmap_free(&ab);
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_check),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_long_sentence_is_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
