namespace Annals.ICalendar.Tests;

/// <summary>Tests that change the process's local time zone, so they run alone.</summary>
[CollectionDefinition(nameof(ProcessTimeZone), DisableParallelization = true)]
public sealed class ProcessTimeZone
{
}

[Collection(nameof(ProcessTimeZone))]
public sealed class LocalTimeZoneTests
{
    [Theory]
    [InlineData("Asia/Tokyo")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Pacific/Kiritimati")]
    public void ToICalendar_InAnotherLocalTimeZone_IsByteIdentical(string zone)
    {
        var timeline = DeterminismTests.Mixed();
        var expected = ChronologyCalendar.ToICalendar(timeline);
        var expectedSample = ChronologyCalendar.ToICalendar(Samples.ElSalvadorUnitedStates2025);

        var original = Environment.GetEnvironmentVariable("TZ");
        string actual;
        string actualSample;
        string local;
        try
        {
            // On Linux and macOS, .NET reads TZ for the local zone once its cache is cleared. On Windows the local zone
            // does not change, and the test only repeats the export.
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            local = TimeZoneInfo.Local.Id;
            actual = ChronologyCalendar.ToICalendar(timeline);
            actualSample = ChronologyCalendar.ToICalendar(Samples.ElSalvadorUnitedStates2025);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", original);
            TimeZoneInfo.ClearCachedData();
        }

        if (!OperatingSystem.IsWindows())
        {
            local.Should().Be(zone, "the test must really run in another local time zone");
        }

        actual.Should().Be(expected);
        actualSample.Should().Be(expectedSample);
    }
}
