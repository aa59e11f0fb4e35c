using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Annals.Timelines;

namespace Annals.Serialization;

/// <summary>The outcome of loading a timeline file: the document, when the file has no errors, and every problem
/// found, errors and warnings alike.</summary>
/// <remarks>
/// <para>Loading never throws on bad input. A file with warnings only (such as a misspelt field name, which is kept as
/// extension data) still loads. Problems are ordered by their position in the file.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class LoadResult
{
    internal LoadResult(ChronologyDocument? document, ImmutableArray<LoadProblem> problems)
    {
        Document = document;
        Problems = problems;
    }

    /// <summary>Gets a value indicating whether the file loaded: it has no errors, though it may have warnings.</summary>
    [MemberNotNullWhen(true, nameof(Document), nameof(Timeline))]
    public bool Success => Document is not null;

    /// <summary>Gets the loaded document (the timeline and its extension data), or <see langword="null"/> when the file
    /// has errors.</summary>
    public ChronologyDocument? Document { get; }

    /// <summary>Gets the loaded timeline, or <see langword="null"/> when the file has errors.</summary>
    public Timeline? Timeline => Document?.Timeline;

    /// <summary>Gets every problem found, in the order of their positions in the file.</summary>
    public ImmutableArray<LoadProblem> Problems { get; }

    /// <summary>Gets the problems that prevent loading.</summary>
    public IEnumerable<LoadProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Gets the problems that do not prevent loading.</summary>
    public IEnumerable<LoadProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);

    /// <summary>Gets the document, or throws a <see cref="FormatException"/> that lists every error.</summary>
    /// <returns>The loaded document.</returns>
    /// <exception cref="FormatException">The file has errors.</exception>
    public ChronologyDocument GetDocumentOrThrow()
    {
        if (Document is not null)
        {
            return Document;
        }

        var message = new StringBuilder("The timeline file has errors:");
        foreach (var problem in Errors)
        {
            message.Append('\n').Append(problem);
        }

        throw new FormatException(message.ToString());
    }

    /// <summary>Returns a summary, such as <c>loaded, 1 warning</c> or <c>failed, 3 errors</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var errors = Errors.Count();
        var warnings = Problems.Length - errors;
        return (Success ? "loaded" : "failed")
            + (errors > 0 ? $", {Count(errors, "error")}" : string.Empty)
            + (warnings > 0 ? $", {Count(warnings, "warning")}" : string.Empty);
    }

    private static string Count(int n, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
