using System.Diagnostics.CodeAnalysis;

namespace Annals.Phrases;

/// <summary>
/// Reads Spanish phrases: "hoy", "el mes que viene", "la semana pasada", "a finales de marzo", "el viernes",
/// "en marzo", "hace tres días", "unos días después del 20 de enero de 2025"…
/// </summary>
/// <remarks>
/// Words are matched without accents, so "próximo" and "proximo", "año" and "ano" are the same. The rules are those of
/// the English forms; docs/relative-dates.md lists the correspondences.
/// </remarks>
internal sealed class SpanishReader : PhraseReader
{
    public SpanishReader(PhraseInput input)
        : base(input, PhraseVocabulary.Spanish)
    {
    }

    protected override string Examples =>
        "'el mes que viene', 'el viernes', 'en marzo', 'a finales de marzo' or 'hace tres días'";

    protected override string UnitList => "día, semana, mes or año";

    protected override string UnitOrMonth => "a unit (día, semana, mes or año) or 'de' and a month";

    protected override string NumberWordExample => "tres";

    protected override PhraseOutcome ReadFromOrdinal() => ReadFromNumber();

    protected override PhraseOutcome? ReadFromWord(Token token)
    {
        if (TryReadRelativeUnit(out var unit, out var offset))
        {
            return PhraseRules.RelativePeriod(Anchor, unit, offset, token.Start);
        }

        if (IsDayWord(token, out var days))
        {
            Advance();
            return PhraseRules.RelativeDay(Anchor, days, token.Start);
        }

        switch (token.Text)
        {
            case "anteayer" or "antier":
                Advance();
                return PhraseRules.RelativeDay(Anchor, -2, token.Start);
            case "pasado" when Peek(1).Is("manana"):
                Advance(2);
                return PhraseRules.RelativeDay(Anchor, 2, token.Start);
            case "el" or "la":
                Advance();
                return ReadAfterArticle();
            case "este" or "esta":
                return ReadThis();
            case "proximo" or "proxima" or "pasado" or "pasada":
                return ReadAfterArticle();
            case "a" when IsPartWord(Peek(1)):
                Advance();
                return ReadPart();
            case "en":
                Advance();
                return ReadEn();
            case "dentro":
                Advance();
                return Accept("de") ? ReadAmount(AmountUse.AfterAnchor) : Unexpected(Current, "'de' after 'dentro'");
            case "hace":
                Advance();
                return ReadAmount(AmountUse.BeforeAnchor);
        }

        if (IsPartWord(token))
        {
            return ReadPart();
        }

        if (IsWeekday(token))
        {
            return ReadWeekday();
        }

        if (IsMonth(token))
        {
            return ReadWholeMonth();
        }

        if (IsQuantityWord(token))
        {
            return ReadAmount(AmountUse.FromWhatFollows);
        }

        return null;
    }

    /// <summary>"mañana" is folded to "manana": the explanation quotes the word as written.</summary>
    protected override string NameDayWord(Token token) => Quote(token);

    /// <summary>A number word, "unos", "unas", "algunos", "algunas", "pocos", "pocas", "varios", "varias" or "par".</summary>
    protected override bool IsQuantityWord(Token token) =>
        token.Kind == TokenKind.Word
        && (SpanishWords.Numbers.ContainsKey(token.Text)
            || token.Text is "unos" or "unas" or "algunos" or "algunas" or "pocos" or "pocas" or "varios" or "varias" or "par");

    private static bool IsPartWord(Token token) =>
        token.Is("principios") || token.Is("comienzos") || token.Is("inicios") || token.Is("mediados")
        || token.Is("finales") || token.Is("fines");

    /// <summary>semana, mes or año, singular: the units that "la semana pasada", "el mes que viene" and the like use.</summary>
    private static bool IsSingularUnit(Token token, out PhraseUnit unit)
    {
        unit = token.Kind != TokenKind.Word ? PhraseUnit.Day : token.Text switch
        {
            "semana" => PhraseUnit.Week,
            "mes" => PhraseUnit.Month,
            "ano" => PhraseUnit.Year,
            _ => PhraseUnit.Day,
        };
        return unit != PhraseUnit.Day;
    }

    /// <summary>próximo/próxima (1) or pasado/pasada (-1).</summary>
    private static bool IsNextOrLast(Token token, out int offset)
    {
        offset = token.Text switch
        {
            "proximo" or "proxima" when token.Kind == TokenKind.Word => 1,
            "pasado" or "pasada" when token.Kind == TokenKind.Word => -1,
            _ => 0,
        };
        return offset != 0;
    }

    /// <summary>
    /// Looks at the tokens from <paramref name="from"/> on for a relative week, month or year, without consuming:
    /// "este mes", "[el] próximo mes", "[el] mes próximo", "[el] mes pasado", "[el] mes que viene", "[el] mes entrante".
    /// </summary>
    /// <returns>The number of tokens matched, or 0.</returns>
    private int MatchRelativeUnit(int from, out PhraseUnit unit, out int offset)
    {
        offset = 0;
        var i = from;
        if (Peek(i).Is("este") || Peek(i).Is("esta"))
        {
            return IsSingularUnit(Peek(i + 1), out unit) ? 2 : 0;
        }

        if (Peek(i).Is("el") || Peek(i).Is("la"))
        {
            i++;
        }

        if (IsNextOrLast(Peek(i), out offset))
        {
            return IsSingularUnit(Peek(i + 1), out unit) ? i + 2 - from : 0;
        }

        if (!IsSingularUnit(Peek(i), out unit))
        {
            return 0;
        }

        if (IsNextOrLast(Peek(i + 1), out offset))
        {
            return i + 2 - from;
        }

        offset = 1;
        if (Peek(i + 1).Is("entrante"))
        {
            return i + 2 - from;
        }

        return Peek(i + 1).Is("que") && Peek(i + 2).Is("viene") ? i + 3 - from : 0;
    }

    private bool TryReadRelativeUnit(out PhraseUnit unit, out int offset)
    {
        var length = MatchRelativeUnit(0, out unit, out offset);
        Advance(length);
        return length > 0;
    }

    /// <summary>"de" or "del".</summary>
    private bool AcceptDe() => Accept("de") || Accept("del");

    /// <summary>"de 2025", "del 2025": a year after a month.</summary>
    private bool AtDeYear() => (At("de") || At("del")) && Peek(1).Kind == TokenKind.Number;

    /// <summary>
    /// After "el"/"la" (or at próximo/pasado): a date ("el 20 de enero"), "el próximo viernes", "el próximo marzo",
    /// "el viernes [pasado/próximo/que viene]", "el marzo pasado".
    /// </summary>
    private PhraseOutcome ReadAfterArticle()
    {
        var token = Current;
        if (token.Kind is TokenKind.Number or TokenKind.Ordinal)
        {
            return ReadOnDay();
        }

        if (IsNextOrLast(token, out var offset))
        {
            Advance();
            return ReadRelativeWeekdayOrMonth(token, offset, "semana, mes, año, a weekday or a month name");
        }

        if (IsWeekday(token))
        {
            return ReadWeekday();
        }

        if (IsMonth(token))
        {
            return ReadWholeMonth();
        }

        if (IsSingularUnit(token, out _))
        {
            return Unexpected(Peek(1), "'pasado', 'próximo' or 'que viene' after " + Quote(token) + ", as in el mes que viene");
        }

        return Unexpected(token, "a weekday, a month, semana, mes, año or a date after the article");
    }

    /// <summary>"este viernes" (the Friday of the anchor's week), "este marzo" (March of the anchor's year).</summary>
    private PhraseOutcome ReadThis()
    {
        var word = Current;
        Advance();
        return ReadRelativeWeekdayOrMonth(word, 0, "semana, mes, año, a weekday or a month name");
    }

    /// <summary>
    /// A weekday, optionally followed by "próximo"/"que viene" (the first after the anchor), "pasado" (the most recent
    /// before), or "de la semana pasada/que viene" (that day of another week); alone, the most recent on or before.
    /// </summary>
    private PhraseOutcome ReadWeekday()
    {
        var token = Current;
        var weekday = SpanishWords.Weekdays[token.Text];
        Advance();
        if (IsNextOrLast(Current, out var offset))
        {
            Advance();
            return PhraseRules.Weekday(Anchor, weekday, offset > 0 ? WeekdayRelation.Next : WeekdayRelation.Last, token.Start);
        }

        if (At("que") && Peek(1).Is("viene"))
        {
            Advance(2);
            return PhraseRules.Weekday(Anchor, weekday, WeekdayRelation.Next, token.Start);
        }

        if (At("de"))
        {
            var length = MatchRelativeUnit(1, out var unit, out var weekOffset);
            if (length > 0 && unit == PhraseUnit.Week)
            {
                Advance(length + 1);
                return PhraseRules.WeekdayOfWeek(Anchor, weekday, weekOffset, token.Start);
            }
        }

        return PhraseRules.Weekday(Anchor, weekday, WeekdayRelation.OnOrBefore, token.Start);
    }

    /// <summary>After "en": a month, a year, or an amount of time ("en dos semanas").</summary>
    private PhraseOutcome ReadEn()
    {
        var token = Current;
        if (IsMonth(token))
        {
            return ReadWholeMonth();
        }

        if (TryReadRelativeUnit(out var unit, out var offset))
        {
            return PhraseRules.RelativePeriod(Anchor, unit, offset, token.Start);
        }

        return ReadYearOrAmountAfterIn(
            "a month, a year or an amount of time after 'en', such as en marzo, en 2025 or en dos semanas");
    }

    /// <summary>
    /// "[a] principios/comienzos/inicios de", "[a] mediados de", "[a] finales/fines de" + a month, a year, "este mes",
    /// "el mes pasado", "del año que viene", or "mes"/"año" alone (this month or year).
    /// </summary>
    private PhraseOutcome ReadPart()
    {
        var word = Current;
        var part = word.Text switch
        {
            "mediados" => PeriodPart.Mid,
            "finales" or "fines" => PeriodPart.Late,
            _ => PeriodPart.Early,
        };
        Advance();
        if (!AcceptDe())
        {
            return Unexpected(Current, "'de' after " + Quote(word) + ", as in a " + word.Text + " de marzo");
        }

        if (ReadPartOfMonthOrYear(part, word) is { } monthOrYear)
        {
            return monthOrYear;
        }

        var token = Current;
        var length = MatchRelativeUnit(0, out var unit, out var offset);
        if (length == 0 && IsSingularUnit(token, out unit))
        {
            // "a finales de mes", "a principios de año": this month or year.
            length = 1;
            offset = 0;
        }

        if (length > 0)
        {
            if (unit == PhraseUnit.Week)
            {
                return Fail(token, "early, mid and late (principios, mediados, finales) apply to a month or a year, not to a week");
            }

            Advance(length);
            return PartOfRelativePeriod(part, unit, offset, word);
        }

        return Unexpected(token, "a month, a year, or este mes, el mes pasado, el año que viene and the like");
    }

    /// <summary>
    /// A month name, then optionally "de 2025", "del año pasado/próximo/que viene", "de este año", "pasado", "próximo"
    /// or "que viene"; alone, the most recent such month not after the anchor's month.
    /// </summary>
    protected override bool TryReadMonth(out PeriodRef period, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        var monthToken = Current;
        var month = SpanishWords.Months[monthToken.Text];
        Advance();
        if (AtDeYear())
        {
            Advance();
            return TryReadMonthOfYear(month, out period, out failure);
        }

        bool found;
        var unit = PhraseUnit.Day;
        var offset = 0;
        var length = At("de") || At("del") ? MatchRelativeUnit(1, out unit, out offset) : 0;
        if (length > 0 && unit == PhraseUnit.Year)
        {
            Advance(length + 1);
            found = PhraseRules.TryMonthOfRelativeYear(Anchor, month, offset, out period);
        }
        else if (IsNextOrLast(Current, out offset))
        {
            Advance();
            found = PhraseRules.TryNamedMonth(Anchor, month, offset > 0 ? MonthRelation.Next : MonthRelation.Last, out period);
        }
        else if (At("que") && Peek(1).Is("viene"))
        {
            Advance(2);
            found = PhraseRules.TryNamedMonth(Anchor, month, MonthRelation.Next, out period);
        }
        else
        {
            found = PhraseRules.TryNamedMonth(Anchor, month, MonthRelation.MostRecent, out period);
        }

        failure = found ? null : Fail(monthToken, PhraseCalendar.OutOfRange);
        return found;
    }

    /// <summary>After an amount not counted from the anchor: "unos días después del 20 de enero de 2025", "antes de …".</summary>
    protected override PhraseOutcome ReadAfterAmount(Quantity quantity, PhraseUnit unit, Token unitToken)
    {
        if (At("despues") || At("antes"))
        {
            var sign = At("despues") ? 1 : -1;
            Advance();
            if (!AcceptDe())
            {
                return Unexpected(Current, "'de' or 'del' and a date");
            }

            return ReadOffsetFromDay(quantity, unit, sign, unitToken);
        }

        var amount = DateText.Quote(Input.Text, quantity.Start, unitToken.End - quantity.Start);
        return Unexpected(Current, "'después de' or 'antes de' and a date after " + amount + ", or write hace " + amount);
    }

    /// <summary>"un par de" (a couple of), "unos/unas/algunos/pocos" (a few), "varios/varias" (several).</summary>
    protected override bool TryReadVagueQuantity(Token token, out Quantity quantity)
    {
        if ((token.Is("un") || token.Is("una")) && Peek(1).Is("par"))
        {
            Advance();
        }

        if (At("par"))
        {
            Advance();
            Accept("de");
            quantity = Quantity.Vague(QuantityKind.Couple, token.Start);
            return true;
        }

        switch (token.Text)
        {
            case "unos" or "unas":
                Advance();
                if (!Accept("pocos"))
                {
                    Accept("pocas");
                }

                quantity = Quantity.Vague(QuantityKind.Few, token.Start);
                return true;
            case "algunos" or "algunas" or "pocos" or "pocas":
                Advance();
                quantity = Quantity.Vague(QuantityKind.Few, token.Start);
                return true;
            case "varios" or "varias":
                Advance();
                quantity = Quantity.Vague(QuantityKind.Several, token.Start);
                return true;
        }

        quantity = default;
        return false;
    }

    /// <summary>"20 de enero", "20 de enero de 2025", "20 enero 2025".</summary>
    protected override bool TryReadDayAndMonth(Token first, out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        day = default;
        if (!first.IsDayNumber)
        {
            failure = Unexpected(first, "a date, such as 20 de enero de 2025 or 2025-01-20");
            return false;
        }

        if (!TryReadMonthAfterDay(first, "20 de enero de 2025", out var month, out failure))
        {
            return false;
        }

        if (AtDeYear())
        {
            Advance();
        }

        return TryFinishDay(month, first, out day, out failure);
    }
}
