using System.Reflection;
using Annals.Phrases;
using static Annals.Tests.Phrases.PhraseTesting;

namespace Annals.Tests.Phrases;

/// <summary>
/// Keeps docs/relative-dates.md honest: every example table (header starting "| Phrase |") is resolved, and the
/// phrase sources stay away from the clock, the culture, regular expressions and unfinished-work markers.
/// </summary>
public class RelativeDatesDocsTests
{
    private static readonly string[] Forbidden =
    [
        "DateTime", "DateTimeOffset", "SystemClock", "TimeZoneInfo", "CurrentCulture", "CurrentUICulture", "Regex",
        "TODO", "FIXME", "NotImplementedException",
    ];

    [Fact]
    public void Docs_ExampleTables_MatchTheResolver()
    {
        var rows = TableRows().ToList();

        rows.Count(r => r.ContainsKey("EDTF")).Should().BeGreaterThan(80);
        rows.Count(r => r.ContainsKey("Position")).Should().BeGreaterThan(10);
        foreach (var row in rows)
        {
            var phrase = row["Phrase"] == "(empty)" ? string.Empty : row["Phrase"];
            var anchor = row.TryGetValue("Anchor", out var anchorText) ? D(anchorText) : Bukele;
            if (row.TryGetValue("EDTF", out var edtf))
            {
                Resolved(phrase, anchor).ShouldBe(edtf, row["Earliest"], row["Latest"]);
            }
            else
            {
                var error = Failed(phrase, anchor);
                error.Position.Should().Be(int.Parse(row["Position"], System.Globalization.CultureInfo.InvariantCulture), phrase);
                error.Message.Should().StartWith(row["Message starts with"], phrase);
            }
        }
    }

    [Fact]
    public void Docs_BukeleExample_IsTheFirstCodeSample()
    {
        var text = File.ReadAllText(DocsPath());

        text.Should().Contain("visit.Explanation;          // \"next month after 28 March 2025 → April 2025\"");
        Resolved("next month", Bukele).Explanation.Should().Be("next month after 28 March 2025 → April 2025");
        RelativeDates.Resolve("next fortnite", Bukele).Error!.ToString()
            .Should().Be("at character 6: 'fortnite' is not a unit; use week, month, year, a weekday or a month name");
    }

    [Fact]
    public void PhrasesSource_UsesNoClockCultureRegexOrUnfinishedMarkers()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "Timeline", "Phrases"), "*.cs");

        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            foreach (var name in Forbidden)
            {
                source.Should().NotContain(name, $"{Path.GetFileName(file)} must not use {name}");
            }
        }
    }

    [Fact]
    public void PublicApi_IsOnlyTheDocumentedTypes()
    {
        var types = typeof(RelativeDates).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Annals.Phrases")
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        types.Should().Equal("PhraseLanguage", "PhraseOptions", "RelativeDates", "ResolvedDate");
        typeof(ResolvedDate).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
    }

    private static IEnumerable<Dictionary<string, string>> TableRows()
    {
        string[]? header = null;
        foreach (var line in File.ReadAllLines(DocsPath()))
        {
            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray();
            if (header is null)
            {
                header = cells[0] == "Phrase" ? cells : [];
                continue;
            }

            if (header.Length == 0 || cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            yield return header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
        }
    }

    private static string DocsPath() => Path.Combine(RepositoryRoot(), "docs", "relative-dates.md");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}
