using System.Globalization;
using Annals.Phrases;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Annals.Tests.Phrases.PhraseTesting;

namespace Annals.Tests.Phrases;

/// <summary>The resolver never throws, stays linear on huge inputs, and ignores the current culture.</summary>
public class RelativeDatesRobustnessTests
{
    [Property(MaxTest = 2000)]
    public void Resolve_AnyString_NeverThrowsAndErrorsPointInsideTheInput(string? phrase)
    {
        var result = RelativeDates.Resolve(phrase, Bukele);

        if (result.Success)
        {
            var date = result.Value.Date;
            date.Earliest.Should().NotBeNull();
            (date.Earliest!.Value <= date.Latest!.Value).Should().BeTrue();
        }
        else
        {
            result.Error!.Position.Should().BeInRange(0, (phrase ?? string.Empty).Length);
            result.Error.Message.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Property(MaxTest = 3000, Arbitrary = [typeof(PhraseArbitraries)])]
    public void Resolve_PhrasesOfKnownWords_NeverThrowAndBoundsAreOrdered(VocabularyPhrase phrase, AnchorDay anchor)
    {
        var result = RelativeDates.Resolve(phrase.Text, anchor.Day);

        if (result.Success)
        {
            var date = result.Value.Date;
            date.Earliest.Should().NotBeNull();
            (date.Earliest!.Value <= date.Latest!.Value).Should().BeTrue();
            result.Value.Explanation.Should().Contain("→");
        }
        else
        {
            result.Error!.Position.Should().BeInRange(0, phrase.Text.Length);
        }
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(PhraseArbitraries)])]
    public void Resolve_NextMonthFromAnyAnchor_IsTheFollowingCalendarMonth(AnchorDay anchor)
    {
        var result = RelativeDates.Resolve("next month", anchor.Day);
        if (anchor.Day.Year == 9999 && anchor.Day.Month == 12)
        {
            result.Success.Should().BeFalse();
            return;
        }

        var first = new LocalDate(anchor.Day.Year, anchor.Day.Month, 1).PlusMonths(1);
        result.Value.Date.Earliest.Should().Be(first);
        result.Value.Date.Latest.Should().Be(first.PlusMonths(1).PlusDays(-1));
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(PhraseArbitraries)])]
    public void Resolve_WeekdayFromAnyAnchor_IsThatWeekdayWithinTheLastSevenDays(AnchorDay anchor, IsoDayOfWeek target)
    {
        if (anchor.Day < new LocalDate(1, 1, 8) || target == IsoDayOfWeek.None)
        {
            return;
        }

        var day = RelativeDates.Resolve("on " + target, anchor.Day).Value.Date.Earliest!.Value;

        day.DayOfWeek.Should().Be(target);
        Period.DaysBetween(day, anchor.Day).Should().BeInRange(0, 6);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(PhraseArbitraries)])]
    public void Resolve_DaysAfterIsoDate_AddsExactlyThoseDays(AnchorDay from, byte days)
    {
        if (from.Day.Year > 9990)
        {
            return;
        }

        var phrase = days + " days after " + from.Day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

        RelativeDates.Resolve(phrase, Bukele).Value.Date.Earliest.Should().Be(from.Day.PlusDays(days));
    }

    public static TheoryData<string> HugeInputs()
    {
        const int Size = 100_000;
        return new TheoryData<string>
        {
            new string('x', Size),
            new string('9', Size),
            new string(' ', Size),
            new string('.', Size),
            new string('-', Size),
            new string('\u0301', Size),
            new string('\uD800', Size),
            Repeat("next ", Size),
            Repeat("a ", Size),
            Repeat("el ", Size),
            Repeat("mañana ", Size),
            Repeat("3 days after ", Size),
            Repeat("2025-", Size),
            "next month" + new string(' ', Size),
            "next " + new string('m', Size),
            "3 days after " + Repeat("20 January 2025 ", Size),
            Repeat("a few days after ", Size) + "20 January 2025",
        };
    }

    [Theory]
    [MemberData(nameof(HugeInputs))]
    public void Resolve_HundredThousandCharacters_ReturnsWithoutThrowing(string phrase)
    {

        var result = RelativeDates.Resolve(phrase, Bukele);

        if (!result.Success)
        {
            result.Error!.Position.Should().BeInRange(0, phrase.Length);
            result.Error.Message.Length.Should().BeLessThan(300);
        }
    }

    [Fact]
    public void Resolve_NamedDatesAgainstHugeInput_StaysLinear()
    {
        var options = new PhraseOptions
        {
            NamedDates = Enumerable.Range(0, 200).ToDictionary(i => "event number " + i, i => Bukele.PlusDays(-i)),
        };
        var phrase = "3 days after " + Repeat("event number 1 ", 100_000);

        var result = RelativeDates.Resolve(phrase, Bukele, options);

        result.Success.Should().BeFalse();
        Resolved("3 days after Event Number 7", Bukele, options).ShouldBe("2025-03-24", "2025-03-24", "2025-03-24");
    }

    public static TheoryData<string> Cultures() => ["tr-TR", "th-TH", "ar-SA", "fa-IR"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Resolve_UnderOtherCurrentCultures_GivesIdenticalResults(string culture)
    {
        string[] phrases =
        [
            "NEXT MONTH", "FRIDAY", "on FRIDAY", "IN APRIL", "EARLIER THIS MONTH", "LATE MARCH", "mid-March",
            "A FEW DAYS AFTER 20 JANUARY 2025", "three days ago", "2025-01-20", "January 20, 2025", "in 2024",
            "LA SEMANA PASADA", "MIÉRCOLES", "EL MIÉRCOLES", "a finales de marzo", "hace tres días", "next fortnite",
            "3.5 days ago", "in two weeks", "late last year", "THIS WEEK", "29 February 2025",
        ];
        var anchors = new[] { Bukele, D("2024-02-29"), D("2025-12-31"), D("2025-01-01") };
        var expected = Describe(phrases, anchors);
        var (savedCulture, savedUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Describe(phrases, anchors).Should().Equal(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    [Fact]
    public void Resolve_UnderInvariantCulture_ResolvesTheSampleSet()
    {
        var (savedCulture, savedUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

            Resolved("FRIDAY", Bukele).ShouldBe("2025-03-28", "2025-03-28", "2025-03-28");
            Resolved("EARLIER THIS MONTH", Bukele).ShouldBe("2025-03-01/2025-03-27", "2025-03-01", "2025-03-27");
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    private static List<string> Describe(string[] phrases, LocalDate[] anchors) =>
        [.. from anchor in anchors from phrase in phrases select phrase + " @ " + anchor.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            + " = " + RelativeDates.Resolve(phrase, anchor)];

    private static string Repeat(string text, int length)
    {
        var builder = new System.Text.StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }
}

/// <summary>A phrase built from the resolver's own words, numbers and symbols, so that generated phrases often parse far.</summary>
public sealed record VocabularyPhrase(string Text)
{
    public override string ToString() => Text;
}

/// <summary>Any supported anchor day, 0001-01-01 to 9999-12-31.</summary>
public sealed record AnchorDay(LocalDate Day)
{
    public override string ToString() => Day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

public static class PhraseArbitraries
{
    private static readonly string[] Words =
    [
        "today", "yesterday", "tomorrow", "the", "day", "before", "after", "on", "in", "next", "last", "this", "earlier",
        "later", "early", "mid", "late", "week", "weeks", "month", "months", "year", "years", "days", "ago", "from", "now",
        "a", "an", "few", "couple", "of", "several", "three", "twelve", "Friday", "sun", "March", "Feb", "Sept.",
        "January", "0", "1", "3", "20", "20th", "29", "31", "2024", "2025", "9999", "0000", "99999999999", "3x", "-",
        ".", ",", "hoy", "ayer", "mañana", "pasado", "el", "la", "que", "viene", "próximo", "pasada", "semana", "mes",
        "año", "este", "esta", "a", "principios", "mediados", "finales", "de", "del", "en", "dentro", "hace", "unos",
        "un", "par", "varios", "días", "después", "antes", "viernes", "marzo", "febrero", "entrante", "fortnite",
        "2025-01-20", "2024-02-29", "2025-02-30", "2025-04",
    ];

    public static Arbitrary<VocabularyPhrase> VocabularyPhrase() =>
        Gen.Choose(0, 8)
            .SelectMany(count => Gen.ArrayOf(Gen.Elements(Words), count))
            .Select(words => new VocabularyPhrase(string.Join(" ", words)))
            .ToArbitrary();

    public static Arbitrary<AnchorDay> AnchorDay()
    {
        var days = Period.DaysBetween(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31));
        var anyDay = Gen.Choose(0, days).Select(d => new AnchorDay(new LocalDate(1, 1, 1).PlusDays(d)));
        var nearBoundaries = Gen.Elements(
                new LocalDate(1, 1, 1), new LocalDate(1, 1, 7), new LocalDate(2024, 2, 29), new LocalDate(2025, 12, 31),
                new LocalDate(2025, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(9999, 12, 27), new LocalDate(2000, 2, 29))
            .Select(d => new AnchorDay(d));
        return Gen.OneOf(anyDay, nearBoundaries).ToArbitrary();
    }
}
