/* main.c — the warta command: argument parsing only (as cmark's main.c);
 * every action is a call into libwarta (include/warta.h).
 *
 *   warta code    [--lang id|en|auto] [--date D] [--data DIR] [--user-data DIR] [--trace] [FILE ...]
 *   warta eval    [--by-root] [--data DIR] GOLD.jsonl
 *   warta explain [--lang L] [--date D] (TEXT | --file FILE)
 *   warta kb check | warta kb lookup [--date D] NAME
 *
 * Exit status: 0 all documents coded; 1 some input was skipped (each is
 * named on stderr); 2 usage or dictionary error.
 */
#include "warta.h"
#include "warta_import.h"
#include <errno.h>
#include <sys/stat.h>
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
          "       warta explain [--lang id|en|auto] [--date YYYY-MM-DD] [--data DIR] [--user-data DIR] (TEXT | --file FILE)\n"
          "       warta kb check [--data DIR] [--user-data DIR]\n"
          "       warta kb lookup [--lang id|en] [--date YYYY-MM-DD] [--data DIR] [--user-data DIR] NAME\n"
          "       warta kb import petrarch|wikidata [--positions FILE] --out DIR FILE\n"
          "\n"
          "code     reads JSON Lines documents (id, lang, doc_date, text) from FILEs or stdin,\n"
          "         or plain-text files when --date is given, and writes one event a line.\n"
          "eval     codes a gold file and prints precision, recall and F1 as score.py does.\n"
          "explain  shows how a text is read: sentences, tokens and lemmas, dictionary matches,\n"
          "         the rule behind each event and why each candidate was rejected.\n"
          "kb check reports dictionary faults with file:line; exits 1 on any error.\n"
          "kb lookup says what NAME resolves to on a date and which entries decided it.\n"
          "kb import converts a TABARI/PETRARCH actor dictionary or a Wikidata JSON dump into a\n"
          "         dictionary directory (registry.txt, people.txt, actors.txt) to use with --user-data.\n", f);
}

typedef struct {
    const char *lang, *date, *data, *user, *file, *out, *positions;
    int trace, by_root;
    int nargs;
    char **args;
} opts;

/* Parses the options every command shares; the rest are arguments. */
static int parse(int argc, char **argv, int first, opts *o)
{
    memset(o, 0, sizeof *o);
    o->args = calloc((size_t)argc + 1, sizeof *o->args);
    if (!o->args) return -1;
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        int more = i + 1 < argc;
        if (!strcmp(a, "--lang") && more) o->lang = argv[++i];
        else if (!strcmp(a, "--date") && more) o->date = argv[++i];
        else if (!strcmp(a, "--data") && more) o->data = argv[++i];
        else if (!strcmp(a, "--user-data") && more) o->user = argv[++i];
        else if (!strcmp(a, "--file") && more) o->file = argv[++i];
        else if (!strcmp(a, "--out") && more) o->out = argv[++i];
        else if (!strcmp(a, "--positions") && more) o->positions = argv[++i];
        else if (!strcmp(a, "--trace")) o->trace = 1;
        else if (!strcmp(a, "--by-root")) o->by_root = 1;
        else if (!strcmp(a, "--")) { while (++i < argc) o->args[o->nargs++] = argv[i]; }
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "warta: unknown option '%s'\n", a); return -1; }
        else o->args[o->nargs++] = argv[i];
    }
    if (o->lang && strcmp(o->lang, "id") && strcmp(o->lang, "en") && strcmp(o->lang, "auto")) {
        fprintf(stderr, "warta: --lang takes id, en or auto, not '%s'\n", o->lang);
        return -1;
    }
    if (o->date && (strlen(o->date) != 10 || o->date[4] != '-' || o->date[7] != '-')) {
        fprintf(stderr, "warta: --date takes YYYY-MM-DD, not '%s'\n", o->date);
        return -1;
    }
    return 0;
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

static int cmd_code(const opts *o)
{
    warta_kb *kb = NULL;
    if (!load(data_dir(o->data), o->user, &kb)) return 2;
    warta_coder *c = NULL;
    if (warta_coder_new(kb, &c) != WARTA_OK) { warta_kb_free(kb); return 2; }
    if (o->trace) warta_coder_set_trace(c, stderr);
    int skipped = 0, failed = 0;
    int plain = o->date != NULL;
    if (o->nargs == 0 && code_stream(c, stdin, "-", plain, o->lang, o->date, &skipped) < 0) failed = 1;
    for (int i = 0; i < o->nargs; i++) {
        const char *name = o->args[i];
        FILE *f = strcmp(name, "-") ? fopen(name, "rb") : stdin;
        if (!f) { fprintf(stderr, "warta: %s: cannot open\n", name); skipped++; continue; }
        /* a .jsonl file is JSON Lines even with --date */
        size_t n = strlen(name);
        int p = plain && !(n > 6 && !strcmp(name + n - 6, ".jsonl"));
        if (code_stream(c, f, name, p, o->lang, o->date, &skipped) < 0) failed = 1;
        if (f != stdin) fclose(f);
    }
    warta_coder_free(c);
    warta_kb_free(kb);
    if (fflush(stdout) != 0) { fputs("warta: cannot write output\n", stderr); return 2; }
    return failed ? 2 : skipped ? 1 : 0;
}

static int cmd_eval(const opts *o)
{
    if (o->nargs != 1) { usage(stderr); return 2; }
    warta_kb *kb = NULL;
    if (!load(data_dir(o->data), o->user, &kb)) return 2;
    warta_status st = warta_eval(kb, o->args[0], o->by_root, stdout, stderr);
    warta_kb_free(kb);
    if (st != WARTA_OK) { fprintf(stderr, "warta eval: %s: %s\n", o->args[0], warta_status_str(st)); return 2; }
    return 0;
}

/* explain: the text is the arguments joined, or --file (a JSON Lines file
 * of documents, or plain text) */
static int cmd_explain(const opts *o)
{
    if (!o->file && o->nargs == 0) { usage(stderr); return 2; }
    warta_kb *kb = NULL;
    if (!load(data_dir(o->data), o->user, &kb)) return 2;
    warta_coder *c = NULL;
    if (warta_coder_new(kb, &c) != WARTA_OK) { warta_kb_free(kb); return 2; }
    warta_coder_set_trace(c, stdout);
    int skipped = 0, failed = 0;
    if (o->file) {
        FILE *f = fopen(o->file, "rb");
        if (!f) { fprintf(stderr, "warta: %s: cannot open\n", o->file); failed = 1; }
        else {
            size_t n = strlen(o->file);
            int plain = !(n > 6 && !strcmp(o->file + n - 6, ".jsonl"));
            if (code_stream(c, f, o->file, plain, o->lang, o->date, &skipped) < 0) failed = 1;
            fclose(f);
        }
    } else {
        size_t len = 0;
        for (int i = 0; i < o->nargs; i++) len += strlen(o->args[i]) + 1;
        char *text = malloc(len + 1);
        if (!text) failed = 1;
        else {
            text[0] = '\0';
            for (int i = 0; i < o->nargs; i++) { if (i) strcat(text, " "); strcat(text, o->args[i]); }
            warta_doc d = {"text", o->lang, o->date, text, strlen(text)};
            const warta_event *ev;
            size_t n;
            if (warta_coder_code(c, &d, &ev, &n) != WARTA_OK) { fprintf(stderr, "warta: %s\n", warta_coder_error(c)); skipped = 1; }
            else printf("%zu event%s\n", n, n == 1 ? "" : "s");
            free(text);
        }
    }
    warta_coder_free(c);
    warta_kb_free(kb);
    return failed ? 2 : skipped ? 1 : 0;
}

/* kb import: writes OUT/registry.txt, OUT/people.txt, OUT/actors.txt, a
 * dictionary layer for --user-data; warnings go to stderr. */
static int kb_import(const opts *o)
{
    if (o->nargs != 3 || !o->out || (strcmp(o->args[1], "petrarch") && strcmp(o->args[1], "wikidata"))) {
        usage(stderr);
        return 2;
    }
    int wiki = !strcmp(o->args[1], "wikidata");
    if (mkdir(o->out, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "warta kb import: %s: cannot create the directory\n", o->out);
        return 2;
    }
    char path[4096];
    FILE *in = fopen(o->args[2], "rb"), *people = NULL, *actors = NULL, *reg = NULL;
    int rc = 2;
    if (!in) { fprintf(stderr, "warta kb import: %s: cannot open\n", o->args[2]); return 2; }
    snprintf(path, sizeof path, "%s/people.txt", o->out);
    people = fopen(path, "wb");
    snprintf(path, sizeof path, "%s/actors.txt", o->out);
    actors = wiki ? NULL : fopen(path, "wb");
    snprintf(path, sizeof path, "%s/registry.txt", o->out);
    reg = fopen(path, "wb");
    if (!people || (!wiki && !actors) || !reg) { fprintf(stderr, "warta kb import: %s: cannot write\n", o->out); goto done; }
    fprintf(reg, "# made by warta kb import %s from %s; read and prune before use\n", o->args[1], o->args[2]);
    fprintf(reg, "people\t*\tpeople.txt\n");
    if (!wiki) fprintf(reg, "actors\t*\tactors.txt\n");
    size_t conv = 0, skip = 0;
    char posbuf[4096];
    const char *pos = o->positions;
    if (wiki && !pos) {
        snprintf(posbuf, sizeof posbuf, "%s/common/wikidata_positions.txt", data_dir(o->data));
        pos = posbuf;
    }
    warta_status st = wiki ? warta_import_wikidata(in, o->args[2], pos, people, stderr, &conv, &skip)
                           : warta_import_petrarch(in, o->args[2], people, actors, stderr, &conv, &skip);
    if (st != WARTA_OK) { fprintf(stderr, "warta kb import: %s: %s\n", o->args[2], warta_status_str(st)); goto done; }
    fprintf(stderr, "warta kb import: %zu lines written to %s, %zu input lines skipped\n", conv, o->out, skip);
    rc = skip ? 1 : 0;
done:
    fclose(in);
    if (people) fclose(people);
    if (actors) fclose(actors);
    if (reg) fclose(reg);
    return rc;
}

static int cmd_kb(const opts *o)
{
    if (o->nargs < 1) { usage(stderr); return 2; }
    if (!strcmp(o->args[0], "check")) {
        size_t warnings = 0;
        int errors = warta_kb_check(data_dir(o->data), o->user, stdout, &warnings);
        return errors ? 1 : 0;
    }
    if (!strcmp(o->args[0], "lookup")) {
        if (o->nargs < 2) { usage(stderr); return 2; }
        warta_kb *kb = NULL;
        if (!load(data_dir(o->data), o->user, &kb)) return 2;
        size_t len = 0;
        for (int i = 1; i < o->nargs; i++) len += strlen(o->args[i]) + 1;
        char *name = malloc(len + 1);
        int rc = 2;
        if (name) {
            name[0] = '\0';
            for (int i = 1; i < o->nargs; i++) { if (i > 1) strcat(name, " "); strcat(name, o->args[i]); }
            rc = warta_lookup(kb, o->lang ? o->lang : "en", name, o->date, stdout) == WARTA_OK ? 0 : 1;
            free(name);
        }
        warta_kb_free(kb);
        return rc;
    }
    if (!strcmp(o->args[0], "import")) return kb_import(o);
    fprintf(stderr, "warta kb: unknown command '%s' (check, lookup, import)\n", o->args[0]);
    return 2;
}

int main(int argc, char **argv)
{
    if (argc < 2) { usage(stderr); return 2; }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) { usage(stdout); return 0; }
    static const struct { const char *name; int (*fn)(const opts *); } cmds[] = {
        {"code", cmd_code}, {"eval", cmd_eval}, {"explain", cmd_explain}, {"kb", cmd_kb}};
    for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++) {
        if (strcmp(argv[1], cmds[i].name)) continue;
        opts o;
        int rc = parse(argc, argv, 2, &o) < 0 ? 2 : cmds[i].fn(&o);
        free(o.args);
        return rc;
    }
    fprintf(stderr, "warta: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
