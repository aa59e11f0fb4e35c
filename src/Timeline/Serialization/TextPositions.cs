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
    /// <remarks>Counting the column costs the length of the line up to the offset; to locate many offsets, use a
    /// <see cref="Cursor"/>.</remarks>
    public (int Line, int Column) Locate(int offset) => Cursor().Locate(offset);

    /// <summary>Finds the one-based line of a byte offset.</summary>
    public int LineOf(int offset) => LineIndex(Math.Clamp(offset, 0, text.Length)) + 1;

    /// <summary>Creates a cursor that locates offsets given in increasing order in one pass over the text.</summary>
    public PositionCursor Cursor() => new(this);

    private int LineIndex(int offset)
    {
        var line = Array.BinarySearch(LineStarts, offset);
        return line < 0 ? ~line - 1 : line;
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

    /// <summary>Locates offsets; each column is counted on from the previous offset when it is on the same line and
    /// not before it, so that offsets in increasing order cost one pass over the text in all.</summary>
    internal sealed class PositionCursor(TextPositions positions)
    {
        private int lastLine = -1;
        private int lastOffset;
        private int lastColumn;

        public (int Line, int Column) Locate(int offset)
        {
            var text = positions.text;
            offset = Math.Clamp(offset, 0, text.Length);
            var line = positions.LineIndex(offset);
            int start, column;
            if (line == lastLine && offset >= lastOffset)
            {
                (start, column) = (lastOffset, lastColumn);
            }
            else
            {
                start = line == 0 ? Math.Min(positions.ByteOrderMarkLength, offset) : positions.LineStarts[line];
                column = 1;
            }

            column += Utf16Length(text.Span[start..offset]);
            (lastLine, lastOffset, lastColumn) = (line, offset, column);
            return (line + 1, column);
        }
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
