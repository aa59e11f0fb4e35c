using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// The calendar rules behind every phrase form, shared by the English and Spanish readers. Each rule returns a span with
/// an English explanation, or an error at the position it is given; none throws.
/// </summary>
internal static class PhraseRules
{
    /// <summary>today (0), yesterday (-1), tomorrow (1), the day before yesterday (-2), the day after tomorrow (2).</summary>
    public static PhraseOutcome RelativeDay(LocalDate anchor, int offset, int position)
    {
        if (!PhraseCalendar.TryAddDays(anchor, offset, out var day))
        {
            return PhraseOutcome.Failed(position, PhraseCalendar.OutOfRange);
        }

        var rule = offset switch
        {
            0 => "today, the anchor day",
            -1 => "yesterday, the day before " + DateText.Day(anchor),
            1 => "tomorrow, the day after " + DateText.Day(anchor),
            -2 => "the day before yesterday, 2 days before " + DateText.Day(anchor),
            _ => "the day after tomorrow, 2 days after " + DateText.Day(anchor),
        };
        return PhraseOutcome.Resolved(DateSpan.Day(day), rule);
    }

    /// <summary>"on Friday", "next Friday", "last Friday".</summary>
    public static PhraseOutcome Weekday(LocalDate anchor, IsoDayOfWeek target, WeekdayRelation relation, int position)
    {
        var a = (int)anchor.DayOfWeek;
        var t = (int)target;
        var delta = relation switch
        {
            WeekdayRelation.Next => ((t - a + 6) % 7) + 1,
            WeekdayRelation.Last => -(((a - t + 6) % 7) + 1),
            _ => -((a - t + 7) % 7),
        };
        if (!PhraseCalendar.TryAddDays(anchor, delta, out var day))
        {
            return PhraseOutcome.Failed(position, PhraseCalendar.OutOfRange);
        }

        var name = DateText.Weekday(target);
        var rule = relation switch
        {
            WeekdayRelation.Next => "the first " + name + " after " + DateText.DayWithWeekday(anchor),
            WeekdayRelation.Last => "the most recent " + name + " before " + DateText.DayWithWeekday(anchor),
            _ => "the most recent " + name + " on or before " + DateText.DayWithWeekday(anchor)
                + (delta == 0 ? ", so the anchor itself" : string.Empty),
        };
        return PhraseOutcome.Resolved(DateSpan.Day(day), rule);
    }

    /// <summary>"this Friday" (0), "Friday next week" (1), "Friday last week" (-1): a day of an ISO week (Monday to Sunday).</summary>
    public static PhraseOutcome WeekdayOfWeek(LocalDate anchor, IsoDayOfWeek target, int weekOffset, int position)
    {
        if (!PhraseCalendar.TryStartOfWeek(anchor, out var monday)
            || !PhraseCalendar.TryAddDays(monday, (7L * weekOffset) + ((int)target - 1), out var day))
        {
            return PhraseOutcome.Failed(position, PhraseCalendar.OutOfRange);
        }

        var week = weekOffset switch
        {
            0 => "the week (Monday to Sunday) of ",
            > 0 => "the week (Monday to Sunday) after the week of ",
            _ => "the week (Monday to Sunday) before the week of ",
        };
        return PhraseOutcome.Resolved(DateSpan.Day(day), "the " + DateText.Weekday(target) + " of " + week + DateText.Day(anchor));
    }

    /// <summary>last (-1), this (0) or next (1) week, month or year, relative to the anchor.</summary>
    public static bool TryRelativePeriod(LocalDate anchor, PhraseUnit unit, int offset, out PeriodRef period)
    {
        period = default;
        var word = offset switch { < 0 => "last ", 0 => "this ", _ => "next " };
        var preposition = offset switch { < 0 => " before ", 0 => " of ", _ => " after " };
        switch (unit)
        {
            case PhraseUnit.Week:
                if (!PhraseCalendar.TryStartOfWeek(anchor, out var monday)
                    || !PhraseCalendar.TryAddDays(monday, 7L * offset, out var start)
                    || !PhraseCalendar.TryAddDays(start, 6, out _))
                {
                    return false;
                }

                period = new PeriodRef(unit, start, word + "week (Monday to Sunday)" + preposition + DateText.Day(anchor));
                return true;
            case PhraseUnit.Month:
                if (!PhraseCalendar.TryAddMonths(anchor.Year, anchor.Month, offset, out var year, out var month))
                {
                    return false;
                }

                period = new PeriodRef(unit, new LocalDate(year, month, 1), word + "month" + preposition + DateText.Day(anchor));
                return true;
            default:
                if (!PhraseCalendar.IsSupportedYear((long)anchor.Year + offset))
                {
                    return false;
                }

                period = new PeriodRef(
                    PhraseUnit.Year, new LocalDate(anchor.Year + offset, 1, 1), word + "year" + preposition + DateText.Day(anchor));
                return true;
        }
    }

    /// <summary>"last week", "this month", "next year" and the like, as a whole week, month or year.</summary>
    public static PhraseOutcome RelativePeriod(LocalDate anchor, PhraseUnit unit, int offset, int position) =>
        TryRelativePeriod(anchor, unit, offset, out var period)
            ? Whole(period)
            : PhraseOutcome.Failed(position, PhraseCalendar.OutOfRange);

    /// <summary>A whole week (a 7-day interval), month (YYYY-MM) or year (YYYY).</summary>
    public static PhraseOutcome Whole(PeriodRef period)
    {
        var start = period.Start;
        var span = period.Unit switch
        {
            PhraseUnit.Week => DateSpan.Days(start, start.PlusDays(6)),
            PhraseUnit.Month => DateSpan.Month(start.Year, start.Month),
            _ => DateSpan.Year(start.Year),
        };
        return PhraseOutcome.Resolved(span, period.Reason);
    }

    /// <summary>
    /// Early, mid or late in a month (days 1–10, 11–20, 21–end) or a year (January–April, May–August,
    /// September–December), as an approximate interval.
    /// </summary>
    public static PhraseOutcome Part(PeriodPart part, PeriodRef period, int position)
    {
        var word = part switch { PeriodPart.Early => "early ", PeriodPart.Mid => "mid ", _ => "late " };
        var start = period.Start;
        switch (period.Unit)
        {
            case PhraseUnit.Month:
                var last = PhraseCalendar.DaysInMonth(start.Year, start.Month);
                var (from, to) = part switch { PeriodPart.Early => (1, 10), PeriodPart.Mid => (11, 20), _ => (21, last) };
                var days = DateSpan.Days(
                    new LocalDate(start.Year, start.Month, from), new LocalDate(start.Year, start.Month, to), approximate: true);
                return PhraseOutcome.Resolved(
                    days, word + period.Reason + " (days " + DateText.Number(from) + " to " + DateText.Number(to) + ")");
            case PhraseUnit.Year:
                var (first, end) = part switch { PeriodPart.Early => (1, 4), PeriodPart.Mid => (5, 8), _ => (9, 12) };
                return PhraseOutcome.Resolved(
                    DateSpan.ApproximateMonths(start.Year, first, end),
                    word + period.Reason + " (" + DateText.Month(first) + " to " + DateText.Month(end) + ")");
            default:
                return PhraseOutcome.Failed(position, "early, mid and late apply to a month or a year, not to a week");
        }
    }

    /// <summary>"earlier this week/month/year": from the period's first day to the day before the anchor.</summary>
    public static PhraseOutcome EarlierThis(LocalDate anchor, PhraseUnit unit, int position)
    {
        if (!TryRelativePeriod(anchor, unit, 0, out var period))
        {
            return PhraseOutcome.Failed(position, PhraseCalendar.OutOfRange);
        }

        var name = UnitName(unit);
        if (period.Start == anchor)
        {
            return PhraseOutcome.Failed(
                position,
                "earlier this " + name + " has no days before " + DateText.Day(anchor) + ", the first day of its " + name
                    + "; use 'last " + name + "' or a date");
        }

        return PhraseOutcome.Resolved(
            DateSpan.Days(period.Start, anchor.PlusDays(-1)),
            "earlier this " + name + ": from " + DateText.Day(period.Start) + " to the day before " + DateText.Day(anchor));
    }

    /// <summary>"later this week/month/year": from the day after the anchor to the period's last day.</summary>
    public static PhraseOutcome LaterThis(LocalDate anchor, PhraseUnit unit, int position)
    {
        if (!TryRelativePeriod(anchor, unit, 0, out var period))
        {
            return PhraseOutcome.Failed(position, PhraseCalendar.OutOfRange);
        }

        var start = period.Start;
        var end = unit switch
        {
            PhraseUnit.Week => start.PlusDays(6),
            PhraseUnit.Month => PhraseCalendar.EndOfMonth(start.Year, start.Month),
            _ => new LocalDate(start.Year, 12, 31),
        };
        var name = UnitName(unit);
        if (end == anchor)
        {
            return PhraseOutcome.Failed(
                position,
                "later this " + name + " has no days after " + DateText.Day(anchor) + ", the last day of its " + name
                    + "; use 'next " + name + "' or a date");
        }

        return PhraseOutcome.Resolved(
            DateSpan.Days(anchor.PlusDays(1), end),
            "later this " + name + ": from the day after " + DateText.Day(anchor) + " to " + DateText.Day(end));
    }

    /// <summary>"in March", "next March", "last March", "this March".</summary>
    public static bool TryNamedMonth(LocalDate anchor, int month, MonthRelation relation, out PeriodRef period)
    {
        var year = relation switch
        {
            MonthRelation.Next => month > anchor.Month ? anchor.Year : anchor.Year + 1,
            MonthRelation.Last => month < anchor.Month ? anchor.Year : anchor.Year - 1,
            MonthRelation.This => anchor.Year,
            _ => month <= anchor.Month ? anchor.Year : anchor.Year - 1,
        };
        if (!PhraseCalendar.IsSupportedYear(year))
        {
            period = default;
            return false;
        }

        var name = DateText.Month(month);
        var current = DateText.MonthOfYear(anchor.Year, anchor.Month);
        var reason = relation switch
        {
            MonthRelation.Next => "next " + name + ", the first " + name + " after " + current,
            MonthRelation.Last => "last " + name + ", the most recent " + name + " before " + current,
            MonthRelation.This => "this " + name + ", the " + name + " of " + DateText.Year(anchor.Year),
            _ => name + ", the most recent " + name + " not after " + current,
        };
        period = new PeriodRef(PhraseUnit.Month, new LocalDate(year, month, 1), reason);
        return true;
    }

    /// <summary>"March next year" (1), "March last year" (-1), "March this year" (0).</summary>
    public static bool TryMonthOfRelativeYear(LocalDate anchor, int month, int yearOffset, out PeriodRef period)
    {
        var year = anchor.Year + yearOffset;
        if (!PhraseCalendar.IsSupportedYear(year))
        {
            period = default;
            return false;
        }

        var which = yearOffset switch { < 0 => " last year", 0 => " this year", _ => " next year" };
        period = new PeriodRef(
            PhraseUnit.Month,
            new LocalDate(year, month, 1),
            DateText.Month(month) + which + " (" + DateText.Year(year) + ")");
        return true;
    }

    /// <summary>A month with an explicit year: "March 2025". The year must be supported.</summary>
    public static PeriodRef MonthOfYear(int year, int month) =>
        new(PhraseUnit.Month, new LocalDate(year, month, 1), DateText.MonthOfYear(year, month));

    /// <summary>An explicit year: "2025". The year must be supported.</summary>
    public static PeriodRef Year(int year) => new(PhraseUnit.Year, new LocalDate(year, 1, 1), DateText.Year(year));

    /// <summary>A day and month without a year: the most recent such day on or before the anchor.</summary>
    public static bool TryDayWithoutYear(LocalDate anchor, int month, int day, out ReferenceDay reference)
    {
        reference = default;
        var year = (long)anchor.Year;
        if (month > anchor.Month || (month == anchor.Month && day > anchor.Day))
        {
            year--;
        }

        // 29 February: go back to a leap year (at most 8 years, e.g. from 1904 back to 1896).
        while (PhraseCalendar.IsSupportedYear(year) && day > PhraseCalendar.DaysInMonth((int)year, month))
        {
            year--;
        }

        if (!PhraseCalendar.IsSupportedYear(year))
        {
            return false;
        }

        var date = new LocalDate((int)year, month, day);
        reference = new ReferenceDay(
            date,
            DateText.Day(date) + " (the most recent " + DateText.Number(day) + " " + DateText.Month(month) + " on or before "
                + DateText.Day(anchor) + ")");
        return true;
    }

    /// <summary>A day given on its own: "20 January 2025", "on 20 January".</summary>
    public static PhraseOutcome OnDay(ReferenceDay reference) => PhraseOutcome.Resolved(DateSpan.Day(reference.Day), reference.Description);

    /// <summary>
    /// An amount of time after (<paramref name="sign"/> 1) or before (-1) a day. Exact amounts give a day (months and
    /// years keep the day of the month, or clamp it to the month's end); "a few" and "several" give one day of a range;
    /// "a couple of" gives an approximate day.
    /// </summary>
    public static PhraseOutcome Offset(ReferenceDay from, Quantity quantity, PhraseUnit unit, int sign, int unitPosition)
    {
        var direction = sign < 0 ? " before " : " after ";
        if (quantity.Kind == QuantityKind.Exact)
        {
            var count = quantity.Count;
            bool ok;
            LocalDate day;
            switch (unit)
            {
                case PhraseUnit.Day:
                    ok = PhraseCalendar.TryAddDays(from.Day, sign * count, out day);
                    break;
                case PhraseUnit.Week:
                    ok = PhraseCalendar.TryAddDays(from.Day, sign * 7 * count, out day);
                    break;
                case PhraseUnit.Month:
                    ok = PhraseCalendar.TryAddMonths(from.Day, sign * count, out day);
                    break;
                default:
                    ok = PhraseCalendar.TryAddMonths(from.Day, sign * 12 * count, out day);
                    break;
            }

            if (!ok)
            {
                return PhraseOutcome.Failed(quantity.Start, PhraseCalendar.OutOfRange);
            }

            var amount = DateText.Number(count) + " " + UnitName(unit) + (count == 1 ? string.Empty : "s");
            return PhraseOutcome.Resolved(DateSpan.Day(day), amount + direction + from.Description);
        }

        if (unit is not (PhraseUnit.Day or PhraseUnit.Week))
        {
            return PhraseOutcome.Failed(
                unitPosition,
                "'" + quantity.Describe() + "' works with days or weeks only; give an exact number of "
                    + UnitName(unit) + "s, such as 2 " + UnitName(unit) + "s");
        }

        var unitDays = unit == PhraseUnit.Week ? 7 : 1;
        var plural = UnitName(unit) + "s";
        if (quantity.Kind == QuantityKind.Couple)
        {
            if (!PhraseCalendar.TryAddDays(from.Day, sign * 2L * unitDays, out var about))
            {
                return PhraseOutcome.Failed(quantity.Start, PhraseCalendar.OutOfRange);
            }

            return PhraseOutcome.Resolved(
                DateSpan.ApproximateDay(about), "a couple of " + plural + " (about 2)" + direction + from.Description);
        }

        var (least, most) = (quantity.Kind, unit) switch
        {
            (QuantityKind.Few, PhraseUnit.Day) => (2, 7),
            (QuantityKind.Few, _) => (2, 4),
            _ => (3, 9),
        };
        var near = sign * least * unitDays;
        var far = sign * most * unitDays;
        if (!PhraseCalendar.TryAddDays(from.Day, Math.Min(near, far), out var first)
            || !PhraseCalendar.TryAddDays(from.Day, Math.Max(near, far), out var last))
        {
            return PhraseOutcome.Failed(quantity.Start, PhraseCalendar.OutOfRange);
        }

        return PhraseOutcome.Resolved(
            DateSpan.OneOf(first, last),
            quantity.Describe() + " " + plural + " (" + DateText.Number(least) + " to " + DateText.Number(most) + ")"
                + direction + from.Description);
    }

    public static string UnitName(PhraseUnit unit) => unit switch
    {
        PhraseUnit.Day => "day",
        PhraseUnit.Week => "week",
        PhraseUnit.Month => "month",
        _ => "year",
    };
}
