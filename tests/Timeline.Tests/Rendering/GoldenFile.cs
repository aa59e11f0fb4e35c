using System.Text;

namespace Annals.Tests.Rendering;

/// <summary>
/// Byte-for-byte comparison of rendered output with a file kept in the repository.
/// </summary>
/// <remarks>
/// <para>Golden files live in <c>tests/Timeline.Tests/Rendering/Golden/</c> (and <c>docs/chronology.md</c>). They are
/// read from the source tree, found by walking up from the test assembly to the folder holding Timeline.sln, so they
/// are never stale copies in bin/.</para>
/// <para><b>On a mismatch</b> the test fails, names the first differing line, and writes the actual output to
/// <c>Golden/NAME.received.EXT</c> (ignored by git) for diffing.</para>
/// <para><b>Re-accepting.</b> Run the tests with <c>ANNALS_ACCEPT_GOLDEN=1</c>: every golden file whose output changed is
/// overwritten with the actual output, and that test <b>fails once</b> with "golden file updated", so an accept can
/// never pass silently (in CI, for instance). Review the change with <c>git diff</c>, then run the tests again without
/// the variable; they pass. Files whose output did not change are left alone and their tests pass.</para>
/// </remarks>
internal static class GoldenFile
{
    public const string AcceptVariable = "ANNALS_ACCEPT_GOLDEN";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static string GoldenPath(string name) =>
        RepositoryRoot.Combine("tests", "Timeline.Tests", "Rendering", "Golden", name);

    /// <summary>Compares output with a golden file under Rendering/Golden.</summary>
    public static void Verify(string name, string actual) => VerifyAt(GoldenPath(name), actual);

    /// <summary>Compares output with a file at a path.</summary>
    public static void VerifyAt(string path, string actual)
    {
        var actualBytes = Utf8NoBom.GetBytes(actual);
        var expectedBytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
        // Received files always go to the Golden folder, where .gitignore keeps them out of commits.
        var received = GoldenPath(System.IO.Path.GetFileNameWithoutExtension(path) + ".received" + System.IO.Path.GetExtension(path));
        if (expectedBytes is not null && expectedBytes.AsSpan().SequenceEqual(actualBytes))
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actualBytes);
            File.Delete(received);
            Assert.Fail($"Golden file updated: {path}. Review it with git diff, then run the tests again without {AcceptVariable}.");
        }

        File.WriteAllBytes(received, actualBytes);
        var why = expectedBytes is null
            ? "it does not exist"
            : FirstDifference(Utf8NoBom.GetString(expectedBytes), actual);
        Assert.Fail(
            $"The output differs from the golden file {path}: {why}. The actual output is in {received}. " +
            $"If the change is intended, re-accept with {AcceptVariable}=1 (see docs/rendering.md).");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"line {i + 1} is\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "the bytes differ (line endings or encoding)";
    }
}
