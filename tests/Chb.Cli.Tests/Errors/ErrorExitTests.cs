using System.Net;
using System.Net.Sockets;
using Chb.Cli.Tests.Support;

namespace Chb.Cli.Tests.Errors;

/// <summary>Failures before or outside the hub: one line on stderr, no stack trace, the documented exit code.</summary>
public sealed class ErrorExitTests
{
    [Fact]
    public async Task Status_HubNotListening_ExitsThreeWithOneLineAndNoStackTrace()
    {
        var hub = $"http://127.0.0.1:{ClosedPort()}";

        var run = await CliRunner.RunAsync(null, ["--hub", hub, "status"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"chb: cannot reach the hub at {hub}: is it running?", Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Push_HubFromEnvironmentNotListening_ExitsThreeNamingThatAddress()
    {
        var hub = $"http://127.0.0.1:{ClosedPort()}";

        var run = await CliRunner.RunAsync(
            null, ["push", Samples.Path("housing-cases.csv"), "--adapter", "housing-cases-csv/1", "--agency", "BDC-HOUSING"], new Dictionary<string, string> { ["CHB_HUB"] = hub });

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"chb: cannot reach the hub at {hub}: is it running?", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("push", "--adapter", "housing-cases-csv/1")]
    [InlineData("push", "no-such-file.csv", "--adapter", "housing-cases-csv/1", "--agency", "BDC-HOUSING")]
    [InlineData("quarantine", "--limit", "0")]
    [InlineData("status", "--min-sequence", "minus-one")]
    [InlineData("retract", "--agency", "WYP", "--reason", "x")]
    [InlineData("demo", "generate", "--out", "x", "--people", "5")]
    [InlineData("nominal", "show")]
    [InlineData("nominal", "search", "--dob", "02/11/1990", "--purpose", "audit:x")]
    [InlineData("location", "show", "L-1", "--uprn", "100051000001", "--purpose", "audit:x")]
    [InlineData("outcome", "record", "OPP-1", "--grade", "huge", "--summary", "x", "--purpose", "audit:x")]
    [InlineData("outcome", "record", "OPP-1", "--grade", "major", "--summary", "x", "--status", "withdrawn", "--purpose", "audit:x")]
    [InlineData("outcome", "record", "OPP-1", "--grade", "major", "--summary", "x", "--taken-at", "yesterday", "--purpose", "audit:x")]
    [InlineData("watch", "--after", "-1")]
    [InlineData("audit", "query", "--page-size", "0")]
    [InlineData("audit", "verify", "--checkpoint", "no-such-checkpoint.json")]
    [InlineData("frobnicate")]
    [InlineData]
    public async Task Run_BadCommandLine_ExitsTwoWithOneLineNamingTheHelp(params string[] args)
    {
        var run = await CliRunner.RunAsync(null, args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("chb: ", line, StringComparison.Ordinal);
        Assert.EndsWith("--help')", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Run_HubAddressNotAUrl_ExitsTwo()
    {
        var run = await CliRunner.RunAsync(null, ["--hub", "not a url", "adapters"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("chb: the hub address must be an http:// or https:// URL", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ExitsZeroAndListsTheCommands()
    {
        var run = await CliRunner.RunAsync(null, ["--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "push", "adapters", "status", "quarantine", "retract", "demo", "token", "nominal", "location", "ocg", "outcome", "watch", "audit", "--hub", "--token", "--json" }, word => Assert.Contains(word, run.Out, StringComparison.Ordinal));
    }

    /// <summary>A loopback port nothing listens on: bound by the OS, then released.</summary>
    internal static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
