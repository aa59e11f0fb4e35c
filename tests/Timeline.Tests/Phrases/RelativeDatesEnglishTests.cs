using Annals.Phrases;
using static Annals.Tests.Phrases.PhraseTesting;

namespace Annals.Tests.Phrases;

/// <summary>Every English form, anchored on Friday 28 March 2025.</summary>
public class RelativeDatesEnglishTests
{
    [Theory]
    [InlineData("today", "2025-03-28", "2025-03-28", "2025-03-28")]
    [InlineData("yesterday", "2025-03-27", "2025-03-27", "2025-03-27")]
    [InlineData("tomorrow", "2025-03-29", "2025-03-29", "2025-03-29")]
    [InlineData("the day before yesterday", "2025-03-26", "2025-03-26", "2025-03-26")]
    [InlineData("the day after tomorrow", "2025-03-30", "2025-03-30", "2025-03-30")]
    public void Resolve_DayWords_GiveThatDay(string phrase, string edtf, string earliest, string latest) =>
        Resolved(phrase, Bukele).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("on Friday", "2025-03-28")]
    [InlineData("Friday", "2025-03-28")]
    [InlineData("on Monday", "2025-03-24")]
    [InlineData("Saturday", "2025-03-22")]
    [InlineData("next Friday", "2025-04-04")]
    [InlineData("on next Friday", "2025-04-04")]
    [InlineData("next Saturday", "2025-03-29")]
    [InlineData("last Friday", "2025-03-21")]
    [InlineData("last Thursday", "2025-03-27")]
    [InlineData("this Friday", "2025-03-28")]
    [InlineData("this Sunday", "2025-03-30")]
    [InlineData("this Monday", "2025-03-24")]
    [InlineData("Friday next week", "2025-04-04")]
    [InlineData("Monday last week", "2025-03-17")]
    [InlineData("Wednesday this week", "2025-03-26")]
    [InlineData("on Fri.", "2025-03-28")]
    [InlineData("on Thurs", "2025-03-27")]
    public void Resolve_Weekdays_GiveTheRuleDay(string phrase, string day) =>
        Resolved(phrase, Bukele).ShouldBe(day, day, day);

    [Theory]
    [InlineData("last week", "2025-03-17/2025-03-23", "2025-03-17", "2025-03-23")]
    [InlineData("this week", "2025-03-24/2025-03-30", "2025-03-24", "2025-03-30")]
    [InlineData("next week", "2025-03-31/2025-04-06", "2025-03-31", "2025-04-06")]
    [InlineData("last month", "2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("this month", "2025-03", "2025-03-01", "2025-03-31")]
    [InlineData("next month", "2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("last year", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("this year", "2025", "2025-01-01", "2025-12-31")]
    [InlineData("next year", "2026", "2026-01-01", "2026-12-31")]
    public void Resolve_LastThisNextPeriod_GivesWeekIntervalMonthOrYear(string phrase, string edtf, string earliest, string latest) =>
        Resolved(phrase, Bukele).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("earlier this week", "2025-03-24/2025-03-27", "2025-03-24", "2025-03-27")]
    [InlineData("earlier this month", "2025-03-01/2025-03-27", "2025-03-01", "2025-03-27")]
    [InlineData("earlier this year", "2025-01-01/2025-03-27", "2025-01-01", "2025-03-27")]
    [InlineData("later this week", "2025-03-29/2025-03-30", "2025-03-29", "2025-03-30")]
    [InlineData("later this month", "2025-03-29/2025-03-31", "2025-03-29", "2025-03-31")]
    [InlineData("later this year", "2025-03-29/2025-12-31", "2025-03-29", "2025-12-31")]
    public void Resolve_EarlierLaterThis_GivesIntervalUpToOrFromTheAnchor(string phrase, string edtf, string earliest, string latest) =>
        Resolved(phrase, Bukele).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("in March", "2025-03", "2025-03-01", "2025-03-31")]
    [InlineData("March", "2025-03", "2025-03-01", "2025-03-31")]
    [InlineData("in January", "2025-01", "2025-01-01", "2025-01-31")]
    [InlineData("in April", "2024-04", "2024-04-01", "2024-04-30")]
    [InlineData("in December", "2024-12", "2024-12-01", "2024-12-31")]
    [InlineData("next March", "2026-03", "2026-03-01", "2026-03-31")]
    [InlineData("next April", "2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("last March", "2024-03", "2024-03-01", "2024-03-31")]
    [InlineData("last February", "2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("this April", "2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("in March next year", "2026-03", "2026-03-01", "2026-03-31")]
    [InlineData("in April last year", "2024-04", "2024-04-01", "2024-04-30")]
    [InlineData("in May this year", "2025-05", "2025-05-01", "2025-05-31")]
    [InlineData("in March 2024", "2024-03", "2024-03-01", "2024-03-31")]
    [InlineData("March 2024", "2024-03", "2024-03-01", "2024-03-31")]
    [InlineData("in Sept. 2024", "2024-09", "2024-09-01", "2024-09-30")]
    [InlineData("in March of 2024", "2024-03", "2024-03-01", "2024-03-31")]
    [InlineData("in 2024", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("2025-04", "2025-04", "2025-04-01", "2025-04-30")]
    public void Resolve_MonthsAndYears_GiveTheRuleMonthOrYear(string phrase, string edtf, string earliest, string latest) =>
        Resolved(phrase, Bukele).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("early March", "2025-03-01~/2025-03-10~", "2025-03-01", "2025-03-10")]
    [InlineData("mid March", "2025-03-11~/2025-03-20~", "2025-03-11", "2025-03-20")]
    [InlineData("mid-March", "2025-03-11~/2025-03-20~", "2025-03-11", "2025-03-20")]
    [InlineData("late March", "2025-03-21~/2025-03-31~", "2025-03-21", "2025-03-31")]
    [InlineData("in early April", "2024-04-01~/2024-04-10~", "2024-04-01", "2024-04-10")]
    [InlineData("late April", "2024-04-21~/2024-04-30~", "2024-04-21", "2024-04-30")]
    [InlineData("late February 2024", "2024-02-21~/2024-02-29~", "2024-02-21", "2024-02-29")]
    [InlineData("late February 2025", "2025-02-21~/2025-02-28~", "2025-02-21", "2025-02-28")]
    [InlineData("early next month", "2025-04-01~/2025-04-10~", "2025-04-01", "2025-04-10")]
    [InlineData("mid next month", "2025-04-11~/2025-04-20~", "2025-04-11", "2025-04-20")]
    [InlineData("late last month", "2025-02-21~/2025-02-28~", "2025-02-21", "2025-02-28")]
    [InlineData("early this month", "2025-03-01~/2025-03-10~", "2025-03-01", "2025-03-10")]
    [InlineData("early 2025", "2025-01~/2025-04~", "2025-01-01", "2025-04-30")]
    [InlineData("mid 2025", "2025-05~/2025-08~", "2025-05-01", "2025-08-31")]
    [InlineData("late last year", "2024-09~/2024-12~", "2024-09-01", "2024-12-31")]
    [InlineData("early next year", "2026-01~/2026-04~", "2026-01-01", "2026-04-30")]
    [InlineData("in late 2024", "2024-09~/2024-12~", "2024-09-01", "2024-12-31")]
    [InlineData("late March next year", "2026-03-21~/2026-03-31~", "2026-03-21", "2026-03-31")]
    public void Resolve_EarlyMidLate_GivesApproximateInterval(string phrase, string edtf, string earliest, string latest)
    {
        var resolved = Resolved(phrase, Bukele);

        resolved.ShouldBe(edtf, earliest, latest);
        resolved.Date.IsApproximate.Should().BeTrue();
    }

    [Theory]
    [InlineData("3 days after 20 January 2025", "2025-01-23", "2025-01-23", "2025-01-23")]
    [InlineData("3 days before 20 January 2025", "2025-01-17", "2025-01-17", "2025-01-17")]
    [InlineData("three days after January 20, 2025", "2025-01-23", "2025-01-23", "2025-01-23")]
    [InlineData("2 weeks after Jan 20, 2025", "2025-02-03", "2025-02-03", "2025-02-03")]
    [InlineData("two weeks after 2025-01-20", "2025-02-03", "2025-02-03", "2025-02-03")]
    [InlineData("a day after 20th January 2025", "2025-01-21", "2025-01-21", "2025-01-21")]
    [InlineData("one week before the 20th of January 2025", "2025-01-13", "2025-01-13", "2025-01-13")]
    [InlineData("twelve days after Jan. 20 2025", "2025-02-01", "2025-02-01", "2025-02-01")]
    [InlineData("2 months after 20 January 2025", "2025-03-20", "2025-03-20", "2025-03-20")]
    [InlineData("1 year before 20 January 2025", "2024-01-20", "2024-01-20", "2024-01-20")]
    [InlineData("0 days after 20 January 2025", "2025-01-20", "2025-01-20", "2025-01-20")]
    [InlineData("3 days after 20 January", "2025-01-23", "2025-01-23", "2025-01-23")]
    [InlineData("3 days after yesterday", "2025-03-30", "2025-03-30", "2025-03-30")]
    public void Resolve_ExactAmountAfterOrBeforeDate_GivesExactDay(string phrase, string edtf, string earliest, string latest) =>
        Resolved(phrase, Bukele).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("a few days after 20 January 2025", "[2025-01-22..2025-01-27]", "2025-01-22", "2025-01-27")]
    [InlineData("a few days before 20 January 2025", "[2025-01-13..2025-01-18]", "2025-01-13", "2025-01-18")]
    [InlineData("a few weeks after 20 January 2025", "[2025-02-03..2025-02-17]", "2025-02-03", "2025-02-17")]
    [InlineData("several days after 20 January 2025", "[2025-01-23..2025-01-29]", "2025-01-23", "2025-01-29")]
    [InlineData("several weeks before 20 January 2025", "[2024-11-18..2024-12-30]", "2024-11-18", "2024-12-30")]
    [InlineData("few days after 20 January 2025", "[2025-01-22..2025-01-27]", "2025-01-22", "2025-01-27")]
    public void Resolve_VagueAmountAfterOrBeforeDate_GivesOneOfRange(string phrase, string edtf, string earliest, string latest) =>
        Resolved(phrase, Bukele).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("a couple of days after 20 January 2025", "2025-01-22~")]
    [InlineData("a couple days after 20 January 2025", "2025-01-22~")]
    [InlineData("a couple of weeks before 20 January 2025", "2025-01-06~")]
    public void Resolve_CoupleOf_GivesApproximateDay(string phrase, string edtf)
    {
        var resolved = Resolved(phrase, Bukele);

        resolved.Date.ToString().Should().Be(edtf);
        resolved.Date.IsApproximate.Should().BeTrue();
    }

    [Theory]
    [InlineData("3 days ago", "2025-03-25", "2025-03-25", "2025-03-25")]
    [InlineData("a week ago", "2025-03-21", "2025-03-21", "2025-03-21")]
    [InlineData("a month ago", "2025-02-28", "2025-02-28", "2025-02-28")]
    [InlineData("two years ago", "2023-03-28", "2023-03-28", "2023-03-28")]
    [InlineData("a few days ago", "[2025-03-21..2025-03-26]", "2025-03-21", "2025-03-26")]
    [InlineData("in two weeks", "2025-04-11", "2025-04-11", "2025-04-11")]
    [InlineData("in 3 days", "2025-03-31", "2025-03-31", "2025-03-31")]
    [InlineData("in a week", "2025-04-04", "2025-04-04", "2025-04-04")]
    [InlineData("in a few weeks", "[2025-04-11..2025-04-25]", "2025-04-11", "2025-04-25")]
    [InlineData("two weeks from now", "2025-04-11", "2025-04-11", "2025-04-11")]
    [InlineData("5 days from today", "2025-04-02", "2025-04-02", "2025-04-02")]
    public void Resolve_AgoInAndFromNow_CountFromTheAnchor(string phrase, string edtf, string earliest, string latest) =>
        Resolved(phrase, Bukele).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("one", 1)]
    [InlineData("two", 2)]
    [InlineData("three", 3)]
    [InlineData("four", 4)]
    [InlineData("five", 5)]
    [InlineData("six", 6)]
    [InlineData("seven", 7)]
    [InlineData("eight", 8)]
    [InlineData("nine", 9)]
    [InlineData("ten", 10)]
    [InlineData("eleven", 11)]
    [InlineData("twelve", 12)]
    public void Resolve_NumberWords_CountLikeDigits(string word, int count)
    {
        var resolved = Resolved(word + " days ago", Bukele);

        resolved.Date.Earliest.Should().Be(Bukele.PlusDays(-count));
        Resolved(count + " days ago", Bukele).Date.Should().Be(resolved.Date);
    }

    [Theory]
    [InlineData("on 20 January 2025", "2025-01-20")]
    [InlineData("20 January 2025", "2025-01-20")]
    [InlineData("January 20, 2025", "2025-01-20")]
    [InlineData("2025-01-20", "2025-01-20")]
    [InlineData("on March 20", "2025-03-20")]
    [InlineData("20 January", "2025-01-20")]
    [InlineData("on 31 March", "2024-03-31")]
    public void Resolve_Dates_GiveThatDay(string phrase, string day) =>
        Resolved(phrase, Bukele).ShouldBe(day, day, day);

    [Theory]
    [InlineData("NEXT MONTH")]
    [InlineData("Next Month.")]
    [InlineData("  next    month  ")]
    [InlineData("next\tmonth")]
    [InlineData("next\u00A0month")]
    [InlineData("next month .")]
    public void Resolve_CaseSpacesAndTrailingPeriod_AreIgnored(string phrase) =>
        Resolved(phrase, Bukele).ShouldBe("2025-04", "2025-04-01", "2025-04-30");

    [Fact]
    public void Resolve_NextMonthOnBukeleAnchor_IsApril2025WithExplanation()
    {
        var resolved = Resolved("next month", Bukele);

        resolved.Date.ToString().Should().Be("2025-04");
        resolved.Phrase.Should().Be("next month");
        resolved.Anchor.Should().Be(Bukele);
        resolved.Language.Should().Be(PhraseLanguage.English);
        resolved.Explanation.Should().Be("next month after 28 March 2025 → April 2025");
        resolved.ToString().Should().Be("2025-04 (next month after 28 March 2025 → April 2025)");
    }

    [Theory]
    [InlineData("on Friday", "the most recent Friday on or before 28 March 2025 (a Friday), so the anchor itself → 28 March 2025")]
    [InlineData("last Friday", "the most recent Friday before 28 March 2025 (a Friday) → 21 March 2025")]
    [InlineData("in April", "April, the most recent April not after March 2025 → April 2024")]
    [InlineData("earlier this month", "earlier this month: from 1 March 2025 to the day before 28 March 2025 → 1 March 2025 to 27 March 2025")]
    [InlineData("late March", "late March, the most recent March not after March 2025 (days 21 to 31) → about 21 March 2025 to 31 March 2025")]
    [InlineData("a few days after 20 January 2025", "a few days (2 to 7) after 20 January 2025 → one day from 22 January 2025 to 27 January 2025")]
    [InlineData("3 days ago", "3 days before 28 March 2025 → 25 March 2025")]
    public void Resolve_Explanation_StatesRuleAndResult(string phrase, string explanation) =>
        Resolved(phrase, Bukele).Explanation.Should().Be(explanation);

    [Fact]
    public void Resolve_NamedDate_IsUsedAsReferenceDay()
    {
        var options = new PhraseOptions
        {
            NamedDates = new Dictionary<string, NodaTime.LocalDate> { ["Trump took office"] = D("2025-01-20") },
        };

        var resolved = Resolved("a few days after Trump took office", Bukele, options);

        resolved.ShouldBe("[2025-01-22..2025-01-27]", "2025-01-22", "2025-01-27");
        resolved.Explanation.Should().Contain("Trump took office (20 January 2025)");
        Resolved("3 days after TRUMP  TOOK OFFICE.", Bukele, options).ShouldBe("2025-01-23", "2025-01-23", "2025-01-23");
        Resolved("Trump took office", Bukele, options).ShouldBe("2025-01-20", "2025-01-20", "2025-01-20");
    }

    [Fact]
    public void Resolve_UnknownNamedDate_IsAnErrorNotAGuess()
    {
        var error = RelativeDates.Resolve("a few days after Trump took office", Bukele).Error;

        error.Should().NotBeNull();
        error!.Position.Should().Be(17);
        error.Message.Should().Contain("'Trump'");
    }
}
