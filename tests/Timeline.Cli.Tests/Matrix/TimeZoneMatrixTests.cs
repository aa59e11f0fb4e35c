using System.Diagnostics;
using System.Globalization;
using System.Text;
using Annals.Serialization;

namespace Annals.Cli.Tests.Matrix;

/// <summary>The built tool, run as its own process under each time zone of the matrix (through <c>TZ</c>) and another
/// system locale (through <c>LANG</c>), writes every format byte for byte as it does in-process.</summary>
/// <remarks>One <c>bash -c</c> per time zone runs the tool once per format, on one file that holds the sample and a
/// generated timeline, so that the whole test starts few processes; the four time zones run side by side.</remarks>
public sealed class TimeZoneMatrixTests
{
    /// <summary>Each time zone of the matrix with the system locale its process gets.</summary>
    private static readonly (string TimeZone, string Lang)[] Environments =
    [
        ("UTC", "C.UTF-8"),
        ("America/El_Salvador", "tr_TR.UTF-8"),
        ("Asia/Tokyo", "ja_JP.UTF-8"),
        ("Pacific/Kiritimati", "th_TH.UTF-8"),
    ];

    /// <summary>The runs of the tool, each a name and its arguments; <c>{file}</c> stands for the input file.</summary>
    private static readonly (string Name, string[] Args)[] Runs =
    [
        ("markdown", ["render", "{file}", "--format", "markdown", "--style", "table", "--toc", "--mermaid"]),
        ("mermaid", ["render", "{file}", "--format", "mermaid"]),
        ("json", ["render", "{file}", "--format", "json"]),
        ("timelinejs", ["render", "{file}", "--format", "timelinejs"]),
        ("html", ["render", "{file}", "--format", "html", "--order", "desc"]),
        ("ics", ["render", "{file}", "--format", "ics"]),
        ("date", ["date", "--json", "2025-03-15T23:30:00-06:00"]),
    ];

    /// <summary>The sample and a generated timeline of 300 events, in one file.</summary>
    private static string CombinedFile()
    {
        var synthetic = ChronologyJson.Parse(MatrixOutputs.SyntheticFile.Value).GetDocumentOrThrow().Timeline;
        var merged = Samples.ElSalvadorUnitedStates2025.Merge(synthetic);
        merged.Succeeded.Should().BeTrue(string.Join("; ", merged.Conflicts.Select(c => c.ToString()).Concat(merged.Problems.Select(p => p.ToString()))));
        return ChronologyJson.ToJson(merged.Timeline!);
    }

    private static string[] WithFile(string[] args, string file) => [.. args.Select(a => a == "{file}" ? file : a)];

    private static string ShellQuote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [Fact]
    public async Task Tool_UnderEveryTimeZone_WritesWhatItWritesInProcess()
    {
        using var folder = new TempDirectory();
        var file = folder.File("combined.json", CombinedFile());
        var expected = CultureMatrixTests.Under(string.Empty, string.Empty, () =>
            Runs.ToDictionary(run => run.Name, run => MatrixOutputs.Text(Cli.Run(WithFile(run.Args, file)))));
        expected["markdown"].Should().StartWith("exit 0\n").And.Contain("Synthetic").And.Contain("Bukele");

        var children = Environments.Select(environment => RunChild(environment.TimeZone, environment.Lang, file, folder.Path));
        var results = await Task.WhenAll(children);

        foreach (var (timeZone, lang, outputs, offset) in results)
        {
            // The system really is in that time zone (the tz database is installed), or the test would prove nothing.
            offset.Should().Be(ExpectedOffset(timeZone), "the child's TZ is {0}", timeZone);
            foreach (var (name, text) in expected)
            {
                outputs[name].Should().Be(text, "'{0}' must not depend on the time zone ({1}) or the system locale ({2})", name, timeZone, lang);
            }
        }
    }

    /// <summary>The UTC offset of a time zone on 1 January 2025, as <c>date +%z</c> prints it.</summary>
    private static string ExpectedOffset(string timeZone)
    {
        var offset = TimeZoneInfo.FindSystemTimeZoneById(timeZone).GetUtcOffset(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        return (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
    }

    private static async Task<(string TimeZone, string Lang, Dictionary<string, string> Outputs, string Offset)> RunChild(
        string timeZone, string lang, string file, string folder)
    {
        var output = Path.Combine(folder, timeZone.Replace('/', '_'));
        Directory.CreateDirectory(output);
        var script = new StringBuilder("set -u\ndate -d 2025-01-01T00:00:00Z +%z > \"$OUT/offset\"\n");
        foreach (var (name, args) in Runs)
        {
            script.Append("\"$DOTNET\" \"$TOOL\" ")
                .AppendJoin(' ', WithFile(args, file).Select(ShellQuote))
                .Append(CultureInfo.InvariantCulture, $" > \"$OUT/{name}.out\" 2> \"$OUT/{name}.err\"; echo $? > \"$OUT/{name}.code\"\n");
        }

        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script.ToString());
        start.Environment["DOTNET"] = DotnetHost();
        start.Environment["TOOL"] = Path.Combine(AppContext.BaseDirectory, "timeline.dll");
        start.Environment["OUT"] = output;
        start.Environment["TZ"] = timeZone;
        start.Environment["LANG"] = lang;
        start.Environment["LC_ALL"] = lang;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_TieredPGO"] = "0";

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the tool did not finish within two minutes under TZ={timeZone}.");
        }

        process.ExitCode.Should().Be(0, "bash under TZ={0} wrote: {1}{2}", timeZone, await stdout, await stderr);
        var outputs = Runs.ToDictionary(
            run => run.Name,
            run => string.Create(
                CultureInfo.InvariantCulture,
                $"exit {File.ReadAllText(Path.Combine(output, run.Name + ".code")).Trim()}\n--- stdout\n{File.ReadAllText(Path.Combine(output, run.Name + ".out"), Encoding.UTF8)}--- stderr\n{File.ReadAllText(Path.Combine(output, run.Name + ".err"), Encoding.UTF8)}"));
        return (timeZone, lang, outputs, File.ReadAllText(Path.Combine(output, "offset")).Trim());
    }

    /// <summary>The <c>dotnet</c> host that runs these tests, or the one on the path.</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
