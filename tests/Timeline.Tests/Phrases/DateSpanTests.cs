using Annals.Dates;
using Annals.Phrases;
using FsCheck;
using FsCheck.Xunit;
using static Annals.Tests.Phrases.PhraseTesting;

namespace Annals.Tests.Phrases;

/// <summary>The internal span (bounds, shape, qualifier) and the EDTF text it becomes.</summary>
public class DateSpanTests
{
    [Fact]
    public void ToEdtf_EachShape_WritesTheDocumentedEdtf()
    {
        DateSpan.Day(D("2025-04-04")).ToEdtf().Should().Be("2025-04-04");
        DateSpan.ApproximateDay(D("2025-01-22")).ToEdtf().Should().Be("2025-01-22~");
        DateSpan.Month(2025, 4).ToEdtf().Should().Be("2025-04");
        DateSpan.Year(2025).ToEdtf().Should().Be("2025");
        DateSpan.Days(D("2025-03-31"), D("2025-04-06")).ToEdtf().Should().Be("2025-03-31/2025-04-06");
        DateSpan.Days(D("2025-03-01"), D("2025-03-10"), approximate: true).ToEdtf().Should().Be("2025-03-01~/2025-03-10~");
        DateSpan.ApproximateMonths(2024, 9, 12).ToEdtf().Should().Be("2024-09~/2024-12~");
        DateSpan.OneOf(D("2025-01-22"), D("2025-01-27")).ToEdtf().Should().Be("[2025-01-22..2025-01-27]");
    }

    [Fact]
    public void Days_SameFirstAndLast_IsASingleDay()
    {
        DateSpan.Days(D("2025-03-01"), D("2025-03-01")).Shape.Should().Be(SpanShape.Day);
        DateSpan.OneOf(D("2025-03-01"), D("2025-03-01")).ToEdtf().Should().Be("2025-03-01");
    }

    [Fact]
    public void ToEdtf_SmallYears_ArePaddedToFourDigits()
    {
        DateSpan.Year(33).ToEdtf().Should().Be("0033");
        DateSpan.Day(new NodaTime.LocalDate(1, 1, 1)).ToEdtf().Should().Be("0001-01-01");
    }

    [Fact]
    public void Month_LeapFebruary_EndsOnThe29th()
    {
        var span = DateSpan.Month(2024, 2);

        (span.Start, span.End).Should().Be((D("2024-02-01"), D("2024-02-29")));
    }

    [Fact]
    public void Resolve_Internal_GivesSpanBeforeAnyEdtf()
    {
        var outcome = PhraseResolver.Resolve("early next month", D("2025-12-15"), PhraseOptions.Default);

        outcome.Success.Should().BeTrue();
        outcome.Span!.Start.Should().Be(D("2026-01-01"));
        outcome.Span.End.Should().Be(D("2026-01-10"));
        outcome.Span.Shape.Should().Be(SpanShape.DayInterval);
        outcome.Span.Approximate.Should().BeTrue();
        outcome.Language.Should().Be(PhraseLanguage.English);
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(PhraseArbitraries)])]
    public void Resolve_AnyResolvedPhrase_EdtfBoundsEqualTheSpan(VocabularyPhrase phrase, AnchorDay anchor)
    {
        var outcome = PhraseResolver.Resolve(phrase.Text, anchor.Day, PhraseOptions.Default);
        if (!outcome.Success)
        {
            return;
        }

        var date = EdtfDate.Parse(outcome.Span.ToEdtf()).GetValueOrThrow();

        date.ToString().Should().Be(outcome.Span.ToEdtf());
        date.Earliest.Should().Be(outcome.Span.Start);
        date.Latest.Should().Be(outcome.Span.End);
        date.IsApproximate.Should().Be(outcome.Span.Approximate);
    }
}
