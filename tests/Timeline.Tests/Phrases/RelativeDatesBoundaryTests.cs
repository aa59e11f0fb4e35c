using static Annals.Tests.Phrases.PhraseTesting;

namespace Annals.Tests.Phrases;

/// <summary>Anchors that cross month and year boundaries, leap days, and the ends of the supported range.</summary>
public class RelativeDatesBoundaryTests
{
    [Theory]
    [InlineData("next month", "2025-01-31", "2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("next month", "2024-01-31", "2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("next month", "2025-12-15", "2026-01", "2026-01-01", "2026-01-31")]
    [InlineData("last month", "2025-01-10", "2024-12", "2024-12-01", "2024-12-31")]
    [InlineData("last month", "2025-03-31", "2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("next year", "2025-12-31", "2026", "2026-01-01", "2026-12-31")]
    [InlineData("last year", "2025-01-01", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("tomorrow", "2025-12-31", "2026-01-01", "2026-01-01", "2026-01-01")]
    [InlineData("yesterday", "2025-01-01", "2024-12-31", "2024-12-31", "2024-12-31")]
    [InlineData("tomorrow", "2025-02-28", "2025-03-01", "2025-03-01", "2025-03-01")]
    [InlineData("tomorrow", "2024-02-28", "2024-02-29", "2024-02-29", "2024-02-29")]
    [InlineData("in December", "2025-01-10", "2024-12", "2024-12-01", "2024-12-31")]
    [InlineData("next January", "2025-12-15", "2026-01", "2026-01-01", "2026-01-31")]
    [InlineData("last December", "2025-12-15", "2024-12", "2024-12-01", "2024-12-31")]
    [InlineData("early next month", "2025-12-15", "2026-01-01~/2026-01-10~", "2026-01-01", "2026-01-10")]
    [InlineData("late last year", "2025-01-10", "2024-09~/2024-12~", "2024-09-01", "2024-12-31")]
    [InlineData("late last month", "2025-01-10", "2024-12-21~/2024-12-31~", "2024-12-21", "2024-12-31")]
    [InlineData("a week ago", "2025-01-03", "2024-12-27", "2024-12-27", "2024-12-27")]
    [InlineData("in two weeks", "2025-12-25", "2026-01-08", "2026-01-08", "2026-01-08")]
    [InlineData("later this year", "2025-12-30", "2025-12-31", "2025-12-31", "2025-12-31")]
    [InlineData("earlier this month", "2025-03-02", "2025-03-01", "2025-03-01", "2025-03-01")]
    [InlineData("later this month", "2025-03-30", "2025-03-31", "2025-03-31", "2025-03-31")]
    public void Resolve_AcrossMonthAndYearBoundaries_GivesTheRightPeriod(
        string phrase, string anchor, string edtf, string earliest, string latest) =>
        Resolved(phrase, D(anchor)).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("next week", "2025-03-30", "2025-03-31/2025-04-06", "2025-03-31", "2025-04-06")]
    [InlineData("this week", "2025-03-30", "2025-03-24/2025-03-30", "2025-03-24", "2025-03-30")]
    [InlineData("last week", "2025-03-30", "2025-03-17/2025-03-23", "2025-03-17", "2025-03-23")]
    [InlineData("next week", "2025-12-31", "2026-01-05/2026-01-11", "2026-01-05", "2026-01-11")]
    [InlineData("this week", "2025-12-31", "2025-12-29/2026-01-04", "2025-12-29", "2026-01-04")]
    [InlineData("last week", "2026-01-01", "2025-12-22/2025-12-28", "2025-12-22", "2025-12-28")]
    [InlineData("this week", "2024-02-29", "2024-02-26/2024-03-03", "2024-02-26", "2024-03-03")]
    [InlineData("earlier this week", "2025-03-30", "2025-03-24/2025-03-29", "2025-03-24", "2025-03-29")]
    [InlineData("later this week", "2025-03-24", "2025-03-25/2025-03-30", "2025-03-25", "2025-03-30")]
    public void Resolve_IsoWeeks_RunMondayToSundayAcrossBoundaries(
        string phrase, string anchor, string edtf, string earliest, string latest) =>
        Resolved(phrase, D(anchor)).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("3 days after 27 February 2024", "2024-03-01")]
    [InlineData("3 days after 27 February 2025", "2025-03-02")]
    [InlineData("2 days after 2024-02-28", "2024-03-01")]
    [InlineData("1 day before 1 March 2024", "2024-02-29")]
    [InlineData("one month after 31 January 2025", "2025-02-28")]
    [InlineData("one month after 31 January 2024", "2024-02-29")]
    [InlineData("one year after 29 February 2024", "2025-02-28")]
    [InlineData("four years after 29 February 2024", "2028-02-29")]
    [InlineData("3 days after 30 December 2025", "2026-01-02")]
    [InlineData("a week before 3 January 2025", "2024-12-27")]
    public void Resolve_OffsetsOverLeapDaysAndYearEnds_CountCalendarDays(string phrase, string day) =>
        Resolved(phrase, Bukele).ShouldBe(day, day, day);

    [Theory]
    [InlineData("today", "2024-02-29", "2024-02-29", "2024-02-29", "2024-02-29")]
    [InlineData("tomorrow", "2024-02-29", "2024-03-01", "2024-03-01", "2024-03-01")]
    [InlineData("this month", "2024-02-29", "2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("next month", "2024-02-29", "2024-03", "2024-03-01", "2024-03-31")]
    [InlineData("last month", "2024-02-29", "2024-01", "2024-01-01", "2024-01-31")]
    [InlineData("next year", "2024-02-29", "2025", "2025-01-01", "2025-12-31")]
    [InlineData("a year ago", "2024-02-29", "2023-02-28", "2023-02-28", "2023-02-28")]
    [InlineData("a month ago", "2024-02-29", "2024-01-29", "2024-01-29", "2024-01-29")]
    [InlineData("earlier this month", "2024-02-29", "2024-02-01/2024-02-28", "2024-02-01", "2024-02-28")]
    [InlineData("late this month", "2024-02-29", "2024-02-21~/2024-02-29~", "2024-02-21", "2024-02-29")]
    [InlineData("late February", "2024-03-10", "2024-02-21~/2024-02-29~", "2024-02-21", "2024-02-29")]
    [InlineData("in February", "2024-02-29", "2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("on Thursday", "2024-02-29", "2024-02-29", "2024-02-29", "2024-02-29")]
    [InlineData("next week", "2024-02-29", "2024-03-04/2024-03-10", "2024-03-04", "2024-03-10")]
    [InlineData("29 February", "2025-03-28", "2024-02-29", "2024-02-29", "2024-02-29")]
    [InlineData("29 February", "2024-02-28", "2020-02-29", "2020-02-29", "2020-02-29")]
    [InlineData("29 February", "1904-01-01", "1896-02-29", "1896-02-29", "1896-02-29")]
    public void Resolve_LeapDayAnchorsAndTargets_AreHandled(string phrase, string anchor, string edtf, string earliest, string latest) =>
        Resolved(phrase, D(anchor)).ShouldBe(edtf, earliest, latest);

    [Theory]
    [InlineData("earlier this month", "2025-03-01", "earlier this month has no days before 1 March 2025")]
    [InlineData("earlier this year", "2025-01-01", "earlier this year has no days before 1 January 2025")]
    [InlineData("earlier this week", "2025-03-24", "earlier this week has no days before 24 March 2025")]
    [InlineData("later this month", "2025-03-31", "later this month has no days after 31 March 2025")]
    [InlineData("later this month", "2024-02-29", "later this month has no days after 29 February 2024")]
    [InlineData("later this year", "2025-12-31", "later this year has no days after 31 December 2025")]
    [InlineData("later this week", "2025-03-30", "later this week has no days after 30 March 2025")]
    public void Resolve_EarlierOrLaterWithNoDaysLeft_IsAnError(string phrase, string anchor, string message)
    {
        var error = Failed(phrase, D(anchor));

        error.Position.Should().Be(0);
        error.Message.Should().StartWith(message);
    }

    [Theory]
    [InlineData("yesterday", "0001-01-01")]
    [InlineData("on Friday", "0001-01-01")]
    [InlineData("last week", "0001-01-03")]
    [InlineData("last month", "0001-01-15")]
    [InlineData("last year", "0001-06-01")]
    [InlineData("tomorrow", "9999-12-31")]
    [InlineData("next week", "9999-12-27")]
    [InlineData("next month", "9999-12-01")]
    [InlineData("next year", "9999-06-01")]
    [InlineData("next January", "9999-06-01")]
    [InlineData("in June", "0001-03-01")]
    [InlineData("999999999 years after 2025-01-01", "2025-03-28")]
    [InlineData("999999999 days ago", "2025-03-28")]
    [InlineData("999999999 weeks ago", "2025-03-28")]
    [InlineData("several weeks before 0001-01-10", "2025-03-28")]
    public void Resolve_ResultOutsideYears1To9999_IsAnError(string phrase, string anchor) =>
        Failed(phrase, D(anchor)).Message.Should().Contain("outside the supported years 1 to 9999");

    [Fact]
    public void Resolve_AnchorOutsideYears1To9999_IsAnError()
    {
        var error = Failed("today", new NodaTime.LocalDate(0, 6, 1));

        error.Position.Should().Be(0);
        error.Message.Should().Contain("anchor");
    }

    [Fact]
    public void Resolve_AnchorInAnotherCalendar_IsReadAsTheSameIsoDay()
    {
        var julian = Bukele.WithCalendar(NodaTime.CalendarSystem.Julian);

        var resolved = Resolved("next month", julian);

        resolved.ShouldBe("2025-04", "2025-04-01", "2025-04-30");
        resolved.Anchor.Should().Be(Bukele);
    }
}
