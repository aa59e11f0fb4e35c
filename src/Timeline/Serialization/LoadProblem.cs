using System.Globalization;

namespace Annals.Serialization;

/// <summary>One problem found while loading a timeline file: how serious it is, a stable code, what is wrong, and
/// where, as a line, a column and a JSON path.</summary>
/// <remarks>
/// <para>Lines and columns are one-based. A column counts UTF-16 code units from the start of the line, as .NET strings
/// and most editors do: a tab counts as one column, and a character outside the Basic Multilingual Plane (an emoji)
/// counts as two. A byte order mark at the start of the file takes no column.</para>
/// <para>The path names the value concerned, such as <c>$.events[2].participants[0].actor</c>; for a missing field it
/// names the field that should be there, while the line and column point at the object that lacks it.</para>
/// <para>The codes are listed in <see cref="LoadProblemCodes"/> and in <c>docs/format.md</c>. Immutable and
/// thread-safe; compares by value.</para>
/// </remarks>
/// <param name="Severity">Whether the problem prevents loading.</param>
/// <param name="Code">A stable code such as <c>JS007</c>, or a <see cref="Annals.Timelines.ProblemCodes"/> code such
/// as <c>TL003</c> for a problem the timeline builder found.</param>
/// <param name="Message">What is wrong, and what would fix it.</param>
/// <param name="Line">The one-based line.</param>
/// <param name="Column">The one-based column.</param>
/// <param name="Path">The JSON path of the value concerned, such as <c>$.events[2].date</c>.</param>
public sealed record LoadProblem(ProblemSeverity Severity, string Code, string Message, int Line, int Column, string Path)
{
    /// <summary>Returns the problem as one line, such as
    /// <c>3:15 error JS011 $.events[0].date: invalid date '2025-13' …</c>.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Line}:{Column} {(Severity == ProblemSeverity.Error ? "error" : "warning")} {Code} {Path}: {Message}");
}
