namespace Annals.Tests.Serialization;

/// <summary>A stream of a prefix followed by one byte repeated many times, made up as it is read, so that a test can
/// offer a file of hundreds of megabytes without holding it in memory or writing it to disk. It counts the bytes
/// read from it.</summary>
internal sealed class HostileStream(byte[] prefix, long fillLength, byte fill = (byte)'a', bool seekable = false, byte[]? suffix = null) : Stream
{
    private readonly byte[] suffix = suffix ?? [];

    private long position;

    /// <summary>Gets how many bytes have been read.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? TotalLength : throw new NotSupportedException();

    private long TotalLength => prefix.Length + fillLength + suffix.Length;

    public override long Position
    {
        get => seekable ? position : throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>A stream of <c>{"title":"</c> followed by <paramref name="megabytes"/> million letters 'a', and by
    /// <c>"}</c> when <paramref name="closed"/>.</summary>
    public static HostileStream OneHugeString(int megabytes, bool seekable = false, bool closed = false) =>
        new("{\"title\":\""u8.ToArray(), megabytes * 1_000_000L, (byte)'a', seekable, closed ? "\"}"u8.ToArray() : null);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, TotalLength - position);
        for (var i = 0; i < count;)
        {
            var at = position + i;
            var suffixStart = prefix.Length + fillLength;
            int run;
            if (at < prefix.Length)
            {
                run = (int)Math.Min(count - i, prefix.Length - at);
                prefix.AsSpan((int)at, run).CopyTo(buffer[i..]);
            }
            else if (at < suffixStart)
            {
                run = (int)Math.Min(count - i, suffixStart - at);
                buffer.Slice(i, run).Fill(fill);
            }
            else
            {
                run = count - i;
                suffix.AsSpan((int)(at - suffixStart), run).CopyTo(buffer[i..]);
            }

            i += run;
        }

        position += count;
        BytesRead += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
