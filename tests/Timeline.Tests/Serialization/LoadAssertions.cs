using System.Text;
using Annals.Serialization;
using Annals.Timelines;

namespace Annals.Tests.Serialization;

/// <summary>Helpers for the loading tests: problems as expected values, and loading from text or bytes.</summary>
internal static class LoadAssertions
{
    public static LoadProblem Error(int line, int column, string path, string code, string message) =>
        new(ProblemSeverity.Error, code, message, line, column, path);

    public static LoadProblem Warning(int line, int column, string path, string code, string message) =>
        new(ProblemSeverity.Warning, code, message, line, column, path);

    public static LoadResult Load(string json) => ChronologyJson.Parse(json);

    /// <summary>Asserts that two timelines are equal, field by field first so that a failure says where.</summary>
    public static void ShouldEqualTimeline(this Timeline? actual, Timeline expected)
    {
        actual.Should().NotBeNull();
        actual!.Title.Should().Be(expected.Title);
        actual.Description.Should().Be(expected.Description);
        actual.Actors.Should().Equal(expected.Actors);
        actual.Events.Should().Equal(expected.Events);
        actual.Equals(expected).Should().BeTrue();
    }

    public static LoadResult Load(byte[] utf8) => ChronologyJson.Load(new MemoryStream(utf8));

    /// <summary>Loads through a stream and through a string, checks that both agree, and returns the problems.</summary>
    public static IReadOnlyList<LoadProblem> ProblemsOf(string json)
    {
        var fromText = ChronologyJson.Parse(json);
        var fromStream = ChronologyJson.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        fromStream.Problems.Should().Equal(fromText.Problems, "loading a stream and a string must agree");
        return fromText.Problems;
    }

    /// <summary>Finds a file of the repository, such as <c>docs/examples/x.json</c>, from the test's output folder.</summary>
    public static string RepositoryFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln")))
            {
                return Path.Combine(dir.FullName, relativePath);
            }
        }

        throw new FileNotFoundException("The repository root (with Timeline.sln) was not found above " + AppContext.BaseDirectory);
    }
}
