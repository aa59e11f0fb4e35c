namespace Annals.Serialization;

/// <summary>Turns byte offsets in a UTF-8 file into one-based lines and columns.</summary>
/// <remarks>Lines end at <c>\n</c>, as the JSON reader counts them. Columns count UTF-16 code units; a byte order mark
/// at the start takes no column.</remarks>
internal sealed class TextPositions
{
    private readonly ReadOnlyMemory<byte> text;
    private int[]? lineStarts;

    public TextPositions(ReadOnlyMemory<byte> text, int byteOrderMarkLength)
    {
        this.text = text;
        ByteOrderMarkLength = byteOrderMarkLength;
    }

    /// <summary>Gets the length of the byte order mark at the start of the text (0 or 3).</summary>
    public int ByteOrderMarkLength { get; }

    /// <summary>Gets the offsets where lines start, found the first time a position is asked for, as a file without
    /// problems never needs them.</summary>
    private int[] LineStarts => lineStarts ??= FindLineStarts(text.Span);

    /// <summary>Finds the line and column of a byte offset.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var starts = LineStarts;
        offset = Math.Clamp(offset, 0, text.Length);
        var line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var start = line == 0 ? Math.Min(ByteOrderMarkLength, offset) : starts[line];
        return (line + 1, 1 + Utf16Length(text.Span[start..offset]));
    }

    /// <summary>Converts the JSON reader's zero-based line and byte-in-line (counted after any byte order mark) into an
    /// offset.</summary>
    public int OffsetOf(long readerLine, long bytePositionInLine)
    {
        var starts = LineStarts;
        if (readerLine < 0 || readerLine >= starts.Length)
        {
            return text.Length;
        }

        var start = readerLine == 0 ? ByteOrderMarkLength : starts[readerLine];
        return (int)Math.Clamp(start + bytePositionInLine, 0, text.Length);
    }

    private static int[] FindLineStarts(ReadOnlySpan<byte> span)
    {
        var starts = new List<int> { 0 };
        var offset = 0;
        while (span[offset..].IndexOf((byte)'\n') is var next and >= 0)
        {
            offset += next + 1;
            starts.Add(offset);
        }

        return [.. starts];
    }

    private static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        var units = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) == 0x80)
            {
                continue; // A continuation byte belongs to the character already counted.
            }

            units += b >= 0xF0 ? 2 : 1;
        }

        return units;
    }
}
