using System.CommandLine;
using System.Globalization;
using Annals.Serialization;

namespace Annals.Cli.Commands;

/// <summary>The options that raise or lower the limits of loading a file (<see cref="LoadOptions"/>), shared by the
/// commands that read timeline files: <c>--max-file-size</c>, <c>--max-string-length</c>, <c>--max-events</c> and
/// <c>--max-depth</c>.</summary>
internal sealed class LoadLimitOptions
{
    private static readonly (string Unit, long Bytes)[] Units =
    [
        ("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10),
        ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000),
        ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10), ("B", 1),
    ];

    public Option<string?> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "The largest file to read, in bytes or with a unit (KiB, MiB, GiB; KB, MB, GB): 1GiB by default, at most 2000000000 bytes.",
    };

    public Option<string?> MaxStringLength { get; } = new("--max-string-length")
    {
        Description = "The longest string or field name to accept, in characters: 1048576 by default.",
    };

    public Option<string?> MaxEvents { get; } = new("--max-events")
    {
        Description = "The most events to accept in a file: 10000000 by default.",
    };

    public Option<string?> MaxDepth { get; } = new("--max-depth")
    {
        Description = "The deepest nesting of JSON objects and arrays to accept: 64 by default, at most 1000.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(MaxFileSize);
        command.Options.Add(MaxStringLength);
        command.Options.Add(MaxEvents);
        command.Options.Add(MaxDepth);
    }

    /// <summary>Reads the options into <see cref="LoadOptions"/>, adding a message to <paramref name="problems"/> for
    /// each bad value.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="problems">Where the messages for bad values go, each naming its option.</param>
    /// <returns>The limits: the defaults, changed by the options given.</returns>
    public LoadOptions Read(ParseResult parseResult, List<string> problems)
    {
        var options = LoadOptions.Default;
        if (parseResult.GetValue(MaxFileSize) is { } size)
        {
            if (ParseSize(size) is { } bytes and >= 1 and <= LoadOptions.LargestMaxFileSize)
            {
                options = options with { MaxFileSize = bytes };
            }
            else
            {
                problems.Add(
                    $"--max-file-size: '{size}' is not a size from 1 byte to 2000000000 bytes; write a number of bytes, or one with a unit, such as 256MiB or 1GB");
            }
        }

        if (Count(parseResult, MaxStringLength, 1, int.MaxValue, problems) is { } length)
        {
            options = options with { MaxStringLength = length };
        }

        if (Count(parseResult, MaxEvents, 0, int.MaxValue, problems) is { } events)
        {
            options = options with { MaxEvents = events };
        }

        if (Count(parseResult, MaxDepth, 1, LoadOptions.LargestMaxDepth, problems) is { } depth)
        {
            options = options with { MaxDepth = depth };
        }

        return options;
    }

    /// <summary>Reads a size such as <c>1048576</c>, <c>64MiB</c>, <c>1.5 GB</c> or <c>512k</c> (units ignore case;
    /// K, M and G are binary).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of bytes, or <see langword="null"/> when the text is not a size.</returns>
    internal static long? ParseSize(string text)
    {
        var trimmed = text.Trim();
        long multiplier = 1;
        foreach (var (unit, bytes) in Units)
        {
            if (trimmed.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[..^unit.Length].TrimEnd();
                multiplier = bytes;
                break;
            }
        }

        if (trimmed.Length == 0 || trimmed.Length > 20 || !trimmed.All(c => char.IsAsciiDigit(c) || c == '.')
            || !decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var total = number * multiplier;
        return total > long.MaxValue || total != decimal.Truncate(total) ? null : (long)total;
    }

    private static int? Count(ParseResult parseResult, Option<string?> option, int min, int max, List<string> problems)
    {
        if (parseResult.GetValue(option) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"{option.Name}: '{text}' is not a whole number from {min} to {max}"));
        return null;
    }
}
