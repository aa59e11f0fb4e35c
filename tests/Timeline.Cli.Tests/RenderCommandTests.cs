using Annals.Model;
using Annals.Rendering;
using Annals.Serialization;
using Annals.Timelines;

namespace Annals.Cli.Tests;

public class RenderCommandTests
{
    private static readonly Timeline Sample = Annals.Samples.ElSalvadorUnitedStates2025;

    [Fact]
    public void Run_NoArguments_PrintsTheSampleChronologyAsMarkdown()
    {
        var result = Cli.Run();

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ChronologyMarkdown.ToMarkdown(Sample));
        result.Stdout.Should().StartWith("# El Salvador–United States relations, 2021–2025\n");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Render_NoFile_SameAsNoCommand()
    {
        Cli.Run("render").Stdout.Should().Be(Cli.Run().Stdout);
    }

    [Fact]
    public void Render_Filters_SameAsTheQueryInCode()
    {
        var result = Cli.Run("render", "--actor", "bukele", "--from", "2025-02", "--to", "2025-04", "--kind", "visit", "--kind", "statement");

        var expected = Sample.Query(new TimelineQuery
        {
            Actors = ["bukele"],
            From = Annals.Dates.EdtfDate.Month(2025, 2),
            To = Annals.Dates.EdtfDate.Month(2025, 4),
            Kinds = [EventKind.Visit, EventKind.Statement],
        });
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ChronologyMarkdown.ToMarkdown(expected));
        expected.Select(e => e.Id).Should().Equal("rubio-visits-el-salvador", "bukele-diet-coke-reply", "bukele-white-house-visit");
    }

    [Fact]
    public void Render_GeneratedFileWithFilters_SameAsTheQueryInCode()
    {
        using var folder = new TempDirectory();
        var path = folder.File("generated.json");
        Cli.Run("generate", "--events", "2000", "--seed", "11", "-o", path).ExitCode.Should().Be(0);

        var result = Cli.Run("render", path, "--format", "json", "--actor", "actor-0002", "--actor", "actor-0003", "--status", "occurred", "--from", "1990", "--to", "2010", "--strict");

        var timeline = ChronologyJson.Load(File.OpenRead(path)).Timeline!;
        var expected = timeline.Query(new QueryFilters
        {
            Actors = ["actor-0002", "actor-0003"],
            Statuses = ["occurred"],
            From = "1990",
            To = "2010",
            Strict = true,
        }.ToQuery().Query!);
        result.ExitCode.Should().Be(0);
        var selected = ChronologyJson.Parse(result.Stdout).Timeline!;
        selected.Select(e => e.Id).Should().Equal(expected.Select(e => e.Id)).And.NotBeEmpty();
        selected.Actors.Select(a => a.Id).Should().OnlyContain(id => expected.Any(e => e.Involves(id)));
    }

    [Fact]
    public void Render_JsonOfTheWholeSample_IsTheExampleFile()
    {
        var result = Cli.Run("render", "--format", "json");

        result.Stdout.Should().Be(ChronologyJson.ToJson(Sample));
    }

    [Fact]
    public void Render_AsOf_ShowsTheVisitAsPlanned()
    {
        var result = Cli.Run("render", "--as-of", "2025-04-01");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("- **April 2025 (planned)**: Bukele visits Trump at the White House (reported)");
    }

    [Fact]
    public void Render_Mermaid_WritesATimelineDiagram()
    {
        var result = Cli.Run("render", "--format", "mermaid", "--group-by", "month");

        result.Stdout.Should().Be(ChronologyMermaid.ToMermaid(Sample, new MermaidOptions { Grouping = TimelineGrouping.Month }));
    }

    [Fact]
    public void Render_Ics_KeepsCrlfLineEndings()
    {
        var result = Cli.Run("render", "--format", "ics");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().StartWith("BEGIN:VCALENDAR\r\n");
        result.Stdout.Should().Contain("UID:bukele-white-house-visit@annals.timeline\r\n");
    }

    [Fact]
    public void Render_TimelineJs_SameAsTheLibraryExport()
    {
        var result = Cli.Run("render", "--format", "timelinejs", "--timelinejs-group", "kind");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ChronologyTimelineJs.ToJson(Sample, new TimelineJsOptions { Grouping = TimelineJsGrouping.Kind }));
    }

    [Fact]
    public void Render_Html_SameAsTheLibraryExport()
    {
        var result = Cli.Run("render", "--format", "html", "--culture", "es-SV");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ChronologyHtml.ToHtml(Sample, new HtmlOptions { Culture = new System.Globalization.CultureInfo("es-SV") }));
        result.Stdout.Should().StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void Render_Culture_WritesSpanishMonths()
    {
        Cli.Run("render", "--culture", "es-SV").Stdout.Should().Contain("3 de febrero de 2025");
    }

    [Theory]
    [InlineData("--status", "ocurred", "--status: unknown status 'ocurred' (did you mean 'occurred'?)")]
    [InlineData("--from", "2025-13", "--from: '2025-13' is not an EDTF date, at character 6")]
    [InlineData("--culture", "xx-NOPE", "--culture: 'xx-NOPE' is not a culture this machine knows")]
    [InlineData("--as-of", "1 April", "--as-of: '1 April' is not a day")]
    public void Render_BadOptionValue_ExitsTwoNamingTheOption(string option, string value, string message)
    {
        var result = Cli.Run("render", option, value);

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().StartWith("timeline render: " + message);
    }

    [Fact]
    public void Render_UnknownFormat_IsAUsageError()
    {
        Cli.Run("render", "--format", "pdf").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Render_BrokenFile_ExitsOneWithFileLineColumn()
    {
        using var folder = new TempDirectory();
        var path = folder.File("broken.json", "{\n  \"timeline\": 1,\n  \"title\": \"T\",\n  \"events\": [\n    {\"id\": \"a\", \"title\": \"A\", \"date\": \"2025-02-29\"}\n  ]\n}\n");

        var result = Cli.Run("render", path);

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith(path + ":5:");
    }

    [Fact]
    public void Render_MissingFile_ExitsOne()
    {
        var result = Cli.Run("render", "/nonexistent/nowhere.json");

        result.ExitCode.Should().Be(1);
        result.Stderr.Should().StartWith("/nonexistent/nowhere.json: cannot read the file: ");
    }

    [Fact]
    public void Render_OutputFile_WritesItAndLeavesNoTemporaryFile()
    {
        using var folder = new TempDirectory();
        var target = folder.File("chronology.md");

        var result = Cli.Run("render", "-o", target);

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().BeEmpty();
        File.ReadAllText(target).Should().Be(ChronologyMarkdown.ToMarkdown(Sample));
        Directory.GetFiles(folder.Path).Should().Equal(target);
    }

    [Fact]
    public void Render_OutputFileOverBrokenInput_LeavesTheExistingFileUntouched()
    {
        using var folder = new TempDirectory();
        var target = folder.File("chronology.md", "previous content");
        var broken = folder.File("broken.json", "{ not json");

        var result = Cli.Run("render", broken, "-o", target);

        result.ExitCode.Should().Be(1);
        File.ReadAllText(target).Should().Be("previous content");
        Directory.GetFiles(folder.Path).Should().BeEquivalentTo([target, broken]);
    }
}
