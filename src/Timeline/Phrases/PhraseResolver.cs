using NodaTime;

namespace Annals.Phrases;

/// <summary>Reads a phrase in the requested language(s) into a <see cref="PhraseOutcome"/>, before any EDTF is made.</summary>
internal static class PhraseResolver
{
    public static PhraseOutcome Resolve(string phrase, LocalDate anchor, PhraseOptions options)
    {
        if (anchor.Calendar != CalendarSystem.Iso)
        {
            anchor = anchor.WithCalendar(CalendarSystem.Iso);
        }

        if (!PhraseCalendar.IsSupported(anchor))
        {
            return PhraseOutcome.Failed(
                0, "the anchor " + DateText.Number(anchor.Year) + " is outside the supported years 1 to 9999");
        }

        var input = new PhraseInput(phrase, anchor, options.NamedDates);
        switch (options.Language)
        {
            case PhraseLanguage.English:
                return new EnglishReader(input).Read().In(PhraseLanguage.English);
            case PhraseLanguage.Spanish:
                return new SpanishReader(input).Read().In(PhraseLanguage.Spanish);
            case PhraseLanguage.Auto:
                var englishReader = new EnglishReader(input);
                var english = englishReader.Read();
                if (english.Success)
                {
                    return english.In(PhraseLanguage.English);
                }

                var spanishReader = new SpanishReader(input);
                var spanish = spanishReader.Read();

                // Neither: report the reader that read more of the phrase before failing, preferring English on a tie.
                return spanish.Success || spanishReader.TokensRead > englishReader.TokensRead
                    ? spanish.In(PhraseLanguage.Spanish)
                    : english.In(PhraseLanguage.English);
            default:
                return PhraseOutcome.Failed(0, "the language option " + DateText.Number((int)options.Language) + " is not known");
        }
    }
}
