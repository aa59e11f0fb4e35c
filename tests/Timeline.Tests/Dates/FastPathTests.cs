using System.Globalization;
using Annals.Dates;
using FsCheck.Xunit;
using NodaTime;

namespace Annals.Tests.Dates;

/// <summary>The fast paths for plain dates and for the order of dates give exactly what the full parser and the
/// documented order give.</summary>
[Properties(Arbitrary = [typeof(EdtfArbitraries)])]
public class FastPathTests
{
    /// <summary>Years, months and days around every boundary, with and without a qualifier, and near misses.</summary>
    public static IEnumerable<string> PlainCandidates()
    {
        string[] years = ["0000", "0001", "0004", "0100", "0400", "1582", "1900", "1979", "2000", "2024", "2025", "9999", "-0044", "19XX", "1X00"];
        string[] months = ["00", "01", "02", "04", "09", "10", "11", "12", "13", "20", "21", "24", "25", "41", "42", "99", "0X", "X2", "XX"];
        string[] days = ["00", "01", "09", "10", "28", "29", "30", "31", "32", "99", "2X", "XX"];
        string[] qualifiers = [string.Empty, "~", "?", "%", "~~", "?~"];
        foreach (var year in years)
        {
            foreach (var q in qualifiers)
            {
                yield return year + q;
                foreach (var month in months)
                {
                    yield return year + "-" + month + q;
                    foreach (var day in days)
                    {
                        yield return year + "-" + month + "-" + day + q;
                    }
                }
            }
        }

        string[] oddities = ["2025-1", "2025-01-1", "202", "20250", "2025-01-011", "2025/01", "2025-01T", "2025 ", " 2025", "~", "?", "2025-01-01T10:00:00", "2025-01-01/2025-01-02", "2025S2", "Y2025", "2025-02-29", "2024-02-29", "2025-04-31", "1900-02-29", "2000-02-29"];
        foreach (var odd in oddities)
        {
            yield return odd;
        }
    }

    [Fact]
    public void Parse_PlainDates_MatchTheFullParser()
    {
        var fast = 0;
        foreach (var text in PlainCandidates())
        {
            var viaParse = EdtfDate.Parse(text);
            var full = EdtfParser.ParseFully(text);
            viaParse.Success.Should().Be(full.Success, text);
            if (!full.Success)
            {
                viaParse.Error!.ToString().Should().Be(full.Error!.ToString(), text);
                EdtfParser.TryParsePlain(text).Should().BeNull(text);
                continue;
            }

            if (EdtfParser.TryParsePlain(text) is { } plain)
            {
                fast++;
                ShouldBeSame(plain, full.Value, text);
            }

            ShouldBeSame(viaParse.Value, full.Value, text);
        }

        fast.Should().BeGreaterThan(1000, "most candidates are plain dates the fast path reads");
    }

    [Fact]
    public void Parse_EveryDayOfFourHundredYears_MatchesTheFullParser()
    {
        for (var day = new LocalDate(1800, 1, 1); day.Year < 2200; day = day.PlusDays(1))
        {
            var text = day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            ShouldBeSame(EdtfParser.TryParsePlain(text)!, EdtfParser.ParseFully(text).Value, text);
        }
    }

    [Property]
    public void Parse_CanonicalTextOfAnyDate_MatchesTheFullParser(EdtfDate value)
    {
        var text = value.ToString();
        var full = EdtfParser.ParseFully(text);
        var parsed = EdtfDate.Parse(text);
        parsed.Success.Should().Be(full.Success);
        if (full.Success)
        {
            ShouldBeSame(parsed.Value, full.Value, text);
        }
    }

    [Property]
    public void Parse_Noise_MatchesTheFullParser(EdtfNoise noise)
    {
        if (noise.Text.Length == 0)
        {
            return;
        }

        var full = EdtfParser.ParseFully(noise.Text);
        var parsed = EdtfDate.Parse(noise.Text);
        parsed.ToString().Should().Be(full.ToString());
        if (full.Success)
        {
            ShouldBeSame(parsed.Value, full.Value, noise.Text);
        }
    }

    [Property]
    public void Comparer_AgreesWithTheDocumentedOrderStepByStep(EdtfDate x, EdtfDate y)
    {
        Math.Sign(EdtfDate.Comparer.Compare(x, y)).Should().Be(Reference(x, y));
        Math.Sign(EdtfDate.Comparer.Compare(y, x)).Should().Be(Reference(y, x));
    }

    [Fact]
    public void Comparer_DistantAndNegativeYears_OrderByDay()
    {
        string[] ordered = ["-9998-01-01", "-0044-03-15", "-0001-12-31", "0000-01-01", "0000-02-29", "0001-01-01", "1969-12-31", "1970-01-01", "9999-12-31"];
        var dates = ordered.Select(Edtf.Parse).Reverse().ToList();
        dates.Sort(EdtfDate.Comparer);
        dates.Select(d => d.ToString()).Should().Equal(ordered);
    }

    [Fact]
    public void DayNumbers_AreConsecutiveAcrossTheSupportedRange()
    {
        var day = new LocalDate(-9998, 1, 1);
        var number = DayNumbers.Of(day);
        for (var step = 0; step < 200; step++)
        {
            var next = day.PlusDays(36_500 - step);
            DayNumbers.Of(next).Should().Be(number + 36_500 - step, next.ToString());
            (day, number) = (next, DayNumbers.Of(next));
            if (day.Year > 9000)
            {
                break;
            }
        }

        DayNumbers.Of(new LocalDate(1970, 1, 1)).Should().Be(0);
        DayNumbers.Of(new LocalDate(2000, 3, 1)).Should().Be(11_017);
        DayNumbers.Of(new LocalDate(9999, 12, 31)).Should().Be(DayNumbers.Of(new LocalDate(9999, 12, 30)) + 1);
    }

    [Theory]
    [InlineData("https://example.org/wire/1")]
    [InlineData("http://localhost")]
    [InlineData("https://www.whitehouse.gov/briefings-statements/2025/02/readout/")]
    [InlineData("https://a-b.c9.example/path?q=1&r=(2)#frag")]
    public void IsPlainWebUrl_PlainLinks_AreWebLinks(string url)
    {
        Annals.Model.Source.IsPlainWebUrl(url).Should().BeTrue();
        Annals.Model.Source.IsWebUrlByUri(url).Should().BeTrue();
    }

    [Theory]
    [InlineData("https://EXAMPLE.org/")]
    [InlineData("https://example.org:8080/")]
    [InlineData("https://user@example.org/")]
    [InlineData("https://1.2.3.4/")]
    [InlineData("https://xn--bcher-kva.example/")]
    [InlineData("https://example..org/")]
    [InlineData("https://-example.org/")]
    [InlineData("https://example.org/a%20b")]
    [InlineData("https://example.org/a b")]
    [InlineData("https:///path")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/")]
    [InlineData("HTTPS://example.org/")]
    public void IsPlainWebUrl_OtherLinks_AreLeftToTheFullCheck(string url) =>
        Annals.Model.Source.IsPlainWebUrl(url).Should().BeFalse();

    [Fact]
    public void IsPlainWebUrl_RandomLinks_AreWebLinksWheneverAccepted()
    {
        const string Alphabet = "abcxyz019-._~/?#=&+,;:@!$'()*[]%\\ AZ";
        string[] starts = ["https://", "http://", "https:/", "http:", "https://a.", "http://x-", "https://0", ""];
        var random = new Random(2025);
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(0, 24);
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = Alphabet[random.Next(Alphabet.Length)];
            }

            var url = starts[random.Next(starts.Length)] + new string(chars);
            if (Annals.Model.Source.IsPlainWebUrl(url))
            {
                accepted++;
                Annals.Model.Source.IsWebUrlByUri(url).Should().BeTrue(url);
            }

            Annals.Model.Source.IsWebUrl(url).Should().Be(Annals.Model.Source.IsWebUrlByUri(url), url);
        }

        accepted.Should().BeGreaterThan(100);
    }

    private static int Reference(EdtfDate x, EdtfDate y)
    {
        int Step(int value) => Math.Sign(value);
        var byStart = (x.Earliest, y.Earliest) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            ({ } a, { } b) => Step(a.CompareTo(b)),
        };
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = (x.Latest, y.Latest) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => Step(a.CompareTo(b)),
        };
        if (byEnd != 0)
        {
            return byEnd;
        }

        var byPrecision = Step(y.Precision.CompareTo(x.Precision));
        if (byPrecision != 0)
        {
            return byPrecision;
        }

        var byText = Step(string.CompareOrdinal(x.ToString(), y.ToString()));
        return byText != 0 ? byText : Step(string.CompareOrdinal(x.ZoneId, y.ZoneId));
    }

    private static void ShouldBeSame(EdtfDate actual, EdtfDate expected, string because)
    {
        actual.GetType().Should().Be(expected.GetType(), because);
        actual.ToString().Should().Be(expected.ToString(), because);
        actual.Should().Be(expected, because);
        actual.Earliest.Should().Be(expected.Earliest, because);
        actual.Latest.Should().Be(expected.Latest, because);
        actual.Precision.Should().Be(expected.Precision, because);
        actual.Level.Should().Be(expected.Level, because);
        actual.IsApproximate.Should().Be(expected.IsApproximate, because);
        actual.IsUncertain.Should().Be(expected.IsUncertain, because);
        actual.HasUnspecifiedDigits.Should().Be(expected.HasUnspecifiedDigits, because);
        actual.OrderKey.Should().Be(expected.OrderKey, because);
        actual.Describe().Should().Be(expected.Describe(), because);
        if (actual is EdtfSingleDate a && expected is EdtfSingleDate e)
        {
            a.YearQualifiers.Should().Be(e.YearQualifiers, because);
            a.MonthQualifiers.Should().Be(e.MonthQualifiers, because);
            a.DayQualifiers.Should().Be(e.DayQualifiers, because);
            a.YearDigits.Should().Be(e.YearDigits, because);
            a.MonthDigits.Should().Be(e.MonthDigits, because);
            a.DayDigits.Should().Be(e.DayDigits, because);
            a.Season.Should().Be(e.Season, because);
            a.SpecifiedYear.Should().Be(e.SpecifiedYear, because);
            a.SpecifiedMonth.Should().Be(e.SpecifiedMonth, because);
            a.SpecifiedDay.Should().Be(e.SpecifiedDay, because);
        }
    }
}
