using System.Globalization;
using System.Text;
using Annals.Model;
using Annals.Timelines;
using NodaTime;

namespace Annals.ICalendar.Tests;

/// <summary>The same input gives the same bytes, whatever the machine's culture, time zone or clock.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void ToICalendar_TwoRuns_AreByteIdentical()
    {
        var timeline = Mixed();

        var first = ChronologyCalendar.ToICalendar(timeline);
        var second = ChronologyCalendar.ToICalendar(timeline);

        second.Should().Be(first);
        ChronologyCalendar.ToICalendar(Samples.ElSalvadorUnitedStates2025)
            .Should().Be(ChronologyCalendar.ToICalendar(Samples.ElSalvadorUnitedStates2025));
    }

    [Fact]
    public void ToICalendar_ConcurrentRuns_AreByteIdentical()
    {
        var timeline = Mixed();
        var expected = ChronologyCalendar.ToICalendar(timeline);
        var results = new string[32];

        Parallel.For(0, results.Length, i => results[i] = ChronologyCalendar.ToICalendar(timeline));

        results.Should().OnlyContain(r => r == expected);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("ja-JP-u-ca-japanese")]
    public void ToICalendar_UnderAnotherCulture_IsByteIdentical(string culture)
    {
        var timeline = Mixed();
        var expected = ChronologyCalendar.ToICalendar(timeline);
        var expectedSample = ChronologyCalendar.ToICalendar(Samples.ElSalvadorUnitedStates2025);

        var (originalCulture, originalUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        string actual;
        string actualSample;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            actual = ChronologyCalendar.ToICalendar(timeline);
            actualSample = ChronologyCalendar.ToICalendar(Samples.ElSalvadorUnitedStates2025);
        }
        finally
        {
            CultureInfo.CurrentCulture = originalCulture;
            CultureInfo.CurrentUICulture = originalUi;
        }

        actual.Should().Be(expected);
        actualSample.Should().Be(expectedSample);
    }

    [Fact]
    public void ToICalendar_Sample_StampsNothingWithTheCurrentTime()
    {
        var ics = ChronologyCalendar.ToICalendar(Samples.ElSalvadorUnitedStates2025);
        var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

        var stamps = Ics.Values(ics, "DTSTAMP");

        stamps.Should().HaveCount(9).And.OnlyContain(s => !s.StartsWith(today, StringComparison.Ordinal));
        stamps.Distinct().Should().BeEquivalentTo("20000101T000000Z", "20250203T000000Z", "20250316T000000Z", "20250328T000000Z", "20250414T000000Z");
    }

    [Fact]
    public void ToICalendar_EventsWithoutRecordedDays_CarryNoDateFromTheClock()
    {
        // Every date in this timeline is in the 1990s, and no event has a recorded day, so any 20xx date or time in the
        // output other than the default stamp would have come from the machine.
        var timeline = Ics.Of(
            Ics.E("a", "1990-03-04"),
            Ics.E("b", "1991-05~"),
            Ics.E("c", "1992-07-08T09:10:11") with { TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"] });

        var ics = ChronologyCalendar.ToICalendar(timeline);

        Ics.Values(ics, "DTSTAMP").Should().Equal("20000101T000000Z", "20000101T000000Z", "20000101T000000Z");
        var years = System.Text.RegularExpressions.Regex.Matches(ics, @"\b(19|20)\d\d(?=\d{4})").Select(m => m.Value).Distinct();
        years.Should().BeSubsetOf(["1990", "1991", "1992", "2000"]);
    }

    [Fact]
    public void ToICalendar_Output_HoldsNoMachineDependentValues()
    {
        var ics = ChronologyCalendar.ToICalendar(Mixed());

        ics.Should().NotContain("ical.net", "the PRODID is the package's, not the library's with its version");
        ics.Should().NotContain(Environment.MachineName);
        ics.Should().NotContain(TimeZoneInfo.Local.Id, "the machine's time zone is never used");
        ics.Should().NotContain("X-LIC-LOCATION");
    }

    [Fact]
    public void ToICalendar_Output_EndsEveryLineWithCrLfAndFoldsAt75Octets()
    {
        foreach (var timeline in new[] { Samples.ElSalvadorUnitedStates2025, Mixed() })
        {
            var ics = ChronologyCalendar.ToICalendar(timeline);

            ics.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\r").And.NotContain("\n");
            var lines = Ics.PhysicalLines(ics);
            lines.Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75);
            lines.Should().OnlyContain(l => l.Length > 0);
            lines.Skip(1).Where(l => l[0] == ' ').Should().NotBeEmpty("long lines are folded");
            Ics.StrictUtf8.GetString(Ics.StrictUtf8.GetBytes(ics)).Should().Be(ics);
            lines[0].Should().Be("BEGIN:VCALENDAR");
            lines[^1].Should().Be("END:VCALENDAR");
        }
    }

    [Fact]
    public void Write_TextWriter_WritesTheSameTextWhateverItsNewLine()
    {
        var timeline = Mixed();
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        ChronologyCalendar.Write(timeline, writer);

        writer.ToString().Should().Be(ChronologyCalendar.ToICalendar(timeline));
    }

    [Fact]
    public void Write_Stream_WritesUtf8WithoutByteOrderMark()
    {
        var timeline = Mixed();
        using var stream = new MemoryStream();

        ChronologyCalendar.Write(timeline, stream);

        stream.ToArray().Should().Equal(new UTF8Encoding(false).GetBytes(ChronologyCalendar.ToICalendar(timeline)));
        stream.ToArray().Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        var timeline = Mixed();

        ((Action)(() => ChronologyCalendar.Write(timeline, (TextWriter)null!))).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        ((Action)(() => ChronologyCalendar.Write(timeline, (Stream)null!))).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        ((Action)(() => ChronologyCalendar.Write(null!, Stream.Null))).Should().Throw<ArgumentNullException>().WithParameterName("timeline");
    }

    /// <summary>A timeline with a bit of everything: imprecise and timed dates, zones, hostile and long text.</summary>
    internal static Timeline Mixed() => Ics.Of(
        [new Actor("bukele", "Nayib Bukele"), new Actor("trump", "Donald Trump")],
        Ics.E("a", "2025-04~", "Approximately in April, a, b; c") with { Status = EventStatus.Planned, Certainty = Certainty.Reported },
        Ics.E("b", "2025-04-14T15:30:00", "Meeting in the Oval Office 🇸🇻🤝🏼🇺🇸") with
        {
            TimeZone = DateTimeZoneProviders.Tzdb["America/New_York"],
            Participants = [Participant.Visitor("bukele"), Participant.Host("trump")],
            Location = new Location("The White House", new CountryCode("USA"), new GeoPoint(38.8977, -77.0365)),
            Summary = string.Concat(Enumerable.Repeat("A long summary with commas, semicolons; and emoji 😂. ", 6)),
            Sources = [new Source("Reuters") { Url = "https://www.reuters.com/world/", Quote = "مرحبا بالعالم" }],
            Recorded = new LocalDate(2025, 4, 15),
        },
        Ics.E("c", "2025-03-15/2025-03-16", "İstanbul ıi"),
        Ics.E("d", "2025-04-14T10:00:00+02:00"));
}
