using System.Globalization;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// The digits of a written date without its qualifiers or time: a four-digit year (with sign, unspecified digits
/// <c>X</c> and significant digits), an optional month or season, and an optional day. It knows which calendar
/// days its completions (the ways of replacing every <c>X</c> with a digit) can stand for.
/// </summary>
/// <remarks>Instances are immutable. Construction does not validate; <see cref="TryGetBounds"/> does.</remarks>
internal sealed class DatePattern
{
    /// <summary>Creates a pattern. The caller guarantees the shapes: four year characters, two month and day characters, each a digit or <c>X</c>.</summary>
    /// <param name="negative">Whether the year is written with a minus sign.</param>
    /// <param name="yearDigits">The four year characters, without the sign.</param>
    /// <param name="significantDigits">The number after <c>S</c>, or 0 when there is none.</param>
    /// <param name="monthDigits">The two month characters, or <see langword="null"/> when there is no month or there is a season.</param>
    /// <param name="season">The season written in the month position, or <see langword="null"/>.</param>
    /// <param name="dayDigits">The two day characters, or <see langword="null"/> when there is no day.</param>
    internal DatePattern(bool negative, string yearDigits, int significantDigits, string? monthDigits, Season? season, string? dayDigits)
    {
        Negative = negative;
        YearDigits = yearDigits;
        SignificantDigits = significantDigits;
        MonthDigits = monthDigits;
        Season = season;
        DayDigits = dayDigits;
        Year = yearDigits.Contains('X', StringComparison.Ordinal)
            ? null
            : (negative ? -1 : 1) * int.Parse(yearDigits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Gets a value indicating whether the year is written with a minus sign.</summary>
    internal bool Negative { get; }

    /// <summary>Gets the four year characters, without the sign.</summary>
    internal string YearDigits { get; }

    /// <summary>Gets the number of significant digits of the year (<c>S</c>), or 0 when not given.</summary>
    internal int SignificantDigits { get; }

    /// <summary>Gets the two month characters, or <see langword="null"/>.</summary>
    internal string? MonthDigits { get; }

    /// <summary>Gets the season written in the month position, or <see langword="null"/>.</summary>
    internal Season? Season { get; }

    /// <summary>Gets the two day characters, or <see langword="null"/>.</summary>
    internal string? DayDigits { get; }

    /// <summary>Gets a value indicating whether there is a month or a season.</summary>
    internal bool HasMonth => MonthDigits is not null || Season is not null;

    /// <summary>Gets a value indicating whether there is a day.</summary>
    internal bool HasDay => DayDigits is not null;

    /// <summary>Gets a value indicating whether any digit is unspecified.</summary>
    internal bool HasUnspecifiedDigits =>
        YearDigits.Contains('X', StringComparison.Ordinal)
        || (MonthDigits?.Contains('X', StringComparison.Ordinal) ?? false)
        || (DayDigits?.Contains('X', StringComparison.Ordinal) ?? false);

    /// <summary>Gets the year when all its digits are given (the estimate, for significant digits); otherwise <see langword="null"/>.</summary>
    internal int? Year { get; }

    /// <summary>Gets the month when both its digits are given; otherwise <see langword="null"/>.</summary>
    internal int? Month => Specified(MonthDigits);

    /// <summary>Gets the day when both its digits are given; otherwise <see langword="null"/>.</summary>
    internal int? Day => Specified(DayDigits);

    /// <summary>Gets the year as written: sign, four characters, and any significant-digits suffix.</summary>
    internal string YearText => (Negative ? "-" : string.Empty) + YearDigits
        + (SignificantDigits > 0 ? "S" + SignificantDigits.ToString(CultureInfo.InvariantCulture) : string.Empty);

    /// <summary>Gets the month or season as written, or <see langword="null"/>.</summary>
    internal string? MonthText => MonthDigits ?? (Season is { } season ? CalendarFacts.TwoDigits((int)season) : null);

    /// <summary>Gets the pattern as EDTF text without qualifiers, for example <c>1979-XX-28</c>.</summary>
    internal string Text => YearText
        + (MonthText is { } month ? "-" + month : string.Empty)
        + (DayDigits is { } day ? "-" + day : string.Empty);

    /// <summary>Gets the finest component written, or for a year alone the span its unspecified or significant digits leave open.</summary>
    internal DatePrecision Precision
    {
        get
        {
            if (HasDay)
            {
                return DatePrecision.Day;
            }

            if (Season is not null)
            {
                return DatePrecision.Season;
            }

            if (MonthDigits is not null)
            {
                return DatePrecision.Month;
            }

            int open = SignificantDigits > 0 ? 4 - SignificantDigits : TrailingUnspecifiedYearDigits();
            return open switch
            {
                0 => DatePrecision.Year,
                1 => DatePrecision.Decade,
                2 => DatePrecision.Century,
                _ => DatePrecision.Millennium,
            };
        }
    }

    /// <summary>Gets the EDTF level that the sign, digits, season and significant digits need (qualifiers aside).</summary>
    internal int Level
    {
        get
        {
            int level = Negative ? 1 : 0;
            if (Season is { } season)
            {
                level = Math.Max(level, SeasonRules.Level(season));
            }

            if (SignificantDigits > 0)
            {
                level = 2;
            }

            if (HasUnspecifiedDigits)
            {
                bool yearSpecified = !YearDigits.Contains('X', StringComparison.Ordinal);
                bool levelOne =
                    (!HasMonth && TrailingUnspecifiedYearDigits() is 1 or 2)
                    || (yearSpecified && MonthDigits == "XX" && DayDigits is null or "XX")
                    || (yearSpecified && Month is not null && DayDigits == "XX");
                level = Math.Max(level, levelOne ? 1 : 2);
            }

            return level;
        }
    }

    /// <summary>
    /// Validates the pattern and computes its strict bounds: the earliest and the latest valid calendar day over all
    /// completions of its unspecified digits.
    /// </summary>
    /// <param name="earliest">The earliest day, when valid.</param>
    /// <param name="latest">The latest day, when valid.</param>
    /// <param name="faulty">The component the problem is in, when invalid.</param>
    /// <param name="message">What is wrong, when invalid; <see langword="null"/> when valid.</param>
    /// <returns><see langword="true"/> when the pattern has at least one valid completion, all within the supported range.</returns>
    internal bool TryGetBounds(out LocalDate earliest, out LocalDate latest, out DateComponent faulty, out string? message)
    {
        earliest = default;
        latest = default;
        faulty = DateComponent.Year;
        message = YearProblem();
        if (message is not null)
        {
            return false;
        }

        int maxYear = YearRange().Max;
        faulty = DateComponent.Month;
        if (Season is { } season && SeasonRules.EndsInNextYear(season) && maxYear == CalendarFacts.MaxYear)
        {
            message = string.Create(
                CultureInfo.InvariantCulture,
                $"{Text} ends in the year 10000, outside the supported range {CalendarFacts.SupportedRange}.");
            return false;
        }

        message = ComponentProblem(MonthDigits, "month", 12, "months are 01–12 (and 21–41 are seasons)");
        if (message is not null)
        {
            return false;
        }

        faulty = DateComponent.Day;
        message = ComponentProblem(DayDigits, "day", 31, "days are 01–31");
        if (message is not null)
        {
            return false;
        }

        bool found = false;
        foreach (int year in YearsWithDays(ascending: true))
        {
            if (FirstDayIn(year) is { } first)
            {
                earliest = first;
                found = true;
                break;
            }
        }

        if (!found)
        {
            message = Year is { } y && Month is { } m
                ? CalendarFacts.NotADay(Text, y, m)
                : Text + " is not a day: no year and month that it allows has such a day.";
            return false;
        }

        foreach (int year in YearsWithDays(ascending: false))
        {
            if (LastDayIn(year) is { } last)
            {
                latest = last;
                break;
            }
        }

        return true;
    }

    /// <summary>Gets whether some valid completion is a day within an inclusive range; <see langword="null"/> ends are open.</summary>
    /// <param name="from">The first day of the range, or <see langword="null"/>.</param>
    /// <param name="to">The last day of the range, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when at least one possible day lies in the range.</returns>
    /// <remarks>Only meaningful for a pattern that <see cref="TryGetBounds"/> accepted.</remarks>
    internal bool HasPossibleDayWithin(LocalDate? from, LocalDate? to)
    {
        // Only the years of the range can hold a day of it (and the year before, whose winter may end in it), so only
        // those of the years the digits allow are tried.
        int first = from is { } start ? start.Year - 1 : int.MinValue;
        int last = to is { } end ? end.Year : int.MaxValue;
        foreach (int year in Years(ascending: true, first, last))
        {
            if (AnyDayIn(year, from, to))
            {
                return true;
            }
        }

        return false;
    }

    private static int? Specified(string? digits) =>
        digits is null || digits.Contains('X', StringComparison.Ordinal)
            ? null
            : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Gets the numbers in a range that match a pattern of digits and <c>X</c>.</summary>
    /// <param name="pattern">The pattern, for example <c>1X</c>.</param>
    /// <param name="min">The smallest number to consider.</param>
    /// <param name="max">The largest number to consider.</param>
    /// <param name="ascending">Whether to go from <paramref name="min"/> up or from <paramref name="max"/> down.</param>
    /// <returns>The matching numbers.</returns>
    internal static IEnumerable<int> Completions(string pattern, int min, int max, bool ascending)
    {
        // Substituting the digits of a counter into the X positions (its last digit into the last X) yields the
        // completions in increasing order as the counter increases, so only matching numbers are visited, and the
        // first counter in [min, max] is found by binary search rather than by counting up to it.
        int fixedValue = 0;
        var weights = new List<int>(pattern.Length);
        int weight = 1;
        for (int i = pattern.Length - 1; i >= 0; i--)
        {
            if (pattern[i] == 'X')
            {
                weights.Add(weight);
            }
            else
            {
                fixedValue += (pattern[i] - '0') * weight;
            }

            weight *= 10;
        }

        int count = 1;
        foreach (int _ in weights)
        {
            count *= 10;
        }

        // The counters whose completions lie in [min, max] are those in [lowest, highest).
        int lowest = FirstCounter(weights, fixedValue, count, min);
        int highest = FirstCounter(weights, fixedValue, count, max == int.MaxValue ? max : max + 1);
        for (int i = 0; i < highest - lowest; i++)
        {
            yield return Completion(weights, fixedValue, ascending ? lowest + i : highest - 1 - i);
        }
    }

    /// <summary>Finds the first counter whose completion is at least a value, or the count when there is none.</summary>
    private static int FirstCounter(List<int> weights, int fixedValue, int count, int value)
    {
        int low = 0;
        int high = count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (Completion(weights, fixedValue, middle) < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Substitutes the digits of a counter into the X positions.</summary>
    private static int Completion(List<int> weights, int fixedValue, int counter)
    {
        int value = fixedValue;
        foreach (int w in weights)
        {
            value += counter % 10 * w;
            counter /= 10;
        }

        return value;
    }

    private static string? ComponentProblem(string? digits, string name, int max, string rule)
    {
        if (digits is null)
        {
            return null;
        }

        if (Specified(digits) is { } value)
        {
            return value switch
            {
                0 => string.Create(CultureInfo.InvariantCulture, $"{name} 00 does not exist: {rule}."),
                _ when value > max => string.Create(CultureInfo.InvariantCulture, $"{name} {digits} does not exist: {rule}."),
                _ => null,
            };
        }

        return Completions(digits, 1, max, ascending: true).Any()
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{name} {digits} cannot be completed to a real {name}: {rule}.");
    }

    private string EffectiveYearPattern => SignificantDigits > 0
        ? YearDigits[..SignificantDigits] + new string('X', 4 - SignificantDigits)
        : YearDigits;

    /// <summary>Gets the number of unspecified digits at the end of the year, when they are the only unspecified ones.</summary>
    /// <returns>0 to 4; 0 also when an unspecified digit precedes a given one.</returns>
    internal int TrailingUnspecifiedYearDigits()
    {
        int count = 0;
        while (count < 4 && YearDigits[3 - count] == 'X')
        {
            count++;
        }

        // Only a run of X at the end, after given digits, narrows the year to a decade, century or millennium.
        return YearDigits[..(4 - count)].Contains('X', StringComparison.Ordinal) ? 0 : count;
    }

    /// <summary>Gets the smallest and largest year the year's digits allow.</summary>
    /// <returns>The inclusive range of years of all completions.</returns>
    internal (int Min, int Max) YearRange()
    {
        string pattern = EffectiveYearPattern;
        int low = int.Parse(pattern.Replace('X', '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        int high = int.Parse(pattern.Replace('X', '9'), NumberStyles.None, CultureInfo.InvariantCulture);
        return Negative ? (-high, -low) : (low, high);
    }

    private string? YearProblem()
    {
        if (SignificantDigits > 0 && YearDigits.Contains('X', StringComparison.Ordinal))
        {
            return "significant digits (S) need a year whose four digits are all given, not " + YearText + ".";
        }

        if (SignificantDigits is < 0 or > 4)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"a four-digit year has 1 to 4 significant digits, not {SignificantDigits}.");
        }

        if (Negative && YearDigits == "0000")
        {
            return "the year -0000 is not allowed: year zero is written 0000, without a sign.";
        }

        (int min, int max) = YearRange();
        if (min >= CalendarFacts.MinYear && max <= CalendarFacts.MaxYear)
        {
            return null;
        }

        return Year is not null && SignificantDigits == 0
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"the year {YearText} is outside the supported range {CalendarFacts.SupportedRange}.")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"the year {YearText} stands for the years {min}..{max}, which reach outside the supported range {CalendarFacts.SupportedRange}.");
    }

    private IEnumerable<int> Years(bool ascending, int min = int.MinValue, int max = int.MaxValue)
    {
        string pattern = EffectiveYearPattern;
        if (!pattern.Contains('X', StringComparison.Ordinal))
        {
            if (Year!.Value >= min && Year.Value <= max)
            {
                yield return Year.Value;
            }

            yield break;
        }

        // Years ascend as magnitudes ascend for positive years, and as they descend for negative ones; a year of the
        // range [min, max] has a magnitude in [min, max] when positive, in [-max, -min] when negative.
        bool magnitudesAscending = ascending != Negative;
        var (low, high) = Negative ? (-(long)max, -(long)min) : ((long)min, (long)max);
        if (low > 9999 || high < 0)
        {
            yield break;
        }

        foreach (int magnitude in Completions(pattern, (int)Math.Max(low, 0), (int)Math.Min(high, 9999), magnitudesAscending))
        {
            yield return Negative ? -magnitude : magnitude;
        }
    }

    /// <summary>Gets the years that <see cref="Years"/> gives in which the month and day can be a day at all: none
    /// when they make no day even in a leap year, and only the leap years when they make one only there.</summary>
    /// <param name="ascending">Whether to go from the earliest year up or from the latest down.</param>
    /// <returns>The years to look for a day in.</returns>
    private IEnumerable<int> YearsWithDays(bool ascending)
    {
        // Only 29 February depends on the year, so a leap year and a common year stand for all the others, and a
        // leap year ends in a multiple of 4 (00 included): XXXX-11-31 and XXX1-02-29 are refused at once instead of
        // after trying each of the up to 10,000 years their digits allow, which took milliseconds per date (found
        // by fuzzing; see docs/reliability.md). What is left to try reaches a leap year within about 100 years.
        if (FirstDayIn(2000) is null)
        {
            return [];
        }

        if (FirstDayIn(2001) is not null)
        {
            return Years(ascending);
        }

        return Completions(EffectiveYearPattern[2..], 0, 99, ascending: true).Any(ending => ending % 4 == 0)
            ? Years(ascending).Where(CalendarSystem.Iso.IsLeapYear)
            : [];
    }

    private LocalDate? FirstDayIn(int year)
    {
        if (Season is { } season)
        {
            return SeasonRules.FirstDay(season, year);
        }

        if (MonthDigits is null)
        {
            return new LocalDate(year, 1, 1);
        }

        foreach (int month in Completions(MonthDigits, 1, 12, ascending: true))
        {
            if (DayDigits is null)
            {
                return new LocalDate(year, month, 1);
            }

            foreach (int day in Completions(DayDigits, 1, CalendarFacts.DaysInMonth(year, month), ascending: true))
            {
                return new LocalDate(year, month, day);
            }
        }

        return null;
    }

    private LocalDate? LastDayIn(int year)
    {
        if (Season is { } season)
        {
            return SeasonRules.LastDay(season, year);
        }

        if (MonthDigits is null)
        {
            return new LocalDate(year, 12, 31);
        }

        foreach (int month in Completions(MonthDigits, 1, 12, ascending: false))
        {
            int length = CalendarFacts.DaysInMonth(year, month);
            if (DayDigits is null)
            {
                return new LocalDate(year, month, length);
            }

            foreach (int day in Completions(DayDigits, 1, length, ascending: false))
            {
                return new LocalDate(year, month, day);
            }
        }

        return null;
    }

    private bool AnyDayIn(int year, LocalDate? from, LocalDate? to)
    {
        if (Season is not null || MonthDigits is null)
        {
            return Overlaps(FirstDayIn(year)!.Value, LastDayIn(year)!.Value, from, to);
        }

        foreach (int month in Completions(MonthDigits, 1, 12, ascending: true))
        {
            int length = CalendarFacts.DaysInMonth(year, month);
            if (DayDigits is null)
            {
                if (Overlaps(new LocalDate(year, month, 1), new LocalDate(year, month, length), from, to))
                {
                    return true;
                }

                continue;
            }

            foreach (int day in Completions(DayDigits, 1, length, ascending: true))
            {
                var date = new LocalDate(year, month, day);
                if (Overlaps(date, date, from, to))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Overlaps(LocalDate first, LocalDate last, LocalDate? from, LocalDate? to) =>
        (from is not { } start || last >= start) && (to is not { } end || first <= end);
}
