using NodaTime;

namespace Annals.Phrases;

/// <summary>
/// Calendar arithmetic for phrases that never throws: every result is checked against the supported years 1–9999
/// before a <see cref="LocalDate"/> is made.
/// </summary>
internal static class PhraseCalendar
{
    public const int MinYear = 1;

    public const int MaxYear = 9999;

    public const string OutOfRange = "the result would fall outside the supported years 1 to 9999";

    public static readonly LocalDate MinDate = new(MinYear, 1, 1);

    public static readonly LocalDate MaxDate = new(MaxYear, 12, 31);

    public static bool IsSupported(LocalDate date) => date.Year is >= MinYear and <= MaxYear;

    public static bool IsSupportedYear(long year) => year is >= MinYear and <= MaxYear;

    public static int DaysInMonth(int year, int month) => CalendarSystem.Iso.GetDaysInMonth(year, month);

    public static bool IsLeapYear(int year) => CalendarSystem.Iso.IsLeapYear(year);

    /// <summary>Adds days to a supported date; fails instead of leaving the years 1–9999.</summary>
    public static bool TryAddDays(LocalDate date, long days, out LocalDate result)
    {
        var fromMin = (long)Period.DaysBetween(MinDate, date);
        var toMax = (long)Period.DaysBetween(date, MaxDate);
        if (days < -fromMin || days > toMax)
        {
            result = default;
            return false;
        }

        result = date.PlusDays((int)days);
        return true;
    }

    /// <summary>Moves a year and month by whole months; fails instead of leaving the years 1–9999.</summary>
    public static bool TryAddMonths(int year, int month, long months, out int resultYear, out int resultMonth)
    {
        resultYear = 0;
        resultMonth = 0;
        if (months is < -(MaxYear * 12L) or > MaxYear * 12L)
        {
            return false;
        }

        var index = (year * 12L) + (month - 1) + months;
        var newYear = index / 12;
        if (!IsSupportedYear(newYear))
        {
            return false;
        }

        resultYear = (int)newYear;
        resultMonth = (int)(index % 12) + 1;
        return true;
    }

    /// <summary>Adds whole months to a day, keeping the day of the month or clamping it to the month's last day.</summary>
    public static bool TryAddMonths(LocalDate date, long months, out LocalDate result)
    {
        if (!TryAddMonths(date.Year, date.Month, months, out var year, out var month))
        {
            result = default;
            return false;
        }

        result = new LocalDate(year, month, Math.Min(date.Day, DaysInMonth(year, month)));
        return true;
    }

    /// <summary>The Monday that starts the ISO week (Monday to Sunday) containing <paramref name="date"/>.</summary>
    public static bool TryStartOfWeek(LocalDate date, out LocalDate monday) =>
        TryAddDays(date, -((int)date.DayOfWeek - 1), out monday);

    /// <summary>The last day of a month.</summary>
    public static LocalDate EndOfMonth(int year, int month) => new(year, month, DaysInMonth(year, month));
}
