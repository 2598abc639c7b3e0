/* main.c — the warta command: argument parsing only (as cmark's main.c);
 * every action is a call into libwarta (include/warta.h).
 *
 *   warta code [--lang id|en|auto] [--date YYYY-MM-DD] [--data DIR]
 *              [--user-data DIR] [FILE ...]
 *   warta eval [--by-root] [--data DIR] GOLD.jsonl
 *
 * Exit status: 0 all documents coded; 1 some input was skipped (each is
 * named on stderr); 2 usage or dictionary error.
 */
#include "warta.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef WARTA_DATA_DIR
#define WARTA_DATA_DIR "data"
#endif

static void usage(FILE *f)
{
    fputs("usage: warta code [--lang id|en|auto] [--date YYYY-MM-DD] [--data DIR] [--user-data DIR] [--trace] [FILE ...]\n"
          "       warta eval [--by-root] [--data DIR] [--user-data DIR] GOLD.jsonl\n"
          "\n"
          "code  reads JSON Lines documents (id, lang, doc_date, text) from FILEs or stdin,\n"
          "      or plain-text files when --date is given, and writes one event a line.\n"
          "eval  codes a gold file and prints precision, recall and F1 as score.py does.\n", f);
}

/* The data directory: --data, else $WARTA_DATA, else ./data if present,
 * else the directory installed at build time. */
static const char *data_dir(const char *opt)
{
    if (opt) return opt;
    const char *env = getenv("WARTA_DATA");
    if (env && *env) return env;
    if (access("data/registry.txt", R_OK) == 0) return "data";
    return WARTA_DATA_DIR;
}

static int load(const char *dir, const char *user, warta_kb **kb)
{
    char msg[1024];
    warta_status st = warta_kb_load(dir, user, kb, msg, sizeof msg);
    if (st != WARTA_OK) {
        fprintf(stderr, "warta: %s%s%s\n", msg[0] ? msg : warta_status_str(st), msg[0] ? "" : " in ", msg[0] ? "" : dir);
        return 0;
    }
    return 1;
}

static int code_stream(warta_coder *c, FILE *in, const char *name, int plain, const char *lang,
                       const char *date, int *skipped)
{
    warta_reader *r = NULL;
    if (warta_reader_open(in, name, plain, lang, date, &r) != WARTA_OK) return -1;
    warta_doc doc;
    char msg[1024];
    int rc;
    while ((rc = warta_reader_next(r, &doc, msg, sizeof msg)) != 0) {
        if (rc < 0) { fprintf(stderr, "warta: %s\n", msg); (*skipped)++; continue; }
        const warta_event *ev;
        size_t n;
        warta_status st = warta_coder_code(c, &doc, &ev, &n);
        if (st != WARTA_OK) {
            fprintf(stderr, "warta: %s: %s\n", name, st == WARTA_EINPUT ? warta_coder_error(c) : warta_status_str(st));
            (*skipped)++;
            continue;
        }
        for (size_t i = 0; i < n; i++) {
            char *j = warta_event_json(&ev[i], &doc);
            if (!j) { fputs("warta: out of memory\n", stderr); warta_reader_close(r); return -1; }
            fputs(j, stdout);
            fputc('\n', stdout);
            free(j);
        }
    }
    warta_reader_close(r);
    return 0;
}

static int cmd_code(int argc, char **argv)
{
    const char *lang = NULL, *date = NULL, *data = NULL, *user = NULL;
    int trace = 0;
    int i = 2;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "--lang") && i + 1 < argc) lang = argv[++i];
        else if (!strcmp(argv[i], "--date") && i + 1 < argc) date = argv[++i];
        else if (!strcmp(argv[i], "--data") && i + 1 < argc) data = argv[++i];
        else if (!strcmp(argv[i], "--user-data") && i + 1 < argc) user = argv[++i];
        else if (!strcmp(argv[i], "--trace")) trace = 1;
        else if (!strcmp(argv[i], "--")) { i++; break; }
        else { fprintf(stderr, "warta code: unknown option '%s'\n", argv[i]); usage(stderr); return 2; }
    }
    if (lang && strcmp(lang, "id") && strcmp(lang, "en") && strcmp(lang, "auto")) {
        fprintf(stderr, "warta code: --lang takes id, en or auto, not '%s'\n", lang);
        return 2;
    }
    if (date && (strlen(date) != 10 || date[4] != '-' || date[7] != '-')) {
        fprintf(stderr, "warta code: --date takes YYYY-MM-DD, not '%s'\n", date);
        return 2;
    }
    warta_kb *kb = NULL;
    if (!load(data_dir(data), user, &kb)) return 2;
    warta_coder *c = NULL;
    if (warta_coder_new(kb, &c) != WARTA_OK) { warta_kb_free(kb); return 2; }
    if (trace) warta_coder_set_trace(c, stderr);
    int skipped = 0, failed = 0;
    int plain = date != NULL;
    if (i == argc) {
        if (code_stream(c, stdin, "-", plain, lang, date, &skipped) < 0) failed = 1;
    }
    for (; i < argc; i++) {
        FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "rb") : stdin;
        if (!f) { fprintf(stderr, "warta: %s: cannot open\n", argv[i]); skipped++; continue; }
        /* a .jsonl file is JSON Lines even with --date */
        size_t n = strlen(argv[i]);
        int p = plain && !(n > 6 && !strcmp(argv[i] + n - 6, ".jsonl"));
        if (code_stream(c, f, argv[i], p, lang, date, &skipped) < 0) failed = 1;
        if (f != stdin) fclose(f);
    }
    warta_coder_free(c);
    warta_kb_free(kb);
    if (fflush(stdout) != 0) { fputs("warta: cannot write output\n", stderr); return 2; }
    return failed ? 2 : skipped ? 1 : 0;
}

static int cmd_eval(int argc, char **argv)
{
    const char *data = NULL, *user = NULL, *gold = NULL;
    int by_root = 0;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--by-root")) by_root = 1;
        else if (!strcmp(argv[i], "--data") && i + 1 < argc) data = argv[++i];
        else if (!strcmp(argv[i], "--user-data") && i + 1 < argc) user = argv[++i];
        else if (argv[i][0] == '-') { fprintf(stderr, "warta eval: unknown option '%s'\n", argv[i]); return 2; }
        else gold = argv[i];
    }
    if (!gold) { usage(stderr); return 2; }
    warta_kb *kb = NULL;
    if (!load(data_dir(data), user, &kb)) return 2;
    warta_status st = warta_eval(kb, gold, by_root, stdout, stderr);
    warta_kb_free(kb);
    if (st != WARTA_OK) { fprintf(stderr, "warta eval: %s: %s\n", gold, warta_status_str(st)); return 2; }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) { usage(stderr); return 2; }
    if (!strcmp(argv[1], "code")) return cmd_code(argc, argv);
    if (!strcmp(argv[1], "eval")) return cmd_eval(argc, argv);
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) { usage(stdout); return 0; }
    fprintf(stderr, "warta: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
