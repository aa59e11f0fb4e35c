using System.Globalization;
using Annals.Utility;
using NodaTime;

namespace Annals.Dates;

/// <summary>
/// An interval between two ends, each a date, open (<c>..</c>) or unknown (empty): for example
/// <c>2025-03-15/2025-03-16</c>, <c>1984?/2004~</c>, <c>2025-04/..</c> or <c>/2021</c>.
/// </summary>
/// <remarks>
/// <para>
/// At least one end is a date: <c>/</c>, <c>../..</c>, <c>/..</c> and <c>../</c> say nothing and are refused.
/// Ends have no times (EDTF intervals are between dates). The end may not be certainly before the start: the start's
/// earliest day must not come after the end's latest day.
/// </para>
/// <para>
/// <see cref="EdtfDate.Earliest"/> is the start's earliest day and <see cref="EdtfDate.Latest"/> the end's latest
/// day; an open or unknown end leaves the bound <see langword="null"/>. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class EdtfInterval : EdtfDate
{
    private readonly string text;

    private EdtfInterval(IntervalEnd start, IntervalEnd end)
    {
        Start = start;
        End = end;
        text = start + "/" + end;
        InitializeOrderKey();
    }

    /// <summary>Gets the start of the interval.</summary>
    public IntervalEnd Start { get; }

    /// <summary>Gets the end of the interval.</summary>
    public IntervalEnd End { get; }

    /// <inheritdoc />
    /// <value>Always <see cref="EdtfDateKind.Interval"/>.</value>
    public override EdtfDateKind Kind => EdtfDateKind.Interval;

    /// <inheritdoc />
    /// <value>The coarser precision of the known ends.</value>
    public override DatePrecision Precision => Dates().Min(d => d.Precision);

    /// <inheritdoc />
    /// <value>The start's earliest day, or <see langword="null"/> when the start is open or unknown.</value>
    public override LocalDate? Earliest => Start.Date?.Earliest;

    /// <inheritdoc />
    /// <value>The end's latest day, or <see langword="null"/> when the end is open or unknown.</value>
    public override LocalDate? Latest => End.Date?.Latest;

    /// <inheritdoc />
    public override bool IsApproximate => Dates().Any(d => d.IsApproximate);

    /// <inheritdoc />
    public override bool IsUncertain => Dates().Any(d => d.IsUncertain);

    /// <inheritdoc />
    public override bool HasUnspecifiedDigits => Dates().Any(d => d.HasUnspecifiedDigits);

    /// <inheritdoc />
    /// <value>At least 1 when an end is open or unknown; otherwise the higher level of the two dates.</value>
    public override int Level => Math.Max(
        Start.Kind == IntervalEndKind.Known && End.Kind == IntervalEndKind.Known ? 0 : 1,
        Dates().Max(d => d.Level));

    /// <summary>Creates an interval.</summary>
    /// <param name="start">The start: a date, <see cref="IntervalEnd.Open"/> or <see cref="IntervalEnd.Unknown"/>.</param>
    /// <param name="end">The end: a date, <see cref="IntervalEnd.Open"/> or <see cref="IntervalEnd.Unknown"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Neither end is a date, or the end is certainly before the start.</exception>
    public static EdtfInterval Create(IntervalEnd start, IntervalEnd end)
    {
        Preconditions.CheckNotNull(start, nameof(start));
        Preconditions.CheckNotNull(end, nameof(end));
        Preconditions.CheckArgument(
            start.Kind == IntervalEndKind.Known || end.Kind == IntervalEndKind.Known,
            nameof(end),
            "An interval needs at least one date, but {0} has none.",
            start + "/" + end);
        Preconditions.CheckNoProblem(OrderProblem(start, end), nameof(end));
        return new EdtfInterval(start, end);
    }

    /// <summary>Creates an interval from a date with an open end, such as <c>2025-04/..</c> ("since April 2025, ongoing").</summary>
    /// <param name="start">The start date, without a time.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="start"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> has a time.</exception>
    public static EdtfInterval From(EdtfSingleDate start) => Create(IntervalEnd.At(start), IntervalEnd.Open);

    /// <summary>Creates an interval up to a date with an open start, such as <c>../2021</c> ("until 2021").</summary>
    /// <param name="end">The end date, without a time.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="end"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> has a time.</exception>
    public static EdtfInterval Until(EdtfSingleDate end) => Create(IntervalEnd.Open, IntervalEnd.At(end));

    /// <summary>Returns a copy with both known ends approximate.</summary>
    /// <returns>For example <c>1984~/2004~</c> from <c>1984/2004</c>.</returns>
    /// <exception cref="InvalidOperationException">An end is a year with significant digits, which takes no qualifiers.</exception>
    public override EdtfInterval Approximate() => new(Map(Start, d => d.Approximate()), Map(End, d => d.Approximate()));

    /// <summary>Returns a copy with both known ends uncertain.</summary>
    /// <returns>For example <c>1984?/2004?</c> from <c>1984/2004</c>.</returns>
    /// <exception cref="InvalidOperationException">An end is a year with significant digits, which takes no qualifiers.</exception>
    public override EdtfInterval Uncertain() => new(Map(Start, d => d.Uncertain()), Map(End, d => d.Uncertain()));

    /// <summary>Returns the canonical EDTF text.</summary>
    /// <returns>The two ends separated by <c>/</c>, for example <c>2025-04/..</c>.</returns>
    public override string ToString() => text;

    /// <summary>Creates an interval whose ends the caller has validated.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The interval.</returns>
    internal static EdtfInterval FromValidEnds(IntervalEnd start, IntervalEnd end) => new(start, end);

    /// <summary>Says why an end is certainly before a start, or returns <see langword="null"/> when it is not.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>A message naming both dates, or <see langword="null"/>.</returns>
    internal static string? OrderProblem(IntervalEnd start, IntervalEnd end)
    {
        if (start.Date is not { } first || end.Date is not { } last || first.Earliest <= last.Latest)
        {
            return null;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"the interval ends before it starts: its end {last} (last day {CalendarFacts.FormatDate(last.Latest!.Value)}) is before its start {first} (first day {CalendarFacts.FormatDate(first.Earliest!.Value)}).");
    }

    private static IntervalEnd Map(IntervalEnd end, Func<EdtfSingleDate, EdtfSingleDate> change) =>
        end.Date is { } date ? IntervalEnd.At(change(date)) : end;

    private IEnumerable<EdtfSingleDate> Dates()
    {
        if (Start.Date is { } start)
        {
            yield return start;
        }

        if (End.Date is { } end)
        {
            yield return end;
        }
    }
}
