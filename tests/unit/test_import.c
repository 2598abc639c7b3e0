/* Unit tests: importing TABARI/PETRARCH actor dictionaries and Wikidata
 * dumps (include/warta_import.h) — exact lines out, exact warnings, and the
 * lines written load as a Warta dictionary.
 *
 *   unit_import            the tests on inline samples and tests/data
 *   unit_import phoenix    converts ../shared/peer/petrarch2/
 *                          Phoenix.Countries.actors.txt and loads the result;
 *                          exits 77 (skipped) when ../shared is absent
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "warta.h"
#include "warta_import.h"

#define TESTS WARTA_TEST_DATA "/../tests/data"
#define PHOENIX WARTA_TEST_DATA "/../../shared/peer/petrarch2/Phoenix.Countries.actors.txt"

/* A stream writing to memory, read back as a string. */
typedef struct {
    char *p;
    size_t n;
    FILE *f;
} mem;

static void mem_open(mem *m)
{
    m->p = NULL;
    m->n = 0;
    m->f = open_memstream(&m->p, &m->n);
    assert_non_null(m->f);
}

static const char *mem_str(mem *m)
{
    fflush(m->f);
    return m->p;
}

static void mem_close(mem *m)
{
    fclose(m->f);
    free(m->p);
}

/* ---- TABARI/PETRARCH ------------------------------------------------------ */

/* Written for this test in the format of Phoenix.*.actors.txt.  Obama's
 * dates are the format's own example; the XAA and XAB actors are invented
 * (XAA-XZZ are ISO 3166's user-assigned codes: no country has them). */
static const char SAMPLE[] =
    "# A sample in the TABARI/PETRARCH actor format\n"
    "+ORPHAN_SYNONYM\n"
    "<!-- a comment\n"
    "     over two lines -->\n"
    "BARACK_OBAMA_   # the example of the format's documentation\n"
    "+BARACK_HUSSEIN_OBAMA\n"
    "+PRESIDENT_OBAMA_\n"
    "\t[USAELI 780101-090120]\n"
    "\t[USAGOV 090120-170120]\n"
    "\t[USAELI >170120]\n"
    "\t[USAELI]\n"
    "\n"
    "XAA_LAND_  [XAA]\n"
    "+XAALANDIA\n"
    "+Mixed_Case_Name\n"
    "XAA_ARMY [XAAMILAGR]\n"
    "OLD_XAA [XAB <900101] [XAA >900101]\n"
    "\n"
    "AMARA_VELLOSO_\n"
    "\t[XAAGOV 190101-191020]\n"
    "\t[XAALEG 150301-200101]\n"
    "\t[XAAREB <150301]\n"
    "\t[IGOUNOKID 200101-220101]\n"
    "\t[XAAGOV 1901-191020]\n"
    "\t[xaagov]\n"
    "\t[XAAPTY 100101-120101]\n"
    "\t[XAAGOV >241020]\n"
    "U.N._\n"
    "SOUTH_EXAMPLE_FRONT_ [XABREB]\n"
    "+SEF\n"
    "EXAMPLE_CORP [MNCXAA]\n"
    "EXAMPLE_UNION_SECRETARIAT [IGOXAB] [XAAGOV 190101\n";

static const char SAMPLE_PEOPLE[] =
    /* half-open D1-D2 ends the day before D2; the ELI periods and the
     * undated [USAELI] are Warta's default */
    "USA\tBarack Obama|Barack Hussein Obama|President Obama\tGOV 2009-01-20..2017-01-19\n"
    /* GOV, listed first, wins its overlap with LEG; <D starts at 1000 */
    "XAA\tAmara Velloso\tREB 1000..2015-02-28;LEG 2015-03-01..2018-12-31;GOV 2019-01-01..2019-10-19;"
    "LEG 2019-10-20..2019-12-31;GOV 2024-10-20..\n";

static const char SAMPLE_ACTORS[] =
    "XAA\tXaa Land|Xaalandia|Mixed Case Name\n"
    "XAAMIL\tXaa Army\n"
    "XAA\tOld Xaa\n"
    "XABREB\tSouth Example Front|Sef\n"
    "IGOXAB\tExample Union Secretariat\n";

static const char SAMPLE_WARNINGS[] =
    "sample:2: synonym skipped: no name line before it\n"
    "sample:17: '[XAB <900101]' skipped: a Warta actor has one code and no periods; 'XAA' (line 17) is used\n"
    "sample:24: '[XAAGOV 1901-191020]' skipped: a date restriction is <D, >D or D1-D2, D as YYMMDD or YYYYMMDD\n"
    "sample:25: '[xaagov]' skipped: a code is 3 to 15 capitals, three a level\n"
    "sample:23: '[IGOUNOKID 200101-220101]' skipped: a Warta person has one country, here XAA\n"
    "sample:26: 'XAAPTY' skipped: role 'PTY' has no Warta equivalent\n"
    "sample:28: 'U.N.' skipped: no code (a synonym of the next name would start with '+')\n"
    "sample:31: 'Example Corp' skipped: 'MNCXAA' is not the code of a country or an IGO\n"
    "sample:32: '[XAAGOV 190101' skipped: no ']'\n";

static void test_petrarch_sample(void **state)
{
    (void)state;
    FILE *in = fmemopen((void *)SAMPLE, sizeof SAMPLE - 1, "r");
    assert_non_null(in);
    mem people, actors, err;
    mem_open(&people);
    mem_open(&actors);
    mem_open(&err);
    size_t conv = 0, skip = 0;
    assert_int_equal(warta_import_petrarch(in, "sample", people.f, actors.f, err.f, &conv, &skip), WARTA_OK);
    assert_string_equal(mem_str(&people), SAMPLE_PEOPLE);
    assert_string_equal(mem_str(&actors), SAMPLE_ACTORS);
    assert_string_equal(mem_str(&err), SAMPLE_WARNINGS);
    assert_int_equal(conv, 7);
    assert_int_equal(skip, 9);   /* lines 2, 17, 23-26, 28, 31, 32 */
    fclose(in);
    mem_close(&people);
    mem_close(&actors);
    mem_close(&err);
}

static void test_petrarch_edges(void **state)
{
    (void)state;
    /* YYYYMMDD; the century rule (30 -> 2030, 31 -> 1931); spaces inside
     * a restriction; D1-D1 as that one day; an undated code that is not
     * Warta's default; a second undated code; a code of the past only */
    static const char in_text[] =
        "PERSON_ONE\n"
        "\t[XAAGOV 19310101 - 300101]\n"
        "\t[XAAJUD > 310101]\n"
        "PERSON_TWO [XAAMIL]\n"
        "\t[XAAGOV 200505-200505]\n"
        "\t[XAAELI]\n"
        "GONE_XAB [XAB <900101]\n";
    FILE *in = fmemopen((void *)in_text, sizeof in_text - 1, "r");
    mem people, err;
    mem_open(&people);
    mem_open(&err);
    size_t conv, skip;
    assert_int_equal(warta_import_petrarch(in, "e", people.f, NULL, err.f, &conv, &skip), WARTA_OK);
    assert_string_equal(mem_str(&people),
                        "XAA\tPerson One\tGOV 1931-01-01..2029-12-31;JUD 2030-01-01..\n"
                        "XAA\tPerson Two\tGOV 2020-05-05..2020-05-05\n");
    assert_string_equal(mem_str(&err),
                        "e:4: default code 'XAAMIL' skipped: outside its periods a Warta person is XAAELI\n"
                        "e:6: '[XAAELI]' skipped: only the first undated code (line 4) is the default\n"
                        "e:7: 'Gone Xab' skipped: Warta actors have no periods, and none of its codes runs "
                        "to the present\n");
    assert_int_equal(conv, 2);
    assert_int_equal(skip, 3);
    fclose(in);
    mem_close(&people);
    mem_close(&err);
}

static void test_petrarch_not_a_dictionary(void **state)
{
    (void)state;
    static const char in_text[] = "{\"id\": \"Q1\"}\n{\"id\": \"Q2\"}\n";
    FILE *in = fmemopen((void *)in_text, sizeof in_text - 1, "r");
    size_t conv, skip;
    assert_int_equal(warta_import_petrarch(in, "x", NULL, NULL, NULL, &conv, &skip), WARTA_EINPUT);
    assert_int_equal(conv, 0);
    assert_int_equal(skip, 2);
    fclose(in);
    assert_int_equal(warta_import_petrarch(NULL, "x", NULL, NULL, NULL, &conv, &skip), WARTA_EINVAL);
}

/* Pathological input, under the test's time bound: a 1 MB name, an entry
 * of 50,000 synonyms and one of 50,000 codes, 100,000 unclosed brackets. */
static void test_petrarch_pathological(void **state)
{
    (void)state;
    mem in;
    mem_open(&in);
    fputs("BIG_", in.f);
    for (int i = 0; i < 1 << 20; i++) fputc('A', in.f);
    fputs(" [XAA]\nMANY [XAA]\n", in.f);
    for (int i = 0; i < 50000; i++) fprintf(in.f, "+SYNONYM_%d\n", i);
    fputs("CODES\n", in.f);
    for (int i = 0; i < 50000; i++) fprintf(in.f, "\t[XAAGOV %06d-%06d]\n", 900101 + i % 28, 900201 + i % 28);
    for (int i = 0; i < 100000; i++) fputc('[', in.f);
    fputc('\n', in.f);
    fflush(in.f);
    FILE *f = fmemopen(in.p, in.n, "r");
    mem people, actors;
    mem_open(&people);
    mem_open(&actors);
    size_t conv, skip;
    assert_int_equal(warta_import_petrarch(f, "p", people.f, actors.f, NULL, &conv, &skip), WARTA_OK);
    assert_int_equal(conv, 3);
    const char *a = mem_str(&actors);
    assert_int_equal(strncmp(a, "XAA\tBig Aaaa", 12), 0);
    assert_non_null(strstr(a, "\nXAA\tMany|Synonym 0|Synonym 1|"));
    assert_null(strstr(a, "|Synonym 1999|"));      /* 2,000 lines kept of an entry */
    assert_string_equal(mem_str(&people), "XAA\tCodes\tGOV 1990-01-01..1990-02-27\n");
    assert_int_equal(skip, (50000 - 1999) + (50000 - 2000) + 1);
    fclose(f);
    mem_close(&in);
    mem_close(&people);
    mem_close(&actors);
}

/* Writes people and actors lines with a registry naming the CAMEO table
 * into a fresh directory, and loads it.  Returns the status; msg gets the
 * loader's message. */
static warta_status load_as_kb(const char *people, const char *actors, char *msg, size_t msglen)
{
    char dir[] = "/tmp/warta_import_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/registry.txt", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "cameo\t*\t%s/cameo/codes.tsv\npeople\t*\tpeople.txt\n", WARTA_TEST_DATA);
    if (actors) fputs("actors\t*\tactors.txt\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/people.txt", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs(people, f);
    fclose(f);
    if (actors) {
        snprintf(path, sizeof path, "%s/actors.txt", dir);
        f = fopen(path, "w");
        assert_non_null(f);
        fputs(actors, f);
        fclose(f);
    }
    warta_kb *kb = NULL;
    warta_status st = warta_kb_load(dir, NULL, &kb, msg, msglen);
    warta_kb_free(kb);
    snprintf(path, sizeof path, "%s/people.txt", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/actors.txt", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/registry.txt", dir);
    unlink(path);
    rmdir(dir);
    return st;
}

static void test_petrarch_sample_loads(void **state)
{
    (void)state;
    char msg[512] = "";
    warta_status st = load_as_kb(SAMPLE_PEOPLE, SAMPLE_ACTORS, msg, sizeof msg);
    if (st != WARTA_OK) fprintf(stderr, "%s\n", msg);
    assert_int_equal(st, WARTA_OK);
}

/* ---- Wikidata -------------------------------------------------------------- */

static void test_wikidata_fixture(void **state)
{
    (void)state;
    FILE *in = fopen(TESTS "/wikidata_small.json", "rb");
    assert_non_null(in);
    mem people, err;
    mem_open(&people);
    mem_open(&err);
    size_t conv = 0, skip = 0;
    assert_int_equal(warta_import_wikidata(in, "wikidata_small.json", TESTS "/wikidata_positions_test.txt",
                                           people.f, err.f, &conv, &skip), WARTA_OK);
    assert_string_equal(mem_str(&people),
        /* a year, a month, a day: the precision given; two overlapping
         * GOV terms are one; deprecated and unmapped statements are not read */
        "XAA\tAmara Velloso|A. Velloso|Velloso\tLEG 2009..2019-10;GOV 2019-10-20..\n"
        /* a "mul" label; numeric-id only; P582 novalue: still running */
        "IGOXAA\tTomas Reyvik|T. Reyvik|Reyvik\tIGO 2022-01-01..\n"
        "XAA\tKestrel Onwuday|Onwuday\tLEG 2015-03..\n");
    assert_string_equal(mem_str(&err),
        "wikidata_small.json:3: Q9900000002: position Q9900000101 (XAA) skipped: a Warta person has one "
        "country, here IGOXAA\n"
        "wikidata_small.json:4: Q9900000003: position Q9900000101 skipped: no start time (P580)\n"
        "wikidata_small.json:4: Q9900000003: name 'K|Onwuday' skipped: '|' in a name\n");
    assert_int_equal(conv, 3);
    assert_int_equal(skip, 2);
    fclose(in);

    /* what was written loads */
    char msg[512] = "";
    warta_status st = load_as_kb(mem_str(&people), NULL, msg, sizeof msg);
    if (st != WARTA_OK) fprintf(stderr, "%s\n", msg);
    assert_int_equal(st, WARTA_OK);
    mem_close(&people);
    mem_close(&err);
}

static void test_wikidata_malformed_lines(void **state)
{
    (void)state;
    /* JSON Lines; a broken line and a line that is no object are reported
     * and the next entity is still read */
    static const char in_text[] =
        "{\"type\":\"item\",\"id\":\"Q9900000011\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Ida Sample\"}},"
        "\"claims\":{\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":"
        "{\"entity-type\":\"item\",\"id\":\"Q5\"},\"type\":\"wikibase-entityid\"}},\"rank\":\"normal\"}],"
        "\"P39\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P39\",\"datavalue\":{\"value\":"
        "{\"entity-type\":\"item\",\"id\":\"Q9900000101\"},\"type\":\"wikibase-entityid\"}},\"qualifiers\":"
        "{\"P580\":[{\"snaktype\":\"value\",\"property\":\"P580\",\"datavalue\":{\"value\":{\"time\":"
        "\"+2001-00-00T00:00:00Z\",\"precision\":8,\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"},"
        "\"type\":\"time\"}}]},\"rank\":\"normal\"}]}}\n"
        "{\"type\":\"item\",\"id\":\"Q9900000012\",\"labels\":{\n"
        "42\n"
        "{\"type\":\"item\",\"id\":\"Q9900000013\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Ode Sample\"}},"
        "\"claims\":{\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":"
        "{\"entity-type\":\"item\",\"id\":\"Q5\"},\"type\":\"wikibase-entityid\"}},\"rank\":\"normal\"}],"
        "\"P39\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P39\",\"datavalue\":{\"value\":"
        "{\"entity-type\":\"item\",\"id\":\"Q9900000101\"},\"type\":\"wikibase-entityid\"}},\"qualifiers\":"
        "{\"P580\":[{\"snaktype\":\"value\",\"property\":\"P580\",\"datavalue\":{\"value\":{\"time\":"
        "\"+2001-07-00T00:00:00Z\",\"precision\":10,\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"},"
        "\"type\":\"time\"}}]},\"rank\":\"normal\"}]}}\n";
    FILE *in = fmemopen((void *)in_text, sizeof in_text - 1, "r");
    mem people, err;
    mem_open(&people);
    mem_open(&err);
    size_t conv, skip;
    assert_int_equal(warta_import_wikidata(in, "dump.jsonl", TESTS "/wikidata_positions_test.txt", people.f,
                                           err.f, &conv, &skip), WARTA_OK);
    assert_string_equal(mem_str(&people), "XAA\tOde Sample\tGOV 2001-07..\n");
    assert_string_equal(mem_str(&err),
                        "dump.jsonl:1: Q9900000011: position Q9900000101 skipped: its start time is a precision "
                        "coarser than a year\n"
                        "dump.jsonl:2: skipped: not a JSON object (byte 44)\n"
                        "dump.jsonl:3: skipped: not a JSON object (byte 1)\n");
    assert_int_equal(conv, 1);
    assert_int_equal(skip, 3);
    fclose(in);
    mem_close(&people);
    mem_close(&err);
}

static void test_wikidata_bad_mapping(void **state)
{
    (void)state;
    char path[] = "/tmp/warta_positions_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("# a mapping with a fault on line 3\nQ9900000101\tXAA\tGOV\tPresident of Examplia\n"
          "Q9900000102\tXAA\tSENATOR\tmember of the Examplia assembly\n", f);
    fclose(f);
    static const char in_text[] = "[\n]\n";
    FILE *in = fmemopen((void *)in_text, sizeof in_text - 1, "r");
    mem err;
    mem_open(&err);
    assert_int_equal(warta_import_wikidata(in, "d", path, NULL, err.f, NULL, NULL), WARTA_EDATA);
    char want[256];
    snprintf(want, sizeof want, "%s:3: unknown role 'SENATOR'\n", path);
    assert_string_equal(mem_str(&err), want);
    fclose(in);
    mem_close(&err);
    unlink(path);

    in = fmemopen((void *)in_text, sizeof in_text - 1, "r");
    assert_int_equal(warta_import_wikidata(in, "d", "/nonexistent/positions.txt", NULL, NULL, NULL, NULL),
                     WARTA_EIO);
    fclose(in);
}

/* The shipped mapping reads, and an empty dump converts nothing. */
static void test_wikidata_shipped_mapping(void **state)
{
    (void)state;
    static const char in_text[] = "[\n]\n";
    FILE *in = fmemopen((void *)in_text, sizeof in_text - 1, "r");
    mem err;
    mem_open(&err);
    size_t conv, skip;
    assert_int_equal(warta_import_wikidata(in, "d", WARTA_TEST_DATA "/common/wikidata_positions.txt", NULL,
                                           err.f, &conv, &skip), WARTA_OK);
    assert_string_equal(mem_str(&err), "");
    assert_int_equal(conv + skip, 0);
    fclose(in);
    mem_close(&err);
}

/* ---- the Phoenix dictionary, from ../shared ------------------------------- */

static int phoenix(void)
{
    FILE *in = fopen(PHOENIX, "rb");
    assert_non_null(in);
    mem people, actors, err;
    mem_open(&people);
    mem_open(&actors);
    mem_open(&err);
    size_t conv = 0, skip = 0;
    warta_status st = warta_import_petrarch(in, "Phoenix.Countries.actors.txt", people.f, actors.f, err.f, &conv,
                                            &skip);
    fclose(in);
    size_t np = 0, na = 0, nw = 0;
    for (const char *p = mem_str(&people); *p; p++) np += *p == '\n';
    for (const char *p = mem_str(&actors); *p; p++) na += *p == '\n';
    for (const char *p = mem_str(&err); *p; p++) nw += *p == '\n';
    fprintf(stderr, "Phoenix.Countries.actors.txt: %s; %zu people lines, %zu actors lines, %zu input lines "
                    "skipped, %zu warnings\n", warta_status_str(st), np, na, skip, nw);
    int fails = st != WARTA_OK || conv != np + na || conv < 10000;
    char msg[512] = "";
    warta_status lst = load_as_kb(mem_str(&people), mem_str(&actors), msg, sizeof msg);
    if (lst != WARTA_OK) {
        fprintf(stderr, "the converted dictionary does not load: %s\n", msg);
        fails = 1;
    }
    mem_close(&people);
    mem_close(&actors);
    mem_close(&err);
    return fails;
}

static void test_phoenix(void **state)
{
    (void)state;
    assert_int_equal(phoenix(), 0);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "phoenix") == 0) {
        FILE *f = fopen(PHOENIX, "rb");
        if (!f) {
            fprintf(stderr, "skipped: %s is absent\n", PHOENIX);
            return 77;
        }
        fclose(f);
        const struct CMUnitTest tests[] = {cmocka_unit_test(test_phoenix)};
        return cmocka_run_group_tests(tests, NULL, NULL);
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_petrarch_sample),
        cmocka_unit_test(test_petrarch_edges),
        cmocka_unit_test(test_petrarch_not_a_dictionary),
        cmocka_unit_test(test_petrarch_pathological),
        cmocka_unit_test(test_petrarch_sample_loads),
        cmocka_unit_test(test_wikidata_fixture),
        cmocka_unit_test(test_wikidata_malformed_lines),
        cmocka_unit_test(test_wikidata_bad_mapping),
        cmocka_unit_test(test_wikidata_shipped_mapping),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
