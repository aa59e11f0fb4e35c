using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;
using NodaTime;

namespace Annals.Tests.Rendering;

public class OverduePlanTests
{
    /// <summary>The sample as it stood on 1 April 2025, with no later record: the visit is still only planned.</summary>
    private static Timeline KnownOn1April()
    {
        var known = Annals.Samples.ElSalvadorUnitedStates2025.AsOf(new LocalDate(2025, 4, 1));
        return Timeline.Create(known.Events, known.Actors, known.Title);
    }

    [Fact]
    public void ToMarkdown_AsOfADayAfterThePlannedWindow_SaysNoOutcomeRecorded()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(KnownOn1April().AsOf(new LocalDate(2025, 5, 2)));

        markdown.Should().Contain("- **planned for April 2025; no outcome recorded**: Bukele visits Trump at the White House (reported)");
    }

    [Fact]
    public void ToMarkdown_TableAsOfADayAfterTheWindow_StatusCellSaysNoOutcomeRecorded()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(
            KnownOn1April().AsOf(new LocalDate(2025, 5, 2)),
            new MarkdownOptions { Style = MarkdownStyle.Table });

        markdown.Should().Contain("| planned; no outcome recorded, reported |");
    }

    [Fact]
    public void ToMarkdown_AsOfADayWithinTheWindow_ReadsPlanned()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(KnownOn1April().AsOf(new LocalDate(2025, 4, 20)));

        markdown.Should().Contain("- **April 2025 (planned)**: Bukele visits Trump at the White House (reported)");
        markdown.Should().NotContain("no outcome recorded");
    }

    [Fact]
    public void ToMarkdown_NotAnAsOfView_NeverFlagsOverdue()
    {
        ChronologyMarkdown.ToMarkdown(KnownOn1April()).Should().NotContain("no outcome recorded");
    }

    [Fact]
    public void ToMarkdown_SpanishAsOfAfterTheWindow_SaysSinResultadoRegistrado()
    {
        var markdown = ChronologyMarkdown.ToMarkdown(
            KnownOn1April().AsOf(new LocalDate(2025, 5, 2)),
            new MarkdownOptions { Culture = new System.Globalization.CultureInfo("es-SV") });

        markdown.Should().Contain("previsto para abril de 2025; sin resultado registrado");
    }
}
