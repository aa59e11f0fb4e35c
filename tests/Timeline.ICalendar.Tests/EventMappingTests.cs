using Annals.Dates;
using Annals.Model;
using NodaTime;

namespace Annals.ICalendar.Tests;

/// <summary>How each part of an event becomes part of a VEVENT.</summary>
public sealed class EventMappingTests
{
    [Theory]
    [InlineData(EventStatus.Occurred, "CONFIRMED", "Meeting")]
    [InlineData(EventStatus.Planned, "TENTATIVE", "Meeting (planned)")]
    [InlineData(EventStatus.Postponed, "TENTATIVE", "Meeting (postponed)")]
    [InlineData(EventStatus.Cancelled, "CANCELLED", "Meeting (cancelled)")]
    public void ToICalendar_Status_SetsStatusAndMarksTheSummary(EventStatus status, string expectedStatus, string expectedSummary)
    {
        var vevent = Ics.Single(Ics.Of(Ics.E("meeting", "2025-05-06", "Meeting") with { Status = status }));

        vevent.Status.Should().Be(expectedStatus);
        vevent.Summary.Should().Be(expectedSummary);
    }

    [Theory]
    [InlineData(EventStatus.Planned, "Planned; it has not taken place yet.")]
    [InlineData(EventStatus.Postponed, "Postponed to a later date.")]
    [InlineData(EventStatus.Cancelled, "Cancelled; it did not take place.")]
    public void ToICalendar_StatusOtherThanOccurred_IsStatedInTheDescription(EventStatus status, string expected)
    {
        var vevent = Ics.Single(Ics.Of(Ics.E("meeting", "2025-05-06", "Meeting") with { Status = status }));

        vevent.Description.Should().Be(expected + "\nConfirmed.");
    }

    [Fact]
    public void ToICalendar_StatusInSummaryOff_KeepsTheTitleAndStillSetsStatus()
    {
        var options = CalendarOptions.Default with { StatusInSummary = false };

        var vevent = Ics.Single(Ics.Of(Ics.E("meeting", "2025-05-06", "Meeting") with { Status = EventStatus.Cancelled }), options);

        vevent.Summary.Should().Be("Meeting");
        vevent.Status.Should().Be("CANCELLED");
    }

    [Theory]
    [InlineData(Certainty.Confirmed, "Confirmed.")]
    [InlineData(Certainty.Reported, "Reported, not confirmed.")]
    [InlineData(Certainty.Alleged, "Alleged, not corroborated.")]
    [InlineData(Certainty.Disputed, "Disputed: reported, and contested by a party to the event.")]
    public void ToICalendar_Certainty_IsStatedInWords(Certainty certainty, string expected)
    {
        var vevent = Ics.Single(Ics.Of(Ics.E("meeting", "2025-05-06") with { Certainty = certainty, Summary = "They met." }));

        vevent.Description.Should().Be("They met.\n\n" + expected);
        vevent.Status.Should().Be("CONFIRMED", "STATUS is about whether the event took place, not how sure the record is");
    }

    [Fact]
    public void ToICalendar_ExactDay_IsOneAllDayEventWithoutADateLine()
    {
        var vevent = Ics.Single(Ics.Of(Ics.E("meeting", "2025-05-06")));

        vevent.IsAllDay.Should().BeTrue();
        vevent.DtStart!.Date.Should().Be(new DateOnly(2025, 5, 6));
        vevent.DtEnd!.Date.Should().Be(new DateOnly(2025, 5, 7));
        vevent.Description.Should().Be("Confirmed.");
    }

    public static TheoryData<string, DateOnly, DateOnly, string> ImpreciseDates { get; } = new()
    {
        { "2025-04~", new(2025, 4, 1), new(2025, 5, 1), "Date: approximately April 2025 (EDTF 2025-04~); the exact day is not known." },
        { "2025-04-14~", new(2025, 4, 14), new(2025, 4, 15), "Date: approximately 14 April 2025 (EDTF 2025-04-14~)." },
        { "2025-04-14?", new(2025, 4, 14), new(2025, 4, 15), "Date: possibly 14 April 2025 (EDTF 2025-04-14?)." },
        { "2025-21", new(2025, 3, 1), new(2025, 6, 1), "Date: spring 2025 (EDTF 2025-21); the exact day is not known." },
        { "2024", new(2024, 1, 1), new(2025, 1, 1), "Date: 2024 (EDTF 2024); the exact day is not known." },
        { "2025-03/2025-04", new(2025, 3, 1), new(2025, 5, 1), "Date: March–April 2025 (EDTF 2025-03/2025-04); the exact first and last days are not known, so this entry spans every possible day." },
        { "[2025-03-15,2025-03-17]", new(2025, 3, 15), new(2025, 3, 18), "Date: one of 15 March 2025, 17 March 2025 (EDTF [2025-03-15,2025-03-17]); the exact day is not known." },
        { "{2025-03-15,2025-03-17}", new(2025, 3, 15), new(2025, 3, 18), "Date: all of 15 March 2025, 17 March 2025 (EDTF {2025-03-15,2025-03-17}); this entry spans from the first to the last of these dates." },
    };

    [Theory]
    [MemberData(nameof(ImpreciseDates))]
    public void ToICalendar_ImpreciseDate_SpansEveryPossibleDayAndSaysSo(string edtf, DateOnly start, DateOnly endExclusive, string dateLine)
    {
        var vevent = Ics.Single(Ics.Of(Ics.E("meeting", edtf)));

        vevent.IsAllDay.Should().BeTrue();
        vevent.DtStart!.Date.Should().Be(start);
        vevent.DtEnd!.Date.Should().Be(endExclusive);
        vevent.Description.Should().Be(dateLine + "\nConfirmed.");
    }

    [Theory]
    [InlineData("2025-04/..")]
    [InlineData("2025-04/")]
    [InlineData("../2025-04-14")]
    [InlineData("/2025-04-14")]
    public void ToICalendar_OpenOrUnknownEnd_SkipsTheEventByDefault(string edtf)
    {
        var timeline = Ics.Of(Ics.E("ongoing", edtf), Ics.E("meeting", "2025-05-06"));

        Ics.Export(timeline).Events.Select(e => e.Uid).Should().Equal("meeting@annals.timeline");
        ChronologyCalendar.FindSkipped(timeline).Select(e => e.Id).Should().Equal("ongoing");
    }

    [Fact]
    public void ToICalendar_OpenEndWithUseKnownBound_IsOneDayOnTheFirstPossibleDay()
    {
        var options = CalendarOptions.Default with { OpenDates = OpenDatePolicy.UseKnownBound };
        var timeline = Ics.Of(Ics.E("ongoing", "2025-04/.."));

        var vevent = Ics.Single(timeline, options);

        vevent.DtStart!.Date.Should().Be(new DateOnly(2025, 4, 1));
        vevent.DtEnd!.Date.Should().Be(new DateOnly(2025, 4, 2));
        vevent.Description.Should().Be(
            "Date: from April 2025 (open end) (EDTF 2025-04/..); the end is open or unknown, so this entry shows only the first possible day.\nConfirmed.");
        ChronologyCalendar.FindSkipped(timeline, options).Should().BeEmpty();
    }

    [Fact]
    public void ToICalendar_OpenStartWithUseKnownBound_IsOneDayOnTheLastPossibleDay()
    {
        var options = CalendarOptions.Default with { OpenDates = OpenDatePolicy.UseKnownBound };

        var vevent = Ics.Single(Ics.Of(Ics.E("until", "../2025-04-14")), options);

        vevent.DtStart!.Date.Should().Be(new DateOnly(2025, 4, 14));
        vevent.DtEnd!.Date.Should().Be(new DateOnly(2025, 4, 15));
        vevent.Description.Should().Contain("(EDTF ../2025-04-14); the start is open or unknown, so this entry shows only the last possible day.");
    }

    [Theory]
    [InlineData("-0044-03-15")]
    [InlineData("0000-06")]
    public void ToICalendar_DateBeforeYearOne_IsSkippedBecauseICalendarCannotWriteIt(string edtf)
    {
        var timeline = Ics.Of(Ics.E("ides", edtf), Ics.E("meeting", "2025-05-06"));

        Ics.Export(timeline).Events.Should().ContainSingle(e => e.Uid == "meeting@annals.timeline");
        ChronologyCalendar.FindSkipped(timeline).Select(e => e.Id).Should().Equal("ides");
    }

    [Fact]
    public void ToICalendar_DayBeforeTheLastWritableEnd_IsKept()
    {
        var vevent = Ics.Single(Ics.Of(Ics.E("far", "9999-12-30")));

        vevent.DtEnd!.Date.Should().Be(new DateOnly(9999, 12, 31));
        ChronologyCalendar.FindSkipped(Ics.Of(Ics.E("farther", "9999-12-31"))).Should().ContainSingle();
    }

    [Fact]
    public void ToICalendar_UidDomain_IsUsedAfterTheEventId()
    {
        var options = CalendarOptions.Default with { UidDomain = "chronologies.example.org" };

        Ics.Single(Ics.Of(Ics.E("meeting", "2025-05-06")), options).Uid.Should().Be("meeting@chronologies.example.org");
    }

    [Fact]
    public void ToICalendar_NoRecordedDay_StampsWithTheDefaultTimestampInWholeSeconds()
    {
        var options = CalendarOptions.Default with
        {
            DefaultTimestamp = Instant.FromUtc(2024, 12, 31, 23, 59, 58) + Duration.FromMilliseconds(999),
        };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(Ics.E("meeting", "2025-05-06")), options);

        Ics.Values(ics, "DTSTAMP").Should().Equal("20241231T235958Z");
    }

    [Fact]
    public void ToICalendar_RecordedDayAndHistory_SetStampAndSequence()
    {
        var item = Ics.E("meeting", "2025-05-06") with
        {
            Recorded = new LocalDate(2025, 5, 7),
            History =
            [
                new EventRevision(new LocalDate(2025, 4, 1)) { Status = EventStatus.Planned },
                new EventRevision(new LocalDate(2025, 4, 20)) { Date = Ics.D("2025-05-06?") },
            ],
        };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        Ics.Values(ics, "DTSTAMP").Should().Equal("20250507T000000Z");
        Ics.Values(ics, "SEQUENCE").Should().Equal("2");
    }

    [Fact]
    public void ToICalendar_Location_WritesNameAsLocationAndPointAsGeo()
    {
        var withPoint = Ics.E("a", "2025-05-06") with { Location = new Location("Casa Presidencial, San Salvador", new CountryCode("SLV"), new GeoPoint(13.6929, -89.2182)) };
        var pointOnly = Ics.E("b", "2025-05-07") with { Location = new Location(point: new GeoPoint(-33.8688, 151.2093)) };
        var countryOnly = Ics.E("c", "2025-05-08") with { Location = new Location(country: new CountryCode("SLV")) };

        var calendar = Ics.Export(Ics.Of(withPoint, pointOnly, countryOnly));

        var a = Ics.Find(calendar, "a");
        a.Location.Should().Be("Casa Presidencial, San Salvador");
        a.GeographicLocation!.Latitude.Should().Be(13.6929);
        a.GeographicLocation.Longitude.Should().Be(-89.2182);
        var b = Ics.Find(calendar, "b");
        b.Location.Should().BeNull();
        b.GeographicLocation!.Latitude.Should().Be(-33.8688);
        b.GeographicLocation.Longitude.Should().Be(151.2093);
        var c = Ics.Find(calendar, "c");
        c.Location.Should().BeNull();
        c.GeographicLocation.Should().BeNull();
    }

    [Fact]
    public void ToICalendar_KindAndTags_BecomeCategoriesWithoutDuplicates()
    {
        var tagged = Ics.E("a", "2025-05-06") with { Kind = EventKind.Visit, Tags = ["migration", "visit", "a, b; c", "migration"] };
        var bare = Ics.E("b", "2025-05-07");

        var calendar = Ics.Export(Ics.Of(tagged, bare));

        Ics.Find(calendar, "a").Categories.Should().Equal("visit", "migration", "a, b; c");
        Ics.Find(calendar, "b").Categories.Should().BeEmpty();
    }

    [Fact]
    public void ToICalendar_Sources_UrlIsTheFirstWebLink()
    {
        var item = Ics.E("a", "2025-05-06") with
        {
            Sources =
            [
                new Source("No link"),
                new Source("Second") { Url = "https://www.example.org/news/2025/05/06/meeting?lang=en#top" },
                new Source("Third") { Url = "https://www.example.com/" },
            ],
        };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        Ics.Values(ics, "URL").Should().Equal("https://www.example.org/news/2025/05/06/meeting?lang=en#top");
        Ics.Load(ics).Events.Single().Url.Should().Be(new Uri("https://www.example.org/news/2025/05/06/meeting?lang=en#top"));
    }

    [Fact]
    public void ToICalendar_SourceUrlWithNonAsciiPath_IsWrittenInEscapedForm()
    {
        var item = Ics.E("a", "2025-05-06") with { Sources = [new Source("Diario") { Url = "https://example.org/noticias/reunión" }] };

        var ics = ChronologyCalendar.ToICalendar(Ics.Of(item));

        Ics.Values(ics, "URL").Should().Equal("https://example.org/noticias/reuni%C3%B3n");
        Ics.Load(ics).Events.Single().Description.Should().Contain("\n  https://example.org/noticias/reunión", "the description keeps the link as written");
    }

    [Fact]
    public void ToICalendar_SourceWithEveryField_IsDescribedOnIndentedLines()
    {
        var item = Ics.E("a", "2025-05-06") with
        {
            Sources =
            [
                new Source("The White House")
                {
                    Author = "Press Office",
                    Kind = SourceKind.Official,
                    Published = Ics.D("2025-05-06"),
                    Title = "Readout of the meeting",
                    Url = "https://www.whitehouse.gov/briefings/readout",
                    Quote = "A productive meeting.",
                },
                new Source("Daily Paper") { Kind = SourceKind.News, Published = Ics.D("2025-05~") },
            ],
        };

        var vevent = Ics.Single(Ics.Of(item));

        vevent.Description.Should().Be(
            "Confirmed.\n\n" +
            "Sources:\n" +
            "- The White House (Press Office), official, 6 May 2025\n" +
            "  Title: Readout of the meeting\n" +
            "  https://www.whitehouse.gov/briefings/readout\n" +
            "  Quote: \"A productive meeting.\"\n" +
            "- Daily Paper, news, approximately May 2025");
    }

    [Fact]
    public void ToICalendar_ParticipantWithoutCertainOffice_IsNamedPlainly()
    {
        var actors = new[]
        {
            new Actor("bukele", "Nayib Bukele") { Offices = [new Office("Salvadoran President", Ics.D("2019-06-01/.."))] },
            new Actor("unesco", "UNESCO", ActorKind.Organization),
        };
        var before = Ics.E("before", "2019") with { Participants = [Participant.Visitor("bukele"), Participant.Host("unesco")] };
        var during = Ics.E("during", "2020-02-10") with { Participants = [new Participant("bukele", ParticipantRole.Speaker)] };

        var calendar = Ics.Export(Ics.Of(actors, before, during));

        Ics.Find(calendar, "before").Description.Should().EndWith("Participants:\n- Nayib Bukele (visitor)\n- UNESCO (host)");
        Ics.Find(calendar, "during").Description.Should().EndWith("Participants:\n- Salvadoran President Nayib Bukele (speaker)");
    }

    [Fact]
    public void ToICalendar_TimelineWithoutTitleOrDescription_WritesNoCalendarName()
    {
        var timeline = Annals.Timelines.Timeline.Create([Ics.E("a", "2025-05-06")]);

        var ics = ChronologyCalendar.ToICalendar(timeline);

        ics.Should().NotContain("X-WR-CALNAME").And.NotContain("X-WR-CALDESC");
        Ics.Load(ics).Events.Should().ContainSingle();
    }

    [Fact]
    public void ToICalendar_EmptyTimeline_IsAValidCalendarWithNoEvents()
    {
        var ics = ChronologyCalendar.ToICalendar(Annals.Timelines.Timeline.Empty);

        ics.Should().Be("BEGIN:VCALENDAR\r\nCALSCALE:GREGORIAN\r\nPRODID:-//Annals//Timeline//EN\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    }

    [Fact]
    public void ToICalendar_NullTimeline_Throws()
    {
        var act = () => ChronologyCalendar.ToICalendar(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("timeline");
    }
}
