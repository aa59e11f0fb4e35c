using System.Globalization;

namespace Annals;

/// <summary>
/// Why some text could not be parsed, and where: the input, a zero-based character position, and a message that says
/// what was expected.
/// </summary>
/// <remarks>Instances are immutable, thread-safe, and compare by value.</remarks>
public sealed record ParseError
{
    /// <summary>Creates an error.</summary>
    /// <param name="input">The text that was being parsed.</param>
    /// <param name="position">The zero-based index of the offending character; the input's length means "at the end".</param>
    /// <param name="message">What is wrong, and what would fix it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative or past the end of the input.</exception>
    public ParseError(string input, int position, string message)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(message);
        if (position < 0 || position > input.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(position),
                string.Create(CultureInfo.InvariantCulture, $"The position {position} is outside the input, whose length is {input.Length}."));
        }

        Input = input;
        Position = position;
        Message = message;
    }

    /// <summary>Gets the text that was being parsed.</summary>
    public string Input { get; }

    /// <summary>Gets the zero-based index of the offending character (the input's length when the input ended too early).</summary>
    public int Position { get; }

    /// <summary>Gets the one-based column of the offending character, as people count.</summary>
    public int Column => Position + 1;

    /// <summary>Gets what is wrong, and what would fix it.</summary>
    public string Message { get; }

    /// <summary>Returns the message with its position, for example <c>at character 6: month 13 does not exist …</c>.</summary>
    /// <returns>The error as one line of text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"at character {Column}: {Message}");
}
