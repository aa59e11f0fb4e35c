using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using NodaTime.TimeZones;

namespace Annals.ICalendar;

/// <summary>Builds the VTIMEZONE components that RFC 5545 requires for every TZID a calendar uses.</summary>
/// <remarks>
/// <para>Each VTIMEZONE holds one STANDARD or DAYLIGHT observance for each zone interval in which one of the calendar's
/// times falls (both intervals when a local time is ambiguous or skipped): its onset as DTSTART (in the offset before
/// it), TZOFFSETFROM, TZOFFSETTO and TZNAME. That is all a reader needs to place those times. The data come from the
/// <see cref="DateTimeZone"/> alone (for IANA zones, the tz database built into NodaTime), never from the machine or
/// the clock, so the output is reproducible. (Ical.Net's own <c>VTimeZone.FromDateTimeZone</c> reads the current
/// time, so it is not used.)</para>
/// </remarks>
internal static class TimeZoneComponents
{
    /// <summary>The onset written for an interval that has no start, having been in force since the beginning of time.</summary>
    private static readonly LocalDateTime EarliestOnset = new(1, 1, 1, 0, 0);

    /// <summary>Builds one VTIMEZONE per zone, ordered by TZID.</summary>
    /// <param name="times">The local times written with a TZID, with their zones.</param>
    /// <returns>The components.</returns>
    public static IEnumerable<VTimeZone> Build(IEnumerable<(DateTimeZone Zone, LocalDateTime Local)> times)
    {
        var byZone = new SortedDictionary<string, (DateTimeZone Zone, SortedDictionary<Instant, ZoneInterval> Intervals)>(StringComparer.Ordinal);
        foreach (var (zone, local) in times)
        {
            if (!byZone.TryGetValue(zone.Id, out var entry))
            {
                entry = (zone, new SortedDictionary<Instant, ZoneInterval>());
                byZone.Add(zone.Id, entry);
            }

            var mapping = zone.MapLocal(local);
            Add(entry.Intervals, mapping.EarlyInterval);
            Add(entry.Intervals, mapping.LateInterval);
        }

        foreach (var (id, (zone, intervals)) in byZone)
        {
            var component = new VTimeZone { TzId = id };
            foreach (var interval in intervals.Values)
            {
                component.TimeZoneInfos.Add(Observance(zone, interval));
            }

            yield return component;
        }
    }

    private static void Add(SortedDictionary<Instant, ZoneInterval> intervals, ZoneInterval interval) =>
        intervals.TryAdd(interval.HasStart ? interval.Start : Instant.MinValue, interval);

    private static VTimeZoneInfo Observance(DateTimeZone zone, ZoneInterval interval)
    {
        var offsetFrom = interval.WallOffset;
        var onset = EarliestOnset;
        if (interval.HasStart)
        {
            offsetFrom = zone.GetZoneInterval(interval.Start - NodaTime.Duration.Epsilon).WallOffset;
            var local = interval.Start.WithOffset(offsetFrom).LocalDateTime;
            if (local.Year >= 1)
            {
                onset = local;
            }
        }

        return new VTimeZoneInfo(interval.Savings == Offset.Zero ? Components.Standard : Components.Daylight)
        {
            DtStart = new CalDateTime(onset.Year, onset.Month, onset.Day, onset.Hour, onset.Minute, onset.Second, null),
            OffsetFrom = new UtcOffset(offsetFrom.ToTimeSpan()),
            OffsetTo = new UtcOffset(interval.WallOffset.ToTimeSpan()),
            TimeZoneName = interval.Name,
        };
    }
}
