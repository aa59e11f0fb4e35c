using System.Collections.Immutable;

namespace Annals.Timelines;

/// <summary>Thrown by <see cref="TimelineBuilder.ToImmutable"/> when the events do not form a valid timeline. It
/// carries every problem found, not just the first.</summary>
/// <remarks>To get the problems without an exception, call <see cref="TimelineBuilder.TryToImmutable"/> or
/// <see cref="TimelineBuilder.Validate"/>.</remarks>
public sealed class TimelineValidationException : Exception
{
    /// <summary>Creates an exception with no problems listed.</summary>
    public TimelineValidationException()
        : this([])
    {
    }

    /// <summary>Creates an exception with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public TimelineValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates an exception with a message, an inner exception and no problems listed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TimelineValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates an exception listing problems.</summary>
    /// <param name="problems">Every problem found.</param>
    public TimelineValidationException(ImmutableArray<TimelineProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems.IsDefault ? [] : problems;
    }

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<TimelineProblem> Problems { get; }

    private static string Describe(ImmutableArray<TimelineProblem> problems)
    {
        if (problems.IsDefaultOrEmpty)
        {
            return "The timeline is not valid.";
        }

        var noun = problems.Length == 1 ? "problem" : "problems";
        return $"The timeline has {problems.Length} {noun}:\n" + string.Join('\n', problems.Select(p => "  " + p));
    }
}
