using System.Globalization;

namespace Annals.Rendering;

/// <summary>A reusable, growable array of characters: the line a <see cref="LineWriter"/> is putting together, or plain
/// text put together before it is escaped, so that writing an event makes no strings of its own.</summary>
/// <remarks>Appending copies spans straight into the array, without the chunk bookkeeping of a
/// <see cref="System.Text.StringBuilder"/>. Not thread-safe; each rendering has its own.</remarks>
internal sealed class TextBuffer
{
    private char[] chars;
    private int length;

    /// <summary>Creates an empty buffer.</summary>
    /// <param name="capacity">The number of characters it holds before it first grows.</param>
    public TextBuffer(int capacity = 256)
    {
        chars = new char[Math.Max(capacity, 16)];
    }

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

    /// <summary>Cuts the text back to a length it had.</summary>
    /// <param name="newLength">The length, from 0 to <see cref="Length"/>.</param>
    public void Truncate(int newLength)
    {
        System.Diagnostics.Debug.Assert(newLength >= 0 && newLength <= length, "Truncating to a length the text never had.");
        length = newLength;
    }

    /// <summary>Removes trailing spaces and tabs.</summary>
    public void TrimEnd()
    {
        while (length > 0 && chars[length - 1] is ' ' or '\t')
        {
            length--;
        }
    }

    /// <summary>Appends text.</summary>
    /// <param name="text">The text; empty appends nothing.</param>
    /// <returns>This buffer.</returns>
    public TextBuffer Append(ReadOnlySpan<char> text)
    {
        if (text.Length > chars.Length - length)
        {
            Grow(text.Length);
        }

        text.CopyTo(chars.AsSpan(length));
        length += text.Length;
        return this;
    }

    /// <summary>Appends a string.</summary>
    /// <param name="text">The text; <see langword="null"/> appends nothing.</param>
    /// <returns>This buffer.</returns>
    public TextBuffer Append(string? text) => Append(text.AsSpan());

    /// <summary>Appends a character.</summary>
    /// <param name="c">The character.</param>
    /// <returns>This buffer.</returns>
    public TextBuffer Append(char c)
    {
        if (length == chars.Length)
        {
            Grow(1);
        }

        chars[length++] = c;
        return this;
    }

    /// <summary>Appends a number, written with ASCII digits whatever the current culture.</summary>
    /// <param name="number">The number.</param>
    /// <returns>This buffer.</returns>
    public TextBuffer Append(int number)
    {
        if (chars.Length - length < 11)
        {
            Grow(11);
        }

        number.TryFormat(chars.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
        length += written;
        return this;
    }

    /// <summary>Writes the text to a writer.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(TextWriter writer) => writer.Write(chars, 0, length);

    /// <inheritdoc />
    public override string ToString() => Span.ToString();

    private void Grow(int more) => Array.Resize(ref chars, Math.Max(chars.Length * 2, length + more));
}
