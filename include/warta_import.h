/* warta_import.h — turning actor dictionaries users already have into
 * Warta's own dictionary lines (data/README.md, "people" and "actors").
 *
 * Two sources are read:
 *   - TABARI and PETRARCH .actors dictionaries (the CAMEO actor files of the
 *     Event Data project and of the Open Event Data Alliance, such as
 *     Phoenix.Countries.actors.txt);
 *   - Wikidata JSON entity dumps (latest-all.json: a JSON array with one
 *     entity a line, or JSON Lines of entities).
 * The lines written are meant for a user's dictionary layer (the user_dir of
 * warta_kb_load), to be read and pruned by a person before use: the source
 * dictionaries hold names that are ambiguous in running text.
 *
 * To be merged into warta.h; until then include this header after it.
 *
 * Warnings: every input line that cannot be converted as written gets one
 * line "NAME:LINE: what" on err, and conversion goes on with the next line.
 * Counts: *converted is the number of Warta lines written, *skipped the
 * number of input lines named by a warning (something on them was not
 * converted, or not converted as written).  Either pointer may be NULL.
 *
 * Thread safety: the functions keep no state between calls; two calls may
 * run at once on different streams.
 */
#ifndef WARTA_IMPORT_H
#define WARTA_IMPORT_H
#include <stddef.h>
#include <stdio.h>
#include "warta.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Converts the TABARI/PETRARCH actor dictionary read from in (to its end;
 * not closed) into Warta lines.  name is the input's name in messages.
 *
 * An entry (a name line, its "+" synonym lines and its "[CODE ...]" code
 * lines) becomes:
 *   - one "people" line (COUNTRY<TAB>NAMES<TAB>PERIODS) written to
 *     people_out when it has dated codes with a role, e.g. BARACK_OBAMA_
 *     [USAGOV 090120-170120] [USAELI >170120] gives
 *     "USA<TAB>Barack Obama|...<TAB>GOV 2009-01-20..2017-01-19";
 *   - one "actors" line (CODE<TAB>TERMS) written to actors_out otherwise,
 *     with the code the entry has from its last date on.
 * people_out or actors_out may be NULL: lines of that kind are then
 * neither written nor counted.  err may be NULL (warnings are counted only).
 *
 * How each construct is read (see import_petrarch.c for the reasons):
 *   - names: "_" and runs of spaces become one space, a final "_" is
 *     dropped; a name written all in capitals (TABARI's convention) is
 *     recased to "Barack Hussein Obama" — an all-capital first word of up
 *     to five letters would otherwise match only all-capital text in Warta —
 *     while a name with any lower-case letter is kept as written;
 *   - codes: country + role ("AFGGOVAGR" -> AFG GOV; sub-codes such as
 *     regions or sectors between them are dropped); CAMEO roles outside
 *     Warta's set go to the nearest one (SPY -> GOV, INS/SEP/UAF -> REB,
 *     civil-society sectors -> CVL) or are reported and skipped (PTY, CRM,
 *     RAD, MOD); IGO codes keep their organisation ("IGOUNOKID" -> IGOUNO,
 *     role IGO); transnational codes (NGO, MNC, IMG, ...) are reported;
 *   - dates: YYMMDD with the TABARI century rule (00-30 -> 20YY, else 19YY)
 *     or YYYYMMDD; "[C D1-D2]" holds from D1 to the day before D2 (PETRARCH
 *     compares date < D2; D1-D1, which it never matches, is that one day),
 *     "[C >D]" from D on (an empty end), "[C <D]" until the day before D,
 *     from the year 1000 (Warta's periods need a start; 1000 is the earliest
 *     year its loader reads, and stands for "always"); a dated code with a
 *     country and no role is read as COUNTRY ELI;
 *   - the first code that matches wins in PETRARCH and the last period in
 *     Warta, so overlapping periods are cut to PETRARCH's choice and written
 *     in date order; ELI periods are left out (outside its periods a Warta
 *     person is COUNTRY ELI), and so is an undated default [CCCELI];
 *   - a person has one country in Warta: the country of the undated default
 *     code if an office was held there, or else the country of most offices
 *     (ELI periods are none); periods elsewhere are reported and dropped;
 *   - "#" to the end of a line and <!-- ... --> are comments.
 *
 * Returns WARTA_OK (also when lines were skipped), WARTA_EINVAL when in is
 * NULL, WARTA_EIO on a read or write error, WARTA_ENOMEM, or WARTA_EINPUT
 * when the input has content but not one line of it could be converted
 * (it is not an actor dictionary). */
warta_status warta_import_petrarch(FILE *in, const char *name, FILE *people_out, FILE *actors_out,
                                   FILE *err, size_t *converted, size_t *skipped);

/* Converts the Wikidata entities read from in (to its end; not closed) into
 * Warta "people" lines written to people_out.  name is the input's name in
 * messages.  positions_path is a mapping file of positions to Warta roles,
 * one a line: QID<TAB>COUNTRY<TAB>ROLE<TAB>LABEL, "#" comments (the shipped
 * one is data/common/wikidata_positions.txt).
 *
 * For every item that is a human (P31 = Q5, a statement not deprecated),
 * each "position held" (P39) statement whose position the mapping names
 * gives a period ROLE FROM..TO from its qualifiers start time (P580) and end
 * time (P582), at the precision the data gives (day, month or year; a
 * coarser precision is reported).  A statement without a start is reported
 * and skipped; one without an end is still running.  Periods are written
 * in date order (in Warta the later one wins where two overlap), and terms
 * of one role that overlap (re-elections) become one.  Names are the
 * labels, then the aliases, in English, Indonesian and "mul" (Wikidata's
 * language-independent label), duplicates removed.  The person's country is
 * the country of the mapped position that began last; periods in another
 * country are reported and dropped.  Items that are not humans, or hold no
 * mapped position, are passed over without a word.
 *
 * people_out may be NULL (people are then neither written nor counted),
 * and so may err.
 *
 * Returns WARTA_OK (also when lines were skipped), WARTA_EINVAL when in or
 * positions_path is NULL, WARTA_EIO when in or the mapping cannot be read or
 * people_out written, WARTA_EDATA when the mapping has a fault (its
 * "path:line: what" is written to err), WARTA_ENOMEM, or WARTA_EINPUT when
 * the input has content but not one line of it is an entity. */
warta_status warta_import_wikidata(FILE *in, const char *name, const char *positions_path,
                                   FILE *people_out, FILE *err, size_t *converted, size_t *skipped);

#ifdef __cplusplus
}
#endif
#endif
