using System.Text.Json;

namespace Annals.Cli.Tests;

public class ResolveCommandTests
{
    [Fact]
    public void Resolve_NextMonthFrom28March_PrintsApril2025WithTheRule()
    {
        var result = Cli.Run("resolve", "next month", "--anchor", "2025-03-28");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().StartWith("edtf:      2025-04\n");
        result.Stdout.Should().Contain("anchor:    2025-03-28\n");
        result.Stdout.Should().Contain("rule:      next month after 28 March 2025 → April 2025\n");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Resolve_Json_HasTheFieldsOfDateJsonPlusAnchorAndExplanation()
    {
        var result = Cli.Run("resolve", "a few days after 20 January 2025", "--anchor", "2025-03-28", "--json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "input", "edtf", "kind", "precision", "earliest", "latest", "approximate", "uncertain", "reading", "anchor", "explanation");
        root.GetProperty("edtf").GetString().Should().Be("[2025-01-22..2025-01-27]");
        root.GetProperty("earliest").GetString().Should().Be("2025-01-22");
        root.GetProperty("latest").GetString().Should().Be("2025-01-27");
        root.GetProperty("anchor").GetString().Should().Be("2025-03-28");
    }

    [Fact]
    public void Resolve_UnknownPhrase_ExitsOneWithOneLineNamingThePosition()
    {
        var result = Cli.Run("resolve", "next fortnite", "--anchor", "2025-03-28");

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be("timeline resolve: cannot resolve \"next fortnite\" at character 6: 'fortnite' is not a unit; use week, month, year, a weekday or a month name\n");
    }

    [Fact]
    public void Resolve_BadAnchor_IsAUsageError()
    {
        var result = Cli.Run("resolve", "next month", "--anchor", "28/03/2025");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--anchor \"28/03/2025\" is not a day; write it as yyyy-MM-dd");
    }

    [Fact]
    public void Resolve_MissingAnchor_IsAUsageError()
    {
        Cli.Run("resolve", "next month").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Resolve_SpanishPhrase_ResolvesWithAutoLanguage()
    {
        var result = Cli.Run("resolve", "el mes que viene", "--anchor", "2025-03-28", "--json");

        result.ExitCode.Should().Be(0);
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("edtf").GetString().Should().Be("2025-04");
    }
}
