/* reader.c — documents from JSON Lines or plain text (warta_reader_*).
 *
 * JSON is parsed with cJSON.  A malformed line (broken JSON, no text,
 * invalid UTF-8 is left to the coder, which names the byte) is reported
 * with file and line and skipped; lines longer than READER_MAX_LINE are
 * skipped without being held in memory whole.
 */
#include "../../include/warta.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define READER_MAX_LINE ((size_t)256 << 20)

struct warta_reader {
    FILE *f;
    char *name;
    int plain, done;
    char *lang, *date;
    char *line;
    size_t cap;
    long lineno;
    cJSON *json;
    char idbuf[64];
};

static char *dup(const char *s) { return s ? strdup(s) : NULL; }

warta_status warta_reader_open(FILE *f, const char *name, int plain,
                               const char *lang, const char *date, warta_reader **out)
{
    if (!f || !out) return WARTA_EINVAL;
    warta_reader *r = calloc(1, sizeof *r);
    if (!r) return WARTA_ENOMEM;
    r->f = f;
    r->name = dup(name ? name : "-");
    r->plain = plain;
    r->lang = dup(lang);
    r->date = dup(date);
    *out = r;
    return WARTA_OK;
}

void warta_reader_close(warta_reader *r)
{
    if (!r) return;
    cJSON_Delete(r->json);
    free(r->line); free(r->name); free(r->lang); free(r->date);
    free(r);
}

/* Reads one line into r->line; returns its length, -1 at EOF, -2 when it
 * is longer than READER_MAX_LINE (the rest of it is consumed). */
static long read_line(warta_reader *r)
{
    size_t n = 0;
    int ch;
    int any = 0;
    while ((ch = getc_unlocked(r->f)) != EOF) {
        any = 1;
        if (ch == '\n') break;
        if (n + 2 > r->cap) {
            if (r->cap >= READER_MAX_LINE) {
                while ((ch = getc_unlocked(r->f)) != EOF && ch != '\n') {}
                return -2;
            }
            size_t cap = r->cap ? r->cap * 2 : 4096;
            char *p = realloc(r->line, cap);
            if (!p) return -2;
            r->line = p; r->cap = cap;
        }
        r->line[n++] = (char)ch;
    }
    if (!any) return -1;
    if (!r->line) { r->line = malloc(1); r->cap = 1; if (!r->line) return -2; }
    r->line[n] = '\0';
    return (long)n;
}

static const char *str_item(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

int warta_reader_next(warta_reader *r, warta_doc *doc, char *msg, size_t msglen)
{
    memset(doc, 0, sizeof *doc);
    if (msg && msglen) msg[0] = '\0';
    cJSON_Delete(r->json);
    r->json = NULL;
    if (r->plain) {
        if (r->done) return 0;
        r->done = 1;
        size_t n = 0, cap = 0;
        char *p = NULL;
        for (;;) {
            if (n + 65536 > cap) {
                cap = cap ? cap * 2 : 65536;
                char *q = realloc(p, cap);
                if (!q) { free(p); snprintf(msg, msglen, "%s: out of memory", r->name); return -1; }
                p = q;
            }
            size_t got = fread(p + n, 1, cap - n - 1, r->f);
            n += got;
            if (!got) break;
        }
        free(r->line);
        r->line = p;
        r->cap = cap;
        p[n] = '\0';
        doc->id = r->name;
        doc->lang = r->lang;
        doc->date = r->date;
        doc->text = p;
        doc->text_len = n;
        return 1;
    }
    for (;;) {
        long n = read_line(r);
        if (n == -1) return 0;
        r->lineno++;
        if (n == -2) {
            snprintf(msg, msglen, "%s:%ld: line longer than %zu MiB, skipped", r->name, r->lineno, READER_MAX_LINE >> 20);
            return -1;
        }
        size_t k = 0;
        while (r->line[k] == ' ' || r->line[k] == '\t' || r->line[k] == '\r') k++;
        if (!r->line[k]) continue;
        const char *end = NULL;
        r->json = cJSON_ParseWithOpts(r->line, &end, 0);
        if (!r->json) {
            const char *at = cJSON_GetErrorPtr();
            long col = at && at >= r->line && at <= r->line + n ? (long)(at - r->line) + 1 : 0;
            snprintf(msg, msglen, "%s:%ld: broken JSON near column %ld", r->name, r->lineno, col);
            return -1;
        }
        if (!cJSON_IsObject(r->json)) {
            snprintf(msg, msglen, "%s:%ld: a document must be a JSON object", r->name, r->lineno);
            return -1;
        }
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(r->json, "text");
        const char *id = str_item(r->json, "id");
        if (!id) { snprintf(r->idbuf, sizeof r->idbuf, "%s:%ld", r->name, r->lineno); id = r->idbuf; }
        if (!cJSON_IsString(text)) {
            snprintf(msg, msglen, "%s:%ld: document '%s' has no \"text\" string", r->name, r->lineno, id);
            return -1;
        }
        doc->id = id;
        doc->lang = str_item(r->json, "lang");
        if (!doc->lang) doc->lang = r->lang;
        doc->date = str_item(r->json, "doc_date");
        if (!doc->date) doc->date = r->date;
        doc->text = text->valuestring;
        doc->text_len = strlen(text->valuestring);
        if (doc->text_len == 0) {
            snprintf(msg, msglen, "%s:%ld: document '%s' is empty", r->name, r->lineno, id);
            return -1;
        }
        return 1;
    }
}
