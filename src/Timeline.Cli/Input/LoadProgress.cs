using System.Diagnostics;
using System.Globalization;

namespace Annals.Cli.Input;

/// <summary>
/// Shows, on one line of the terminal, how far a long load has got: <c>loading big.json… 120 MB</c>, updated in place
/// with a carriage return, then <c>… 482 MB read, checking</c> and finally <c>… done in 6.2 s</c> and a newline.
/// Nothing is shown for a load that ends within half a second.
/// </summary>
/// <remarks>Only the tool's entry point makes one, and only when standard error is a terminal
/// (<see cref="Console.IsErrorRedirected"/> is <see langword="false"/>); runs with other writers, such as the tests'
/// in-process runs, have none and stay silent. Not thread-safe: one load at a time.</remarks>
internal sealed class LoadProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(0.2);

    private readonly TextWriter terminal;
    private readonly TimeSpan delay;
    private readonly Stopwatch clock = new();
    private string name = string.Empty;
    private TimeSpan lastShown;
    private int shownLength;

    /// <summary>Makes a progress line.</summary>
    /// <param name="terminal">Where the line is written.</param>
    /// <param name="delay">How long a load runs before the line is first shown.</param>
    internal LoadProgress(TextWriter terminal, TimeSpan delay)
    {
        this.terminal = terminal;
        this.delay = delay;
    }

    /// <summary>Makes the progress line for the console's standard error, or none when it is redirected.</summary>
    /// <returns>The progress line, or <see langword="null"/>.</returns>
    public static LoadProgress? ForConsole() =>
        Console.IsErrorRedirected ? null : new LoadProgress(Console.Error, TimeSpan.FromSeconds(0.5));

    /// <summary>Starts a load, and wraps the stream it reads so that reading it updates the line.</summary>
    /// <param name="stream">The file's stream.</param>
    /// <param name="fileName">The file's name as the user gave it.</param>
    /// <returns>The stream to read instead.</returns>
    public Stream Start(Stream stream, string fileName)
    {
        name = fileName;
        shownLength = 0;
        lastShown = TimeSpan.Zero;
        clock.Restart();
        return new CountingStream(stream, this);
    }

    /// <summary>Ends the load: finishes the line if one was shown.</summary>
    /// <param name="bytes">The number of bytes read.</param>
    public void Finish(long bytes)
    {
        if (shownLength > 0)
        {
            Show(string.Create(CultureInfo.InvariantCulture, $"{Megabytes(bytes)}, done in {clock.Elapsed.TotalSeconds:F1} s"));
            terminal.Write('\n');
            terminal.Flush();
        }

        clock.Reset();
    }

    private static string Megabytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000.0:F0} MB");

    private void Read(long bytes, bool atEnd)
    {
        var elapsed = clock.Elapsed;
        if (elapsed < delay || (!atEnd && lastShown > TimeSpan.Zero && elapsed - lastShown < Interval))
        {
            return;
        }

        lastShown = elapsed;
        Show(atEnd ? Megabytes(bytes) + " read, checking" : Megabytes(bytes));
    }

    private void Show(string state)
    {
        var line = "loading " + name + "… " + state;
        terminal.Write('\r' + line + new string(' ', Math.Max(0, shownLength - line.Length)));
        terminal.Flush();
        shownLength = line.Length;
    }

    /// <summary>A read-only stream that passes reads through and reports how many bytes have been read.</summary>
    private sealed class CountingStream(Stream inner, LoadProgress progress) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                progress.Finish(read);
            }

            base.Dispose(disposing);
        }

        private int Count(int bytes)
        {
            read += bytes;
            progress.Read(read, bytes == 0);
            return bytes;
        }
    }
}
