namespace Annals.Rendering;

/// <summary>
/// Writes Markdown, Mermaid or HTML a line at a time to a <see cref="TextWriter"/>: every line ends with <c>\n</c>
/// whatever the writer's <see cref="TextWriter.NewLine"/>, trailing spaces are trimmed, blocks are separated by exactly
/// one blank line, and the document ends with exactly one newline.
/// </summary>
/// <remarks>Only the current line is held in memory. Not thread-safe.</remarks>
internal sealed class LineWriter
{
    private readonly TextWriter writer;
    private readonly TextBuffer line = new(1024);
    private char[]? scratch;
    private bool anyLine;
    private bool blankPending;

    /// <summary>Creates a writer.</summary>
    /// <param name="writer">Where the document goes.</param>
    public LineWriter(TextWriter writer)
    {
        this.writer = writer;
    }

    /// <summary>Appends text to the current line.</summary>
    /// <param name="text">Text without line breaks.</param>
    /// <returns>This writer.</returns>
    public LineWriter Write(string text)
    {
        line.Append(text);
        return this;
    }

    /// <summary>Appends text to the current line.</summary>
    /// <param name="text">Text without line breaks.</param>
    /// <returns>This writer.</returns>
    public LineWriter Write(ReadOnlySpan<char> text)
    {
        line.Append(text);
        return this;
    }

    /// <summary>Appends a character to the current line.</summary>
    /// <param name="c">A character other than a line break.</param>
    /// <returns>This writer.</returns>
    public LineWriter Write(char c)
    {
        line.Append(c);
        return this;
    }

    /// <summary>Appends user text to the current line, escaped for Markdown (see <see cref="MarkdownEscaper"/>).</summary>
    /// <param name="text">The text; <see langword="null"/> or empty for none.</param>
    /// <param name="mode">Which escaping rules apply.</param>
    /// <returns>This writer.</returns>
    public LineWriter WriteEscaped(ReadOnlySpan<char> text, EscapeMode mode)
    {
        MarkdownEscaper.Append(line, text, mode, ref scratch);
        return this;
    }

    /// <summary>Appends a number, written with ASCII digits.</summary>
    /// <param name="number">The number.</param>
    /// <returns>This writer.</returns>
    public LineWriter Write(int number)
    {
        line.Append(number);
        return this;
    }

    /// <summary>Appends a link destination in pointy brackets (see <see cref="LinkPolicy.Destination"/>).</summary>
    /// <param name="url">A URL that <see cref="LinkPolicy.IsSafe"/> accepts.</param>
    /// <returns>This writer.</returns>
    public LineWriter WriteDestination(string url)
    {
        LinkPolicy.AppendDestination(line, url);
        return this;
    }

    /// <summary>Gets the length of the current line so far.</summary>
    public int Length => line.Length;

    /// <summary>Cuts the current line back to a length it had, undoing what was appended since.</summary>
    /// <param name="length">A length from <see cref="Length"/>, no more than the current length.</param>
    public void Truncate(int length) => line.Truncate(length);

    /// <summary>Ends the current line (trimming its trailing spaces) and writes it.</summary>
    public void EndLine()
    {
        line.TrimEnd();
        if (blankPending && anyLine)
        {
            writer.Write('\n');
        }

        blankPending = false;
        line.Append('\n').WriteTo(writer);
        line.Clear();
        anyLine = true;
    }

    /// <summary>Writes a whole line.</summary>
    /// <param name="text">Text without line breaks.</param>
    public void WriteLine(string text)
    {
        line.Append(text);
        EndLine();
    }

    /// <summary>Asks for a blank line before the next line, to end a block. Several requests give one blank line, and
    /// none is written at the start or the end of the document.</summary>
    public void BlankLine()
    {
        if (line.Length > 0)
        {
            EndLine();
        }

        blankPending = true;
    }

    /// <summary>Ends the document: writes any unfinished line, and no trailing blank line.</summary>
    public void Finish()
    {
        if (line.Length > 0)
        {
            EndLine();
        }
    }
}
