using Annals.Serialization;

namespace Annals.Cli.Input;

/// <summary>Where a command's timeline comes from: a file, standard input (<c>-</c>), or the built-in sample.</summary>
internal static class TimelineInput
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Loads a timeline, or reports why it cannot be loaded.</summary>
    /// <param name="path">A file path, <c>-</c> for standard input, or <see langword="null"/> for the built-in sample.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stderr">Where problems are reported, one line each: <c>FILE:LINE:COL: message</c>.</param>
    /// <param name="progress">Shows how far a long load has got, or <see langword="null"/> for no progress.</param>
    /// <returns>The document, or <see langword="null"/> when it could not be loaded (errors were reported).</returns>
    public static ChronologyDocument? Load(string? path, Func<Stream> stdin, TextWriter stderr, LoadProgress? progress = null)
    {
        if (path is null)
        {
            return new ChronologyDocument(Samples.ElSalvadorUnitedStates2025);
        }

        var name = path == StandardInput ? "<stdin>" : path;
        LoadResult result;
        try
        {
            result = Read(path == StandardInput ? stdin() : File.OpenRead(path), name, progress);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.Write($"{name}: cannot read the file: {Output.InvariantText.OneLine(exception.Message)}\n");
            return null;
        }

        Report(name, result, stderr);
        return result.Document;
    }

    /// <summary>Loads a file from its stream, showing progress when asked, and closes the stream.</summary>
    /// <param name="file">The file's stream.</param>
    /// <param name="name">The file's name as the user gave it.</param>
    /// <param name="progress">Shows how far a long load has got, or <see langword="null"/>.</param>
    /// <returns>The load result.</returns>
    public static LoadResult Read(Stream file, string name, LoadProgress? progress)
    {
        using (file)
        {
            if (progress is null)
            {
                return ChronologyJson.Load(file);
            }

            using var counted = progress.Start(file, name);
            return ChronologyJson.Load(counted);
        }
    }

    /// <summary>Writes every problem of a load as <c>FILE:LINE:COL: severity code path: message</c>.</summary>
    /// <param name="name">The file's name as the user gave it.</param>
    /// <param name="result">The load result.</param>
    /// <param name="stderr">Where to write.</param>
    public static void Report(string name, LoadResult result, TextWriter stderr)
    {
        foreach (var problem in result.Problems)
        {
            stderr.Write($"{name}:{Output.InvariantText.OneLine(problem.ToString())}\n");
        }
    }
}
