using System.Diagnostics.CodeAnalysis;

namespace Annals.Phrases;

/// <summary>Reads English phrases: "next month", "on Friday", "early March", "a few days after 20 January 2025"…</summary>
/// <remarks>The forms and their rules are listed in docs/relative-dates.md.</remarks>
internal sealed class EnglishReader : PhraseReader
{
    public EnglishReader(PhraseInput input)
        : base(input, PhraseVocabulary.English)
    {
    }

    protected override string Examples =>
        "'next month', 'on Friday', 'in March', 'early April 2025' or '3 days after 20 January 2025'";

    protected override string UnitList => "day, week, month or year";

    protected override string UnitOrMonth => "a unit (day, week, month or year) or a month";

    protected override string NumberWordExample => "three";

    protected override PhraseOutcome ReadFromOrdinal() => ReadOnDay();

    protected override PhraseOutcome? ReadFromWord(Token token)
    {
        if (IsDayWord(token, out var days))
        {
            Advance();
            return PhraseRules.RelativeDay(Anchor, days, token.Start);
        }

        switch (token.Text)
        {
            case "the":
                return Peek(1).IsDayNumber ? ReadOnDay() : ReadTheDayBeforeOrAfter();
            case "on":
                Advance();
                return ReadOn();
            case "in":
                Advance();
                return ReadIn();
            case "next" or "last" or "this":
                return ReadNextLastThis();
            case "earlier" or "later":
                return ReadEarlierLater();
            case "early" or "mid" or "late":
                return ReadPart();
        }

        if (IsWeekday(token))
        {
            return ReadWeekday();
        }

        if (IsMonth(token))
        {
            return DayFollowsMonth() ? ReadOnDay() : ReadWholeMonth();
        }

        if (IsQuantityWord(token))
        {
            return ReadAmount(AmountUse.FromWhatFollows);
        }

        return null;
    }

    /// <summary>A number word, "a", "an", "few", "couple" or "several".</summary>
    protected override bool IsQuantityWord(Token token) =>
        token.Kind == TokenKind.Word
        && (token.Text is "a" or "an" or "few" or "couple" or "several" || EnglishWords.Numbers.ContainsKey(token.Text));

    private static bool IsNextLastThis(Token token) => token.Is("next") || token.Is("last") || token.Is("this");

    /// <summary>The offset of "next" (1), "last" (-1) or "this" (0).</summary>
    private static int OffsetOf(Token nextLastThis) => nextLastThis.Text switch { "next" => 1, "last" => -1, _ => 0 };

    private bool DayFollowsMonth() => Peek(1).IsDayNumber || (Peek(1).IsSymbol('.') && Peek(2).IsDayNumber);

    /// <summary>"the day before yesterday", "the day after tomorrow".</summary>
    private PhraseOutcome ReadTheDayBeforeOrAfter()
    {
        var the = Current;
        Advance();
        if (!Accept("day"))
        {
            return Unexpected(Current, "'day before yesterday' or 'day after tomorrow' after 'the'");
        }

        if (Accept("before"))
        {
            return Accept("yesterday") ? PhraseRules.RelativeDay(Anchor, -2, the.Start) : Unexpected(Current, "'yesterday'");
        }

        if (Accept("after"))
        {
            return Accept("tomorrow") ? PhraseRules.RelativeDay(Anchor, 2, the.Start) : Unexpected(Current, "'tomorrow'");
        }

        return Unexpected(Current, "'before yesterday' or 'after tomorrow'");
    }

    /// <summary>After "on": a weekday ("on Friday", "on next Friday") or a date ("on 20 January 2025").</summary>
    private PhraseOutcome ReadOn()
    {
        var token = Current;
        if (IsWeekday(token))
        {
            return ReadWeekday();
        }

        if (IsNextLastThis(token) && IsWeekday(Peek(1)))
        {
            return ReadNextLastThis();
        }

        var looksLikeDate = token.Kind is TokenKind.Number or TokenKind.Ordinal || IsMonth(token)
            || token.Is("the") || IsDayWord(token, out _);
        if (!looksLikeDate && !(Input.NamedDates.Count > 0 && token.Kind != TokenKind.End))
        {
            return Unexpected(token, "a weekday or a date after 'on', such as on Friday or on 20 January 2025");
        }

        return ReadOnDay();
    }

    /// <summary>After "in": a month ("in March", "in March 2025"), a year ("in 2025"), a part ("in early March") or an amount ("in two weeks").</summary>
    private PhraseOutcome ReadIn()
    {
        var token = Current;
        if (IsMonth(token))
        {
            return ReadWholeMonth();
        }

        if (token.Is("early") || token.Is("mid") || token.Is("late"))
        {
            return ReadPart();
        }

        return ReadYearOrAmountAfterIn(
            "a month, a year or an amount of time after 'in', such as in March, in 2025 or in two weeks");
    }

    /// <summary>"next/last/this" + week, month, year, a weekday or a month name.</summary>
    private PhraseOutcome ReadNextLastThis()
    {
        var word = Current;
        var offset = OffsetOf(word);
        Advance();
        var token = Current;
        if (token.Kind == TokenKind.Word && EnglishWords.Units.TryGetValue(token.Text, out var unit))
        {
            if (unit == PhraseUnit.Day)
            {
                return Fail(token, "'" + word.Text + " day' is not supported; use today, yesterday, tomorrow or a date");
            }

            Advance();
            return PhraseRules.RelativePeriod(Anchor, unit, offset, word.Start);
        }

        return ReadRelativeWeekdayOrMonth(word, offset, "week, month, year, a weekday or a month name");
    }

    /// <summary>"earlier this week/month/year", "later this week/month/year".</summary>
    private PhraseOutcome ReadEarlierLater()
    {
        var word = Current;
        Advance();
        if (!Accept("this"))
        {
            return Unexpected(Current, "'this' after " + Quote(word) + ", as in " + word.Text + " this month");
        }

        var token = Current;
        if (token.Kind == TokenKind.Word && EnglishWords.Units.TryGetValue(token.Text, out var unit) && unit != PhraseUnit.Day)
        {
            Advance();
            return word.Is("earlier")
                ? PhraseRules.EarlierThis(Anchor, unit, word.Start)
                : PhraseRules.LaterThis(Anchor, unit, word.Start);
        }

        return NotAUnit(token, "week, month or year");
    }

    /// <summary>"early/mid/late" + a month, a year, or next/last/this month or year; "mid-March".</summary>
    private PhraseOutcome ReadPart()
    {
        var word = Current;
        var part = word.Text switch { "early" => PeriodPart.Early, "mid" => PeriodPart.Mid, _ => PeriodPart.Late };
        Advance();
        AcceptSymbol('-');
        if (ReadPartOfMonthOrYear(part, word) is { } monthOrYear)
        {
            return monthOrYear;
        }

        var token = Current;
        if (IsNextLastThis(token))
        {
            var offset = OffsetOf(token);
            Advance();
            var unitToken = Current;
            if (unitToken.Is("month") || unitToken.Is("year"))
            {
                Advance();
                var unit = unitToken.Is("month") ? PhraseUnit.Month : PhraseUnit.Year;
                return PartOfRelativePeriod(part, unit, offset, word);
            }

            return unitToken.Is("week") || unitToken.Is("day")
                ? Fail(unitToken, "early, mid and late apply to a month or a year, not to a " + unitToken.Text)
                : NotAUnit(unitToken, "month or year");
        }

        return Unexpected(token, "a month, a year, or next/last/this month or year after " + Quote(word));
    }

    /// <summary>A weekday, optionally followed by "next week", "last week" or "this week".</summary>
    private PhraseOutcome ReadWeekday()
    {
        var token = Current;
        var weekday = EnglishWords.Weekdays[token.Text];
        Advance();
        AcceptSymbol('.');
        if (IsNextLastThis(Current) && Peek(1).Is("week"))
        {
            var offset = OffsetOf(Current);
            Advance(2);
            return PhraseRules.WeekdayOfWeek(Anchor, weekday, offset, token.Start);
        }

        return PhraseRules.Weekday(Anchor, weekday, WeekdayRelation.OnOrBefore, token.Start);
    }

    /// <summary>
    /// A month name, then optionally a year ("March 2025", "March of 2025") or "next/last/this year"; alone, the most
    /// recent such month not after the anchor's month.
    /// </summary>
    protected override bool TryReadMonth(out PeriodRef period, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        var monthToken = Current;
        var month = EnglishWords.Months[monthToken.Text];
        Advance();
        AcceptSymbol('.');
        if (Current.Kind == TokenKind.Number || (At("of") && Peek(1).Kind == TokenKind.Number))
        {
            Accept("of");
            return TryReadMonthOfYear(month, out period, out failure);
        }

        bool found;
        if (IsNextLastThis(Current) && Peek(1).Is("year"))
        {
            var offset = OffsetOf(Current);
            Advance(2);
            found = PhraseRules.TryMonthOfRelativeYear(Anchor, month, offset, out period);
        }
        else
        {
            found = PhraseRules.TryNamedMonth(Anchor, month, MonthRelation.MostRecent, out period);
        }

        failure = found ? null : Fail(monthToken, PhraseCalendar.OutOfRange);
        return found;
    }

    /// <summary>
    /// After an amount that does not follow "in": "3 days ago", "a few weeks after 20 January 2025", "two weeks from now".
    /// </summary>
    protected override PhraseOutcome ReadAfterAmount(Quantity quantity, PhraseUnit unit, Token unitToken)
    {
        if (Accept("ago"))
        {
            return OffsetFromAnchor(quantity, unit, -1, unitToken);
        }

        if (At("after") || At("before"))
        {
            var sign = At("after") ? 1 : -1;
            Advance();
            return ReadOffsetFromDay(quantity, unit, sign, unitToken);
        }

        if (Accept("from"))
        {
            return Accept("now") || Accept("today")
                ? OffsetFromAnchor(quantity, unit, 1, unitToken)
                : Unexpected(Current, "'now' or 'today' after 'from'");
        }

        var amount = DateText.Quote(Input.Text, quantity.Start, unitToken.End - quantity.Start);
        return Unexpected(Current, "'ago', 'after' or 'before' and a date, or 'from now', after " + amount);
    }

    /// <summary>"a"/"an" (one), "a few", "a couple (of)", "few", "couple (of)", "several".</summary>
    protected override bool TryReadVagueQuantity(Token token, out Quantity quantity)
    {
        if (token.Is("a") || token.Is("an"))
        {
            Advance();
            if (Accept("few"))
            {
                quantity = Quantity.Vague(QuantityKind.Few, token.Start);
            }
            else if (Accept("couple"))
            {
                Accept("of");
                quantity = Quantity.Vague(QuantityKind.Couple, token.Start);
            }
            else
            {
                quantity = Quantity.Exact(1, token.Start);
            }

            return true;
        }

        QuantityKind? vague = token.Text switch
        {
            "few" => QuantityKind.Few,
            "couple" => QuantityKind.Couple,
            "several" => QuantityKind.Several,
            _ => null,
        };
        if (vague is { } kind)
        {
            Advance();
            if (kind == QuantityKind.Couple)
            {
                Accept("of");
            }

            quantity = Quantity.Vague(kind, token.Start);
            return true;
        }

        quantity = default;
        return false;
    }

    /// <summary>"20 January 2025", "20th of January", "January 20, 2025", "Jan. 20".</summary>
    protected override bool TryReadDayAndMonth(Token first, out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        day = default;
        if (first.IsDayNumber)
        {
            if (!TryReadMonthAfterDay(first, "20 January 2025", out var month, out failure))
            {
                return false;
            }

            AcceptSymbol('.');
            AcceptSymbol(',');
            return TryFinishDay(month, first, out day, out failure);
        }

        if (IsMonth(first))
        {
            Advance();
            AcceptSymbol('.');
            var dayToken = Current;
            if (!dayToken.IsDayNumber)
            {
                failure = Unexpected(dayToken, "a day of the month after " + Quote(first) + ", as in January 20, 2025");
                return false;
            }

            Advance();
            AcceptSymbol(',');
            return TryFinishDay(EnglishWords.Months[first.Text], dayToken, out day, out failure);
        }

        failure = Unexpected(first, "a date, such as 20 January 2025, January 20, 2025 or 2025-01-20");
        return false;
    }
}
