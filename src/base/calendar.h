/* calendar.h — proleptic Gregorian day numbers (days since 1970-01-01).
 *
 * Used wherever dates are moved by days: relative dates in text
 * ("kemarin", "six weeks ago"), weekdays, and the periods of imported
 * dictionaries.  Howard Hinnant's days_from_civil algorithm.
 */
#ifndef WARTA_CALENDAR_H
#define WARTA_CALENDAR_H
#include <stdint.h>

int64_t cal_days(int y, int m, int d);
void cal_civil(int64_t z, int *y, int *m, int *d);
int cal_month_days(int y, int m);
#endif
