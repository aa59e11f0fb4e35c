using System.Globalization;
using NodaTime;

namespace Annals.ICalendar;

/// <summary>Settings for <see cref="ChronologyCalendar"/>. Every setting has a default, so
/// <see cref="Default"/> (or <see langword="null"/>) is a complete configuration.</summary>
/// <remarks>
/// <para>None of the settings depends on the machine: the same timeline and the same options always give the same
/// bytes.</para>
/// <para>Immutable and thread-safe; compares by value. Use <c>with</c> to change a setting:</para>
/// <code>
/// var options = CalendarOptions.Default with { UidDomain = "chronologies.example.org" };
/// </code>
/// </remarks>
public sealed record CalendarOptions
{
    /// <summary>The domain used by default in UIDs: <c>annals.timeline</c>.</summary>
    public const string DefaultUidDomain = "annals.timeline";

    private readonly string uidDomain = DefaultUidDomain;
    private readonly Instant defaultTimestamp = Instant.FromUtc(2000, 1, 1, 0, 0);
    private readonly OpenDatePolicy openDates;

    /// <summary>Gets the default options.</summary>
    public static CalendarOptions Default { get; } = new();

    /// <summary>Gets the domain after the <c>@</c> of each event's UID, which is <c>{event id}@{domain}</c>. The default
    /// is <see cref="DefaultUidDomain"/>.</summary>
    /// <remarks>Set it to a domain you control when you publish calendars, so that UIDs are globally unique; keep it
    /// unchanged between exports, or calendar applications will see every event as new.</remarks>
    /// <exception cref="ArgumentException">Set to an empty value, or one with white space, control characters or
    /// <c>@</c>.</exception>
    public string UidDomain
    {
        get => uidDomain;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(UidDomain));
            if (!IsUsableDomain(value))
            {
                throw new ArgumentException(
                    $"'{value}' is not a usable UID domain: use a domain name such as '{DefaultUidDomain}', without spaces, control characters or '@'.",
                    nameof(UidDomain));
            }

            uidDomain = value;
        }
    }

    /// <summary>Gets the DTSTAMP written for events that have no <see cref="Annals.Model.Event.Recorded"/> day. The
    /// default is 2000-01-01T00:00:00Z. It is never the current time, so exports are reproducible.</summary>
    /// <remarks>Fractions of a second are dropped when written.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Set to an instant outside the years 1 to 9999 (UTC).</exception>
    public Instant DefaultTimestamp
    {
        get => defaultTimestamp;
        init
        {
            var year = value.InUtc().Year;
            if (year is < 1 or > 9999)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(DefaultTimestamp),
                    string.Create(CultureInfo.InvariantCulture, $"iCalendar can only write years 1 to 9999; {value} is in year {year}."));
            }

            defaultTimestamp = value;
        }
    }

    /// <summary>Gets what to do with events whose date has an open or unknown end. The default is
    /// <see cref="OpenDatePolicy.Skip"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public OpenDatePolicy OpenDates
    {
        get => openDates;
        init => openDates = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(
                nameof(OpenDates),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"(OpenDatePolicy){(int)value} is not a defined open-date policy; use OpenDatePolicy.Skip or OpenDatePolicy.UseKnownBound."));
    }

    /// <summary>Gets a value indicating whether the SUMMARY of a planned, postponed or cancelled event ends with
    /// <c>" (planned)"</c>, <c>" (postponed)"</c> or <c>" (cancelled)"</c>. The default is <see langword="true"/>, because
    /// many calendar applications do not show the STATUS property, which is written either way.</summary>
    public bool StatusInSummary { get; init; } = true;

    private static bool IsUsableDomain(string value) =>
        value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || c == '@');
}
