/* warta.h — the public API of libwarta.
 *
 * Warta codes news text into political events (CAMEO and PLOVER).  A program
 * loads the knowledge base once (warta_kb_load), makes one coder per thread
 * (warta_coder_new), and codes documents with warta_coder_code.  The
 * knowledge base is immutable after loading and may be shared by any number
 * of threads; a coder is not thread-safe and must be used by one thread at a
 * time.
 *
 * Errors: every function that can fail returns a warta_status; WARTA_OK is
 * 0 and errors are negative.  Where input is at fault, the message buffer
 * says what and where ("data/id/verbs.txt:12: unknown CAMEO code '999'").
 */
#ifndef WARTA_H
#define WARTA_H
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    WARTA_OK = 0,
    WARTA_ENOMEM = -1,   /* out of memory */
    WARTA_EIO = -2,      /* a file could not be read */
    WARTA_EDATA = -3,    /* a dictionary has a fault */
    WARTA_EINPUT = -4,   /* a document is malformed (bad UTF-8, JSON, date) */
    WARTA_EINVAL = -5,   /* a caller passed an invalid argument */
} warta_status;

/* A static English description of st; never NULL. */
const char *warta_status_str(warta_status st);

/* ---- knowledge base ------------------------------------------------- */

typedef struct warta_kb warta_kb;

/* Loads the dictionaries listed in DIR/registry.txt.  user_dir, if not NULL,
 * is a second directory with the same layout whose entries are layered over
 * the built-in ones.  On error *out is NULL and msg (if not NULL) holds
 * "file:line: what" of the first fault.  The caller owns *out. */
warta_status warta_kb_load(const char *dir, const char *user_dir,
                           warta_kb **out, char *msg, size_t msglen);
void warta_kb_free(warta_kb *kb);

/* Loads the dictionaries as warta_kb_load does and reports to out, one a
 * line as "file:line: error: ..." or "file:line: warning: ...", what loads
 * but is wrong: terms naming two actors, patterns giving two codes,
 * unknown country codes, two people in one seat at once, duplicates,
 * overlapping periods, patterns that can never match.  Ends with
 * "N errors, N warnings".  Returns the number of errors (a dictionary that
 * does not load counts one); *warnings (if not NULL) gets the warnings. */
int warta_kb_check(const char *dir, const char *user_dir, FILE *out, size_t *warnings);

/* ---- documents and events ------------------------------------------- */

typedef struct {
    const char *id;       /* document id, NUL-terminated */
    const char *lang;     /* "id", "en", or NULL/"auto" to detect */
    const char *date;     /* publication date YYYY-MM-DD, or NULL */
    const char *text;     /* UTF-8 text (need not be NUL-terminated) */
    size_t text_len;
} warta_doc;

/* Quantities attached to an event; -1 where the text gives none. */
typedef struct {
    long votes_for, votes_against;
    long prison_years;
    long killed, injured;
    long people;          /* crowd size, hostages, troops ... */
} warta_qty;

typedef struct {
    int sent;                     /* sentence index in the document */
    size_t span_start, span_end;  /* the sentence, byte offsets [start, end) */
    char src[12], tgt[12];        /* actor codes; tgt "" when none */
    size_t src_off, src_len;      /* the words the source came from */
    size_t tgt_off, tgt_len;      /* (len 0: inferred, not in the text) */
    char code[6];                 /* CAMEO code, 2-4 digits */
    char root[3];
    int quad;                     /* GDELT quad class 1-4 */
    double goldstein;
    const char *plover;           /* PLOVER 0.8 type, static */
    const char *plover_mode;      /* "" when none */
    char when[11];                /* YYYY, YYYY-MM or YYYY-MM-DD; "" none */
    const char *when_precision;   /* "year", "month", "day" or "" */
    warta_qty qty;
    char place_country[8];        /* where it happened: ISO3, "" unknown */
    size_t place_off, place_len;  /* the place's words (city or country) */
    const char *rule;             /* "id/verbs.txt:123", static in the kb */
    const char *why;              /* short note of how the slots were found */
} warta_event;

typedef struct warta_coder warta_coder;

/* A coder borrows kb, which must outlive it. */
warta_status warta_coder_new(const warta_kb *kb, warta_coder **out);
void warta_coder_free(warta_coder *c);

/* Codes one document.  *events points to *n events owned by the coder and
 * valid until the next call on this coder.  On WARTA_EINPUT the message
 * (warta_coder_error) names the document and the byte at fault. */
warta_status warta_coder_code(warta_coder *c, const warta_doc *doc,
                              const warta_event **events, size_t *n);
/* Writes how the coder reads each document to trace (NULL: off): tokens
 * with lemmas, actor mentions with codes, verb patterns with the rule and
 * the slots chosen.  The stream is borrowed until it is turned off. */
void warta_coder_set_trace(warta_coder *c, FILE *trace);
/* The message of the last failed call; "" when none.  Borrowed. */
const char *warta_coder_error(const warta_coder *c);
/* The language the last document was coded as ("id" or "en"). */
const char *warta_coder_lang(const warta_coder *c);
/* Number of sentences in the last document. */
size_t warta_coder_sentences(const warta_coder *c);

/* Appends ev as one JSON object (no newline) to a malloc'd string that the
 * caller frees.  Returns NULL when out of memory. */
char *warta_event_json(const warta_event *ev, const warta_doc *doc);

/* Writes to out what name resolves to on date (YYYY-MM-DD, or NULL) in
 * lang ("id", "en", or NULL to detect): each actor mention with its code,
 * every dictionary entry behind its words with file:line, and for a person
 * the period of office that decided the code. */
warta_status warta_lookup(const warta_kb *kb, const char *lang, const char *name, const char *date, FILE *out);

/* ---- reading documents ------------------------------------------------ */

typedef struct warta_reader warta_reader;

/* Reads documents from f (not closed by the reader): JSON Lines (id, lang,
 * doc_date, text; other fields ignored) or, when plain is non-zero, the
 * whole stream as one plain-text document with id `name`.  lang and date,
 * if not NULL, fill in documents that lack them.  name is used in
 * messages.  The caller owns *out. */
warta_status warta_reader_open(FILE *f, const char *name, int plain,
                               const char *lang, const char *date,
                               warta_reader **out);
/* Next document: 1 and *doc filled (borrowed until the next call), 0 at the
 * end, or -1 when the current line is malformed: then msg names the file,
 * line and fault, and the next call goes on with the next line. */
int warta_reader_next(warta_reader *r, warta_doc *doc, char *msg, size_t msglen);
void warta_reader_close(warta_reader *r);

/* ---- evaluation ------------------------------------------------------- */

/* Codes every document of the gold file at gold_path and writes to out the
 * figures of ../shared/eval/score.py: precision, recall and F1 per language
 * and (by_root) per CAMEO root, full-code, role and date agreement on
 * matched triples, and a JSON summary line.  Returns WARTA_EIO when the
 * file cannot be read; malformed lines are reported to err and skipped. */
warta_status warta_eval(const warta_kb *kb, const char *gold_path, int by_root,
                        FILE *out, FILE *err);

#ifdef __cplusplus
}
#endif
#endif
