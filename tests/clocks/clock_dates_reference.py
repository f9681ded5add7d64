#!/usr/bin/python3
"""A second computation of the clocks' date arithmetic, with Python's datetime (and
dateutil's Easter), for ClockPropertyTest. Reads one case per line:
    YYYY-MM-DD AMOUNT UNIT JURISDICTION        -> prints the resulting date
    easter YEAR                                -> prints Easter Sunday
Holidays for business days come from the file named by the second argument (JUR DATE lines)."""
import calendar
import datetime
import sys

from dateutil.easter import easter


def add_months(day, months):
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_business_days(day, count, closed):
    step = 1 if count > 0 else -1
    remaining = abs(count)
    while remaining:
        day += datetime.timedelta(days=step)
        if day.weekday() < 5 and day not in closed:
            remaining -= 1
    return day


def main():
    holidays = {}
    with open(sys.argv[2], encoding="utf-8") as lines:
        for line in lines:
            jurisdiction, text = line.split()
            holidays.setdefault(jurisdiction, set()).add(datetime.date.fromisoformat(text))
    out = []
    with open(sys.argv[1], encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if fields[0] == "easter":
                out.append(easter(int(fields[1])).isoformat())
                continue
            day = datetime.date.fromisoformat(fields[0])
            amount, unit, jurisdiction = int(fields[1]), fields[2], fields[3]
            if unit == "days":
                result = day + datetime.timedelta(days=amount)
            elif unit == "weeks":
                result = day + datetime.timedelta(weeks=amount)
            elif unit in ("months", "billing_cycles"):
                result = add_months(day, amount)
            elif unit == "years":
                result = add_months(day, 12 * amount)
            elif unit == "business_days":
                result = add_business_days(day, amount, holidays.get(jurisdiction, set()))
            else:
                raise SystemExit("unknown unit " + unit)
            out.append(result.isoformat())
    print("\n".join(out))


main()
