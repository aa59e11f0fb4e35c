using System.Reflection;
using System.Text.RegularExpressions;
using Annals.Dates;
using Annals.Phrases;
using Annals.Serialization;
using Annals.Timelines;
using NodaTime;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Serialization;

/// <summary>docs/errors.md lists every problem code, and its date and phrase examples are what the library says.</summary>
public partial class ErrorsDocTests
{
    private static readonly string Doc = File.ReadAllText(RepositoryFile("docs/errors.md"));

    private static IEnumerable<string> Codes(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    /// <summary>The rows of the table that follows a heading: each row's cells, without their backquotes.</summary>
    private static List<string[]> Table(string heading)
    {
        var section = Doc[(Doc.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal) + 1)..];
        return section.Split('\n')
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Skip(2)
            .Select(line => Cell().Matches(line).Select(m => m.Groups[1].Value.Trim().Trim('`')).ToArray())
            .ToList();
    }

    [Fact]
    public void ErrorsDoc_EveryProblemCode_HasAnExampleLine()
    {
        foreach (var code in Codes(typeof(LoadProblemCodes)).Concat(Codes(typeof(ProblemCodes))))
        {
            Doc.Should().MatchRegex($@"\n\| {code} \| [^|]+ \| `events\.json:\d+:\d+: (error|warning) {code} \$", $"{code} needs a row with an example line");
        }
    }

    [Fact]
    public void ErrorsDoc_EdtfExamples_AreWhatTheParserSays()
    {
        var rows = Table("EDTF dates");

        rows.Should().HaveCountGreaterThan(10);
        foreach (var row in rows)
        {
            EdtfDate.Parse(row[0]).Error!.ToString().Should().Be(row[1], "the example for {0}", row[0]);
        }
    }

    [Fact]
    public void ErrorsDoc_PhraseExamples_AreWhatTheResolverSays()
    {
        var rows = Table("Relative-date phrases");

        rows.Should().HaveCountGreaterThan(3);
        foreach (var row in rows)
        {
            var phrase = row[0] == "(empty)" ? string.Empty : row[0];
            RelativeDates.Resolve(phrase, new LocalDate(2025, 3, 28)).Error!.ToString().Should().Be(row[1], "the example for '{0}'", phrase);
        }
    }

    [GeneratedRegex(@"\|([^|]+)(?=\|)")]
    private static partial Regex Cell();
}
