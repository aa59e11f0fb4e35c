using Annals.Dates;
using NodaTime;

namespace Annals.ICalendar.Tests;

/// <summary>Date-times: a timed DTSTART in the right zone, and the VTIMEZONE it needs.</summary>
public sealed class TimedEventTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    [Fact]
    public void ToICalendar_LocalTimeWithEventZone_WritesTzidAndNoEnd()
    {
        var item = Ics.E("talks", "2025-04-14T15:30:00") with { TimeZone = NewYork };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));
        var vevent = Ics.Load(ics).Events.Single();

        Ics.EventLines(ics, "talks").Should().Contain("DTSTART;TZID=America/New_York:20250414T153000")
            .And.NotContain(l => l.StartsWith("DTEND", StringComparison.Ordinal));
        vevent.IsAllDay.Should().BeFalse();
        vevent.DtStart!.TzId.Should().Be("America/New_York");
        vevent.DtStart.AsUtc.Should().Be(new DateTime(2025, 4, 14, 19, 30, 0, DateTimeKind.Utc));
        vevent.Description.Should().Be("Confirmed.", "an exact time needs no explanation");
    }

    [Fact]
    public void ToICalendar_UtcTimeWithoutZone_WritesUtc()
    {
        var ics = ChronologyCalendar.ToICalendar(Ics.Of(Ics.E("talks", "2025-04-14T19:30:00Z")));

        Ics.Values(ics, "DTSTART").Should().Equal("20250414T193000Z");
        ics.Should().NotContain("VTIMEZONE");
    }

    [Fact]
    public void ToICalendar_OffsetTimeWithoutZone_IsConvertedToUtc()
    {
        var ics = ChronologyCalendar.ToICalendar(Ics.Of(Ics.E("talks", "2025-04-14T15:30:00-04:00")));

        Ics.Values(ics, "DTSTART").Should().Equal("20250414T193000Z");
    }

    [Fact]
    public void ToICalendar_OffsetTimeWithEventZone_IsWrittenAsWallClockTimeInThatZone()
    {
        var item = Ics.E("talks", "2025-04-14T15:30:00-04:00") with { TimeZone = Paris };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        Ics.EventLines(ics, "talks").Should().Contain("DTSTART;TZID=Europe/Paris:20250414T213000");
        Ics.Load(ics).Events.Single().DtStart!.AsUtc.Should().Be(new DateTime(2025, 4, 14, 19, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void ToICalendar_LocalTimeWithoutAnyZone_IsFloating()
    {
        var ics = ChronologyCalendar.ToICalendar(Ics.Of(Ics.E("talks", "2025-04-14T15:30:00")));

        Ics.Values(ics, "DTSTART").Should().Equal("20250414T153000");
        Ics.Load(ics).Events.Single().DtStart!.IsFloating.Should().BeTrue();
    }

    [Fact]
    public void ToICalendar_ZonedDate_UsesItsOwnZoneOverTheEventZone()
    {
        var zoned = new LocalDateTime(2025, 4, 14, 15, 30).InZoneStrictly(NewYork);
        var item = new Annals.Model.Event("talks", "Talks", EdtfDate.FromZoned(zoned)) { TimeZone = Paris };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        Ics.EventLines(ics, "talks").Should().Contain("DTSTART;TZID=America/New_York:20250414T153000");
        Ics.Values(ics, "TZID").Should().Equal("America/New_York");
    }

    [Fact]
    public void ToICalendar_TimedEvent_AddsAVTimeZoneWithTheObservanceInForce()
    {
        var item = Ics.E("talks", "2025-04-14T15:30:00") with { TimeZone = NewYork };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        var lines = Ics.ContentLines(ics);
        var begin = lines.ToList().IndexOf("BEGIN:VTIMEZONE");
        lines.Skip(begin).TakeWhile(l => l != "END:VTIMEZONE").Should().Equal(
            "BEGIN:VTIMEZONE",
            "TZID:America/New_York",
            "BEGIN:DAYLIGHT",
            "DTSTART:20250309T020000",
            "TZNAME:EDT",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400",
            "END:DAYLIGHT");
        begin.Should().BeLessThan(lines.ToList().IndexOf("BEGIN:VEVENT"), "time zones come before the events that use them");
    }

    [Fact]
    public void ToICalendar_TimedEventLongAgo_TakesTheObservanceFromTheTzDatabaseNotFromToday()
    {
        var item = Ics.E("talks", "1990-01-10T09:00:00") with { TimeZone = NewYork };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        var lines = Ics.ContentLines(ics);
        lines.Should().ContainInOrder("BEGIN:STANDARD", "DTSTART:19891029T020000", "TZNAME:EST", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD");
        Ics.Load(ics).Events.Single().DtStart!.AsUtc.Should().Be(new DateTime(1990, 1, 10, 14, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void ToICalendar_AmbiguousLocalTime_IncludesBothObservances()
    {
        var item = Ics.E("talks", "2025-11-02T01:30:00") with { TimeZone = NewYork };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        Ics.Values(ics, "TZNAME").Should().Equal("EDT", "EST");
        Ics.Values(ics, "DTSTART").Should().Equal("20250309T020000", "20251102T020000", "20251102T013000");
    }

    [Fact]
    public void ToICalendar_TimesInSeveralZones_WritesOneVTimeZonePerZoneInTzidOrder()
    {
        var timeline = Ics.Of(
            Ics.E("a", "2025-04-14T15:30:00") with { TimeZone = Paris },
            Ics.E("b", "2025-04-15T10:00:00") with { TimeZone = NewYork },
            Ics.E("c", "2025-12-15T10:00:00") with { TimeZone = NewYork },
            Ics.E("d", "2025-04-16T10:00:00") with { TimeZone = NewYork });

        var ics = ChronologyCalendar.ToICalendar(timeline);

        Ics.Values(ics, "TZID").Should().Equal("America/New_York", "Europe/Paris");
        Ics.Values(ics, "TZNAME").Should().Equal("EDT", "EST", "CEST");
    }

    [Fact]
    public void ToICalendar_ZoneUnknownToReaders_IsResolvedThroughTheWrittenVTimeZone()
    {
        var fixedZone = DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(5, 45));
        var item = Ics.E("talks", "2025-04-14T15:30:00") with { TimeZone = fixedZone };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        Ics.Values(ics, "TZID").Should().Equal(fixedZone.Id);
        Ics.Values(ics, "TZOFFSETTO").Should().Equal("+0545");
        Ics.Load(ics).Events.Single().DtStart!.AsUtc.Should().Be(new DateTime(2025, 4, 14, 9, 45, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void ToICalendar_AllDayEventWithZone_IgnoresTheZone()
    {
        var item = Ics.E("visit", "2025-04-14") with { TimeZone = NewYork };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        Ics.Values(ics, "DTSTART").Should().Equal("20250414");
        ics.Should().NotContain("TZID");
    }
}
