using NodaTime;

namespace Annals.ICalendar.Tests;

public sealed class CalendarOptionsTests
{
    [Fact]
    public void Default_Settings_AreTheDocumentedOnes()
    {
        var options = CalendarOptions.Default;

        options.UidDomain.Should().Be("annals.timeline");
        options.DefaultTimestamp.Should().Be(Instant.FromUtc(2000, 1, 1, 0, 0));
        options.OpenDates.Should().Be(OpenDatePolicy.Skip);
        options.StatusInSummary.Should().BeTrue();
        options.Should().Be(new CalendarOptions());
    }

    [Theory]
    [InlineData("")]
    [InlineData("with space.example")]
    [InlineData("a@b.example")]
    [InlineData("line\nbreak")]
    [InlineData("tab\t")]
    public void UidDomain_Unusable_Throws(string domain)
    {
        var act = () => CalendarOptions.Default with { UidDomain = domain };

        act.Should().Throw<ArgumentException>().WithParameterName("UidDomain");
    }

    [Fact]
    public void UidDomain_Null_Throws()
    {
        var act = () => CalendarOptions.Default with { UidDomain = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("UidDomain");
    }

    [Fact]
    public void DefaultTimestamp_OutsideYearsOneTo9999_Throws()
    {
        var act = () => CalendarOptions.Default with { DefaultTimestamp = Instant.FromUtc(0, 12, 31, 23, 59) };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("DefaultTimestamp");
    }

    [Fact]
    public void OpenDates_Undefined_Throws()
    {
        var act = () => CalendarOptions.Default with { OpenDates = (OpenDatePolicy)42 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("OpenDates");
    }
}
