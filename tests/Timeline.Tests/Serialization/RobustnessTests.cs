using System.Text;
using Annals.Serialization;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>Loading never throws, whatever the bytes, and every problem has a position and a path.</summary>
public class RobustnessTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepositoryFile("docs/examples/el-salvador-united-states-2025.json"));

    private static void ShouldBeWellFormed(LoadResult result, int length)
    {
        result.Success.Should().Be(result.Problems.All(p => p.Severity == ProblemSeverity.Warning));
        foreach (var problem in result.Problems)
        {
            problem.Line.Should().BePositive();
            problem.Column.Should().BePositive();
            problem.Column.Should().BeLessThanOrEqualTo(length + 1);
            problem.Path.Should().StartWith("$");
            problem.Message.Should().NotBeNullOrWhiteSpace();
            problem.Code.Should().MatchRegex("^(JS|TL)[0-9]{3}$");
        }
    }

    [Fact]
    public void Load_EveryPrefixOfTheSample_NeverThrowsAndFailsUnlessComplete()
    {
        // Every prefix but the whole file without its final newline, which is a whole file too.
        for (var length = 0; length < Sample.Length - 1; length += 5)
        {
            var result = ChronologyJson.Parse(Sample.AsMemory(0, length));

            result.Success.Should().BeFalse($"a prefix of {length} bytes is not a whole file");
            result.Problems.Should().ContainSingle();
            ShouldBeWellFormed(result, length);
        }
    }

    [Fact]
    public void Load_SampleWithRandomBytesChanged_NeverThrows()
    {
        var random = new Random(20250328);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = (byte[])Sample.Clone();
            for (var changes = random.Next(1, 4); changes > 0; changes--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            ShouldBeWellFormed(ChronologyJson.Parse(bytes), bytes.Length);
        }
    }

    [Fact]
    public void Load_SampleWithRandomPunctuationChanged_NeverThrows()
    {
        // Changing JSON punctuation reaches the field checks more often than changing random bytes does.
        const string punctuation = "{}[]:,\"0-.ntf \\";
        var random = new Random(20250203);
        var text = Encoding.UTF8.GetString(Sample);
        for (var i = 0; i < 2000; i++)
        {
            var chars = text.ToCharArray();
            for (var changes = random.Next(1, 3); changes > 0; changes--)
            {
                chars[random.Next(chars.Length)] = punctuation[random.Next(punctuation.Length)];
            }

            ShouldBeWellFormed(ChronologyJson.Parse(new string(chars)), chars.Length);
        }
    }

    [Fact]
    public void Load_RandomBytes_NeverThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 1000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);

            ShouldBeWellFormed(ChronologyJson.Parse(bytes), bytes.Length);
        }
    }

    [Fact]
    public void Load_HugeUnknownNames_AreHandledQuicklyAndQuotedShortly()
    {
        var huge = new string('s', 1_000_000);
        var json = $$"""{"timeline": 1, "title": "T", "{{huge}}": 1, "events": [{"id": "a", "title": "A", "date": "2025", "status": "{{huge}}"}]}""";

        var result = Load(json);

        result.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "unknown status '" + new string('s', 77) + "...'; use one of: occurred, planned, postponed, cancelled");
    }

    [Fact]
    public void Load_NullStream_Throws()
    {
        var act = () => ChronologyJson.Load(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
