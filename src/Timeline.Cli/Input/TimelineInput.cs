using System.Globalization;
using Annals.Cli.Output;
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
    /// <param name="options">The limits of loading.</param>
    /// <param name="progress">Shows how far a long load has got, or <see langword="null"/> for no progress.</param>
    /// <returns>The document, or <see langword="null"/> when it could not be loaded (errors were reported).</returns>
    public static ChronologyDocument? Load(
        string? path, Func<Stream> stdin, TextWriter stderr, LoadOptions options, LoadProgress? progress = null)
    {
        if (path is null)
        {
            return new ChronologyDocument(Samples.ElSalvadorUnitedStates2025);
        }

        var result = TryLoad(path, stdin, stderr, options, progress);
        return result?.Document;
    }

    /// <summary>Loads a file or standard input and reports every problem, or why it cannot be read.</summary>
    /// <param name="path">A file path, or <c>-</c> for standard input.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stderr">Where problems are reported, one line each.</param>
    /// <param name="options">The limits of loading.</param>
    /// <param name="progress">Shows how far a long load has got, or <see langword="null"/> for no progress.</param>
    /// <returns>The result, or <see langword="null"/> when the file could not be read (the reason was reported).</returns>
    public static LoadResult? TryLoad(
        string path, Func<Stream> stdin, TextWriter stderr, LoadOptions options, LoadProgress? progress = null)
    {
        var name = DisplayName(path);
        LoadResult result;
        try
        {
            using var stream = path == StandardInput ? stdin() : OpenFile(path);
            if (progress is null)
            {
                result = ChronologyJson.Load(stream, options);
            }
            else
            {
                using var counted = progress.Start(stream, name);
                result = ChronologyJson.Load(counted, options);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.Write($"{name}: cannot read the file: {WhyUnreadable(path, exception)}\n");
            return null;
        }

        Report(name, result, stderr);
        return result;
    }

    /// <summary>The name of an input as messages show it: the path as given, or <c>&lt;stdin&gt;</c>.</summary>
    /// <param name="path">A file path, or <c>-</c>.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(string path) => path == StandardInput ? "<stdin>" : path;

    /// <summary>Writes every problem of a load as <c>FILE:LINE:COL: severity code path: message</c>.</summary>
    /// <param name="name">The file's name as the user gave it.</param>
    /// <param name="result">The load result.</param>
    /// <param name="stderr">Where to write.</param>
    public static void Report(string name, LoadResult result, TextWriter stderr)
    {
        foreach (var problem in result.Problems)
        {
            // FILE:LINE:COL: as compilers write it, so that editors and CI annotations can jump to the place.
            var severity = problem.Severity == ProblemSeverity.Error ? "error" : "warning";
            stderr.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}:{problem.Line}:{problem.Column}: {severity} {problem.Code} {problem.Path}: {InvariantText.OneLine(problem.Message)}\n"));
        }
    }

    private static FileStream OpenFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UnauthorizedAccessException("it is a folder");
        }

        return File.OpenRead(path);
    }

    /// <summary>Says why a file cannot be read, and what to do, in words rather than the runtime's message.</summary>
    private static string WhyUnreadable(string path, Exception exception) => exception switch
    {
        _ when path != StandardInput && Directory.Exists(path) =>
            "it is a folder, not a file; give the path of a timeline file (.json)",
        FileNotFoundException =>
            "there is no such file; check the path, or give - to read standard input",
        DirectoryNotFoundException =>
            $"the folder {InvariantText.Quote(Path.GetDirectoryName(Path.GetFullPath(path)))} does not exist; check the path",
        UnauthorizedAccessException =>
            "permission denied; check the file's permissions",
        PathTooLongException or ArgumentException or NotSupportedException =>
            "the path is not valid here (" + InvariantText.OneLine(exception.Message) + ")",
        _ => InvariantText.OneLine(exception.Message),
    };
}
