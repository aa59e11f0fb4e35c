using Annals.Phrases;
using static Annals.Tests.Phrases.PhraseTesting;

namespace Annals.Tests.Phrases;

/// <summary>Phrases that are not understood: the error says what and where (0-based position), and never guesses.</summary>
public class RelativeDatesErrorTests
{
    [Theory]
    [InlineData("next fortnite", 5, "'fortnite' is not a unit; use week, month, year, a weekday or a month name")]
    [InlineData("3 fortnite ago", 2, "'fortnite' is not a unit; use day, week, month or year")]
    [InlineData("in 3 fortnites", 5, "'fortnites' is not a unit; use day, week, month or year")]
    [InlineData("earlier this fortnite", 13, "'fortnite' is not a unit; use week, month or year")]
    [InlineData("blah", 0, "'blah' is not understood; write for example")]
    [InlineData("next month fortnite", 11, "'fortnite' was not expected after a complete phrase; remove it")]
    [InlineData("next month..", 10, "'.' was not expected after a complete phrase")]
    [InlineData("next", 4, "the phrase ends too early; expected week, month, year, a weekday or a month name")]
    [InlineData("3 days", 6, "the phrase ends too early; expected 'ago', 'after' or 'before' and a date, or 'from now', after '3 days'")]
    [InlineData("3 days after", 12, "the phrase ends too early; expected a date")]
    [InlineData("3 days after fortnite", 13, "'fortnite' is not understood here; expected a date")]
    [InlineData("on fortnite", 3, "'fortnite' is not understood here; expected a weekday or a date after 'on'")]
    [InlineData("in fortnite", 3, "'fortnite' is not understood here; expected a month, a year or an amount of time after 'in'")]
    [InlineData("earlier that month", 8, "'that' is not understood here; expected 'this' after 'earlier'")]
    [InlineData("early next week", 11, "early, mid and late apply to a month or a year, not to a week")]
    [InlineData("next day", 5, "'next day' is not supported")]
    [InlineData("a few months ago", 6, "'a few' works with days or weeks only")]
    [InlineData("several years after 2025-01-20", 8, "'several' works with days or weeks only")]
    [InlineData("the day before tomorrow", 15, "'tomorrow' is not understood here; expected 'yesterday'")]
    [InlineData("3 days from yesterday", 12, "'yesterday' is not understood here; expected 'now' or 'today' after 'from'")]
    public void Resolve_UnknownWords_ReportWhatAndWhere(string phrase, int position, string message)
    {
        var error = Failed(phrase, Bukele);

        error.Position.Should().Be(position);
        error.Message.Should().StartWith(message);
        error.Input.Should().Be(phrase);
        error.ToString().Should().StartWith("at character " + (position + 1) + ": ");
    }

    [Fact]
    public void Resolve_NextFortnite_MatchesTheDocumentedMessage() =>
        Failed("next fortnite", Bukele).ToString().Should().StartWith("at character 6: 'fortnite' is not a unit; use ");

    [Theory]
    [InlineData("3x days ago", 0, "'3x' is not a number")]
    [InlineData("in 2o25", 3, "'2o25' is not a number")]
    [InlineData("3.5 days ago", 0, "'3.5' is not a whole number")]
    [InlineData("in 3,5 weeks", 3, "'3,5' is not a whole number")]
    [InlineData("99999999999 days ago", 0, "'99999999999' is too large a number")]
    [InlineData("-3 days ago", 0, "'-' is not understood here")]
    [InlineData("in 25", 3, "'25' is not a year; write years with four digits")]
    [InlineData("in 0000", 3, "year 0000 is not supported")]
    [InlineData("3 days after 20 January 25", 24, "'25' is not a year")]
    [InlineData("2025-13-01", 5, "month 13 does not exist")]
    [InlineData("2025-00-01", 5, "month 00 does not exist")]
    [InlineData("2025-02-30", 8, "February 2025 has no day 30; it has 28 days")]
    [InlineData("2025-2-3", 5, "'2' is not understood here; expected a two-digit month")]
    [InlineData("29 February 2025", 0, "February 2025 has no day 29; it has 28 days")]
    [InlineData("3 days after 31 April 2025", 13, "April 2025 has no day 31")]
    [InlineData("32 January", 0, "January has no day 32")]
    [InlineData("January 32", 8, "January has no day 32")]
    [InlineData("30 February", 0, "February has no day 30")]
    [InlineData("20", 2, "the phrase ends too early; expected a unit (day, week, month or year) or a month after '20'")]
    public void Resolve_MalformedNumbersAndDates_ReportWhatAndWhere(string phrase, int position, string message)
    {
        var error = Failed(phrase, Bukele);

        error.Position.Should().Be(position);
        error.Message.Should().StartWith(message);
    }

    [Theory]
    [InlineData("hace tres quincenas", 10, "'quincenas' is not a unit; use día, semana, mes or año")]
    [InlineData("el 31 de febrero de 2025", 3, "February 2025 has no day 31")]
    [InlineData("a finales de fortnite", 13, "'fortnite' is not understood here; expected a month, a year")]
    [InlineData("el mes", 6, "the phrase ends too early; expected 'pasado', 'próximo' or 'que viene' after 'mes'")]
    [InlineData("tres días", 9, "the phrase ends too early; expected 'después de' or 'antes de' and a date")]
    [InlineData("a principios de la semana que viene", 16, "early, mid and late (principios, mediados, finales) apply to a month or a year")]
    public void Resolve_SpanishErrors_ReportWhatAndWhere(string phrase, int position, string message)
    {
        var error = Failed(phrase, Bukele);

        error.Position.Should().Be(position);
        error.Message.Should().StartWith(message);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 3)]
    [InlineData(".", 1)]
    public void Resolve_EmptyPhrase_IsAnErrorAtTheEnd(string phrase, int position)
    {
        var error = Failed(phrase, Bukele);

        error.Position.Should().Be(position);
        error.Message.Should().StartWith("the phrase is empty");
    }

    [Fact]
    public void Resolve_NullPhrase_IsAnError()
    {
        var error = Failed(null, Bukele);

        error.Position.Should().Be(0);
        error.Message.Should().Be("no phrase was given");
    }

    [Fact]
    public void Resolve_UnknownLanguageOption_IsAnError() =>
        Failed("today", Bukele, (PhraseLanguage)42).Message.Should().Contain("language option 42");

    [Fact]
    public void Resolve_LongUnknownWord_IsQuotedShortened()
    {
        var phrase = "next " + new string('x', 5000);

        var error = Failed(phrase, Bukele);

        error.Position.Should().Be(5);
        error.Message.Length.Should().BeLessThan(200);
        error.Message.Should().Contain("…");
    }

    [Fact]
    public void Resolve_ControlCharacter_IsNamedByCodePoint() =>
        Failed("next\u0001month", Bukele).Message.Should().StartWith("U+0001 is not understood here; expected week, month");
}
