namespace Annals.Rendering;

/// <summary>A reusable buffer of characters for putting plain text together before it is escaped, so that writing an
/// event makes no strings of its own.</summary>
/// <remarks>Not thread-safe; each rendering has its own.</remarks>
internal sealed class TextBuffer
{
    private char[] chars = new char[256];
    private int length;

    /// <summary>Gets the text put together so far.</summary>
    public ReadOnlySpan<char> Span => chars.AsSpan(0, length);

    /// <summary>Gets the number of characters.</summary>
    public int Length => length;

    /// <summary>Empties the buffer.</summary>
    /// <returns>This buffer.</returns>
    public TextBuffer Clear()
    {
        length = 0;
        return this;
    }

    /// <summary>Appends text.</summary>
    /// <param name="text">The text; <see langword="null"/> appends nothing.</param>
    /// <returns>This buffer.</returns>
    public TextBuffer Append(ReadOnlySpan<char> text)
    {
        if (length + text.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + text.Length));
        }

        text.CopyTo(chars.AsSpan(length));
        length += text.Length;
        return this;
    }

    /// <summary>Appends a character.</summary>
    /// <param name="c">The character.</param>
    /// <returns>This buffer.</returns>
    public TextBuffer Append(char c) => Append([c]);

    /// <inheritdoc />
    public override string ToString() => Span.ToString();
}
