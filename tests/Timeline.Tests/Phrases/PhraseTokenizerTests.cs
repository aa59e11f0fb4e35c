using Annals.Phrases;

namespace Annals.Tests.Phrases;

public class PhraseTokenizerTests
{
    [Fact]
    public void Tokenize_Phrase_KeepsOriginalPositions()
    {
        var tokens = PhraseTokenizer.Tokenize("  Next   MONTH.");

        tokens.Select(t => (t.Kind, t.Start, t.Length, t.Text)).Should().Equal(
            (TokenKind.Word, 2, 4, "next"),
            (TokenKind.Word, 9, 5, "month"),
            (TokenKind.End, 15, 0, string.Empty));
    }

    [Theory]
    [InlineData("Mañana", "manana")]
    [InlineData("MIÉRCOLES", "miercoles")]
    [InlineData("man\u0303ana", "manana")]
    [InlineData("Año", "ano")]
    [InlineData("próximo", "proximo")]
    [InlineData("FRIDAY", "friday")]
    public void Tokenize_Word_IsFoldedToLowercaseWithoutAccents(string word, string folded) =>
        PhraseTokenizer.Tokenize(word)[0].Text.Should().Be(folded);

    [Fact]
    public void Tokenize_TurkishDottedAndDotlessI_FoldToPlainI()
    {
        PhraseTokenizer.Tokenize("FRİDAY")[0].Text.Should().Be("friday");
        PhraseTokenizer.Tokenize("frıday")[0].Text.Should().Be("friday");
    }

    [Theory]
    [InlineData("20", "Number", 20, 2)]
    [InlineData("2025", "Number", 2025, 4)]
    [InlineData("20th", "Ordinal", 20, 2)]
    [InlineData("1ST", "Ordinal", 1, 1)]
    [InlineData("3x", "Malformed", -1, 1)]
    [InlineData("123456789", "Number", 123456789, 9)]
    [InlineData("1234567890", "Number", -1, 10)]
    public void Tokenize_Digits_AreNumbersOrdinalsOrMalformed(string text, string kind, int value, int digits)
    {
        var token = PhraseTokenizer.Tokenize(text)[0];

        token.Kind.ToString().Should().Be(kind);
        token.Value.Should().Be(value);
        token.Digits.Should().Be(digits);
    }

    [Fact]
    public void Tokenize_OnlyOneTrailingPeriod_IsDropped()
    {
        var tokens = PhraseTokenizer.Tokenize("today..");

        tokens.Select(t => t.Kind).Should().Equal(TokenKind.Word, TokenKind.Symbol, TokenKind.End);
        tokens[1].Start.Should().Be(5);
    }

    [Fact]
    public void Tokenize_IsoDate_IsNumbersAndHyphens() =>
        PhraseTokenizer.Tokenize("2025-01-20").Select(t => t.Text).Should().Equal("2025", "-", "01", "-", "20", string.Empty);

    [Fact]
    public void Tokenize_ArabicIndicDigits_AreSymbolsNotNumbers() =>
        PhraseTokenizer.Tokenize("٣")[0].Kind.Should().Be(TokenKind.Symbol);

    [Fact]
    public void Tokenize_LoneSurrogates_DoNotThrow() =>
        PhraseTokenizer.Tokenize("\uD800x\uDC00").Should().HaveCount(4);
}
