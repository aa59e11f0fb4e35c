using Annals.Phrases;
using static Annals.Tests.Phrases.PhraseTesting;

namespace Annals.Tests.Phrases;

/// <summary>The Spanish forms, anchored on Friday 28 March 2025.</summary>
public class RelativeDatesSpanishTests
{
    [Theory]
    [InlineData("hoy", "2025-03-28", "2025-03-28", "2025-03-28")]
    [InlineData("ayer", "2025-03-27", "2025-03-27", "2025-03-27")]
    [InlineData("mañana", "2025-03-29", "2025-03-29", "2025-03-29")]
    [InlineData("manana", "2025-03-29", "2025-03-29", "2025-03-29")]
    [InlineData("MAÑANA", "2025-03-29", "2025-03-29", "2025-03-29")]
    [InlineData("anteayer", "2025-03-26", "2025-03-26", "2025-03-26")]
    [InlineData("pasado mañana", "2025-03-30", "2025-03-30", "2025-03-30")]
    [InlineData("el próximo mes", "2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("el mes próximo", "2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("el mes que viene", "2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("el mes entrante", "2025-04", "2025-04-01", "2025-04-30")]
    [InlineData("el mes pasado", "2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("este mes", "2025-03", "2025-03-01", "2025-03-31")]
    [InlineData("la semana pasada", "2025-03-17/2025-03-23", "2025-03-17", "2025-03-23")]
    [InlineData("la próxima semana", "2025-03-31/2025-04-06", "2025-03-31", "2025-04-06")]
    [InlineData("la semana que viene", "2025-03-31/2025-04-06", "2025-03-31", "2025-04-06")]
    [InlineData("esta semana", "2025-03-24/2025-03-30", "2025-03-24", "2025-03-30")]
    [InlineData("el año pasado", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("el año que viene", "2026", "2026-01-01", "2026-12-31")]
    [InlineData("este año", "2025", "2025-01-01", "2025-12-31")]
    [InlineData("el viernes", "2025-03-28", "2025-03-28", "2025-03-28")]
    [InlineData("el lunes", "2025-03-24", "2025-03-24", "2025-03-24")]
    [InlineData("el próximo viernes", "2025-04-04", "2025-04-04", "2025-04-04")]
    [InlineData("el viernes pasado", "2025-03-21", "2025-03-21", "2025-03-21")]
    [InlineData("el pasado viernes", "2025-03-21", "2025-03-21", "2025-03-21")]
    [InlineData("el miércoles de la semana que viene", "2025-04-02", "2025-04-02", "2025-04-02")]
    [InlineData("en marzo", "2025-03", "2025-03-01", "2025-03-31")]
    [InlineData("en abril", "2024-04", "2024-04-01", "2024-04-30")]
    [InlineData("en marzo de 2024", "2024-03", "2024-03-01", "2024-03-31")]
    [InlineData("en marzo del año que viene", "2026-03", "2026-03-01", "2026-03-31")]
    [InlineData("en abril del año pasado", "2024-04", "2024-04-01", "2024-04-30")]
    [InlineData("en mayo de este año", "2025-05", "2025-05-01", "2025-05-31")]
    [InlineData("el próximo marzo", "2026-03", "2026-03-01", "2026-03-31")]
    [InlineData("en 2024", "2024", "2024-01-01", "2024-12-31")]
    [InlineData("hace tres días", "2025-03-25", "2025-03-25", "2025-03-25")]
    [InlineData("hace 3 dias", "2025-03-25", "2025-03-25", "2025-03-25")]
    [InlineData("hace una semana", "2025-03-21", "2025-03-21", "2025-03-21")]
    [InlineData("hace un año", "2024-03-28", "2024-03-28", "2024-03-28")]
    [InlineData("hace unos días", "[2025-03-21..2025-03-26]", "2025-03-21", "2025-03-26")]
    [InlineData("hace varios días", "[2025-03-19..2025-03-25]", "2025-03-19", "2025-03-25")]
    [InlineData("dentro de dos semanas", "2025-04-11", "2025-04-11", "2025-04-11")]
    [InlineData("en dos semanas", "2025-04-11", "2025-04-11", "2025-04-11")]
    [InlineData("en unos días", "[2025-03-30..2025-04-04]", "2025-03-30", "2025-04-04")]
    [InlineData("tres días después del 20 de enero de 2025", "2025-01-23", "2025-01-23", "2025-01-23")]
    [InlineData("3 días antes del 20 de enero de 2025", "2025-01-17", "2025-01-17", "2025-01-17")]
    [InlineData("unos días después del 20 de enero de 2025", "[2025-01-22..2025-01-27]", "2025-01-22", "2025-01-27")]
    [InlineData("unas semanas después del 20 de enero de 2025", "[2025-02-03..2025-02-17]", "2025-02-03", "2025-02-17")]
    [InlineData("dos semanas después de 2025-01-20", "2025-02-03", "2025-02-03", "2025-02-03")]
    [InlineData("el 20 de enero de 2025", "2025-01-20", "2025-01-20", "2025-01-20")]
    [InlineData("20 de enero", "2025-01-20", "2025-01-20", "2025-01-20")]
    public void Resolve_SpanishForms_GiveTheSameRulesAsEnglish(string phrase, string edtf, string earliest, string latest)
    {
        var resolved = Resolved(phrase, Bukele);

        resolved.ShouldBe(edtf, earliest, latest);
        resolved.Language.Should().Be(PhraseLanguage.Spanish);
    }

    [Theory]
    [InlineData("a principios de marzo", "2025-03-01~/2025-03-10~", "2025-03-01", "2025-03-10")]
    [InlineData("principios de marzo", "2025-03-01~/2025-03-10~", "2025-03-01", "2025-03-10")]
    [InlineData("a comienzos de marzo", "2025-03-01~/2025-03-10~", "2025-03-01", "2025-03-10")]
    [InlineData("a mediados de marzo", "2025-03-11~/2025-03-20~", "2025-03-11", "2025-03-20")]
    [InlineData("a finales de marzo", "2025-03-21~/2025-03-31~", "2025-03-21", "2025-03-31")]
    [InlineData("a fines de marzo", "2025-03-21~/2025-03-31~", "2025-03-21", "2025-03-31")]
    [InlineData("a finales de febrero de 2024", "2024-02-21~/2024-02-29~", "2024-02-21", "2024-02-29")]
    [InlineData("a finales de abril", "2024-04-21~/2024-04-30~", "2024-04-21", "2024-04-30")]
    [InlineData("a principios del próximo mes", "2025-04-01~/2025-04-10~", "2025-04-01", "2025-04-10")]
    [InlineData("a mediados del mes que viene", "2025-04-11~/2025-04-20~", "2025-04-11", "2025-04-20")]
    [InlineData("a finales del mes pasado", "2025-02-21~/2025-02-28~", "2025-02-21", "2025-02-28")]
    [InlineData("a finales de este mes", "2025-03-21~/2025-03-31~", "2025-03-21", "2025-03-31")]
    [InlineData("a principios de mes", "2025-03-01~/2025-03-10~", "2025-03-01", "2025-03-10")]
    [InlineData("a finales del año pasado", "2024-09~/2024-12~", "2024-09-01", "2024-12-31")]
    [InlineData("a principios de año", "2025-01~/2025-04~", "2025-01-01", "2025-04-30")]
    [InlineData("a mediados de 2024", "2024-05~/2024-08~", "2024-05-01", "2024-08-31")]
    public void Resolve_SpanishPrincipiosMediadosFinales_AreEarlyMidLate(string phrase, string edtf, string earliest, string latest)
    {
        var resolved = Resolved(phrase, Bukele);

        resolved.ShouldBe(edtf, earliest, latest);
        resolved.Date.IsApproximate.Should().BeTrue();
    }

    [Fact]
    public void Resolve_UnDarDeDias_IsApproximateDay() =>
        Resolved("un par de días después del 20 de enero de 2025", Bukele).Date.ToString().Should().Be("2025-01-22~");

    [Fact]
    public void Resolve_SpanishExplanation_IsInEnglish() =>
        Resolved("el mes que viene", Bukele).Explanation.Should().Be("next month after 28 March 2025 → April 2025");

    [Theory]
    [InlineData("next month")]
    [InlineData("on Friday")]
    public void Resolve_EnglishPhraseWithSpanishOnly_IsAnError(string phrase) =>
        Failed(phrase, Bukele, PhraseLanguage.Spanish).Position.Should().Be(0);

    [Theory]
    [InlineData("el mes que viene")]
    [InlineData("hoy")]
    public void Resolve_SpanishPhraseWithEnglishOnly_IsAnError(string phrase) =>
        Failed(phrase, Bukele, PhraseLanguage.English).Message.Should().Contain("is not understood");

    [Theory]
    [InlineData("next month", PhraseLanguage.English)]
    [InlineData("el mes que viene", PhraseLanguage.Spanish)]
    [InlineData("2025-04", PhraseLanguage.English)]
    [InlineData("20 de enero de 2025", PhraseLanguage.Spanish)]
    public void Resolve_Auto_ReportsTheLanguageThatMatched(string phrase, PhraseLanguage language) =>
        Resolved(phrase, Bukele).Language.Should().Be(language);

    [Fact]
    public void Resolve_SpanishNamedDate_IsUsedAsReferenceDay()
    {
        var options = new PhraseOptions
        {
            Language = PhraseLanguage.Spanish,
            NamedDates = new Dictionary<string, NodaTime.LocalDate> { ["la investidura de Trump"] = D("2025-01-20") },
        };

        Resolved("unos días después de la investidura de Trump", Bukele, options)
            .ShouldBe("[2025-01-22..2025-01-27]", "2025-01-22", "2025-01-27");
    }
}
