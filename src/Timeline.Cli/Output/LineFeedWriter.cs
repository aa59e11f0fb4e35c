using System.Globalization;
using System.Text;

namespace Annals.Cli.Output;

/// <summary>
/// A writer that forwards to another writer but ends every line with a single line feed (<c>"\n"</c>), whatever the
/// platform: <see cref="TextWriter.WriteLine()"/> writes <c>"\n"</c>, and any <c>"\r\n"</c> written as text is
/// shortened to <c>"\n"</c>.
/// </summary>
/// <remarks>Disposing this writer flushes it but leaves the inner writer open: the caller owns that.</remarks>
internal sealed class LineFeedWriter : TextWriter
{
    private readonly TextWriter inner;
    private bool pendingCarriageReturn;

    /// <summary>Creates a writer that forwards to <paramref name="inner"/>.</summary>
    /// <param name="inner">The writer that receives the text.</param>
    public LineFeedWriter(TextWriter inner)
        : base(CultureInfo.InvariantCulture)
    {
        ArgumentNullException.ThrowIfNull(inner);
        this.inner = inner;
        CoreNewLine = ['\n'];
    }

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <summary>Gets the wrapped writer, for output whose format prescribes its own line endings (iCalendar's CRLF).</summary>
    public TextWriter Raw
    {
        get
        {
            Flush();
            return inner;
        }
    }

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (pendingCarriageReturn)
        {
            pendingCarriageReturn = false;
            if (value == '\n')
            {
                inner.Write('\n');
                return;
            }

            inner.Write('\r');
        }

        if (value == '\r')
        {
            pendingCarriageReturn = true;
            return;
        }

        inner.Write(value);
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (!pendingCarriageReturn && !value.Contains('\r', StringComparison.Ordinal))
        {
            inner.Write(value);
            return;
        }

        foreach (char c in value)
        {
            Write(c);
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    /// <inheritdoc />
    public override void Flush()
    {
        if (pendingCarriageReturn)
        {
            pendingCarriageReturn = false;
            inner.Write('\r');
        }

        inner.Flush();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
