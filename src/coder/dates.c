/* dates.c — date expressions and their resolution against the document date.
 *
 * Absolute dates ("20 Oktober 2014", "March 3", "Juni 2023", "24/3/2025",
 * "2022"), weekdays with the Indonesian press's day/month in brackets
 * ("Jumat (22/11)", "Kamis (23/6/2016)"), and relative ones ("kemarin",
 * "last week", "September lalu", "enam minggu lalu", "six weeks ago").
 * Each is given at the precision the text gives: a weekday or "yesterday"
 * is a day, a week or "earlier this month" a month, a bare year a year.
 * A month or weekday without a year is the latest one not after the
 * document date: news report what has happened.
 */
#include "coder_int.h"
#include "../base/calendar.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t date_add_days(int32_t ymd, int days)
{
    int y, m, d;
    cal_civil(cal_days(ymd / 10000, ymd / 100 % 100, ymd % 100) + days, &y, &m, &d);
    return y * 10000 + m * 100 + d;
}

int date_weekday(int32_t ymd)
{
    int64_t z = cal_days(ymd / 10000, ymd / 100 % 100, ymd % 100);
    int64_t w = (z + 3) % 7;            /* 1970-01-01 was a Thursday */
    if (w < 0) w += 7;
    return (int)w + 1;                  /* 1 = Monday */
}

static long num_val(const token *t)
{
    if (t->kind != TOK_NUM) return -1;
    for (const char *p = t->fold; *p; p++) if (*p < '0' || *p > '9') return -1;
    if (t->flen > 6) return -1;
    return atol(t->fold);
}

static int is_punct(const token *t, char ch) { return t->kind == TOK_PUNCT && t->fold[0] == ch && t->flen == 1; }

static void set(date_expr *d, int y, int m, int day, const char *prec)
{
    char tmp[48];
    unsigned uy = (unsigned)y % 10000u, um = (unsigned)m % 100u, ud = (unsigned)day % 100u;
    if (day) snprintf(tmp, sizeof tmp, "%04u-%02u-%02u", uy, um, ud);
    else if (m) snprintf(tmp, sizeof tmp, "%04u-%02u", uy, um);
    else snprintf(tmp, sizeof tmp, "%04u", uy);
    memcpy(d->when, tmp, sizeof d->when - 1);
    d->when[sizeof d->when - 1] = '\0';
    d->precision = prec;
}

static void set_ymd(date_expr *d, int32_t ymd, const char *prec)
{
    int y = ymd / 10000, m = ymd / 100 % 100, day = ymd % 100;
    if (strcmp(prec, "day") == 0) set(d, y, m, day, prec);
    else if (strcmp(prec, "month") == 0) set(d, y, m, 0, prec);
    else set(d, y, 0, 0, prec);
}

/* the year of month m, latest not after the document date */
static int year_for_month(const warta_coder *c, int m)
{
    int y = c->doc_date / 10000, dm = c->doc_date / 100 % 100;
    return m > dm ? y - 1 : y;
}

size_t dates_find(warta_coder *c, const sentence *s, date_expr *out, size_t max)
{
    size_t n = 0;
    const token *t = c->toks.v;
    const token_info *in = c->info;
    int have_doc = c->doc_date > 0;
    for (size_t i = s->tb; i < s->te && n < max; i++) {
        date_expr d = {0};
        d.tb = (uint32_t)i;
        size_t e = i;
        long v = num_val(&t[i]);
        if (in[i].date == D_MONTH) {
            int m = in[i].dval, y = 0, day = 0;
            e = i + 1;
            while (e < s->te && in[e].date == D_MONTH && in[e].dval == m && t[e].kind == TOK_PUNCT) e++;   /* "Oct." */
            long a = e < s->te ? num_val(&t[e]) : -1;
            if (a >= 1 && a <= 31) {                          /* March 3[, 2020] */
                day = (int)a; e++;
                if (e + 1 < s->te && is_punct(&t[e], ',') && num_val(&t[e + 1]) >= 1000) { y = (int)num_val(&t[e + 1]); e += 2; }
                else if (e < s->te && num_val(&t[e]) >= 1000) { y = (int)num_val(&t[e]); e++; }
            } else if (a >= 1000 && a <= 2100) { y = (int)a; e++; }  /* Juni 2023 */
            int explicit_year = y != 0;
            int last = (e < s->te && in[e].date == D_LAST) || (i > s->tb && in[i - 1].date == D_LAST);
            if (!y && !last && c->narr_year && m >= c->narr_month) {
                /* "ditahan pada Juni 2023 ... dibebaskan pada September": a
                 * month the narrative reaches after a dated one is in its
                 * year ("September lalu" is the last one before the document) */
                y = c->narr_year;
            }
            if (!y) {
                if (!have_doc) continue;
                y = year_for_month(c, m);
            }
            if (explicit_year) { c->narr_year = y; c->narr_month = m; }
            if (i > s->tb && in[i - 1].date == D_NEXT && !day) y = c->doc_date / 10000 + (m <= c->doc_date / 100 % 100);
            set(&d, y, m, day, day ? "day" : "month");
            if (e < s->te && in[e].date == D_LAST) e++;        /* "September lalu" */
        } else if (v >= 1 && v <= 31 && i + 1 < s->te && in[i + 1].date == D_MONTH) {
            int day = (int)v, m = in[i + 1].dval, y = 0;     /* 20 Oktober [2014] */
            e = i + 2;
            if (e < s->te && num_val(&t[e]) >= 1000) { y = (int)num_val(&t[e]); e++; }
            if (!y) { if (!have_doc) continue; y = year_for_month(c, m); }
            set(&d, y, m, day, "day");
        } else if (v >= 1 && v <= 31 && i + 2 < s->te && is_punct(&t[i + 1], '/') && num_val(&t[i + 2]) >= 1 &&
                   num_val(&t[i + 2]) <= 12) {
            int day = (int)v, m = (int)num_val(&t[i + 2]), y = 0;   /* 24/3[/2025] */
            e = i + 3;
            if (e + 1 < s->te && is_punct(&t[e], '/') && num_val(&t[e + 1]) >= 1000) { y = (int)num_val(&t[e + 1]); e += 2; }
            if (!y) { if (!have_doc) continue; y = year_for_month(c, m); }
            set(&d, y, m, day, "day");
        } else if (in[i].date == D_WEEKDAY && have_doc) {
            int wd = in[i].dval;
            e = i + 1;
            /* "Jumat (22/11)": the bracket gives the day */
            if (e + 4 < s->te + 1 && e < s->te && is_punct(&t[e], '(')) {
                long dd = e + 1 < s->te ? num_val(&t[e + 1]) : -1;
                if (dd >= 1 && dd <= 31 && e + 3 < s->te && is_punct(&t[e + 2], '/')) {
                    long mm = num_val(&t[e + 3]);
                    int y = year_for_month(c, (int)mm);
                    size_t k = e + 4;
                    if (k + 1 < s->te && is_punct(&t[k], '/') && num_val(&t[k + 1]) >= 1000) { y = (int)num_val(&t[k + 1]); k += 2; }
                    if (mm >= 1 && mm <= 12) {
                        set(&d, y, (int)mm, (int)dd, "day");
                        e = k < s->te && is_punct(&t[k], ')') ? k + 1 : k;
                        goto found;
                    }
                }
            }
            int back = (date_weekday(c->doc_date) - wd + 7) % 7;
            if (i > s->tb && in[i - 1].date == D_LAST && back == 0) back = 7;
            /* "said he would meet Monday", "akan bertemu Senin": under a
             * future marker a bare weekday is the coming one */
            int ahead = i > s->tb && in[i - 1].date == D_NEXT;
            for (size_t k = i; !ahead && k-- > s->tb && k + 6 >= i;)
                if (in[k].gram == G_FUTURE) ahead = 1;
            if (ahead && !(i > s->tb && in[i - 1].date == D_LAST)) {
                back = -((wd - date_weekday(c->doc_date) + 7) % 7);
                if (back < 0) d.future = 1;
            }
            set_ymd(&d, date_add_days(c->doc_date, -back), "day");
        } else if (in[i].date == D_DAY && have_doc) {
            while (e + 1 < s->te && in[e + 1].date == D_DAY) e++;
            e++;
            set_ymd(&d, date_add_days(c->doc_date, in[i].dval), "day");
        } else if ((in[i].date == D_WEEK || in[i].date == D_EARLY || in[i].date == D_LATE || in[i].date == D_THIS) && have_doc) {
            /* "pekan lalu", "awal pekan ini", "earlier this month" */
            size_t k = i;
            while (k < s->te && k < i + 4 && in[k].date && in[k].date != D_WEEK && in[k].date != D_MONTHREL && in[k].date != D_YEARREL) k++;
            if (k >= s->te || !(in[k].date == D_WEEK || in[k].date == D_MONTHREL || in[k].date == D_YEARREL)) continue;
            int val = in[k].dval;
            e = k + 1;
            while (e < s->te && in[e].date == in[k].date) e++;
            if (in[k].date == D_WEEK) set_ymd(&d, date_add_days(c->doc_date, 7 * val), "month");
            else if (in[k].date == D_MONTHREL) {
                int y = c->doc_date / 10000, m = c->doc_date / 100 % 100 + val;
                while (m < 1) { m += 12; y--; }
                while (m > 12) { m -= 12; y++; }
                set(&d, y, m, 0, "month");
            } else set(&d, c->doc_date / 10000 + val, 0, 0, "year");
        } else if ((in[i].date == D_MONTHREL || in[i].date == D_YEARREL) && have_doc) {
            e = i + 1;
            while (e < s->te && in[e].date == in[i].date) e++;
            if (in[i].date == D_MONTHREL) {
                int y = c->doc_date / 10000, m = c->doc_date / 100 % 100 + in[i].dval;
                while (m < 1) { m += 12; y--; }
                while (m > 12) { m -= 12; y++; }
                set(&d, y, m, 0, "month");
            } else set(&d, c->doc_date / 10000 + in[i].dval, 0, 0, "year");
        } else if (((v > 0 && v < 100) || in[i].date == D_NUM) && i + 1 < s->te &&
                   (in[i + 1].date == D_WEEK || in[i + 1].date == D_MONTHREL || in[i + 1].date == D_YEARREL) &&
                   in[i + 1].dval == -1 && have_doc) {
            /* "enam minggu lalu": the number before a "last week" term */
            long k = in[i].date == D_NUM ? in[i].dval : v;
            e = i + 2;
            while (e < s->te && in[e].date == in[i + 1].date) e++;
            if (in[i + 1].date == D_WEEK) set_ymd(&d, date_add_days(c->doc_date, (int)(-7 * k)), "month");
            else if (in[i + 1].date == D_MONTHREL) {
                int y = c->doc_date / 10000, m = c->doc_date / 100 % 100 - (int)k;
                while (m < 1) { m += 12; y--; }
                set(&d, y, m, 0, "month");
            } else set(&d, c->doc_date / 10000 - (int)k, 0, 0, "year");
        } else if (((v > 0 && v < 100) || in[i].date == D_NUM) && i + 2 < s->te &&
                   in[i + 1].date == D_UNIT && (in[i + 2].date == D_AGO || in[i + 2].date == D_LAST) && have_doc) {
            long k = in[i].date == D_NUM ? in[i].dval : v;     /* "enam minggu lalu", "six weeks ago" */
            int unit = in[i + 1].dval;
            e = i + 3;
            if (unit == 1) set_ymd(&d, date_add_days(c->doc_date, (int)-k), "day");
            else if (unit == 2) set_ymd(&d, date_add_days(c->doc_date, (int)(-7 * k)), "month");
            else if (unit == 3) {
                int y = c->doc_date / 10000, m = c->doc_date / 100 % 100 - (int)k;
                while (m < 1) { m += 12; y--; }
                set(&d, y, m, 0, "month");
            } else set(&d, c->doc_date / 10000 - (int)k, 0, 0, "year");
        } else if (v >= 1900 && v <= 2100 && t[i].flen == 4) {
            /* a bare year, unless it is a count ("2022 orang") */
            e = i + 1;
            set(&d, (int)v, 0, 0, "year");
        } else {
            continue;
        }
    found:
        while (e < s->te && in[e].date == D_DAYPART) e++;    /* "Sabtu malam", "Friday night" */
        d.te = (uint32_t)e;
        for (size_t k = i; k < e; k++)
            if (in[k].date == D_NEXT || ((in[k].date == D_DAY || in[k].date == D_WEEK || in[k].date == D_MONTHREL ||
                                          in[k].date == D_YEARREL) && in[k].dval > 0))
                d.future = 1;
        out[n++] = d;
        i = e - 1;
    }
    return n;
}
