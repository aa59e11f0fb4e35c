using Annals.Cli.Input;
using Annals.Serialization;

namespace Annals.Cli.Tests;

/// <summary>The progress line of long loads: shown on the terminal only, one line rewritten in place and ended with a
/// newline; never written by in-process runs, which have no progress.</summary>
public class LoadProgressTests
{
    private static string ExampleFile =>
        Path.Combine(ValidateCommandTests.RepositoryRoot(), "docs", "examples", "el-salvador-united-states-2025.json");

    [Fact]
    public void TryLoad_LoadLongerThanTheDelay_ShowsOneLineRewrittenInPlaceAndEndsIt()
    {
        var terminal = new StringWriter();
        var progress = new LoadProgress(terminal, TimeSpan.Zero);

        var result = TimelineInput.TryLoad(ExampleFile, () => Stream.Null, TextWriter.Null, LoadOptions.Default, progress);

        result!.Success.Should().BeTrue();
        var text = terminal.ToString();
        text.Should().StartWith("\rloading " + ExampleFile + "… ");
        text.Should().Contain(" read, checking");
        text.Should().MatchRegex(@"\rloading .*el-salvador-united-states-2025\.json… [0-9]+ MB, done in [0-9]+\.[0-9] s *\n$");
        text.Count(c => c == '\n').Should().Be(1, "the line is rewritten with carriage returns and ended once");
    }

    [Fact]
    public void TryLoad_LoadShorterThanTheDelay_ShowsNothing()
    {
        var terminal = new StringWriter();
        var progress = new LoadProgress(terminal, TimeSpan.MaxValue);

        var result = TimelineInput.TryLoad(ExampleFile, () => Stream.Null, TextWriter.Null, LoadOptions.Default, progress);

        result!.Success.Should().BeTrue();
        terminal.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_InProcess_WritesNoProgress()
    {
        var result = Cli.Run("validate", ExampleFile);

        result.Stdout.Should().Be(ExampleFile + ": ok: 9 events\n");
        result.Stderr.Should().BeEmpty();
    }
}
