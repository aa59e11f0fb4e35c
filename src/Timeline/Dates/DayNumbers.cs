using NodaTime;

namespace Annals.Dates;

/// <summary>Turns ISO calendar days into consecutive integers, and the bounds and precision of a date into the packed
/// key that <see cref="EdtfDateComparer"/> compares first.</summary>
/// <remarks>Day numbers count days from 1 January 1970 (day 0) in the proleptic Gregorian calendar, so they order
/// exactly as the days do, across year zero and negative years too. All members are pure and thread-safe.</remarks>
internal static class DayNumbers
{
    /// <summary>The number of bits a biased day number needs: the supported years, -9998 to 9999, span about 7.3
    /// million days.</summary>
    private const int DayBits = 23;

    /// <summary>The number of bits of the precision step.</summary>
    private const int PrecisionBits = 4;

    /// <summary>Added to day numbers so that every supported day is positive: 1 January -9999 is day -4,371,953.</summary>
    private const int Bias = 4_400_000;

    /// <summary>The biased key of an unknown latest day, after every known one.</summary>
    private const long UnknownLatest = (1L << DayBits) - 1;

    /// <summary>Gets the number of a day: days since 1 January 1970.</summary>
    /// <param name="day">A day in the ISO calendar.</param>
    /// <returns>The day number; negative before 1970.</returns>
    public static int Of(LocalDate day) => FromCivil(day.Year, day.Month, day.Day);

    /// <summary>Gets the number of a day given by its year, month and day (proleptic Gregorian).</summary>
    /// <param name="year">The astronomical year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The day number.</returns>
    public static int FromCivil(int year, int month, int day)
    {
        // Howard Hinnant's days_from_civil: years start in March, so that the leap day is the last day of a year.
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    /// <summary>Packs the first three steps of the documented order of dates into one number: the earliest day
    /// (unknown first), then the latest day (unknown last), then the precision (finer first).</summary>
    /// <param name="earliest">The earliest day, or <see langword="null"/>.</param>
    /// <param name="latest">The latest day, or <see langword="null"/>.</param>
    /// <param name="precision">The precision.</param>
    /// <returns>A key that orders as the three steps do.</returns>
    public static long OrderKey(LocalDate? earliest, LocalDate? latest, DatePrecision precision)
    {
        long first = earliest is { } e ? Of(e) + Bias + 1L : 0L;
        long last = latest is { } l ? Of(l) + Bias : UnknownLatest;
        long fineness = (int)DatePrecision.Time - Math.Clamp((int)precision, 0, (int)DatePrecision.Time);
        return (first << (DayBits + PrecisionBits)) | (last << PrecisionBits) | fineness;
    }
}
