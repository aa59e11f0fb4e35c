using System.Text;
using Annals.Dates;
using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;

namespace Annals.Tests.Dates;

/// <summary>The EDTF parser is hand-written (no regular expressions) and reads each character a bounded number of
/// times, so any input of 100,000 characters, valid or not, is read in milliseconds and never throws; errors point
/// inside the input and stay short.</summary>
public class LinearityTests
{
    private const int Size = 100_000;

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    private static string Set(string open, string member, string close)
    {
        var members = new StringBuilder(open);
        while (members.Length < Size - member.Length - 2)
        {
            members.Append(members.Length > 1 ? "," : string.Empty).Append(member);
        }

        return members.Append(close).ToString();
    }

    public static TheoryData<string> HugeInvalidInputs() =>
    [
        new string('1', Size),
        new string('X', Size),
        new string('~', Size),
        new string('-', Size),
        new string('/', Size),
        new string('.', Size),
        new string('[', Size),
        new string('{', Size),
        new string(' ', Size),
        new string('\uD800', Size),
        "2025-01-01" + new string('~', Size),
        "2025-01-01" + new string('?', Size),
        "2025-" + new string('0', Size),
        "2025S" + new string('2', Size),
        "2025-01-01T" + new string('1', Size),
        "2025-01-01T10:30:00+" + new string('1', Size),
        "2025/" + new string('2', Size),
        "../" + new string('.', Size),
        Repeat("2025/", Size),
        Repeat("2025-", Size),
        Repeat("[2025,", Size),
        Repeat("..2025", Size),
        Set("[", "2025-01-01", ",x]"),
        Set("{", "2025..2026", "}]"),
        Set("[", "2025", ", ]"),
        Set("[", "2026..2025", "]"),
        "[" + Repeat("2025, ", Size) + "x]",
    ];

    [Theory]
    [MemberData(nameof(HugeInvalidInputs))]
    public void Parse_HundredThousandInvalidCharacters_FailsWithAShortError(string text)
    {
        // Regression: "2025S222…" once quoted all its digits in the message.

        var result = EdtfDate.Parse(text);

        result.Success.Should().BeFalse();
        result.Error!.Position.Should().BeInRange(0, text.Length);
        result.Error.Message.Length.Should().BeLessThan(300, "a message never quotes the whole input");
    }

    public static TheoryData<string> HugeValidSets() =>
    [
        Set("[", "2025-01-01", "]"),
        Set("{", "2025-01-01", "}"),
        Set("[", "1667", "]"),
        Set("[", "2025-04~", "]"),
        Set("[", "2025-01-2X", "]"),
        "[..2020," + Set(string.Empty, "2021-21", string.Empty) + ",2030..]",
    ];

    [Theory]
    [MemberData(nameof(HugeValidSets))]
    public void Parse_SetOfHundredThousandCharacters_IsReadDescribedAndRendered(string text)
    {
        var date = EdtfDate.Parse(text).GetValueOrThrow();
        var canonical = date.ToString();
        var reading = date.Describe();
        _ = (date.Precision, date.IsApproximate, date.IsUncertain, date.Earliest, date.Latest);
        var timeline = Timeline.Create([new Event("huge", "A huge set", date), new Event("day", "A day", EdtfDate.Day(2025, 1, 1))]);
        var markdown = ChronologyMarkdown.ToMarkdown(timeline);
        var mermaid = ChronologyMermaid.ToMermaid(timeline);
        var query = timeline.Between(EdtfDate.Year(2025), EdtfDate.Year(2025));

        EdtfDate.Parse(canonical).Value.Should().Be(date);
        reading.Should().NotBeEmpty();
        markdown.Should().Contain("A huge set");
        mermaid.Should().Contain("A huge set");
        query.Count.Should().BeGreaterThan(0);
    }
}
