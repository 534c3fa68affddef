using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Chb.Contracts.Security;

namespace Chb.Bench.Ingest;

/// <summary>
/// The hub as its own process, started from this tool's output folder on a port the OS picks. It trusts a signing
/// key made for this run only (Hub:Auth:SigningKeys:0), with which the tool mints its partner token.
/// </summary>
internal sealed partial class HubProcess : IDisposable
{
    private readonly Process _process;
    private readonly byte[] _signingKey;

    private HubProcess(Process process, Uri address, byte[] signingKey)
    {
        _process = process;
        Address = address;
        _signingKey = signingKey;
    }

    public Uri Address { get; }

    /// <summary>Starts a hub; <paramref name="settings"/> are <c>--Key=Value</c> settings, its store's among them.</summary>
    public static HubProcess Start(IEnumerable<string> settings)
    {
        var signingKey = RandomNumberGenerator.GetBytes(32);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Chb.Hub.dll"));
        start.ArgumentList.Add("--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0");
        start.ArgumentList.Add($"--Hub:Auth:SigningKeys:0={Convert.ToBase64String(signingKey)}");
        start.ArgumentList.Add("--Hub:Auth:DevelopmentMode=false");
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        start.ArgumentList.Add("--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && Listening().Match(line) is { Success: true } m)
            {
                listening.TrySetResult(new Uri(m.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HubProcess(process, listening.Task.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult(), signingKey);
    }

    /// <summary>A partner system's token for <paramref name="agency"/>: the agency a partner token names is the one it pushes for.</summary>
    public string PartnerToken(string agency)
        => HubTokens.Mint(
            new HubPersona($"system:{agency.ToLowerInvariant()}", HubRoles.Partner, agency), _signingKey, HubDevelopmentKey.Issuer, HubDevelopmentKey.Audience,
            TimeProvider.System.GetUtcNow(), TimeSpan.FromHours(4));

    /// <summary>Total CPU seconds the hub has used (user + system), from /proc.</summary>
    public double CpuSeconds()
    {
        _process.Refresh();
        return _process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Resident and peak resident memory of the hub, in MB, from /proc.</summary>
    public (double Rss, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Read(string key) => double.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        return (Read("VmRSS"), Read("VmHWM"));
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
