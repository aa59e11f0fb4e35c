using System.Text;

namespace Annals.Cli.Output;

/// <summary>Writes a file so that a failed run never leaves half of it: into a temporary file beside the target, which
/// is renamed over the target only once it is complete.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the content; UTF-8 without a byte-order mark.</param>
    /// <exception cref="IOException">The file cannot be written; <see cref="Describe"/> says why in words.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder may not be written.</exception>
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException("it is a folder");
        }

        var directory = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Says why a file cannot be written, and what to do, in words rather than the runtime's message (which
    /// names the temporary file).</summary>
    /// <param name="path">The target, as the user gave it.</param>
    /// <param name="exception">What writing threw.</param>
    /// <returns>One line, such as <c>the folder "out" does not exist; create it first</c>.</returns>
    public static string Describe(string path, Exception exception)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "the path is not valid here (" + InvariantText.OneLine(e.Message) + ")";
        }

        var folder = Path.GetDirectoryName(full) ?? full;
        return exception switch
        {
            _ when Directory.Exists(full) => "it is a folder, not a file; give a file name, such as chronology.md",
            DirectoryNotFoundException => $"the folder {InvariantText.Quote(folder)} does not exist; create it first",
            UnauthorizedAccessException => $"permission denied: the folder {InvariantText.Quote(folder)} or the file may not be written",
            PathTooLongException => "the path is too long",
            _ => InvariantText.OneLine(exception.Message),
        };
    }
}
