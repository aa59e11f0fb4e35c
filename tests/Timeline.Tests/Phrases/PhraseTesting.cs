using Annals.Phrases;
using NodaTime;
using NodaTime.Text;

namespace Annals.Tests.Phrases;

/// <summary>Helpers for the phrase tests: the Bukele anchor, ISO day parsing, and resolve-or-fail assertions.</summary>
internal static class PhraseTesting
{
    /// <summary>28 March 2025, a Friday: the day outlets reported that Bukele would visit the White House "next month".</summary>
    public static readonly LocalDate Bukele = new(2025, 3, 28);

    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    public static ResolvedDate Resolved(string phrase, LocalDate anchor, PhraseLanguage language = PhraseLanguage.Auto) =>
        Resolved(phrase, anchor, new PhraseOptions { Language = language });

    public static ResolvedDate Resolved(string phrase, LocalDate anchor, PhraseOptions options)
    {
        var result = RelativeDates.Resolve(phrase, anchor, options);
        result.Success.Should().BeTrue("'{0}' should resolve, but: {1}", phrase, result.Error);
        return result.Value;
    }

    public static ParseError Failed(string? phrase, LocalDate anchor, PhraseLanguage language = PhraseLanguage.Auto)
    {
        var result = RelativeDates.Resolve(phrase, anchor, new PhraseOptions { Language = language });
        result.Success.Should().BeFalse("'{0}' should not resolve, but gave {1}", phrase, result);
        return result.Error!;
    }

    /// <summary>Checks the EDTF text and the earliest and latest days.</summary>
    public static void ShouldBe(this ResolvedDate resolved, string edtf, string earliest, string latest)
    {
        resolved.Date.ToString().Should().Be(edtf, "'{0}' from {1}", resolved.Phrase, resolved.Anchor);
        resolved.Date.Earliest.Should().Be(D(earliest), "'{0}' from {1}", resolved.Phrase, resolved.Anchor);
        resolved.Date.Latest.Should().Be(D(latest), "'{0}' from {1}", resolved.Phrase, resolved.Anchor);
    }
}
