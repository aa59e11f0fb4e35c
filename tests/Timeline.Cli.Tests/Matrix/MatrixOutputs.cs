using System.Globalization;
using Annals.Dates;
using Annals.ICalendar;
using Annals.Rendering;
using Annals.Serialization;
using Annals.Timelines;
using NodaTime;

namespace Annals.Cli.Tests.Matrix;

/// <summary>Every output the library and the tool publish, for the built-in sample and a generated timeline: the
/// values that must not change with the machine's culture or time zone.</summary>
internal static class MatrixOutputs
{
    /// <summary>The seed of the generated timeline.</summary>
    public const int Seed = 20250203;

    /// <summary>The number of events of the generated timeline.</summary>
    public const int SyntheticEvents = 300;

    /// <summary>The cultures of the matrix, as CurrentCulture and CurrentUICulture: invariant, and cultures with other
    /// calendars (th-TH Buddhist, ar-SA Um al-Qura, fa-IR Persian, ja-JP), digits, casing rules (tr-TR) and
    /// separators.</summary>
    public static readonly string[] Cultures = [string.Empty, "en-US", "tr-TR", "th-TH", "ar-SA", "fa-IR", "ja-JP"];

    /// <summary>The time zones of the matrix: UTC, one behind it, one ahead, and one 14 hours ahead.</summary>
    public static readonly string[] TimeZones = ["UTC", "America/El_Salvador", "Asia/Tokyo", "Pacific/Kiritimati"];

    /// <summary>EDTF expressions for <c>timeline date --json</c>.</summary>
    public static readonly string[] Dates =
    [
        "2025-04~", "2025-01-2X~", "2025-03-15/2025-03-16", "[2025-04-14,2025-04-15]", "{1960,1961-12}", "-0044-03-15",
        "2025-03-15T10:30:00+05:00", "2025-02-03T23:30:00Z", "2021/..", "../2021", "1950S2", "2025-21", "19XX", "2024-02-29",
    ];

    /// <summary>The generated timeline, as a file: its JSON text.</summary>
    public static readonly Lazy<string> SyntheticFile = new(() =>
        ChronologyJson.ToJson(SyntheticTimeline.Generate(SyntheticEvents, Seed)));

    /// <summary>A file with problems of many kinds, whose messages hold numbers and dates.</summary>
    public const string BrokenFile = """
        {"timeline": 1, "title": "Broken", "x-deep": [[[[]]]],
         "actors": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}],
         "events": [
           {"id": "e1", "title": "E", "date": "2025-02-30", "status": "ocurred", "timeZone": "America/New_Yrok"},
           {"id": "e2", "title": "E", "date": "2025-01-25", "relations": [{"type": "follows", "event": "e3"}],
            "location": {"latitude": 91.5, "longitude": 0}, "participants": [{"actor": "b"}]},
           {"id": "e3", "title": "E", "date": "2025-02-03", "recorded": "2025-04-14",
            "history": [{"recorded": "2025-04-15", "date": "2025-04"}]},
           {"id": "e4", "title": "E", "relativeTo": {"offset": "a fortnight after", "event": "e3"}}
         ]}
        """;

    /// <summary>Computes every output, keyed by a name that says what it is.</summary>
    /// <param name="withSynthetic">Whether to render the generated timeline too (the slow part), besides the sample.</param>
    public static SortedDictionary<string, string> Compute(bool withSynthetic = true)
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Render("sample", Samples.ElSalvadorUnitedStates2025, outputs);
        if (withSynthetic)
        {
            var synthetic = ChronologyJson.Parse(SyntheticFile.Value).GetDocumentOrThrow();
            Render("synthetic", synthetic.Timeline, outputs);
            outputs["synthetic.json.resaved"] = ChronologyJson.ToJson(synthetic);
        }

        var sample = Samples.ElSalvadorUnitedStates2025;
        var diff = sample.DiffBetween(new LocalDate(2025, 3, 1), new LocalDate(2025, 5, 1));
        using (var writer = new StringWriter(CultureInfo.InvariantCulture))
        {
            DiffMarkdown.Write(diff, writer);
            DiffMarkdown.Write(diff, writer, CultureInfo.GetCultureInfo("es-SV"));
            outputs["sample.diff.markdown"] = writer.ToString();
        }

        var limits = new LoadOptions { MaxDepth = 3, MaxStringLength = 1000 };
        outputs["broken.problems"] = string.Join("\n", ChronologyJson.Parse(BrokenFile).Problems);
        outputs["broken.problems.limits"] = string.Join("\n", ChronologyJson.Parse(BrokenFile, limits).Problems);
        outputs["broken.too-large"] = string.Join("\n", ChronologyJson.Parse(BrokenFile, new LoadOptions { MaxFileSize = 1_500_000 }).Problems)
            + string.Join("\n", ChronologyJson.Parse(BrokenFile, new LoadOptions { MaxFileSize = 100 }).Problems);

        foreach (var date in Dates)
        {
            var parsed = EdtfDate.Parse(date);
            outputs["date." + date] = parsed.Success
                ? string.Create(CultureInfo.InvariantCulture, $"{parsed.Value} | {parsed.Value.Describe()} | {parsed.Value.Earliest} | {parsed.Value.Latest}")
                : parsed.Error.ToString();
            outputs["cli.date." + date] = Text(Cli.Run("date", "--json", "--", date));
        }

        outputs["date.errors"] = string.Join("\n", new[] { "2025-13", "2025-02-29", "2025S5", "2025-01-01T25:00:00" }.Select(d => EdtfDate.Parse(d).Error!.ToString()));
        foreach (var phrase in new[] { "next month", "a few days after 20 January 2025", "el mes que viene", "on Friday", "3.5 days ago" })
        {
            outputs["cli.resolve." + phrase] = Text(Cli.Run("resolve", phrase, "--anchor", "2025-03-28", "--json"));
        }

        foreach (var format in RenderFormatsUnderTest)
        {
            outputs["cli.render." + format] = Text(Cli.Run("render", "--format", format));
        }

        return outputs;
    }

    /// <summary>The formats of <c>timeline render</c>.</summary>
    public static IEnumerable<string> RenderFormatsUnderTest => Annals.Cli.Output.RenderFormats.Names;

    /// <summary>A run of the tool as text: exit code, standard output, standard error.</summary>
    public static string Text(CliResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"exit {result.ExitCode}\n--- stdout\n{result.Stdout}--- stderr\n{result.Stderr}");

    private static void Render(string name, Timeline timeline, SortedDictionary<string, string> outputs)
    {
        var esSv = CultureInfo.GetCultureInfo("es-SV");
        var jaJp = CultureInfo.GetCultureInfo("ja-JP");
        outputs[name + ".markdown.list"] = ChronologyMarkdown.ToMarkdown(timeline);
        outputs[name + ".markdown.table"] = ChronologyMarkdown.ToMarkdown(timeline, new MarkdownOptions
        {
            Style = MarkdownStyle.Table,
            IncludeTableOfContents = true,
            IncludeMermaid = true,
            Grouping = TimelineGrouping.Month,
        });
        outputs[name + ".markdown.es-SV"] = ChronologyMarkdown.ToMarkdown(timeline, new MarkdownOptions { Culture = esSv, Order = ChronologyOrder.Descending });
        outputs[name + ".markdown.ja-JP"] = ChronologyMarkdown.ToMarkdown(timeline, new MarkdownOptions { Culture = jaJp, Style = MarkdownStyle.Table });
        outputs[name + ".markdown.as-of"] = ChronologyMarkdown.ToMarkdown(timeline.AsOf(new LocalDate(2025, 4, 1)));
        outputs[name + ".mermaid"] = ChronologyMermaid.ToMermaid(timeline);
        outputs[name + ".mermaid.es-SV"] = ChronologyMermaid.ToMermaid(timeline, new MermaidOptions { Culture = esSv, Grouping = TimelineGrouping.Month });
        outputs[name + ".json"] = ChronologyJson.ToJson(timeline);
        outputs[name + ".json.excerpt"] = ChronologyJson.ToJson(timeline.Between(EdtfDate.Year(2020), EdtfDate.Year(2025)), SaveOptions.Excerpt);
        outputs[name + ".ics"] = ChronologyCalendar.ToICalendar(timeline);
        outputs[name + ".timelinejs"] = ChronologyTimelineJs.ToJson(timeline);
        outputs[name + ".timelinejs.es-SV"] = ChronologyTimelineJs.ToJson(timeline, new TimelineJsOptions { Culture = esSv, IncludeEras = true });
        outputs[name + ".html"] = ChronologyHtml.ToHtml(timeline);
        outputs[name + ".html.ja-JP"] = ChronologyHtml.ToHtml(timeline, new HtmlOptions { Culture = jaJp });
        outputs[name + ".groups"] = string.Join("\n", timeline.GroupBy(TimelineGrouping.Month).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Period} {g.Events.Length}")));
    }
}
