using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace Annals.ICalendar.Tests;

/// <summary>Ical.Net's TEXT escaping, with this package's cleaning and folding, carries hostile text through a parse
/// unchanged. These tests need no timeline.</summary>
public sealed class IcalNetTextTests
{
    [Theory]
    [MemberData(nameof(HostileText.RoundTripping), MemberType = typeof(HostileText))]
    public void SerializeAndLoad_HostileText_RoundTripsExactly(string text)
    {
        var calendar = new IcalCalendar();
        var vevent = new CalendarEvent
        {
            Uid = "hostile@annals.timeline",
            DtStamp = new CalDateTime(2000, 1, 1, 0, 0, 0, CalDateTime.UtcTzId),
            DtStart = new CalDateTime(2025, 4, 14),
            Summary = CalendarText.Clean(text),
            Description = CalendarText.Clean(text),
            Location = CalendarText.Clean(text),
            Categories = [CalendarText.Clean(text), "second"],
        };
        calendar.Events.Add(vevent);

        var serialized = ContentLines.Refold(new CalendarSerializer().SerializeToString(calendar)!);
        var loaded = IcalCalendar.Load(serialized)!.Events.Single();

        loaded.Summary.Should().Be(text);
        loaded.Description.Should().Be(text);
        loaded.Location.Should().Be(text);
        loaded.Categories.Should().Equal(text, "second");
        Encoding.UTF8.GetByteCount(serialized).Should().BeGreaterThan(0);
    }
}
