using System.Text.Json;

namespace Annals.Cli.Tests;

public class DiffCommandTests
{
    [Fact]
    public void Diff_1And20April_MarkdownListsTheVisitsChange()
    {
        var result = Cli.Run("diff", "--from-date", "2025-04-01", "--to-date", "2025-04-20");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().StartWith("# What changed between 1 April 2025 and 20 April 2025\n\n## Changed\n\n- **14 April 2025**: Bukele visits Trump at the White House\n");
        result.Stdout.Should().Contain("  - status: planned → occurred\n");
        result.Stdout.Should().NotContain("## Added");
    }

    [Fact]
    public void Diff_Json_ListsAddedRemovedAndChangedFields()
    {
        var result = Cli.Run("diff", "--from-date", "2025-03-01", "--to-date", "2025-04-20", "--format", "json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("added").EnumerateArray().Select(e => e.GetString()).Should().Equal(
            "deportations-to-el-salvador", "white-house-visit-reported", "bukele-diet-coke-reply", "bukele-white-house-visit");
        json.RootElement.GetProperty("changed").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Diff_BadDay_IsAUsageError()
    {
        var result = Cli.Run("diff", "--from-date", "April", "--to-date", "2025-04-20");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--from-date: \"April\" is not a day");
    }

    [Fact]
    public void Diff_UnknownCulture_IsAUsageErrorThatSuggestsNames()
    {
        var result = Cli.Run("diff", "--from-date", "2025-03-01", "--to-date", "2025-04-20", "--culture", "xx-NOPE");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be(
            "timeline diff: --culture: 'xx-NOPE' is not a culture this machine knows; use a name such as en-US, en-GB, es-SV or fr-FR\n");
    }
}
