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
    private const string UnitList = "día, semana, mes or año";

    public SpanishReader(PhraseInput input)
        : base(input)
    {
    }

    private enum AmountUse
    {
        /// <summary>"en dos semanas", "dentro de dos semanas": after the anchor.</summary>
        AfterAnchor,

        /// <summary>"hace tres días": before the anchor.</summary>
        BeforeAnchor,

        /// <summary>"tres días después de …" / "antes de …": a date must follow.</summary>
        FromDate,
    }

    protected override string Examples =>
        "'el mes que viene', 'el viernes', 'en marzo', 'a finales de marzo' or 'hace tres días'";

    protected override PhraseOutcome ReadPhrase()
    {
        if (TryReadNamedDate(out var named))
        {
            return PhraseRules.OnDay(named);
        }

        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Ordinal:
                return ReadFromNumber();
            case TokenKind.Word:
                break;
            default:
                return Unexpected(token, "a phrase such as " + Examples);
        }

        if (TryReadRelativeUnit(out var unit, out var offset))
        {
            return PhraseRules.RelativePeriod(Anchor, unit, offset, token.Start);
        }

        switch (token.Text)
        {
            case "hoy":
                Advance();
                return PhraseRules.RelativeDay(Anchor, 0, token.Start);
            case "ayer":
                Advance();
                return PhraseRules.RelativeDay(Anchor, -1, token.Start);
            case "manana":
                Advance();
                return PhraseRules.RelativeDay(Anchor, 1, token.Start);
            case "anteayer" or "antier":
                Advance();
                return PhraseRules.RelativeDay(Anchor, -2, token.Start);
            case "pasado" when Peek(1).Is("manana"):
                Advance();
                Advance();
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
            return ReadAmount(AmountUse.FromDate);
        }

        return Fail(token, Quote(token) + " is not understood; write for example " + Examples);
    }

    private static bool IsUnit(Token token) => token.Kind == TokenKind.Word && SpanishWords.Units.ContainsKey(token.Text);

    private static bool IsMonth(Token token) => token.Kind == TokenKind.Word && SpanishWords.Months.ContainsKey(token.Text);

    private static bool IsWeekday(Token token) => token.Kind == TokenKind.Word && SpanishWords.Weekdays.ContainsKey(token.Text);

    private static bool IsPartWord(Token token) =>
        token.Is("principios") || token.Is("comienzos") || token.Is("inicios") || token.Is("mediados")
        || token.Is("finales") || token.Is("fines");

    private static bool IsQuantityWord(Token token) =>
        token.Kind == TokenKind.Word
        && (SpanishWords.Numbers.ContainsKey(token.Text)
            || token.Text is "unos" or "unas" or "algunos" or "algunas" or "pocos" or "pocas" or "varios" or "varias" or "par");

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
        for (var i = 0; i < length; i++)
        {
            Advance();
        }

        return length > 0;
    }

    private PhraseOutcome NotAUnit(Token token, string units) =>
        token.Kind == TokenKind.Word
            ? Fail(token, Quote(token) + " is not a unit; use " + units)
            : Unexpected(token, units);

    /// <summary>A phrase that starts with a number: "3 días después de …", "2025-01-20", "20 de enero de 2025", "2025".</summary>
    private PhraseOutcome ReadFromNumber()
    {
        var number = Current;
        var next = Peek(1);
        if (DecimalNumber() is { } decimalNumber)
        {
            return decimalNumber;
        }

        if (number.Value < 0)
        {
            return Unexpected(number, "a number");
        }

        if (number.Kind == TokenKind.Number && IsUnit(next))
        {
            return ReadAmount(AmountUse.FromDate);
        }

        if (number.IsYearNumber && next.IsSymbol('-'))
        {
            return ReadIsoMonthOrDay();
        }

        if (number.IsDayNumber && (IsMonth(next) || next.Is("de")))
        {
            return TryReadDay(out var day, out var failure) ? PhraseRules.OnDay(day) : failure;
        }

        if (number.IsYearNumber)
        {
            return TryReadYear(out var year, out var failure) ? PhraseRules.Whole(PhraseRules.Year(year)) : failure;
        }

        return next.Kind == TokenKind.Word
            ? NotAUnit(next, UnitList)
            : Unexpected(next, "a unit (día, semana, mes or año) or 'de' and a month after " + Quote(number));
    }

    /// <summary>
    /// After "el"/"la" (or at próximo/pasado): a date ("el 20 de enero"), "el próximo viernes", "el próximo marzo",
    /// "el viernes [pasado/próximo/que viene]", "el marzo pasado".
    /// </summary>
    private PhraseOutcome ReadAfterArticle()
    {
        var token = Current;
        if (token.Kind is TokenKind.Number or TokenKind.Ordinal)
        {
            return TryReadDay(out var day, out var failure) ? PhraseRules.OnDay(day) : failure;
        }

        if (IsNextOrLast(token, out var offset))
        {
            Advance();
            var target = Current;
            if (IsWeekday(target))
            {
                Advance();
                var relation = offset > 0 ? WeekdayRelation.Next : WeekdayRelation.Last;
                return PhraseRules.Weekday(Anchor, SpanishWords.Weekdays[target.Text], relation, token.Start);
            }

            if (IsMonth(target))
            {
                Advance();
                var relation = offset > 0 ? MonthRelation.Next : MonthRelation.Last;
                return PhraseRules.TryNamedMonth(Anchor, SpanishWords.Months[target.Text], relation, out var period)
                    ? PhraseRules.Whole(period)
                    : Fail(token, PhraseCalendar.OutOfRange);
            }

            return NotAUnit(target, "semana, mes, año, a weekday or a month name");
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
        var token = Current;
        if (IsWeekday(token))
        {
            Advance();
            return PhraseRules.WeekdayOfWeek(Anchor, SpanishWords.Weekdays[token.Text], 0, word.Start);
        }

        if (IsMonth(token))
        {
            Advance();
            return PhraseRules.TryNamedMonth(Anchor, SpanishWords.Months[token.Text], MonthRelation.This, out var period)
                ? PhraseRules.Whole(period)
                : Fail(word, PhraseCalendar.OutOfRange);
        }

        return NotAUnit(token, "semana, mes, año, a weekday or a month name");
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
            Advance();
            Advance();
            return PhraseRules.Weekday(Anchor, weekday, WeekdayRelation.Next, token.Start);
        }

        if (At("de"))
        {
            var length = MatchRelativeUnit(1, out var unit, out var weekOffset);
            if (length > 0 && unit == PhraseUnit.Week)
            {
                for (var i = 0; i <= length; i++)
                {
                    Advance();
                }

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

        if (token.Kind == TokenKind.Number)
        {
            if (DecimalNumber() is { } decimalNumber)
            {
                return decimalNumber;
            }

            if (IsUnit(Peek(1)))
            {
                return ReadAmount(AmountUse.AfterAnchor);
            }

            if (token.IsYearNumber || Peek(1).Kind != TokenKind.Word)
            {
                return TryReadYear(out var year, out var failure) ? PhraseRules.Whole(PhraseRules.Year(year)) : failure;
            }

            return NotAUnit(Peek(1), UnitList);
        }

        if (IsQuantityWord(token))
        {
            return ReadAmount(AmountUse.AfterAnchor);
        }

        return Unexpected(token, "a month, a year or an amount of time after 'en', such as en marzo, en 2025 or en dos semanas");
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
        if (!Accept("de") && !Accept("del"))
        {
            return Unexpected(Current, "'de' after " + Quote(word) + ", as in a " + word.Text + " de marzo");
        }

        var token = Current;
        if (IsMonth(token))
        {
            return TryReadMonth(out var month, out var failure) ? PhraseRules.Part(part, month, word.Start) : failure;
        }

        if (token.Kind == TokenKind.Number)
        {
            return TryReadYear(out var year, out var failure)
                ? PhraseRules.Part(part, PhraseRules.Year(year), word.Start)
                : failure;
        }

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

            for (var i = 0; i < length; i++)
            {
                Advance();
            }

            return PhraseRules.TryRelativePeriod(Anchor, unit, offset, out var period)
                ? PhraseRules.Part(part, period, word.Start)
                : Fail(word, PhraseCalendar.OutOfRange);
        }

        return Unexpected(token, "a month, a year, or este mes, el mes pasado, el año que viene and the like");
    }

    private PhraseOutcome ReadWholeMonth() =>
        TryReadMonth(out var period, out var failure) ? PhraseRules.Whole(period) : failure;

    /// <summary>
    /// A month name, then optionally "de 2025", "del año pasado/próximo/que viene", "de este año", "pasado", "próximo"
    /// or "que viene"; alone, the most recent such month not after the anchor's month.
    /// </summary>
    private bool TryReadMonth(out PeriodRef period, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        var monthToken = Current;
        var month = SpanishWords.Months[monthToken.Text];
        Advance();
        failure = null;
        if ((At("de") || At("del")) && Peek(1).Kind == TokenKind.Number)
        {
            Advance();
            if (!TryReadYear(out var year, out failure))
            {
                period = default;
                return false;
            }

            period = PhraseRules.MonthOfYear(year, month);
            return true;
        }

        bool found;
        var unit = PhraseUnit.Day;
        var offset = 0;
        var length = At("de") || At("del") ? MatchRelativeUnit(1, out unit, out offset) : 0;
        if (length > 0 && unit == PhraseUnit.Year)
        {
            for (var i = 0; i <= length; i++)
            {
                Advance();
            }

            found = PhraseRules.TryMonthOfRelativeYear(Anchor, month, offset, out period);
        }
        else if (IsNextOrLast(Current, out offset))
        {
            Advance();
            found = PhraseRules.TryNamedMonth(Anchor, month, offset > 0 ? MonthRelation.Next : MonthRelation.Last, out period);
        }
        else if (At("que") && Peek(1).Is("viene"))
        {
            Advance();
            Advance();
            found = PhraseRules.TryNamedMonth(Anchor, month, MonthRelation.Next, out period);
        }
        else
        {
            found = PhraseRules.TryNamedMonth(Anchor, month, MonthRelation.MostRecent, out period);
        }

        failure = found ? null : Fail(monthToken, PhraseCalendar.OutOfRange);
        return found;
    }

    /// <summary>An amount of time: "hace tres días", "en dos semanas", "unos días después del 20 de enero de 2025".</summary>
    private PhraseOutcome ReadAmount(AmountUse use)
    {
        if (!TryReadQuantity(out var quantity, out var failure))
        {
            return failure;
        }

        var unitToken = Current;
        if (!IsUnit(unitToken))
        {
            return NotAUnit(unitToken, UnitList);
        }

        var unit = SpanishWords.Units[unitToken.Text];
        Advance();
        switch (use)
        {
            case AmountUse.AfterAnchor:
                return PhraseRules.Offset(ReferenceDay.Anchor(Anchor), quantity, unit, 1, unitToken.Start);
            case AmountUse.BeforeAnchor:
                return PhraseRules.Offset(ReferenceDay.Anchor(Anchor), quantity, unit, -1, unitToken.Start);
        }

        if (At("despues") || At("antes"))
        {
            var sign = At("despues") ? 1 : -1;
            Advance();
            if (!Accept("de") && !Accept("del"))
            {
                return Unexpected(Current, "'de' or 'del' and a date");
            }

            return TryReadDay(out var from, out failure)
                ? PhraseRules.Offset(from, quantity, unit, sign, unitToken.Start)
                : failure;
        }

        var amount = DateText.Quote(Input.Text, quantity.Start, unitToken.End - quantity.Start);
        return Unexpected(Current, "'después de' or 'antes de' and a date after " + amount + ", or write hace " + amount);
    }

    /// <summary>
    /// A number, a number word (uno…doce), "un/una" (one), "un par de" (a couple of), "unos/unas/algunos/pocos" (a few),
    /// "varios/varias" (several).
    /// </summary>
    private bool TryReadQuantity(out Quantity quantity, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        var token = Current;
        quantity = default;
        failure = null;
        if (token.Kind == TokenKind.Number)
        {
            failure = DecimalNumber() ?? (token.Value < 0 ? Unexpected(token, "a number") : null);
            if (failure is not null)
            {
                return false;
            }

            Advance();
            quantity = Quantity.Exact(token.Value, token.Start);
            return true;
        }

        if (token.Kind == TokenKind.Word)
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

            if (SpanishWords.Numbers.TryGetValue(token.Text, out var count))
            {
                Advance();
                quantity = Quantity.Exact(count, token.Start);
                return true;
            }
        }

        failure = Unexpected(token, "a number, such as 3 or tres");
        return false;
    }

    /// <summary>
    /// A day: "2025-01-20", "[el] 20 de enero [de 2025]", "hoy", "ayer", "mañana", or a caller-named date. Without a
    /// year, the most recent such day on or before the anchor.
    /// </summary>
    private bool TryReadDay(out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        failure = null;
        if (TryReadNamedDate(out day))
        {
            return true;
        }

        var token = Current;
        if (token.Is("hoy") || token.Is("ayer") || token.Is("manana"))
        {
            var offset = token.Text switch { "ayer" => -1, "manana" => 1, _ => 0 };
            Advance();
            if (!PhraseCalendar.TryAddDays(Anchor, offset, out var date))
            {
                failure = Fail(token, PhraseCalendar.OutOfRange);
                return false;
            }

            day = new ReferenceDay(date, DateText.Quote(Input.Text, token.Start, token.Length) + " (" + DateText.Day(date) + ")");
            return true;
        }

        if (token.IsYearNumber && Peek(1).IsSymbol('-'))
        {
            return TryReadIsoDay(out day, out failure);
        }

        if (token.Is("el") && Peek(1).IsDayNumber)
        {
            Advance();
            token = Current;
        }

        if (!token.IsDayNumber)
        {
            failure = Unexpected(token, "a date, such as 20 de enero de 2025 or 2025-01-20");
            return false;
        }

        Advance();
        Accept("de");
        var monthToken = Current;
        if (!IsMonth(monthToken))
        {
            failure = Unexpected(monthToken, "a month name after " + Quote(token) + ", as in 20 de enero de 2025");
            return false;
        }

        Advance();
        var month = SpanishWords.Months[monthToken.Text];
        if (((At("de") || At("del")) && Peek(1).Kind == TokenKind.Number) || Current.Kind == TokenKind.Number)
        {
            if (Current.Kind != TokenKind.Number)
            {
                Advance();
            }

            if (!TryReadYear(out var year, out failure))
            {
                return false;
            }

            return TryMakeDay(year, month, token, out day, out failure);
        }

        return TryMakeDayWithoutYear(month, token, out day, out failure);
    }
}
