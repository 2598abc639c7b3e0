/* Unit tests: calendar arithmetic, and dates read from text against the
 * document date (through the coder and the shipped dictionaries). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "warta.h"
#include "coder/coder_int.h"

static void test_calendar(void **state)
{
    (void)state;
    assert_int_equal(date_add_days(20250301, -1), 20250228);
    assert_int_equal(date_add_days(20240301, -1), 20240229);
    assert_int_equal(date_add_days(20241231, 1), 20250101);
    assert_int_equal(date_weekday(20251107), 5);   /* a Friday */
    assert_int_equal(date_weekday(20210208), 1);   /* a Monday */
    assert_int_equal(kb_parse_date("2024", 4, 0), 20240101);
    assert_int_equal(kb_parse_date("2024-02", 7, 1), 20240229);
    assert_int_equal(kb_parse_date("2023-02-29", 10, 0), -1);
    assert_int_equal(kb_parse_date("2023-13", 7, 0), -1);
}

static warta_kb *kb;
static warta_coder *coder;

static int setup(void **state)
{
    (void)state;
    char msg[512];
    if (warta_kb_load(WARTA_TEST_DATA, NULL, &kb, msg, sizeof msg) != WARTA_OK) {
        fprintf(stderr, "%s\n", msg);
        return -1;
    }
    return warta_coder_new(kb, &coder) == WARTA_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    warta_coder_free(coder);
    warta_kb_free(kb);
    return 0;
}

/* The `when` of the first event coded from text, or "" */
static const char *when_of(const char *lang, const char *date, const char *text)
{
    static char out[16];
    warta_doc d = {"t", lang, date, text, strlen(text)};
    const warta_event *ev;
    size_t n;
    out[0] = '\0';
    if (warta_coder_code(coder, &d, &ev, &n) == WARTA_OK && n > 0) snprintf(out, sizeof out, "%s", ev[0].when);
    return out;
}

static void test_id_dates(void **state)
{
    (void)state;
    /* 2025-11-07 is a Friday */
    assert_string_equal(when_of("id", "2025-11-07", "Kemarin Peru mengusir duta besar Meksiko."), "2025-11-06");
    assert_string_equal(when_of("id", "2025-11-07", "Pada Senin (3/11), Peru mengusir duta besar Meksiko."), "2025-11-03");
    assert_string_equal(when_of("id", "2025-11-07", "Peru mengusir duta besar Meksiko pada Senin."), "2025-11-03");
    assert_string_equal(when_of("id", "2025-11-07", "Peru mengusir duta besar Meksiko pada Juni 2023."), "2023-06");
    assert_string_equal(when_of("id", "2025-11-07", "Pada Desember lalu, Peru mengusir duta besar Meksiko."), "2024-12");
    assert_string_equal(when_of("id", "2025-11-07", "Peru mengusir duta besar Meksiko pada 20 Oktober 2014."), "2014-10-20");
    assert_string_equal(when_of("id", "2025-11-07", "Peru mengusir duta besar Meksiko enam minggu lalu."), "2025-09");
    assert_string_equal(when_of("id", "2025-11-07", "Peru mengusir duta besar Meksiko pada 2022."), "2022");
}

static void test_en_dates(void **state)
{
    (void)state;
    assert_string_equal(when_of("en", "2025-11-07", "Peru expelled the Mexican ambassador on Tuesday."), "2025-11-04");
    assert_string_equal(when_of("en", "2025-11-07", "Peru expelled the Mexican ambassador yesterday."), "2025-11-06");
    assert_string_equal(when_of("en", "2025-11-07", "On March 3, Peru expelled the Mexican ambassador."), "2025-03-03");
    assert_string_equal(when_of("en", "2025-11-07", "Peru expelled the Mexican ambassador last month."), "2025-10");
    assert_string_equal(when_of("en", "2025-11-07", "Peru expelled the Mexican ambassador in December 2019."), "2019-12");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_calendar),
        cmocka_unit_test_setup_teardown(test_id_dates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_en_dates, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
