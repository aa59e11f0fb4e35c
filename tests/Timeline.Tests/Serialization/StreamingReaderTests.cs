using System.Text;
using System.Text.Json;
using Annals.Serialization;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Reading a file record by record (with the fast reader for plain records) gives exactly what reading it as
/// one syntax tree gives: the same problems, in the same order, at the same places, and the same document.</summary>
public class StreamingReaderTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepositoryFile("docs/examples/el-salvador-united-states-2025.json"));

    private static readonly byte[] Synthetic = ChronologyJson.ToUtf8Bytes(SyntheticTimeline.Generate(60, seed: 11));

    public static TheoryData<string> Variants() =>
    [
        "plain",
        "extension field on an event",
        "extension field at the top",
        "events before actors",
        "two events arrays",
        "events not an array",
        "escaped field name",
        "comments and trailing commas",
        "unknown actor",
        "duplicate event id",
        "bad date",
        "blank title",
        "null summary",
        "location and time zone",
        "history and relative date",
        "actor with offices",
        "bad url",
        "number as title",
        "events of other values",
        "root is an array",
        "too deep",
    ];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Read_Variants_SameAsReadingTheTree(string variant)
    {
        var text = Encoding.UTF8.GetString(Synthetic);
        text = variant switch
        {
            "plain" => text,
            "extension field on an event" => ReplaceFirst(text, "\"id\": \"e0000007\",", "\"id\": \"e0000007\", \"x-note\": {\"a\": [1, 2]}, \"titel\": 3,"),
            "extension field at the top" => ReplaceFirst(text, "\"timeline\": 1,", "\"timeline\": 1, \"x-source\": \"gdelt\", \"titel\": \"x\","),
            "events before actors" => MoveActorsLast(text),
            "two events arrays" => text.TrimEnd().TrimEnd('}') + ", \"events\": []\n}\n",
            "events not an array" => ReplaceFirst(text, "\"events\": [", "\"events\": null, \"x-events\": ["),
            "escaped field name" => ReplaceFirst(text, "\"title\": \"Actor", "\"t\\u0069tle\": \"Actor"),
            "comments and trailing commas" => ReplaceFirst(text, "\"kind\": \"news\"", "\"kind\": \"news\", /* note */"),
            "unknown actor" => ReplaceFirst(text, "\"actor\": \"actor-0002\"", "\"actor\": \"actor-9999\""),
            "duplicate event id" => text.Replace("\"id\": \"e0000005\"", "\"id\": \"e0000004\"", StringComparison.Ordinal),
            "bad date" => ReplaceLast(text, "\"date\": \"", "\"date\": \"2025-02-30\", \"x\": \""),
            "blank title" => ReplaceLast(text, "\"title\": \"", "\"title\": \" \", \"x-old-title\": \""),
            "null summary" => ReplaceFirst(text, "\"kind\": \"visit\"", "\"kind\": \"visit\", \"summary\": null"),
            "location and time zone" => ReplaceFirst(text, "\"id\": \"e0000003\",", "\"id\": \"e0000003\", \"timeZone\": \"America/El_Salvador\", \"location\": {\"name\": \"San Salvador\", \"country\": \"SLV\", \"latitude\": 13.7, \"longitude\": -89.2},"),
            "history and relative date" => ReplaceFirst(text, "\"id\": \"e0000003\",", "\"id\": \"e0000003\", \"recorded\": \"2025-05-01\", \"history\": [{\"recorded\": \"2025-04-01\", \"status\": \"planned\"}], \"relations\": [{\"type\": \"follows\", \"event\": \"e0000001\"}],"),
            "actor with offices" => ReplaceFirst(text, "\"name\": \"Actor 5\"", "\"name\": \"Actor 5\", \"offices\": [{\"title\": \"President\", \"date\": \"2019/..\"}]"),
            "bad url" => ReplaceFirst(text, "https://example.org/wire/9\"", "javascript:alert(1)\""),
            "number as title" => ReplaceFirst(text, "\"title\": \"Actor", "\"title\": 42, \"x\": \"Actor"),
            "events of other values" => ReplaceFirst(text, "\"events\": [", "\"events\": [1, \"two\", null, [], "),
            "root is an array" => "[" + text + "]",
            "too deep" => ReplaceFirst(text, "\"id\": \"e0000003\",", "\"id\": \"e0000003\", \"x-deep\": " + new string('[', 70) + new string(']', 70) + ","),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };

        ShouldReadTheSame(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Read_Sample_SameAsReadingTheTree() => ShouldReadTheSame(Sample);

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(8, 0, 0)]
    [InlineData(20, 0, 0)]
    [InlineData(60, 0, 0)]
    [InlineData(0, 0, 1)]
    [InlineData(0, 0, 59)]
    [InlineData(0, 0, 60)]
    [InlineData(0, 2, 0)]
    [InlineData(0, 3, 0)]
    [InlineData(0, 4, 0)]
    public void Read_SyntheticUnderLimits_SameAsReadingTheTree(int maxStringLength, int maxDepth, int maxEvents)
    {
        var options = new LoadOptions
        {
            MaxStringLength = maxStringLength > 0 ? maxStringLength : LoadOptions.Default.MaxStringLength,
            MaxDepth = maxDepth > 0 ? maxDepth : LoadOptions.Default.MaxDepth,
            MaxEvents = maxEvents > 0 ? maxEvents : LoadOptions.Default.MaxEvents,
        };

        ShouldReadTheSame(Synthetic, options);
        var result = ChronologyReader.Read(Synthetic, options);
        using var json = JsonDocument.Parse(Synthetic);
        var (longest, deepest) = Measure(json.RootElement, 1);
        var overLimit = (maxStringLength > 0 && longest > maxStringLength)
            || (maxDepth > 0 && deepest > maxDepth)
            || (maxEvents > 0 && json.RootElement.GetProperty("events").GetArrayLength() > maxEvents);
        result.Success.Should().Be(!overLimit, "limits: string {0}, depth {1}, events {2}", maxStringLength, maxDepth, maxEvents);
    }

    [Fact]
    public void Read_SampleAndSyntheticWithRandomPunctuationChanged_SameAsReadingTheTree()
    {
        const string punctuation = "{}[]:,\"0-.ntf \\Xe";
        var random = new Random(20250401);
        foreach (var original in new[] { Sample, Synthetic })
        {
            var text = Encoding.UTF8.GetString(original);
            for (var i = 0; i < 400; i++)
            {
                var chars = text.ToCharArray();
                for (var changes = random.Next(1, 3); changes > 0; changes--)
                {
                    chars[random.Next(chars.Length)] = punctuation[random.Next(punctuation.Length)];
                }

                ShouldReadTheSame(Encoding.UTF8.GetBytes(chars));
            }
        }
    }

    [Fact]
    public void Read_SyntheticWithRandomLinesRemovedOrRepeated_SameAsReadingTheTree()
    {
        var random = new Random(7);
        var lines = Encoding.UTF8.GetString(Synthetic).Split('\n');
        for (var i = 0; i < 300; i++)
        {
            var edited = lines.ToList();
            var at = random.Next(edited.Count);
            if (random.Next(2) == 0)
            {
                edited.RemoveAt(at);
            }
            else
            {
                edited.Insert(at, edited[random.Next(edited.Count)]);
            }

            ShouldReadTheSame(Encoding.UTF8.GetBytes(string.Join('\n', edited)));
        }
    }

    private static void ShouldReadTheSame(byte[] bytes, LoadOptions? options = null)
    {
        var streamed = ChronologyReader.Read(bytes, options ?? LoadOptions.Default);
        var tree = ChronologyReader.ReadAsTree(bytes, options ?? LoadOptions.Default);
        streamed.Problems.Select(p => p.ToString()).Should().Equal(tree.Problems.Select(p => p.ToString()));
        streamed.Success.Should().Be(tree.Success);
        if (tree.Document is { } expected)
        {
            streamed.Document!.Timeline.ShouldEqualTimeline(expected.Timeline);
            streamed.Document.Extensions.Should().Be(expected.Extensions);
            ChronologyJson.ToJson(streamed.Document).Should().Be(ChronologyJson.ToJson(expected));
        }
    }

    /// <summary>The longest string or field name, in UTF-16 code units, and the deepest nesting of objects and arrays.</summary>
    private static (int Longest, int Deepest) Measure(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
            {
                var (longest, deepest) = (0, depth);
                foreach (var property in element.EnumerateObject())
                {
                    var (l, d) = Measure(property.Value, depth + 1);
                    (longest, deepest) = (Math.Max(longest, Math.Max(l, property.Name.Length)), Math.Max(deepest, d));
                }

                return (longest, deepest);
            }

            case JsonValueKind.Array:
            {
                var (longest, deepest) = (0, depth);
                foreach (var item in element.EnumerateArray())
                {
                    var (l, d) = Measure(item, depth + 1);
                    (longest, deepest) = (Math.Max(longest, l), Math.Max(deepest, d));
                }

                return (longest, deepest);
            }

            case JsonValueKind.String:
                return (element.GetString()!.Length, depth - 1);
            default:
                return (0, depth - 1);
        }
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, find);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    private static string ReplaceLast(string text, string find, string replacement)
    {
        var at = text.LastIndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, find);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    private static string MoveActorsLast(string text)
    {
        var start = text.IndexOf("  \"actors\": [", StringComparison.Ordinal);
        var end = text.IndexOf("  \"events\": [", StringComparison.Ordinal);
        var actors = text[start..end].TrimEnd().TrimEnd(',');
        var rest = text.Remove(start, end - start).TrimEnd().TrimEnd('}').TrimEnd();
        return rest + ",\n" + actors + "\n}\n";
    }
}
