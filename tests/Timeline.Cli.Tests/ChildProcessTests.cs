using System.Diagnostics;

namespace Annals.Cli.Tests;

/// <summary>The built tool, run as its own process, behaves as it does in-process.</summary>
public sealed class ChildProcessTests
{
    [Fact]
    public async Task Main_InTokyoTimeZone_PrintsTheSameJsonAsInProcess()
    {
        string[] args = ["date", "--json", "2025-04~"];
        CliResult inProcess = Cli.Run(args);

        string tool = Path.Combine(AppContext.BaseDirectory, "timeline.dll");
        File.Exists(tool).Should().BeTrue("the referenced tool is copied next to the tests");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TZ"] = "Asia/Tokyo";
        start.Environment["LANG"] = "tr_TR.UTF-8";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using Process process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Task<string> stdoutText = process.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> stderrText = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("timeline did not finish within a minute.");
        }

        string stdout = await stdoutText;
        string stderr = await stderrText;

        new CliResult(process.ExitCode, stdout, stderr).Should().Be(inProcess);
        process.ExitCode.Should().Be(ExitCodes.Success, "stderr was: {0}", stderr);
        stdout.Should().StartWith("{\"input\":\"2025-04~\"").And.EndWith("}\n");
    }

    /// <summary>The <c>dotnet</c> host that runs these tests, or the one on the path.</summary>
    private static string DotnetHost()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        string? current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
