using System.Text;

namespace Annals.ICalendar.Tests;

public sealed class ContentLinesTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Theory]
    [InlineData("SUMMARY:short")]
    [InlineData("DESCRIPTION:exactly seventy-five octets long............................xyz")]
    [InlineData("DESCRIPTION:a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨a🚨")]
    [InlineData("SUMMARY:مرحبا بالعالم مرحبا بالعالم مرحبا بالعالم مرحبا بالعالم مرحبا بالعالم مرحبا بالعالم")]
    [InlineData("SUMMARY:🇸🇻🤝🏼🇺🇸🇸🇻🤝🏼🇺🇸🇸🇻🤝🏼🇺🇸🇸🇻🤝🏼🇺🇸🇸🇻🤝🏼🇺🇸🇸🇻🤝🏼🇺🇸🇸🇻🤝🏼🇺🇸🇸🇻🤝🏼🇺🇸🇸🇻🤝🏼🇺🇸")]
    public void Refold_AnyLine_KeepsEveryLineWithin75OctetsOfValidUtf8(string line)
    {
        var folded = ContentLines.Refold(line + "\r\n");

        folded.Should().EndWith("\r\n");
        var bytes = StrictUtf8.GetBytes(folded);
        StrictUtf8.GetString(bytes).Should().Be(folded);
        foreach (var physical in folded[..^2].Split("\r\n"))
        {
            StrictUtf8.GetByteCount(physical).Should().BeLessThanOrEqualTo(75);
            physical.Should().NotContain("\r").And.NotContain("\n");
            physical.EnumerateRunes().Should().NotContain(Rune.ReplacementChar);
        }

        ContentLines.Unfold(folded).Should().Equal(line);
    }

    [Fact]
    public void Refold_LineOf75Octets_IsNotFolded()
    {
        var line = "X-A:" + new string('a', 71);

        ContentLines.Refold(line).Should().Be(line + "\r\n");
    }

    [Fact]
    public void Refold_LineOf76Octets_FoldsTheLastOctetOntoAContinuationLine()
    {
        var line = "X-A:" + new string('a', 72);

        ContentLines.Refold(line).Should().Be("X-A:" + new string('a', 71) + "\r\n a\r\n");
    }

    [Fact]
    public void Refold_FourOctetCharacterAcrossTheLimit_MovesWholeToTheNextLine()
    {
        var line = "X-A:" + new string('a', 70) + "🚨";

        ContentLines.Refold(line).Should().Be("X-A:" + new string('a', 70) + "\r\n 🚨\r\n");
    }

    [Fact]
    public void Refold_TextFoldedByIcalNet_UnfoldsAndFoldsAgain()
    {
        const string folded = "BEGIN:VCALENDAR\r\nSUMMARY:ab\r\n cd\r\n\tef\r\nEND:VCALENDAR\r\n";

        ContentLines.Refold(folded).Should().Be("BEGIN:VCALENDAR\r\nSUMMARY:abcdef\r\nEND:VCALENDAR\r\n");
    }

    [Fact]
    public void Refold_LfLineEnds_BecomeCrLf()
    {
        ContentLines.Refold("BEGIN:VCALENDAR\nEND:VCALENDAR\n").Should().Be("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }
}
