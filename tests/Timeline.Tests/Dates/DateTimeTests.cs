using Annals.Dates;
using NodaTime;

namespace Annals.Tests.Dates;

public class DateTimeTests
{
    [Theory]
    [InlineData("2025-02-03T10:30:00", "2025-02-03T10:30:00", null)]
    [InlineData("2025-02-03T10:30:00Z", "2025-02-03T10:30:00Z", 0)]
    [InlineData("2025-02-03T10:30:00+05:00", "2025-02-03T10:30:00+05:00", 5 * 3600)]
    [InlineData("2025-02-03T10:30:00-06", "2025-02-03T10:30:00-06:00", -6 * 3600)]
    [InlineData("2025-02-03T10:30:00+05:45", "2025-02-03T10:30:00+05:45", (5 * 3600) + (45 * 60))]
    [InlineData("2025-02-03T10:30:00+00:00", "2025-02-03T10:30:00Z", 0)]
    [InlineData("2025-02-03T10:30:00-00", "2025-02-03T10:30:00Z", 0)]
    public void Parse_DateTime_HasTimePrecisionAndTheDayAsBounds(string text, string canonical, int? offsetSeconds)
    {
        EdtfSingleDate date = Edtf.Single(text);

        date.ToString().Should().Be(canonical);
        date.Precision.Should().Be(DatePrecision.Time);
        date.HasTime.Should().BeTrue();
        date.TimeOfDay.Should().Be(new LocalTime(10, 30, 0));
        date.Offset.Should().Be(offsetSeconds is { } s ? Offset.FromSeconds(s) : null);
        date.Earliest.Should().Be(Edtf.D(2025, 2, 3));
        date.Latest.Should().Be(Edtf.D(2025, 2, 3));
        date.Level.Should().Be(0);
    }

    [Fact]
    public void FromZoned_KeepsTheWallClockDateAndTheZone()
    {
        DateTimeZone tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        ZonedDateTime early = new LocalDateTime(2025, 2, 3, 5, 0, 0).InZoneStrictly(tokyo);

        EdtfSingleDate date = EdtfDate.FromZoned(early);

        early.ToInstant().InUtc().Date.Should().Be(Edtf.D(2025, 2, 2), because: "the UTC date differs from the wall-clock date");
        date.Earliest.Should().Be(Edtf.D(2025, 2, 3));
        date.Latest.Should().Be(Edtf.D(2025, 2, 3));
        date.ToString().Should().Be("2025-02-03T05:00:00+09:00");
        date.Zone.Should().Be(tokyo);
        date.Describe().Should().Be("3 February 2025 at 05:00:00 Asia/Tokyo (UTC+09:00)");
    }

    [Fact]
    public void FromZoned_EqualityIncludesTheZone()
    {
        var local = new LocalDateTime(2025, 7, 1, 12, 0, 0);
        EdtfSingleDate paris = EdtfDate.FromZoned(local.InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Paris"]));
        EdtfSingleDate berlin = EdtfDate.FromZoned(local.InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Berlin"]));
        EdtfDate parsed = Edtf.Parse(paris.ToString());

        paris.ToString().Should().Be(berlin.ToString());
        paris.Should().NotBe(berlin);
        paris.Should().NotBe(parsed);
        parsed.ToString().Should().Be(paris.ToString());
        paris.CompareTo(berlin).Should().NotBe(0);
        paris.Should().Be(EdtfDate.FromZoned(local.InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Paris"])));
    }

    [Fact]
    public void FromZoned_LocalMeanTimeOffset_ThrowsBecauseEdtfCannotWriteIt()
    {
        ZonedDateTime lmt = new LocalDateTime(1890, 1, 1, 12, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

        Action act = () => EdtfDate.FromZoned(lmt);

        act.Should().Throw<ArgumentException>().WithParameterName("dateTime").WithMessage("The offset +00:09:21*");
    }

    [Fact]
    public void FromOffsetDateTime_DropsFractionsOfASecond()
    {
        var value = new OffsetDateTime(new LocalDateTime(2025, 2, 3, 10, 30, 15).PlusMilliseconds(250), Offset.FromHours(-6));

        EdtfDate.FromOffsetDateTime(value).ToString().Should().Be("2025-02-03T10:30:15-06:00");
    }

    [Fact]
    public void FromLocalDateTime_HasNoOffset()
    {
        EdtfSingleDate date = EdtfDate.FromLocalDateTime(new LocalDateTime(-44, 3, 15, 12, 0));

        date.ToString().Should().Be("-0044-03-15T12:00:00");
        date.Offset.Should().BeNull();
        date.Describe().Should().Be("15 March 45 BCE at 12:00:00 (local time)");
    }

    [Fact]
    public void FromLocalDate_AndFromYearMonth_EqualTheParsedText()
    {
        EdtfDate.FromLocalDate(Edtf.D(2025, 4, 14)).Should().Be(Edtf.Parse("2025-04-14"));
        EdtfDate.FromYearMonth(new YearMonth(2025, 4)).Should().Be(Edtf.Parse("2025-04"));
    }

    [Fact]
    public void FromLocalDate_OtherCalendar_Throws()
    {
        var julian = new LocalDate(1700, 2, 29, CalendarSystem.Julian);

        Action act = () => EdtfDate.FromLocalDate(julian);

        act.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("*Julian*");
    }

    [Fact]
    public void Approximate_DateTime_Throws()
    {
        EdtfDate date = Edtf.Parse("2025-02-03T10:30:00Z");

        Action act = () => date.Approximate();

        act.Should().Throw<InvalidOperationException>().WithMessage("2025-02-03T10:30:00Z is a date-time*");
    }
}
