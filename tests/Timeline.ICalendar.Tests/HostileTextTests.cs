using System.Text;
using Annals.Model;

namespace Annals.ICalendar.Tests;

/// <summary>User text with the characters iCalendar must escape, fold or refuse, through an export and a parse.</summary>
public sealed class HostileTextTests
{
    [Theory]
    [MemberData(nameof(HostileText.RoundTripping), MemberType = typeof(HostileText))]
    public void ToICalendar_HostileText_RoundTripsExactlyThroughAParse(string text)
    {
        var item = Ics.E("hostile", "2025-04-14", text) with
        {
            Summary = text,
            Location = new Location(text),
            Tags = [text, "plain"],
        };

        var ics = ChronologyCalendar.ToICalendar(Annals.Timelines.Timeline.Create([item], title: text));
        var calendar = Ics.Load(ics);
        var vevent = calendar.Events.Single();

        vevent.Summary.Should().Be(text);
        vevent.Location.Should().Be(text);
        vevent.Description.Should().Be(text + "\n\nConfirmed.");
        vevent.Categories.Should().Equal(text, "plain");
        calendar.Properties["X-WR-CALNAME"]!.Value.Should().Be(text);
        Ics.PhysicalLines(ics).Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75);
        Ics.StrictUtf8.GetString(Ics.StrictUtf8.GetBytes(ics)).Should().Be(ics);
    }

    [Fact]
    public void ToICalendar_TitleWithSpecials_IsEscapedPerRfc5545()
    {
        var ics = ChronologyCalendar.ToICalendar(Ics.Of(Ics.E("hostile", "2025-04-14", "a, b; c \\ d\nnew line")));

        Ics.Values(ics, "SUMMARY").Should().Equal("a\\, b\\; c \\\\ d\\nnew line");
    }

    [Fact]
    public void ToICalendar_StatusSuffixOnHostileTitle_RoundTrips()
    {
        var item = Ics.E("hostile", "2025-04-14", "a, b; c \\ d\nnew line 🚨") with { Status = EventStatus.Planned };

        Ics.Single(Ics.Of(item)).Summary.Should().Be("a, b; c \\ d\nnew line 🚨 (planned)");
    }

    [Theory]
    [InlineData("Windows\r\nline breaks", "Windows\nline breaks")]
    [InlineData("Old Mac\rline breaks", "Old Mac\nline breaks")]
    [InlineData("A bell\u0007 and an escape\u001B", "A bell\uFFFD and an escape\uFFFD")]
    [InlineData("DEL\u007F", "DEL\uFFFD")]
    public void ToICalendar_LineBreaksAndControlCharacters_AreNormalizedSoTheFileStaysValid(string title, string expected)
    {
        var ics = ChronologyCalendar.ToICalendar(Ics.Of(Ics.E("hostile", "2025-04-14", title) with { Summary = title }));
        var vevent = Ics.Load(ics).Events.Single();

        vevent.Summary.Should().Be(expected);
        vevent.Description.Should().StartWith(expected);
        ics.Where(c => c < ' ' && c is not '\r' and not '\n').Should().BeEmpty();
    }

    [Fact]
    public void ToICalendar_HostileSourceAndParticipantText_RoundTripsInTheDescription()
    {
        const string name = "Ali; \"The, Actor\" \\ عليّ";
        var item = Ics.E("hostile", "2025-04-14") with
        {
            Participants = [Participant.Host("ali")],
            Sources = [new Source("Pub, Inc.; \\ News") { Author = "@ali\nbot", Quote = "Quote with \"quotes\", commas; and 🚨" }],
        };

        var vevent = Ics.Single(Ics.Of([new Actor("ali", name)], item));

        vevent.Description.Should().Be(
            "Confirmed.\n\n" +
            "Participants:\n- " + name + " (host)\n\n" +
            "Sources:\n- Pub, Inc.; \\ News (@ali\nbot)\n  Quote: \"Quote with \"quotes\", commas; and 🚨\"");
    }
}
