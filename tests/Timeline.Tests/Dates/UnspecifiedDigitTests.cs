using Annals.Dates;

namespace Annals.Tests.Dates;

public class UnspecifiedDigitTests
{
    [Theory]
    [InlineData("201X", DatePrecision.Decade, "2010-01-01", "2019-12-31", 1)]
    [InlineData("20XX", DatePrecision.Century, "2000-01-01", "2099-12-31", 1)]
    [InlineData("2XXX", DatePrecision.Millennium, "2000-01-01", "2999-12-31", 2)]
    [InlineData("XXXX", DatePrecision.Millennium, "0000-01-01", "9999-12-31", 2)]
    [InlineData("1X5X", DatePrecision.Year, "1050-01-01", "1959-12-31", 2)]
    [InlineData("-1XXX", DatePrecision.Millennium, "-1999-01-01", "-1000-12-31", 2)]
    [InlineData("2025-XX", DatePrecision.Month, "2025-01-01", "2025-12-31", 1)]
    [InlineData("2025-03-XX", DatePrecision.Day, "2025-03-01", "2025-03-31", 1)]
    [InlineData("2025-XX-XX", DatePrecision.Day, "2025-01-01", "2025-12-31", 1)]
    [InlineData("1979-XX-28", DatePrecision.Day, "1979-01-28", "1979-12-28", 2)]
    [InlineData("1979-XX-31", DatePrecision.Day, "1979-01-31", "1979-12-31", 2)]
    [InlineData("156X-12-25", DatePrecision.Day, "1560-12-25", "1569-12-25", 2)]
    [InlineData("XXXX-12-XX", DatePrecision.Day, "0000-12-01", "9999-12-31", 2)]
    [InlineData("1XXX-XX", DatePrecision.Month, "1000-01-01", "1999-12-31", 2)]
    [InlineData("1984-1X", DatePrecision.Month, "1984-10-01", "1984-12-31", 2)]
    [InlineData("2025-02-2X", DatePrecision.Day, "2025-02-20", "2025-02-28", 2)]
    [InlineData("2024-02-2X", DatePrecision.Day, "2024-02-20", "2024-02-29", 2)]
    [InlineData("XXX6-02-29", DatePrecision.Day, "0016-02-29", "9996-02-29", 2)]
    [InlineData("XX00-02-29", DatePrecision.Day, "0000-02-29", "9600-02-29", 2)]
    [InlineData("X400-02-29", DatePrecision.Day, "0400-02-29", "8400-02-29", 2)]
    [InlineData("-XXX4-02-29", DatePrecision.Day, "-9984-02-29", "-0004-02-29", 2)]
    [InlineData("2025-X2-31", DatePrecision.Day, "2025-12-31", "2025-12-31", 2)]
    public void Parse_UnspecifiedDigits_BoundByTheValidCompletions(
        string text, DatePrecision precision, string earliest, string latest, int level)
    {
        EdtfSingleDate date = Edtf.Single(text);

        date.ToString().Should().Be(text);
        date.HasUnspecifiedDigits.Should().BeTrue();
        date.Precision.Should().Be(precision);
        date.Earliest.Should().Be(Edtf.Day(earliest));
        date.Latest.Should().Be(Edtf.Day(latest));
        date.Level.Should().Be(level);
    }

    [Fact]
    public void Parse_UnspecifiedYearDigits_LeaveTheYearUnknown()
    {
        EdtfSingleDate date = Edtf.Single("201X");

        date.SpecifiedYear.Should().BeNull();
        date.YearDigits.Should().Be("201X");
    }

    [Theory]
    [InlineData("2025-02-3X", 8, "2025-02-3X is not a day: February 2025 has 28 days.")]
    [InlineData("2025-2X", 5, "month 2X cannot be completed")]
    [InlineData("2025-01-4X", 8, "day 4X cannot be completed")]
    [InlineData("XX01-02-29", 8, "XX01-02-29 is not a day")]
    [InlineData("XXX1-02-29", 8, "XXX1-02-29 is not a day: no year and month that it allows has such a day.")]
    [InlineData("X100-02-29", 8, "X100-02-29 is not a day: no year and month that it allows has such a day.")]
    [InlineData("XXXX-11-31", 8, "XXXX-11-31 is not a day: no year and month that it allows has such a day.")]
    [InlineData("XXXX-X9-31", 8, "XXXX-X9-31 is not a day: no year and month that it allows has such a day.")]
    [InlineData("2025-11-31", 8, "2025-11-31 is not a day: November 2025 has 30 days.")]
    [InlineData("2025-X4-31", 8, "2025-X4-31 is not a day")]
    [InlineData("-XXXX", 0, "outside the supported range -9998..9999")]
    [InlineData("-9XXX", 0, "outside the supported range -9998..9999")]
    public void Parse_UnspecifiedDigitsWithoutAValidCompletion_AreRejected(string text, int position, string message)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(position);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void Parse_TenThousandDatesWithNoDayInAnyYear_AreRefusedQuickly()
    {
        // Regression (fuzzing, docs/reliability.md): a month and day that no year has, such as XXXX-11-31, were
        // refused only after trying each of the 10,000 years the year's digits allow, about 3 ms a date. Now a leap
        // year and a common year stand for all years, and these take microseconds.
        string[] texts = ["XXXX-11-31", "XXXX-X9-31", "1XXX-02-30", "XXX1-02-29", "-XXX1-04-31"];

        var errors = Enumerable.Range(0, 10_000).Select(i => EdtfDate.Parse(texts[i % texts.Length])).ToList();

        errors.Should().OnlyContain(result => !result.Success && result.Error!.Message.Contains("is not a day", StringComparison.Ordinal));
    }

    [Fact]
    public void MayOverlap_UnspecifiedMonth_ConsidersOnlyTheDaysItCanBe()
    {
        EdtfDate date = Edtf.Parse("1979-XX-28");

        date.MayOverlap(Edtf.D(1979, 3, 1), Edtf.D(1979, 3, 10)).Should().BeFalse();
        date.MayOverlap(Edtf.D(1979, 3, 1), Edtf.D(1979, 3, 28)).Should().BeTrue();
        date.MayOverlap(null, Edtf.D(1979, 1, 27)).Should().BeFalse();
        date.IsCertainlyWithin(Edtf.D(1979, 1, 28), Edtf.D(1979, 12, 28)).Should().BeTrue();
        date.IsCertainlyWithin(Edtf.D(1979, 2, 1), null).Should().BeFalse();
    }
}

/// <summary><see cref="EdtfDate.MayOverlap"/> on dates with unspecified digits tries only the years of the range; it
/// must say exactly what looking at every day the date can be says.</summary>
public class UnspecifiedDigitOverlapTests
{
    private static readonly NodaTime.LocalDate FirstDay = new(1898, 1, 1);
    private static readonly NodaTime.LocalDate LastDay = new(2001, 12, 31);

    [FsCheck.Xunit.Property(MaxTest = 400)]
    public void MayOverlap_UnspecifiedDigits_AgreesWithEveryDayTheDateCanBe(int seed)
    {
        var random = new Random(seed);
        var text = RandomPattern(random);
        if (!EdtfDate.TryParse(text, out var date))
        {
            return; // a pattern with no valid completion, such as 19X5-X3-3X with no 3x in any month 03 or 13
        }

        var (from, to) = RandomRange(random);

        date.MayOverlap(from, to).Should().Be(AnyDayMatches(text, from, to), $"{text} against {from}..{to}");
    }

    [Theory]
    [InlineData("XXXX-X2", "9990-01-01", null, true)]
    [InlineData("XXXX-X2", "2025-03-05", "2025-03-06", false)]
    [InlineData("XXXX-X2", "2025-12-31", "2025-12-31", true)]
    [InlineData("XXX6-XX", "2025-01-01", "2025-12-31", false)]
    [InlineData("XXX6-XX", "2026-12-31", null, true)]
    [InlineData("-XXX4-02-29", null, "-9984-02-28", false)]
    [InlineData("-XXX4-02-29", null, "-9984-02-29", true)]
    [InlineData("-XXX4-02-29", "-0003-01-01", null, false)]
    [InlineData("XX00-02-29", "1900-01-01", "1999-12-31", false)]
    [InlineData("XX00-02-29", "1900-01-01", "2000-02-29", true)]
    [InlineData("202X-24", "2030-01-15", "2030-01-20", true)] // the winter of 2029 ends in February 2030
    [InlineData("202X-24", "2030-03-01", null, false)]
    public void MayOverlap_UnspecifiedYearDigits_FindsOrRulesOutTheYearsOfTheRange(string text, string? from, string? to, bool expected)
    {
        var date = EdtfDate.Parse(text).Value;

        date.MayOverlap(Day(from), Day(to)).Should().Be(expected);
    }

    private static NodaTime.LocalDate? Day(string? text) =>
        text is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static string RandomPattern(Random random)
    {
        string Digit(string choices) => choices[random.Next(choices.Length)].ToString();
        var year = "19" + Digit("0123456789XX") + Digit("0123456789XX");
        return random.Next(3) switch
        {
            0 => year,
            1 => year + "-" + Digit("01X") + Digit("0123456789XX"),
            _ => year + "-" + Digit("01X") + Digit("0123456789XX") + "-" + Digit("0123X") + Digit("0123456789XX"),
        };
    }

    private static (NodaTime.LocalDate? From, NodaTime.LocalDate? To) RandomRange(Random random)
    {
        var span = NodaTime.Period.Between(FirstDay, LastDay, NodaTime.PeriodUnits.Days).Days;
        var a = FirstDay.PlusDays(random.Next(span + 1));
        var b = a.PlusDays(random.Next(random.Next(2) == 0 ? 40 : span + 1));
        b = b > LastDay ? LastDay : b;
        return random.Next(6) switch
        {
            0 => (null, b),
            1 => (a, null),
            _ => (a, b),
        };
    }

    /// <summary>Looks at every day from 1898 to 2001 whose ISO text the pattern matches, X standing for any digit.</summary>
    private static bool AnyDayMatches(string pattern, NodaTime.LocalDate? from, NodaTime.LocalDate? to)
    {
        for (var day = from ?? FirstDay; day <= (to ?? LastDay); day = day.PlusDays(1))
        {
            var iso = NodaTime.Text.LocalDatePattern.Iso.Format(day);
            if (Matches(pattern, iso))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string pattern, string iso)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != 'X' && pattern[i] != iso[i])
            {
                return false;
            }
        }

        return true;
    }
}
