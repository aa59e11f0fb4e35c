using Annals.Dates;
using Annals.Model;
using Annals.Rendering;
using Annals.Timelines;

namespace Annals.Tests.Rendering;

/// <summary>The writers that append straight into the line write what the string-returning ones return.</summary>
public class StreamingWritersTests
{
    public static TheoryData<string> Urls() =>
    [
        "https://example.org/wire/1", "https://example.org/a_b*c", "https://example.org/>)<script>", "javascript:alert(1)",
        "mailto:press@example.org", "https://exa mple.org", "https://example.org/ümlaut?q=a|b^c`d", "tel:+15551234",
    ];

    [Theory]
    [MemberData(nameof(Urls))]
    public void Write_EverySourceShape_SameAsFormat(string url)
    {
        var citation = new SourceCitation(new DateLabelFormatter(DateTextFormat.Invariant), RenderText.English);
        Source[] sources =
        [
            new("Synthetic Wire") { Url = url, Kind = SourceKind.News },
            new("The White House") { Url = url, Title = "Readout: *call* with [Bukele]", Published = EdtfDate.Day(2025, 1, 27) },
            new("@nayibbukele") { Author = "Nayib  Bukele", Url = url, Kind = SourceKind.Social, Quote = "Thank you!" },
            new("- Anonymous") { Author = "- anonymous ", Kind = SourceKind.Anonymous, Url = url, Title = "Tab\there" },
            new("1. Outlet") { Published = EdtfDate.Parse("2025-04~").Value, Quote = "“quoted” <b>" },
        ];

        foreach (var source in sources)
        {
            var output = new StringWriter();
            var writer = new LineWriter(output);
            citation.Write(writer, source);
            writer.EndLine();

            output.ToString().Should().Be(citation.Format(source).TrimEnd(' ') + "\n", source.ToString());
        }
    }

    [Fact]
    public void WriteReferences_RepeatedSources_SameAsReferences()
    {
        var a = new Source("A") { Url = "https://a.example/" };
        var b = new Source("B");
        var events = new[]
        {
            new Event("one", "One", EdtfDate.Year(2025)) { Sources = [a, b, a with { }, b] },
            new Event("two", "Two", EdtfDate.Year(2025)) { Sources = [b, new Source("C"), a] },
            new Event("three", "Three", EdtfDate.Year(2025)),
        };
        var byString = new FootnoteRegistry();
        var byWriter = new FootnoteRegistry();

        foreach (var e in events)
        {
            var output = new StringWriter();
            var writer = new LineWriter(output);
            writer.Write("x");
            byWriter.WriteReferences(writer, e);
            writer.EndLine();

            output.ToString().Should().Be("x" + byString.References(e) + "\n");
        }

        byWriter.Count.Should().Be(byString.Count);
    }

    [Fact]
    public void Participants_AppendAndString_Agree()
    {
        var timeline = Samples.ElSalvadorUnitedStates2025;
        var phrases = new EventPhrases(timeline, DateTextFormat.Invariant);
        var buffer = new TextBuffer();

        foreach (var e in timeline)
        {
            buffer.Clear();
            phrases.AppendParticipants(buffer, e);
            buffer.ToString().Should().Be(phrases.Participants(e));
            buffer.Clear();
            phrases.AppendDateLabelWithStatus(buffer, e);
            buffer.ToString().Should().Be(phrases.DateLabelWithStatus(e));
        }
    }

    [Fact]
    public void GroupBy_SyntheticTimeline_EveryEventInTheGroupOfItsPeriod()
    {
        var timeline = SyntheticTimeline.Generate(3_000, seed: 9);

        foreach (var grouping in new[] { TimelineGrouping.Year, TimelineGrouping.Month })
        {
            var groups = timeline.GroupBy(grouping);
            groups.Sum(g => g.Events.Length).Should().Be(timeline.Count);
            groups.Select(g => g.Period?.ToString()).Should().OnlyHaveUniqueItems();
            foreach (var group in groups)
            {
                group.Events.Should().OnlyContain(e => Equals(Period(e.Date, grouping), group.Period));
            }
        }
    }

    private static EdtfDate? Period(EdtfDate date, TimelineGrouping grouping)
    {
        var (first, last) = (date.Earliest ?? date.Latest, date.Latest ?? date.Earliest);
        if (first is not { } start || last is not { } end)
        {
            return null;
        }

        return grouping == TimelineGrouping.Month && (start.Year != end.Year || start.Month == end.Month)
            ? EdtfDate.Month(start.Year, start.Month)
            : EdtfDate.Year(start.Year);
    }
}
