using System.Reflection;
using System.Text;

namespace Annals.Cli.Tests;

public sealed class TimelineAppTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Run_Help_DescribesTheCommandsAndExitsZero(string help)
    {
        CliResult result = Cli.Run(help);

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.Stdout.Should().Contain("Usage:").And.Contain("date").And.Contain("--version").And.Contain("--verbose");
        result.Stdout.Should().NotContain("\r");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Run_DateHelp_DocumentsTheArgumentAndNegativeYearsAndExitsZero()
    {
        CliResult result = Cli.Run("date", "--help");

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.Stdout.Should().Contain("timeline date <EXPR>").And.Contain("--json").And.Contain("-0044-03-15").And.Contain("'--'");
        result.Stdout.Should().NotContain("\r");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Run_HelpWithAnUnknownOption_StillShowsHelpAndExitsZero()
    {
        CliResult result = Cli.Run("date", "--help", "--bogus");

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.Stdout.Should().Contain("--json");
    }

    [Fact]
    public void Run_Version_PrintsTheInformationalVersionAndExitsZero()
    {
        string version = typeof(TimelineApp).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        CliResult result = Cli.Run("--version");

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.Stdout.Should().Be(version + "\n");
        result.Stdout.Should().StartWith("0.1.0");
        result.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("frobnicate")]
    [InlineData("date")]
    [InlineData("date", "--bogus")]
    [InlineData("date", "-x")]
    [InlineData("date", "--bogus", "2025-04~")]
    [InlineData("date", "2025-04~", "--jsno")]
    [InlineData("date", "2025-04~", "2025-05")]
    [InlineData("date", "--", "2025-04~", "--json")]
    public void Run_MalformedCommandLine_ReportsTheProblemAndExitsTwo(params string[] args)
    {
        CliResult result = Cli.Run(args);

        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().HaveCountGreaterThanOrEqualTo(2);
        result.StderrLines[0].Should().StartWith("timeline");
        result.StderrLines[^1].Should().EndWith("--help' for usage.");
        result.Stderr.Should().NotContain(" at ").And.NotContain("\r");
    }

    [Fact]
    public void Run_UnknownOptionBeforeTheExpression_NamesTheOption()
    {
        CliResult result = Cli.Run("date", "--bogus", "2025-04~");

        result.StderrLines.Should().Equal(
            "timeline date: Unrecognized option '--bogus'.",
            "Run 'timeline date --help' for usage.");
    }

    [Fact]
    public void Run_OutputFails_PrintsOneErrorLineWithoutStackTraceAndExitsInternalError()
    {
        using var stderr = new StringWriter();

        int exitCode = TimelineApp.Run([], new FailingWriter(), stderr);

        exitCode.Should().Be(ExitCodes.InternalError);
        exitCode.Should().NotBe(ExitCodes.Success).And.NotBe(ExitCodes.InvalidInput).And.NotBe(ExitCodes.UsageError);
        string error = stderr.ToString();
        error.Should().StartWith("error: ").And.Contain("The pipe is closed.").And.EndWith("\n");
        error.Count(c => c == '\n').Should().Be(1);
        error.Should().NotContain(" at ");
    }

    [Fact]
    public void Run_OutputFailsWithVerbose_PrintsTheStackTraceAndExitsInternalError()
    {
        using var stderr = new StringWriter();

        int exitCode = TimelineApp.Run(["--verbose"], new FailingWriter(), stderr);

        exitCode.Should().Be(ExitCodes.InternalError);
        stderr.ToString().Should().StartWith("error: ").And.Contain(nameof(IOException)).And.Contain(" at ");
    }

    [Fact]
    public void Run_CommandFailsWithVerboseAfterTheCommand_PrintsTheStackTraceAndExitsInternalError()
    {
        using var stderr = new StringWriter();

        int exitCode = TimelineApp.Run(["date", "2025-04~", "--verbose"], new FailingWriter(), stderr);

        exitCode.Should().Be(ExitCodes.InternalError);
        stderr.ToString().Should().StartWith("error: ").And.Contain(" at ");
    }

    /// <summary>A standard output whose reader has gone away.</summary>
    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("The pipe is closed.");

        public override void Write(string? value) => throw new IOException("The pipe is closed.");
    }
}
