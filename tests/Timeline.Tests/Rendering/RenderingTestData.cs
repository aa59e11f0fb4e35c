using System.Text.RegularExpressions;
using Annals.Dates;
using Annals.Model;
using Annals.Timelines;

namespace Annals.Tests.Rendering;

internal static partial class RenderingTestData
{
    public static EdtfDate D(string edtf) => EdtfDate.Parse(edtf).GetValueOrThrow();

    /// <summary>The documented white-space rule: runs of line-breaking white space become one space; the ends are trimmed.</summary>
    public static string Folded(string text) =>
        new([.. BreakingSpace().Replace(text, " ").Trim().Select(c => char.IsControl(c) ? '\uFFFD' : c)]);

    public static Timeline One(Event e, params Actor[] actors) => Timeline.Create([e], actors);

    [GeneratedRegex(@"[\s-[\u00A0\u2007\u202F]]+")]
    private static partial Regex BreakingSpace();
}
