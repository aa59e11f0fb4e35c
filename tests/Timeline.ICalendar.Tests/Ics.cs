using System.Text;
using Annals.Dates;
using Annals.Model;
using Annals.Timelines;
using Ical.Net.CalendarComponents;
using IcalCalendar = Ical.Net.Calendar;

namespace Annals.ICalendar.Tests;

/// <summary>Helpers: build small timelines, export them, and read the result back with Ical.Net.</summary>
internal static class Ics
{
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static EdtfDate D(string edtf) => EdtfDate.Parse(edtf).GetValueOrThrow();

    public static Event E(string id, string date, string? title = null) => new(id, title ?? "Event " + id, D(date));

    public static Timeline Of(params Event[] events) => Timeline.Create(events, title: "Test chronology");

    public static Timeline Of(IEnumerable<Actor> actors, params Event[] events) => Timeline.Create(events, actors, "Test chronology");

    public static IcalCalendar Load(string ics) => IcalCalendar.Load(ics) ?? throw new InvalidOperationException("Ical.Net loaded nothing.");

    public static IcalCalendar Export(Timeline timeline, CalendarOptions? options = null) =>
        Load(ChronologyCalendar.ToICalendar(timeline, options));

    public static CalendarEvent Single(Timeline timeline, CalendarOptions? options = null) =>
        Export(timeline, options).Events.Should().ContainSingle().Subject;

    public static CalendarEvent Find(IcalCalendar calendar, string eventId) =>
        calendar.Events.Should().ContainSingle(e => e.Uid == eventId + "@annals.timeline").Subject;

    /// <summary>The physical lines, without their CR LF.</summary>
    public static string[] PhysicalLines(string ics)
    {
        ics.Should().EndWith("\r\n");
        return ics[..^2].Split("\r\n");
    }

    /// <summary>The unfolded content lines.</summary>
    public static IReadOnlyList<string> ContentLines(string ics) => ICalendar.ContentLines.Unfold(ics).ToList();

    /// <summary>The values of every unfolded content line with a property name, such as <c>DTSTAMP</c>.</summary>
    public static IReadOnlyList<string> Values(string ics, string property) =>
        ContentLines(ics)
            .Where(l => l.StartsWith(property + ":", StringComparison.Ordinal) || l.StartsWith(property + ";", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..])
            .ToList();

    /// <summary>The unfolded content lines of one VEVENT, found by event id.</summary>
    public static IReadOnlyList<string> EventLines(string ics, string eventId)
    {
        var lines = ContentLines(ics);
        var result = new List<string>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT" && current is not null)
            {
                if (current.Contains("UID:" + eventId + "@annals.timeline"))
                {
                    return current;
                }

                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        throw new InvalidOperationException($"No VEVENT for {eventId}.");
    }
}
