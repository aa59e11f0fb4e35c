using System.Diagnostics.CodeAnalysis;

namespace Annals;

/// <summary>
/// The outcome of parsing user input: either a value, or an <see cref="Annals.ParseError"/> that says what is wrong and where.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <remarks>
/// <para>Parsing never throws on bad input; it returns a failed result instead. Only asking a failed result for its
/// <see cref="Value"/> throws, because that is a programming error.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ParseResult<T>
    where T : notnull
{
    private readonly T? value;

    private ParseResult(T? value, ParseError? error)
    {
        this.value = value;
        Error = error;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="InvalidOperationException">Parsing failed; the message repeats <see cref="Error"/>.</exception>
    public T Value => Error is null
        ? value!
        : throw new InvalidOperationException("The parse failed, so there is no value: " + Error);

    /// <summary>Gets the error when parsing failed, or <see langword="null"/> when it succeeded.</summary>
    public ParseError? Error { get; }

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>A result whose <see cref="Success"/> is <see langword="true"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    internal static ParseResult<T> ForValue(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ParseResult<T>(value, null);
    }

    /// <summary>Creates a failed result.</summary>
    /// <param name="error">What went wrong, and where.</param>
    /// <returns>A result whose <see cref="Success"/> is <see langword="false"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    internal static ParseResult<T> ForError(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ParseResult<T>(default, error);
    }

    /// <summary>Gets the value if parsing succeeded.</summary>
    /// <param name="result">The parsed value, or the default of <typeparamref name="T"/> when parsing failed.</param>
    /// <returns><see langword="true"/> when parsing succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Error is null;
    }

    /// <summary>Gets the value, or throws a <see cref="FormatException"/> carrying the error.</summary>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">Parsing failed.</exception>
    public T GetValueOrThrow() => Error is null ? value! : throw new FormatException(Error.ToString());

    /// <summary>Returns the value, or the error, as text.</summary>
    /// <returns>The value's text on success, or the error's text on failure.</returns>
    public override string ToString() => Error is null ? value!.ToString() ?? string.Empty : Error.ToString();
}
