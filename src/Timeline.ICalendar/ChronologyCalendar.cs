using System.Collections.Immutable;
using System.Text;
using Annals.Model;
using Annals.Timelines;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace Annals.ICalendar;

/// <summary>
/// Exports a chronology as an iCalendar (RFC 5545) file that calendar applications can import or subscribe to: one
/// VEVENT per event, all-day over every possible day of its date (or timed, for a date-time), with the uncertainty
/// stated in words.
/// </summary>
/// <remarks>
/// <para>The mapping is documented in <c>docs/icalendar.md</c>. In short: SUMMARY is the title (with
/// <c>" (planned)"</c>, <c>" (postponed)"</c> or <c>" (cancelled)"</c>), STATUS follows the event's status,
/// DESCRIPTION holds the summary, the date in words, the certainty, the participants and the sources, and UID, SEQUENCE
/// and DTSTAMP come from the event's id, history and recorded day.</para>
/// <para><b>Determinism.</b> The same timeline and options always give the same bytes, whatever the machine's culture,
/// time zone or clock: nothing is ever stamped with the current time. Lines end with CR LF and are folded at 75 octets,
/// never inside a character.</para>
/// <para>All members are thread-safe.</para>
/// <code>
/// File.WriteAllText("chronology.ics", ChronologyCalendar.ToICalendar(Samples.ElSalvadorUnitedStates2025));
/// </code>
/// </remarks>
public static class ChronologyCalendar
{
    /// <summary>The PRODID written in every calendar.</summary>
    public const string ProductId = "-//Annals//Timeline//EN";

    /// <summary>The MIME type of the files written: <c>text/calendar</c>, in UTF-8.</summary>
    public const string MediaType = "text/calendar; charset=utf-8";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Exports a timeline as iCalendar text.</summary>
    /// <param name="timeline">The timeline; its events are written in timeline order.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CalendarOptions.Default"/>.</param>
    /// <returns>The calendar, with CR LF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public static string ToICalendar(Timeline timeline, CalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= CalendarOptions.Default;
        var calendar = Build(timeline, options);
        var serialized = new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net produced no text for the calendar.");
        return ContentLines.Refold(serialized);
    }

    /// <summary>Exports a timeline as iCalendar text to a writer.</summary>
    /// <param name="timeline">The timeline; its events are written in timeline order.</param>
    /// <param name="writer">Where to write; the text has CR LF line ends whatever the writer's
    /// <see cref="TextWriter.NewLine"/>. Use UTF-8, as RFC 5545 requires.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CalendarOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="writer"/> is
    /// <see langword="null"/>.</exception>
    public static void Write(Timeline timeline, TextWriter writer, CalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToICalendar(timeline, options));
    }

    /// <summary>Exports a timeline as an iCalendar file to a stream, in UTF-8 without a byte order mark.</summary>
    /// <param name="timeline">The timeline; its events are written in timeline order.</param>
    /// <param name="stream">Where to write; it is left open.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CalendarOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> or <paramref name="stream"/> is
    /// <see langword="null"/>.</exception>
    public static void Write(Timeline timeline, Stream stream, CalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Utf8.GetBytes(ToICalendar(timeline, options));
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Finds the events that an export leaves out, so that a caller can say so.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="CalendarOptions.Default"/>.</param>
    /// <returns>In timeline order, the events whose date has no known end, or an open or unknown end under
    /// <see cref="OpenDatePolicy.Skip"/>, or a span outside the years 1 to 9999.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Event> FindSkipped(Timeline timeline, CalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= CalendarOptions.Default;
        var skipped = ImmutableArray.CreateBuilder<Event>();
        foreach (var item in timeline.Events)
        {
            if (EventPlacement.Place(item.Date, item.TimeZone, options.OpenDates) is null)
            {
                skipped.Add(item);
            }
        }

        return skipped.ToImmutable();
    }

    private static IcalCalendar Build(Timeline timeline, CalendarOptions options)
    {
        var calendar = new IcalCalendar
        {
            ProductId = ProductId,
            Scale = "GREGORIAN",
        };

        if (timeline.Title is { } title)
        {
            calendar.AddProperty("X-WR-CALNAME", CalendarText.Clean(title));
        }

        if (timeline.Description is { } description)
        {
            calendar.AddProperty("X-WR-CALDESC", CalendarText.Clean(description));
        }

        var placed = new List<(Event Item, EventPlacement Placement)>(timeline.Count);
        foreach (var item in timeline.Events)
        {
            if (EventPlacement.Place(item.Date, item.TimeZone, options.OpenDates) is { } placement)
            {
                placed.Add((item, placement));
            }
        }

        var zonedTimes = placed
            .Where(p => p.Placement.Time is { Zone: not null })
            .Select(p => (p.Placement.Time!.Value.Zone!, p.Placement.Time!.Value.Local));
        foreach (var timeZone in TimeZoneComponents.Build(zonedTimes))
        {
            calendar.TimeZones.Add(timeZone);
        }

        foreach (var (item, placement) in placed)
        {
            calendar.Events.Add(ToVEvent(item, timeline, placement, options));
        }

        return calendar;
    }

    private static CalendarEvent ToVEvent(Event item, Timeline timeline, EventPlacement placement, CalendarOptions options)
    {
        // The constructor stamps DTSTAMP with the current time and UID with a random value: both are set below.
        var vevent = new CalendarEvent
        {
            Uid = item.Id + "@" + options.UidDomain,
            DtStamp = Stamp(item.Recorded, options.DefaultTimestamp),
            Sequence = item.History.Length,
            Summary = CalendarText.Clean(Summary(item, options)),
            Description = CalendarText.Clean(EventDescription.Write(item, timeline, placement)),
            Status = Status(item.Status),
            Transparency = "TRANSPARENT",
        };

        if (placement.Time is { } time)
        {
            // A date-time has no end: RFC 5545 then makes the event end when it starts.
            vevent.DtStart = Timed(time);
        }
        else
        {
            vevent.DtStart = AllDay(placement.FirstDay);
            vevent.DtEnd = AllDay(placement.LastDay.PlusDays(1));
        }

        if (item.Location is { } location)
        {
            if (location.Name is { } name)
            {
                vevent.Location = CalendarText.Clean(name);
            }

            if (location.Point is { } point)
            {
                vevent.GeographicLocation = new GeographicLocation(point.Latitude, point.Longitude);
            }
        }

        var categories = Categories(item);
        if (categories.Count > 0)
        {
            vevent.Categories = categories;
        }

        if (FirstWebUrl(item) is { } url)
        {
            vevent.Url = url;
        }

        return vevent;
    }

    private static string Summary(Event item, CalendarOptions options)
    {
        if (!options.StatusInSummary || item.Status == EventStatus.Occurred)
        {
            return item.Title;
        }

        return item.Title + " (" + Vocabulary.Name(item.Status) + ")";
    }

    private static string Status(EventStatus status) => status switch
    {
        EventStatus.Occurred => "CONFIRMED",
        EventStatus.Planned or EventStatus.Postponed => "TENTATIVE",
        EventStatus.Cancelled => "CANCELLED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, $"{status} is not a defined event status."),
    };

    private static List<string> Categories(Event item)
    {
        var categories = new List<string>(item.Tags.Length + 1);
        if (item.Kind is { } kind)
        {
            categories.Add(kind.Name);
        }

        foreach (var tag in item.Tags)
        {
            var clean = CalendarText.Clean(tag);
            if (!categories.Contains(clean, StringComparer.Ordinal))
            {
                categories.Add(clean);
            }
        }

        return categories;
    }

    private static Uri? FirstWebUrl(Event item)
    {
        foreach (var source in item.Sources)
        {
            if (Source.IsWebUrl(source.Url) && Uri.TryCreate(source.Url, UriKind.Absolute, out var uri))
            {
                // The escaped absolute form: plain ASCII apart from an international host name, no control characters.
                return new Uri(uri.AbsoluteUri, UriKind.Absolute);
            }
        }

        return null;
    }

    private static CalDateTime AllDay(LocalDate day) => new(day.Year, day.Month, day.Day);

    private static CalDateTime Timed(EventTime time)
    {
        var local = time.Local;
        var tzId = time.IsUtc ? CalDateTime.UtcTzId : time.Zone?.Id;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, tzId);
    }

    private static CalDateTime Stamp(LocalDate? recorded, Instant fallback)
    {
        if (recorded is { Year: >= 1 and <= 9999 } day)
        {
            return new CalDateTime(day.Year, day.Month, day.Day, 0, 0, 0, CalDateTime.UtcTzId);
        }

        var utc = fallback.InUtc();
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, CalDateTime.UtcTzId);
    }
}
