using Annals.Dates;

namespace Annals.Model;

/// <summary>An office an actor held, and when: "U.S. Secretary of State" from <c>2025-01-21/..</c>.</summary>
/// <remarks>
/// <para>The title is written the way it reads before the holder's name, so a renderer can write
/// "U.S. Secretary of State Marco Rubio".</para>
/// <para>Immutable and thread-safe; compares by value.</para>
/// </remarks>
public sealed record Office
{
    private readonly string title;
    private readonly EdtfDate term;

    /// <summary>Creates an office.</summary>
    /// <param name="title">The title as it reads before the holder's name.</param>
    /// <param name="term">When it was held, usually an interval such as <c>2019-06-01/..</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is <see langword="null"/>.</exception>
    public Office(string title, EdtfDate term)
    {
        this.title = FieldChecks.Required(title, nameof(title));
        this.term = term ?? throw new ArgumentNullException(nameof(term));
    }

    /// <summary>Gets the title.</summary>
    public string Title
    {
        get => title;
        init => title = FieldChecks.Required(value, nameof(Title));
    }

    /// <summary>Gets when the office was held.</summary>
    public EdtfDate Term
    {
        get => term;
        init => term = value ?? throw new ArgumentNullException(nameof(Term));
    }

    /// <summary>Tells whether the office was certainly held on every possible day of a date.</summary>
    /// <param name="date">The date of an event.</param>
    /// <returns><see langword="true"/> when every possible day of <paramref name="date"/> lies within the term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is <see langword="null"/>.</exception>
    public bool IsHeldThroughout(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (Term.Kind == EdtfDateKind.Interval)
        {
            // An interval term's open or unknown ends stand for "no limit on that side".
            return date.IsCertainlyWithin(Term.Earliest, Term.Latest);
        }

        return Term.Earliest is { } start && Term.Latest is { } end && date.IsCertainlyWithin(start, end);
    }
}
