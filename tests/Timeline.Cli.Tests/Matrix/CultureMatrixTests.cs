using System.Globalization;

namespace Annals.Cli.Tests.Matrix;

/// <summary>Every renderer and format gives byte-identical output under every combination of CurrentCulture and
/// CurrentUICulture of the matrix (49 combinations), for the sample; and for a generated timeline of 300 events under
/// every culture, with the same UI culture or the invariant one (13 combinations, to keep the test quick).</summary>
public sealed class CultureMatrixTests
{
    /// <summary>The outputs under the invariant culture, computed once.</summary>
    private static readonly Lazy<SortedDictionary<string, string>> Expected = new(() => Under(string.Empty, string.Empty, () => MatrixOutputs.Compute()));

    public static TheoryData<string, string> Combinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in MatrixOutputs.Cultures)
        {
            foreach (var uiCulture in MatrixOutputs.Cultures)
            {
                data.Add(culture, uiCulture);
            }
        }

        return data;
    }

    /// <summary>Runs <paramref name="action"/> with both cultures set on this thread, then restores them.</summary>
    internal static T Under<T>(string culture, string uiCulture, Func<T> action)
    {
        var (savedCulture, savedUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(uiCulture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    [Fact]
    public void Matrix_CoversEveryRendererAndFormat()
    {
        var names = Expected.Value.Keys;

        foreach (var input in new[] { "sample", "synthetic" })
        {
            foreach (var output in new[] { "markdown.list", "markdown.table", "mermaid", "json", "ics", "timelinejs", "html" })
            {
                names.Should().Contain(input + "." + output);
            }
        }

        foreach (var format in MatrixOutputs.RenderFormatsUnderTest)
        {
            Expected.Value["cli.render." + format].Should().StartWith("exit 0\n");
        }

        Expected.Value["synthetic.json"].Should().Be(MatrixOutputs.SyntheticFile.Value);
        Expected.Value["synthetic.markdown.list"].Should().Contain("Synthetic timeline of 300 events");
        Expected.Value["cli.date.2025-04~"].Should().Contain("\"earliest\":\"2025-04-01\"");
        Expected.Value["broken.problems"].Split('\n').Length.Should().BeGreaterThan(8);
    }

    [Fact]
    public void Matrix_CulturesReallyDifferFromInvariantHere()
    {
        // Guards the matrix: were ICU missing (invariant globalization), every culture would format like the
        // invariant one and the matrix would prove nothing.
        Under("th-TH", "th-TH", () => new DateTime(2025, 1, 1).ToString("yyyy", CultureInfo.CurrentCulture)).Should().Be("2568");
        Under("fa-IR", "fa-IR", () => new DateTime(2025, 1, 1).ToString("yyyy", CultureInfo.CurrentCulture)).Should().Be("1403");
        Under("tr-TR", "tr-TR", () => "TITLE".ToLower(CultureInfo.CurrentCulture)).Should().Be("tıtle");
        Under("ar-SA", "ar-SA", () => (-1.5).ToString(CultureInfo.CurrentCulture)).Should().NotBe("-1.5");
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Outputs_UnderCurrentCultureAndUiCulture_AreByteIdentical(string culture, string uiCulture)
    {
        var expected = Expected.Value;
        var withSynthetic = culture == uiCulture || uiCulture.Length == 0;
        var actual = Under(culture, uiCulture, () => MatrixOutputs.Compute(withSynthetic));

        actual.Keys.Should().Equal(expected.Keys.Where(name => withSynthetic || !name.StartsWith("synthetic.", StringComparison.Ordinal)));
        foreach (var (name, text) in expected.Where(pair => actual.ContainsKey(pair.Key)))
        {
            if (!string.Equals(actual[name], text, StringComparison.Ordinal))
            {
                var at = Enumerable.Range(0, Math.Min(text.Length, actual[name].Length)).FirstOrDefault(i => text[i] != actual[name][i]);
                var from = Math.Max(0, at - 40);
                actual[name].Should().Be(
                    text,
                    "{0} must not depend on the culture (CurrentCulture '{1}', CurrentUICulture '{2}'); first difference at {3}: expected …{4}…, found …{5}…",
                    name,
                    culture,
                    uiCulture,
                    at,
                    text.Substring(from, Math.Min(80, text.Length - from)),
                    actual[name].Substring(from, Math.Min(80, actual[name].Length - from)));
            }
        }
    }
}
