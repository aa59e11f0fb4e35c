using System.Text;
using Annals.Dates;
using Annals.Phrases;
using Annals.Rendering;
using Annals.Serialization;
using NodaTime;

namespace Annals.Fuzz;

/// <summary>The fuzz targets. Each takes the fuzzer's bytes and must return normally: the documented outcome of bad
/// input is a result value (a <see cref="ParseError"/>, a <see cref="LoadResult"/> with problems), never an exception.
/// Any exception, or a broken invariant (reported as <see cref="InvariantException"/>), is a crash.</summary>
public static class Targets
{
    private static readonly LocalDate Anchor = new(2025, 3, 28);

    /// <summary>The names of the targets, as the command line takes them.</summary>
    public static readonly string[] Names = ["edtf", "load", "phrase"];

    /// <summary>Finds a target by name. This runs no code of the library: under SharpFuzz, instrumented code must not
    /// run before the fuzzer has set up its coverage map.</summary>
    /// <param name="name">edtf, load or phrase.</param>
    /// <returns>The target, or <see langword="null"/> for an unknown name.</returns>
    public static Action<byte[]>? Find(string name) => name switch
    {
        "edtf" => Edtf,
        "load" => Load,
        "phrase" => Phrase,
        _ => null,
    };

    /// <summary>The EDTF parser: a value reads back from its canonical text; an error points inside the input.</summary>
    public static void Edtf(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var result = EdtfDate.Parse(text);
        if (!result.Success)
        {
            Check(result.Error.Position >= 0 && result.Error.Position <= text.Length, "the error points outside the input");
            Check(result.Error.Message.Length > 0, "the error has no message");
            return;
        }

        var date = result.Value;
        var canonical = date.ToString();
        var again = EdtfDate.Parse(canonical);
        Check(again.Success, "the canonical text does not parse: " + canonical);
        Check(again.Value.Equals(date), "the canonical text reads back to another value: " + canonical);
        Check(date.Earliest is not { } earliest || date.Latest is not { } latest || earliest <= latest, "earliest after latest");
        _ = date.Describe();
        _ = (date.Precision, date.IsApproximate, date.IsUncertain, date.HasUnspecifiedDigits, date.Level);
        _ = date.MayOverlap(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        _ = date.RelateTo(EdtfDate.Year(2025));
    }

    /// <summary>The file loader: it never throws; a loaded document saves, reloads to the same bytes, and renders.</summary>
    public static void Load(byte[] data)
    {
        var limits = new LoadOptions { MaxFileSize = 1 << 20, MaxStringLength = 1 << 16, MaxEvents = 10_000 };
        var result = ChronologyJson.Parse(data, limits);
        Check(result.Success == result.Problems.All(p => p.Severity == ProblemSeverity.Warning), "success does not match the problems");
        foreach (var problem in result.Problems)
        {
            Check(problem.Line >= 1 && problem.Column >= 1 && problem.Path.StartsWith('$') && problem.Message.Length > 0, "a malformed problem: " + problem);
        }

        if (!result.Success)
        {
            return;
        }

        var saved = ChronologyJson.ToUtf8Bytes(result.Document);
        var reloaded = ChronologyJson.Parse(saved, limits with { MaxFileSize = LoadOptions.LargestMaxFileSize });
        Check(reloaded.Success, "a saved document does not load: " + string.Join("; ", reloaded.Errors));
        Check(ChronologyJson.ToUtf8Bytes(reloaded.Document!).AsSpan().SequenceEqual(saved), "saving is not stable");
        _ = ChronologyMarkdown.ToMarkdown(result.Timeline, new MarkdownOptions { IncludeMermaid = true, IncludeTableOfContents = true });
        _ = ChronologyMermaid.ToMermaid(result.Timeline);
        _ = ChronologyHtml.ToHtml(result.Timeline);
        _ = ChronologyTimelineJs.ToJson(result.Timeline);
        _ = result.Timeline.AsOf(Anchor).GroupBy(Timelines.TimelineGrouping.Month);
    }

    /// <summary>The phrase resolver: it never throws; a resolved date's EDTF reads back; an error points inside the input.</summary>
    public static void Phrase(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        foreach (var language in new[] { PhraseLanguage.Auto, PhraseLanguage.English, PhraseLanguage.Spanish })
        {
            var result = RelativeDates.Resolve(text, Anchor, new PhraseOptions { Language = language });
            if (!result.Success)
            {
                Check(result.Error.Position >= 0 && result.Error.Position <= text.Length, "the error points outside the input");
                continue;
            }

            var again = EdtfDate.Parse(result.Value.Date.ToString());
            Check(again.Success && again.Value.Equals(result.Value.Date), "the resolved date does not read back: " + result.Value.Date);
            Check(result.Value.Explanation.Length > 0, "no explanation");
        }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvariantException(what);
        }
    }
}

/// <summary>A broken invariant found by a fuzz target.</summary>
public sealed class InvariantException(string message) : Exception(message);
