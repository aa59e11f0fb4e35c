using System.Globalization;

namespace Annals.Serialization;

/// <summary>The limits that loading a timeline file enforces, so that a broken or hostile file is reported with a
/// clear problem instead of exhausting memory or time.</summary>
/// <remarks>
/// <para>Each limit, when exceeded, gives one error with its own code, and loading stops there:</para>
/// <list type="table">
/// <listheader><term>Limit</term><description>Default, and the problem when it is exceeded</description></listheader>
/// <item><term><see cref="MaxFileSize"/></term><description>1 GiB; <see cref="LoadProblemCodes.FileTooLarge"/>
/// (<c>JS015</c>). A stream is read no further than one byte past the limit, and a seekable stream whose length is
/// past the limit is not read at all.</description></item>
/// <item><term><see cref="MaxStringLength"/></term><description>1,048,576 characters (1 Mi), for every string and
/// field name; <see cref="LoadProblemCodes.StringTooLong"/> (<c>JS016</c>).</description></item>
/// <item><term><see cref="MaxEvents"/></term><description>10,000,000 events; <see cref="LoadProblemCodes.TooManyEvents"/>
/// (<c>JS017</c>).</description></item>
/// <item><term><see cref="MaxDepth"/></term><description>64 levels of nested objects and arrays, the top-level object
/// included; <see cref="LoadProblemCodes.TooDeep"/> (<c>JS003</c>).</description></item>
/// </list>
/// <para>The defaults admit GDELT-sized exports (a million events as <c>timeline generate</c> writes them take about
/// 500 MB) while bounding what a hostile file can make the loader read. Lower them for untrusted input, or raise them
/// for a larger file, for example <c>ChronologyJson.Load(stream, LoadOptions.Default with { MaxFileSize = 256L * 1024 * 1024 })</c>.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed record LoadOptions
{
    /// <summary>The default of <see cref="MaxFileSize"/>: 1 GiB.</summary>
    public const long DefaultMaxFileSize = 1024L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxStringLength"/>: 1,048,576 characters.</summary>
    public const int DefaultMaxStringLength = 1024 * 1024;

    /// <summary>The default of <see cref="MaxEvents"/>: 10,000,000 events.</summary>
    public const int DefaultMaxEvents = 10_000_000;

    /// <summary>The default of <see cref="MaxDepth"/>: 64 levels, <see cref="ChronologyJson.MaxDepth"/>.</summary>
    public const int DefaultMaxDepth = ChronologyJson.MaxDepth;

    /// <summary>The largest <see cref="MaxFileSize"/> accepted: 2,000,000,000 bytes, just under the largest array
    /// .NET can allocate.</summary>
    public const long LargestMaxFileSize = 2_000_000_000;

    /// <summary>The largest <see cref="MaxDepth"/> accepted: 1,000 levels.</summary>
    public const int LargestMaxDepth = 1000;

    private readonly long maxFileSize = DefaultMaxFileSize;
    private readonly int maxStringLength = DefaultMaxStringLength;
    private readonly int maxEvents = DefaultMaxEvents;
    private readonly int maxDepth = DefaultMaxDepth;

    /// <summary>Gets the default limits.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes (a byte order mark included): 1 GiB by default, at most
    /// <see cref="LargestMaxFileSize"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1 or more than <see cref="LargestMaxFileSize"/>.</exception>
    public long MaxFileSize
    {
        get => maxFileSize;
        init => maxFileSize = InRange(value, 1, LargestMaxFileSize, nameof(MaxFileSize));
    }

    /// <summary>Gets the longest string accepted, in UTF-16 code units (as <see cref="string.Length"/> counts them),
    /// for values and field names alike: 1,048,576 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxStringLength
    {
        get => maxStringLength;
        init => maxStringLength = (int)InRange(value, 1, int.MaxValue, nameof(MaxStringLength));
    }

    /// <summary>Gets the most events accepted in the <c>events</c> array: 10,000,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int MaxEvents
    {
        get => maxEvents;
        init => maxEvents = (int)InRange(value, 0, int.MaxValue, nameof(MaxEvents));
    }

    /// <summary>Gets the deepest nesting of objects and arrays accepted, the top-level object included: 64 by
    /// default, at most <see cref="LargestMaxDepth"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1 or more than <see cref="LargestMaxDepth"/>.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = (int)InRange(value, 1, LargestMaxDepth, nameof(MaxDepth));
    }

    /// <summary>Says how to raise a limit, for the end of a message: <c>raise LoadOptions.MaxEvents (--max-events in the
    /// timeline tool)</c>.</summary>
    internal static string HowToRaise(string property, string option) =>
        "raise LoadOptions." + property + " (" + option + " in the timeline tool)";

    /// <summary>Writes a size in bytes for a message: <c>64 MiB</c>, <c>1.5 KiB</c> or <c>1,000 bytes</c>.</summary>
    internal static string DescribeSize(long bytes)
    {
        static string Unit(long bytes, long unit, string name) =>
            bytes % unit == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{bytes / unit:N0} {name}")
                : string.Create(CultureInfo.InvariantCulture, $"{(double)bytes / unit:0.##} {name} ({bytes:N0} bytes)");

        return bytes switch
        {
            >= 1L << 30 => Unit(bytes, 1L << 30, "GiB"),
            >= 1L << 20 => Unit(bytes, 1L << 20, "MiB"),
            >= 1L << 10 => Unit(bytes, 1L << 10, "KiB"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} {(bytes == 1 ? "byte" : "bytes")}"),
        };
    }

    private static long InRange(long value, long min, long max, string name)
    {
        if (value < min || value > max)
        {
            // Without the actual value, which the runtime would append formatted with the current culture.
            throw new ArgumentOutOfRangeException(
                name,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"LoadOptions.{name} must be from {min:N0} to {max:N0}, but {value:N0} was given."));
        }

        return value;
    }
}
