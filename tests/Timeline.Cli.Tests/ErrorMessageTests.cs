namespace Annals.Cli.Tests;

/// <summary>Usage errors say where (the option or argument) and what to do, in the tool's words rather than .NET's.</summary>
public sealed class ErrorMessageTests
{
    private static void ShouldBeUsageError(CliResult result, params string[] lines)
    {
        result.ExitCode.Should().Be(ExitCodes.UsageError);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().Equal(lines);
    }

    [Fact]
    public void Generate_EventsThatAreNotANumber_IsAUsageErrorNotACrash()
    {
        // Regression: the range check read the value while parsing and threw, so the tool died with a stack trace.
        ShouldBeUsageError(
            Cli.Run("generate", "--events", "x"),
            "timeline generate: --events: 'x' is not a whole number",
            "Run 'timeline generate --help' for usage.");
        ShouldBeUsageError(
            Cli.Run("generate", "--events", "99999999999"),
            "timeline generate: --events: '99999999999' is not a whole number",
            "Run 'timeline generate --help' for usage.");
        ShouldBeUsageError(
            Cli.Run("generate", "--events", "-5"),
            "timeline generate: --events must be between 0 and 10000000.",
            "Run 'timeline generate --help' for usage.");
    }

    [Fact]
    public void MissingArgument_IsNamedAndDescribed()
    {
        ShouldBeUsageError(
            Cli.Run("date"),
            "timeline date: missing EXPR: An EDTF (ISO 8601-2) date, interval or set, for example 2025-04~, 2025-03-15/2025-03-16, 2025-04/.., [1667,1668] or -0044-03-15.",
            "Run 'timeline date --help' for usage.");
        ShouldBeUsageError(
            Cli.Run("validate"),
            "timeline validate: missing FILE: One or more timeline files (JSON format v1); - reads standard input.",
            "Run 'timeline validate --help' for usage.");
    }

    [Fact]
    public void MissingRequiredOption_IsNamedAndDescribed()
    {
        ShouldBeUsageError(
            Cli.Run("diff"),
            "timeline diff: missing --from-date: The earlier as-of day (yyyy-MM-dd).",
            "timeline diff: missing --to-date: The later as-of day (yyyy-MM-dd).",
            "Run 'timeline diff --help' for usage.");
        Cli.Run("resolve").StderrLines.Should().Contain(line => line.StartsWith("timeline resolve: missing PHRASE: The phrase, in English or Spanish, e.g. \"next month\"", StringComparison.Ordinal));
    }

    [Fact]
    public void OptionWithoutItsValue_SaysItNeedsOne()
    {
        ShouldBeUsageError(
            Cli.Run("render", "--max-events"),
            "timeline render: --max-events needs a value: The most events to accept in a file: 10000000 by default.",
            "Run 'timeline render --help' for usage.");
    }

    [Fact]
    public void ValueNotAmongTheChoices_NamesTheOption()
    {
        ShouldBeUsageError(
            Cli.Run("render", "--format", "pdf"),
            "timeline render: --format: Argument 'pdf' not recognized. Must be one of: 'markdown' 'mermaid' 'json' 'timelinejs' 'ics' 'html'",
            "Run 'timeline render --help' for usage.");
    }

    [Fact]
    public void Render_UnknownActor_WarnsWithASuggestionAndStillRenders()
    {
        var result = Cli.Run("render", "--actor", "bukle", "--format", "json");

        result.ExitCode.Should().Be(ExitCodes.Success);
        result.StderrLines.Should().Equal("timeline render: warning: --actor: the timeline has no actor \"bukle\" (did you mean 'bukele'?), so no event matches it");
        Cli.Run("render", "--actor", "bukele").Stderr.Should().BeEmpty();
    }
}
