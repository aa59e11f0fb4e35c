using Annals.Dates;

namespace Annals.Tests.Dates;

public class CalendarValidityTests
{
    [Theory]
    [InlineData("2000-02-29")]
    [InlineData("2024-02-29")]
    [InlineData("-0004-02-29")]
    [InlineData("0000-02-29")]
    public void Parse_LeapDayOfALeapYear_IsAccepted(string text)
    {
        Edtf.Single(text).Earliest!.Value.Day.Should().Be(29);
    }

    [Theory]
    [InlineData("2025-02-29", "2025-02-29 is not a day: February 2025 has 28 days.")]
    [InlineData("1900-02-29", "1900-02-29 is not a day: February 1900 has 28 days.")]
    [InlineData("2024-02-30", "2024-02-30 is not a day: February 2024 has 29 days.")]
    [InlineData("2025-04-31", "2025-04-31 is not a day: April 2025 has 30 days.")]
    [InlineData("2025-06-31", "2025-06-31 is not a day: June 2025 has 30 days.")]
    public void Parse_DayBeyondTheMonth_IsRejectedAtTheDay(string text, string message)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(8);
        error.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("2025-13", 5, "month 13 does not exist")]
    [InlineData("2025-00", 5, "month 00 does not exist")]
    [InlineData("2025-99-01", 5, "month 99 does not exist")]
    [InlineData("2025-01-00", 8, "day 00 does not exist")]
    [InlineData("2025-01-32", 8, "day 32 does not exist")]
    public void Parse_ImpossibleMonthOrDay_IsRejectedAtThatComponent(string text, int position, string message)
    {
        ParseError error = Edtf.Error(text);

        error.Position.Should().Be(position);
        error.Message.Should().StartWith(message);
    }

    [Fact]
    public void Day_FromCodeOnADayTheMonthLacks_ThrowsWithTheMonthLength()
    {
        Action act = () => EdtfDate.Day(2025, 2, 30);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("day")
            .WithMessage("2025-02-30 is not a day: February 2025 has 28 days.*");
    }

    [Fact]
    public void Day_FromCodeOnALeapDay_IsAccepted()
    {
        EdtfDate.Day(2000, 2, 29).ToString().Should().Be("2000-02-29");
    }

    [Theory]
    [InlineData(2025, 13)]
    [InlineData(2025, 0)]
    public void Month_FromCodeWithAnImpossibleMonth_ThrowsNamingTheValue(int year, int month)
    {
        Action act = () => EdtfDate.Month(year, month);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName(nameof(month))
            .WithMessage($"*month {month} is outside the range 1..12*");
    }

    [Theory]
    [InlineData(-9999)]
    [InlineData(10000)]
    public void Year_FromCodeOutsideTheSupportedRange_Throws(int year)
    {
        Action act = () => EdtfDate.Year(year);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(year)).WithMessage("*-9998..9999*");
    }
}
