using Annals.Phrases;
using NodaTime;
using static Annals.Tests.Phrases.PhraseTesting;

namespace Annals.Tests.Phrases;

/// <summary>Every weekday as an anchor (24–30 March 2025, Monday to Sunday) against every weekday as a target.</summary>
public class RelativeDatesWeekdayTests
{
    private static readonly string[] English = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Spanish = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"];

    public static TheoryData<int, int> AnchorsAndTargets()
    {
        var data = new TheoryData<int, int>();
        for (var anchor = 1; anchor <= 7; anchor++)
        {
            for (var target = 1; target <= 7; target++)
            {
                data.Add(anchor, target);
            }
        }

        return data;
    }

    public static TheoryData<int> Anchors() => [1, 2, 3, 4, 5, 6, 7];

    [Theory]
    [MemberData(nameof(AnchorsAndTargets))]
    public void Resolve_OnWeekday_IsMostRecentOnOrBeforeAnchor(int anchorDay, int targetDay)
    {
        var anchor = AnchorOn(anchorDay);
        var expected = Walk(anchor, (IsoDayOfWeek)targetDay, step: -1, first: 0);

        Day("on " + English[targetDay - 1], anchor).Should().Be(expected);
        Day(English[targetDay - 1].ToLowerInvariant(), anchor).Should().Be(expected);
        Day("el " + Spanish[targetDay - 1], anchor).Should().Be(expected);
        (anchor - expected).Days.Should().BeInRange(0, 6);
        if (anchorDay == targetDay)
        {
            expected.Should().Be(anchor, "on Friday, written on a Friday, is the anchor itself");
        }
    }

    [Theory]
    [MemberData(nameof(AnchorsAndTargets))]
    public void Resolve_NextWeekday_IsFirstStrictlyAfterAnchor(int anchorDay, int targetDay)
    {
        var anchor = AnchorOn(anchorDay);
        var expected = Walk(anchor, (IsoDayOfWeek)targetDay, step: 1, first: 1);

        Day("next " + English[targetDay - 1], anchor).Should().Be(expected);
        Day("el próximo " + Spanish[targetDay - 1], anchor).Should().Be(expected);
        Day("el " + Spanish[targetDay - 1] + " que viene", anchor).Should().Be(expected);
        (expected - anchor).Days.Should().BeInRange(1, 7);
    }

    [Theory]
    [MemberData(nameof(AnchorsAndTargets))]
    public void Resolve_LastWeekday_IsMostRecentStrictlyBeforeAnchor(int anchorDay, int targetDay)
    {
        var anchor = AnchorOn(anchorDay);
        var expected = Walk(anchor, (IsoDayOfWeek)targetDay, step: -1, first: 1);

        Day("last " + English[targetDay - 1], anchor).Should().Be(expected);
        Day("el " + Spanish[targetDay - 1] + " pasado", anchor).Should().Be(expected);
        (anchor - expected).Days.Should().BeInRange(1, 7);
    }

    [Theory]
    [MemberData(nameof(AnchorsAndTargets))]
    public void Resolve_ThisWeekday_IsThatDayOfTheAnchorsIsoWeek(int anchorDay, int targetDay)
    {
        var anchor = AnchorOn(anchorDay);
        var expected = new LocalDate(2025, 3, 23 + targetDay);

        Day("this " + English[targetDay - 1], anchor).Should().Be(expected);
        Day("este " + Spanish[targetDay - 1], anchor).Should().Be(expected);
        Day(English[targetDay - 1] + " next week", anchor).Should().Be(expected.PlusWeeks(1));
        Day(English[targetDay - 1] + " last week", anchor).Should().Be(expected.PlusWeeks(-1));
    }

    [Theory]
    [MemberData(nameof(Anchors))]
    public void Resolve_WeeksFromEachWeekday_AreTheSameIsoWeeks(int anchorDay)
    {
        var anchor = AnchorOn(anchorDay);

        Resolved("this week", anchor).ShouldBe("2025-03-24/2025-03-30", "2025-03-24", "2025-03-30");
        Resolved("next week", anchor).ShouldBe("2025-03-31/2025-04-06", "2025-03-31", "2025-04-06");
        Resolved("last week", anchor).ShouldBe("2025-03-17/2025-03-23", "2025-03-17", "2025-03-23");
        Resolved("la semana que viene", anchor).ShouldBe("2025-03-31/2025-04-06", "2025-03-31", "2025-04-06");
    }

    private static LocalDate AnchorOn(int isoDay) => new(2025, 3, 23 + isoDay);

    private static LocalDate Day(string phrase, LocalDate anchor)
    {
        var resolved = Resolved(phrase, anchor);
        resolved.Date.Earliest.Should().Be(resolved.Date.Latest, "'{0}' is a single day", phrase);
        return resolved.Date.Earliest!.Value;
    }

    /// <summary>An independent rule: step from the anchor (starting <paramref name="first"/> days away) until the weekday matches.</summary>
    private static LocalDate Walk(LocalDate anchor, IsoDayOfWeek target, int step, int first)
    {
        var day = anchor.PlusDays(first * step);
        while (day.DayOfWeek != target)
        {
            day = day.PlusDays(step);
        }

        return day;
    }
}
