using Annals.Fuzz;
using static Annals.Tests.Serialization.LoadAssertions;

namespace Annals.Tests.Fuzz;

/// <summary>The fuzz targets of tests/Timeline.Fuzz, run on their seed corpus and on every input a fuzzing run found
/// to crash (kept in the corpus as regressions; see docs/reliability.md): none may throw.</summary>
public class FuzzCorpusTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var corpus = RepositoryFile("tests/Timeline.Fuzz/Corpus");
        foreach (var target in Targets.Names)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, target), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(target, Path.GetRelativePath(corpus, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Target_OnCorpusInput_DoesNotThrow(string target, string input)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryFile("tests/Timeline.Fuzz/Corpus"), input));

        var act = () => Targets.Find(target)!(bytes);

        act.Should().NotThrow();
    }

    [Fact]
    public void Targets_AreTheThreeDocumentedOnes()
    {
        Targets.Names.Should().Equal("edtf", "load", "phrase");
        Targets.Find("nope").Should().BeNull();
    }
}
