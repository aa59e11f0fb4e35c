namespace Annals.ICalendar.Tests;

public sealed class CalendarTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b; c \\ d\nnew line", "a, b; c \\ d\nnew line")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("crlf\r\nline", "crlf\nline")]
    [InlineData("cr\rline", "cr\nline")]
    [InlineData("two\r\n\r\nbreaks", "two\n\nbreaks")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("nul\u0000del\u007F", "nul\uFFFDdel\uFFFD")]
    [InlineData("🚨 مرحبا עברית", "🚨 مرحبا עברית")]
    public void Clean_Text_KeepsWhatICalendarCanHoldAndReplacesTheRest(string text, string expected)
    {
        CalendarText.Clean(text).Should().Be(expected);
    }

    [Fact]
    public void Clean_UnpairedSurrogates_BecomeReplacementCharacters()
    {
        // Built in code: xunit would mangle unpaired surrogates in theory data.
        var high = "lone " + '\uD83D' + " high";
        var low = "lone " + '\uDEA8' + " low";
        var last = "ends high " + '\uD83D';

        CalendarText.Clean(high).Should().Be("lone \uFFFD high");
        CalendarText.Clean(low).Should().Be("lone \uFFFD low");
        CalendarText.Clean(last).Should().Be("ends high \uFFFD");
        CalendarText.Clean(low + "🚨").Should().Be("lone \uFFFD low🚨");
    }

    [Fact]
    public void Clean_TextNeedingNoChange_ReturnsTheSameInstance()
    {
        const string text = "Bukele visits Trump at the White House 🇸🇻";

        CalendarText.Clean(text).Should().BeSameAs(text);
    }
}
