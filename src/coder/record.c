/* record.c — an event as one JSON object (DESIGN.md, "The event record"). */
#include "../../include/warta.h"
#include "../base/buf.h"
#include <string.h>

static void key(buf *b, const char *k)
{
    buf_puts(b, ",\"");
    buf_puts(b, k);
    buf_puts(b, "\":");
}

static void str_field(buf *b, const char *k, const char *v, size_t n)
{
    key(b, k);
    buf_json_str(b, v, n);
}

static void num_field(buf *b, const char *k, long v)
{
    key(b, k);
    buf_long(b, v);
}

char *warta_event_json(const warta_event *ev, const warta_doc *doc)
{
    buf b;
    buf_init(&b);
    buf_puts(&b, "{\"doc_id\":");
    buf_json_str(&b, doc->id ? doc->id : "", doc->id ? strlen(doc->id) : 0);
    num_field(&b, "sent", ev->sent);
    buf_puts(&b, ",\"span\":[");
    buf_long(&b, (long)ev->span_start);
    buf_putc(&b, ',');
    buf_long(&b, (long)ev->span_end);
    buf_putc(&b, ']');
    str_field(&b, "src", ev->src, strlen(ev->src));
    str_field(&b, "src_text", doc->text + ev->src_off, ev->src_len);
    str_field(&b, "tgt", ev->tgt, strlen(ev->tgt));
    str_field(&b, "tgt_text", doc->text + ev->tgt_off, ev->tgt_len);
    str_field(&b, "code", ev->code, strlen(ev->code));
    str_field(&b, "root", ev->root, strlen(ev->root));
    num_field(&b, "quad", ev->quad);
    buf_printf(&b, ",\"goldstein\":%.1f", ev->goldstein);
    str_field(&b, "plover", ev->plover, strlen(ev->plover));
    str_field(&b, "plover_mode", ev->plover_mode, strlen(ev->plover_mode));
    if (ev->when[0]) {
        str_field(&b, "when", ev->when, strlen(ev->when));
        str_field(&b, "when_precision", ev->when_precision, strlen(ev->when_precision));
    }
    const warta_qty *q = &ev->qty;
    if (q->votes_for >= 0 || q->prison_years >= 0 || q->killed >= 0 || q->injured >= 0 || q->people >= 0) {
        buf_puts(&b, ",\"qty\":{");
        const char *sep = "";
        if (q->votes_for >= 0) { buf_printf(&b, "\"votes_for\":%ld,\"votes_against\":%ld", q->votes_for, q->votes_against); sep = ","; }
        if (q->prison_years >= 0) { buf_printf(&b, "%s\"prison_years\":%ld", sep, q->prison_years); sep = ","; }
        if (q->killed >= 0) { buf_printf(&b, "%s\"killed\":%ld", sep, q->killed); sep = ","; }
        if (q->injured >= 0) { buf_printf(&b, "%s\"injured\":%ld", sep, q->injured); sep = ","; }
        if (q->people >= 0) { buf_printf(&b, "%s\"people\":%ld", sep, q->people); }
        buf_putc(&b, '}');
    }
    if (ev->place_country[0]) {
        buf_puts(&b, ",\"place\":{\"country\":");
        buf_json_str(&b, ev->place_country, strlen(ev->place_country));
        buf_puts(&b, ",\"name\":");
        buf_json_str(&b, doc->text + ev->place_off, ev->place_len);
        buf_putc(&b, '}');
    }
    str_field(&b, "text", doc->text + ev->span_start, ev->span_end - ev->span_start);
    buf_puts(&b, ",\"rules\":[");
    buf_json_str(&b, ev->rule ? ev->rule : "", ev->rule ? strlen(ev->rule) : 0);
    buf_puts(&b, "]");
    if (ev->why) str_field(&b, "why", ev->why, strlen(ev->why));
    buf_putc(&b, '}');
    return b.p;
}
