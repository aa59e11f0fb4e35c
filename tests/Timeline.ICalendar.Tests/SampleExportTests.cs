using Annals.Model;
using NodaTime;

namespace Annals.ICalendar.Tests;

/// <summary>The built-in sample, exported and read back with Ical.Net.</summary>
public sealed class SampleExportTests
{
    private static readonly string SampleIcs = ChronologyCalendar.ToICalendar(Samples.ElSalvadorUnitedStates2025);

    public static TheoryData<string, string, string> Spans { get; } = new()
    {
        { "biden-declines-bukele-meeting", "2021-01-01", "2022-01-01" },
        { "trump-inauguration", "2025-01-20", "2025-01-21" },
        { "trump-bukele-call", "2025-01-20", "2025-01-30" },
        { "rubio-visits-el-salvador", "2025-02-03", "2025-02-04" },
        { "migration-agreement-offered", "2025-02-03", "2025-02-04" },
        { "deportations-to-el-salvador", "2025-03-15", "2025-03-17" },
        { "white-house-visit-reported", "2025-03-28", "2025-03-29" },
        { "bukele-diet-coke-reply", "2025-03-28", "2025-03-29" },
        { "bukele-white-house-visit", "2025-04-14", "2025-04-15" },
    };

    [Fact]
    public void ToICalendar_Sample_WritesOneEventPerSampleEventInTimelineOrder()
    {
        var calendar = Ics.Load(SampleIcs);

        calendar.Events.Select(e => e.Uid).Should().Equal(
            Samples.ElSalvadorUnitedStates2025.Events.Select(e => e.Id + "@annals.timeline"));
        calendar.Events.Should().HaveCount(9);
        calendar.TimeZones.Should().BeEmpty("the sample has no date-times");
    }

    [Fact]
    public void ToICalendar_Sample_WritesTheCalendarProperties()
    {
        var calendar = Ics.Load(SampleIcs);

        calendar.ProductId.Should().Be("-//Annals//Timeline//EN");
        calendar.Version.Should().Be("2.0");
        calendar.Scale.Should().Be("GREGORIAN");
        calendar.Properties["X-WR-CALNAME"]!.Value.Should().Be("El Salvador–United States relations, 2021–2025");
        calendar.Properties["X-WR-CALDESC"]!.Value.Should().Be(Samples.ElSalvadorUnitedStates2025.Description);
        calendar.Method.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Spans))]
    public void ToICalendar_SampleEvent_IsAnAllDaySpanWithExclusiveEnd(string id, string start, string end)
    {
        var vevent = Ics.Find(Ics.Load(SampleIcs), id);

        vevent.IsAllDay.Should().BeTrue();
        vevent.DtStart!.HasTime.Should().BeFalse();
        vevent.DtEnd!.HasTime.Should().BeFalse();
        vevent.DtStart.Date.Should().Be(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        vevent.DtEnd.Date.Should().Be(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        Ics.EventLines(SampleIcs, id).Should().Contain("DTSTART;VALUE=DATE:" + start.Replace("-", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void ToICalendar_Sample_EveryEventOccurredSoIsConfirmedWithItsTitleAsSummary()
    {
        var calendar = Ics.Load(SampleIcs);

        foreach (var item in Samples.ElSalvadorUnitedStates2025.Events)
        {
            var vevent = Ics.Find(calendar, item.Id);
            vevent.Status.Should().Be("CONFIRMED");
            vevent.Summary.Should().Be(item.Title);
            vevent.Transparency.Should().Be("TRANSPARENT");
        }
    }

    [Fact]
    public void ToICalendar_SampleWhiteHouseVisit_HasLocationGeoStampAndSequence()
    {
        var vevent = Ics.Find(Ics.Load(SampleIcs), "bukele-white-house-visit");

        vevent.Location.Should().Be("The White House, Washington, D.C.");
        vevent.GeographicLocation!.Latitude.Should().Be(38.8977);
        vevent.GeographicLocation.Longitude.Should().Be(-77.0365);
        vevent.Sequence.Should().Be(1, "the event has one earlier state");
        vevent.DtStamp!.IsUtc.Should().BeTrue();
        Ics.EventLines(SampleIcs, "bukele-white-house-visit").Should()
            .Contain("DTSTAMP:20250414T000000Z")
            .And.Contain("GEO:38.897700;-77.036500");
        vevent.Url.Should().BeNull("no source of the visit has a link");
    }

    [Fact]
    public void ToICalendar_SampleCall_StatesTheImpreciseDateInWords()
    {
        var vevent = Ics.Find(Ics.Load(SampleIcs), "trump-bukele-call");

        vevent.Description.Should().StartWith("A few days after Trump took office,")
            .And.Contain("\n\nDate: approximately day 20–29 of January 2025 (EDTF 2025-01-2X~); the exact day is not known.\nConfirmed.");
    }

    [Fact]
    public void ToICalendar_SampleDeclinedMeeting_StatesTheYearTheDisputeAndTheAnonymousSource()
    {
        var vevent = Ics.Find(Ics.Load(SampleIcs), "biden-declines-bukele-meeting");

        vevent.Description.Should()
            .Contain("Date: 2021 (EDTF 2021); the exact day is not known.\nDisputed: reported, and contested by a party to the event.")
            .And.Contain("Sources:\n- NBC News, anonymous sources\n  Quote: \"sign of support\"");
        vevent.Location.Should().Be("United States");
        vevent.GeographicLocation.Should().BeNull();
        vevent.Categories.Should().Equal("reject-meeting", "disputed-account");
    }

    [Fact]
    public void ToICalendar_SampleDeportations_StatesTheTwoDayIntervalWithoutCallingItUnknown()
    {
        var vevent = Ics.Find(Ics.Load(SampleIcs), "deportations-to-el-salvador");

        vevent.Description.Should().Contain("\n\nDate: 15–16 March 2025 (EDTF 2025-03-15/2025-03-16).\nConfirmed.")
            .And.NotContain("not known");
    }

    [Fact]
    public void ToICalendar_SampleReport_SaysReportedNotConfirmedAndCitesTheSocialPost()
    {
        var vevent = Ics.Find(Ics.Load(SampleIcs), "white-house-visit-reported");

        vevent.Description.Should().Contain("No date was announced.")
            .And.Contain("\n\nReported, not confirmed.\n\n")
            .And.Contain("- Nick Sortor (@nicksortor), social media, 28 March 2025\n  Quote: \"🚨 JUST IN: President Trump will be hosting El Salvador President Nayib Bukele at the White House next month\"");
        vevent.Description.Should().NotContain("Date:", "an exact day needs no explanation");
    }

    [Fact]
    public void ToICalendar_SampleRubioVisit_NamesParticipantsWithTheirOfficesAndRoles()
    {
        var vevent = Ics.Find(Ics.Load(SampleIcs), "rubio-visits-el-salvador");

        vevent.Description.Should().Be(
            "Confirmed.\n\n" +
            "Participants:\n- U.S. Secretary of State Marco Rubio (visitor)\n- Salvadoran President Nayib Bukele (host)\n\n" +
            "Sources:\n- Nayib Bukele (@nayibbukele), social media, 3 February 2025\n  Quote: \"🇸🇻🤝🏼🇺🇸\"");
    }

    [Fact]
    public void ToICalendar_SampleDeportations_NamesStatesAndBothSources()
    {
        var vevent = Ics.Find(Ics.Load(SampleIcs), "deportations-to-el-salvador");

        vevent.Description.Should().Contain("Participants:\n- United States (sender)\n- El Salvador (receiver)")
            .And.Contain("- Nayib Bukele (@nayibbukele), social media, 16 March 2025\n  Quote: \"Oopsie… Too late 😂\"\n- Marco Rubio (@SecRubio), social media, 16 March 2025");
    }

    [Fact]
    public void ToICalendar_Sample_CategoriesHoldTheKindThenTheTags()
    {
        var calendar = Ics.Load(SampleIcs);

        Ics.Find(calendar, "trump-bukele-call").Categories.Should().Equal("call", "migration", "gangs");
        Ics.Find(calendar, "trump-inauguration").Categories.Should().Equal("x-inauguration");
        Ics.Find(calendar, "bukele-diet-coke-reply").Categories.Should().Equal("statement");
    }

    [Fact]
    public void ToICalendar_Sample_StampsEachEventWithItsRecordedDayOrTheDefault()
    {
        var stamps = Samples.ElSalvadorUnitedStates2025.Events.ToDictionary(
            e => e.Id,
            e => Ics.EventLines(SampleIcs, e.Id).Single(l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal)));

        stamps["rubio-visits-el-salvador"].Should().Be("DTSTAMP:20250203T000000Z");
        stamps["deportations-to-el-salvador"].Should().Be("DTSTAMP:20250316T000000Z");
        stamps["white-house-visit-reported"].Should().Be("DTSTAMP:20250328T000000Z");
        stamps["bukele-white-house-visit"].Should().Be("DTSTAMP:20250414T000000Z");
        stamps["trump-inauguration"].Should().Be("DTSTAMP:20000101T000000Z");
        stamps["biden-declines-bukele-meeting"].Should().Be("DTSTAMP:20000101T000000Z");
    }

    [Fact]
    public void ToICalendar_SampleAsOfLateMarch_ShowsTheWhiteHouseVisitAsPlannedForApril()
    {
        var asOf = Samples.ElSalvadorUnitedStates2025.AsOf(new LocalDate(2025, 3, 30));

        var ics = ChronologyCalendar.ToICalendar(asOf);
        var vevent = Ics.Find(Ics.Load(ics), "bukele-white-house-visit");

        vevent.Summary.Should().Be("Bukele visits Trump at the White House (planned)");
        vevent.Status.Should().Be("TENTATIVE");
        vevent.DtStart!.Date.Should().Be(new DateOnly(2025, 4, 1));
        vevent.DtEnd!.Date.Should().Be(new DateOnly(2025, 5, 1));
        vevent.Sequence.Should().Be(0);
        vevent.Description.Should().Be(
            "An official visit to Washington, planned for April 2025; no date had been announced.\n\n" +
            "Date: April 2025 (EDTF 2025-04); the exact day is not known.\n" +
            "Planned; it has not taken place yet.\n" +
            "Reported, not confirmed.\n\n" +
            "Participants:\n- Salvadoran President Nayib Bukele (visitor)\n- U.S. President Donald Trump (host)\n\n" +
            "Sources:\n- Nick Sortor (@nicksortor), social media, 28 March 2025\n" +
            "  Quote: \"🚨 JUST IN: President Trump will be hosting El Salvador President Nayib Bukele at the White House next month\"");
        Ics.EventLines(ics, "bukele-white-house-visit").Should().Contain("DTSTAMP:20250328T000000Z");
    }

    [Fact]
    public void FindSkipped_Sample_IsEmpty()
    {
        ChronologyCalendar.FindSkipped(Samples.ElSalvadorUnitedStates2025).Should().BeEmpty();
    }
}
