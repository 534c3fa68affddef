using System.Diagnostics;
using Chb.Cli.Tests.Support;

namespace Chb.Cli.Tests.Errors;

/// <summary>The built <c>chb</c> executable as a separate process: the real Main, console and exit code.</summary>
public sealed class EntryPointTests
{
    [Fact]
    public async Task Chb_HubNotListening_ExitsThreeWithOneLineOnStderr()
    {
        var hub = $"http://127.0.0.1:{ErrorExitTests.ClosedPort()}";

        var run = await RunChbAsync("--hub", hub, "adapters");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"chb: cannot reach the hub at {hub}: is it running?", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Chb_MissingRequiredOption_ExitsTwo()
    {
        var run = await RunChbAsync("push", Samples.Path("housing-cases.csv"), "--agency", "BDC-HOUSING");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--adapter", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chb_DemoGenerate_WritesTheThreeFiles()
    {
        using var folder = new TempDirectory();

        var run = await RunChbAsync("demo", "generate", "--out", folder.Path, "--people", "60");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["env-enforcement.jsonl", "housing-cases.csv", "police-nominals.xml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static async Task<CliRun> RunChbAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chb.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CHB_HUB");
        start.Environment.Remove("CHB_TOKEN");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
