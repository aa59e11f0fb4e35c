namespace Annals.Cli.Tests;

public class ValidateCommandTests
{
    private static string ExampleFile =>
        Path.Combine(RepositoryRoot(), "docs", "examples", "el-salvador-united-states-2025.json");

    [Fact]
    public void Validate_TheExampleFile_PrintsOkWithTheEventCount()
    {
        var result = Cli.Run("validate", ExampleFile);

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ExampleFile + ": ok: 9 events\n");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Validate_SeveralFilesOneBroken_ReportsEachProblemAsFileLineColumnAndExitsOne()
    {
        using var folder = new TempDirectory();
        var broken = folder.File("broken.json", """
            {
              "timeline": 1,
              "title": "T",
              "events": [
                {"id": "a", "title": "A", "date": "2025-02-29", "status": "ocurred"}
              ]
            }
            """);

        var result = Cli.Run("validate", ExampleFile, broken);

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Be(ExampleFile + ": ok: 9 events\n");
        result.StderrLines.Should().HaveCount(2);
        result.StderrLines.Should().OnlyContain(line => line.StartsWith(broken + ":5:"));
        result.Stderr.Should().Contain("did you mean 'occurred'");
    }

    [Fact]
    public void Validate_NoFile_IsAUsageError()
    {
        Cli.Run("validate").ExitCode.Should().Be(2);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Timeline.sln not found above the test folder.");
    }
}
