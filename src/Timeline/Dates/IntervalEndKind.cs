namespace Annals.Dates;

/// <summary>What one end of an <see cref="EdtfInterval"/> says.</summary>
public enum IntervalEndKind
{
    /// <summary>The end is a date, such as the <c>2021</c> in <c>2019/2021</c>.</summary>
    Known,

    /// <summary>The interval is open at this end (<c>..</c>): it extends without limit, as in <c>2025-04/..</c> ("ongoing").</summary>
    Open,

    /// <summary>The end exists but is not known (written as nothing), as in <c>2025-04/</c>.</summary>
    Unknown,
}
