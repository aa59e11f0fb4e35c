using System.Globalization;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// The documented mapping of <see cref="Season"/> codes to runs of whole months, and their English names.
/// </summary>
internal static class SeasonRules
{
    /// <summary>The smallest season code.</summary>
    internal const int FirstCode = 21;

    /// <summary>The largest season code.</summary>
    internal const int LastCode = 41;

    /// <summary>Gets whether a month-position number is a season code.</summary>
    /// <param name="code">The number written in the month position.</param>
    /// <returns><see langword="true"/> for 21 to 41.</returns>
    internal static bool IsSeasonCode(int code) => code is >= FirstCode and <= LastCode;

    /// <summary>Gets whether a season runs into the next calendar year (the winters and the Southern summer).</summary>
    /// <param name="season">The season.</param>
    /// <returns><see langword="true"/> when its last month is in the next year.</returns>
    internal static bool EndsInNextYear(Season season)
    {
        (int first, int count) = Months(season);
        return first + count - 1 > 12;
    }

    /// <summary>Gets the first day of a season in a year.</summary>
    /// <param name="season">The season.</param>
    /// <param name="year">The year the season is written with.</param>
    /// <returns>The first day of its first month.</returns>
    internal static LocalDate FirstDay(Season season, int year) => new(year, Months(season).First, 1);

    /// <summary>Gets the last day of a season written with a year; for the winters it is in the next year.</summary>
    /// <param name="season">The season.</param>
    /// <param name="year">The year the season is written with; for seasons that end in the next year it must be below 9999.</param>
    /// <returns>The last day of its last month.</returns>
    internal static LocalDate LastDay(Season season, int year)
    {
        (int first, int count) = Months(season);
        int last = first + count - 1;
        int endYear = last > 12 ? year + 1 : year;
        int endMonth = last > 12 ? last - 12 : last;
        return new LocalDate(endYear, endMonth, CalendarFacts.DaysInMonth(endYear, endMonth));
    }

    /// <summary>Gets the EDTF level that first defines a season code.</summary>
    /// <param name="season">The season.</param>
    /// <returns>1 for 21–24, 2 for 25–41.</returns>
    internal static int Level(Season season) => (int)season <= 24 ? 1 : 2;

    /// <summary>Describes a season of a year in English.</summary>
    /// <param name="season">The season.</param>
    /// <param name="year">How to say the year, for example <c>2001</c> or <c>some year in 2010–2019</c>.</param>
    /// <param name="yearIsPhrase">Whether <paramref name="year"/> is a phrase rather than a number, which reads better after "of".</param>
    /// <returns>For example <c>spring 2001</c>, <c>spring 2001 (Southern Hemisphere)</c> or <c>the first quarter of 2001</c>.</returns>
    internal static string Describe(Season season, string year, bool yearIsPhrase)
    {
        (string name, string? hemisphere) = season switch
        {
            Season.Spring => ("spring", null),
            Season.Summer => ("summer", null),
            Season.Autumn => ("autumn", null),
            Season.Winter => ("winter", null),
            Season.NorthernSpring => ("spring", "Northern"),
            Season.NorthernSummer => ("summer", "Northern"),
            Season.NorthernAutumn => ("autumn", "Northern"),
            Season.NorthernWinter => ("winter", "Northern"),
            Season.SouthernSpring => ("spring", "Southern"),
            Season.SouthernSummer => ("summer", "Southern"),
            Season.SouthernAutumn => ("autumn", "Southern"),
            Season.SouthernWinter => ("winter", "Southern"),
            Season.FirstQuarter => ("the first quarter", null),
            Season.SecondQuarter => ("the second quarter", null),
            Season.ThirdQuarter => ("the third quarter", null),
            Season.FourthQuarter => ("the fourth quarter", null),
            Season.FirstQuadrimester => ("the first four months", null),
            Season.SecondQuadrimester => ("the second four months", null),
            Season.ThirdQuadrimester => ("the last four months", null),
            Season.FirstSemestral => ("the first half", null),
            Season.SecondSemestral => ("the second half", null),
            _ => throw new ArgumentOutOfRangeException(
                nameof(season), string.Create(CultureInfo.InvariantCulture, $"{(int)season} is not a season code (21–41).")),
        };
        bool grouping = (int)season >= (int)Season.FirstQuarter;
        string joined = grouping || yearIsPhrase ? name + " of " + year : name + " " + year;
        return hemisphere is null ? joined : joined + " (" + hemisphere + " Hemisphere)";
    }

    private static (int First, int Count) Months(Season season) => season switch
    {
        Season.Spring or Season.NorthernSpring or Season.SouthernAutumn => (3, 3),
        Season.Summer or Season.NorthernSummer or Season.SouthernWinter => (6, 3),
        Season.Autumn or Season.NorthernAutumn or Season.SouthernSpring => (9, 3),
        Season.Winter or Season.NorthernWinter or Season.SouthernSummer => (12, 3),
        Season.FirstQuarter => (1, 3),
        Season.SecondQuarter => (4, 3),
        Season.ThirdQuarter => (7, 3),
        Season.FourthQuarter => (10, 3),
        Season.FirstQuadrimester => (1, 4),
        Season.SecondQuadrimester => (5, 4),
        Season.ThirdQuadrimester => (9, 4),
        Season.FirstSemestral => (1, 6),
        Season.SecondSemestral => (7, 6),
        _ => throw new ArgumentOutOfRangeException(
            nameof(season), string.Create(CultureInfo.InvariantCulture, $"{(int)season} is not a season code (21–41).")),
    };
}
