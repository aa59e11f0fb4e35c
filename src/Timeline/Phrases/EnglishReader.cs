using System.Diagnostics.CodeAnalysis;

namespace Annals.Phrases;

/// <summary>Reads English phrases: "next month", "on Friday", "early March", "a few days after 20 January 2025"…</summary>
/// <remarks>The forms and their rules are listed in docs/relative-dates.md.</remarks>
internal sealed class EnglishReader : PhraseReader
{
    private const string UnitList = "day, week, month or year";

    public EnglishReader(PhraseInput input)
        : base(input)
    {
    }

    protected override string Examples =>
        "'next month', 'on Friday', 'in March', 'early April 2025' or '3 days after 20 January 2025'";

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
                return ReadFromNumber();
            case TokenKind.Ordinal:
                return ReadOnDay();
            case TokenKind.Word:
                break;
            default:
                return Unexpected(token, "a phrase such as " + Examples);
        }

        switch (token.Text)
        {
            case "today":
                Advance();
                return PhraseRules.RelativeDay(Anchor, 0, token.Start);
            case "yesterday":
                Advance();
                return PhraseRules.RelativeDay(Anchor, -1, token.Start);
            case "tomorrow":
                Advance();
                return PhraseRules.RelativeDay(Anchor, 1, token.Start);
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
            case "a" or "an" or "few" or "couple" or "several":
                return ReadAmount(afterIn: false);
        }

        if (EnglishWords.Weekdays.ContainsKey(token.Text))
        {
            return ReadWeekday();
        }

        if (EnglishWords.Months.ContainsKey(token.Text))
        {
            return DayFollowsMonth() ? ReadOnDay() : ReadWholeMonth();
        }

        if (EnglishWords.Numbers.ContainsKey(token.Text))
        {
            return ReadAmount(afterIn: false);
        }

        return Fail(token, Quote(token) + " is not understood; write for example " + Examples);
    }

    private static bool IsUnit(Token token) => token.Kind == TokenKind.Word && EnglishWords.Units.ContainsKey(token.Text);

    private static bool IsMonth(Token token) => token.Kind == TokenKind.Word && EnglishWords.Months.ContainsKey(token.Text);

    private bool DayFollowsMonth() => Peek(1).IsDayNumber || (Peek(1).IsSymbol('.') && Peek(2).IsDayNumber);

    private PhraseOutcome NotAUnit(Token token, string units) =>
        token.Kind == TokenKind.Word
            ? Fail(token, Quote(token) + " is not a unit; use " + units)
            : Unexpected(token, units);

    /// <summary>A phrase that starts with a number: "3 days ago", "2025-01-20", "20 January 2025", "2025".</summary>
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

        if (IsUnit(next))
        {
            return ReadAmount(afterIn: false);
        }

        if (number.IsYearNumber && next.IsSymbol('-'))
        {
            return ReadIsoMonthOrDay();
        }

        if (number.IsDayNumber && (IsMonth(next) || next.Is("of")))
        {
            return ReadOnDay();
        }

        if (number.IsYearNumber)
        {
            return TryReadYear(out var year, out var failure) ? PhraseRules.Whole(PhraseRules.Year(year)) : failure;
        }

        return next.Kind == TokenKind.Word
            ? NotAUnit(next, UnitList)
            : Unexpected(next, "a unit (day, week, month or year) or a month after " + Quote(number));
    }

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
        if (token.Kind == TokenKind.Word && EnglishWords.Weekdays.ContainsKey(token.Text))
        {
            return ReadWeekday();
        }

        if ((token.Is("next") || token.Is("last") || token.Is("this"))
            && Peek(1).Kind == TokenKind.Word && EnglishWords.Weekdays.ContainsKey(Peek(1).Text))
        {
            return ReadNextLastThis();
        }

        var looksLikeDate = token.Kind is TokenKind.Number or TokenKind.Ordinal || IsMonth(token)
            || token.Is("the") || token.Is("today") || token.Is("yesterday") || token.Is("tomorrow");
        if (!looksLikeDate && !(Input.NamedDates.Count > 0 && token.Kind != TokenKind.End))
        {
            return Unexpected(token, "a weekday or a date after 'on', such as on Friday or on 20 January 2025");
        }

        return ReadOnDay();
    }

    private PhraseOutcome ReadOnDay() =>
        TryReadDay(out var day, out var failure) ? PhraseRules.OnDay(day) : failure;

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

        if (token.Kind == TokenKind.Number)
        {
            if (DecimalNumber() is { } decimalNumber)
            {
                return decimalNumber;
            }

            if (IsUnit(Peek(1)))
            {
                return ReadAmount(afterIn: true);
            }

            if (token.IsYearNumber || Peek(1).Kind != TokenKind.Word)
            {
                return TryReadYear(out var year, out var failure) ? PhraseRules.Whole(PhraseRules.Year(year)) : failure;
            }

            return NotAUnit(Peek(1), UnitList);
        }

        if (token.Kind == TokenKind.Word
            && (token.Text is "a" or "an" or "few" or "couple" or "several" || EnglishWords.Numbers.ContainsKey(token.Text)))
        {
            return ReadAmount(afterIn: true);
        }

        return Unexpected(token, "a month, a year or an amount of time after 'in', such as in March, in 2025 or in two weeks");
    }

    /// <summary>"next/last/this" + week, month, year, a weekday or a month name.</summary>
    private PhraseOutcome ReadNextLastThis()
    {
        var word = Current;
        var offset = word.Text switch { "next" => 1, "last" => -1, _ => 0 };
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

        if (token.Kind == TokenKind.Word && EnglishWords.Weekdays.TryGetValue(token.Text, out var weekday))
        {
            Advance();
            AcceptSymbol('.');
            return offset switch
            {
                0 => PhraseRules.WeekdayOfWeek(Anchor, weekday, 0, word.Start),
                > 0 => PhraseRules.Weekday(Anchor, weekday, WeekdayRelation.Next, word.Start),
                _ => PhraseRules.Weekday(Anchor, weekday, WeekdayRelation.Last, word.Start),
            };
        }

        if (IsMonth(token))
        {
            var month = EnglishWords.Months[token.Text];
            Advance();
            AcceptSymbol('.');
            var relation = offset switch { 0 => MonthRelation.This, > 0 => MonthRelation.Next, _ => MonthRelation.Last };
            return PhraseRules.TryNamedMonth(Anchor, month, relation, out var period)
                ? PhraseRules.Whole(period)
                : Fail(word, PhraseCalendar.OutOfRange);
        }

        return NotAUnit(token, "week, month, year, a weekday or a month name");
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

        if (token.Is("next") || token.Is("last") || token.Is("this"))
        {
            var offset = token.Text switch { "next" => 1, "last" => -1, _ => 0 };
            Advance();
            var unitToken = Current;
            if (unitToken.Is("month") || unitToken.Is("year"))
            {
                Advance();
                var unit = unitToken.Is("month") ? PhraseUnit.Month : PhraseUnit.Year;
                return PhraseRules.TryRelativePeriod(Anchor, unit, offset, out var period)
                    ? PhraseRules.Part(part, period, word.Start)
                    : Fail(word, PhraseCalendar.OutOfRange);
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
        if ((At("next") || At("last") || At("this")) && Peek(1).Is("week"))
        {
            var offset = Current.Text switch { "next" => 1, "last" => -1, _ => 0 };
            Advance();
            Advance();
            return PhraseRules.WeekdayOfWeek(Anchor, weekday, offset, token.Start);
        }

        return PhraseRules.Weekday(Anchor, weekday, WeekdayRelation.OnOrBefore, token.Start);
    }

    private PhraseOutcome ReadWholeMonth() =>
        TryReadMonth(out var period, out var failure) ? PhraseRules.Whole(period) : failure;

    /// <summary>
    /// A month name, then optionally a year ("March 2025", "March of 2025") or "next/last/this year"; alone, the most
    /// recent such month not after the anchor's month.
    /// </summary>
    private bool TryReadMonth(out PeriodRef period, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        var monthToken = Current;
        var month = EnglishWords.Months[monthToken.Text];
        Advance();
        AcceptSymbol('.');
        if (Current.Kind == TokenKind.Number || (At("of") && Peek(1).Kind == TokenKind.Number))
        {
            Accept("of");
            if (!TryReadYear(out var year, out failure))
            {
                period = default;
                return false;
            }

            period = PhraseRules.MonthOfYear(year, month);
            return true;
        }

        bool found;
        if ((At("next") || At("last") || At("this")) && Peek(1).Is("year"))
        {
            var offset = Current.Text switch { "next" => 1, "last" => -1, _ => 0 };
            Advance();
            Advance();
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
    /// An amount of time and what it counts from: "3 days ago", "a few weeks after 20 January 2025",
    /// "two weeks from now"; after "in", the amount alone ("in two weeks").
    /// </summary>
    private PhraseOutcome ReadAmount(bool afterIn)
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

        var unit = EnglishWords.Units[unitToken.Text];
        Advance();
        if (afterIn)
        {
            return PhraseRules.Offset(ReferenceDay.Anchor(Anchor), quantity, unit, 1, unitToken.Start);
        }

        if (Accept("ago"))
        {
            return PhraseRules.Offset(ReferenceDay.Anchor(Anchor), quantity, unit, -1, unitToken.Start);
        }

        if (At("after") || At("before"))
        {
            var sign = At("after") ? 1 : -1;
            Advance();
            return TryReadDay(out var from, out failure)
                ? PhraseRules.Offset(from, quantity, unit, sign, unitToken.Start)
                : failure;
        }

        if (Accept("from"))
        {
            return Accept("now") || Accept("today")
                ? PhraseRules.Offset(ReferenceDay.Anchor(Anchor), quantity, unit, 1, unitToken.Start)
                : Unexpected(Current, "'now' or 'today' after 'from'");
        }

        var amount = DateText.Quote(Input.Text, quantity.Start, unitToken.End - quantity.Start);
        return Unexpected(Current, "'ago', 'after' or 'before' and a date, or 'from now', after " + amount);
    }

    /// <summary>A number ("3"), a number word ("three"), "a"/"an" (one), "a few", "a couple (of)", "several".</summary>
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

            if (EnglishWords.Numbers.TryGetValue(token.Text, out var count))
            {
                Advance();
                quantity = Quantity.Exact(count, token.Start);
                return true;
            }
        }

        failure = Unexpected(token, "a number, such as 3 or three");
        return false;
    }

    /// <summary>
    /// A day: "2025-01-20", "20 January 2025", "20th of January", "January 20, 2025", "Jan. 20", "today",
    /// "yesterday", "tomorrow", or a caller-named date. Without a year, the most recent such day on or before the anchor.
    /// </summary>
    private bool TryReadDay(out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        failure = null;
        if (TryReadNamedDate(out day))
        {
            return true;
        }

        var token = Current;
        if (token.Is("today") || token.Is("yesterday") || token.Is("tomorrow"))
        {
            var offset = token.Text switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
            Advance();
            if (!PhraseCalendar.TryAddDays(Anchor, offset, out var date))
            {
                failure = Fail(token, PhraseCalendar.OutOfRange);
                return false;
            }

            day = new ReferenceDay(date, token.Text + " (" + DateText.Day(date) + ")");
            return true;
        }

        if (token.IsYearNumber && Peek(1).IsSymbol('-'))
        {
            return TryReadIsoDay(out day, out failure);
        }

        if (token.Is("the") && Peek(1).IsDayNumber)
        {
            Advance();
            token = Current;
        }

        if (token.IsDayNumber)
        {
            Advance();
            Accept("of");
            var monthToken = Current;
            if (!IsMonth(monthToken))
            {
                failure = Unexpected(monthToken, "a month name after " + Quote(token) + ", as in 20 January 2025");
                return false;
            }

            Advance();
            AcceptSymbol('.');
            AcceptSymbol(',');
            return TryFinishDay(EnglishWords.Months[monthToken.Text], token, out day, out failure);
        }

        if (IsMonth(token))
        {
            Advance();
            AcceptSymbol('.');
            var dayToken = Current;
            if (!dayToken.IsDayNumber)
            {
                failure = Unexpected(dayToken, "a day of the month after " + Quote(token) + ", as in January 20, 2025");
                return false;
            }

            Advance();
            AcceptSymbol(',');
            return TryFinishDay(EnglishWords.Months[token.Text], dayToken, out day, out failure);
        }

        failure = Unexpected(token, "a date, such as 20 January 2025, January 20, 2025 or 2025-01-20");
        return false;
    }

    /// <summary>After a day and a month: an optional four-digit year.</summary>
    private bool TryFinishDay(int month, Token dayToken, out ReferenceDay day, [NotNullWhen(false)] out PhraseOutcome? failure)
    {
        if (Current.Kind == TokenKind.Number)
        {
            if (!TryReadYear(out var year, out failure))
            {
                day = default;
                return false;
            }

            return TryMakeDay(year, month, dayToken, out day, out failure);
        }

        return TryMakeDayWithoutYear(month, dayToken, out day, out failure);
    }
}
